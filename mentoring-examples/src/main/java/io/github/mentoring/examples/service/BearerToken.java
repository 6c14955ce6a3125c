package io.github.mentoring.examples.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The shared secret a client sends as {@code Authorization: Bearer <token>} (RFC 6750). Read from
 * a file or an environment variable, never from a command-line argument (which other users of the
 * machine can see in the process list). Its {@link #toString()} never shows the token.
 *
 * <p>A token is at least {@value #MIN_LENGTH} characters of the RFC 6750 {@code b64token}
 * alphabet (letters, digits and {@code -._~+/}, then optional {@code =}), e.g. the output of
 * {@code openssl rand -base64 32}.
 */
public final class BearerToken {

  /** The shortest token accepted: shorter ones are too easy to guess. */
  public static final int MIN_LENGTH = 16;

  private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
  private static final String SCHEME = "Bearer ";

  // Only a digest is kept: comparing digests takes the same time whatever the length and content
  // of what a client sends, so timing tells an attacker nothing about the token.
  private final byte[] digest;

  private BearerToken(String token) {
    this.digest = sha256(token);
  }

  /**
   * A token given as text.
   *
   * @throws IllegalArgumentException if it is too short or has characters a token cannot have
   *     (the message never quotes it)
   */
  public static BearerToken of(String token) {
    Objects.requireNonNull(token, "token");
    if (token.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("the token is too short: it needs at least "
          + MIN_LENGTH + " characters, it has " + token.length());
    }
    if (!B64TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException("the token may only hold letters, digits and -._~+/ "
          + "(then = signs), e.g. the output of 'openssl rand -base64 32'");
    }
    return new BearerToken(token);
  }

  /**
   * The token in a file: its content without the surrounding white space (a final newline).
   *
   * @throws IllegalArgumentException if the file cannot be read or holds no valid token
   */
  public static BearerToken fromFile(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the token file ("
          + e.getClass().getSimpleName() + ")");
    }
    try {
      return of(content.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }

  /**
   * The token in an environment variable, e.g. {@code MENTORING_TOKEN}.
   *
   * @param environment the environment, {@link System#getenv()} outside tests
   * @throws IllegalArgumentException if the variable is unset, empty or holds no valid token
   */
  public static BearerToken fromEnvironment(String name, Map<String, String> environment) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the environment variable " + name
          + " is not set or empty");
    }
    try {
      return of(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the environment variable " + name + ": "
          + e.getMessage());
    }
  }

  /**
   * Whether an {@code Authorization} header value carries this token. Takes the same time for
   * every wrong token of any length.
   *
   * @param authorization the header value, or null when the request has none
   */
  public boolean matches(String authorization) {
    if (authorization == null || authorization.length() < SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(SCHEME.length()).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Never the token itself. */
  @Override
  public String toString() {
    return "BearerToken[redacted]";
  }
}
