/**
 * Helpers of the health check that know nothing of its API: the designer-file sandbox (told
 * which fact types and globals a file may name) and how evidence shows dates and enumeration
 * values. The engine, which needs the API's types, is package-private in the API package and
 * uses these; nothing here imports the API, the facts or the test kit, so the dependency runs one
 * way (an ArchUnit test keeps it so). Not exported by the module; may change in any release.
 */
package io.github.mentoring.rules.internal;
