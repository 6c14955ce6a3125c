/** Implementation details of validation. Not part of the API: may change in any release. */
package io.github.mentoring.core.internal;
