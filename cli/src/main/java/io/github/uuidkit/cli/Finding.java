package io.github.uuidkit.cli;

import java.util.List;

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
     * Copies the example list.
     *
     * @throws IllegalArgumentException if a text argument or the severity is null
     */
    public Finding {
        if (code == null || severity == null || subject == null || message == null || advice == null) {
            throw new IllegalArgumentException("Finding needs code, severity, subject, message and advice");
        }
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
