package io.github.uuidkit.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every link of README.md and of the pages under {@code docs/} leads somewhere: a relative link names a file or
 * directory of this repository, and an {@code #anchor} (in the same page or another Markdown page) names a heading
 * of that page by GitHub's slug rules, or an explicit {@code <a id>} / {@code <a name>}. External links
 * ({@code http:}, {@code https:}, {@code mailto:}) are not fetched: this test runs offline. The Javadoc of the
 * published modules ({@code package-info.java}, {@code overview.html}) links its docs pages by absolute URL on the
 * project's GitHub site ({@code <url>} of the parent pom); those URLs must name files that exist here.
 *
 * <p>Also: every shell block ({@code ```bash}, {@code ```sh}, {@code ```shell}) is preceded by a marker that says
 * whether a test runs it: {@code <!-- shell: run -->} (run by {@link DocsShellBlocksIT}, under a minute each) or
 * {@code <!-- shell: not-run: REASON -->}; and the README's first {@code ```bash} block, within its first 60 lines,
 * holds exactly the two commands (the main job, then all tests), the second of which {@code .ci/run} runs.
 *
 * <p>A failure lists every broken link as {@code file:line: target: what is wrong}.
 */
class DocsLinksTest {

    /** The project's GitHub address (parent pom {@code <url>}): the base of the Javadoc's links to its docs. */
    static final String SITE = "https://github.com/uuidkit/uuidkit/blob/main/";

    /** README command 1 (the main job) and command 2 (all tests), in this order. */
    static final List<String> COMMANDS = List.of(
            "./mvnw -B -ntp -pl benchmarks -am verify -DskipTests -DskipITs -Preport",
            "./mvnw -B -ntp verify");

    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    /** {@code [text](target)} and {@code ![alt](target)}; a target may carry a title after a space. */
    private static final Pattern LINK = Pattern.compile("\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    /** HTML {@code href} and {@code src} attributes. */
    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    @Test
    void everyLinkOfTheDocumentationResolves() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : ReadmeSnippetsTest.documentationFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String masked = mask(text);
            for (Pattern p : List.of(LINK, HTML_LINK)) {
                Matcher m = p.matcher(masked);
                while (m.find()) {
                    checked++;
                    String problem = problem(root, file, m.group(1));
                    if (problem != null) {
                        broken.add(where(root, file, text, m.start()) + ": " + m.group(1) + ": " + problem);
                    }
                }
            }
        }
        System.out.println("[uuidkit-docs] links checked: " + checked);
        assertThat(broken).as("broken links (file:line: target: what is wrong)").isEmpty();
        assertThat(checked).as("links found").isGreaterThan(50);
    }

    @Test
    void theJavadocLinksNameDocsPagesThatExist() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        Pattern url = Pattern.compile(Pattern.quote(SITE) + "([^\"#\\s<>)]+)(#[^\"\\s<>)]+)?");
        List<String> broken = new ArrayList<>();
        Set<String> modulesLinked = new LinkedHashSet<>();
        List<String> published = List.of("core", "mysql-binary16", "jooq-binding", "mybatis", "hibernate", "spring",
                "spring-boot-starter", "doctor", "cli");
        for (String module : published) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root.resolve(module).resolve("src/main"))) {
                files = s.filter(p -> p.getFileName().toString().equals("package-info.java")
                        || p.getFileName().toString().equals("overview.html")).sorted().toList();
            }
            assertThat(files).as("%s has package-info.java files and an overview.html", module)
                    .anyMatch(p -> p.getFileName().toString().equals("overview.html"))
                    .anyMatch(p -> p.getFileName().toString().equals("package-info.java"));
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = url.matcher(text);
                boolean any = false;
                while (m.find()) {
                    any = true;
                    String target = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                    String problem = problem(root, root.resolve("README.md"), target);
                    if (problem != null) {
                        broken.add(where(root, file, text, m.start()) + ": " + m.group() + ": " + problem);
                    }
                }
                if (file.getFileName().toString().equals("package-info.java")
                        && !file.toString().contains("/internal/")) {
                    if (!any) {
                        broken.add(root.relativize(file) + ": links no docs page (" + SITE + "docs/...)");
                    }
                }
                if (any) {
                    modulesLinked.add(module);
                }
            }
        }
        assertThat(broken).as("Javadoc links to docs pages").isEmpty();
        assertThat(modulesLinked).containsExactlyElementsOf(published);
    }

    @Test
    void everyShellBlockSaysWhetherATestRunsIt() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        List<String> problems = new ArrayList<>();
        int run = 0;
        int notRun = 0;
        for (Path file : ReadmeSnippetsTest.documentationFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = DocsShellBlocksIT.SHELL_BLOCK.matcher(text);
            while (m.find()) {
                String marker = m.group(1);
                if (marker == null) {
                    problems.add(where(root, file, text, m.start()) + ": a shell block needs <!-- shell: run -->"
                            + " or <!-- shell: not-run: REASON --> on the line before it");
                } else if (marker.equals("run")) {
                    run++;
                } else if (marker.startsWith("not-run: ") && marker.length() > "not-run: ".length() + 10) {
                    notRun++;
                } else {
                    problems.add(where(root, file, text, m.start()) + ": marker '" + marker
                            + "': expected 'run' or 'not-run: REASON' with a reason");
                }
            }
        }
        System.out.println("[uuidkit-docs] shell blocks: " + run + " run by DocsShellBlocksIT, " + notRun
                + " not run (reason given)");
        assertThat(problems).isEmpty();
        assertThat(run).as("shell blocks run by DocsShellBlocksIT").isGreaterThanOrEqualTo(1);
    }

    @Test
    void theReadmesFirstBashBlockHoldsTheTwoCommandsAndCiRunsTheTestCommand() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```bash\n");
        assertThat(start).as("a ```bash block in README.md").isNotNegative();
        int firstLine = readme.substring(0, start).split("\n", -1).length;
        int end = readme.indexOf("\n```", start + 8);
        int lastLine = readme.substring(0, end).split("\n", -1).length + 1;
        assertThat(lastLine).as("line of the end of the README's first ```bash block (scripts read it within the"
                + " first 60 lines)").isLessThanOrEqualTo(60);
        List<String> commands = readme.substring(start + 8, end).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(commands).as("commands of the README's first ```bash block (line %d)", firstLine)
                .containsExactlyElementsOf(COMMANDS);
        List<String> ci = Files.readAllLines(root.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip).toList();
        assertThat(ci).as(".ci/run runs README command 2").contains(COMMANDS.get(1));
    }

    /**
     * The anchor rules against known answers: github-slugger's (GitHub's heading ids: lower case, punctuation other
     * than {@code -} and {@code _} dropped, each space a hyphen, no collapsing; repeated headings get {@code -1},
     * {@code -2}), and anchors the old README linked on GitHub.
     */
    @Test
    void headingAnchorsFollowGitHubsRules() {
        assertThat(slug("Hello World!")).isEqualTo("hello-world");
        assertThat(slug("foo_bar  baz")).isEqualTo("foo_bar--baz");
        assertThat(slug("C++ & Java")).isEqualTo("c--java");
        assertThat(slug("Über `code` **bold**")).isEqualTo("über-code-bold");
        assertThat(slug("jOOQ (`uuidkit-jooq`)")).isEqualTo("jooq-uuidkit-jooq");
        assertThat(slug("Snapshots and clones (CRaC, AWS Lambda SnapStart, VM clones)"))
                .isEqualTo("snapshots-and-clones-crac-aws-lambda-snapstart-vm-clones");
        assertThat(slug("Many threads on one generator: `perThreadOrdered()`"))
                .isEqualTo("many-threads-on-one-generator-perthreadordered");
        assertThat(slug("jOOQ 3.21: the published jar, not a recompile"))
                .isEqualTo("jooq-321-the-published-jar-not-a-recompile");
        assertThat(anchors("# A\n\n## Tested\n\n```bash\n# not a heading\n```\n\n## Tested\n"))
                .containsExactly("a", "tested", "tested-1");
    }

    /**
     * Every page under {@code docs/} starts with its title and then one sentence saying what it answers: the first
     * block after the {@code # title} is prose (not a heading, list, table, quote, image or code), and its first
     * sentence ends within 400 characters.
     */
    @Test
    void everyDocsPageStartsWithTheSentenceSayingWhatItAnswers() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        List<String> problems = new ArrayList<>();
        for (Path file : ReadmeSnippetsTest.documentationFiles()) {
            if (!file.getParent().equals(root.resolve("docs"))) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int i = 0;
            if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
                problems.add(root.relativize(file) + ":1: the page does not start with a '# title' line");
                continue;
            }
            i++;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            StringBuilder paragraph = new StringBuilder();
            for (int j = i; j < lines.size() && !lines.get(j).isBlank(); j++) {
                paragraph.append(lines.get(j).strip()).append(' ');
            }
            String text = paragraph.toString();
            int end = text.indexOf(". ");
            if (i >= lines.size() || !Character.isLetter(text.charAt(0)) || end < 0 || end > 400) {
                problems.add(root.relativize(file) + ":" + (i + 1) + ": after the title, one sentence (prose, at most"
                        + " 400 characters) saying what the page answers; found: "
                        + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every uuidkit artifact the documentation names (Maven {@code <artifactId>}, Gradle {@code group:artifact}) is
     * one the BOM manages (or the BOM itself), and every uuidkit version it names is the BOM's version.
     */
    @Test
    void everyArtifactAndVersionNamedIsTheBomsOwn() throws IOException {
        Path root = ReadmeSnippetsTest.repositoryRoot();
        String bom = Files.readString(root.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
        Set<String> managed = new LinkedHashSet<>();
        Matcher a = Pattern.compile("<artifactId>(uuidkit-[a-z0-9-]+)</artifactId>").matcher(bom);
        while (a.find()) {
            managed.add(a.group(1));
        }
        Matcher v = Pattern.compile("<artifactId>uuidkit-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
        assertThat(v.find()).as("the BOM's own version in bom/pom.xml").isTrue();
        String version = v.group(1);
        Pattern named = Pattern.compile("<artifactId>(uuidkit-[a-z0-9-]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?"
                + "|io\\.github\\.uuidkit:(uuidkit-[a-z0-9-]+)(?::([^\"'\\s)]+))?");
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (Path file : ReadmeSnippetsTest.documentationFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = named.matcher(text);
            while (m.find()) {
                found++;
                String artifact = m.group(1) != null ? m.group(1) : m.group(3);
                String ver = m.group(1) != null ? m.group(2) : m.group(4);
                if (!managed.contains(artifact)) {
                    problems.add(where(root, file, text, m.start()) + ": " + artifact + " is not managed by the BOM "
                            + managed);
                }
                if (ver != null && !ver.equals(version) && !ver.startsWith("<")) {
                    problems.add(where(root, file, text, m.start()) + ": " + artifact + " version " + ver
                            + ", the BOM's is " + version);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(found).as("uuidkit artifacts named in the documentation").isGreaterThanOrEqualTo(8);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Why {@code target}, linked from {@code from}, leads nowhere; null when it resolves. */
    static String problem(Path root, Path from, String target) throws IOException {
        if (target.matches("(?i)(https?|mailto):.*")) {
            return null;
        }
        if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return "a scheme other than http(s)/mailto";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file;
        if (path.isEmpty()) {
            file = from;
        } else {
            if (path.startsWith("/")) {
                return "an absolute path: GitHub resolves it against the site, not the repository; link relatively";
            }
            file = from.getParent().resolve(decode(path)).normalize();
            if (!file.startsWith(root)) {
                return "leaves the repository";
            }
            if (!Files.exists(file)) {
                return "no such file or directory " + root.relativize(file)
                        + (file.startsWith(root.resolve("docs")) ? " (a docs page another branch delivers? it must"
                                + " exist once merged)" : "");
            }
        }
        if (anchor != null) {
            if (anchor.isEmpty()) {
                return "an empty #anchor";
            }
            if (!file.getFileName().toString().endsWith(".md")) {
                return "an #anchor into a file that is not Markdown";
            }
            Set<String> anchors = anchors(Files.readString(file, StandardCharsets.UTF_8));
            if (!anchors.contains(decode(anchor))) {
                return "no heading or <a id> '" + anchor + "' in " + root.relativize(file);
            }
        }
        return null;
    }

    /** The anchors GitHub gives the headings of a Markdown text, plus explicit {@code <a id>} / {@code <a name>}. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(maskFences(markdown));
        while (m.find()) {
            String slug = slug(m.group(1));
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        Matcher a = HTML_ANCHOR.matcher(markdown);
        while (a.find()) {
            anchors.add(a.group(1));
        }
        return anchors;
    }

    /**
     * GitHub's heading slug (github-slugger): the rendered text (inline code, emphasis and link syntax removed), lower
     * case, every character that is not a letter, mark, digit, connector punctuation, space or hyphen removed, then
     * each space replaced by a hyphen.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // link -> its text
                .replaceAll("<[^>]+>", "")                                       // HTML tags
                .replace("`", "")
                .replaceAll("(\\*\\*|__|\\*)", "");
        return text.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{Nd}\\p{Nl}\\p{No}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    /** The text with fenced blocks and inline code blanked out (same length, so offsets stay right). */
    static String mask(String text) {
        return blank(text, List.of(FENCE, INLINE_CODE));
    }

    /** The text with fenced blocks blanked out (a {@code #} line in a shell block is no heading). */
    static String maskFences(String text) {
        return blank(text, List.of(FENCE));
    }

    private static String blank(String text, List<Pattern> patterns) {
        StringBuilder out = new StringBuilder(text);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(out.toString());
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
            }
        }
        return out.toString();
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String where(Path root, Path file, String text, int offset) {
        return root.relativize(file) + ":" + text.substring(0, offset).split("\n", -1).length;
    }
}
