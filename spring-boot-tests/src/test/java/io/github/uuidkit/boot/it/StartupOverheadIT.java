package io.github.uuidkit.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.spring.UuidJdbcConverter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jdbc.core.convert.JdbcConverter;

/**
 * The startup cost of uuidkit's auto-configuration: the same application ({@link io.github.uuidkit.boot.it.app.BootApp})
 * started with it and without it ({@code spring.autoconfigure.exclude} of the four uuidkit auto-configurations, so
 * Boot's own converter serves), alternately (which goes first alternates too), after one warm-up start of each; the median of {@value #RUNS} starts of
 * each is printed ({@code [boot] startup ...}). What it adds: the conditions, the column-kind detection (one
 * connection on PostgreSQL), the converter's check of the mapping context and the MySQL/MariaDB startup check (one
 * connection and one query). Nothing is asserted about the times (a shared machine); the test asserts that the two
 * variants really differ. Off by default (a minute per Boot line): {@code -Duuidkit.it.startup=true}.
 */
class StartupOverheadIT {

    static final int RUNS = 15;

    private static final String EXCLUDE = "spring.autoconfigure.exclude="
            + "io.github.uuidkit.spring.boot.UuidkitDataJdbcAutoConfiguration,"
            + "io.github.uuidkit.spring.boot.UuidkitDataR2dbcAutoConfiguration,"
            + "io.github.uuidkit.spring.boot.UuidkitHibernateAutoConfiguration,"
            + "io.github.uuidkit.spring.boot.UuidkitMybatisAutoConfiguration";

    static Stream<Engine> engines() {
        return Stream.of(Engines.postgres(), Engines.mysql());
    }

    @ParameterizedTest
    @MethodSource("engines")
    void medianStartWithAndWithoutUuidkit(Engine engine) throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("uuidkit.it.startup"),
                "a measurement (about a minute per Boot line): run with -Duuidkit.it.startup=true");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                org.springframework.boot.SpringBootVersion.getVersion().startsWith("4."), "Boot 4 only");
        Engines.announce(StartupOverheadIT.class, engine);
        try (BootApps apps = new BootApps(engine)) {
            String kind = engine.isPostgres() ? "uuidkit.mysql.strict-check=fail" : "uuidkit.column-kind=binary16";
            List<Long> with = new ArrayList<>();
            List<Double> beans = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            start(apps, true, kind);
            start(apps, false, kind);
            for (int i = 0; i < RUNS; i++) { // alternating which goes first
                if (i % 2 == 0) {
                    with.add(start(apps, true, kind));
                    without.add(start(apps, false, kind));
                } else {
                    without.add(start(apps, false, kind));
                    with.add(start(apps, true, kind));
                }
                beans.add(uuidkitBeansMillis(apps, kind));
            }
            long medianWith = median(with);
            long medianWithout = median(without);
            System.out.printf("[boot] startup on %s (Boot %s): without uuidkit %d ms, with %d ms, overhead %d ms"
                    + " (medians of %d; with %s, without %s)%n", engine.name(),
                    org.springframework.boot.SpringBootVersion.getVersion(), medianWithout, medianWith,
                    medianWith - medianWithout, RUNS, with, without);
            List<Double> sortedBeans = beans.stream().sorted().toList();
            System.out.printf(java.util.Locale.ROOT, "[boot] uuidkit's beans on %s (Boot %s): median %.1f ms of"
                    + " instantiation (self time, %d starts; min %.1f, max %.1f)%n", engine.name(),
                    org.springframework.boot.SpringBootVersion.getVersion(), sortedBeans.get(RUNS / 2), RUNS,
                    sortedBeans.get(0), sortedBeans.get(RUNS - 1));
        }
    }

    /** Starts and closes the application; returns the milliseconds {@code SpringApplication.run} took. */
    private static long start(BootApps apps, boolean uuidkit, String kind) {
        long begin = System.nanoTime();
        try (ConfigurableApplicationContext app = uuidkit ? apps.start(kind) : apps.start(kind, EXCLUDE)) {
            long millis = (System.nanoTime() - begin) / 1_000_000;
            assertThat(app.getBean(JdbcConverter.class) instanceof UuidJdbcConverter).isEqualTo(uuidkit);
            return millis;
        }
    }

    /**
     * Starts the application once with Boot's {@code BufferingApplicationStartup} and sums the self time of the
     * instantiation steps ({@code spring.beans.instantiate}) of uuidkit's beans (names containing {@code uuid}): each
     * step's duration less that of its child steps (beans it made Spring create first, which Boot's own beans would
     * have needed anyway).
     */
    private static double uuidkitBeansMillis(BootApps apps, String kind) {
        org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup startup =
                new org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup(100_000);
        try (ConfigurableApplicationContext app = apps.start(startup, kind)) {
            List<org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent> events =
                    startup.getBufferedTimeline().getEvents();
            java.util.Map<Long, Long> childNanos = new java.util.HashMap<>();
            for (var e : events) {
                Long parent = e.getStartupStep().getParentId();
                if (parent != null) {
                    childNanos.merge(parent, e.getDuration().toNanos(), Long::sum);
                }
            }
            long nanos = 0;
            for (var e : events) {
                if (e.getStartupStep().getName().equals("spring.beans.instantiate") && isUuidkit(e)) {
                    nanos += e.getDuration().toNanos() - childNanos.getOrDefault(e.getStartupStep().getId(), 0L);
                }
            }
            return nanos / 1e6;
        }
    }

    private static boolean isUuidkit(org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent e) {
        for (org.springframework.core.metrics.StartupStep.Tag tag : e.getStartupStep().getTags()) {
            if (tag.getKey().equals("beanName") && tag.getValue().toLowerCase(java.util.Locale.ROOT).contains("uuid")) {
                return true;
            }
        }
        return false;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
