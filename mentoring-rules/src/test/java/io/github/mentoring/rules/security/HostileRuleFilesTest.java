package io.github.mentoring.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.mentoring.core.model.Agreement;
import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.RuleBuildException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A designer's rule file can do nothing but judge: each file here tries one trick to do more (run
 * code while compiling, reach the system, files, network, threads, reflection, the model's
 * confidential text, or hang the check), is refused with file, line and reason before any of it
 * is compiled, and its side effect is shown not to have happened.
 */
class HostileRuleFilesTest {

  private static final String PROPERTY = "mentoring.pwned";
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  private static final String FILE = "hostile.drl";
  private static final int POLICY_VALUE = Policy.defaults().integer("goals.max-active");

  @TempDir
  static Path folder;
  private static ServerSocket listener;

  /** One trick: the DRL and a fragment of the reason it must be refused for. */
  record Trick(String name, String drl, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void listen() throws IOException {
    listener = new ServerSocket(0);
    listener.setSoTimeout(50);
  }

  @AfterAll
  static void close() throws IOException {
    listener.close();
  }

  private static final String HEADER = """
      package program.hostile;

      import io.github.mentoring.rules.facts.*;

      global io.github.mentoring.rules.facts.Findings findings;
      global io.github.mentoring.rules.Policy policy;
      """;

  private static String rule(String when, String then) {
    return rule("", when, then);
  }

  private static String rule(String attributes, String when, String then) {
    return HEADER + """

        rule "Hostile"
            @id("program.hostile")
            @category("program")
            @severity("info")
            @description("Tries to do more than judge")
            %s
        when
            %s
        then
            %s
        end
        """.formatted(attributes, when, then);
  }

  private static final String PWN = "System.setProperty(\"" + PROPERTY + "\", \"yes\");";

  static Stream<Trick> tricks() {
    String file = folder.resolve("written").toString();
    int port = listener.getLocalPort();
    return Stream.of(
        new Trick("System in a Java consequence", rule("$r : RelationshipFacts()", PWN),
            "'System' is not allowed"),
        new Trick("System.exit in a consequence", rule("$r : RelationshipFacts()",
            "System.exit(0);"), "'System' is not allowed"),
        new Trick("System in an MVEL consequence", rule("dialect \"mvel\"",
            "$r : RelationshipFacts()", PWN), "'System' is not allowed"),
        new Trick("System in a constraint", rule(
            "$r : RelationshipFacts( System.setProperty(\"" + PROPERTY + "\", \"c\") != null )",
            ""), "'System' is not allowed"),
        new Trick("System in eval", rule(
            "$r : RelationshipFacts()\n eval( System.setProperty(\"" + PROPERTY + "\", \"e\") != null )",
            ""), "'System' is not allowed"),
        new Trick("an annotation value evaluated while compiling",
            HEADER + """
                rule "Hostile"
                    @id(System.setProperty("mentoring.pwned", "annotation"))
                    @category("program") @severity("info") @description("x")
                when
                    $r : RelationshipFacts()
                then
                end
                """, "must be a literal"),
        new Trick("a fully qualified name in an annotation",
            HEADER + """
                rule "Hostile"
                    @id("program.hostile") @category("program") @severity("info")
                    @description(java.lang.System.setProperty("mentoring.pwned", "fqn"))
                when
                    $r : RelationshipFacts()
                then
                end
                """, "must be a literal"),
        new Trick("a function called from eval",
            HEADER + """
                function boolean pwn() { System.setProperty("mentoring.pwned", "f"); return true; }
                rule "Hostile"
                    @id("program.hostile") @category("program") @severity("info") @description("x")
                when
                    $r : RelationshipFacts()
                    eval( pwn() )
                then
                end
                """, "functions are not allowed"),
        new Trick("an import of System", HEADER.replace("import io.", "import java.lang.System;\nimport io.")
            + rule("$r : RelationshipFacts()", PWN).substring(HEADER.length()),
            "the import 'java.lang.System' is not on the allowlist"),
        new Trick("a fully qualified name in a consequence", rule("$r : RelationshipFacts()",
            "java.lang.System.setProperty(\"" + PROPERTY + "\", \"q\");"),
            "'java' is not allowed"),
        new Trick("Runtime.exec", rule("$r : RelationshipFacts()",
            "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + file + "\"});"),
            "'Runtime' is not allowed"),
        new Trick("ProcessBuilder through a global alias",
            HEADER + """
                global java.lang.ProcessBuilder builder;
                rule "Hostile"
                    @id("program.hostile") @category("program") @severity("info") @description("x")
                when
                    $r : RelationshipFacts()
                then
                    builder.command("touch", "%s").start();
                end
                """.formatted(file), "only the globals 'findings' (Findings) and 'policy'"),
        new Trick("ProcessBuilder imported under its own name",
            HEADER.replace("import io.", "import java.lang.ProcessBuilder;\nimport io.")
                + rule("$r : RelationshipFacts()",
                    "new ProcessBuilder(\"touch\", \"" + file + "\").start();")
                .substring(HEADER.length()), "not on the allowlist"),
        new Trick("a file read into a finding", rule("$r : RelationshipFacts()",
            "findings.raise(drools, $r, java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")), \"x\");"),
            "'java' is not allowed"),
        new Trick("a file written", rule("$r : RelationshipFacts()",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + file + "\"), \"x\");"),
            "'java' is not allowed"),
        new Trick("a socket opened", rule("$r : RelationshipFacts()",
            "new java.net.Socket(\"127.0.0.1\", " + port + ");"), "'new' is not allowed"),
        new Trick("a thread started with a lambda", rule("$r : RelationshipFacts()",
            "new Thread(() -> { " + PWN + " }).start();"), "lambdas are not allowed"),
        new Trick("the shared policy changed through reflection", rule("$r : RelationshipFacts()",
            "java.lang.reflect.Field f = policy.getClass().getDeclaredField(\"values\"); f.setAccessible(true);"),
            "the method 'getClass' is not on the allowlist"),
        new Trick("a getClass() chain to a class loader", rule("$r : RelationshipFacts()",
            "$r.getClass().getClassLoader().loadClass(\"java.lang.System\");"),
            "the method 'getClass' is not on the allowlist"),
        new Trick("getClass in MVEL property style", rule("dialect \"mvel\"",
            "$r : RelationshipFacts()", "$r.class.classLoader.loadClass(\"java.lang.System\");"),
            "'class' is not a property on the allowlist"),
        new Trick("Class.forName through string concatenation", rule("$r : RelationshipFacts()",
            "Class.forName(\"java.lang.\" + \"System\").getMethod(\"exit\", int.class).invoke(null, 0);"),
            "'Class' is not allowed"),
        new Trick("method handles", rule("$r : RelationshipFacts()",
            "java.lang.invoke.MethodHandles.lookup();"), "'java' is not allowed"),
        new Trick("a script engine", rule("$r : RelationshipFacts()",
            "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1\");"),
            "'new' is not allowed"),
        new Trick("a JNDI lookup", rule("$r : RelationshipFacts()",
            "new javax.naming.InitialContext().lookup(\"ldap://127.0.0.1:" + port + "/x\");"),
            "'new' is not allowed"),
        new Trick("deserialization", rule("$r : RelationshipFacts()",
            "new java.io.ObjectInputStream(new java.io.FileInputStream(\"" + file + "\")).readObject();"),
            "'new' is not allowed"),
        new Trick("sun.misc.Unsafe imported", HEADER.replace("import io.", "import sun.misc.Unsafe;\nimport io.")
            + rule("$r : RelationshipFacts()", "").substring(HEADER.length()),
            "the import 'sun.misc.Unsafe' is not on the allowlist"),
        new Trick("a JDK internal imported", HEADER.replace("import io.", "import jdk.internal.misc.Unsafe;\nimport io.")
            + rule("$r : RelationshipFacts()", "").substring(HEADER.length()), "not on the allowlist"),
        new Trick("the library's internals imported",
            HEADER.replace("import io.", "import io.github.mentoring.rules.RuleEngine;\nimport io.")
                + rule("$r : RelationshipFacts()", "").substring(HEADER.length()),
            "not on the allowlist"),
        new Trick("a unicode-escaped identifier", rule("$r : RelationshipFacts()",
            "\\u0053ystem.setProperty(\"" + PROPERTY + "\", \"u\");"), "unicode escapes"),
        new Trick("a unicode escape that closes a string", rule("$r : RelationshipFacts()",
            "String s = \"\\u0022; " + PWN + " String t = \\u0022\";"), "unicode escapes"),
        new Trick("a unicode newline that ends a comment", rule("$r : RelationshipFacts()",
            "// harmless \\u000a " + PWN), "unicode escapes"),
        new Trick("code after a block comment that looks nested", rule("$r : RelationshipFacts()",
            "/* /* */ " + PWN + " */"), "'System' is not allowed"),
        new Trick("code after a carriage return in a line comment", rule("$r : RelationshipFacts()",
            "// harmless\r" + PWN), "mismatched input"),
        new Trick("a declared type with a default computed by code",
            HEADER + """
                declare Pwn
                    value : String = System.setProperty("mentoring.pwned", "declared")
                end
                rule "Hostile"
                    @id("program.hostile") @category("program") @severity("info") @description("x")
                when
                    $r : RelationshipFacts()
                then
                end
                """, "declared types are not allowed"),
        new Trick("a global of its own", HEADER + "global java.util.List leak;\n"
            + rule("$r : RelationshipFacts()", "").substring(HEADER.length()),
            "only the globals"),
        new Trick("a query", HEADER + """
                query pwn()
                    $r : RelationshipFacts()
                end
                """, "queries are not allowed"),
        new Trick("an entry point", rule("$r : RelationshipFacts() from entry-point \"side\"", ""),
            "not allowed"),
        new Trick("from over an expression", rule(
            "$r : RelationshipFacts()\n $p : RelationshipFacts() from System.getProperties()", ""),
            "'from' is only allowed"),
        new Trick("accumulate with code of its own", rule(
            "$r : RelationshipFacts()\n $n : Number() from accumulate( MeetingFacts( relationshipId == $r.relationshipId ),"
                + " init( System.setProperty(\"" + PROPERTY + "\", \"acc\"); ), action( ), result( 0 ) )", ""),
            "accumulate may only use the functions"),
        new Trick("a loop in a consequence", rule("$r : RelationshipFacts()", "while (true) { }"),
            "loops ('while') are not allowed"),
        new Trick("facts inserted forever", rule("$r : RelationshipFacts()",
            "insert(new Object());"), "'insert' is not allowed"),
        new Trick("the engine reached through drools", rule("$r : RelationshipFacts()",
            "drools.getKieRuntime().halt();"), "'drools' may only be handed to findings.raise"),
        new Trick("the engine reached through kcontext", rule("$r : RelationshipFacts()",
            "kcontext.getKieRuntime().halt();"), "'kcontext' is not allowed"),
        new Trick("confidential notes read through the facts", rule("dialect \"mvel\"",
            "$r : RelationshipFacts()",
            "findings.raise(drools, $r, $r.relationship.meetings[0].notes.get(), \"x\");"),
            "'relationship' is not a property on the allowlist"),
        new Trick("a timer that outlives the check", rule("timer (int: 0s 1s)",
            "$r : RelationshipFacts()", PWN), "the attribute 'timer' is not allowed"),
        new Trick("a rule effective by the wall clock", rule("date-effective \"01-Jan-2020\"",
            "$r : RelationshipFacts()", ""), "the attribute 'date-effective' is not allowed"),
        new Trick("salience computed by code", rule(
            "salience ( System.setProperty(\"" + PROPERTY + "\", \"s\") == null ? 1 : 0 )",
            "$r : RelationshipFacts()", ""), "salience must be a whole number"),
        new Trick("enabled computed by code", rule(
            "enabled ( System.setProperty(\"" + PROPERTY + "\", \"en\") != null )",
            "$r : RelationshipFacts()", ""), "the attribute 'enabled' is not allowed"),
        new Trick("a package inside the library", HEADER.replace("package program.hostile;",
            "package io.github.mentoring.rules.internal;")
            + rule("$r : RelationshipFacts()", "").substring(HEADER.length()), "is reserved"),
        new Trick("a regular expression with catastrophic backtracking", rule(
            "$r : RelationshipFacts( relationshipId matches \"(a+)+$\" )", ""),
            "'matches' is not allowed"),
        new Trick("a string as large as memory", rule("$r : RelationshipFacts()",
            "findings.raise(drools, $r, \"x\".repeat(Integer.MAX_VALUE), \"x\");"),
            "the method 'repeat' is not on the allowlist"),
        new Trick("the wall clock", rule("$r : RelationshipFacts( java.time.LocalDate.now() != null )",
            ""), "'java' is not allowed"),
        new Trick("a cross product of a whole batch", rule(
            "$a : MeetingFacts()\n $b : MeetingFacts()\n $c : MeetingFacts()", ""),
            "must join on the same relationship"),
        new Trick("a method reference", rule("$r : RelationshipFacts()",
            "Runnable r = System::gc;"), "method references are not allowed"),
        new Trick("an anonymous class with an initialiser", rule("$r : RelationshipFacts()",
            "Object o = new Object() { { " + PWN + " } };"), "'new' is not allowed"),
        new Trick("a text block", rule("$r : RelationshipFacts()",
            "String s = \"\"\"\n  x\"\"\";"), "text blocks are not allowed"),
        new Trick("brackets nested so deep that the DRL parser backtracks for ever", rule(
            "$r : RelationshipFacts( " + "[".repeat(70) + " )", ""), "nested too deeply"),
        new Trick("a file too large to read", rule("$r : RelationshipFacts()",
            "// " + "x".repeat(200_000)), "longer than"),
        new Trick("a named consequence", rule(
            "$r : RelationshipFacts()\n do[pwn]", "").replace("end\n",
            "then[pwn]\n    " + PWN + "\nend\n"), "named consequences are not allowed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tricks")
  void aHostileFileIsRefusedWithFileLineAndReasonAndNothingOfItRuns(Trick trick)
      throws IOException {
    System.clearProperty(PROPERTY);
    HealthCheck built = null;
    RuleBuildException refused = null;
    try {
      built = HealthCheck.builder().addRules(FILE, trick.drl()).build();
    } catch (RuleBuildException e) {
      refused = e;
    }
    if (built != null) {
      // Not refused: run it, so that the side effects below show what it could do.
      try {
        built.check(relationship(), AS_OF);
      } catch (RuntimeException ignored) {
        // the assertions below say what matters
      }
      fail("not refused: " + trick.name());
    }
    assertThat(refused.problems()).as("problems").isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).isEqualTo(FILE));
    assertThat(refused.problems()).as("a problem giving the reason")
        .anySatisfy(p -> assertThat(p.message()).contains(trick.reason()));
    assertThat(refused.problems()).as("a problem with a line").anySatisfy(
        p -> assertThat(p.line()).isPositive());
    assertNothingHappened();
  }

  @org.junit.jupiter.api.Test
  void aProblemIsReportedAtTheLineOfTheOffendingCode() {
    String drl = rule("$r : RelationshipFacts()", "int n = 1;\n    System.exit(n);");
    assertThat(drl.lines().toList().get(17)).contains("System.exit");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> HealthCheck.builder().addRules(FILE, drl).build())
        .isInstanceOfSatisfying(RuleBuildException.class, e -> assertThat(e.problems())
            .extracting(p -> p.line() + ": " + p.message())
            .contains("18: 'System' is not allowed (not a binding, an allowed type or an allowed member)"));
  }

  private static void assertNothingHappened() throws IOException {
    assertThat(System.getProperty(PROPERTY)).as("system property set").isNull();
    assertThat(Files.exists(folder.resolve("written"))).as("file written").isFalse();
    try {
      listener.accept().close();
      fail("a connection was opened");
    } catch (SocketTimeoutException expected) {
      // nobody connected
    }
    assertThat(Thread.getAllStackTraces().keySet()).as("threads")
        .noneMatch(t -> t.getName().contains("pwn"));
    assertThat(Policy.defaults().integer("goals.max-active")).isEqualTo(POLICY_VALUE);
  }

  static Relationship relationship() {
    var builder = Relationship.builder().id("r-1").mentor(Partner.of("ada"))
        .mentee(Partner.of("ben")).kind(RelationshipKind.FORMAL).phase(Phase.ACTIVE)
        .startDate(LocalDate.of(2026, 6, 1))
        .agreement(Agreement.builder().meetingFrequency(Period.ofWeeks(2)).build());
    for (int i = 0; i < 3; i++) {
      builder.addMeetings(Meeting.builder().id("m" + i)
          .scheduledAt(AS_OF.minusWeeks(2L * (3 - i)).atTime(10, 0))
          .status(MeetingStatus.HELD).build());
    }
    return builder.build();
  }
}
