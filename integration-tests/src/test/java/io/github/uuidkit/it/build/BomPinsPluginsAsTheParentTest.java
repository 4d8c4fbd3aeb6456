package io.github.uuidkit.it.build;

import static io.github.uuidkit.it.build.Poms.child;
import static io.github.uuidkit.it.build.Poms.children;
import static io.github.uuidkit.it.build.Poms.parse;
import static io.github.uuidkit.it.build.Poms.repositoryRoot;
import static io.github.uuidkit.it.build.Poms.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * {@code bom/pom.xml} has no parent (so that importing it manages uuidkit's artifacts and nothing else) and
 * therefore repeats what it needs of the parent: the plugin versions of a pom-packaged module and the
 * reproducible-build timestamp. Each repeated value must equal the parent's, so that bumping a plugin or setting
 * the release time in the parent alone fails the build instead of drifting.
 */
class BomPinsPluginsAsTheParentTest {

    @Test
    void everyPluginTheBomPinsHasTheParentsVersion() throws Exception {
        Element parent = parse(repositoryRoot().resolve("pom.xml")).getDocumentElement();
        Element bom = parse(repositoryRoot().resolve("bom/pom.xml")).getDocumentElement();
        Map<String, String> parentVersions = pluginVersions(parent);
        Map<String, String> bomVersions = pluginVersions(bom);

        assertThat(bomVersions).as("plugins pinned in bom/pom.xml").isNotEmpty();
        Map<String, String> expected = new TreeMap<>();
        bomVersions.keySet().forEach(plugin -> expected.put(plugin, parentVersions.get(plugin)));
        assertThat(bomVersions).as("bom/pom.xml plugin versions against the parent's pluginManagement")
                .isEqualTo(expected);
        // the BOM pins no plugin by a property of its own: every version is a literal checked above
        assertThat(bomVersions.values()).noneMatch(v -> v == null || v.contains("${"));
    }

    @Test
    void theBomHasTheParentsReproducibleBuildTimestamp() throws Exception {
        Element parent = parse(repositoryRoot().resolve("pom.xml")).getDocumentElement();
        Element bom = parse(repositoryRoot().resolve("bom/pom.xml")).getDocumentElement();
        String timestamp = "project.build.outputTimestamp";
        assertThat(text(child(parent, "properties"), timestamp)).as("parent " + timestamp).isNotBlank();
        assertThat(text(child(bom, "properties"), timestamp)).as("bom " + timestamp)
                .isEqualTo(text(child(parent, "properties"), timestamp));
    }

    /** groupId:artifactId → version of build/pluginManagement/plugins and build/plugins, properties resolved. */
    private static Map<String, String> pluginVersions(Element project) {
        Map<String, String> versions = new TreeMap<>();
        Element build = child(project, "build");
        for (Element plugins : children(child(build, "pluginManagement"), "plugins")) {
            collect(project, plugins, versions);
        }
        for (Element plugins : children(build, "plugins")) {
            collect(project, plugins, versions);
        }
        return versions;
    }

    private static void collect(Element project, Element plugins, Map<String, String> versions) {
        for (Element plugin : children(plugins, "plugin")) {
            String group = text(plugin, "groupId");
            String key = (group == null ? "org.apache.maven.plugins" : group) + ":" + text(plugin, "artifactId");
            String version = text(plugin, "version");
            if (version != null && version.startsWith("${") && version.endsWith("}")) {
                String resolved = text(child(project, "properties"), version.substring(2, version.length() - 1));
                version = resolved == null ? version : resolved;
            }
            versions.putIfAbsent(key, version);
        }
    }
}
