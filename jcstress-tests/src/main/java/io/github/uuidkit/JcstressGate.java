package io.github.uuidkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the jcstress suite in a child JVM and exits non-zero unless jcstress reports no failed and no
 * error tests: jcstress itself exits 0 whatever the outcomes. Used by the module's {@code verify}
 * step.
 *
 * <pre>
 * java -cp jcstress.jar io.github.uuidkit.JcstressGate JAVA JAR [jcstress options]
 * </pre>
 */
public final class JcstressGate {

    private JcstressGate() {
    }

    /**
     * Runs jcstress and checks its summary.
     *
     * @param args the java executable, the jcstress jar, then jcstress' own options
     * @throws IOException if the child JVM cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(args[0], "-jar", args[1]));
        command.addAll(List.of(args).subList(2, args.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean failedClean = false;
        boolean errorClean = false;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println(line);
                String trimmed = line.trim();
                if (trimmed.startsWith("Failed tests:")) {
                    failedClean = trimmed.endsWith("No matches.");
                } else if (trimmed.startsWith("Error tests:")) {
                    errorClean = trimmed.endsWith("No matches.");
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || !failedClean || !errorClean) {
            System.err.println("jcstress: FAILED (exit " + exit + ", failed tests clean: " + failedClean
                    + ", error tests clean: " + errorClean + "); see the results directory");
            System.exit(1);
        }
        System.out.println("jcstress: every outcome acceptable");
    }
}
