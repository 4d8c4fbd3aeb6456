package io.github.uuidkit.it.support;

/** JDBC URL helpers. */
final class Urls {

    private Urls() {
    }

    /** Appends each {@code key=value} whose key the URL does not already set. */
    static String withDefaults(String url, String... params) {
        StringBuilder sb = new StringBuilder(url);
        for (String p : params) {
            String key = p.substring(0, p.indexOf('=') + 1);
            int q = sb.indexOf("?");
            boolean present = q >= 0 && (sb.indexOf("?" + key, q) >= 0 || sb.indexOf("&" + key, q) >= 0);
            if (!present) {
                sb.append(q >= 0 ? '&' : '?').append(p);
            }
        }
        return sb.toString();
    }
}
