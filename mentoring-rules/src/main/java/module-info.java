/**
 * The health check of mentoring relationships: Drools rules, the facts they match and a test kit
 * for rule authors.
 *
 * <p>Exports the API ({@code io.github.mentoring.rules}), the facts that rule files match and
 * report through ({@code rules.facts}) and the test kit ({@code rules.testkit}). The engine is
 * package-private in the API package and {@code internal} holds helpers that know nothing of the
 * API; neither is exported. Drools reaches the facts and the two globals ({@code Findings},
 * {@code Policy}) through their public types, which are exported; only the folder of the built-in
 * rule files is opened, so that class loaders (Drools' and the health check's own) can read those
 * files as resources.
 */
module io.github.mentoring.rules {
  // HealthCheck.check takes the model's Relationship; facts return the model's enumerations
  requires transitive io.github.mentoring.core;
  // Findings.report takes Drools' RuleContext (the "drools" a consequence hands over)
  requires transitive org.kie.api;
  requires org.kie.internal.api;
  requires org.drools.base;
  requires org.drools.core;
  requires org.drools.compiler;
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires org.drools.kiesession;
  // the built-in rules' executable model, generated at build time, is run by the model compiler
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  // ExecutableModelGenerator runs at build time only; drools-model-codegen is not passed on
  requires static org.drools.model.codegen;
  requires org.slf4j;

  exports io.github.mentoring.rules;
  exports io.github.mentoring.rules.facts;
  exports io.github.mentoring.rules.testkit;

  opens io.github.mentoring.rules.drl;
}
