package io.github.uuidkit.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Harness configuration, in pgjdbc's layering (later wins):
 * <ol>
 *   <li>checked-in defaults: {@code uuidkit-it.properties} (test-engines resources);</li>
 *   <li>an optional, git-ignored {@code integration-tests/local.properties} (or the file named by
 *       {@code -Duuidkit.it.localProperties});</li>
 *   <li>environment variables: {@code uuidkit.it.postgres.url} is {@code UUIDKIT_IT_POSTGRES_URL};</li>
 *   <li>system properties ({@code -D}, which Maven passes on to the test JVM).</li>
 * </ol>
 * Blank values count as unset; names are case-insensitive.
 */
final class ItConfig {

    static final String PREFIX = "uuidkit.it.";

    private final Properties props;
    private final String localFile;

    private ItConfig(Properties props, String localFile) {
        this.props = props;
        this.localFile = localFile;
    }

    static ItConfig load() {
        return load(System.getenv(), System.getProperties());
    }

    static ItConfig load(Map<String, String> env, Properties system) {
        Properties merged = new Properties();
        try (InputStream in = ItConfig.class.getResourceAsStream("/uuidkit-it.properties")) {
            if (in != null) {
                merged.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String explicit = system.getProperty(PREFIX + "localProperties");
        Path local = explicit != null && !explicit.isBlank()
                ? Paths.get(explicit)
                : Paths.get(system.getProperty("basedir", system.getProperty("user.dir", ".")))
                        .resolve("local.properties");
        String loadedLocal = null;
        if (Files.isRegularFile(local)) {
            try (Reader r = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                merged.load(r);
                loadedLocal = local.toAbsolutePath().toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + local, e);
            }
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("UUIDKIT_IT_")) {
                merged.setProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue());
            }
        }
        for (String name : system.stringPropertyNames()) {
            if (name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                merged.setProperty(name, system.getProperty(name));
            }
        }
        // names are case-insensitive: UUIDKIT_IT_CACHEDIR is uuidkit.it.cacheDir
        Properties normalized = new Properties();
        for (String name : merged.stringPropertyNames()) {
            normalized.setProperty(name.toLowerCase(Locale.ROOT), merged.getProperty(name));
        }
        return new ItConfig(normalized, loadedLocal);
    }

    /** The value of {@code uuidkit.it.<key>}, unless unset or blank. */
    Optional<String> get(String key) {
        String v = props.getProperty((PREFIX + key).toLowerCase(Locale.ROOT));
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    Optional<String> localFile() {
        return Optional.ofNullable(localFile);
    }
}
