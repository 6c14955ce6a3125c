package io.github.mentoring.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person across the relationships of a bulk check: the relationships they mentor and those
 * they are mentored in, how those relationships are doing, and what the rules that judge people
 * ({@code people.drl}, such as {@code fizzling.over-committed-mentor}) found about the person.
 * "Who needs a call this week" is a person more often than a pair.
 *
 * <p>Only relationships whose check did not fail count. A person is named by their partner id,
 * as the relationships name them; their name is left to the caller, who has the relationships.
 * Immutable.
 *
 * @param personId the person's partner id
 * @param asMentor the relationships they mentor, in input order
 * @param asMentee the relationships they are mentored in, in input order
 * @param byStatus their relationships per status (every status, zero included)
 * @param status the person's own status, from {@code findings} by {@link Status#of} (not from
 *     their relationships': {@code byStatus} says those)
 * @param findings what the rules found about the person, in {@link Finding#ORDER}; each about
 *     {@link Subject.Kind#PERSON} {@code personId}
 */
public record PersonReport(String personId, List<String> asMentor, List<String> asMentee,
    Map<Status, Long> byStatus, Status status, List<Finding> findings) {

  /** Checks the parts and makes them unmodifiable. */
  public PersonReport {
    Objects.requireNonNull(personId, "personId");
    asMentor = List.copyOf(asMentor);
    asMentee = List.copyOf(asMentee);
    Map<Status, Long> all = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      all.put(s, byStatus.getOrDefault(s, 0L));
    }
    byStatus = Collections.unmodifiableMap(all);
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }

  /** How many relationships the person is in, in either role. */
  public int relationships() {
    return asMentor.size() + asMentee.size();
  }

  /** Whether a rule found something about the person. */
  public boolean has(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }
}
