package io.github.mentoring.json;

import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.json.internal.JsonPaths;
import io.github.mentoring.json.internal.ProgramBinder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A program file read as a stream: the parser walks the document, and each element of its
 * {@code relationships} list is checked and built as it arrives (schema, model rules) and then
 * let go, so that memory holds a batch of relationships at a time (they are checked on every
 * core, and taken in file order), not the file. The parser copies each relationship's tokens
 * and a checking thread binds it from them into the model's builders; a relationship that is not
 * plainly valid is read as a tree to find every problem. Obtained from
 * {@link ProgramJson#open(InputStream, String)}; read {@link #relationships()} once, then close.
 *
 * <p><b>Problems.</b> A relationship with any problem is not passed on; its problems are kept, with
 * their JSON paths in the file ({@code $.relationships[7].meetings[2].status}), and the stream
 * goes on to the next one. When the document has been read to its end, a document with any
 * problem (in a relationship or in the program's own fields) ends the stream with one
 * {@link ProgramFormatException} that lists them all in document order, the first
 * {@value ProgramFormatException#MAX_PROBLEMS} with a count of all, exactly as
 * {@link ProgramJson#read(InputStream)} would. So a caller sees every valid relationship before it
 * learns that the file as a whole is refused; one that must be all or nothing (the command line's
 * report) keeps its output until the stream has ended. Text that is no JSON, a duplicate key or
 * an unknown format version ends the stream at once with that one problem.
 *
 * <p>The program's own fields are read before the relationships when the file gives them first,
 * as files written by {@link ProgramJson#write(Program)} do; a file that gives them after its
 * relationships has its relationships held in memory until they are known. Not thread-safe.
 */
public final class ProgramStream implements AutoCloseable {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // the input is closed here when this stream opened it, and else left to its owner
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      // values are read one by one from the middle of the document
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final String RELATIONSHIPS = "relationships";

  /** How many relationships are parsed at a time; one batch is parsed ahead of the one taken. */
  private static final int BATCH = 64;

  private final String source;
  private final JsonParser parser;
  private final InputStream input;
  private final boolean closeInput;
  /** The program's own members in document order; the relationships' place holds an empty list. */
  private final ObjectNode header = MAPPER.createObjectNode();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> firstIndexOfId = new HashMap<>();
  private int problemCount;
  private int index;
  private boolean version1;
  /** The relationships' elements, when the file gave them before the program's version. */
  private Iterator<JsonNode> buffered;
  /** The batch being taken, in file order, how many of it were taken, and the next batch. */
  private Batch current;
  private int taken;
  private Batch ahead;
  private boolean inArray;
  private boolean documentEnded;
  private boolean started;
  private boolean finished;

  ProgramStream(InputStream in, String source, boolean closeInput) {
    this.source = Objects.requireNonNull(source, "source");
    this.closeInput = closeInput;
    this.input = Objects.requireNonNull(in, "in");
    this.parser = MAPPER.createParser(in);
    readHeader();
  }

  /** What is read, for messages: a file name, "standard input". */
  public String source() {
    return source;
  }

  /** The program's name, if the file gave a text for it before its relationships. */
  public Optional<String> name() {
    JsonNode name = header.get("name");
    return name != null && name.isString() ? Optional.of(name.stringValue()) : Optional.empty();
  }

  /**
   * The program's "as of" date, if the file gave a valid one before its relationships: the day
   * that a health check judges the relationships as of, unless the caller names another.
   */
  public Optional<LocalDate> asOf() {
    JsonNode asOf = header.get("asOf");
    if (asOf == null || !asOf.isString()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(asOf.stringValue()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The valid relationships, in file order, each checked as it is read. The stream ends with a
   * {@link ProgramFormatException} if the document had any problem (see the class comment). It
   * can be taken once.
   *
   * @throws IllegalStateException if taken a second time
   */
  public Stream<Relationship> relationships() {
    if (started) {
      throw new IllegalStateException("the relationships of " + source + " were already taken");
    }
    started = true;
    Iterator<Relationship> iterator = new Iterator<>() {
      private Relationship next;

      @Override
      public boolean hasNext() {
        while (next == null && !finished) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public Relationship next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Relationship out = next;
        next = null;
        return out;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** Closes the parser, and the input if this stream opened it. */
  @Override
  public void close() {
    for (Batch batch : new Batch[] {current, ahead}) {
      if (batch != null) {
        batch.tasks().forEach(Check::cancel);
      }
    }
    parser.close();
    if (closeInput) {
      try {
        input.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + source, e);
      }
    }
  }

  // ---- the document around the relationships ------------------------------------------------

  private void readHeader() {
    JsonToken first = token();
    if (first == null) {
      throw refuse(JsonPaths.ROOT, "is empty; a program file is a JSON object");
    }
    if (first != JsonToken.START_OBJECT) {
      JsonNode value = tree();
      throw refuse(JsonPaths.ROOT, "must be a JSON object, found " + JsonInput.describe(value));
    }
    readMembersUntilRelationships();
  }

  /**
   * Reads the program's members up to the start of its relationships list, or to the end of the
   * document. A relationships list met before the format version is held as a tree, and the
   * document read to its end, so that the version is known before any relationship is read.
   */
  private void readMembersUntilRelationships() {
    while (true) {
      JsonToken token = token();
      if (token == JsonToken.END_OBJECT) {
        JsonToken trailing = token();
        if (trailing != null) {
          throw refuse(JsonPaths.ROOT, "is not valid JSON" + where() + ": Trailing token ("
              + trailing + ") found after the program's object");
        }
        documentEnded = true;
        if (buffered != null) {
          startRelationships();
        }
        return;
      }
      String name = parser.currentName();
      JsonToken value = token();
      if (name.equals(RELATIONSHIPS) && value == JsonToken.START_ARRAY) {
        header.set(RELATIONSHIPS, MAPPER.createArrayNode());
        if (header.has("formatVersion")) {
          startRelationships();
          inArray = true;
          return;
        }
        buffered = ((ArrayNode) tree()).iterator();
        continue;
      }
      header.set(name, tree());
      if (name.equals("formatVersion")) {
        ProgramJson.refuseUnknownVersion(header, source);
      }
    }
  }

  private void startRelationships() {
    ProgramJson.refuseUnknownVersion(header, source);
    version1 = ProgramJson.isVersion(header, 1);
  }

  /** The next valid relationship, or null when this step found none (a bad one, or the end). */
  private Relationship advance() {
    if (current != null) {
      if (taken < current.tasks().size()) {
        return relationship(outcomeOf(current.tasks(), taken++));
      }
      RuntimeException failure = current.failure();
      current = null;
      if (failure != null) {
        finished = true;
        throw failure;
      }
    }
    if (ahead == null) {
      ahead = parseBatch();
    }
    if (ahead != null) {
      current = ahead;
      taken = 0;
      // The next batch is parsed here while the pool checks this one, so that the checking
      // threads do not wait on the parser between batches.
      ahead = current.failure() == null ? parseBatch() : null;
      return null;
    }
    if (!documentEnded) {
      readMembersUntilRelationships();
    }
    finishDocument();
    return null;
  }

  /**
   * Parses the next batch of elements and hands each to the pool to be checked; null when there
   * is none. Text that is no JSON ends the batch; its problem is raised when the relationships
   * parsed before it have been taken, as if the batch had not been read ahead.
   */
  private Batch parseBatch() {
    List<Element> batch = new ArrayList<>(BATCH);
    RuntimeException failure = null;
    try {
      if (buffered != null) {
        while (batch.size() < BATCH && buffered.hasNext()) {
          batch.add(new Element(null, buffered.next()));
        }
        if (batch.isEmpty()) {
          buffered = null;
        }
      } else if (inArray) {
        while (batch.size() < BATCH) {
          if (token() == JsonToken.END_ARRAY) {
            inArray = false;
            break;
          }
          batch.add(new Element(tokens(), null));
        }
      }
    } catch (ProgramFormatException | UncheckedIOException e) {
      failure = e;
      finished = false; // until it is raised
    }
    if (batch.isEmpty() && failure == null) {
      return null;
    }
    // Checking and building a relationship costs far more than parsing it: each is checked on
    // the common pool, or by the taker when no pool thread has started it yet.
    boolean countOnly = problems.size() >= ProgramFormatException.MAX_PROBLEMS;
    List<Check> tasks = new ArrayList<>(batch.size());
    for (Element element : batch) {
      Check task = new Check(element, countOnly);
      tasks.add(task);
      ForkJoinPool.commonPool().execute(task);
    }
    return new Batch(tasks, failure);
  }

  /**
   * The outcome of the check at {@code index}, made here if no pool thread has started it; while
   * a pool thread is at it, this thread checks others of the batch, from its end.
   */
  private Outcome outcomeOf(List<Check> tasks, int index) {
    Check task = tasks.get(index);
    task.run();
    for (int other = tasks.size() - 1; !task.result.isDone() && other > index; other--) {
      tasks.get(other).run();
    }
    Outcome outcome;
    try {
      outcome = task.result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
    // Once the problems kept reach the limit, only the schema counts a relationship's problems;
    // one checked ahead of that moment is checked again the same way, so counts do not change.
    boolean countOnly = problems.size() >= ProgramFormatException.MAX_PROBLEMS;
    return outcome.countOnly() == countOnly ? outcome : outcome(outcome.element(), countOnly);
  }

  /** Parsed elements being checked, and the failure that ended their parse, if any. */
  private record Batch(List<Check> tasks, RuntimeException failure) {}

  /** The check of one element, made once: by the first thread, of the pool or the taker, to run it. */
  private final class Check implements Runnable {
    private final Element element;
    private final boolean countOnly;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<Outcome> result = new CompletableFuture<>();

    Check(Element element, boolean countOnly) {
      this.element = element;
      this.countOnly = countOnly;
    }

    @Override
    public void run() {
      if (claimed.compareAndSet(false, true)) {
        try {
          result.complete(outcome(element, countOnly));
        } catch (RuntimeException | Error e) {
          result.completeExceptionally(e);
        }
      }
    }

    /**
     * Leaves it unmade when the stream is closed before it was taken; a taker that comes later
     * all the same is told so rather than left waiting.
     */
    void cancel() {
      if (claimed.compareAndSet(false, true)) {
        result.completeExceptionally(new IllegalStateException("the stream of " + source
            + " was closed before this relationship was read"));
      }
    }
  }

  /** A relationship's element, and what checking it gave: the relationship, or its problems. */
  private record Outcome(Element element, boolean countOnly, Relationship relationship,
      ProgramFormatException problems) {}

  /**
   * One element of the relationships list as parsed: its tokens, or its tree when it was held
   * before the program's version was known. The parser here copies the tokens (far cheaper than
   * building a tree) and a checking thread binds the relationship from them; the tree, which the
   * reader that reports problems needs, is made only for an element that is not plainly valid.
   */
  private static final class Element {
    private final TokenBuffer tokens;
    private JsonNode tree;

    Element(TokenBuffer tokens, JsonNode tree) {
      this.tokens = tokens;
      this.tree = tree;
    }

    JsonParser parser() {
      return tree != null ? MAPPER.treeAsTokens(tree) : tokens.asParser();
    }

    JsonNode tree() {
      if (tree == null) {
        tree = MAPPER.readTree(tokens.asParser());
      }
      return tree;
    }
  }

  private Outcome outcome(Element element, boolean countOnly) {
    if (!version1) {
      Relationship bound = ProgramBinder.relationship(element.parser());
      if (bound != null) {
        return new Outcome(element, countOnly, bound, null);
      }
    }
    try {
      return new Outcome(element, countOnly,
          ProgramJson.readElement(element.tree(), version1, source, countOnly), null);
    } catch (ProgramFormatException e) {
      return new Outcome(element, countOnly, null, e);
    }
  }

  private void finishDocument() {
    finished = true;
    List<Problem> own = new ArrayList<>();
    int ownCount = 0;
    // The relationships were checked one by one (the header holds an empty list in their place,
    // or whatever else the file gave there); the program's own fields are checked here.
    ObjectNode checked = header.deepCopy();
    try {
      ProgramJson.readTree(checked, source);
    } catch (ProgramFormatException e) {
      own.addAll(e.problems());
      ownCount = e.problemCount();
    }
    if (own.isEmpty() && problems.isEmpty()) {
      return;
    }
    Comparator<String> order = JsonPaths.documentOrder(header);
    List<Problem> all = new ArrayList<>(own);
    all.addAll(problems);
    // Stable: the relationships' problems keep their order, which is the document's.
    all.sort((a, b) -> order.compare(topLevel(a.path()), topLevel(b.path())));
    List<Problem> distinct = List.copyOf(new LinkedHashSet<>(all));
    throw new ProgramFormatException(source, distinct,
        ownCount + problemCount - (all.size() - distinct.size()));
  }

  /** The member of the program a path is in: {@code $.relationships[3].id} is in relationships. */
  private static String topLevel(String path) {
    int end = 2;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    return path.length() <= 2 ? path : path.substring(0, end);
  }

  // ---- one relationship ---------------------------------------------------------------------

  private Relationship relationship(Outcome outcome) {
    Element element = outcome.element();
    int at = index++;
    String path = "$.relationships[" + at + "]";
    Relationship out = outcome.relationship();
    // this relationship's problems, at paths within it ($.meetings[2].status)
    List<Problem> own = new ArrayList<>(0);
    int ownCount = 0;
    if (outcome.problems() != null) {
      outcome.problems().problems().forEach(p -> own.add(within(p)));
      ownCount += outcome.problems().problemCount();
    }
    // A relationship read has its id; else the id is taken from the document.
    String id = out != null ? out.getId() : element.tree().path("id").stringValue(null);
    if (id != null && !id.isBlank()) {
      Integer earlier = firstIndexOfId.putIfAbsent(id, at);
      if (earlier != null) {
        ownCount++;
        own.add(new Problem("$.id", "duplicates the id of relationships[" + earlier + "]: '"
            + id + "'"));
      }
    }
    if (ownCount == 0) {
      return out;
    }
    if (own.size() > 1) {
      Comparator<String> order = JsonPaths.documentOrder(element.tree());
      own.sort((a, b) -> order.compare(a.path(), b.path()));
    }
    for (Problem p : own) {
      if (problems.size() < ProgramFormatException.MAX_PROBLEMS) {
        problems.add(new Problem(path + p.path().substring(1), p.message()));
      }
    }
    problemCount += ownCount;
    return null;
  }

  /** A problem of a relationship read as a program of one, at its path within the relationship. */
  private static Problem within(Problem problem) {
    String p = problem.path();
    String wrapped = ProgramJson.WRAPPED;
    if (p.startsWith(wrapped)) {
      return new Problem("$" + p.substring(wrapped.length()), problem.message());
    }
    return new Problem("$", problem.message());
  }

  // ---- parsing ------------------------------------------------------------------------------

  private JsonToken token() {
    try {
      return parser.nextToken();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot read " + source, e.getCause());
    } catch (JacksonException e) {
      throw notJson(e);
    }
  }

  /** The value at the parser's current token, copied as tokens (cheaper than a tree). */
  private TokenBuffer tokens() {
    try {
      TokenBuffer tokens = TokenBuffer.forBuffering(parser, ObjectReadContext.empty());
      tokens.copyCurrentStructure(parser);
      return tokens;
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot read " + source, e.getCause());
    } catch (JacksonException e) {
      throw notJson(e);
    }
  }

  private JsonNode tree() {
    try {
      return MAPPER.readTree(parser);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot read " + source, e.getCause());
    } catch (JacksonException e) {
      throw notJson(e);
    }
  }

  private ProgramFormatException notJson(JacksonException e) {
    finished = true;
    String where = e instanceof StreamReadException read && read.getLocation() != null
        && read.getLocation().getLineNr() > 0
        ? " at line " + read.getLocation().getLineNr() + ", column "
            + read.getLocation().getColumnNr() : "";
    return new ProgramFormatException(source, List.of(new Problem(JsonPaths.ROOT,
        "is not valid JSON" + where + ": " + JsonInput.parserMessage(e))));
  }

  private String where() {
    var location = parser.currentLocation();
    return location == null || location.getLineNr() < 1 ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private ProgramFormatException refuse(String path, String message) {
    finished = true;
    return new ProgramFormatException(source, List.of(new Problem(path, message)));
  }
}
