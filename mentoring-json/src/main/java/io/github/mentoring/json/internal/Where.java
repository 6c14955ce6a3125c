package io.github.mentoring.json.internal;

/**
 * Where a value is in a document, as a JSON path written only when asked for. The reader needs a
 * value's path only to report a problem with it, and a valid document has none: writing the
 * path of each of the hundreds of values of a relationship cost a tenth of reading it.
 */
final class Where {

  static final Where ROOT = new Where(null, JsonPaths.ROOT, -1);

  private final Where parent;
  private final String name;
  private final int index;
  private String path;

  private Where(Where parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.path = parent == null ? name : null;
  }

  /** The member {@code name} of the object here. */
  Where member(String name) {
    return new Where(this, name, -1);
  }

  /** The element {@code index} of the array here. */
  Where element(int index) {
    return new Where(this, null, index);
  }

  /** The path, e.g. {@code $.relationships[0].meetings[2].status}. */
  String path() {
    if (path == null) {
      path = name != null ? JsonPaths.member(parent.path(), name)
          : JsonPaths.element(parent.path(), index);
    }
    return path;
  }

  /** Whether this is an element of an array (its path ends with an index). */
  boolean isElement() {
    return parent != null && name == null;
  }

  @Override
  public String toString() {
    return path();
  }
}
