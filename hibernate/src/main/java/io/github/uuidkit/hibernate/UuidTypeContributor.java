package io.github.uuidkit.hibernate;

import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;

/**
 * Registers uuidkit's {@code JdbcType}s in every persistence unit; Hibernate discovers it with
 * {@link java.util.ServiceLoader} ({@code META-INF/services} and the module descriptor).
 *
 * <ul>
 *   <li>Always: the five types under their {@link UuidSqlTypes} codes, so {@code @JdbcTypeCode(UuidSqlTypes.X)} works.
 *       Nothing changes for an attribute that does not name one.
 *   <li>Only when the property {@value #COLUMN_KIND} is set to a {@link UuidColumnKind} name (any case): that kind's
 *       type also replaces Hibernate's own type for {@code SqlTypes.UUID}, which Hibernate uses for every
 *       {@link java.util.UUID} attribute without a {@code @JdbcType} or {@code @JdbcTypeCode} of its own, so the whole
 *       persistence unit binds and reads strictly, without annotations. Unset or blank: off.
 * </ul>
 *
 * <pre>{@code
 * uuidkit.hibernate.uuid_column_kind=BINARY16                       # persistence.xml / hibernate.properties
 * spring.jpa.properties.uuidkit.hibernate.uuid_column_kind=BINARY16  # Spring Boot
 * }</pre>
 */
public final class UuidTypeContributor implements TypeContributor {

    /**
     * The property naming the {@link UuidColumnKind} of every UUID attribute: {@value}. Values: {@code POSTGRES_UUID},
     * {@code MARIADB_UUID}, {@code BINARY16}, {@code BINARY16_TIME_SWAPPED}, {@code CHAR36} (any case), or a
     * {@link UuidColumnKind}; unset or blank leaves Hibernate's own mapping.
     */
    public static final String COLUMN_KIND = "uuidkit.hibernate.uuid_column_kind";

    /** Creates the contributor (instantiated by {@link java.util.ServiceLoader}). */
    public UuidTypeContributor() {
    }

    /**
     * Registers the types, and the global one if {@value #COLUMN_KIND} is set.
     *
     * @param typeContributions where to register
     * @param serviceRegistry the registry whose {@link ConfigurationService} holds the settings
     * @throws IllegalArgumentException if {@value #COLUMN_KIND} names no {@link UuidColumnKind}
     */
    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        // registered under explicit codes: Hibernate's one-argument registration would key them by
        // getDefaultSqlTypeCode()
        JdbcTypeRegistry registry = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
        for (UuidColumnKind kind : UuidColumnKind.values()) {
            registry.addDescriptor(codeOf(kind), jdbcType(kind, codeOf(kind)));
        }
        ConfigurationService configuration = serviceRegistry.getService(ConfigurationService.class);
        UuidColumnKind global = configuration == null ? null : columnKind(configuration.getSettings());
        if (global != null) {
            registry.addDescriptor(SqlTypes.UUID, jdbcType(global, SqlTypes.UUID));
        }
    }

    /**
     * Reads {@value #COLUMN_KIND} from settings.
     *
     * @return the kind, or null if unset or blank
     */
    static UuidColumnKind columnKind(Map<?, ?> settings) {
        Object value = settings.get(COLUMN_KIND);
        if (value == null || value instanceof UuidColumnKind) {
            return (UuidColumnKind) value;
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return UuidColumnKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Property " + COLUMN_KIND + " is " + MessageText.quote(text)
                    + ": expected one of " + Arrays.toString(UuidColumnKind.values()) + " (any case), or unset", e);
        }
    }

    /** The shared instance of each type, one per kind, under its {@link UuidSqlTypes} code. */
    private static final List<AbstractUuidJdbcType> TYPES = List.of(PostgresUuidJdbcType.INSTANCE,
            MariaDbUuidJdbcType.INSTANCE, UuidBinary16JdbcType.INSTANCE, UuidTimeSwappedBinary16JdbcType.INSTANCE,
            UuidChar36JdbcType.INSTANCE);

    private static AbstractUuidJdbcType typeOf(UuidColumnKind kind) {
        for (AbstractUuidJdbcType type : TYPES) {
            if (type.kind() == kind) {
                return type;
            }
        }
        throw new AssertionError(kind);
    }

    static int codeOf(UuidColumnKind kind) {
        return typeOf(kind).getDefaultSqlTypeCode();
    }

    static AbstractUuidJdbcType jdbcType(UuidColumnKind kind, int code) {
        return typeOf(kind).withCode(code);
    }
}
