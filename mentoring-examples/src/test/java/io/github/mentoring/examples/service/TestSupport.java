package io.github.mentoring.examples.service;

import io.github.mentoring.rules.HealthCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Helpers of the service tests: rules that misbehave, raw HTTP, and captured log output. */
final class TestSupport {

  private TestSupport() {}

  /**
   * A health check with a rule file that does what designer files may not (throw, sleep): such a
   * file must be trusted in code, which the service and the command line never do.
   */
  static HealthCheck.Builder trustedRules(String name, String drl) {
    return HealthCheck.builder().addTrustedRules(name, drl);
  }

  /** A rule file whose one rule runs {@code consequence} for every relationship. */
  static String ruleFile(String ruleId, String consequence) {
    return """
        package program.misbehaving;

        import io.github.mentoring.rules.facts.*;

        global io.github.mentoring.rules.facts.Findings findings;
        global io.github.mentoring.rules.Policy policy;

        rule "Misbehaves"
            @id("%s") @category("program") @severity("info")
            @description("Misbehaves, to show how the service copes")
        when
            $r : RelationshipFacts()
        then
            %s
        end
        """.formatted(ruleId, consequence);
  }

  /**
   * An HTTP answer read off a raw socket.
   *
   * @param status the status code, or 0 when nothing (or no HTTP) came back
   * @param headers the headers, names in lower case
   * @param body the body, chunked encoding undone
   */
  record RawResponse(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.getOrDefault("content-type", "");
    }
  }

  /** Sends bytes as they are and reads the answer until the server closes or 10 s pass. */
  static RawResponse raw(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading everything: read what it said.
      }
      return parse(readAll(socket.getInputStream()));
    }
  }

  static RawResponse raw(int port, String request) throws IOException {
    return raw(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] readAll(InputStream in) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) > 0) {
        all.write(buffer, 0, read);
      }
    } catch (SocketTimeoutException e) {
      // what came is all there is
    } catch (IOException e) {
      // a reset after the answer: keep what was read
    }
    return all.toByteArray();
  }

  static RawResponse parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.") || end < 0) {
      return new RawResponse(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      StringBuilder joined = new StringBuilder();
      int at = 0;
      while (at < body.length()) {
        int eol = body.indexOf("\r\n", at);
        if (eol < 0) {
          break;
        }
        int size = Integer.parseInt(body.substring(at, eol).split(";")[0].strip(), 16);
        if (size == 0) {
          break;
        }
        joined.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
        at = eol + 2 + size + 2;
      }
      body = joined.toString();
    }
    return new RawResponse(status, headers, new String(
        body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  /**
   * What the service logs while it is open: the logging of the tests (slf4j-simple) writes to
   * whatever {@code System.err} is at the time, so it is swapped for a copy that also keeps the
   * text (up to 4 MiB).
   */
  static final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    LogCapture() {
      this(true);
    }

    /** @param forward whether the log still goes to the real standard error as well */
    LogCapture(boolean forward) {
      OutputStream tee = new OutputStream() {
        @Override
        public void write(int b) {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          synchronized (kept) {
            if (kept.size() < 4 * 1024 * 1024) {
              kept.write(b, off, len);
            }
          }
          if (forward) {
            original.write(b, off, len);
          }
        }
      };
      System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    String text() {
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }

    @Override
    public void close() {
      System.err.flush();
      System.setErr(original);
    }
  }
}
