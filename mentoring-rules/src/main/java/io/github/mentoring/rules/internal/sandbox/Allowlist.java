package io.github.mentoring.rules.internal.sandbox;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a designer's rule file may name: the fact types and their getters, the globals, the
 * enumerations the facts return, and a short list of pure JDK types (time, math, strings,
 * collections) with the members that only read. The health check says which fact types and
 * globals those are; this package knows none of them by name, so that it depends on nothing of
 * the library's API.
 *
 * <p>The lists are closed under the members they allow: every allowed method of a fact type
 * returns a primitive, a string, a date, an allowed enumeration or a list of those (checked when
 * the allowlist is made), so a designer rule can never hold an object it could do more with. That
 * is also why a member name is allowed whatever its receiver: every receiver a rule can reach is
 * one of these types. Immutable and thread-safe.
 */
public final class Allowlist {

  /** Fact methods a designer rule may not call though they are public. */
  private static final Set<String> FACT_METHODS_REFUSED = Set.of("subject");

  /** The members a rule may call on the globals: findings only reports, the policy only reads. */
  private static final List<String> GLOBAL_MEMBERS =
      List.of("report", "raise", "integer", "decimal", "list", "has");

  // Pure JDK types and the members of each that only read or compute. Nothing here reads the
  // clock (no now()), builds large values on request (no repeat, format, nCopies), or hands out
  // a stream, a class or a thread.
  private static final Map<Class<?>, List<String>> JDK = jdk();

  /** The fact types a pattern may match, by simple name. */
  final Map<String, Class<?>> factTypes;

  /** The only globals a designer file may declare, and their types. */
  final Map<String, Class<?>> globals;

  /** Packages whose types may be imported with a wildcard (their types are still checked). */
  final Set<String> wildcardImports;

  /** Type names a rule may use, simple name to class. */
  final Map<String, Class<?>> types;

  /** Member names (methods, properties, enum constants and static fields) a rule may use. */
  final Set<String> members;

  /** Methods a rule may call, by name (a subset of {@link #members}). */
  final Set<String> methods;

