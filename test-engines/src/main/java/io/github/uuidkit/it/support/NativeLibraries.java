package io.github.uuidkit.it.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Self-provisioning of the shared libraries the embedded {@code mysqld} links but a fresh machine may lack
 * ({@code libaio.so.1}, {@code libnuma.so.1}): {@code ldd} tells what is missing; each missing library's Debian
 * package is fetched with {@code apt-get download} (no root needed) into the engine cache, unpacked with
 * {@code dpkg-deb -x}, and {@code mysqld} runs with {@code LD_LIBRARY_PATH} pointing there. Debian 13 and Ubuntu 24.04
 * ship libaio as {@code libaio1t64} with the file {@code libaio.so.1t64}: it is linked as {@code libaio.so.1}.
 *
 * <p>When that is impossible (no {@code apt-get}, no package lists, no network) it fails with one line naming the
 * command to run.
 */
public final class NativeLibraries {

    /** Library file name to the Debian/Ubuntu packages that ship it, tried in order. */
    static final Map<String, List<String>> PACKAGES = new LinkedHashMap<>();

    static {
        PACKAGES.put("libaio.so.1", List.of("libaio1", "libaio1t64"));
        PACKAGES.put("libnuma.so.1", List.of("libnuma1"));
    }

    /** Runs a command and returns exit code and output; a seam for tests. */
    @FunctionalInterface
    interface Runner {
        Result run(List<String> command, Path directory, Map<String, String> environment) throws IOException;
    }

