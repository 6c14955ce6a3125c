/**
 * The engine behind the health check: Drools plumbing, the fact filter, and the findings each
 * relationship gathers. Depends on the API and the facts; neither of those names a type of this
 * package in a public signature. Not API; may change in any release.
 */
package io.github.mentoring.rules.internal;
