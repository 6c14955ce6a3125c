package io.github.mentoring.examples.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** The properties of a model type, as Immutables generated them (one {@code with*} copy method each). */
final class ModelProperties {

  static final String MODEL_PACKAGE = "io.github.mentoring.core.model";

  private ModelProperties() {}

  static boolean isModelType(String simpleName) {
    return implementation(simpleName) != null;
  }

  static Set<String> of(String simpleName) {
    Class<?> type = implementation(simpleName);
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

  /** The value of a property, through its {@code get*} or {@code is*} accessor. */
  static Object value(Object model, String property) {
    String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    Method accessor = Arrays.stream(model.getClass().getMethods())
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

  private static Class<?> implementation(String simpleName) {
    try {
      return Class.forName(MODEL_PACKAGE + ".Immutable" + simpleName);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
