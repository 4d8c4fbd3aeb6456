package io.github.uuidkit.it.build;

import static io.github.uuidkit.it.build.Poms.child;
import static io.github.uuidkit.it.build.Poms.children;
import static io.github.uuidkit.it.build.Poms.parse;
import static io.github.uuidkit.it.build.Poms.repositoryRoot;
import static io.github.uuidkit.it.build.Poms.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every published module has a checked-in API signature file, {@code <module>/api/<artifactId>.api}: each public
 * type of its exported packages (all packages of a jar without {@code module-info}) with its public and protected
 * members, as {@code javap -protected} prints them from the compiled classes. The test fails when the compiled API
 * differs from the file, so every API change shows in review as a change of that file; after a deliberate change,
 * rewrite the files with {@code -Duuidkit.api.update=true} (for example {@code ./mvnw -B -ntp -pl integration-tests -am
 * verify -Dtest=ApiSignatureTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Duuidkit.api.update=true}) and
 * commit them with the change.
 *
 * <p>Published modules are found as {@link BomListsEveryPublishedModuleTest} finds them: reactor modules with jar
 * packaging and without {@code maven.deploy.skip}. The classes are read from each module's {@code target/classes},
 * which the reactor has compiled before this module's tests run.
 */
class ApiSignatureTest {

    private static final boolean UPDATE = Boolean.getBoolean("uuidkit.api.update");

    @Test
    void everyPublishedModuleMatchesItsCheckedInApiFile() throws Exception {
        Path root = repositoryRoot();
        Document parent = parse(root.resolve("pom.xml"));
        List<String> differing = new ArrayList<>();
        int modules = 0;
        for (Element module : children(child(parent.getDocumentElement(), "modules"), "module")) {
            Path dir = root.resolve(module.getTextContent().trim());
            Element pom = parse(dir.resolve("pom.xml")).getDocumentElement();
            String packaging = text(pom, "packaging");
            Element properties = child(pom, "properties");
            String deploySkip = properties == null ? null : text(properties, "maven.deploy.skip");
            if (!(packaging == null || packaging.equals("jar")) || "true".equals(deploySkip)) {
                continue;
            }
            modules++;
            String artifactId = text(pom, "artifactId");
            String api = signature(dir.resolve("target/classes"), artifactId);
            Path file = dir.resolve("api").resolve(artifactId + ".api");
            String checkedIn = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (api.equals(checkedIn)) {
                continue;
            }
            if (UPDATE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, api, StandardCharsets.UTF_8);
                System.out.println("[uuidkit-it] ApiSignatureTest: rewrote " + root.relativize(file));
            } else {
                differing.add(root.relativize(file) + (checkedIn == null ? " is missing" : " differs:\n"
                        + difference(checkedIn, api)));
            }
        }
        assertThat(modules).as("published modules found").isGreaterThanOrEqualTo(8);
        assertThat(differing).as("API signature files that do not match the compiled API (a deliberate change: rerun"
                + " with -Duuidkit.api.update=true and commit the files)").isEmpty();
    }

    /** The API text of one module's compiled classes. */
    static String signature(Path classes, String artifactId) throws IOException {
        assertThat(classes).as("%s is compiled (run through the reactor: ./mvnw verify)", classes).isDirectory();
        Set<String> exported = exportedPackages(classes);
        List<String> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.class")
                            && !p.getFileName().toString().equals("package-info.class"))
                    .filter(p -> !p.getFileName().toString().matches(".*\\$\\d.*")) // anonymous and local classes
                    .filter(p -> exported == null || exported.contains(packageOf(classes, p)))
                    .map(Path::toString)
                    .sorted()
                    .collect(Collectors.toList());
        }
        ToolProvider javap = ToolProvider.findFirst("javap")
                .orElseThrow(() -> new AssertionError("javap is not available: run the tests on a JDK"));
        // javap prints the classes in the order given; one block per class, starting with its declaration
        TreeMap<String, String> byType = new TreeMap<>();
        for (String file : files) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = javap.run(new PrintWriter(out), new PrintWriter(err), "-protected", file);
            assertThat(status).as("javap %s: %s", file, err).isZero();
            List<String> lines = out.toString().lines().filter(l -> !l.startsWith("Compiled from "))
                    .collect(Collectors.toList());
            if (lines.isEmpty()) {
                continue;
            }
            String declaration = lines.get(0);
            if (!declaration.startsWith("public ") && !declaration.startsWith("protected ")) {
                continue; // a package-private type: not API
            }
            byType.put(declaration, String.join("\n", lines));
        }
        StringBuilder api = new StringBuilder("# API of ").append(artifactId)
                .append(": public types of its exported packages and their public and protected members"
                        + " (javap -protected). Checked by integration-tests' ApiSignatureTest.\n");
        byType.values().forEach(block -> api.append(block).append('\n'));
        return api.toString();
    }

    /** The unqualified exports of the module-info in {@code classes}, or null (every package) without one. */
    private static Set<String> exportedPackages(Path classes) throws IOException {
        Path info = classes.resolve("module-info.class");
        if (!Files.exists(info)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(info)) {
            return ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        }
    }

    private static String packageOf(Path classes, Path classFile) {
        Path relative = classes.relativize(classFile.getParent());
        return relative.toString().replace(classFile.getFileSystem().getSeparator(), ".");
    }

    /** The lines only in one of the two texts, marked - (checked in) and + (compiled), at most 40. */
    private static String difference(String checkedIn, String compiled) {
        Set<String> before = checkedIn.lines().collect(Collectors.toSet());
        Set<String> after = compiled.lines().collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        checkedIn.lines().filter(l -> !after.contains(l)).forEach(l -> out.add("  - " + l));
        compiled.lines().filter(l -> !before.contains(l)).forEach(l -> out.add("  + " + l));
        return out.stream().limit(40).collect(Collectors.joining("\n"))
                + (out.size() > 40 ? "\n  … " + (out.size() - 40) + " more lines" : "");
    }
}
