package io.github.mentoring.rules;

import io.github.mentoring.rules.internal.sandbox.PolicyReads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build-time only: turns the built-in DRL files into Drools' executable model, run by the build at
 * {@code process-classes} with the module's classes and {@code drools-model-codegen} on the class
 * path. It writes the generated, compiled model classes and an index ({@value
 * BuiltInModel#INDEX}) into the classes folder, so that the jar carries them and {@link
 * BuiltInModel} loads the built-in rules without parsing or compiling DRL. Nothing at run time
 * uses this class (its dependency is not passed on).
 */
final class ExecutableModelGenerator {

  /** A fixed release id, so that the generated class names do not change from build to build. */
  private static final String GROUP = "io.github.mentoring";
  private static final String ARTIFACT = "mentoring-built-in-rules";
  private static final String VERSION = "1";
  private static final String SOURCE_ROOT = "src/main/resources/";
  private static final Logger LOG = LoggerFactory.getLogger(ExecutableModelGenerator.class);
  /**
   * A consequence's {@code drools} handed to {@code findings}: the executable model types
   * {@code drools} as its own {@code org.drools.model.Drools}, which is no {@code RuleContext};
   * its supported name for the rule context is {@code kcontext}, which the classic builder knows
   * too but the designer-file check refuses. So the DRL files keep {@code drools}, as designers
   * write it, and only the text handed to the generator says {@code kcontext}.
   */
  private static final Pattern DROOLS_TO_FINDINGS =
      Pattern.compile("(\\bfindings\\s*\\.\\s*(?:report|raise)\\s*\\(\\s*)drools\\b");

  private ExecutableModelGenerator() {}

  /**
   * Generates the model of the built-in rules.
   *
   * @param args the classes folder (e.g. {@code target/classes}), whose {@value
   *     BuiltInModel#DRL_FOLDER} files are compiled and which receives the model
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path folder = classes.resolve(BuiltInModel.DRL_FOLDER);
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
    }
    KieServices services = KieServices.Factory.get();
    KieFileSystem kfs = services.newKieFileSystem();
    ReleaseId releaseId = services.newReleaseId(GROUP, ARTIFACT, VERSION);
    kfs.generateAndWritePomXML(releaseId);
    TreeMap<String, String> index = new TreeMap<>();
    TreeMap<String, String> fileByPackage = new TreeMap<>();
    for (Path file : files) {
      String name = BuiltInModel.DRL_FOLDER + file.getFileName();
      String drl = Files.readString(file, StandardCharsets.UTF_8);
      Matcher pkg = RuleCompiler.PACKAGE.matcher(drl);
      if (!pkg.find()) {
        throw new IllegalStateException(name + " declares no package");
      }
      String earlier = fileByPackage.put(pkg.group(1), name);
      if (earlier != null) {
        // One model class per package: two files in one would share it.
        throw new IllegalStateException(name + " shares its package with " + earlier);
      }
      index.put(name + ".sha256", BuiltInModel.hash(drl));
      // The policy reads and report calls the engine checks, found once here rather than by
      // parsing the file again in every JVM.
      index.put(name + ".code", BuiltInCode.encode(PolicyReads.code(drl)));
      kfs.write(SOURCE_ROOT + name, forExecutableModel(drl));
    }
    KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("The built-in rules do not compile to the executable model: "
          + errors);
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    String models = new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(releaseId)),
        StandardCharsets.UTF_8);
    for (String model : models.split("\\R")) {
      model = model.strip();
      if (model.isEmpty() || model.contains(":")) {
        continue; // the file's header (Drools-Model-Version: ...)
      }
      String file = fileByPackage.get(model.substring(0, model.lastIndexOf('.')));
      if (file == null) {
        throw new IllegalStateException("A model of no built-in file: " + model);
      }
      index.put(file + ".model", model);
    }
    int written = 0;
    for (String name : module.getFileNames()) {
      // The rules' own classes only: not the kjar's project model, which nothing here needs.
      if (name.endsWith(".class") && fileByPackage.keySet().stream()
          .anyMatch(p -> name.startsWith(p.replace('.', '/') + "/"))) {
        Path target = classes.resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, module.getBytes(name));
        written++;
      }
    }
    index.put("drools.version", BuiltInModel.droolsVersion(ExecutableModelGenerator.class
        .getClassLoader()));
    StringBuilder text = new StringBuilder(
        "# The built-in rules' executable model, written by the build: do not edit\n");
    index.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Path target = classes.resolve(BuiltInModel.INDEX);
    Files.writeString(target, text, StandardCharsets.UTF_8);
    LOG.info("Generated the executable model of {} rule files: {} classes, index {}",
        files.size(), written, target);
  }

  /** The DRL text as the generator reads it: {@code kcontext} handed to {@code findings}. */
  static String forExecutableModel(String drl) {
    return DROOLS_TO_FINDINGS.matcher(drl).replaceAll("$1kcontext");
  }
}
