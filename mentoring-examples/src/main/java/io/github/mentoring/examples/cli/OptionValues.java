package io.github.mentoring.examples.cli;

import io.github.mentoring.examples.report.JsonOutput;
import io.github.mentoring.rules.Category;
import io.github.mentoring.rules.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values that refuse a bad value with a sentence a user can act on
 * ({@code '2026-13-01' is not a day of the calendar (yyyy-mm-dd)}), never with the name of a
 * Java exception: picocli's own converters put the exception's class and message into theirs.
 * {@link MentoringCli} prints the sentence after the option's name.
 */
final class OptionValues {

  private OptionValues() {}

  /** A day as {@code yyyy-mm-dd}. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        // A value of the right shape names a day that does not exist (2026-13-01, 2026-02-30).
        throw new TypeConversionException("'" + value + "' is not "
            + (value.matches("\\d{4}-\\d{2}-\\d{2}") ? "a day of the calendar" : "a date")
            + " (yyyy-mm-dd)");
      }
    }
  }

  /**
   * An enumeration value spelled as the report spells it ({@code vague-goal}, {@code critical})
   * or as Java does, in any case.
   */
  abstract static class Words<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    Words(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      try {
        return JsonOutput.value(type, value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not one of "
            + Arrays.stream(type.getEnumConstants()).map(JsonOutput::name)
                .collect(Collectors.joining(", ")));
      }
    }
  }

  /** A category: {@code fizzling}, {@code vague-goal}, ... */
  static final class Categories extends Words<Category> {
    Categories() {
      super(Category.class);
    }
  }

  /** A severity: {@code info}, {@code warning}, {@code critical}. */
  static final class Severities extends Words<Severity> {
    Severities() {
      super(Severity.class);
    }
  }

  /** The format of {@code check}'s report: {@code text} or {@code json}. */
  static final class ReportFormats extends Words<CheckCommand.ReportFormat> {
    ReportFormats() {
      super(CheckCommand.ReportFormat.class);
    }
  }

  /** The format of the catalogue: {@code text}, {@code json} or {@code markdown}. */
  static final class CatalogueFormats extends Words<RulesCommand.CatalogueFormat> {
    CatalogueFormats() {
      super(RulesCommand.CatalogueFormat.class);
    }
  }
}
