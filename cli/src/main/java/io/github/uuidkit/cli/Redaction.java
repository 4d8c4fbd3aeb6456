package io.github.uuidkit.cli;

import io.github.uuidkit.internal.MessageText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in every text the command line prints (its URL, a driver's error, a stack trace), then escapes
 * it into one safe line. The credential forms of the three drivers the runnable jar meets, from their connection
 * property references:
 * <ul>
 *   <li>pgjdbc: {@code password}, {@code sslpassword} (in the URL's query or in the properties form
 *       {@code {user=u, password=p}} that a message may print);</li>
 *   <li>MySQL Connector/J: {@code password}, {@code password1}, {@code password2}, {@code password3}
 *       (multi-factor authentication, 8.0.28+), {@code clientCertificateKeyStorePassword},
 *       {@code trustCertificateKeyStorePassword}; user info in the authority ({@code //user:secret@host}, also once
 *       per host of a list); the key-value host syntax {@code (host=h,port=3306,password=secret)} and
 *       {@code address=(host=h)(password=secret)};</li>
 *   <li>MariaDB Connector/J: {@code password}, {@code keyStorePassword}, {@code keyPassword},
 *       {@code trustStorePassword}.</li>
 * </ul>
 * Rather than a list that a driver's next release outgrows, the rule is by name: the value of every key whose name
 * contains {@code password}, {@code passwd}, {@code pwd}, {@code secret}, {@code credential} or {@code token}
 * (case-insensitive), written {@code key=value} (up to the next {@code &}, {@code ;}, {@code ,}, parenthesis,
 * bracket, brace or blank; a quoted value up to its closing quote), is replaced by {@code ***}; so is the password
 * of user info, and every occurrence of the password the command line was given (as is and URL-encoded).
 */
final class Redaction {

    static final String MASK = "***";

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)([A-Za-z0-9_.\\-]*(?:password|passwd|pwd|secret|credential|token)[A-Za-z0-9_.\\-]*\\s*=\\s*)"
                    + "('[^']*'?|\"[^\"]*\"?|[^&;,()\\[\\]{}\\s'\"]*)");

    /** {@code //user:secret@} or {@code ,user:secret@} (a host list): the secret up to the {@code @}. */
    private static final Pattern USER_INFO = Pattern.compile("(//|,|\\()([^/:@,()\\s?&=]*):([^@/\\s]*)@");

    private Redaction() {
    }

    /**
     * Masks every credential in a text; the result is not yet escaped.
     *
     * @param text the text, may be null
     * @param password the password the command line was given, or null
     * @return the text with credentials replaced by {@value #MASK}
     */
    static String mask(String text, String password) {
        if (text == null) {
            return "null";
        }
        String masked = USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + ":" + MASK + "@"));
        masked = KEY_VALUE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        if (password != null && !password.isEmpty()) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(password);
            forms.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
            forms.add(URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20"));
            for (String form : forms) {
                masked = masked.replace(form, MASK);
            }
        }
        return masked;
    }

    /**
     * Masks every credential, then escapes the text into one line ({@link MessageText#escapeLine}): nothing cut.
     *
     * @param text the text, may be null
     * @param password the password the command line was given, or null
     * @return a printable line without credentials
     */
    static String line(String text, String password) {
        return MessageText.escapeLine(mask(text, password));
    }
}
