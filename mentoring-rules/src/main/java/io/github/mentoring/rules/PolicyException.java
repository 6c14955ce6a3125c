package io.github.mentoring.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A policy (thresholds) is invalid: an unknown key, or a value of the wrong kind. Lists every problem. */
public class PolicyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  public PolicyException(String source, List<String> problems) {
    super("Invalid policy" + (source.isEmpty() ? "" : " in " + source) + ":"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
