package io.github.mentoring.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mentoring.core.model.CheckDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * Numbers and dates out of the sane range are problems at their path, never a crash: every whole
 * number field refuses exponents, fractions and values beyond {@code int}, and every date is
 * limited to the range a health check accepts.
 */
class InputLimitsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Every number a whole-number field must refuse; each is valid JSON. */
  private static final List<String> BAD_WHOLE_NUMBERS = List.of("1e19", "1E2", "2.0", "-0.0",
      "1e400", "2147483648", "-2147483649", "-99999999999999999999", "1" + "0".repeat(400));

  private static final JsonNode RICH = MAPPER.readTree(ProgramJson.write(SamplePrograms.rich()));

  private static boolean isWholeNumberField(Leaves.Leaf leaf) {
    return leaf.value().isIntegralNumber();
  }

  @Test
  void theRichSampleHasEveryWholeNumberFieldOfTheSchema() {
    Set<String> inSchema = Leaves.schemaProperties(p -> p.path("type").asString("").equals("integer"));
    Set<String> inSample = new TreeSet<>();
    Leaves.of(RICH, InputLimitsTest::isWholeNumberField).forEach(l -> inSample.add(l.field()));
    inSample.add("formatVersion"); // "const": 1 in the schema
    assertThat(inSchema).isNotEmpty();
    assertThat(inSample).containsAll(inSchema);
  }

  @Test
  void everyWholeNumberFieldRefusesExponentsFractionsAndValuesOutOfRange() {
    List<Leaves.Leaf> fields = Leaves.of(RICH, InputLimitsTest::isWholeNumberField);
    assertThat(fields).extracting(Leaves.Leaf::field)
        .contains("formatVersion", "meetingMinutes", "percentComplete", "meetingNumber",
            "plannedMinutes", "actualMinutes");
    List<String> failures = new ArrayList<>();
    for (Leaves.Leaf field : fields) {
      for (String number : BAD_WHOLE_NUMBERS) {
        String json = field.replacedIn(RICH, MAPPER.readTree(number)).toString();
        ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
            () -> ProgramJson.read(json));
        if (e == null) {
          failures.add(field.path() + " = " + number + ": was read");
        } else if (e.problems().stream().noneMatch(p -> p.path().equals(field.path()))) {
          failures.add(field.path() + " = " + number + ": no problem at the path: "
              + e.problems());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aWholeNumberWrittenWithAnExponentOrFractionIsExplained() {
    Leaves.Leaf minutes = Leaves.of(RICH, l -> l.field().equals("actualMinutes")).get(0);
    for (String number : List.of("1E2", "2.0", "1e19")) {
      ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
          () -> ProgramJson.read(minutes.replacedIn(RICH, MAPPER.readTree(number)).toString()));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo(minutes.path());
        assertThat(p.message()).contains("whole number", "without a fraction or exponent");
      });
    }
    ProgramFormatException tooLarge = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.read(minutes.replacedIn(RICH, MAPPER.readTree("99999999999")).toString()));
    assertThat(tooLarge.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("out of range", "2147483647"));
  }

  @Test
  void everyDateAndDateTimeIsLimitedToTheRangeOfAHealthCheck() {
    List<Leaves.Leaf> dates = Leaves.of(RICH, l -> l.value().isString()
        && l.value().stringValue().matches("\\d{4}-\\d{2}-\\d{2}(T.*)?"));
    Set<String> fields = new TreeSet<>();
    dates.forEach(d -> fields.add(d.field()));
    assertThat(fields).contains("asOf", "startDate", "plannedEnd", "actualEnd", "recordedOn",
        "targetDate", "date", "scheduledAt", "actualStart", "cancelledAt", "sentAt", "due",
        "doneOn", "startedOn", "finalConversationOn");

    List<String> failures = new ArrayList<>();
    for (Leaves.Leaf date : dates) {
      boolean withTime = date.value().stringValue().contains("T");
      for (String day : List.of("+999999999-12-31", "1899-12-31", "3000-01-01")) {
        String value = withTime ? day + "T10:00" : day;
        String json = date.replacedIn(RICH, StringNode.valueOf(value)).toString();
        ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
            () -> ProgramJson.read(json));
        if (e == null) {
          failures.add(date.path() + " = " + value + ": was read");
        } else if (e.problems().stream().noneMatch(p -> p.path().equals(date.path()))) {
          failures.add(date.path() + " = " + value + ": no problem at the path: " + e.problems());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aDateOutOfRangeNamesTheRange() {
    Leaves.Leaf start = Leaves.of(RICH, l -> l.field().equals("startDate")).get(0);
    ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
        () -> ProgramJson.read(start.replacedIn(RICH, StringNode.valueOf("0001-01-01")).toString()));
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo(start.path());
      assertThat(p.message()).contains(CheckDates.EARLIEST.toString(),
          CheckDates.LATEST.toString());
    });
  }

  @Test
  void theFirstAndLastDayOfTheRangeAreNotOutOfRange() {
    Leaves.Leaf asOf = Leaves.of(RICH, l -> l.field().equals("asOf")).get(0);
    for (String day : List.of("1900-01-01", "2999-12-31")) {
      Program program = ProgramJson.read(asOf.replacedIn(RICH, StringNode.valueOf(day)).toString());
      assertThat(program.asOf()).hasValue(java.time.LocalDate.parse(day));
    }
  }

  @Test
  void periodsAndDurationsAreLimitedToAThousandYears() {
    List<Leaves.Leaf> periods = Leaves.of(RICH, l -> Set.of("meetingFrequency", "plannedLength",
        "frequency").contains(l.field()));
    assertThat(periods).hasSizeGreaterThanOrEqualTo(2);
    for (Leaves.Leaf period : periods) {
      String field = period.field();
      for (String value : List.of("P1001Y", "P999999999Y", "P-999999999Y", "P12200M",
          "P365251D")) {
        ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
            () -> ProgramJson.read(period.replacedIn(RICH, StringNode.valueOf(value)).toString()));
        assertThat(e).as(field + " = " + value).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo(period.path()));
      }
    }
    for (String field : List.of("minimumNotice", "leadTime")) {
      Leaves.Leaf duration = Leaves.of(RICH, l -> l.field().equals(field)).get(0);
      ProgramFormatException e = catchThrowableOfType(ProgramFormatException.class,
          () -> ProgramJson.read(duration.replacedIn(RICH,
              StringNode.valueOf("PT2562047788015215H")).toString()));
      assertThat(e.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo(duration.path()));
    }
  }
}
