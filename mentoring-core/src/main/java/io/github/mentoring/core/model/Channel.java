package io.github.mentoring.core.model;

/** A way to meet or to get in touch. */
public enum Channel {
  IN_PERSON,
  PHONE,
  VIDEO,
  EMAIL,
  CHAT
}
