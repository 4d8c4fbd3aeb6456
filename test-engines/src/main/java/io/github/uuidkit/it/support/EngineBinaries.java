package io.github.uuidkit.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * Where the build put the embedded engines' jars: {@code uuidkit-engines.properties}, written by the test-engines
 * build (resource filtering), names the directory and one jar per {@link EmbeddedVersion}. The jars are not on the
 * classpath because several versions of one artifact carry the same resource names.
 */
final class EngineBinaries {

    private static Properties properties;

    private EngineBinaries() {
    }

    static synchronized String property(String key) {
        if (properties == null) {
            Properties p = new Properties();
            try (InputStream in = EngineBinaries.class.getResourceAsStream("/uuidkit-engines.properties")) {
                if (in == null) {
                    throw new IllegalStateException("uuidkit-engines.properties is missing from the classpath: build"
                            + " the test-engines module with Maven");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties = p;
        }
        String value = properties.getProperty(key);
        if (value == null || value.contains("${")) {
            throw new IllegalStateException("uuidkit-engines.properties has no value for " + key
                    + " (was it filtered by the test-engines build?)");
        }
        return value;
    }

    /** The jar of an embedded engine; fails with the fix when the build did not copy it. */
    static Path jar(EmbeddedVersion version) {
        Path dir = Paths.get(property("jars.dir"));
        Path jar = dir.resolve(property(version.key()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the binaries of embedded " + version.displayName() + " (" + jar
                    + ") are missing: run the build through test-engines, e.g. mvn -B -ntp verify (the jars are not"
                    + " copied with -Dmaven.test.skip=true)");
        }
        return jar;
    }
}
