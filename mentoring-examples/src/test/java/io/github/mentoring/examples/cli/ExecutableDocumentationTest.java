package io.github.mentoring.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.mentoring.examples.service.HealthService;
import io.github.mentoring.core.testing.QuietWhenPassing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documentation runs: every shell command of {@code README.md},
 * {@code mentoring-examples/README.md} and {@code FORMAT.md} is run as written (the command line
 * in-process, {@code curl} against the service the page started, {@code ./mvnw} checked for the
 * modules, tests and classes it names), every Java snippet is compiled and run, and every output
 * a page shows is compared with what the code prints. A page that drifts from the code fails the
 * build, naming the page and line.
 *
 * <p>The normalisations, and nothing else: {@code ...} in a shown output stands for text left out;
 * a shown output may be part of what is printed; a service a page starts listens on a free
 * loopback port instead of the one written; a file the page creates (the token written by
 * {@code openssl}, a report written with {@code > FILE}) is a temporary file; the page's own lines define
 * {@code CLI=...} and {@code S=...}.
 */
class ExecutableDocumentationTest {

  private static final Path ROOT = Path.of("..");
  static final Path README = ROOT.resolve("README.md");
  static final Path EXAMPLES_README = Path.of("README.md");
  static final Path FORMAT = Path.of("FORMAT.md");
  private static final List<Path> PAGES = List.of(README, EXAMPLES_README, FORMAT);

  private static final String JAR = "mentoring-examples/target/mentoring-examples-"
      + MentoringCli.class.getAnnotation(CommandLine.Command.class).version()[0]
          .replace("mentoring ", "") + ".jar";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A fenced block of a page: its language and text, and the line its text starts on. */
  record Block(Path page, int line, String language, String text) {
    String where() {
      return page + ":" + line;
    }
  }

  /** What running a page's commands leaves behind: variables, files, the service started. */
  private final class Session {
    final Map<String, String> variables = new HashMap<>();
    final Map<String, Path> files = new HashMap<>();
    HealthService service;
    final List<String> ran = new ArrayList<>();
  }

  @TempDir
  Path temp;

  private final List<HealthService> started = new ArrayList<>();

  @AfterEach
  void stopServices() {
    started.forEach(HealthService::close);
  }

