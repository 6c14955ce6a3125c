package io.github.mentoring.json;

import io.github.mentoring.json.internal.JsonPaths;
import io.github.mentoring.json.internal.JsonValues;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas (draft 2020-12) of this library's file formats, loaded from the classpath by
 * name: the schema named {@code program} is the resource {@code schemas/program.schema.json}.
 * Every schema's {@code $id} is {@link #ID_PREFIX} followed by its file name, and references
 * between schemas resolve to the classpath, never to the network.
 *
 * <p>{@link #validate(String, JsonNode)} reports each violation as a {@link Problem} with the JSON
 * path of the value concerned (for an unknown or missing field, the path of that field) and a
 * plain message, in document order. Loaded schemas are cached; all methods are thread-safe.
 */
public final class Schemas {

  /** The name of the program file schema. */
  public static final String PROGRAM = "program";

  /** The start of every schema's {@code $id}; the file name follows. */
  public static final String ID_PREFIX = "https://mentoring-health.github.io/mentoring/schemas/";

  private static final String RESOURCE_FOLDER = "schemas/";
  private static final String SUFFIX = ".schema.json";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaLoader(loader -> loader.schemaIdResolvers(
          ids -> ids.mapPrefix(ID_PREFIX, "classpath:" + RESOURCE_FOLDER))));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The classpath resource of a schema, e.g. {@code schemas/program.schema.json}. */
  public static String resourceName(String name) {
    return RESOURCE_FOLDER + checkName(name) + SUFFIX;
  }

  /** The {@code $id} of a schema, e.g. {@code ID_PREFIX + "program.schema.json"}. */
  public static String id(String name) {
    return ID_PREFIX + checkName(name) + SUFFIX;
  }

  /**
   * The schema document itself, e.g. to list the properties of a definition. Each call returns a
   * fresh copy.
   *
   * @throws IllegalArgumentException if there is no schema of this name on the classpath
   */
  public static JsonNode document(String name) {
    return loadDocument(name).deepCopy();
  }

  /**
   * Validates a JSON value against a schema.
   *
   * @param name the schema's name, e.g. {@link #PROGRAM}
   * @param instance the value to check
   * @return the first {@value ProgramFormatException#MAX_PROBLEMS} violations, in document
   *     order; empty when the value is valid
   * @throws IllegalArgumentException if there is no schema of this name on the classpath
   */
  public static List<Problem> validate(String name, JsonNode instance) {
    return check(name, instance, ProgramFormatException.MAX_PROBLEMS).problems();
  }

  /**
   * The violations of a schema found in a value: the first ones, and how many in all.
   *
   * @param problems the first violations found, in document order, at most the limit asked for
   * @param count how many violations were found in all (errors the schema reports twice for one
   *     place may be counted twice beyond the first ones)
   */
  public record Validation(List<Problem> problems, int count) {
    /** Copies the problems. */
    public Validation {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Validates a JSON value against a schema, keeping the first {@code limit} violations and
   * counting the others: a document of a million bad values costs time, not a million problems
   * in memory.
   *
   * @param name the schema's name, e.g. {@link #PROGRAM}
   * @param instance the value to check
   * @param limit how many violations to keep, at least 1
   * @throws IllegalArgumentException if there is no schema of this name on the classpath
   */
  public static Validation check(String name, JsonNode instance, int limit) {
    Objects.requireNonNull(instance, "instance");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Schema schema = SCHEMAS.computeIfAbsent(checkName(name), n -> {
      loadDocument(n); // fails clearly when the resource is missing
      return REGISTRY.getSchema(SchemaLocation.of(id(n)));
    });
    // The validator adds every error to the context's list; this one keeps only the first
    // errors (a few more than the limit, since some repeat a place) and counts the rest.
    CappedErrors errors = new CappedErrors(limit * 2);
    Set<String> replaced = new HashSet<>();
    JsonNode checked = withoutHugeNumbers(instance, replaced);
    schema.validate(checked, context -> context.setErrors(errors));
    Set<Problem> problems = new LinkedHashSet<>();
    for (Error error : errors.kept) {
      Problem problem = toProblem(error);
      if (!replaced.contains(problem.path())) {
        problems.add(problem);
      }
    }
    int count = problems.size() + errors.dropped;
    List<Problem> sorted = new ArrayList<>(problems);
    if (sorted.size() > 1) {
      Comparator<String> order = JsonPaths.documentOrder(instance);
      sorted.sort((a, b) -> order.compare(a.path(), b.path()));
    }
    return new Validation(sorted.size() <= limit ? sorted : sorted.subList(0, limit),
        count);
  }

  /**
   * The value to validate: the instance itself, or a copy in which every number that the
   * validator cannot compare with a bound is replaced by 1, with the paths replaced. The
   * validator's minimum and maximum checks throw on such numbers (1e19 cannot be made a
   * {@code long}, a 400-digit integer not a {@code double}), which would make bad input an
   * internal error. 1 meets every bound and constant of the schemas; what the validator says at a
   * replaced path is about 1, not the value, and is dropped: the reader reports those values.
   */
  private static JsonNode withoutHugeNumbers(JsonNode instance, Set<String> replaced) {
    if (!hasHugeNumber(instance)) {
      return instance;
    }
    JsonNode copy = instance.deepCopy();
    replaceHugeNumbers(copy, JsonPaths.ROOT, replaced);
    return copy;
  }

  /** Whether the validator can compare a number with an integer or a decimal bound. */
  private static boolean isHuge(JsonNode number) {
    if (number.isIntegralNumber()) {
      return !number.canConvertToLong();
    }
    // Not number.doubleValue(): Jackson refuses that for a decimal beyond the double range
    // (1e400 in a tree a caller built), where BigDecimal answers infinity.
    double value = number.isBigDecimal() ? number.decimalValue().doubleValue()
        : number.doubleValue();
    return !Double.isFinite(value) || Math.abs(value) >= 0x1p53;
  }

  private static boolean hasHugeNumber(JsonNode node) {
    if (node.isNumber()) {
      return isHuge(node);
    }
    for (JsonNode child : node) {
      if (hasHugeNumber(child)) {
        return true;
      }
    }
    return false;
  }

  private static void replaceHugeNumbers(JsonNode node, String path, Set<String> replaced) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        String at = JsonPaths.member(path, name);
        if (value.isNumber() && isHuge(value)) {
          object.put(name, 1);
          replaced.add(at);
        } else {
          replaceHugeNumbers(value, at, replaced);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        String at = JsonPaths.element(path, i);
        if (value.isNumber() && isHuge(value)) {
          array.set(i, IntNode.valueOf(1));
          replaced.add(at);
        } else {
          replaceHugeNumbers(value, at, replaced);
        }
      }
    }
  }

  /**
   * The validator's error list, bounded: errors past the capacity are counted and dropped. Its
   * size stops growing at the capacity, so a keyword that compares sizes to see whether its
   * sub-schema added errors can misjudge only after the problems kept are complete.
   */
  private static final class CappedErrors extends AbstractList<Error> {
    private final int capacity;
    private final List<Error> kept = new ArrayList<>();
    private int dropped;

    CappedErrors(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public boolean add(Error error) {
      if (kept.size() < capacity) {
        kept.add(error);
      } else {
        dropped++;
      }
      return true;
    }

    @Override
    public Error get(int index) {
      return kept.get(index);
    }

    @Override
    public int size() {
      return kept.size();
    }

    @Override
    public void clear() {
      kept.clear();
      dropped = 0;
    }
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    String bare = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    if (!NAME.matcher(bare).matches()) {
      throw new IllegalArgumentException("not a schema name: '" + name
          + "' (use lowercase letters, digits and hyphens, e.g. \"" + PROGRAM + "\")");
    }
    return bare;
  }

  private static JsonNode loadDocument(String name) {
    String bare = checkName(name);
    return DOCUMENTS.computeIfAbsent(bare, n -> {
      String resource = RESOURCE_FOLDER + n + SUFFIX;
      ClassLoader loader = Schemas.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no schema named '" + n + "': the classpath has no "
              + resource);
        }
        return MAPPER.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    });
  }

  /** The schema document an error's keyword lives in, if it is one of ours. */
  private static JsonNode documentOf(SchemaLocation location) {
    String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
    if (!iri.startsWith(ID_PREFIX) || !iri.endsWith(SUFFIX)) {
      return null;
    }
    try {
      return loadDocument(iri.substring(ID_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The schema object holding the keyword that failed, e.g. {@code $defs/Meeting} for its {@code additionalProperties}. */
  private static JsonNode keywordOwner(Error error) {
    JsonNode document = documentOf(error.getSchemaLocation());
    NodePath fragment = error.getSchemaLocation().getFragment();
    if (document == null || fragment == null) {
      return null;
    }
    JsonNode node = document;
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      Object element = fragment.getElement(i);
      node = element instanceof Integer index ? node.path(index) : node.path(String.valueOf(element));
    }
    return node.isObject() ? node : null;
  }

  static String path(NodePath location) {
    String path = JsonPaths.ROOT;
    if (location == null) {
      return path;
    }
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index
          ? JsonPaths.element(path, index)
          : JsonPaths.member(path, String.valueOf(element));
    }
    return path;
  }

  private static Problem toProblem(Error error) {
    String at = path(error.getInstanceLocation());
    String keyword = String.valueOf(error.getKeyword());
    JsonNode owner = keywordOwner(error);
    JsonNode value = error.getInstanceNode();
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    switch (keyword) {
      case "required": {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(args[0]);
        return new Problem(JsonPaths.member(at, property), "is required but missing");
      }
      case "additionalProperties":
      case "unevaluatedProperties": {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(args[0]);
        List<String> allowed = owner == null ? List.of()
            : List.copyOf(owner.path("properties").propertyNames());
        return new Problem(JsonPaths.member(at, property), JsonPaths.unknownField(property, allowed));
      }
      case "type": {
        String expected = args.length > 1 ? String.valueOf(args[1]) : "another type";
        return new Problem(at, "must be " + JsonValues.typeName(expected) + ", found "
            + JsonValues.describe(value) + nullHint(value, at));
      }
      case "enum": {
        List<String> names = new ArrayList<>();
        error.getSchemaNode().forEach(n -> names.add(n.isString() ? n.stringValue() : n.toString()));
        return new Problem(at, "must be one of " + JsonValues.quotedList(names) + ", found "
            + JsonValues.describe(value) + nullHint(value, at)
            + JsonValues.suggestion(value, names));
      }
      case "const":
        return new Problem(at, "must be " + error.getSchemaNode() + ", found "
            + JsonValues.describe(value));
      case "pattern":
        return new Problem(at, patternMessage(owner, value));
      case "minimum":
        return new Problem(at, "must be at least " + error.getSchemaNode() + ", found " + value);
      case "maximum":
        return new Problem(at, "must be at most " + error.getSchemaNode() + ", found " + value);
      case "exclusiveMinimum":
        return new Problem(at, "must be greater than " + error.getSchemaNode() + ", found " + value);
      case "exclusiveMaximum":
        return new Problem(at, "must be less than " + error.getSchemaNode() + ", found " + value);
      case "uniqueItems":
        return new Problem(at, "must not list the same value twice");
      default:
        return new Problem(at, withoutValue(String.valueOf(error.getMessage()), value));
    }
  }

  /**
   * A validator's own message with the value's text taken out: its messages may quote the value,
   * and a value in the wrong place may be confidential text.
   */
  private static String withoutValue(String message, JsonNode value) {
    String out = message;
    if (value != null && value.isString() && !value.stringValue().isEmpty()) {
      out = out.replace(value.stringValue(), "(the value)");
    }
    return out;
  }

  private static String patternMessage(JsonNode owner, JsonNode value) {
    if (owner != null && owner.path("examples").isArray() && !owner.path("examples").isEmpty()) {
      String what = owner.path("title").isString() ? owner.path("title").stringValue() : "value";
      List<String> examples = new ArrayList<>();
      owner.path("examples").forEach(e -> examples.add(e.asString()));
      return "must be a " + what + " such as " + String.join(" or ", examples) + ", found "
          + JsonValues.describe(value);
    }
    if (owner != null && "\\S".equals(owner.path("pattern").asString(""))) {
      return "must not be blank";
    }
    String pattern = owner == null ? "" : " " + owner.path("pattern").asString("");
    return "does not match the expected pattern" + pattern + ", found " + JsonValues.describe(value);
  }

  private static String nullHint(JsonNode value, String path) {
    if (value == null || !value.isNull()) {
      return "";
    }
    return path.endsWith("]") ? " (a list holds no nulls)" : " (leave out a field that has no value)";
  }
}
