package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.hibernate.UuidTypeContributor;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@link UuidkitHibernateAutoConfiguration}: the customizer exists only with {@code uuidkit.column-kind}, puts the
 * kind's name under {@value UuidTypeContributor#COLUMN_KIND}, and keeps a value already there. Boot 4.1's
 * {@code HibernateProperties.getAdditionalProperties} copies {@code spring.jpa.properties.*} into the map before it
 * calls the customizers (javap of spring-boot-hibernate 4.1.2: {@code new HashMap(existing)}, then
 * {@code getHibernatePropertiesCustomizers().forEach}), so a value the user set is in the map the customizer sees.
 */
class UuidkitHibernateAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UuidkitHibernateAutoConfiguration.class));

    @Test
    void setsTheKindWhenAbsent() {
        runner.withPropertyValues("uuidkit.column-kind=binary16").run(context -> {
            Map<String, Object> properties = new HashMap<>();
            context.getBean(HibernatePropertiesCustomizer.class).customize(properties);
            assertThat(properties).containsExactly(Map.entry(UuidTypeContributor.COLUMN_KIND, "BINARY16"));
        });
    }

    @Test
    void keepsTheUsersOwnSetting() {
        runner.withPropertyValues("uuidkit.column-kind=binary16").run(context -> {
            Map<String, Object> properties = new HashMap<>(Map.of(UuidTypeContributor.COLUMN_KIND, "CHAR36"));
            context.getBean(HibernatePropertiesCustomizer.class).customize(properties);
            assertThat(properties).containsExactly(Map.entry(UuidTypeContributor.COLUMN_KIND, "CHAR36"));
        });
    }

    @Test
    void nothingWithoutTheProperty() {
        runner.run(context -> assertThat(context).doesNotHaveBean(HibernatePropertiesCustomizer.class));
    }

    @Test
    void nothingWithoutBootsHibernateSupportOrUuidkitHibernate() {
        for (Class<?> hidden : new Class<?>[] {HibernatePropertiesCustomizer.class, UuidTypeContributor.class}) {
            runner.withPropertyValues("uuidkit.column-kind=binary16").withClassLoader(new FilteredClassLoader(hidden))
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).doesNotHaveBean("uuidkitHibernatePropertiesCustomizer");
                    });
        }
    }

    @Test
    void anApplicationBeanOfTheNameMakesOursBackOff() {
        HibernatePropertiesCustomizer own = properties -> { };
        runner.withPropertyValues("uuidkit.column-kind=binary16")
                .withBean("uuidkitHibernatePropertiesCustomizer", HibernatePropertiesCustomizer.class, () -> own)
                .run(context -> assertThat(context.getBean(HibernatePropertiesCustomizer.class)).isSameAs(own));
    }
}