  /**
   * An allowlist of these fact types and globals.
   *
   * @param factTypes the types a pattern may match; their getters, and the enumerations those
   *     return, are allowed
   * @param globals the globals a file may declare, by name, with their types
   * @param wildcardImports the packages a file may import with {@code .*}
   */
  public Allowlist(List<Class<?>> factTypes, Map<String, Class<?>> globals,
      Set<String> wildcardImports) {
    this.factTypes = byName(factTypes);
    this.globals = Map.copyOf(globals);
    this.wildcardImports = Set.copyOf(wildcardImports);
    Map<String, Class<?>> types = new LinkedHashMap<>(this.factTypes);
    Set<String> members = new HashSet<>();
    Set<String> methods = new HashSet<>();
    Set<Class<?>> enums = new HashSet<>();
    for (Class<?> fact : this.factTypes.values()) {
      for (Method m : fact.getMethods()) {
        if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())
            || m.getParameterCount() > 0 || FACT_METHODS_REFUSED.contains(m.getName())) {
          continue;
        }
        Class<?> returned = m.getReturnType();
        if (returned.isEnum()) {
          enums.add(returned);
        } else if (!isValue(returned) && !isListOfValues(m.getGenericReturnType())) {
          continue; // the model itself, and anything else that could lead further
        }
        methods.add(m.getName());
        members.add(m.getName());
        String property = property(m.getName());
        if (property != null) {
          members.add(property);
        }
      }
    }
    for (Class<?> e : enums) {
      types.put(e.getSimpleName(), e);
      for (Object constant : e.getEnumConstants()) {
        members.add(((Enum<?>) constant).name());
      }
      methods.addAll(List.of("name", "ordinal"));
      members.addAll(List.of("name", "ordinal"));
      for (Method m : e.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && (isValue(m.getReturnType())
            || m.getReturnType() == e)) {
          methods.add(m.getName());
          members.add(m.getName());
          String property = property(m.getName());
          if (property != null) {
            members.add(property);
          }
        }
      }
    }
    for (Map.Entry<Class<?>, List<String>> e : JDK.entrySet()) {
      types.put(e.getKey().getSimpleName(), e.getKey());
      for (String member : e.getValue()) {
        members.add(member);
        if (Character.isLowerCase(member.charAt(0))) {
          methods.add(member);
          String property = property(member);
          if (property != null) {
            members.add(property);
          }
        }
      }
    }
    methods.addAll(GLOBAL_MEMBERS);
    members.addAll(GLOBAL_MEMBERS);
    this.globals.values().forEach(g -> types.put(g.getSimpleName(), g));
    this.types = Map.copyOf(types);
    this.members = Set.copyOf(members);
    this.methods = Set.copyOf(methods);
  }

  /** Whether a fully qualified type name may be imported or used for a global. */
  boolean isImportable(String qualifiedName) {
    Class<?> type = types.get(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1));
    return type != null && type.getName().equals(qualifiedName);
  }

  /** Whether a designer rule may call a method of this name (on any value it can reach). */
  public boolean isCallable(String method) {
    return methods.contains(method);
  }

  /** The simple names of every allowed type, sorted, for messages and documentation. */
  public List<String> typeNames() {
    return types.keySet().stream().sorted().toList();
  }

  private static Map<Class<?>, List<String>> jdk() {
    Map<Class<?>, List<String>> m = new LinkedHashMap<>();
    List<String> objects = List.of("equals", "hashCode", "toString", "compareTo");
    m.put(String.class, concat(objects, "length", "isEmpty", "isBlank", "contains", "startsWith",
        "endsWith", "equalsIgnoreCase", "toLowerCase", "toUpperCase", "trim", "strip",
        "substring", "indexOf", "lastIndexOf", "charAt", "valueOf"));
    m.put(LocalDate.class, concat(objects, "of", "parse", "isBefore", "isAfter", "isEqual",
        "plusDays", "minusDays", "plusWeeks", "minusWeeks", "plusMonths", "minusMonths",
        "plusYears", "minusYears", "getYear", "getMonth", "getMonthValue", "getDayOfMonth",
        "getDayOfWeek", "getDayOfYear", "lengthOfMonth", "isLeapYear", "toEpochDay", "MIN",
        "MAX"));
    m.put(ChronoUnit.class, concat(objects, "DAYS", "WEEKS", "MONTHS", "YEARS", "between"));
    m.put(Period.class, concat(objects, "between", "ofDays", "ofWeeks", "ofMonths", "ofYears",
        "getDays", "getMonths", "getYears", "toTotalMonths", "isNegative", "isZero"));
    m.put(DayOfWeek.class, concat(objects, enumNames(DayOfWeek.class), "getValue"));
    m.put(Month.class, concat(objects, enumNames(Month.class), "getValue"));
    m.put(Math.class, List.of("min", "max", "abs", "round", "floor", "ceil", "signum"));
    m.put(Integer.class, concat(objects, "valueOf", "compare", "intValue", "longValue",
        "doubleValue", "MAX_VALUE", "MIN_VALUE"));
    m.put(Long.class, concat(objects, "valueOf", "compare", "intValue", "longValue",
        "doubleValue", "MAX_VALUE", "MIN_VALUE"));
    m.put(Double.class, concat(objects, "valueOf", "compare", "intValue", "longValue",
        "doubleValue", "isNaN"));
    m.put(Boolean.class, concat(objects, "TRUE", "FALSE", "booleanValue"));
    m.put(List.class, concat(objects, "size", "isEmpty", "contains", "get", "indexOf",
        "containsAll"));
    m.put(Set.class, concat(objects, "size", "isEmpty", "contains", "containsAll"));
    return m;
  }

  private static List<String> enumNames(Class<? extends Enum<?>> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static List<String> concat(List<String> first, Object... rest) {
    List<String> all = new java.util.ArrayList<>(first);
    for (Object o : rest) {
      if (o instanceof List<?> list) {
        list.forEach(v -> all.add((String) v));
      } else {
        all.add((String) o);
      }
    }
    return all;
  }

  private static boolean isValue(Class<?> type) {
    return type.isPrimitive() || type == String.class || type == LocalDate.class
        || type == Integer.class || type == Long.class || type == Boolean.class
        || type == Double.class;
  }

  private static boolean isListOfValues(Type type) {
    return type instanceof ParameterizedType p && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] instanceof Class<?> c && isValue(c);
  }

  /** The bean property a getter stands for ({@code getDaysOverdue} to {@code daysOverdue}). */
  static String property(String method) {
    String rest = method.startsWith("get") ? method.substring(3)
        : method.startsWith("is") ? method.substring(2) : null;
    if (rest == null || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
  }

  private static Map<String, Class<?>> byName(List<Class<?>> types) {
    Map<String, Class<?>> m = new HashMap<>();
    types.forEach(t -> m.put(t.getSimpleName(), t));
    return Map.copyOf(m);
  }
}
