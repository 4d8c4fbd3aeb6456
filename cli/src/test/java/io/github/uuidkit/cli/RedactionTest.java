package io.github.uuidkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every credential form of pgjdbc, MySQL Connector/J and MariaDB Connector/J (from their connection property
 * references) is masked in what the doctor prints, over seeded URL shapes and secrets. The URLs use a scheme no
 * driver accepts, so DriverManager's "No suitable driver found for URL" echoes the whole URL into the error, the
 * path a driver's own error takes too.
 */
class RedactionTest {

    /** URL shapes; {@code @@} stands for a secret, each shape is tried with several secrets and key spellings. */
    private static final List<String> SHAPES = List.of(
            "jdbc:X-mysql://root:@@@db.example:3306/shop",
            "jdbc:X-mysql://root:@@@h1:3306,admin:@@@h2:3306/shop?useSSL=true",
            "jdbc:X-mysql://h/shop?user=u&password=@@&rewriteBatchedStatements=true",
            "jdbc:X-mysql://h/shop?user=u&password1=@@&password2=@@&password3=@@",
            "jdbc:X-mysql://h/shop?PASSWORD2=@@&Password3=@@&useSSL=true",
            "jdbc:X-mysql://h/shop?clientCertificateKeyStorePassword=@@&trustCertificateKeyStorePassword=@@",
            "jdbc:X-mariadb://h/shop?keyStorePassword=@@&trustStorePassword=@@&keyPassword=@@&sslMode=verify-full",
            "jdbc:X-mysql://(host=h1,port=3306,user=u,password=@@)/shop",
            "jdbc:X-mysql://address=(host=h1)(port=3306)(user=u)(password=@@),address=(host=h2)(password1=@@)/shop",
            "jdbc:X-mysql://[(host=h1,password=@@),(host=h2,password=@@)]/shop",
            "jdbc:X-postgresql://h:5432/shop?user=u&password=@@&ssl=true",
            "jdbc:X-postgresql://h:5432/shop?sslmode=verify-full&sslpassword=@@&sslkey=/k.pk8",
            "jdbc:X-postgresql://h1:5432,h2:5432/shop?SSLPassword=@@&targetServerType=primary",
            "jdbc:X-postgresql://h/shop?password='@@'&user=u",
            "jdbc:X-postgresql://h/shop?options={user=u, password=@@}");

    private static final String SECRET_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!*$+";

    @Test
    void everyCredentialFormIsMaskedInEveryShape() {
        long seed = new SplittableRandom().nextLong();
        System.out.println("RedactionTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        int cases = 0;
        for (String shape : SHAPES) {
            for (int round = 0; round < 20; round++) {
                String secret = "Zq" + secret(random); // never a substring of the shape's own words
                String url = shape.replace("@@", secret);
                if (random.nextBoolean()) {
                    url = url.replace("password", "PassWord");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int status = DoctorCommand.run(List.of("--url", url, "--user", "u"), Map.<String, String>of()::get,
                        out::writeBytes, new PrintStream(err, true, StandardCharsets.UTF_8));
                String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
                assertThat(status).isEqualTo(DoctorCommand.FAILED);
                assertThat(printed).as("seed %d, URL %s", seed, url).doesNotContain(secret)
                        .contains(Redaction.MASK)
                        .contains(url.substring(0, url.indexOf("//") + 2)); // the rest of the URL is still shown
                cases++;
            }
        }
        assertThat(cases).isEqualTo(SHAPES.size() * 20);
    }

    @Test
    void theMaskKeepsEverythingElse() {
        assertThat(Redaction.mask("jdbc:mysql://root:topsecret@host:3306/db?password1=a&password2=b&useSSL=true",
                null)).isEqualTo("jdbc:mysql://root:***@host:3306/db?password1=***&password2=***&useSSL=true");
        assertThat(Redaction.mask("jdbc:mysql://(host=h,port=1,password=x)/db", null))
                .isEqualTo("jdbc:mysql://(host=h,port=1,password=***)/db");
        assertThat(Redaction.mask("{user=u, password=pw}", null)).isEqualTo("{user=u, password=***}");
        // the server's own words about a password are not a credential
        assertThat(Redaction.mask("Access denied for user 'u'@'h' (using password: YES)", null))
                .isEqualTo("Access denied for user 'u'@'h' (using password: YES)");
        // the given password, also URL-encoded, wherever it appears
        assertThat(Redaction.mask("a p&ss b p%26ss c", "p&ss")).isEqualTo("a *** b *** c");
        assertThat(Redaction.line("x\ny\u001B", null)).isEqualTo("x\\ny\\u001B");
    }

    @Test
    void aDriverErrorIsShownWholeOnOneLine() {
        // Before: the message was cut at 64 characters ("... (157 characters)").
        String url = "jdbc:X-nosuch://" + "a-very-long-host-name.".repeat(8) + "example/db?password=Zqsecret";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DoctorCommand.run(List.of("--url", url), Map.<String, String>of()::get,
                new ByteArrayOutputStream()::writeBytes, new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(DoctorCommand.FAILED);
        assertThat(text).contains("No suitable driver found for " + url.replace("Zqsecret", Redaction.MASK))
                .doesNotContain("characters)").doesNotContain("Zqsecret").doesNotContain("\tat ");
        assertThat(text.lines().count()).isEqualTo(1);
        // --verbose adds the stack trace, masked and escaped too
        ByteArrayOutputStream verbose = new ByteArrayOutputStream();
        DoctorCommand.run(List.of("--url", url, "--verbose"), Map.<String, String>of()::get,
                new ByteArrayOutputStream()::writeBytes, new PrintStream(verbose, true, StandardCharsets.UTF_8));
        String verboseText = verbose.toString(StandardCharsets.UTF_8);
        assertThat(verboseText).contains("java.sql.SQLException").contains("\tat java.sql")
                .doesNotContain("Zqsecret");
    }

    private static String secret(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        int length = 4 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            sb.append(SECRET_CHARS.charAt(random.nextInt(SECRET_CHARS.length())));
        }
        return sb.toString();
    }
}
