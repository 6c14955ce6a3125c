package io.github.mentoring.spring.boot;

import io.github.mentoring.rules.HealthCheck;
import io.github.mentoring.rules.Policy;
import io.github.mentoring.rules.RuleBuildException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Auto-configures one {@link HealthCheck} bean from the {@link MentoringProperties mentoring.*
 * properties}: the built-in rules, the designer files of {@code mentoring.rules.locations}, minus
 * the rules of {@code mentoring.rules.disabled}, with the default policy changed by {@code
 * mentoring.policy.*} and bulk checks on at most {@code mentoring.parallelism} threads.
 *
 * <p>Backs off when the application defines a {@link HealthCheck} bean of its own. To change the
 * builder beyond the properties (an executor, trusted rules) without replacing the bean, define
 * {@link HealthCheckBuilderCustomizer} beans. The bean is built at start-up, so a rule file that
 * does not compile, an unknown rule id or policy key stops the application with the library's
 * message rather than failing the first check; it is closed with the context, which ends the
 * health check's own threads.
 */
@AutoConfiguration
@ConditionalOnClass(HealthCheck.class)
@EnableConfigurationProperties(MentoringProperties.class)
public class MentoringAutoConfiguration {

  /** Created by Spring from the auto-configuration imports. */
  public MentoringAutoConfiguration() {}

  /**
   * The health check of the {@code mentoring.*} properties.
   *
   * @throws RuleBuildException if a location names no .drl file, a file does not compile or
   *     breaks the designer allowlist, or a disabled id is unknown
   * @throws io.github.mentoring.rules.PolicyException if a policy key is unknown or a value is
   *     of the wrong kind
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public HealthCheck mentoringHealthCheck(MentoringProperties properties,
      ResourceLoader resourceLoader, ObjectProvider<HealthCheckBuilderCustomizer> customizers) {
    HealthCheck.Builder builder = HealthCheck.builder();
    ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(
        resourceLoader);
    for (String location : properties.getRules().getLocations()) {
      for (Resource file : drlFiles(resolver, location)) {
        builder.addRules(name(file), read(file));
      }
    }
    builder.disable(properties.getRules().getDisabled());
    if (!properties.getPolicy().isEmpty()) {
      builder.policy(Policy.defaults().with(properties.getPolicy()));
    }
    if (properties.getParallelism() != null) {
      builder.parallelism(properties.getParallelism());
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * The .drl files of one location: the file it names, or every .drl file under the folder it
   * names, sorted so that the rules load in the same order on every machine. A location that
   * yields none is refused: a misspelt path must not quietly leave a program's rules out.
   */
  static List<Resource> drlFiles(ResourcePatternResolver resolver, String location) {
    String trimmed = location.trim();
    String pattern = trimmed.endsWith(".drl") ? trimmed
        : (trimmed.endsWith("/") ? trimmed : trimmed + "/") + "**/*.drl";
    List<Resource> found = new ArrayList<>();
    try {
      Arrays.stream(resolver.getResources(pattern))
          .filter(Resource::isReadable)
          .sorted(Comparator.comparing(MentoringAutoConfiguration::name))
          .forEach(found::add);
    } catch (IOException e) {
      // a folder that does not exist reads as "nothing found" below, not as an I/O failure
      found.clear();
    }
    if (found.isEmpty()) {
      throw new RuleBuildException(List.of(new RuleBuildException.Problem(trimmed, 0,
          "no .drl file found at mentoring.rules.locations entry '" + trimmed + "'")));
    }
    return found;
  }

  /** The name a file's problems are reported under: its URL, which says where it came from. */
  private static String name(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      return resource.getDescription();
    }
  }

  private static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read rules file " + name(resource), e);
    }
  }
}