  static List<Block> blocks(Path page) throws IOException {
    String text = Files.readString(page);
    List<Block> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^( *)```(\\w*)\\n(.*?)^\\1```", Pattern.DOTALL)
        .matcher(text);
    while (m.find()) {
      String indent = m.group(1);
      String body = m.group(3).lines().map(l -> l.startsWith(indent) ? l.substring(
          indent.length()) : l).collect(Collectors.joining("\n", "", "\n"));
      int line = (int) text.substring(0, m.start(3)).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(page, line, m.group(2), body));
    }
    return blocks;
  }

  // ---------------------------------------------------------------------------------------------
  // Shell commands
  // ---------------------------------------------------------------------------------------------

  @Test
  void everyShellCommandOfThePagesRunsAsWritten() throws Exception {
    List<String> failures = new ArrayList<>();
    Session session = new Session();
    for (Path page : PAGES) {
      for (Block block : blocks(page)) {
        if (block.language().equals("sh")) {
          runShellBlock(block, session, failures);
        }
      }
    }
    assertThat(failures).as("commands of the documentation that do not run as written")
        .isEmpty();
    assertThat(session.ran).as("commands run").hasSizeGreaterThan(15);
  }

  private void runShellBlock(Block block, Session session, List<String> failures)
      throws Exception {
    List<String> lines = logicalLines(block.text());
    String previous = null;
    for (String line : lines) {
      String where = block.where() + ": " + line;
      if (line.startsWith("# ")) {
        // "# {...}" right after a command: the answer it shows.
        String shown = line.substring(2).strip();
        if (previous != null && (shown.startsWith("{") || shown.startsWith("["))) {
          if (!sameJson(shown, previous)) {
            failures.add(where + ": shows " + shown + " but the command answered " + previous);
          }
        }
        continue;
      }
      try {
        previous = null;
        for (String command : line.split(" && ")) {
          previous = run(stripComment(command).strip(), session);
        }
        session.ran.add(line);
      } catch (AssertionError | RuntimeException e) {
        failures.add(where + ": " + e.getMessage());
      }
    }
  }

  /** The lines of a shell block with continuations joined, comments kept as lines of their own. */
  static List<String> logicalLines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      current.append(line);
      if (!current.toString().isBlank()) {
        lines.add(current.toString().strip());
      }
      current.setLength(0);
    }
    return lines;
  }

  /** A line without its trailing {@code # comment} (a '#' outside quotes, after a space). */
  static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Runs one command; returns what it printed (or answered) when a page may show it. */
  private String run(String command, Session session) throws Exception {
    Matcher assignment = Pattern.compile("^([A-Z]+)=(\"[^\"]*\"|\\S+)$").matcher(command);
    if (assignment.matches()) {
      String value = assignment.group(2).replaceAll("^\"|\"$", "");
      session.variables.put(assignment.group(1), expand(value, session));
      return null;
    }
    String[] pipe = command.split(" \\| ");
    if (pipe.length == 2) {
      List<String> source = words(pipe[0], session);
      assertThat(source).as("the only pipe the pages use is cat FILE | ...").hasSize(2)
          .first().isEqualTo("cat");
      byte[] input = Files.readAllBytes(file(source.get(1), session));
      List<String> target = words(pipe[1], session);
      assertThat(target.subList(0, 3)).as("piped into the command line")
          .containsExactly("java", "-jar", JAR);
      return runCli(target.subList(3, target.size()), session, input);
    }
    // Leading VAR=value words set the environment of the command.
    Map<String, String> environment = new HashMap<>();
    List<String> words = words(command, session);
    // "... > FILE": what the command prints goes to a temporary file of this test, by that name.
    if (words.size() > 2 && words.get(words.size() - 2).equals(">")
        && !words.get(0).equals("openssl")) {
      String name = words.get(words.size() - 1);
      assertThat(name).as("a file the page writes is named without a folder").doesNotContain("/");
      String printed = run(command.substring(0, command.lastIndexOf('>')).strip(), session);
      assertThat(printed).as("what " + command + " writes").isNotNull();
      Path file = temp.resolve("written-" + name);
      Files.writeString(file, printed);
      session.files.put(name, file);
      return null;
    }
    while (!words.isEmpty() && words.get(0).matches("[A-Z_]+=.*")) {
      String word = words.remove(0);
      environment.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
    }
    switch (words.get(0)) {
      case "echo" -> {
        // Tells the reader what comes next; prints nothing the tests need.
      }
      case "./mvnw" -> checkMaven(words);
      case "java" -> {
        return runJava(words, session, environment);
      }
      case "curl" -> {
        return curl(words, session);
      }
      case "openssl" -> {
        // openssl rand -base64 32 > FILE: a token in a temporary file of this test.
        assertThat(words).as("openssl rand -base64 32 > FILE").hasSize(6);
        assertThat(words.subList(1, 5)).containsExactly("rand", "-base64", "32", ">");
        Path token = temp.resolve("token-" + session.files.size());
        Files.writeString(token, "Zm9yIHRoZSBkb2N1bWVudGF0aW9uIHRlc3RzIG9ubHk=\n");
        session.files.put(words.get(5), token);
      }
      case "mentoring-examples/bin/mentoring" -> {
        // The launcher script runs the same jar: its arguments are the command line's.
        assertThat(ROOT.resolve(words.get(0))).exists();
        List<String> args = words.subList(1, words.size());
        return args.get(0).equals("serve") ? serve(args, session, environment)
            : runCli(args, session, null);
      }
      default -> fail("a command the documentation tests do not know how to run: " + words);
    }
    return null;
  }

  /** Splits a command into words as the shell would: quotes, $VAR and $(cat FILE). */
  private List<String> words(String command, Session session) throws IOException {
    Matcher cat = Pattern.compile("\\$\\(cat (\\S+)\\)").matcher(command);
    StringBuilder substituted = new StringBuilder();
    while (cat.find()) {
      cat.appendReplacement(substituted, Matcher.quoteReplacement(
          Files.readString(file(cat.group(1), session)).strip()));
    }
    cat.appendTail(substituted);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    String text = substituted.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '$' && quote == '"') {
          i = variable(text, i, word, session);
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else if (c == '$') {
        int end = variable(text, i, word, session);
        // An unquoted variable holding several words (CLI="java -jar ...") splits.
        String[] split = word.toString().split(" ");
        for (int k = 0; k < split.length - 1; k++) {
          words.add(split[k]);
        }
        word.setLength(0);
        word.append(split[split.length - 1]);
        inWord = true;
        i = end;
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static int variable(String text, int dollar, StringBuilder word, Session session) {
    Matcher name = Pattern.compile("[A-Z_]+").matcher(text).region(dollar + 1, text.length());
    assertThat(name.lookingAt()).as("a variable after $ in " + text).isTrue();
    String value = session.variables.get(name.group());
    assertThat(value).as("$" + name.group() + " is set by an earlier line of the pages")
        .isNotNull();
    word.append(value);
    return name.end() - 1;
  }

  private static String expand(String value, Session session) {
    Matcher m = Pattern.compile("\\$([A-Z_]+)").matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(session.variables.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A file a page names: one it created, else a path of the checkout, which must exist. */
  private static Path file(String name, Session session) {
    if (session.files.containsKey(name)) {
      return session.files.get(name);
    }
    Path path = ROOT.resolve(name);
    assertThat(path).as(name + " (relative to the repository root)").exists();
    return path;
  }

  private static void checkMaven(List<String> words) throws IOException {
    List<String> modules = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("-pl")) {
        modules.addAll(List.of(words.get(++i).split(",")));
      } else if (word.startsWith("-Dtest=")) {
        String[] test = word.substring("-Dtest=".length()).split("#");
        assertThat(modules).as("-Dtest with -pl").hasSize(1);
        try (var sources = Files.walk(ROOT.resolve(modules.get(0)).resolve("src/test/java"))) {
          Path source = sources.filter(p -> p.getFileName().toString().equals(test[0] + ".java"))
              .findFirst().orElse(null);
          assertThat(source).as("the test class " + test[0]).isNotNull();
          if (test.length > 1) {
            assertThat(Files.readString(source)).as("the test method " + word)
                .contains(" " + test[1] + "(");
          }
        }
      }
    }
    modules.forEach(module -> assertThat(ROOT.resolve(module).resolve("pom.xml"))
        .as("the module " + module).exists());
  }

  private String runJava(List<String> words, Session session, Map<String, String> environment)
      throws Exception {
    if (words.get(1).equals("-cp")) {
      // java -cp mentoring-benchmarks/target/benchmarks.jar CLASS: the class exists.
      String module = words.get(2).substring(0, words.get(2).indexOf('/'));
      Path source = ROOT.resolve(module).resolve("src/main/java")
          .resolve(words.get(3).replace('.', '/') + ".java");
      assertThat(source).as("the main class " + words.get(3)).exists();
      return null;
    }
    assertThat(words.get(1)).isEqualTo("-jar");
    assertThat(words.get(2)).as("the jar's name").isIn(JAR, "...");
    List<String> args = words.subList(3, words.size());
    if (args.stream().anyMatch(a -> a.startsWith("[") || a.equals("..."))) {
      checkSynopsis(args);
      return null;
    }
    if (args.get(0).equals("serve")) {
      return serve(args, session, environment);
    }
    return runCli(args, session, null);
  }

  /** A synopsis ({@code rules [--rules DIR-or-FILE]... [--format text|json|markdown]}). */
  private static void checkSynopsis(List<String> args) {
    CommandLine command = MentoringCli.commandLine(Cli.CLOCK).getSubcommands().get(args.get(0));
    assertThat(command).as("the command " + args.get(0)).isNotNull();
    Matcher option = Pattern.compile("--[a-z-]+").matcher(String.join(" ", args));
    while (option.find()) {
      assertThat(command.getCommandSpec().findOption(option.group()))
          .as(args.get(0) + " has the option " + option.group()).isNotNull();
    }
  }

  private String runCli(List<String> args, Session session, byte[] input) {
    List<String> resolved = args.stream().map(a -> !a.startsWith("-") && a.contains("/")
        ? file(a, session).toString() : a).toList();
    CommandLine commandLine = input == null ? MentoringCli.commandLine(Cli.CLOCK)
        : MentoringCli.commandLine(Cli.CLOCK, new ByteArrayInputStream(input));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(resolved.toArray(String[]::new));
    assertThat(exitCode).as("exit code of " + args + "; standard error:\n" + err)
        .isIn(MentoringCli.OK, MentoringCli.FINDINGS);
    assertThat(err.toString()).as("standard error of " + args).isEmpty();
    assertThat(out.toString()).as("output of " + args).isNotBlank();
    return out.toString();
  }

  /** Starts the service a serve command describes, on a free loopback port. */
  private String serve(List<String> args, Session session, Map<String, String> environment) {
    List<String> resolved = args.stream().map(a -> session.files.containsKey(a)
        ? session.files.get(a).toString() : a).toList();
    CommandLine commandLine = MentoringCli.commandLine(Cli.CLOCK);
    CommandLine.ParseResult parsed = commandLine.parseArgs(resolved.toArray(String[]::new));
    ServeCommand serve = parsed.subcommand().commandSpec().commandLine().getCommand();
    serve.environment = environment;
    serve.host = "127.0.0.1";
    serve.port = 0;
    session.service = serve.start();
    started.add(session.service);
    return null;
  }

  private String curl(List<String> words, Session session) throws Exception {
    assertThat(session.service).as("a service started by an earlier command").isNotNull();
    String method = "GET";
    Map<String, String> headers = new LinkedHashMap<>();
    byte[] body = null;
    URI uri = null;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-s" -> { }
        case "-X" -> method = words.get(++i);
        case "-H" -> {
          String header = words.get(++i);
          headers.put(header.substring(0, header.indexOf(':')),
              header.substring(header.indexOf(':') + 1).strip());
        }
        case "--data-binary" -> {
          String data = words.get(++i);
          assertThat(data).as("--data-binary @FILE").startsWith("@");
          body = Files.readAllBytes(file(data.substring(1), session));
        }
        default -> {
          assertThat(word).as("a curl option the tests know, or the URL").startsWith("http://");
          URI written = URI.create(word);
          uri = new URI("http", null, "127.0.0.1", session.service.port(), written.getPath(),
              written.getQuery(), null);
        }
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(method + " " + uri + " answered " + response.body())
        .isEqualTo(200);
    return response.body();
  }

  private static boolean sameJson(String shown, String actual) {
    try {
      return MAPPER.readTree(shown).equals(MAPPER.readTree(actual));
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Java snippets
  // ---------------------------------------------------------------------------------------------

  /**
   * Every Java snippet compiles as a method body with the imports a reader would add, and runs.
   * A snippet may use {@code relationship} (the embedding example's) and {@code tree} (a program
   * as a JSON tree) without declaring them.
   */
  @Test
  void everyJavaSnippetCompilesAndRuns() throws Exception {
    List<Block> snippets = new ArrayList<>();
    for (Path page : PAGES) {
      blocks(page).stream().filter(b -> b.language().equals("java")).forEach(snippets::add);
    }
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Path sources = Files.createDirectories(temp.resolve("snippets"));
    Path program = Path.of(CheckCommandTest.MINIMAL).toAbsolutePath();
    for (int i = 0; i < snippets.size(); i++) {
      Block snippet = snippets.get(i);
      String name = "Snippet" + i;
      String text = snippet.text().replace("Path.of(\"program.json\")",
          "Path.of(\"" + program.toString().replace("\\", "\\\\") + "\")");
      boolean declaresRelationship = text.contains("Relationship relationship =");
      Files.writeString(sources.resolve(name + ".java"), """
          import io.github.mentoring.core.model.*;
          import io.github.mentoring.json.*;
          import io.github.mentoring.examples.report.*;
          import io.github.mentoring.rules.*;
          import java.nio.file.Path;
          import java.time.*;
          import java.util.List;
          import tools.jackson.databind.JsonNode;

          public class %s {
            public static void run(Relationship %s, JsonNode tree) throws Exception {
          %s
            }
          }
          """.formatted(name, declaresRelationship ? "given" : "relationship", text));
      StringWriter diagnostics = new StringWriter();
      boolean compiled = compiler.getTask(diagnostics, null, null, List.of("-d",
          sources.toString(), "-classpath", System.getProperty("java.class.path"),
          "-proc:none"), null, compiler.getStandardFileManager(null, null, null)
          .getJavaFileObjects(sources.resolve(name + ".java"))).call();
      assertThat(compiled).as("the Java snippet at " + snippet.where() + " compiles:\n"
          + diagnostics).isTrue();
      try (URLClassLoader loader = new URLClassLoader(new URL[] {sources.toUri().toURL()},
          getClass().getClassLoader())) {
        JsonNode tree = MAPPER.readTree(Files.readString(program));
        var out = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
          loader.loadClass(name).getMethod("run", io.github.mentoring.core.model.Relationship
              .class, JsonNode.class).invoke(null,
              io.github.mentoring.examples.embedding.EmbeddingExample.relationship(), tree);
        } finally {
          System.setOut(out);
        }
        if (text.contains("System.out")) {
          assertThat(captured.toString(StandardCharsets.UTF_8))
              .as("what the snippet at " + snippet.where() + " prints")
              .contains("WARNING program.introduction-not-made: ");
        }
      }
    }
  }

  /**
   * The first command builds quietly for up to a minute: it first says so, and the page says how
   * long.
   */
  @Test
  void theFirstCommandSaysWhatItDoesBeforeTheQuietBuild() throws Exception {
    List<String> first = logicalLines(blocks(README).get(0).text()).stream()
        .filter(l -> !l.startsWith("#")).toList();
    String[] steps = first.get(0).split(" && ");

    assertThat(steps[0]).startsWith("echo ").contains("first time", "90 MB", "minute");
    assertThat(steps[1]).startsWith("./mvnw -q ");
    assertThat(Files.readString(README)).contains("about a minute");
  }

  /** Every dependency a page shows is a module of this project, at this project's version. */
  @Test
  void theDependenciesShownAreThisProjectsModules() throws Exception {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher version = Pattern.compile("<version>(.*?)</version>").matcher(pom);
    assertThat(version.find()).isTrue();
    List<Block> xml = blocks(README).stream().filter(b -> b.language().equals("xml")).toList();
    assertThat(xml).isNotEmpty();
    for (Block block : xml) {
      Matcher artifact = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(block.text());
      while (artifact.find()) {
        assertThat(ROOT.resolve(artifact.group(1)).resolve("pom.xml"))
            .as("the module " + artifact.group(1) + " shown at " + block.where()).exists();
      }
      assertThat(block.text()).as(block.where()).contains("<groupId>io.github.mentoring</groupId>")
          .doesNotContainPattern("<version>(?!" + Pattern.quote(version.group(1)) + "<)");
    }
    assertThat(JAR).endsWith("-" + version.group(1) + ".jar");
  }

  // ---------------------------------------------------------------------------------------------
  // Outputs the pages show
  // ---------------------------------------------------------------------------------------------

  /** Matches a shown output with {@code ...} for text left out, anywhere in what was printed. */
  static void assertShows(Block shown, String actual) {
    String[] pieces = shown.text().strip().split("\\.\\.\\.|…", -1);
    String regex = java.util.Arrays.stream(pieces).map(Pattern::quote)
        .collect(Collectors.joining(".*?"));
    assertThat(Pattern.compile(regex, Pattern.DOTALL).matcher(actual).find())
        .as("the output shown at " + shown.where() + ":\n" + shown.text()
            + "\nis part of what the code prints:\n" + actual).isTrue();
  }

  /** Every text and JSON block of the pages is an output or example some test compares. */
  @Test
  void everyOutputShownIsWhatTheCodePrints() throws Exception {
    Map<String, ShownOutput> checks = new LinkedHashMap<>();
    checks.put("Invalid Relationship (2 violations):", b -> assertShows(b, invalidRelationship()));
    checks.put("mentoring check: nothing was checked (3 problems):",
        b -> assertShows(b, threeProblems()));
    checks.put("mentoring check: nothing was checked (1 problem):",
        b -> assertShows(b, Cli.run("check", "--as-of", "2026-13-01").err()));
    checks.put("mentoring check: rule failure:", b -> assertShows(b, ruleFailure()));
    checks.put("category           expected raised  recall false alarms",
        b -> assertShows(b, Cli.run("scenarios", "src/test/resources/judgement").out()));
    checks.put("$.relationships[0].mentor.nmae: unknown field",
        b -> assertShows(b, formatErrors()));
    checks.put("{\n  \"formatVersion\": 2,", b -> assertThat(
        io.github.mentoring.json.ProgramJson.read(b.text()).relationships())
        .as("the program example at " + b.where()).hasSize(1));
    checks.put("{\n  \"formatVersion\": 1,", this::reportExample);
    checks.put("{\n  \"type\": \"https://mentoring-health.github.io/mentoring/problems/",
        this::problemDocument);

    List<String> unchecked = new ArrayList<>();
    int compared = 0;
    for (Path page : PAGES) {
      for (Block block : blocks(page)) {
        if (!block.language().equals("text") && !block.language().equals("json")) {
          continue;
        }
        ShownOutput check = checks.entrySet().stream()
            .filter(e -> block.text().startsWith(e.getKey())).map(Map.Entry::getValue)
            .findFirst().orElse(null);
        if (check == null) {
          unchecked.add(block.where() + ": " + block.text().lines().findFirst().orElse(""));
        } else {
          check.verify(block);
          compared++;
        }
      }
    }
    assertThat(unchecked).as("outputs shown in the pages that no test compares with the code: "
        + "add them to this test").isEmpty();
    assertThat(compared).isEqualTo(checks.size());
  }

  /** How one shown output is compared. */
  @FunctionalInterface
  interface ShownOutput {
    void verify(Block block) throws Exception;
  }

  private static String invalidRelationship() {
    try {
      io.github.mentoring.core.model.Relationship.builder().id("r-ada-ben")
          .mentor(io.github.mentoring.core.model.Partner.of("ada"))
          .mentee(io.github.mentoring.core.model.Partner.of("ben"))
          .kind(io.github.mentoring.core.model.RelationshipKind.FORMAL)
          .phase(io.github.mentoring.core.model.Phase.ACTIVE)
          .startDate(java.time.LocalDate.of(2026, 2, 2))
          .plannedEnd(java.time.LocalDate.of(2026, 1, 31))
          .addFollowUps(io.github.mentoring.core.model.FollowUp.builder().id("f1")
              .description("Send the guide").owner("zoe").build())
          .build();
    } catch (io.github.mentoring.core.validation.InvalidModelException e) {
      return e.getMessage();
    }
    return fail("the relationship was accepted");
  }

  /** A program, a rule file and a policy file with one problem each, as the README lists them. */
  private String threeProblems() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("three"));
    Path program = folder.resolve("cohort.json");
    Files.writeString(program, Files.readString(Path.of(CheckCommandTest.MINIMAL))
        .replaceFirst("\"phase\": \"active\"", "\"phase\": \"running\""));
    Path rules = Files.createDirectories(folder.resolve("rules"));
    List<String> drl = new ArrayList<>(Files.readAllLines(
        Cli.DESIGNER_RULES.resolve("program-rules.drl")));
    drl.set(30, "    $f : FollowUpFacts( kind == )");
    Files.write(rules.resolve("program-rules.drl"), drl);
    Path policy = folder.resolve("policy.properties");
    Files.writeString(policy, "# a policy\n\nfizzling.warning-factr = 2\n");
    Cli.Run run = Cli.run("check", program.toString(), "--rules", rules.toString(), "--policy",
        policy.toString());
    assertThat(run.exitCode()).isEqualTo(MentoringCli.BAD_INPUT);
    return run.err().replace(folder + java.io.File.separator, "");
  }

  private static String ruleFailure() {
    String drl = """
        package program.rules;
        import io.github.mentoring.rules.facts.*;
        global io.github.mentoring.rules.facts.Findings findings;
        rule "Fails"
            @id("program.quiet-quarter") @category("program") @severity("info")
            @description("Fails on purpose")
        when
            $r : RelationshipFacts( relationshipId == "r-ada-ben" )
        then
            throw new IllegalStateException("on purpose");
        end
        """;
    Cli.Run run = Cli.runWithRules(b -> b.addTrustedRules("failing.drl", drl), "check",
        CheckCommandTest.MINIMAL);
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(MentoringCli.INTERNAL_ERROR);
    // The failure is logged once, as a warning naming rule and relationship, without a trace.
    assertThat(QuietWhenPassing.written())
        .contains("WARN RuleEngine - A check failed: rule program.quiet-quarter on relationship "
            + "r-ada-ben")
        .doesNotContain("\tat ");
    return run.err();
  }

  private static String formatErrors() throws IOException {
    Path program = Path.of("src/test/resources/cli/format-errors-program.json");
    try {
      io.github.mentoring.json.ProgramJson.read(program);
    } catch (io.github.mentoring.json.ProgramFormatException e) {
      return e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
    return fail(program + " was read");
  }

  /** The report example is what the command FORMAT.md names prints, exactly. */
  private void reportExample(Block block) throws IOException {
    String page = Files.readString(block.page());
    Matcher command = Pattern.compile("`mentoring (check [^`]*--format json)`").matcher(page);
    String made = null;
    while (command.find()) {
      if (command.group(1).contains("report-example-program.json")) {
        made = command.group(1);
      }
    }
    assertThat(made).as("FORMAT.md names the command that makes its report example").isNotNull();
    List<String> args = new ArrayList<>(List.of(made.split(" ")));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(MAPPER.readTree(run.out())).as("the report example at " + block.where()
        + " is what `mentoring " + made + "` prints").isEqualTo(MAPPER.readTree(block.text()));
  }

  /** The 400 problem document is what the service answers to a body with those problems. */
  private void problemDocument(Block block) throws Exception {
    HealthService service = HealthService.start(io.github.mentoring.rules.HealthCheck.builder()
        .build(), new HealthService.Settings("127.0.0.1", 0, 1 << 20));
    started.add(service);
    JsonNode relationship = MAPPER.readTree(Files.readString(Path.of(CheckCommandTest.MINIMAL)))
        .get("relationships").get(0);
    ((tools.jackson.databind.node.ObjectNode) relationship).remove("startDate");
    String body = "{\"relationship\": " + relationship + "}";
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + service.port() + "/health-checks"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(response.body())).as("the problem document at " + block.where())
        .isEqualTo(MAPPER.readTree(block.text()));
  }

  // ---------------------------------------------------------------------------------------------
  // GET /health
  // ---------------------------------------------------------------------------------------------

  /**
   * The answer of {@code GET /health} in mentoring-examples/README.md is what the service of the
   * page's {@code serve --port 8080} command answers, rule count included.
   */
  @Test
  void theHealthAnswerShownIsWhatTheDocumentedServiceAnswers() throws Exception {
    String page = Files.readString(EXAMPLES_README);
    Matcher shown = Pattern.compile("\\| `GET /health` \\| `(\\{[^`]*\\})`").matcher(page);
    assertThat(shown.find()).as("the GET /health row of " + EXAMPLES_README).isTrue();
    Matcher command = Pattern.compile("(?m)^java -jar \\S+ (serve --port 8080)$").matcher(page);
    assertThat(command.find()).as("the serve command of " + EXAMPLES_README).isTrue();

    Session session = new Session();
    serve(List.of(command.group(1).split(" ")), session, Map.of());
    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + session.service.port() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(MAPPER.readTree(health.body())).isEqualTo(MAPPER.readTree(shown.group(1)));
    assertThat(health.body().toLowerCase(Locale.ROOT)).contains("\"rules\"");
  }
}
