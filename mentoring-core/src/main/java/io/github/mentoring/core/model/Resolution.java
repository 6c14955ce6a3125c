package io.github.mentoring.core.model;

/** How an item of remaining work was settled at closure. */
public enum Resolution {
  UNRESOLVED,
  COMPLETED,
  CLOSED_ON_PURPOSE
}
