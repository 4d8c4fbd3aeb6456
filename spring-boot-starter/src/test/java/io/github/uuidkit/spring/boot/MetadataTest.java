package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an IDE and Spring Boot read from the jar: the configuration metadata of every {@code uuidkit.*} property (with
 * its default), and the auto-configuration list naming every auto-configuration class of the package.
 */
class MetadataTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = MetadataTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPropertyIsDescribedWithItsDefault() throws IOException {
        String json = resource("META-INF/spring-configuration-metadata.json");
        assertThat(json).contains("\"name\": \"uuidkit.column-kind\"", "\"type\": \"io.github.uuidkit.jdbc.UuidColumnKind\"");
        assertThat(json).contains("\"name\": \"uuidkit.v7-ids\"", "\"defaultValue\": true");
        assertThat(json).contains("\"name\": \"uuidkit.mysql.strict-check\"", "\"defaultValue\": \"fail\"");
        assertThat(json).doesNotContain("{@");
    }

    @Test
    void theImportsListEveryAutoConfiguration() throws IOException {
        List<String> imports = resource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")
                .lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(imports).containsExactlyInAnyOrder(UuidkitDataJdbcAutoConfiguration.class.getName(),
                UuidkitDataR2dbcAutoConfiguration.class.getName(), UuidkitHibernateAutoConfiguration.class.getName(),
                UuidkitMybatisAutoConfiguration.class.getName(), UuidkitBoot3Guard.class.getName());
    }
}
