package io.github.uuidkit.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The report's progress bars on stderr: one line per table, redrawn at most five times a second. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream log;
    private long lastDraw;

    Progress(PrintStream log) {
        this.log = log;
    }

    void line(String text) {
        log.println(text);
        log.flush();
    }

    void bar(String engine, String what, long done, long total, String detail) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) (WIDTH * done / Math.max(1, total));
        log.printf(Locale.ROOT, "\r%-14s %-24s [%s%s] %3d%% %,d/%,d rows %s", engine, what, "#".repeat(filled),
                " ".repeat(WIDTH - filled), 100 * done / Math.max(1, total), done, total, detail);
        if (done >= total) {
            log.println();
        }
        log.flush();
    }
}
