package io.github.mentoring.rules;

import io.github.mentoring.rules.RuleBuildException.Problem;
import io.github.mentoring.rules.BuiltInModel.Entry;
import io.github.mentoring.rules.RuleEngine.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.mentoring.rules.internal.sandbox.JudgingClassLoader;
import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns DRL sources into a knowledge base: takes the built-in files from their executable model,
 * generated at build time ({@link BuiltInModel}), when they are unchanged, compiles the others
 * with the classic knowledge builder, and puts all their packages into one knowledge base.
 */
final class RuleCompiler {

  private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
  private static final String RESOURCE_ROOT = "src/main/resources/";
  static final Pattern PACKAGE =
      Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?");

  /**
   * A knowledge base, the name each rule's resource path stands for, the name of the file each
   * package taken from the executable model came from (its rules carry no resource path), and how
   * many of the sources were taken from the executable model.
   */
  record Compiled(KieBase kieBase, Map<String, String> names, Map<String, String> modelFiles,
      int modelled) {}

  private RuleCompiler() {}

  /**
   * Compiles the sources into one knowledge base.
   *
   * @throws RuleBuildException listing every compilation problem, with file and line
   */
  static Compiled compile(List<Source> sources, boolean confined) {
    return compile(sources, BuiltInModel.builtIn(), confined);
  }

  static Compiled compile(List<Source> sources, BuiltInModel model) {
    return compile(sources, model, false);
  }

  /**
   * Compiles the sources; when {@code confined}, the knowledge base and builder load classes
   * through a {@link JudgingClassLoader}, so that generated code cannot reach what rules may not use.
   */
  static Compiled compile(List<Source> sources, BuiltInModel model, boolean confined) {
    ClassLoader loader = confined ? new JudgingClassLoader(RuleCompiler.class.getClassLoader())
        : RuleCompiler.class.getClassLoader();
    KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader);
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(conf);
    Map<String, String> names = new HashMap<>();
    Map<String, String> modelFiles = new HashMap<>();
    List<KiePackage> packages = new ArrayList<>();
    List<Entry> modelled = new ArrayList<>();
    List<Integer> modelledIndexes = new ArrayList<>();
    List<Integer> toCompile = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      Entry entry = model.find(source).orElse(null);
      // The same file twice is compiled, as it would be without the model.
      if (entry != null && !modelFiles.containsKey(entry.packageName())) {
        modelled.add(entry);
        modelledIndexes.add(i);
        modelFiles.put(entry.packageName(), source.name());
      } else {
        toCompile.add(i);
      }
    }
    if (!modelled.isEmpty()) {
      try {
        packages.addAll(BuiltInModel.packages(modelled, conf,
            KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader)));
      } catch (Exception | LinkageError e) {
        LOG.warn("Cannot load the built-in rules' executable model: compiling them", e);
        packages.clear();
        modelFiles.clear();
        toCompile.addAll(modelledIndexes);
        toCompile.sort(null);
      }
    }
    boolean compiledAll = false;
    if (!toCompile.isEmpty()) {
      boolean shared = toCompile.stream()
          .map(i -> PACKAGE.matcher(sources.get(i).drl()))
          .anyMatch(m -> m.find() && modelFiles.containsKey(m.group(1)));
      Collection<KiePackage> compiled = shared ? List.of()
          : compileSources(sources, toCompile, names, loader);
      if (shared || compiled.stream()
          .anyMatch(p -> declaresRules(p) && modelFiles.containsKey(p.getName()))) {
        // A file adds to a built-in package: compile them together, as they would be without
        // the model, so that they see one another.
        LOG.debug("A rule file shares a package with the built-in rules: compiling all rules");
        compiledAll = true;
        kieBase = KnowledgeBaseFactory.newKnowledgeBase(
            RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        names.clear();
        modelFiles.clear();
        packages.clear();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
          all.add(i);
        }
        compiled = compileSources(sources, all, names, loader);
      }
      packages.addAll(compiled);
    }
    kieBase.addPackages(packages);
    int taken = compiledAll ? 0 : modelFiles.size();
    LOG.debug("{} of {} rule files taken from the executable model", taken, sources.size());
    return new Compiled(kieBase, names, Map.copyOf(modelFiles), taken);
  }

  /**
   * Whether a DRL file put rules, globals or functions in the package, rather than Drools having
   * made it for the type declarations of the classes the rules match.
   */
  static boolean declaresRules(KiePackage p) {
    return !p.getRules().isEmpty() || !p.getGlobalVariables().isEmpty()
        || !p.getFunctionNames().isEmpty();
  }

  private static Collection<KiePackage> compileSources(List<Source> sources, List<Integer> indexes,
      Map<String, String> names, ClassLoader loader) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
    for (int i : indexes) {
      Source source = sources.get(i);
      String fileName = source.name().replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
      if (!fileName.endsWith(".drl")) {
        fileName = fileName + ".drl";
      }
      // The folder follows the DRL's package, as Drools advises; the index keeps names apart.
      Matcher pkg = PACKAGE.matcher(source.drl());
      String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "mentoring/";
      String path = RESOURCE_ROOT + folder + i + "-" + fileName;
      names.put(path, source.name());
      builder.add(ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8))
          .setSourcePath(path), ResourceType.DRL);
    }
    if (builder.hasResults(ResultSeverity.ERROR)) {
      long[] id = {0};
      List<Problem> problems = builder.getResults(ResultSeverity.ERROR).stream()
          .map(r -> (Message) r.asMessage(++id[0]))
          .map(m -> new Problem(RuleEngine.displayName(names, m.getPath()), Math.max(0, m.getLine()),
              m.getText().strip()))
          .distinct()
          .toList();
      throw new RuleBuildException(problems);
    }
    return builder.getKnowledgePackages();
  }
}
