package io.github.mentoring.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a team that imports mentoring relies on: the BOM it imports names the versions of the
 * libraries it may depend on, and a rebuild of a release gives the same jars. The BOM has no
 * parent (so that importing it pins none of the user's other libraries), so nothing in Maven keeps
 * it in step with the parent pom: this test does.
 */
class ReleaseBuildTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void theBomFollowsTheProjectsVersionAndBuildTime() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("mentoring-bom/pom.xml"));

    assertThat(text(bom.getDocumentElement(), "version"))
        .as("mentoring-bom's version").isEqualTo(text(parent.getDocumentElement(), "version"));
    assertThat(text(bom.getDocumentElement(), "groupId"))
        .isEqualTo(text(parent.getDocumentElement(), "groupId"));
    assertThat(property(bom, "project.build.outputTimestamp"))
        .as("the BOM's project.build.outputTimestamp (reproducible builds)")
        .isEqualTo(property(parent, "project.build.outputTimestamp"))
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void theBomManagesThePublishedLibrariesOnlyAndPinsNothingElse() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("mentoring-bom/pom.xml"));

    assertThat(children(bom.getDocumentElement(), "parent"))
        .as("a parent's dependencyManagement would be imported with the BOM").isEmpty();
    assertThat(children(children(parent.getDocumentElement(), "modules").get(0), "module"))
        .extracting(Node::getTextContent).as("the reactor builds the BOM")
        .contains("mentoring-bom", "mentoring-core", "mentoring-rules");

    List<String> managed = new ArrayList<>();
    Element management = children(bom.getDocumentElement(), "dependencyManagement").get(0);
    for (Element dependency : children(children(management, "dependencies").get(0),
        "dependency")) {
      String type = children(dependency, "type").isEmpty() ? "jar" : text(dependency, "type");
      managed.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":" + type);
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      assertThat(children(dependency, "scope")).as("a BOM leaves the scope to its user").isEmpty();
    }
    assertThat(managed).containsExactlyInAnyOrder(
        "io.github.mentoring:mentoring-core:jar",
        "io.github.mentoring:mentoring-core:test-jar",
        "io.github.mentoring:mentoring-rules:jar",
        "io.github.mentoring:mentoring-json:jar",
        "io.github.mentoring:mentoring-streams:jar",
        "io.github.mentoring:mentoring-spring-boot-starter:jar");
  }

  @Test
  void aReleaseBuildWithoutASigningKeySkipsSigningAndNeverPublishesByItself() throws Exception {
    for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("mentoring-bom/pom.xml"))) {
      Element release = profile(read(pom), "release");
      assertThat(text(children(release, "properties").get(0), "gpg.skip"))
          .as(pom + ": the release profile signs only when asked").isEqualTo("true");
      String profileText = release.getTextContent().replaceAll("\\s+", " ");
      assertThat(profileText).as(pom + ": release plugins")
          .contains("maven-gpg-plugin", "central-publishing-maven-plugin",
              "cyclonedx-maven-plugin");
      Element publishing = null;
      for (Element plugin : descendants(release, "plugin")) {
        if (text(plugin, "artifactId").equals("central-publishing-maven-plugin")) {
          publishing = plugin;
        }
      }
      assertThat(publishing).isNotNull();
      assertThat(text(children(publishing, "configuration").get(0), "autoPublish"))
          .as(pom + ": a person presses Publish in the Central Portal").isEqualTo("false");

      Element signing = profile(read(pom), "signing");
      assertThat(text(descendants(signing, "property").get(0), "name")).isEqualTo("gpg.keyname");
      assertThat(text(children(signing, "properties").get(0), "gpg.skip")).isEqualTo("false");
    }
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String property(Document pom, String name) {
    return text(children(pom.getDocumentElement(), "properties").get(0), name);
  }

  private static Element profile(Document pom, String id) {
    for (Element profile : descendants(pom.getDocumentElement(), "profile")) {
      if (text(profile, "id").equals(id)) {
        return profile;
      }
    }
    throw new AssertionError("no profile " + id);
  }

  /** The trimmed text of the only direct child of that name. */
  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<" + name + "> in <" + parent.getTagName() + ">").hasSize(1);
    return found.get(0).getTextContent().trim();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<Element> descendants(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
