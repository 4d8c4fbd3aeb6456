package io.github.uuidkit.hibernate.it;

import io.github.uuidkit.it.support.TestTables;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Gives each table of one session factory the harness's unique name ({@link TestTables#uniqueName(String)},
 * {@code uuidkit_it_<purpose>_<8 hex digits>}), so that Hibernate's schema generation ({@code create-drop}) never
 * drops or creates a table it did not make, also on your own server. The entities name their tables by purpose.
 */
final class UniqueTableNames extends PhysicalNamingStrategyStandardImpl {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    @Override
    public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment context) {
        return Identifier.toIdentifier(table(logicalName.getText()));
    }

    /** The physical name of the entity table whose {@code @Table} name is {@code purpose}. */
    String table(String purpose) {
        return names.computeIfAbsent(purpose, TestTables::uniqueName);
    }
}
