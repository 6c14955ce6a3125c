package io.github.mentoring.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps what a test writes to standard output and error (the warnings, errors and stack traces
 * logged by tests of failures provoked on purpose: a rule that throws, a port in use, a refused
 * reload) and prints it only when the test fails, so that a green build's log shows no ERROR,
 * WARN or stack trace that is not a problem. Registered for every test class through
 * {@code META-INF/services} and {@code junit-platform.properties}.
 *
 * <p>slf4j-simple writes to whatever {@code System.err} is when it logs, so its lines are caught
 * too. A test that wants to assert on a log line captures it itself (for instance the service
 * tests' {@code LogCapture}, or {@link #written()}) inside this capture. Shared by the modules'
 * tests through this test-jar; a module turns it on with a {@code META-INF/services} entry and
 * extension autodetection.
 */
public final class QuietWhenPassing implements BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback {

  /** The captures open, innermost first: the class's, then the test's. */
  private static final Deque<Capture> OPEN = new ArrayDeque<>();

  private record Capture(PrintStream out, PrintStream err, ByteArrayOutputStream kept) {}

  private static synchronized void open() {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    OPEN.push(new Capture(System.out, System.err, kept));
    PrintStream both = new PrintStream(kept, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
  }

  private static synchronized void close(ExtensionContext context) {
    Capture capture = OPEN.poll();
    if (capture == null) {
      return;
    }
    System.out.flush();
    System.setOut(capture.out());
    System.setErr(capture.err());
    if (context.getExecutionException().isPresent() && capture.kept().size() > 0) {
      // To the real standard error, past the class's capture, which keeps back what it holds.
      PrintStream real = OPEN.isEmpty() ? capture.err() : OPEN.peekLast().err();
      real.println("--- what " + context.getDisplayName() + " wrote before it failed:");
      real.print(capture.kept().toString(StandardCharsets.UTF_8));
      real.flush();
    }
  }

  /**
   * What the running test has written so far, its log lines included, for a test that asserts
   * on what it logged; empty outside a test.
   */
  public static synchronized String written() {
    Capture capture = OPEN.peek();
    if (capture == null) {
      return "";
    }
    System.out.flush();
    System.err.flush();
    return capture.kept().toString(StandardCharsets.UTF_8);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    open();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    open();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close(context);
  }
}
