package io.github.uuidkit.spring;

import io.github.uuidkit.jdbc.UuidColumnKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column kind of one {@link java.util.UUID} property (an {@code @Id} or a reference column), overriding the
 * default kind of {@link UuidJdbcConverter}. Honoured by {@link UuidJdbcConverter} for inserts, updates, deletes,
 * {@code findById}/{@code findAllById}, derived queries (including {@code In}) and reads of the aggregate. Not seen by
 * {@code @Query} parameters, which carry no property: those are bound with the converter's default kind.
 * {@link UuidR2dbcConverter} honours it on the rows it writes ({@code INSERT}, the {@code SET} of an {@code UPDATE})
 * and on reads of the aggregate only: ids and query parameters are bound with its default kind there.
 *
 * <p>{@link UuidColumnKind#BINARY16_TIME_SWAPPED} ({@code UUID_TO_BIN(x, 1)}) is used only where named here or as the
 * default; it breaks the time order of v7 keys.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface UuidColumn {

    /**
     * The kind of the column the property is stored in.
     *
     * @return the column kind
     */
    UuidColumnKind value();
}
