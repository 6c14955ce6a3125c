package io.github.mentoring.spring.boot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code mentoring.*} properties from which {@link MentoringAutoConfiguration} builds the
 * application's {@link io.github.mentoring.rules.HealthCheck}: designer rule locations, rules
 * switched off by id, policy thresholds and the threads of bulk checks. Every property is
 * optional; with none set the health check has the built-in rules and the default policy.
 *
 * <pre>
 * mentoring.rules.locations=classpath:program-rules/,file:/etc/mentoring/extra.drl
 * mentoring.rules.disabled=goals.not-relevant
 * mentoring.policy.goals.max-active=4
 * mentoring.parallelism=2
 * </pre>
 *
 * <p>Not thread-safe: Spring binds it once at start-up, before the health check is built.
 */
@ConfigurationProperties(prefix = MentoringProperties.PREFIX)
public class MentoringProperties {

  /** The prefix of every property of this class. */
  public static final String PREFIX = "mentoring";

  private Rules rules = new Rules();

  /**
   * Policy thresholds in place of the defaults, policy key to value, e.g.
   * mentoring.policy.goals.max-active=4. An unknown key or a value of the wrong kind stops the
   * application from starting, with every problem listed.
   */
  private Map<String, String> policy = new LinkedHashMap<>();

  /**
   * Threads that may judge at once in bulk checks (checkAll, checkStream), over every bulk
   * check running on the health check; 1 judges on the calling thread. Defaults to the number
   * of processors.
   */
  private Integer parallelism;

  /**
   * The designer rule files to load and the rules to switch off; a copy, so that no caller
   * changes the bound properties (Spring binds into the copy and hands it to {@link #setRules}).
   */
  public Rules getRules() {
    return new Rules(rules);
  }

  /** Replaces the rules properties (Spring calls it when binding). */
  public void setRules(Rules rules) {
    this.rules = new Rules(rules);
  }

  /** The policy overrides, key to value, in the order they were bound. */
  public Map<String, String> getPolicy() {
    return Collections.unmodifiableMap(policy);
  }

  /** Replaces the policy overrides (Spring calls it when binding). */
  public void setPolicy(Map<String, String> policy) {
    this.policy = new LinkedHashMap<>(policy);
  }

  /** The parallelism of bulk checks, or null for the library's default. */
  public Integer getParallelism() {
    return parallelism;
  }

  /** Sets the parallelism of bulk checks; the health check refuses less than 1. */
  public void setParallelism(Integer parallelism) {
    this.parallelism = parallelism;
  }

  /** The {@code mentoring.rules.*} properties: designer files and switched-off rules. */
  public static class Rules {

    /**
     * Designer DRL files, or folders whose .drl files (at any depth, sorted by path) are all
     * loaded, as Spring resource locations: classpath:program-rules/, classpath*:rules/*.drl,
     * file:/etc/mentoring/extra.drl. Each file is checked against the designer allowlist
     * before it is compiled; a location that names no .drl file, or a file that does not
     * compile, stops the application from starting.
     */
    private List<String> locations = new ArrayList<>();

    /**
     * Ids of rules to switch off, built-in or designer, e.g. goals.not-relevant. An unknown id
     * stops the application from starting.
     */
    private List<String> disabled = new ArrayList<>();

    /** No locations and no rules switched off. */
    public Rules() {}

    private Rules(Rules other) {
      this.locations = new ArrayList<>(other.locations);
      this.disabled = new ArrayList<>(other.disabled);
    }

    /** The designer rule locations, in the order given. */
    public List<String> getLocations() {
      return Collections.unmodifiableList(locations);
    }

    /** Replaces the designer rule locations (Spring calls it when binding). */
    public void setLocations(List<String> locations) {
      this.locations = new ArrayList<>(locations);
    }

    /** The ids of the rules to switch off. */
    public List<String> getDisabled() {
      return Collections.unmodifiableList(disabled);
    }

    /** Replaces the ids of the rules to switch off (Spring calls it when binding). */
    public void setDisabled(List<String> disabled) {
      this.disabled = new ArrayList<>(disabled);
    }
  }
}
