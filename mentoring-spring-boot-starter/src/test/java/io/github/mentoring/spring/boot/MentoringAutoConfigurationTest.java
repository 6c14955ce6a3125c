package io.github.mentoring.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mentoring.core.model.Partner;
import io.github.mentoring.core.model.Phase;
import io.github.mentoring.core.model.Relationship;
import io.github.mentoring.core.model.RelationshipKind;
import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.HealthReport;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.PolicyException;
import io.github.mentoring.rules.RuleBuildException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A Spring Boot service gets a health check from its {@code mentoring.*} properties, and a
 * misconfigured one refuses to start with the library's own message.
 */
class MentoringAutoConfigurationTest {

  /** Ada has mentored Ben since 5 January 2026 and they have never met. */
  private static final Relationship NEVER_MET = Relationship.builder()
      .id("r-1")
      .mentor(Partner.of("mentor-ada"))
      .mentee(Partner.of("mentee-ben"))
      .kind(RelationshipKind.FORMAL)
      .phase(Phase.ACTIVE)
      .startDate(LocalDate.of(2026, 1, 5))
      .plannedEnd(LocalDate.of(2026, 6, 30))
      .build();

  /** Five weeks in: past 1.5 times the fortnightly rhythm, inside the 90-day look-back. */
  private static final LocalDate FIVE_WEEKS_IN = LocalDate.of(2026, 2, 9);

