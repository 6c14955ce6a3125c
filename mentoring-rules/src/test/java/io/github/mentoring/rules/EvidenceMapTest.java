package io.github.mentoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceMapTest {

  @Test
  void keepsTheOrderGivenAndEqualsAnyMapWithTheSameEntries() {
    EvidenceMap evidence =
        EvidenceMap.adoptPairs(new Object[] {"b", 1, "a", "x", "c", true});
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", 1);
    expected.put("a", "x");
    expected.put("c", true);

    assertThat(evidence)
        .containsExactly(Map.entry("b", 1), Map.entry("a", "x"), Map.entry("c", true));
    assertThat(evidence).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(evidence.get("a")).isEqualTo("x");
    assertThat(evidence.get("missing")).isNull();
    assertThat(evidence.containsKey("c")).isTrue();
    assertThat(evidence.toString()).isEqualTo(expected.toString());
    assertThat(evidence.keySet()).containsExactly("b", "a", "c");
    assertThat(evidence.values()).containsExactly(1, "x", true);
    assertThat(evidence.containsValue(true)).isTrue();
    assertThat(evidence.containsValue(2)).isFalse();
    assertThat(expected).isEqualTo(evidence);
    assertThat(evidence).isNotEqualTo(Map.of("b", 1, "a", "x", "c", false));
  }

  @Test
  void showsDatesAsIsoTextWhereverTheyAreRead() {
    EvidenceMap evidence = EvidenceMap.adoptPairs(
        new Object[] {"since", LocalDate.of(2026, 3, 9), "days", 12});

    assertThat(evidence.get("since")).isEqualTo("2026-03-09");
    assertThat(evidence.values()).containsExactly("2026-03-09", 12);
    assertThat(evidence).containsExactly(Map.entry("since", "2026-03-09"), Map.entry("days", 12));
    assertThat(evidence).isEqualTo(Map.of("since", "2026-03-09", "days", 12))
        .hasSameHashCodeAs(Map.of("since", "2026-03-09", "days", 12));
    assertThat(evidence.containsValue("2026-03-09")).isTrue();
  }

  @Test
  void refusesAnOddNumberOfItemsAndKeysThatAreNotText() {
    assertThatThrownBy(() -> EvidenceMap.adoptPairs(new Object[] {"a", 1, "b"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    assertThatThrownBy(() -> EvidenceMap.adoptPairs(new Object[] {7, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not text");
    assertThat(EvidenceMap.adoptPairs(new Object[0])).isEmpty();
  }

  @Test
  void aKeyGivenTwiceKeepsItsFirstPlaceAndItsLastValueAsPutWould() {
    EvidenceMap evidence = EvidenceMap.adoptPairs(new Object[] {"a", 1, "b", 2, "a", 3, "c", 4});
    Map<String, Object> put = new LinkedHashMap<>();
    put.put("a", 1);
    put.put("b", 2);
    put.put("a", 3);
    put.put("c", 4);

    assertThat(evidence).containsExactlyEntriesOf(put);
  }

  @Test
  void cannotBeChangedAndIsNotCopiedTwice() {
    EvidenceMap evidence = EvidenceMap.adoptPairs(new Object[] {"a", 1});
    assertThatThrownBy(() -> evidence.put("b", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> evidence.entrySet().iterator().next().setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(EvidenceMap.copyOf(evidence)).isSameAs(evidence);

    Map<String, Object> source = new LinkedHashMap<>(Map.of("k", "v"));
    EvidenceMap copy = EvidenceMap.copyOf(source);
    source.put("k", "changed");
    assertThat(copy).containsExactly(Map.entry("k", "v"));
  }
}
