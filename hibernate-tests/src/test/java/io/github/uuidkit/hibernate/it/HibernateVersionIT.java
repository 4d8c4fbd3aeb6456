package io.github.uuidkit.hibernate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collections;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;

/**
 * Proves which Hibernate ORM this failsafe execution runs: the pom's executions {@code hibernate-6.6} and
 * {@code hibernate-7.4} each pass the version they put on the class path in {@code uuidkit.it.hibernate.version}.
 */
class HibernateVersionIT {

    @Test
    void runsTheHibernateVersionOfThisExecution() throws IOException {
        String expected = System.getProperty("uuidkit.it.hibernate.version");
        assertThat(expected).as("uuidkit.it.hibernate.version (set by the failsafe execution)").isNotBlank();
        assertThat(Version.getVersionString()).isEqualTo(expected);
        // exactly one Hibernate ORM and one Jakarta Persistence on the class path: the other version's jars are gone
        assertThat(Collections.list(getClass().getClassLoader().getResources("org/hibernate/Version.class")))
                .hasSize(1).allSatisfy(url -> assertThat(url.toString()).contains("hibernate-core-" + expected));
        assertThat(Collections.list(getClass().getClassLoader()
                .getResources("jakarta/persistence/EntityManager.class"))).hasSize(1);
        System.out.println("[uuidkit-it] Hibernate ORM " + Version.getVersionString() + ", jakarta.persistence "
                + jakarta.persistence.EntityManager.class.getPackage().getImplementationVersion());
    }
}