  /** Twenty weeks in: longer than the 90-day look-back window too. */
  private static final LocalDate TWENTY_WEEKS_IN = LocalDate.of(2026, 5, 25);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MentoringAutoConfiguration.class));

  @Test
  void aServiceWithNoMentoringPropertiesGetsTheBuiltInRulesAndTheyJudgeAPairThatNeverMet() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(HealthCheck.class);
      HealthReport report = context.getBean(HealthCheck.class).check(NEVER_MET, FIVE_WEEKS_IN);
      assertThat(report.has("fizzling.no-recent-meeting")).isTrue();
      assertThat(context.getBean(HealthCheck.class).catalogue().find("program.silent-window"))
          .isEmpty();
    });
  }

  @Test
  void aRuleSwitchedOffByIdIsLeftOutOfTheCatalogueAndNeverFires() {
    runner.withPropertyValues("mentoring.rules.disabled=fizzling.no-recent-meeting,goals.not-specific")
        .run(context -> {
          HealthCheck healthCheck = context.getBean(HealthCheck.class);
          assertThat(healthCheck.catalogue().find("fizzling.no-recent-meeting")).isEmpty();
          assertThat(healthCheck.catalogue().find("goals.not-specific")).isEmpty();
          assertThat(healthCheck.catalogue().find("goals.not-measurable")).isPresent();
          assertThat(healthCheck.check(NEVER_MET, FIVE_WEEKS_IN).has("fizzling.no-recent-meeting"))
              .isFalse();
        });
  }

  @Test
  void aProgramThatToleratesLongerSilencesSaysSoInThePolicyAndFiveWeeksNoLongerFizzle() {
    runner.withPropertyValues("mentoring.policy.fizzling.warning-factor=10",
            "mentoring.policy.goals.max-active=4")
        .run(context -> {
          HealthCheck healthCheck = context.getBean(HealthCheck.class);
          assertThat(healthCheck.policy().decimal("fizzling.warning-factor")).isEqualTo(10.0);
          assertThat(healthCheck.policy().integer("goals.max-active")).isEqualTo(4);
          assertThat(healthCheck.check(NEVER_MET, FIVE_WEEKS_IN).has("fizzling.no-recent-meeting"))
              .isFalse();
        });
  }

  @Test
  void aDesignersFolderOnTheClassPathIsLoadedAtAnyDepthAndItsRuleFires() {
    runner.withPropertyValues("mentoring.rules.locations=classpath:program-rules/")
        .run(context -> {
          HealthCheck healthCheck = context.getBean(HealthCheck.class);
          assertThat(healthCheck.catalogue().find("program.silent-window")).isPresent();
          assertThat(healthCheck.check(NEVER_MET, FIVE_WEEKS_IN).has("program.silent-window"))
              .isFalse();
          assertThat(healthCheck.check(NEVER_MET, TWENTY_WEEKS_IN).has("program.silent-window"))
              .isTrue();
        });
  }

  @Test
  void aDesignersFileOnDiskIsLoadedFromAFileLocationAndReadsThePolicyOverrides(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("silent-window.drl");
    Files.writeString(file, resource("program-rules/nested/long-silence.drl"));
    runner.withPropertyValues("mentoring.rules.locations=" + file.toUri(),
            "mentoring.policy.fizzling.lookback-days=200")
        .run(context -> {
          HealthCheck healthCheck = context.getBean(HealthCheck.class);
          assertThat(healthCheck.catalogue().find("program.silent-window")).isPresent();
          // 140 days without a meeting: past the default 90, not past the program's 200
          assertThat(healthCheck.check(NEVER_MET, TWENTY_WEEKS_IN).has("program.silent-window"))
              .isFalse();
        });
  }

  @Test
  void aMisspeltPolicyKeyStopsTheServiceWithTheKeyAndASuggestion() {
    runner.withPropertyValues("mentoring.policy.goals.max-actve=4").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(PolicyException.class)
          .hasMessageContaining("unknown key 'goals.max-actve'")
          .hasMessageContaining("goals.max-active");
    });
  }

  @Test
  void aPolicyValueOfTheWrongKindStopsTheService() {
    runner.withPropertyValues("mentoring.policy.goals.max-active=four").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(PolicyException.class)
          .hasMessageContaining("goals.max-active");
    });
  }

  @Test
  void anUnfinishedRuleFileStopsTheServiceNamingTheFileAndLine() {
    runner.withPropertyValues("mentoring.rules.locations=classpath:broken-rules/unfinished.drl")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .isInstanceOf(RuleBuildException.class)
              .hasMessageContaining("unfinished.drl:");
        });
  }

  @Test
  void aDesignerFileThatWouldStopTheServiceIsRefusedBeforeItIsCompiled() {
    runner.withPropertyValues("mentoring.rules.locations=classpath:hostile-rules/")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .isInstanceOf(RuleBuildException.class)
              .hasMessageContaining("stop-the-service.drl")
              .hasMessageContaining("'System' is not allowed");
        });
  }

  @Test
  void aLocationWithNoRuleFilesStopsTheServiceRatherThanQuietlyLeavingTheProgramsRulesOut() {
    runner.withPropertyValues("mentoring.rules.locations=classpath:progam-rules/")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .isInstanceOf(RuleBuildException.class)
              .hasMessageContaining("no .drl file found")
              .hasMessageContaining("classpath:progam-rules/");
        });
  }

  @Test
  void aServiceThatCannotStartSaysWhichRuleFileOrPolicyKeyToCorrectNotWhichBeanFailed()
      throws IOException {
    List<String> analyzers = new ArrayList<>();
    for (URL factories : Collections.list(getClass().getClassLoader()
        .getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION))) {
      Properties registered = new Properties();
      try (InputStream in = factories.openStream()) {
        registered.load(in);
      }
      analyzers.addAll(List.of(registered.getProperty(FailureAnalyzer.class.getName(), "")
          .split("\\s*,\\s*")));
    }
    assertThat(analyzers).as("Spring Boot finds the analyzer")
        .contains(MentoringFailureAnalyzer.class.getName());
    runner.withPropertyValues("mentoring.rules.locations=classpath:broken-rules/").run(context -> {
      FailureAnalysis analysis = new MentoringFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("unfinished.drl:");
      assertThat(analysis.getAction()).contains("mentoring.rules.locations");
    });
    runner.withPropertyValues("mentoring.policy.goals.max-actve=4").run(context -> {
      FailureAnalysis analysis = new MentoringFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("unknown key 'goals.max-actve'");
      assertThat(analysis.getAction()).contains("mentoring.policy.*");
    });
    assertThat(new MentoringFailureAnalyzer().analyze(new IllegalStateException("not ours")))
        .as("a failure of another kind is left to other analyzers").isNull();
  }

  @Test
  void switchingOffARuleThatDoesNotExistStopsTheService() {
    runner.withPropertyValues("mentoring.rules.disabled=fizzling.no-such-rule").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(RuleBuildException.class)
          .hasMessageContaining("fizzling.no-such-rule");
    });
  }

  @Test
  void aParallelismBelowOneStopsTheService() {
    runner.withPropertyValues("mentoring.parallelism=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("parallelism must be at least 1, was 0");
    });
  }

  @Test
  void aBulkCheckJudgesEveryPairWithTheParallelismOfTheProperties() {
    runner.withPropertyValues("mentoring.parallelism=2")
        .withBean(HealthCheckBuilderCustomizer.class, () -> builder -> builder.batchSize(1))
        .run(context -> {
          var pairs = java.util.stream.IntStream.range(0, 6)
              .mapToObj(i -> Relationship.builder().from(NEVER_MET).id("r-" + i).build())
              .toList();
          var report = context.getBean(HealthCheck.class).checkAll(pairs, FIVE_WEEKS_IN);
          assertThat(report.reports()).hasSize(6)
              .allSatisfy(r -> assertThat(r.has("fizzling.no-recent-meeting")).isTrue());
        });
  }

  @Test
  void theServicesOwnHealthCheckWinsAndTheStarterBacksOff() {
    HealthCheck own = HealthCheck.builder().disable("goals.not-specific").build();
    runner.withPropertyValues("mentoring.rules.locations=classpath:broken-rules/")
        .withBean("ownHealthCheck", HealthCheck.class, () -> own)
        .run(context -> {
          // the broken location is never read: the starter built nothing
          assertThat(context).hasNotFailed().hasSingleBean(HealthCheck.class);
          assertThat(context.getBean(HealthCheck.class)).isSameAs(own);
        });
    own.close();
  }

  @Test
  void aCustomizerChangesTheBuilderAfterTheProperties() {
    runner.withPropertyValues("mentoring.rules.disabled=goals.not-specific")
        .withUserConfiguration(DisablesMeasurable.class)
        .run(context -> {
          HealthCheck healthCheck = context.getBean(HealthCheck.class);
          assertThat(healthCheck.catalogue().find("goals.not-specific")).isEmpty();
          assertThat(healthCheck.catalogue().find("goals.not-measurable")).isEmpty();
        });
  }

  @Test
  void closingTheApplicationClosesTheHealthCheck() {
    AtomicReference<HealthCheck> built = new AtomicReference<>();
    runner.run(context -> built.set(context.getBean(HealthCheck.class)));
    assertThatThrownBy(() -> built.get().check(NEVER_MET, FIVE_WEEKS_IN))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theConfigurationMetadataDescribesEveryMentoringKeySoThatIdesCompleteThem()
      throws IOException {
    String metadata = resource("META-INF/spring-configuration-metadata.json");
    for (String key : new String[] {"mentoring.rules.locations", "mentoring.rules.disabled",
        "mentoring.policy", "mentoring.parallelism"}) {
      assertThat(metadata).containsPattern("\"name\"\\s*:\\s*\"" + key.replace(".", "\\.") + "\"");
    }
    assertThat(metadata).contains("Designer DRL files, or folders")
        .contains("Policy thresholds in place of the defaults")
        .contains("Threads that may judge at once");
  }

  @Test
  void theIdeOffersEveryPolicyKeyAfterMentoringPolicyWithItsMeaningAndDefault() throws IOException {
    String metadata = resource("META-INF/spring-configuration-metadata.json");
    Map<String, String> offered = new TreeMap<>();
    Matcher hint = Pattern.compile(
        "\"value\"\\s*:\\s*\"([^\"]+)\",\\s*\"description\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
        .matcher(metadata);
    while (hint.find()) {
      offered.put(hint.group(1), hint.group(2));
    }
    Policy defaults = Policy.defaults();
    // a new or renamed key must be added to META-INF/additional-spring-configuration-metadata.json
    assertThat(offered.keySet()).containsExactlyElementsOf(defaults.asText().keySet());
    defaults.asText().forEach((key, value) -> assertThat(offered.get(key)).as(key)
        .endsWith("Default: " + value + "."));
    assertThat(metadata).contains("\"name\": \"mentoring.policy.keys\"");
  }

  /**
   * The application.properties of the README's "In a Spring Boot service" start a service with
   * every setting in effect; its file: location, a folder of the reader's machine, is pointed at
   * a folder with a rule file of its own.
   */
  @Test
  void thePropertiesTheReadmeShowsStartAServiceWithEverySettingInEffect(@TempDir Path dir)
      throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("#### In a Spring Boot service\n.*?```properties\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a properties block under 'In a Spring Boot service'").isTrue();
    String shown = block.group(1);
    Matcher fileLocation = Pattern.compile("file:[^,\\s]+").matcher(shown);
    assertThat(fileLocation.find()).isTrue();
    Files.writeString(dir.resolve("extra.drl"), resource("program-rules/nested/long-silence.drl")
        .replace("program.silent-window", "program.extra-silent-window")
        .replace("Partners silent", "Extra: partners silent"));
    Properties properties = new Properties();
    properties.load(new StringReader(shown.replace(fileLocation.group(), dir.toUri().toString())));
    String[] pairs = properties.stringPropertyNames().stream()
        .map(key -> key + "=" + properties.getProperty(key)).toArray(String[]::new);
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(4);

    runner.withPropertyValues(pairs).run(context -> {
      assertThat(context).hasNotFailed();
      HealthCheck healthCheck = context.getBean(HealthCheck.class);
      MentoringProperties bound = context.getBean(MentoringProperties.class);
      assertThat(bound.getRules().getLocations()).hasSize(2);
      assertThat(healthCheck.catalogue().find("program.silent-window")).isPresent();
      assertThat(healthCheck.catalogue().find("program.extra-silent-window")).isPresent();
      bound.getRules().getDisabled().forEach(id ->
          assertThat(healthCheck.catalogue().find(id)).as(id).isEmpty());
      assertThat(bound.getPolicy()).isNotEmpty();
      bound.getPolicy().forEach((key, value) ->
          assertThat(healthCheck.policy().asText()).containsEntry(key, value));
      assertThat(bound.getParallelism()).isNotNull();
    });
  }

  /** An application that also switches off goals.not-measurable, in code. */
  @Configuration(proxyBeanMethods = false)
  static class DisablesMeasurable {
    @Bean
    HealthCheckBuilderCustomizer disableMeasurable() {
      return builder -> builder.disable("goals.not-measurable");
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MentoringAutoConfigurationTest.class.getClassLoader()
        .getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
