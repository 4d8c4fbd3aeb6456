package io.github.uuidkit.doctor;

import java.util.List;
import java.util.Objects;

/**
 * One thing the doctor found, with what to do about it.
 *
 * @param code stable identifier of the kind of finding, e.g. {@code JAVA_SERIALIZED} (see the JSON schema
 *     {@code uuidkit-doctor-report.schema.json} for the list)
 * @param severity how serious it is
 * @param subject what it is about: {@code schema.table.column}, {@code schema.table.index} or {@code server}
 * @param count how many rows (or values) are affected; 0 when the finding is not about rows
 * @param examples up to {@value Doctor#MAX_EXAMPLES} primary keys of affected rows as text (binary keys in upper-case
 *     hex, several key columns joined with {@code ","}); empty when the table has no primary key or the finding is
 *     not about rows
 * @param message what was found, in one or two sentences
 * @param advice what fixes it: the uuidkit call or the SQL
 */
public record Finding(String code, Severity severity, String subject, long count, List<String> examples,
                      String message, String advice) {

    /**
     * Creates a finding; copies the examples.
     *
     * @param code stable identifier of the kind of finding, e.g. {@code JAVA_SERIALIZED} (see the JSON schema
     *     {@code uuidkit-doctor-report.schema.json} for the list)
     * @param severity how serious it is
     * @param subject what it is about: {@code schema.table.column}, {@code schema.table.index} or {@code server}
     * @param count how many rows (or values) are affected; 0 when the finding is not about rows
     * @param examples up to {@value Doctor#MAX_EXAMPLES} primary keys of affected rows as text (binary keys in upper-case
     *     hex, several key columns joined with {@code ","}); empty when the table has no primary key or the finding is
     *     not about rows
     * @param message what was found, in one or two sentences
     * @param advice what fixes it: the uuidkit call or the SQL
     * @throws NullPointerException if code, severity, subject, message or advice is null, naming it
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(advice, "advice");
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
