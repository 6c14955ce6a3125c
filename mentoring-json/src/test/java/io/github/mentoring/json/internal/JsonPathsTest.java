package io.github.mentoring.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonPathsTest {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /** The written-out test of a name agrees with the pattern it replaced, on seeded names. */
  @Test
  void aNameFollowsADotExactlyWhenItIsAnIdentifier() {
    String alphabet = "aZz_$09 .'\\[]-é\u0000Ab1";
    Random random = new Random(16);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int length = random.nextInt(5); length > 0; length--) {
        name.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = name.toString();
      assertThat(JsonPaths.isIdentifier(text)).as("'%s'", text)
          .isEqualTo(IDENTIFIER.matcher(text).matches());
    }
    assertThat(JsonPaths.member("$", "meetings")).isEqualTo("$.meetings");
    assertThat(JsonPaths.member("$", "9lives")).isEqualTo("$['9lives']");
    assertThat(JsonPaths.member("$", "it's")).isEqualTo("$['it\\'s']");
    assertThat(JsonPaths.member("$", "")).isEqualTo("$['']");
  }
}
