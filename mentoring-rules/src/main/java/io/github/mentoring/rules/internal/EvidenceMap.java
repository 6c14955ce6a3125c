package io.github.mentoring.rules.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable evidence map of a finding: keys in the order the rule gave them, no null key. Two
 * small arrays instead of a hash table, because a check builds one for every finding and most
 * hold two to five entries; a finding made from one is not copied again.
 */
public final class EvidenceMap extends AbstractMap<String, Object> {

  private static final EvidenceMap EMPTY = new EvidenceMap(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values;

  private EvidenceMap(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * A map of the given keys and values, which become the map's own (the caller must not change
   * them). A key given twice keeps its first place and its last value, as a map's {@code put}
   * would.
   */
  public static EvidenceMap adopt(String[] keys, Object[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException("keys and values differ in number");
    }
    int size = keys.length;
    for (int i = 0; i < size; i++) {
      Objects.requireNonNull(keys[i], "evidence key");
      for (int j = 0; j < i; j++) {
        if (keys[j].equals(keys[i])) {
          values[j] = values[i];
          System.arraycopy(keys, i + 1, keys, i, size - i - 1);
          System.arraycopy(values, i + 1, values, i, size - i - 1);
          size--;
          i--;
          break;
        }
      }
    }
    return size == keys.length ? new EvidenceMap(keys, values)
        : new EvidenceMap(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
  }

  /** The map itself if it is already one of these, else an ordered immutable copy. */
  public static EvidenceMap copyOf(Map<String, ?> map) {
    if (map instanceof EvidenceMap evidence) {
      return evidence;
    }
    if (map.isEmpty()) {
      return EMPTY;
    }
    String[] keys = new String[map.size()];
    Object[] values = new Object[map.size()];
    int i = 0;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      keys[i] = e.getKey();
      values[i] = e.getValue();
      i++;
    }
    return adopt(keys, values);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
