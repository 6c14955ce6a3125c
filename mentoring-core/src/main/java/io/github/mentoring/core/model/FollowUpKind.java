package io.github.mentoring.core.model;

/** What a follow-up promises: the mentee's action step, or information, a resource or a contact the mentor offered. */
public enum FollowUpKind {
  ACTION_STEP,
  INFORMATION,
  RESOURCE,
  CONTACT
}
