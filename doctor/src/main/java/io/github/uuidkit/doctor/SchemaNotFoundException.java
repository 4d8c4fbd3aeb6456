package io.github.uuidkit.doctor;

import java.util.List;

/**
 * A schema given to {@link Doctor#withSchemas(List)} does not exist, or the connection's user cannot see it (no
 * privilege on it): the doctor refuses to report "0 UUID columns" for a schema it could not look at. The message
 * names the missing schemas and the schemas this user can see (names escaped,
 * {@link io.github.uuidkit.internal.MessageText}).
 */
public final class SchemaNotFoundException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Visible schemas named in the message at most: {@value}. */
    static final int MAX_NAMED = 30;

    /** The schemas asked for that were not found, as given. */
    private final List<String> missing;

    /** The schemas the connection's user can see, as stored. */
    private final List<String> visible;

    /**
     * Creates the exception.
     *
     * @param missing the schemas asked for that were not found, as given
     * @param visible the schemas this user can see, as stored
     */
    public SchemaNotFoundException(List<String> missing, List<String> visible) {
        super(message(missing, visible));
        this.missing = List.copyOf(missing);
        this.visible = List.copyOf(visible);
    }

    /**
     * The schemas asked for that were not found.
     *
     * @return the names, as given
     */
    public List<String> missing() {
        return missing;
    }

    /**
     * The schemas the connection's user can see (the server's {@code information_schema.schemata}).
     *
     * @return the names, as stored
     */
    public List<String> visible() {
        return visible;
    }

    private static String message(List<String> missing, List<String> visible) {
        StringBuilder sb = new StringBuilder();
        for (String m : missing) {
            sb.append(sb.length() > 0 ? ", " : "").append("schema ").append(Doctor.quoted(m));
        }
        sb.append(" not found or not visible to this user (names are case-sensitive); visible: ");
        if (visible.isEmpty()) {
            sb.append("none");
        }
        for (int i = 0; i < Math.min(visible.size(), MAX_NAMED); i++) {
            sb.append(i > 0 ? ", " : "").append(Doctor.quoted(visible.get(i)));
        }
        if (visible.size() > MAX_NAMED) {
            sb.append(" and ").append(visible.size() - MAX_NAMED).append(" more");
        }
        for (String m : missing) {
            visible.stream().filter(v -> v.equalsIgnoreCase(m)).findFirst()
                    .ifPresent(v -> sb.append("; did you mean ").append(Doctor.quoted(v)).append(" for ")
                            .append(Doctor.quoted(m)).append('?'));
        }
        return sb.toString();
    }
}
