package io.github.mentoring.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The thresholds the rules read, by key (e.g. {@code fizzling.warning-factor}). Immutable and
 * thread-safe.
 *
 * <p>The defaults ship in {@code default-policy.properties} beside this class, each key with a
 * comment. A key's kind follows its default: a whole number, a decimal number, or a
 * comma-separated list of phrases. Overrides may only name known keys and must keep the kind
 * (numbers must not be negative); anything else is a {@link PolicyException} listing every
 * problem.
 *
 * <pre>{@code
 * Policy policy = Policy.defaults()
 *     .withOverrides(Path.of("program-policy.properties"))
 *     .with("fizzling.warning-factor", "2.0");
 * }</pre>
 *
 * <p>In DRL the policy is the global {@code policy}: {@code policy.integer("goals.max-active")}.
 */
public final class Policy {

  private static final String DEFAULTS = "default-policy.properties";
  private static final Policy DEFAULT_POLICY = loadDefaults();

  /** The kind of a threshold. */
  public enum Kind {
    INTEGER,
    DECIMAL,
    LIST
  }

  private final Map<String, Kind> kinds;
  private final Map<String, Object> values;
  private final Map<String, String> descriptions;
  // Kind and value side by side: rules read thresholds while matching, one lookup each.
  private final Map<String, Threshold> thresholds;

  private record Threshold(Kind kind, Object value) {}

  private Policy(Map<String, Kind> kinds, Map<String, Object> values, Map<String, String> descriptions) {
    this.kinds = kinds;
    this.values = values;
    this.descriptions = descriptions;
    Map<String, Threshold> byKey = new java.util.HashMap<>();
    kinds.forEach((key, kind) -> byKey.put(key, new Threshold(kind, values.get(key))));
    this.thresholds = byKey;
  }

  /** The shipped defaults. */
  public static Policy defaults() {
    return DEFAULT_POLICY;
  }

  /** This policy with the values of a properties file in place of its own. */
  public Policy withOverrides(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return withOverrides(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read policy file " + file, e);
    }
  }

  /** This policy with the values of properties text in place of its own. */
  public Policy withOverrides(String propertiesText) {
    try {
      return withOverrides(new StringReader(propertiesText), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Policy withOverrides(Reader reader, String source) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, String> overrides = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> overrides.put(k, properties.getProperty(k)));
    return with(overrides, source);
  }

  /** This policy with one value changed. */
  public Policy with(String key, String value) {
    return with(Map.of(key, value), "");
  }

  /** This policy with several values changed. */
  public Policy with(Map<String, String> overrides) {
    return with(overrides, "");
  }

  private Policy with(Map<String, String> overrides, String source) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> changed = new LinkedHashMap<>(values);
    new TreeMap<>(overrides).forEach((key, raw) -> {
      Kind kind = kinds.get(key);
      if (kind == null) {
        problems.add("unknown key '" + key + "'" + suggestion(key));
        return;
      }
      try {
        changed.put(key, parse(kind, raw.trim()));
      } catch (IllegalArgumentException e) {
        problems.add(key + ": " + e.getMessage());
      }
    });
    if (!problems.isEmpty()) {
      throw new PolicyException(source, problems);
    }
    return new Policy(kinds, Collections.unmodifiableMap(changed), descriptions);
  }

  /** A whole-number threshold, e.g. a number of days. */
  public int integer(String key) {
    return (Integer) value(key, Kind.INTEGER);
  }

  /** A decimal threshold, e.g. a factor. */
  public double decimal(String key) {
    return (Double) value(key, Kind.DECIMAL);
  }

  /** A list threshold, e.g. vague phrases. */
  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    return (List<String>) value(key, Kind.LIST);
  }

  /** Whether the key is known. */
  public boolean has(String key) {
    return kinds.containsKey(key);
  }

  /** Every key with its current value as text, sorted by key. */
  public Map<String, String> asText() {
    Map<String, String> text = new TreeMap<>();
    values.forEach((k, v) -> text.put(k, v instanceof List<?> l ? String.join(", ",
        l.stream().map(Object::toString).toList()) : v.toString()));
    return Collections.unmodifiableMap(text);
  }

  /** The kind of a key's value. */
  public Kind kind(String key) {
    return requireKnown(key);
  }

  /** The comment that documents a key in the defaults file. */
  public String description(String key) {
    requireKnown(key);
    return descriptions.getOrDefault(key, "");
  }

  private Object value(String key, Kind expected) {
    Threshold threshold = thresholds.get(key);
    if (threshold != null && threshold.kind() == expected) {
      return threshold.value();
    }
    Kind kind = requireKnown(key);
    if (kind != expected) {
      throw new IllegalArgumentException("Policy key '" + key + "' holds a " + kind.name()
          .toLowerCase(Locale.ROOT) + ", not a " + expected.name().toLowerCase(Locale.ROOT));
    }
    return values.get(key);
  }

  private Kind requireKnown(String key) {
    Kind kind = kinds.get(key);
    if (kind == null) {
      throw new IllegalArgumentException("Unknown policy key '" + key + "'" + suggestion(key));
    }
    return kind;
  }

  private String suggestion(String key) {
    String prefix = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key;
    List<String> near = kinds.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    return near.isEmpty() ? "" : " (known keys like it: " + String.join(", ", near) + ")";
  }

  private static Object parse(Kind kind, String raw) {
    switch (kind) {
      case INTEGER -> {
        int value;
        try {
          value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + raw + "' is not a whole number");
        }
        if (value < 0) {
          throw new IllegalArgumentException("must not be negative, was " + raw);
        }
        return value;
      }
      case DECIMAL -> {
        double value;
        try {
          value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + raw + "' is not a number");
        }
        if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
          throw new IllegalArgumentException("must be a finite number not below 0, was " + raw);
        }
        return value;
      }
      default -> {
        List<String> items = Arrays.stream(raw.split(","))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .toList();
        return items;
      }
    }
  }

  private static Kind kindOf(String raw) {
    if (raw.matches("\\d+")) {
      return Kind.INTEGER;
    }
    if (raw.matches("\\d+\\.\\d+")) {
      return Kind.DECIMAL;
    }
    return Kind.LIST;
  }

  private static Policy loadDefaults() {
    Map<String, Kind> kinds = new TreeMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> descriptions = new TreeMap<>();
    try (InputStream in = Policy.class.getResourceAsStream(DEFAULTS)) {
      Objects.requireNonNull(in, DEFAULTS + " is missing from the class path");
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder comment = new StringBuilder();
      for (String line : text.split("\\R")) {
        String trimmed = line.trim();
        if (trimmed.startsWith("#")) {
          String c = trimmed.substring(1).trim();
          if (!c.isEmpty() && !c.startsWith("==")) {
            comment.append(comment.length() == 0 ? "" : " ").append(c);
          }
        } else if (trimmed.contains("=")) {
          String key = trimmed.substring(0, trimmed.indexOf('=')).trim();
          String raw = trimmed.substring(trimmed.indexOf('=') + 1).trim();
          Kind kind = kindOf(raw);
          kinds.put(key, kind);
          values.put(key, parse(kind, raw));
          descriptions.put(key, comment.toString());
          comment.setLength(0);
        } else {
          comment.setLength(0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Policy(Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(values),
        Collections.unmodifiableMap(descriptions));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policy p && values.equals(p.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Policy" + asText();
  }
}
