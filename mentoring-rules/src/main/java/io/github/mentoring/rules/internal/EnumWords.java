package io.github.mentoring.rules.internal;

import java.util.Locale;

/**
 * An enum value as evidence and messages show it: its name in lower-case words joined by dashes
 * ({@code CONTINUING_INFORMALLY} as {@code continuing-informally}), worked out once per enum type.
 */
public final class EnumWords {

  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return names;
    }
  };

  private EnumWords() {}

  /** The value's name in lower-case words. */
  public static String of(Enum<?> value) {
    return NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }
}
