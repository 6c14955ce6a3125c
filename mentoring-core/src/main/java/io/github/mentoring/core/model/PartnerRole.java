package io.github.mentoring.core.model;

/** The two sides of a mentoring relationship. */
public enum PartnerRole {
  MENTOR,
  MENTEE
}
