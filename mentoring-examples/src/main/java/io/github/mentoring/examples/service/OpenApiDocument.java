package io.github.mentoring.examples.service;

import io.github.mentoring.examples.report.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service's HTTP contract, an OpenAPI 3.1 document, as {@code GET /openapi.json} serves it.
 *
 * <p>The copy kept in the repository ({@value #RESOURCE}) refers to the formats' JSON Schemas
 * (program, report, catalogue) by their {@code $id}, {@code https://mentoring-health.github.io/
 * mentoring/schemas/NAME.schema.json}: the same files that the readers and the tests validate
 * with, so the contract cannot describe another format than the one the code reads and writes.
 * Those addresses are names, not hosted files, so the served copy is self-contained: each schema
 * referenced is read from the classpath at start-up and inlined under
 * {@code components/schemas/NAME}, and every reference to it (its own {@code #/$defs/...} ones
 * included) is rewritten to point there. A client or a code generator then needs one request and
 * no network access to resolve anything.
 */
final class OpenApiDocument {

  /** The classpath resource of the document as kept in the repository. */
  static final String RESOURCE = "openapi/openapi.json";

  /** The start of every schema's {@code $id}: a reference that begins so is inlined. */
  static final String SCHEMA_ID_PREFIX = "https://mentoring-health.github.io/mentoring/schemas/";

  private static final String SCHEMA_FOLDER = "schemas/";
  private static final String SUFFIX = ".schema.json";
  private static final String COMPONENT = "#/components/schemas/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private OpenApiDocument() {}

  /** The served text, built once: the document and the schemas do not change while it runs. */
  private static final class Served {
    static final String TEXT = JsonOutput.pretty(bundle(kept(), OpenApiDocument::schema));
  }

  /**
   * The document as served, with the schemas inlined.
   *
   * @throws IllegalStateException if the document or a schema it references is missing or
   *     cannot be inlined (a build that ships it so is broken; the tests hold it)
   */
  static String served() {
    return Served.TEXT;
  }

  /** The document as kept in the repository, references by {@code $id} and all. */
  static ObjectNode kept() {
    return (ObjectNode) read(RESOURCE);
  }

  /**
   * The document with every schema it references by {@code $id} inlined under
   * {@code components/schemas}, named by its file name without {@code .schema.json}.
   *
   * @param document the document as kept; not changed
   * @param schemas the schema of each file name, e.g. {@code report.schema.json}
   */
  static ObjectNode bundle(ObjectNode document, Function<String, JsonNode> schemas) {
    ObjectNode bundled = document.deepCopy();
    JsonNode components = bundled.path("components");
    if (!components.isObject()) {
      components = bundled.putObject("components");
    }
    JsonNode existing = components.path("schemas");
    ObjectNode target = existing.isObject() ? (ObjectNode) existing
        : ((ObjectNode) components).putObject("schemas");
    Set<String> ownNames = Set.copyOf(target.propertyNames());
    Deque<String> pending = new ArrayDeque<>();
    rewrite(bundled, null, pending);
    Set<String> inlined = new HashSet<>();
    while (!pending.isEmpty()) {
      String file = pending.removeFirst();
      if (!inlined.add(file)) {
        continue;
      }
      String name = file.substring(0, file.length() - SUFFIX.length());
      if (ownNames.contains(name)) {
        throw new IllegalStateException("components/schemas/" + name
            + " is the document's own and the inlined " + file + " at once");
      }
      JsonNode found = Objects.requireNonNull(schemas.apply(file), file);
      if (!found.isObject()) {
        throw new IllegalStateException(file + " is not a JSON Schema object");
      }
      ObjectNode schema = (ObjectNode) found.deepCopy();
      // Its $id would make the rewritten references resolve against the schema's own address.
      JsonNode id = schema.remove("$id");
      schema.remove("$schema");
      schema.put("$comment", "Inlined from " + (id == null ? file : id.asString())
          + " by the service.");
      rewrite(schema, file, pending);
      target.set(name, schema);
    }
    return bundled;
  }

  /**
   * Rewrites the references in {@code node} that point into a schema file. In the document
   * itself ({@code file} null) only references by {@code $id} do; in a schema, its own
   * {@code #...} and relative ones too.
   */
  private static void rewrite(JsonNode node, String file, Deque<String> pending) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isString()) {
        String inlined = inlinedReference(ref.stringValue(), file, pending);
        if (inlined != null) {
          object.put("$ref", inlined);
        }
      }
      for (Map.Entry<String, JsonNode> member : List.copyOf(object.properties())) {
        rewrite(member.getValue(), file, pending);
      }
    } else if (node != null && node.isArray()) {
      for (JsonNode element : node) {
        rewrite(element, file, pending);
      }
    }
  }

  /** Where a reference points once its schema is inlined; null to leave it as it is. */
  private static String inlinedReference(String ref, String file, Deque<String> pending) {
    String address;
    if (ref.startsWith(SCHEMA_ID_PREFIX)) {
      address = ref.substring(SCHEMA_ID_PREFIX.length());
    } else if (file == null) {
      return null; // the document's own references, e.g. #/components/responses/NotFound
    } else if (ref.startsWith("#")) {
      address = file + ref;
    } else if (!ref.contains(":") && !ref.startsWith("/")) {
      address = ref; // relative to the schema's $id: a file beside it
    } else {
      throw new IllegalStateException(file + " refers to " + ref
          + ", which is not one of the project's schemas");
    }
    int hash = address.indexOf('#');
    String target = hash < 0 ? address : address.substring(0, hash);
    String fragment = hash < 0 ? "" : address.substring(hash + 1);
    if (!target.endsWith(SUFFIX) || target.contains("/")) {
      throw new IllegalStateException("cannot inline " + ref + ": not a schema file of "
          + SCHEMA_ID_PREFIX);
    }
    if (!fragment.isEmpty() && !fragment.startsWith("/")) {
      throw new IllegalStateException("cannot inline " + ref
          + ": only JSON pointer fragments (#/$defs/...) are supported");
    }
    pending.addLast(target);
    return COMPONENT + target.substring(0, target.length() - SUFFIX.length()) + fragment;
  }

  /** A schema file from the classpath, where the modules that own the formats put them. */
  static JsonNode schema(String file) {
    return read(SCHEMA_FOLDER + file);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the classpath has no " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
