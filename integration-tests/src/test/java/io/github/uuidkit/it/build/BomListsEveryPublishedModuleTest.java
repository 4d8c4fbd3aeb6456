package io.github.uuidkit.it.build;

import static io.github.uuidkit.it.build.Poms.child;
import static io.github.uuidkit.it.build.Poms.children;
import static io.github.uuidkit.it.build.Poms.parse;
import static io.github.uuidkit.it.build.Poms.repositoryRoot;
import static io.github.uuidkit.it.build.Poms.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM manages exactly the published artifacts: every module of the reactor with jar packaging and without
 * {@code maven.deploy.skip=true}, at the project version, and nothing else; the parent imports no BOM (every consumer
 * of a published module resolves the parent POM, and with it any BOM it imports).
 */
class BomListsEveryPublishedModuleTest {

    @Test
    void bomManagesExactlyThePublishedModules() throws Exception {
        Path root = repositoryRoot();
        Document parent = parse(root.resolve("pom.xml"));
        String version = text(parent.getDocumentElement(), "version");
        Map<String, String> published = new TreeMap<>();
        for (Element module : children(child(parent.getDocumentElement(), "modules"), "module")) {
            Element pom = parse(root.resolve(module.getTextContent().trim()).resolve("pom.xml")).getDocumentElement();
            String packaging = text(pom, "packaging");
            Element properties = child(pom, "properties");
            String deploySkip = properties == null ? null : text(properties, "maven.deploy.skip");
            if ((packaging == null || packaging.equals("jar")) && !"true".equals(deploySkip)) {
                published.put(text(pom, "artifactId"), version);
            }
        }
        assertThat(published).as("published modules").containsKeys("uuidkit-core", "uuidkit-jooq");

        Document bom = parse(root.resolve("bom/pom.xml"));
        assertThat(text(bom.getDocumentElement(), "version")).as("BOM version").isEqualTo(version);
        Map<String, String> managed = new TreeMap<>();
        for (Element dependency : children(child(child(bom.getDocumentElement(), "dependencyManagement"),
                "dependencies"), "dependency")) {
            assertThat(text(dependency, "groupId")).isEqualTo("io.github.uuidkit");
            managed.put(text(dependency, "artifactId"),
                    text(dependency, "version").replace("${project.version}", version));
        }
        assertThat(managed).as("bom/pom.xml dependencyManagement").isEqualTo(published);
    }

    @Test
    void publishedParentImportsNoBom() throws Exception {
        Document parent = parse(repositoryRoot().resolve("pom.xml"));
        NodeList scopes = parent.getElementsByTagName("scope");
        List<String> imports = new ArrayList<>();
        for (int i = 0; i < scopes.getLength(); i++) {
            if (scopes.item(i).getTextContent().trim().equals("import")) {
                imports.add(text((Element) scopes.item(i).getParentNode(), "artifactId"));
            }
        }
        assertThat(imports).as("BOMs imported by the parent POM").isEmpty();
    }
}
