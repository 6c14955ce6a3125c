package io.github.mentoring.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenTest {

  static final String TOKEN = "Zm9vYmFyYmF6cXV4LXRva2Vu+/_.~-==";

  @Test
  void matchesOnlyTheSameTokenAfterTheBearerScheme() {
    BearerToken token = BearerToken.of(TOKEN);

    assertThat(token.matches("Bearer " + TOKEN)).isTrue();
    assertThat(token.matches("bearer " + TOKEN)).isTrue();
    assertThat(token.matches("Bearer " + TOKEN + "x")).isFalse();
    assertThat(token.matches("Bearer " + TOKEN.substring(1))).isFalse();
    assertThat(token.matches("Basic " + TOKEN)).isFalse();
    assertThat(token.matches(TOKEN)).isFalse();
    assertThat(token.matches("Bearer")).isFalse();
    assertThat(token.matches(null)).isFalse();
  }

  @Test
  void neverShowsItself() {
    assertThat(BearerToken.of(TOKEN).toString()).doesNotContain(TOKEN).contains("redacted");
  }

  @Test
  void shortOrOddTokensAreRefusedWithoutBeingQuoted() {
    assertThatThrownBy(() -> BearerToken.of("short-1234"))
        .hasMessageContaining("too short").hasMessageNotContaining("short-1234");
    assertThatThrownBy(() -> BearerToken.of("has spaces in the middle of it"))
        .hasMessageContaining("may only hold").hasMessageNotContaining("spaces");
  }

  @Test
  void readFromAFileWithoutItsFinalNewlineOrFromTheEnvironment(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, TOKEN + "\n");

    assertThat(BearerToken.fromFile(file).matches("Bearer " + TOKEN)).isTrue();
    assertThat(BearerToken.fromEnvironment("T", Map.of("T", TOKEN)).matches("Bearer " + TOKEN))
        .isTrue();
    assertThatThrownBy(() -> BearerToken.fromEnvironment("T", Map.of()))
        .hasMessageContaining("T is not set");
    assertThatThrownBy(() -> BearerToken.fromFile(dir.resolve("missing")))
        .hasMessageContaining("cannot read the token file");
  }
}