    /** Exit code and combined output of a command. */
    static final class Result {
        final int exitCode;
        final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }
    }

    static final Runner PROCESS = (command, directory, environment) -> {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            pb.directory(directory.toFile());
        }
        pb.environment().putAll(environment);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(127, command.get(0) + ": " + e.getMessage());
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(124, "timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    };

    private NativeLibraries() {
    }

    /**
     * The libraries {@code binary} cannot load, from {@code ldd} ({@code libaio.so.1 => not found}), with the given
     * extra {@code LD_LIBRARY_PATH} (null for none).
     *
     * @param binary an ELF executable
     * @param libraryPath directory searched first, or null
     * @return the missing library file names, sorted; empty when everything loads
     * @throws IOException when {@code ldd} cannot run
     */
    public static Set<String> missing(Path binary, Path libraryPath) throws IOException {
        return missing(binary, libraryPath, PROCESS);
    }

    static Set<String> missing(Path binary, Path libraryPath, Runner runner) throws IOException {
        Map<String, String> env = libraryPath == null ? Map.of() : Map.of("LD_LIBRARY_PATH", libraryPath.toString());
        Result r = runner.run(List.of("ldd", binary.toString()), null, env);
        if (r.exitCode != 0 && !r.output.contains("not found")) {
            throw new IOException("ldd " + binary + " failed (exit " + r.exitCode + "): " + r.output.strip());
        }
        return parseNotFound(r.output);
    }

    /** The {@code xxx => not found} names of {@code ldd} output. */
    static Set<String> parseNotFound(String lddOutput) {
        Set<String> result = new TreeSet<>();
        for (String line : lddOutput.split("\n")) {
            String t = line.strip();
            int arrow = t.indexOf("=>");
            if (arrow > 0 && t.substring(arrow + 2).strip().startsWith("not found")) {
                result.add(t.substring(0, arrow).strip());
            }
        }
        return result;
    }

    /**
     * Makes {@code libraries} loadable from one directory under {@code cacheDir}: each is fetched as its Debian
     * package with {@code apt-get download} and unpacked there once (file lock, marker), {@code libaio.so.1t64}
     * linked as {@code libaio.so.1}.
     *
     * @param libraries library file names, keys of the known package table ({@code libaio.so.1},
     *     {@code libnuma.so.1})
     * @param cacheDir the engine cache
     * @return the directory to put on {@code LD_LIBRARY_PATH}
     * @throws IllegalStateException in one line naming the command to run, when a library cannot be provisioned
     * @throws IOException on file system errors
     */
    public static Path provision(Set<String> libraries, Path cacheDir) throws IOException {
        return provision(libraries, cacheDir, PROCESS);
    }

    @SuppressWarnings("try")
    static Path provision(Set<String> libraries, Path cacheDir, Runner runner) throws IOException {
        Path root = Files.createDirectories(cacheDir.resolve("native-libs"));
        Path lib = Files.createDirectories(root.resolve("lib"));
        try (FileChannel ch = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            for (String library : libraries) {
                if (Files.exists(lib.resolve(library))) {
                    continue;
                }
                List<String> packages = PACKAGES.get(library);
                if (packages == null) {
                    throw new IllegalStateException("embedded mysqld cannot load " + library + " and the harness does"
                            + " not know its package: install it (e.g. apt-get install <package providing "
                            + library + ">)");
                }
                fetch(library, packages, root, lib, runner);
            }
        }
        return lib;
    }

    private static void fetch(String library, List<String> packages, Path root, Path lib, Runner runner)
            throws IOException {
        Path download = Files.createTempDirectory(root, "download");
        try {
            List<String> failures = new ArrayList<>();
            for (String pkg : packages) {
                Result r = runner.run(List.of("apt-get", "download", pkg), download, Map.of());
                Path deb = debIn(download, pkg);
                if (r.exitCode != 0 || deb == null) {
                    failures.add(pkg + ": " + lastLine(r.output));
                    continue;
                }
                Path unpacked = download.resolve("x-" + pkg);
                Result x = runner.run(List.of("dpkg-deb", "-x", deb.toString(), unpacked.toString()), null, Map.of());
                if (x.exitCode != 0) {
                    throw new IllegalStateException("dpkg-deb -x " + deb + " failed: " + lastLine(x.output)
                            + "; install the library instead: apt-get install " + pkg);
                }
                copyLibraries(unpacked, lib);
                if (!Files.exists(lib.resolve(library)) && Files.exists(lib.resolve(library + "t64"))) {
                    Files.deleteIfExists(lib.resolve(library));
                    Files.createSymbolicLink(lib.resolve(library), lib.resolve(library + "t64").getFileName());
                }
                if (Files.exists(lib.resolve(library))) {
                    return;
                }
                failures.add(pkg + ": has no " + library);
            }
            throw new IllegalStateException("embedded mysqld needs " + library + " and `apt-get download "
                    + packages.get(0) + "` failed (" + String.join("; ", failures) + "): run `apt-get update` as root"
                    + " and build again, or install it: `apt-get install " + packageForThisSystem(packages) + "`");
        } finally {
            Cache.deleteRecursively(download);
        }
    }

    /** libaio1t64 on Debian 13+ and Ubuntu 24.04+, else the first name. */
    static String packageForThisSystem(List<String> packages) {
        if (packages.contains("libaio1t64")) {
            try {
                String osRelease = Files.readString(Path.of("/etc/os-release"));
                for (String codename : List.of("trixie", "forky", "sid", "noble", "oracular", "plucky", "questing")) {
                    if (osRelease.contains("VERSION_CODENAME=" + codename)) {
                        return "libaio1t64";
                    }
                }
            } catch (IOException e) {
                return packages.get(0);
            }
        }
        return packages.get(0);
    }

    private static Path debIn(Path dir, String pkg) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(pkg + "_")
                    && p.getFileName().toString().endsWith(".deb")).findFirst().orElse(null);
        }
    }

    /** Every {@code *.so*} of an unpacked package (files and symlinks) into {@code lib}. */
    private static void copyLibraries(Path unpacked, Path lib) throws IOException {
        try (Stream<Path> s = Files.walk(unpacked)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (!name.contains(".so")) {
                    continue;
                }
                Path target = lib.resolve(name);
                if (Files.isSymbolicLink(p)) {
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p).getFileName());
                } else if (Files.isRegularFile(p)) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
