package io.github.uuidkit.hibernate;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.V7Generator;
import io.github.uuidkit.internal.MessageText;
import io.github.uuidkit.jdbc.UuidColumnKind;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.JdbcType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;

/**
 * The Hibernate generator behind {@link UuidV7}: one UUID v7 per insert, from {@link Uuids#v7()} or the
 * {@link V7Generator} in the setting {@value #GENERATOR}. Hibernate creates one instance per annotated attribute;
 * the instance reads the setting at its first insert and keeps it.
 */
public final class UuidV7Generator implements BeforeExecutionGenerator {

    private static final long serialVersionUID = 1L;

    /**
     * The setting that holds the {@link V7Generator} to use instead of {@link Uuids#v7()}: {@value}. Its value must be
     * a {@code V7Generator} object (put into the settings map given to Hibernate, e.g. one built with
     * {@code V7Generator.builder().clock(fixedClock).random(seeded).build()} in a test); unset means
     * {@link Uuids#v7()}. Also read by {@link UuidV7Algorithm}.
     */
    public static final String GENERATOR = "uuidkit.hibernate.v7_generator";

    private transient volatile Supplier<UUID> source;

    /**
     * Creates the generator for an attribute annotated with {@link UuidV7} (called by Hibernate).
     *
     * @param annotation the attribute's annotation
     */
    public UuidV7Generator(UuidV7 annotation) {
    }

    /** Creates the generator (called by Hibernate). */
    public UuidV7Generator() {
    }

    /**
     * Returns a new UUID v7.
     *
     * @param session the session
     * @param owner the entity being inserted
     * @param currentValue ignored: a new id is generated for every insert
     * @param eventType {@link EventType#INSERT}
     * @return the UUID
     * @throws IllegalStateException at the first insert if the attribute is stored in the time-swapped layout, or if
     *     the setting {@value #GENERATOR} holds something else than a {@link V7Generator}
     */
    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
            EventType eventType) {
        Supplier<UUID> s = source;
        if (s == null) {
            Map<String, Object> settings = session.getFactory().getProperties();
            if (owner != null) {
                refuseTimeSwapped(owner.getClass(), settings);
            }
            s = source(settings);
            source = s;
        }
        return s.get();
    }

    /**
     * Returns {@link EventType#INSERT}: values are generated on insert only.
     *
     * @return a set holding {@link EventType#INSERT}
     */
    @Override
    public EnumSet<EventType> getEventTypes() {
        return EnumSet.of(EventType.INSERT);
    }

    /** The generator named by {@value #GENERATOR} in the settings, or {@link Uuids#v7()}. */
    static Supplier<UUID> source(Map<String, Object> settings) {
        Object configured = settings.get(GENERATOR);
        if (configured == null) {
            return Uuids::v7;
        }
        if (configured instanceof V7Generator) {
            return ((V7Generator) configured)::next;
        }
        throw new IllegalStateException("Setting " + GENERATOR + " must hold a " + V7Generator.class.getName()
                + " object, got a " + configured.getClass().getName() + " ("
                + MessageText.escape(String.valueOf(configured)) + ")");
    }

    /**
     * Refuses {@link UuidV7} on an attribute of {@code type} (or its superclasses) whose column is in the time-swapped
     * layout: named by {@code @JdbcType}/{@code @JdbcTypeCode}, or by the persistence unit's global column kind for an
     * attribute that names no type.
     */
    static void refuseTimeSwapped(Class<?> type, Map<String, Object> settings) {
        boolean globalSwapped = UuidTypeContributor.columnKind(settings) == UuidColumnKind.BINARY16_TIME_SWAPPED;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                check(c, field.getName(), field, globalSwapped);
            }
            for (Method method : c.getDeclaredMethods()) {
                check(c, method.getName(), method, globalSwapped);
            }
        }
    }

    private static void check(Class<?> owner, String name, AnnotatedElement member, boolean globalSwapped) {
        if (!member.isAnnotationPresent(UuidV7.class)) {
            return;
        }
        JdbcType jdbcType = member.getAnnotation(JdbcType.class);
        JdbcTypeCode jdbcTypeCode = member.getAnnotation(JdbcTypeCode.class);
        boolean swapped = jdbcType != null ? jdbcType.value() == UuidTimeSwappedBinary16JdbcType.class
                : jdbcTypeCode != null ? jdbcTypeCode.value() == UuidSqlTypes.BINARY16_TIME_SWAPPED
                : globalSwapped;
        if (swapped) {
            throw new IllegalStateException(owner.getName() + "." + name + " is generated by @UuidV7 and stored in"
                    + " the BINARY16_TIME_SWAPPED layout (UUID_TO_BIN(x, 1)), which destroys the creation order of"
                    + " UUID v7 keys (index inserts land at random pages, ORDER BY id is not creation order)."
                    + " Store it in BINARY16 (UuidBinary16JdbcType), or keep the time-swapped layout for existing"
                    + " keys and generate them elsewhere");
        }
    }
}
