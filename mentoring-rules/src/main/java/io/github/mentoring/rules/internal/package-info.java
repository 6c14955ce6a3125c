/** The engine behind the health check: fact building and Drools plumbing. Not API; may change in any release. */
package io.github.mentoring.rules.internal;
