package io.github.mentoring.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A health check could not be built: a DRL file does not compile, a rule lacks its metadata, or a
 * rule to disable does not exist. Each problem names the file and line where Drools gives one.
 * Nothing was built.
 */
public class RuleBuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param file the DRL file (path as given, or classpath resource), or empty if none applies
   * @param line the line in that file, or 0 when unknown
   * @param message what is wrong
   */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      String where = file.isEmpty() ? "" : line > 0 ? file + ":" + line + ": " : file + ": ";
      return where + message;
    }
  }

  private final transient List<Problem> problems;

  public RuleBuildException(List<Problem> problems) {
    super("The rules could not be built (" + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "):"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
