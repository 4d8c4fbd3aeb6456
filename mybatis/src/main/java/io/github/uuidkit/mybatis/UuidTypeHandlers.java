package io.github.uuidkit.mybatis;

import io.github.uuidkit.jdbc.UuidColumnKind;
import io.github.uuidkit.jdbc.UuidJdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.TypeHandler;
import org.apache.ibatis.type.TypeHandlerRegistry;

/**
 * Registers uuidkit's type handlers in a MyBatis configuration: one line per schema, before the mappers are added.
 *
 * <pre>{@code
 * UuidTypeHandlers.register(configuration, UuidColumnKind.BINARY16);        // MySQL BINARY(16) keys
 * UuidTypeHandlers.registerNative(configuration, connection);               // PostgreSQL uuid / MariaDB UUID
 * }</pre>
 *
 * <p>The handler of the kind becomes the default for {@code java.util.UUID}: every {@code #{id}} parameter and every
 * {@code UUID} property of a result (explicit or auto-mapped) binds and reads through it. Without a default, MyBatis
 * rejects a mapper that binds a {@code UUID} property ("Type handler was null on parameter mapping for property
 * 'id'") and auto-mapping silently leaves {@code UUID} properties null. A column of another kind names its handler in
 * the mapper ({@code #{legacyId,typeHandler=io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler}},
 * {@code @Result(typeHandler = UuidTimeSwappedBinaryTypeHandler.class)}); the handlers of every kind are registered
 * too, so those names resolve to shared instances.
 */
public final class UuidTypeHandlers {

    private static final Map<UuidColumnKind, UuidTypeHandler> HANDLERS = handlers();

    private UuidTypeHandlers() {
    }

    private static Map<UuidColumnKind, UuidTypeHandler> handlers() {
        Map<UuidColumnKind, UuidTypeHandler> handlers = new EnumMap<>(UuidColumnKind.class);
        for (UuidTypeHandler handler : new UuidTypeHandler[] {new PostgresUuidTypeHandler(),
                new MariaDbUuidTypeHandler(), new UuidBinaryTypeHandler(), new UuidTimeSwappedBinaryTypeHandler(),
                new UuidStringTypeHandler()}) {
            handlers.put(handler.kind(), handler);
        }
        return handlers;
    }

    /**
     * Returns the shared handler of a column kind.
     *
     * @param kind the column kind
     * @return the handler, e.g. a {@link UuidBinaryTypeHandler} for {@link UuidColumnKind#BINARY16}
     */
    public static UuidTypeHandler of(UuidColumnKind kind) {
        Objects.requireNonNull(kind, "kind");
        return HANDLERS.get(kind);
    }

    /**
     * Makes the handler of {@code kind} the default for {@code java.util.UUID} in the configuration, and registers
     * the handlers of the other kinds for per-column {@code typeHandler=} overrides. Call it before adding mappers.
     *
     * @param configuration the MyBatis configuration
     * @param kind the kind of most UUID columns of the schema
     * @return the default handler
     * @throws IllegalStateException if {@code java.util.UUID} already has a default handler of another kind (or
     *     the application's own) in this configuration: a second schema needs a second configuration, or
     *     per-column overrides
     */
    public static UuidTypeHandler register(Configuration configuration, UuidColumnKind kind) {
        Objects.requireNonNull(configuration, "configuration");
        return register(configuration.getTypeHandlerRegistry(), kind);
    }

    /**
     * Like {@link #register(Configuration, UuidColumnKind)}, on a type handler registry (e.g. a configuration
     * customizer's).
     *
     * @param registry the configuration's type handler registry
     * @param kind the kind of most UUID columns of the schema
     * @return the default handler
     * @throws IllegalStateException if {@code java.util.UUID} already has another default handler in this registry
     */
    public static UuidTypeHandler register(TypeHandlerRegistry registry, UuidColumnKind kind) {
        Objects.requireNonNull(registry, "registry");
        UuidTypeHandler handler = of(kind);
        TypeHandler<UUID> existing = registry.getTypeHandler(UUID.class);
        if (existing != null && !(existing instanceof UuidTypeHandler
                && ((UuidTypeHandler) existing).kind() == kind)) {
            throw new IllegalStateException("java.util.UUID already has the default type handler " + existing
                    + " in this MyBatis configuration, not " + handler + "; name the handler per column"
                    + " (typeHandler=...) or use one configuration per schema");
        }
        for (UuidTypeHandler each : HANDLERS.values()) {
            registry.register(each); // no Java type: resolvable by class for typeHandler=, default of nothing
        }
        registry.register(UUID.class, handler);
        return handler;
    }

    /**
     * Registers the handler of the database's native UUID type as the default, as
     * {@link #register(Configuration, UuidColumnKind)} does: {@link PostgresUuidTypeHandler} on PostgreSQL,
     * {@link MariaDbUuidTypeHandler} on MariaDB, as {@link UuidJdbc#nativeUuidKind(Connection)} tells from the
     * connection's metadata (once, at start-up).
     *
     * @param configuration the MyBatis configuration
     * @param connection an open connection to the database of the configuration
     * @return the default handler
     * @throws SQLFeatureNotSupportedException if the database has no native UUID type (MySQL): register
     *     {@link UuidColumnKind#BINARY16} explicitly
     * @throws SQLException if the driver fails
     * @throws IllegalStateException if {@code java.util.UUID} already has another default handler
     */
    public static UuidTypeHandler registerNative(Configuration configuration, Connection connection)
            throws SQLException {
        Objects.requireNonNull(configuration, "configuration");
        return register(configuration, UuidJdbc.nativeUuidKind(connection));
    }
}
