package io.github.uuidkit.cli;

import io.github.uuidkit.internal.MessageText;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Function;

/**
 * The JDBC login of the database commands: a URL, an optional user, a password read from an environment variable
 * only. Messages mask every credential (see {@link Redaction}).
 */
final class JdbcLogin {

    final String url;
    final String user;
    final String password;

    private JdbcLogin(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * Resolves the password variable.
     *
     * @return the login, or null when the variable is not set (the problem is printed on {@code problem})
     */
    static JdbcLogin of(String url, String user, String passwordEnv, Function<String, String> env,
                        java.util.function.Consumer<String> problem) {
        String password = null;
        if (passwordEnv != null) {
            password = env.apply(passwordEnv);
            if (password == null) {
                problem.accept("environment variable " + MessageText.quote(passwordEnv) + " is not set");
                return null;
            }
        }
        return new JdbcLogin(url, user, password);
    }

    Connection connect() throws SQLException {
        return connect(0);
    }

    /**
     * Connects, the connection attempt bounded by {@code timeoutSeconds} (0: the driver's default) through the
     * driver's own property: pgjdbc {@code loginTimeout} (seconds), Connector/J and MariaDB Connector/J
     * {@code connectTimeout} (milliseconds).
     */
    Connection connect(long timeoutSeconds) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        if (timeoutSeconds > 0) {
            if (url.startsWith("jdbc:postgresql:")) {
                props.setProperty("loginTimeout", Long.toString(timeoutSeconds));
            } else if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
                props.setProperty("connectTimeout", Long.toString(timeoutSeconds * 1000));
            }
        }
        return DriverManager.getConnection(url, props);
    }

    /** The text with every credential masked ({@link Redaction}), escaped into one line. */
    String redact(String text) {
        return Redaction.line(text, password);
    }

    /** Text that is already printable ASCII (a MigrationException's message) with the password masked. */
    String mask(String text) {
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }

    String describeUrl() {
        return MessageText.quote(redact(url));
    }
}
