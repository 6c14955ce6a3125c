package io.github.mentoring.rules;

import io.github.mentoring.rules.internal.IsoDates;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The immutable evidence map of a finding: keys in the order the rule gave them, no null key.
 *
 * <p>A bulk check keeps every finding of every report until it returns, so the garbage collector
 * copies these maps over and over: one array of key, value pairs (no hash table, no second array,
 * no cached views) and dates kept as the {@link LocalDate}s they are, shown as ISO-8601 text when
 * read (the finding's contract says evidence values are text, numbers or booleans).
 */
final class EvidenceMap implements Map<String, Object> {

  private static final EvidenceMap EMPTY = new EvidenceMap(new Object[0]);

  /** key, value, key, value, ... */
  private final Object[] pairs;

  private EvidenceMap(Object[] pairs) {
    this.pairs = pairs;
  }

  /**
   * A map of the given key, value pairs, which becomes the map's own (the caller must not change
   * it). Keys must be strings. A key given twice keeps its first place and its last value, as a
   * map's {@code put} would.
   */
  public static EvidenceMap adoptPairs(Object[] pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("evidence needs key, value pairs; got " + pairs.length
          + " items");
    }
    if (pairs.length == 0) {
      return EMPTY;
    }
    int size = pairs.length;
    for (int i = 0; i < size; i += 2) {
      if (!(Objects.requireNonNull(pairs[i], "evidence key") instanceof String)) {
        throw new IllegalArgumentException("evidence key is not text: " + pairs[i]);
      }
      for (int j = 0; j < i; j += 2) {
        if (pairs[j].equals(pairs[i])) {
          pairs[j + 1] = pairs[i + 1];
          System.arraycopy(pairs, i + 2, pairs, i, size - i - 2);
          size -= 2;
          i -= 2;
          break;
        }
      }
    }
    return new EvidenceMap(size == pairs.length ? pairs : Arrays.copyOf(pairs, size));
  }

  /** The map itself if it is already one of these, else an ordered immutable copy. */
  public static EvidenceMap copyOf(Map<String, ?> map) {
    if (map instanceof EvidenceMap evidence) {
      return evidence;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    Object[] pairs = new Object[2 * map.size()];
    int i = 0;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return adoptPairs(pairs);
  }

  private String key(int i) {
    return (String) pairs[2 * i];
  }

  private Object value(int i) {
    Object value = pairs[2 * i + 1];
    return value instanceof LocalDate date ? IsoDates.format(date) : value;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(key)) {
        return i / 2;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return pairs.length / 2;
  }

  @Override
  public boolean isEmpty() {
    return pairs.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public boolean containsValue(Object value) {
    for (int i = 0; i < size(); i++) {
      if (Objects.equals(value(i), value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : value(i);
  }

  @Override
  public Object put(String key, Object value) {
    throw new UnsupportedOperationException("evidence cannot be changed");
  }

  @Override
  public Object remove(Object key) {
    throw new UnsupportedOperationException("evidence cannot be changed");
  }

  @Override
  public void putAll(Map<? extends String, ?> map) {
    throw new UnsupportedOperationException("evidence cannot be changed");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("evidence cannot be changed");
  }

  @Override
  public Set<String> keySet() {
    return new View<>(this::key);
  }

  @Override
  public Collection<Object> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Object> iterator() {
        return new Cursor<>(size(), EvidenceMap.this::value);
      }

      @Override
      public int size() {
        return EvidenceMap.this.size();
      }
    };
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new View<>(i -> new AbstractMap.SimpleImmutableEntry<>(key(i), value(i)));
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof Map<?, ?> map) || map.size() != size()) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      Object value = value(i);
      Object theirs = map.get(key(i));
      if (theirs == null ? value != null || !map.containsKey(key(i)) : !theirs.equals(value)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < size(); i++) {
      hash += key(i).hashCode() ^ Objects.hashCode(value(i));
    }
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < size(); i++) {
      text.append(i == 0 ? "" : ", ").append(key(i)).append('=').append(value(i));
    }
    return text.append('}').toString();
  }

  /** The keys or the entries, in order; set semantics hold as keys are distinct. */
  private final class View<T> extends AbstractSet<T> {
    private final IntFunction<T> element;

    View(IntFunction<T> element) {
      this.element = element;
    }

    @Override
    public Iterator<T> iterator() {
      return new Cursor<>(size(), element);
    }

    @Override
    public int size() {
      return EvidenceMap.this.size();
    }
  }

  private static final class Cursor<T> implements Iterator<T> {
    private final int size;
    private final IntFunction<T> element;
    private int next;

    Cursor(int size, IntFunction<T> element) {
      this.size = size;
      this.element = element;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return element.apply(next++);
    }
  }
}
