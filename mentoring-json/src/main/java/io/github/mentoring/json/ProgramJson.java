package io.github.mentoring.json;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.internal.FormatUpgrade;
import io.github.mentoring.json.internal.JsonPaths;
import io.github.mentoring.json.internal.ProgramBinder;
import io.github.mentoring.json.internal.ProgramTreeReader;
import io.github.mentoring.json.internal.ProgramTreeWriter;
import io.github.mentoring.json.internal.ReadContext;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes program files: JSON documents in the format described by
 * {@code schemas/program.schema.json} and {@code FORMAT.md}.
 *
 * <p>Reading is all or nothing. A document with any problem yields no {@link Program}: one
 * {@link ProgramFormatException} lists the problems with their JSON paths (the first
 * {@value ProgramFormatException#MAX_PROBLEMS}, with a count of all), in this order of checks:
 *
 * <ol>
 *   <li>the text must be one JSON object, without duplicate keys (else one problem, at the place
 *       the parser stopped);
 *   <li>a {@code formatVersion} other than 1 or {@value Program#CURRENT_FORMAT_VERSION} is
 *       refused at once, without looking further; a version 1 document is read as version 2 after
 *       its replaced fields are mapped ({@code endedEarly} and {@code earlyEndReason} to
 *       {@code earlyEnd}, {@code acknowledged} to {@code thankedBy}), its problems reported at the
 *       names it uses; a version 2 document that still uses a replaced field is told what
 *       replaced it;
 *   <li>the document is mapped to the model, each object built after its children so that the
 *       model's rules are checked everywhere, and every member checked as it is read (unknown
 *       fields, wrong types, missing required fields, values of the wrong form: all that the
 *       schema says); a document with any problem is also checked against the schema, whose
 *       problems are reported with the reader's, and a rule broken only because an earlier
 *       problem left a value out is not reported again. (A valid document is not checked
 *       against the schema a second time: the reader refuses all that the schema refuses.)
 * </ol>
 *
 * <p>A valid document is bound straight from the parser's tokens into the model's builders,
 * without a JSON tree; only a document that is not plainly valid is read as a tree, by the reader
 * that finds and reports every problem above. Which way a document takes never changes the
 * result: the binder accepts nothing the reader refuses and reads what it accepts as an equal
 * value.
 *
 * <p>Whole numbers are JSON integers (no fraction, no exponent, within {@code int}); dates and
 * date-times lie between {@code HealthCheck.EARLIEST_CHECK_DATE} and
 * {@code HealthCheck.LATEST_CHECK_DATE}; periods and durations are at most 1000 years. No message
 * repeats the text of a string value, which may be confidential.
 *
 * <p>Writing produces the current format (version {@value Program#CURRENT_FORMAT_VERSION}), pretty-printed with two-space indentation and a final line
 * break: absent optional values and empty lists are left out, booleans and defaulted values are
 * written. For every valid program, {@code read(write(p))} equals {@code p}.
 *
 * <p>All methods are thread-safe.
 */
public final class ProgramJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final ObjectWriter WRITER = MAPPER.writer().with(layout());

  /** Where a relationship read alone sits in the program of one that it is read as. */
  static final String WRAPPED = "$.relationships[0]";

  private static final String RELATIONSHIP_SOURCE = "relationship";

  private ProgramJson() {}

  /**
   * The layout of every JSON document the project writes: two-space indentation and
   * {@code "key": value}, so that programs and reports read and diff alike.
   */
  public static DefaultPrettyPrinter layout() {
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /**
   * Reads a program file (UTF-8).
   *
   * @throws ProgramFormatException listing every problem, if the file is not a valid program
   * @throws IOException if the file cannot be read
   */
  public static Program read(Path file) throws IOException {
    try (ProgramStream stream = open(file)) {
      return collect(stream);
    }
  }

  /**
   * Reads a program from a stream (UTF-8), to its end. The stream is not closed.
   *
   * @throws ProgramFormatException listing every problem, if the content is not a valid program
   * @throws IOException if the stream cannot be read
   */
  public static Program read(InputStream in) throws IOException {
    try (ProgramStream stream = new ProgramStream(in, "input stream", false)) {
      return collect(stream);
    }
  }

  /**
   * Reads a program from JSON text (not from a file name: see {@link #read(Path)}).
   *
   * @throws ProgramFormatException listing every problem, if the text is not a valid program
   */
  public static Program read(String json) {
    Objects.requireNonNull(json, "json");
    try (ProgramStream stream = new ProgramStream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "JSON text", false)) {
      return collect(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: the text is in memory", e);
    }
  }

  /**
   * Reads a program from JSON text in UTF-8 held in memory (a request body, say), as one
   * document, on the caller's thread: a valid program is bound straight from the parser, without
   * a tree and without the stream's batches and hand-offs between threads (which cost more than
   * they save when the text is in memory already). A text with problems is read again to list
   * them: as a tree when it is small, relationship by relationship when it is of
   * 256 KiB or more (a tree of a large text is many times its size), with
   * the same problems either way.
   *
   * @throws ProgramFormatException listing every problem, if the text is not a valid program
   */
  public static Program read(byte[] json) {
    Objects.requireNonNull(json, "json");
    Program bound = ProgramBinder.program(JsonInput.parser(json));
    if (bound != null) {
      return bound;
    }
    if (json.length >= LARGE_TEXT_BYTES) {
      try (ProgramStream stream = new ProgramStream(new ByteArrayInputStream(json), "JSON text",
          false)) {
        return collect(stream);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot happen: the text is in memory", e);
      }
    }
    return readTree(JsonInput.parseObject(json, "JSON text", "a program file is a JSON object"),
        "JSON text");
  }

  /** The least size of a text held in memory whose problems are found as a stream. */
  static final int LARGE_TEXT_BYTES = 256 * 1024;

  /**
   * Reads a program that is already a JSON tree (a member of a larger document, e.g. a request
   * body bound by its framework), without writing it out as text again. The tree is not changed.
   *
   * @throws ProgramFormatException listing every problem, with paths relative to the tree's root
   */
  public static Program read(JsonNode program) {
    Objects.requireNonNull(program, "program");
    if (!program.isObject()) {
      throw new ProgramFormatException("JSON tree", List.of(new Problem(JsonPaths.ROOT,
          "must be a JSON object, found " + JsonInput.describe(program))));
    }
    // Reading changes a tree only to upgrade fields of format version 1: only such a tree is
    // copied first (a copy cost a tenth of reading a large body).
    ObjectNode root = (ObjectNode) program;
    Program bound = ProgramBinder.program(MAPPER.treeAsTokens(root));
    if (bound != null) {
      return bound;
    }
    return readTree(changedByReading(root) ? root.deepCopy() : root, "JSON tree");
  }

  /**
   * Opens a program file as a stream of relationships, each checked as it is read: for files too
   * large to hold. See {@link ProgramStream} for how problems are reported. Close the stream.
   *
   * @throws ProgramFormatException if the file is no JSON object or names an unknown format
   *     version (its other problems come at the end of the stream)
   * @throws IOException if the file cannot be opened
   */
  public static ProgramStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return new ProgramStream(new BufferedInputStream(in, 1 << 16), file.toString(), true);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens a program read from a stream (UTF-8) as a stream of relationships; see
   * {@link #open(Path)}. Closing the returned stream leaves {@code in} open.
   *
   * @param source what is read, for messages: a file name, "standard input"
   */
  public static ProgramStream open(InputStream in, String source) {
    return new ProgramStream(in, source, false);
  }

  /**
   * Reads a program from a stream (UTF-8), handing each valid relationship to {@code each} as soon
   * as it is read, in file order, without holding the program: memory holds one relationship at
   * a time. A relationship with problems is not handed on; when the input has been read, any
   * problem of the document (every one, with its JSON path, as {@link #read(InputStream)} lists
   * them) is thrown, after the valid relationships were handed on. The stream is not closed.
   *
   * @return how many relationships were handed on
   * @throws ProgramFormatException listing every problem of the document, at its end (or at once
   *     for text that is no JSON)
   * @throws IOException if the stream cannot be read
   */
  public static long stream(InputStream in, Consumer<? super Relationship> each)
      throws IOException {
    Objects.requireNonNull(each, "each");
    try (ProgramStream stream = open(in, "input stream");
        Stream<Relationship> relationships = stream.relationships()) {
      long[] count = {0};
      relationships.forEach(r -> {
        count[0]++;
        each.accept(r);
      });
      return count[0];
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Program collect(ProgramStream stream) throws IOException {
    List<Relationship> relationships;
    try {
      relationships = stream.relationships().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Program(Program.CURRENT_FORMAT_VERSION, stream.name().orElseThrow(),
        stream.asOf(), relationships);
  }

  /**
   * Writes a program as pretty-printed JSON text ending with a line break.
   */
  public static String write(Program program) {
    Objects.requireNonNull(program, "program");
    return WRITER.writeValueAsString(ProgramTreeWriter.write(program)) + "\n";
  }

  /**
   * Writes a program to a file in UTF-8, replacing any content.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Program program, Path file) throws IOException {
    Files.writeString(file, write(program), StandardCharsets.UTF_8);
  }

  /**
   * Reads one relationship in the program format, as a program file holds it in its
   * {@code relationships} list: for events, state stores and request bodies that carry one
   * relationship as JSON (UTF-8). A relationship states no format version: one that uses a field
   * of format version 1 that version 2 replaced ({@code endedEarly}, {@code earlyEndReason},
   * {@code closure.acknowledged}) is read as version 1, so that earlier records still read.
   *
   * @param json the relationship's JSON object
   * @return the relationship, valid by the model's rules
   * @throws ProgramFormatException listing every problem with its JSON path, relative to the
   *     relationship ({@code $.meetings[2].status})
   */
  public static Relationship readRelationship(byte[] json) {
    Objects.requireNonNull(json, "json");
    Relationship bound = ProgramBinder.relationship(JsonInput.parser(json));
    if (bound != null) {
      return bound;
    }
    ObjectNode relationship = JsonInput.parseObject(json, RELATIONSHIP_SOURCE,
        "a relationship is a JSON object");
    return readRelationship(relationship);
  }

  /**
   * Reads one relationship from a stream (UTF-8), to its end; see {@link #readRelationship(byte[])}.
   * The stream is not closed.
   *
   * @throws ProgramFormatException listing every problem with its JSON path, relative to the
   *     relationship
   * @throws IOException if the stream cannot be read
   */
  public static Relationship readRelationship(InputStream in) throws IOException {
    return readRelationship(in.readAllBytes());
  }

  /**
   * Reads one relationship that is already a JSON tree, without writing it out as text again;
   * see {@link #readRelationship(byte[])}. The tree is not changed.
   *
   * @throws ProgramFormatException listing every problem with its JSON path, relative to the
   *     relationship
   */
  public static Relationship readRelationship(JsonNode relationship) {
    Objects.requireNonNull(relationship, "relationship");
    if (!relationship.isObject()) {
      throw new ProgramFormatException(RELATIONSHIP_SOURCE, List.of(new Problem(JsonPaths.ROOT,
          "must be a JSON object, found " + JsonInput.describe(relationship))));
    }
    Relationship bound = ProgramBinder.relationship(MAPPER.treeAsTokens(relationship));
    if (bound != null) {
      return bound;
    }
    return readRelationship(usesVersion1Fields(relationship)
        ? (ObjectNode) relationship.deepCopy() : (ObjectNode) relationship);
  }

  /** Whether reading would change the tree: it names version 1 or holds a field it replaced. */
  private static boolean changedByReading(ObjectNode program) {
    if (isVersion(program, FormatUpgrade.VERSION_1)) {
      return true;
    }
    JsonNode relationships = program.get("relationships");
    if (relationships != null && relationships.isArray()) {
      for (JsonNode relationship : relationships) {
        if (relationship.isObject() && usesVersion1Fields(relationship)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads one relationship from JSON text; see {@link #readRelationship(byte[])}. */
  public static Relationship readRelationship(String json) {
    Objects.requireNonNull(json, "json");
    return readRelationship(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes one relationship as compact JSON (UTF-8, one line, no final line break), as a program
   * file would hold it: {@code readRelationship(writeRelationship(r))} equals {@code r}.
   */
  public static byte[] writeRelationship(Relationship relationship) {
    Objects.requireNonNull(relationship, "relationship");
    return MAPPER.writeValueAsBytes(ProgramTreeWriter.relationship(relationship));
  }

  /** Writes one relationship as compact JSON text; see {@link #writeRelationship(Relationship)}. */
  public static String writeRelationshipAsString(Relationship relationship) {
    return new String(writeRelationship(relationship), StandardCharsets.UTF_8);
  }

  private static Relationship readRelationship(ObjectNode relationship) {
    ObjectNode wrapper = MAPPER.createObjectNode();
    wrapper.put("formatVersion", usesVersion1Fields(relationship) ? FormatUpgrade.VERSION_1
        : Program.CURRENT_FORMAT_VERSION);
    wrapper.put("name", "one relationship");
    wrapper.putArray("relationships").add(relationship);
    try {
      return readTree(wrapper, RELATIONSHIP_SOURCE).relationships().get(0);
    } catch (ProgramFormatException e) {
      throw new ProgramFormatException(RELATIONSHIP_SOURCE,
          e.problems().stream().map(ProgramJson::unwrapped).toList(), e.problemCount());
    }
  }

  private static boolean usesVersion1Fields(JsonNode relationship) {
    return relationship.has("endedEarly") || relationship.has("earlyEndReason")
        || relationship.path("closure").has("acknowledged");
  }

  /** A problem of the wrapped relationship, at its path within the relationship. */
  private static Problem unwrapped(Problem problem) {
    String path = problem.path();
    if (path.startsWith(WRAPPED) && path.length() > WRAPPED.length()) {
      return new Problem("$" + path.substring(WRAPPED.length()), problem.message());
    }
    return new Problem("$", problem.message());
  }

  /**
   * Reads one element of a program's relationships list, as a program of one of the given
   * version: problems come at {@code $.relationships[0]}.
   *
   * @param countOnly when no more problems are kept: the schema alone counts them
   */
  static Relationship readElement(JsonNode element, boolean version1, String source,
      boolean countOnly) {
    ObjectNode wrapper = MAPPER.createObjectNode();
    wrapper.put("formatVersion", version1 ? FormatUpgrade.VERSION_1 : Program.CURRENT_FORMAT_VERSION);
    wrapper.put("name", "one relationship");
    wrapper.putArray("relationships").add(element);
    if (countOnly) {
      Schemas.Validation schema = Schemas.check(Schemas.PROGRAM, wrapper, 1);
      if (schema.count() > 0) {
        throw new ProgramFormatException(source, schema.problems(), schema.count());
      }
    }
    return readTree(wrapper, source).relationships().get(0);
  }

  /** Checks and maps a whole program held as a tree; throws listing every problem. */
  static Program readTree(ObjectNode root, String source) {
    refuseUnknownVersion(root, source);
    boolean version1 = isVersion(root, FormatUpgrade.VERSION_1);
    List<Problem> versionProblems = version1 ? FormatUpgrade.fromVersion1(root)
        : FormatUpgrade.replacedFields(root);
    int limit = ProgramFormatException.MAX_PROBLEMS;
    if (versionProblems.isEmpty()) {
      Program program = readWithoutSchema(root, limit);
      if (program != null) {
        return program;
      }
    }
    Schemas.Validation schema = Schemas.check(Schemas.PROGRAM, root, limit);
    List<Problem> all = new ArrayList<>(versionProblems);
    all.addAll(schema.problems());
    int count = versionProblems.size() + schema.count();
    Program program = null;
    if (count < limit) {
      // Past the limit the reader would mostly repeat what the schema found: it is skipped.
      ReadContext context = new ReadContext(schema.problems(), limit - schema.problems().size());
      program = ProgramTreeReader.read(context, root);
      all.addAll(context.problems());
      count += context.count();
    }
    if (all.isEmpty() && program != null) {
      return program;
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("the program was refused without a problem: " + source);
    }
    Comparator<String> order = JsonPaths.documentOrder(root);
    all.sort((a, b) -> order.compare(a.path(), b.path()));
    if (version1) {
      all.replaceAll(p -> new Problem(FormatUpgrade.version1Path(p.path()), p.message()));
    }
    List<Problem> distinct = List.copyOf(new LinkedHashSet<>(all));
    throw new ProgramFormatException(source, distinct, count - (all.size() - distinct.size()));
  }

  /**
   * The program, when the reader finds nothing wrong with it; else null. The reader checks all
   * that the schema does (each type, name, enumeration and pattern, every required member), so
   * a document it accepts the schema accepts too, which {@code SchemaAndReaderAgreementTest}
   * holds it to over every changed value of a rich program. The schema, which costs a third of
   * a read, then runs only on a refused document, where its problems are the ones reported.
   */
  static Program readWithoutSchema(ObjectNode root, int limit) {
    ReadContext context = new ReadContext(List.of(), limit);
    Program program = ProgramTreeReader.read(context, root);
    return context.count() == 0 ? program : null;
  }

  static boolean isVersion(JsonNode root, int expected) {
    JsonNode version = root.get("formatVersion");
    return version != null && version.isNumber() && version.canConvertToExactIntegral()
        && version.canConvertToInt() && version.asInt() == expected;
  }

  /** A version this reader does not know ends the read: the rest may follow other rules. */
  static void refuseUnknownVersion(JsonNode root, String source) {
    JsonNode version = root.get("formatVersion");
    if (version != null && version.isNumber() && version.canConvertToExactIntegral()
        && !isVersion(root, Program.CURRENT_FORMAT_VERSION)
        && !isVersion(root, FormatUpgrade.VERSION_1)) {
      throw new ProgramFormatException(source, List.of(new Problem("$.formatVersion",
          "unsupported format version " + version + ": this reader knows versions "
              + FormatUpgrade.VERSION_1 + " and " + Program.CURRENT_FORMAT_VERSION
              // Not asDouble(): a 400-digit version has no double value.
              + (version.bigIntegerValue().compareTo(
                  BigInteger.valueOf(Program.CURRENT_FORMAT_VERSION)) > 0
                  ? "; the file needs a newer version of the library" : ""))));
    }
  }
}
