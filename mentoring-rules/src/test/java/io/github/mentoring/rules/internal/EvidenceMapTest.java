package io.github.mentoring.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceMapTest {

  @Test
  void keepsTheOrderGivenAndEqualsAnyMapWithTheSameEntries() {
    EvidenceMap evidence =
        EvidenceMap.adopt(new String[] {"b", "a", "c"}, new Object[] {1, "x", true});
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
  }

  @Test
  void aKeyGivenTwiceKeepsItsFirstPlaceAndItsLastValueAsPutWould() {
    EvidenceMap evidence = EvidenceMap.adopt(new String[] {"a", "b", "a", "c"},
        new Object[] {1, 2, 3, 4});
    Map<String, Object> put = new LinkedHashMap<>();
    put.put("a", 1);
    put.put("b", 2);
    put.put("a", 3);
    put.put("c", 4);

    assertThat(evidence).containsExactlyEntriesOf(put);
  }

  @Test
  void cannotBeChangedAndIsNotCopiedTwice() {
    EvidenceMap evidence = EvidenceMap.adopt(new String[] {"a"}, new Object[] {1});
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
