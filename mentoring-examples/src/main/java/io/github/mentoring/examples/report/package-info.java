/**
 * The JSON formats that health checks write: {@link io.github.mentoring.examples.report.ReportJson}
 * for reports ({@code schemas/report.schema.json}) and
 * {@link io.github.mentoring.examples.report.CatalogueJson} for the rule catalogue
 * ({@code schemas/catalogue.schema.json}). Enumeration values are spelled as in program files:
 * lowercase words joined by hyphens.
 */
package io.github.mentoring.examples.report;
