package io.github.uuidkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real self-provisioning, whatever this machine has installed: both libraries mysqld 8.0.31 links ({@code libaio.so.1},
 * {@code libnuma.so.1}) are fetched with {@code apt-get download} into an empty cache and {@code ldd} then resolves
 * each of them from there. (On a machine with libnuma installed, this is the proof of the libnuma path; the run of
 * the suites proves the libaio path where libaio is absent.)
 */
class NativeLibrariesIT {

    @TempDir
    Path cache;

    @Test
    void bothLibrariesAreFetchedAndResolvedFromTheCache() throws Exception {
        Path mysqld = EmbeddedMySqlServer.mysqld(EmbeddedVersion.MYSQL_8_0);
        Path lib = NativeLibraries.provision(Set.of("libaio.so.1", "libnuma.so.1"), cache);
        assertThat(lib.resolve("libaio.so.1")).exists();
        assertThat(lib.resolve("libnuma.so.1")).exists();
        assertThat(NativeLibraries.missing(mysqld, lib)).isEmpty();
        String ldd = NativeLibraries.PROCESS.run(List.of("ldd", mysqld.toString()), null,
                Map.of("LD_LIBRARY_PATH", lib.toString())).output;
        System.out.println("[uuidkit-it] NativeLibrariesIT: ldd with LD_LIBRARY_PATH=" + lib + ":\n" + ldd);
        assertThat(ldd).contains("libaio.so.1 => " + lib.resolve("libaio.so.1"))
                .contains("libnuma.so.1 => " + lib.resolve("libnuma.so.1"));
        assertThat(Files.list(cache.resolve("native-libs")).map(p -> p.getFileName().toString()))
                .as("the downloads are cleaned up").containsExactlyInAnyOrder("lib", ".lock");
    }
}
