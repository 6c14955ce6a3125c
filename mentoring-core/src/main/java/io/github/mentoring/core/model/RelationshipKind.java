package io.github.mentoring.core.model;

/** Informal relationships meet as needed; formal ones meet on a rhythm between a set start and a set end. */
public enum RelationshipKind {
  FORMAL,
  INFORMAL
}
