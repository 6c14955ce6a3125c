package io.github.mentoring.rules.internal;

import io.github.mentoring.rules.internal.RuleEngine.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in DRL files compiled at Maven build time ({@link #main}) and serialized into the jar,
 * so that a health check need not run the Java and MVEL compilers on them in every JVM.
 *
 * <p>An entry is used only for a source of the same name and the very same DRL text, and only if
 * the Drools version and the classes the rules see (the fact classes, the globals' types, the
 * imported classes) are byte for byte those the entry was compiled against; otherwise the source
 * is compiled as any other. Designers' files are always compiled at run time.
 */
final class PrecompiledRules {

  /** Where the build puts the serialized packages, on the class path. */
  static final String RESOURCE = "io/github/mentoring/rules/drl/built-in-rules.bin";
  /** The folder of the built-in DRL files, on the class path. */
  static final String DRL_FOLDER = "io/github/mentoring/rules/drl/";
  private static final String MAGIC = "mentoring-precompiled-rules";
  private static final int FORMAT = 2;
  /** The Java level of the compiled consequences: the lowest Java this library runs on. */
  private static final String JAVA_LEVEL = "17";
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^\\s*(?:import|global)\\s+([A-Za-z_][\\w.]*\\.[A-Z]\\w*)");
  /** No precompiled rules: every file is compiled. */
  static final PrecompiledRules NONE = new PrecompiledRules(Map.of());
  private static volatile PrecompiledRules builtIn;

  /**
   * One compiled DRL file: its name, the hash of its text, the packages it puts rules, globals or
   * functions in (not those Drools makes for the fact classes), the serialized packages.
   */
  record Entry(String name, String hash, List<String> packages, byte[] data) {}

  private final Map<String, Entry> byName;

  PrecompiledRules(Map<String, Entry> byName) {
    this.byName = byName;
  }

  /** The precompiled built-in rules on the class path; none if missing or out of date. */
  static PrecompiledRules builtIn() {
    PrecompiledRules rules = builtIn;
    if (rules == null) {
      rules = load(PrecompiledRules.class.getClassLoader(), RESOURCE);
      builtIn = rules;
    }
    return rules;
  }

  /** Reads a precompiled-rules resource; none if it is missing, unreadable or out of date. */
  static PrecompiledRules load(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        LOG.debug("No precompiled rules at {}: compiling all rules", resource);
        return NONE;
      }
      DataInputStream data = new DataInputStream(new ByteArrayInputStream(in.readAllBytes()));
      if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
        LOG.info("Precompiled rules {} have another format: compiling all rules", resource);
        return NONE;
      }
      String drools = data.readUTF();
      if (!drools.equals(droolsVersion(loader))) {
        LOG.info("Precompiled rules {} were made with Drools {}, not {}: compiling all rules",
            resource, drools, droolsVersion(loader));
        return NONE;
      }
      for (int i = data.readInt(); i > 0; i--) {
        String classFile = data.readUTF();
        String hash = data.readUTF();
        if (!hash.equals(hashResource(loader, classFile))) {
          LOG.info("Precompiled rules {} were compiled against another {}: compiling all rules",
              resource, classFile);
          return NONE;
        }
      }
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (int i = data.readInt(); i > 0; i--) {
        String name = data.readUTF();
        String hash = data.readUTF();
        List<String> packages = new ArrayList<>();
        for (int p = data.readInt(); p > 0; p--) {
          packages.add(data.readUTF());
        }
        byte[] bytes = new byte[data.readInt()];
        data.readFully(bytes);
        entries.put(name, new Entry(name, hash, List.copyOf(packages), bytes));
      }
      return new PrecompiledRules(Map.copyOf(entries));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot read precompiled rules {}: compiling all rules", resource, e);
      return NONE;
    }
  }

  /** The entry compiled from exactly this source (same name, same text), if any. */
  Optional<Entry> find(Source source) {
    Entry entry = byName.get(source.name());
    return entry != null && entry.hash().equals(hash(source.drl()))
        ? Optional.of(entry) : Optional.empty();
  }

  /** An entry's packages, read with the class loader of the knowledge base they will join. */
  @SuppressWarnings("unchecked")
  static Collection<KiePackage> read(Entry entry, ClassLoader loader)
      throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new DroolsObjectInputStream(
        new ByteArrayInputStream(entry.data()), loader)) {
      return (Collection<KiePackage>) in.readObject();
    }
  }

  /**
   * Compiles the built-in rules and writes them where the jar picks them up. Run by the build at
   * {@code process-classes}, with the module's compiled classes on the class path.
   *
   * @param args the classes folder (e.g. {@code target/classes}), whose {@value #DRL_FOLDER}
   *     files are compiled
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    ClassLoader loader = PrecompiledRules.class.getClassLoader();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(droolsVersion(loader));
    List<Source> sources = new ArrayList<>();
    Path folder = classes.resolve(DRL_FOLDER);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        sources.add(new Source(DRL_FOLDER + file.getFileName(),
            Files.readString(file, StandardCharsets.UTF_8), RuleEngine.Trust.BUILT_IN));
      }
    }
    TreeSet<String> guarded = guardedClasses(classes, sources);
    out.writeInt(guarded.size());
    for (String classFile : guarded) {
      out.writeUTF(classFile);
      out.writeUTF(hashResource(loader, classFile));
    }
    out.writeInt(sources.size());
    for (Source source : sources) {
      KnowledgeBuilderConfiguration conf =
          KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
      conf.setProperty("drools.dialect.java.compiler.lnglevel", JAVA_LEVEL);
      KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
      builder.add(ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8))
          .setSourcePath(source.name()), ResourceType.DRL);
      if (builder.hasErrors()) {
        throw new IllegalStateException(source.name() + " does not compile: "
            + builder.getErrors());
      }
      Collection<KiePackage> packages = new ArrayList<>(builder.getKnowledgePackages());
      ByteArrayOutputStream serialized = new ByteArrayOutputStream();
      try (ObjectOutputStream objects = new DroolsObjectOutputStream(serialized)) {
        objects.writeObject(packages);
      }
      out.writeUTF(source.name());
      out.writeUTF(hash(source.drl()));
      List<String> declared = packages.stream().filter(RuleCompiler::declaresRules)
          .map(KiePackage::getName).toList();
      out.writeInt(declared.size());
      for (String name : declared) {
        out.writeUTF(name);
      }
      out.writeInt(serialized.size());
      serialized.writeTo(out);
    }
    out.flush();
    Path target = classes.resolve(RESOURCE);
    Files.createDirectories(target.getParent());
    Files.write(target, bytes.toByteArray());
    LOG.info("Precompiled {} rule files into {} ({} bytes, {} guarded classes)",
        sources.size(), target, bytes.size(), guarded.size());
  }

  /**
   * The class files the rules are compiled against: every class of the fact package and every
   * class a DRL file imports or types a global with.
   */
  private static TreeSet<String> guardedClasses(Path classes, List<Source> sources)
      throws IOException {
    TreeSet<String> guarded = new TreeSet<>();
    Path facts = classes.resolve("io/github/mentoring/rules/facts");
    if (Files.isDirectory(facts)) {
      try (Stream<Path> files = Files.list(facts)) {
        files.filter(f -> f.toString().endsWith(".class"))
            .forEach(f -> guarded.add(classes.relativize(f).toString().replace('\\', '/')));
      }
    }
    for (Source source : sources) {
      Matcher m = IMPORT.matcher(source.drl());
      while (m.find()) {
        String classFile = m.group(1).replace('.', '/') + ".class";
        if (PrecompiledRules.class.getClassLoader().getResource(classFile) != null) {
          guarded.add(classFile);
        }
      }
    }
    return guarded;
  }

  static String hash(String text) {
    return hash(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hashResource(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? "missing" : hash(in.readAllBytes());
    }
  }

  private static String droolsVersion(ClassLoader loader) {
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
