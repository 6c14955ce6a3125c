package io.github.mentoring.core.validation;

import static io.github.mentoring.core.testing.ModelAssertions.assertRefused;
import static io.github.mentoring.core.testing.ModelAssertions.violation;

import io.github.mentoring.core.model.Meeting;
import io.github.mentoring.core.model.MeetingStatus;
import io.github.mentoring.core.model.Partner;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model speaks one language: its own messages and the validator's are all English. */
@ResourceLock(Resources.LOCALE)
class MessageLanguageTest {

  private final Locale original = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(original);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "fr-FR", "ja-JP", "pt-BR"})
  void violationsReadInEnglishWhateverTheLocaleOfTheMachine(String languageTag) {
    Locale.setDefault(Locale.forLanguageTag(languageTag));

    assertRefused("Partner", () -> Partner.builder().id(" ").name(" ").build())
        .containsExactly(violation("id", "must not be blank"), violation("name", "must not be blank"));
    assertRefused("Meeting", () -> Meeting.builder().id("m01")
        .scheduledAt(LocalDateTime.of(2026, 3, 3, 10, 0)).status(MeetingStatus.HELD)
        .plannedMinutes(0).build())
        .containsExactly(violation("plannedMinutes", "must be greater than 0"));
  }

  @Test
  void violationsReadInEnglishOnAnEnglishMachineToo() {
    Locale.setDefault(Locale.UK);

    assertRefused("Partner", () -> Partner.of(""))
        .containsExactly(violation("id", "must not be blank"));
  }
}
