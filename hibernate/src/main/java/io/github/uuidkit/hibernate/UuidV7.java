package io.github.uuidkit.hibernate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.annotations.IdGeneratorType;
import org.hibernate.annotations.ValueGenerationType;

/**
 * Generates a UUID v7 (RFC 9562 section 5.7) with uuidkit's {@link io.github.uuidkit.V7Generator} when an entity is
 * inserted: on an {@code @Id} or on any other {@link java.util.UUID} attribute (e.g. a public id).
 *
 * <pre>{@code
 * @Id @UuidV7
 * private UUID id;
 * }</pre>
 *
 * <p>The ids come from {@link io.github.uuidkit.Uuids#v7()}, unless the persistence unit's settings hold a
 * {@link io.github.uuidkit.V7Generator} under {@value UuidV7Generator#GENERATOR}, e.g. one built with a fixed clock
 * and seeded random source for tests. Works on Hibernate 6.6 and 7.x. An attribute stored in the time-swapped
 * layout ({@link UuidTimeSwappedBinary16JdbcType}, or {@link UuidTypeContributor#COLUMN_KIND} set to
 * {@code BINARY16_TIME_SWAPPED}) is refused at its first insert with an {@link IllegalStateException}: that layout
 * destroys the creation order that is the reason for v7 keys.
 */
@IdGeneratorType(UuidV7Generator.class)
@ValueGenerationType(generatedBy = UuidV7Generator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@Documented
public @interface UuidV7 {
}
