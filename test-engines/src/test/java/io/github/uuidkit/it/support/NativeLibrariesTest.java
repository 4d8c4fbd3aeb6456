package io.github.uuidkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit tests of mysqld's library self-provisioning, with apt-get and dpkg-deb replaced by a fake runner. */
class NativeLibrariesTest {

    @TempDir
    Path cache;

    private static final String LDD_WITHOUT_AIO = "\tlinux-vdso.so.1 (0x00007ffd5b1f2000)\n"
            + "\tlibpthread.so.0 => /lib/x86_64-linux-gnu/libpthread.so.0 (0x00007f2a1c000000)\n"
            + "\tlibaio.so.1 => not found\n"
            + "\tlibnuma.so.1 => /lib/x86_64-linux-gnu/libnuma.so.1 (0x00007f611e9cc000)\n";

    @Test
    void lddNotFoundLinesAreTheMissingLibraries() {
        assertThat(NativeLibraries.parseNotFound(LDD_WITHOUT_AIO)).containsExactly("libaio.so.1");
        assertThat(NativeLibraries.parseNotFound(LDD_WITHOUT_AIO.replace("/lib/x86_64-linux-gnu/libnuma.so.1 "
                + "(0x00007f611e9cc000)", "not found"))).containsExactly("libaio.so.1", "libnuma.so.1");
        assertThat(NativeLibraries.parseNotFound("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n")).isEmpty();
    }

    /** Debian 13 / Ubuntu 24.04: no libaio1, libaio1t64 ships libaio.so.1t64, which is linked as libaio.so.1. */
    @Test
    void libaio1t64IsLinkedAsLibaioSo1() throws Exception {
        List<String> commands = new ArrayList<>();
        NativeLibraries.Runner fake = (command, dir, env) -> {
            commands.add(String.join(" ", command));
            if (command.get(0).equals("apt-get")) {
                String pkg = command.get(2);
                if (pkg.equals("libaio1")) {
                    return new NativeLibraries.Result(100, "E: Package 'libaio1' has no installation candidate\n");
                }
                Files.writeString(dir.resolve(pkg + "_0.3.113-8_amd64.deb"), "deb");
                return new NativeLibraries.Result(0, "Get:1 " + pkg + "\n");
            }
            Path out = Path.of(command.get(3)).resolve("usr/lib/x86_64-linux-gnu");
            Files.createDirectories(out);
            Files.writeString(out.resolve("libaio.so.1t64.0.2"), "elf");
            Files.createSymbolicLink(out.resolve("libaio.so.1t64"), Path.of("libaio.so.1t64.0.2"));
            return new NativeLibraries.Result(0, "");
        };
        Path lib = NativeLibraries.provision(Set.of("libaio.so.1"), cache, fake);
        assertThat(commands).hasSize(3).startsWith("apt-get download libaio1", "apt-get download libaio1t64");
        assertThat(commands.get(2)).startsWith("dpkg-deb -x ").contains("libaio1t64_0.3.113-8_amd64.deb");
        assertThat(Files.isSymbolicLink(lib.resolve("libaio.so.1"))).isTrue();
        assertThat(Files.readString(lib.resolve("libaio.so.1"))).isEqualTo("elf");
        assertThat(lib).isEqualTo(cache.resolve("native-libs/lib"));

        // provisioned once: a second call runs nothing
        commands.clear();
        NativeLibraries.provision(Set.of("libaio.so.1"), cache, fake);
        assertThat(commands).isEmpty();
    }

    /** No package lists (apt-get update never ran), no network: one line naming the command to run. */
    @Test
    void failsInOneLineNamingTheCommandWhenAptGetCannotDownload() {
        NativeLibraries.Runner fake = (command, dir, env) ->
                new NativeLibraries.Result(100, "Reading package lists...\nE: Unable to locate package " + command.get(2)
                        + "\n");
        assertThatThrownBy(() -> NativeLibraries.provision(Set.of("libnuma.so.1"), cache, fake))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("embedded mysqld needs libnuma.so.1")
                .hasMessageContaining("E: Unable to locate package libnuma1")
                .hasMessageContaining("run `apt-get update` as root and build again, or install it:"
                        + " `apt-get install libnuma1`");
        assertThat(cache.resolve("native-libs/lib/libnuma.so.1")).doesNotExist();
    }

    @Test
    void unknownLibraryNamesTheFix() {
        assertThatThrownBy(() -> NativeLibraries.provision(Set.of("libfoo.so.3"), cache,
                (command, dir, env) -> new NativeLibraries.Result(0, "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("libfoo.so.3")
                .hasMessageNotContaining("\n");
    }
}
