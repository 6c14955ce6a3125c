package io.github.mentoring.rules.facts;

import io.github.mentoring.core.model.PartnerRole;
import io.github.mentoring.rules.Subject;
import java.util.List;
import java.util.Locale;

/**
 * One person in one role across a program: a mentor (or a mentee) and the relationships they are
 * in as such, with how those relationships were judged. Built by the health check in a second
 * pass of a bulk check, after every relationship was judged, for the rules that judge people (the
 * built-in {@code people.drl}); a check of one relationship builds none. Findings about it are
 * about the person ({@link Subject.Kind#PERSON}).
 *
 * <p>Counts are over the relationships of the bulk check whose check did not fail. Only active
 * relationships can fizzle, so the fizzling counts are over active ones.
 */
public final class PersonFacts {

  private final FindingSink sink;
  private final String personId;
  private final PartnerRole role;
  private final int relationships;
  private final List<String> activeIds;
  private final List<String> fizzlingIds;
  private final int atRiskRelationships;
  private Subject subject;

  // Package-private: built by FactBuilder only.
  PersonFacts(FindingSink sink, String personId, PartnerRole role, int relationships,
      List<String> activeIds, List<String> fizzlingIds, int atRiskRelationships) {
    this.sink = sink;
    this.personId = personId;
    this.role = role;
    this.relationships = relationships;
    this.activeIds = List.copyOf(activeIds);
    this.fizzlingIds = List.copyOf(fizzlingIds);
    this.atRiskRelationships = atRiskRelationships;
  }

  /** The person's partner id, as the relationships name them. */
  public String getPersonId() {
    return personId;
  }

  public PartnerRole getRole() {
    return role;
  }

  /** "mentor" or "mentee", for messages. */
  public String getRoleName() {
    return role.name().toLowerCase(Locale.ROOT);
  }

  /** Whether these are the person's relationships as a mentor. */
  public boolean isMentor() {
    return role == PartnerRole.MENTOR;
  }

  /** Whether these are the person's relationships as a mentee. */
  public boolean isMentee() {
    return role == PartnerRole.MENTEE;
  }

  /** The relationships the person is in, in this role, whatever their phase. */
  public int getRelationships() {
    return relationships;
  }

  /** The active ones among them. */
  public int getActiveRelationships() {
    return activeIds.size();
  }

  /** The ids of the active ones, sorted. */
  public List<String> getActiveIds() {
    return activeIds;
  }

  /**
   * Active relationships with a fizzling finding of warning severity or worse (an informational
   * one, such as a single late cancellation, does not count).
   */
  public int getFizzlingRelationships() {
    return fizzlingIds.size();
  }

  /** The ids of the fizzling ones, sorted. */
  public List<String> getFizzlingIds() {
    return fizzlingIds;
  }

  /** Relationships, in this role, that are at risk (a critical finding), whatever their phase. */
  public int getAtRiskRelationships() {
    return atRiskRelationships;
  }

  /** What a finding about this fact is about: the person. */
  public Subject subject() {
    Subject s = subject;
    if (s == null) {
      subject = s = new Subject(Subject.Kind.PERSON, personId);
    }
    return s;
  }

  FindingSink sink() {
    return sink;
  }
}
