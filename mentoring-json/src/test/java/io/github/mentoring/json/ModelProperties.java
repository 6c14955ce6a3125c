package io.github.mentoring.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The properties of a model type, as its {@code with*} copy methods name them (one each). */
final class ModelProperties {

  static final String MODEL_PACKAGE = "io.github.mentoring.core.model";

  private ModelProperties() {}

  static boolean isModelType(String simpleName) {
    return modelType(simpleName) != null;
  }

  static Set<String> of(String simpleName) {
    Class<?> type = modelType(simpleName);
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getName().startsWith("with") && m.getName().length() > 4
          && Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        String rest = m.getName().substring(4);
        names.add(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
      }
    }
    return names;
  }

  /** The simple name of a value's public type, e.g. {@code Meeting}. */
  static String typeOf(Object value) {
    return publicType(value).getSimpleName();
  }

  /** The value of a property, through its {@code get*} or {@code is*} accessor. */
  static Object value(Object model, String property) {
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    Method accessor = Arrays.stream(publicType(model).getMethods())
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> m.getName().equals("get" + capitalized) || m.getName().equals("is" + capitalized))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no accessor for " + property + " on " + model.getClass()));
    try {
      return accessor.invoke(model);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The public type of a value: a model value's generated implementation is package-private. */
  private static Class<?> publicType(Object value) {
    Class<?> type = value.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The model type of that name, if there is one: a value type with its own builder. */
  private static Class<?> modelType(String simpleName) {
    try {
      Class<?> type = Class.forName(MODEL_PACKAGE + "." + simpleName);
      boolean built = Arrays.stream(type.getClasses())
          .anyMatch(nested -> nested.getSimpleName().equals("Builder"));
      return built ? type : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
