package io.github.uuidkit.boot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of docs/spring-boot.md compiles against the starter and Spring Boot 4.1 (this module's
 * test class path), with {@code -parameters} as Spring Boot's build plugins compile. Each block is preceded by the
 * marker {@code <!-- compile: boot-app -->} (the convention of integration-tests' ReadmeSnippetsTest) and is one
 * compilation unit, named after its public class.
 */
class SpringBootPageSnippetsTest {

    private static final Pattern BLOCK = Pattern.compile("(?:<!-- compile: ([a-z-]+) -->\\n)?```java\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public (?:final )?class (\\w+)");

    @Test
    void everyJavaBlockCompiles() throws IOException {
        String page = Files.readString(repositoryRoot().resolve("docs/spring-boot.md"), StandardCharsets.UTF_8);
        List<JavaFileObject> files = new ArrayList<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            int line = page.substring(0, m.start()).split("\n", -1).length;
            assertThat(m.group(1)).as("docs/spring-boot.md line %d: the marker <!-- compile: boot-app -->", line)
                    .isEqualTo("boot-app");
            String source = m.group(2);
            Matcher name = PUBLIC_CLASS.matcher(source);
            assertThat(name.find()).as("a public class in the block of line %d", line).isTrue();
            files.add(new SimpleJavaFileObject(URI.create("string:///" + name.group(1) + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            });
        }
        assertThat(files).as("java blocks in docs/spring-boot.md").isNotEmpty();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createTempDirectory("spring-boot-page");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        boolean ok = javac.getTask(out, null, diagnostics, List.of("-classpath", testClassPath(), "-d",
                classes.toString(), "-proc:none", "-parameters"), null, files).call();
        assertThat(ok).as("docs/spring-boot.md snippets compile:%n%s%n%s", out, diagnostics.getDiagnostics())
                .isTrue();
    }

    /** The real test class path (surefire puts a manifest-only jar on java.class.path). */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/spring-boot.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above %s with docs/spring-boot.md", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
