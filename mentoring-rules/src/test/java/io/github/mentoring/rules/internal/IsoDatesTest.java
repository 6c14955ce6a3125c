package io.github.mentoring.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  @Test
  void writesDatesAsLocalDateDoes() {
    Random random = new Random(20_261_127L);
    for (int i = 0; i < 5_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 2_000_000);
      assertThat(IsoDates.format(date)).isEqualTo(date.toString());
    }
    for (LocalDate edge : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(1000, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 6, 5)}) {
      assertThat(IsoDates.format(edge)).isEqualTo(edge.toString());
    }
  }
}
