package io.github.mentoring.rules;

import io.github.mentoring.rules.RuleEngine.Source;
import io.github.mentoring.rules.RuleEngine.Trust;
import io.github.mentoring.rules.internal.sandbox.PolicyReads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.model.Model;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBaseConfiguration;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in DRL files as Drools' executable model: Java classes generated from them and
 * compiled at Maven build time ({@link ExecutableModelGenerator}), so that a health check need not
 * parse them or run the Java and MVEL compilers on them in every JVM.
 *
 * <p>A model is used only for a {@link Trust#BUILT_IN} source of the same name and the very same
 * DRL text, built with the same Drools version; otherwise the source is compiled by the classic
 * builder as any other. Designers' and trusted files are always compiled at run time, so that
 * their errors carry file and line.
 */
final class BuiltInModel {

  /** The index the build writes beside the built-in files: each file's hash and model class. */
  static final String INDEX = "io/github/mentoring/rules/drl/built-in-model.properties";
  /** The folder of the built-in DRL files, on the class path. */
  static final String DRL_FOLDER = "io/github/mentoring/rules/drl/";
  private static final Logger LOG = LoggerFactory.getLogger(BuiltInModel.class);
  /** No model: every file is compiled. */
  static final BuiltInModel NONE = new BuiltInModel(Map.of());
  private static volatile BuiltInModel builtIn;

  /**
   * One built-in file's model: its name, the hash of its text, its package, its model class, and
   * its rules' policy reads and report calls as {@link BuiltInCode} wrote them (null if absent).
   */
  record Entry(String name, String hash, String packageName, String modelClass, String code) {}

  private final Map<String, Entry> byName;

  BuiltInModel(Map<String, Entry> byName) {
    this.byName = byName;
  }

  /** The model of the built-in rules on the class path; none if missing or out of date. */
  static BuiltInModel builtIn() {
    BuiltInModel model = builtIn;
    if (model == null) {
      model = load(BuiltInModel.class.getClassLoader(), INDEX);
      builtIn = model;
    }
    return model;
  }

  /** Reads a model index; none if it is missing, unreadable or made with another Drools. */
  static BuiltInModel load(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        LOG.debug("No executable model index at {}: compiling all rules", resource);
        return NONE;
      }
      Properties index = new Properties();
      index.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      String drools = index.getProperty("drools.version");
      if (!droolsVersion(loader).equals(drools)) {
        LOG.info("The executable model {} was made with Drools {}, not {}: compiling all rules",
            resource, drools, droolsVersion(loader));
        return NONE;
      }
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (String key : index.stringPropertyNames()) {
        if (!key.endsWith(".model")) {
          continue;
        }
        String name = key.substring(0, key.length() - ".model".length());
        String model = index.getProperty(key);
        String hash = index.getProperty(name + ".sha256");
        if (hash == null || model.lastIndexOf('.') < 0) {
          LOG.warn("The executable model {} is damaged: compiling all rules", resource);
          return NONE;
        }
        entries.put(name, new Entry(name, hash, model.substring(0, model.lastIndexOf('.')),
            model, index.getProperty(name + ".code")));
      }
      return new BuiltInModel(Map.copyOf(entries));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot read the executable model {}: compiling all rules", resource, e);
      return NONE;
    }
  }

  /** The model generated from exactly this built-in source (same name, same text), if any. */
  Optional<Entry> find(Source source) {
    if (source.trust() != Trust.BUILT_IN) {
      return Optional.empty();
    }
    Entry entry = byName.get(source.name());
    return entry != null && entry.hash().equals(hash(source.drl()))
        ? Optional.of(entry) : Optional.empty();
  }

  /**
   * The policy reads and report calls of each rule of exactly this built-in file (same name, same
   * text), as the build found them; empty if the index has none for it or cannot be read.
   */
  Optional<Map<String, PolicyReads.RuleCode>> code(String name, String drl) {
    Entry entry = byName.get(name);
    if (entry == null || entry.code() == null || !entry.hash().equals(hash(drl))) {
      return Optional.empty();
    }
    try {
      return Optional.of(BuiltInCode.decode(entry.code()));
    } catch (RuntimeException e) {
      LOG.warn("The executable model's code of {} is damaged: parsing the file", name, e);
      return Optional.empty();
    }
  }

  /**
   * The knowledge packages of the entries' models, for a knowledge base of this configuration.
   *
   * @throws ReflectiveOperationException if a model class is missing or cannot be made
   */
  static Collection<InternalKnowledgePackage> packages(List<Entry> entries,
      KieBaseConfiguration kieBaseConf, KnowledgeBuilderConfiguration builderConf)
      throws ReflectiveOperationException {
    List<Model> models = new ArrayList<>();
    for (Entry entry : entries) {
      Class<?> type = Class.forName(entry.modelClass(), true, BuiltInModel.class.getClassLoader());
      models.add((Model) type.getDeclaredConstructor().newInstance());
    }
    return new KiePackagesBuilder(kieBaseConf, builderConf, models).build().getKiePackages();
  }

  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String droolsVersion(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream("drools.versions.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("drools.version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
