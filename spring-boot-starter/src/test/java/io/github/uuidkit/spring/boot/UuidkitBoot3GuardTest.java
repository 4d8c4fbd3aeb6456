package io.github.uuidkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@link UuidkitBoot3Guard} does nothing on Boot 4 (this class path) and refuses to start where Boot 3's
 * {@code DataSourceAutoConfiguration} is found instead of Boot 4's (a class loader that shows one and hides the other;
 * spring-boot-tests' execution boot-3.5 runs it on the real Boot 3.5.7).
 */
class UuidkitBoot3GuardTest {

    /** A class loader on which Boot 3's class file exists and Boot 4's does not. */
    static final class Boot3Loader extends ClassLoader {
        Boot3Loader() {
            super(UuidkitBoot3GuardTest.class.getClassLoader());
        }

        @Override
        public URL getResource(String name) {
            if (name.equals(Boot3Condition.BOOT3)) {
                return super.getResource("io/github/uuidkit/spring/boot/UuidkitBoot3Guard.class"); // any class file
            }
            return name.equals(Boot3Condition.BOOT4) ? null : super.getResource(name);
        }
    }

    @Test
    void nothingOnBoot4() {
        assertThat(Boot3Condition.isBoot3(getClass().getClassLoader())).isFalse();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(UuidkitBoot3Guard.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean("uuidkitBoot3Guard");
                });
    }

    @Test
    void refusesToStartOnBoot3() {
        assertThat(Boot3Condition.isBoot3(new Boot3Loader())).isTrue();
        new ApplicationContextRunner().withClassLoader(new Boot3Loader())
                .withConfiguration(AutoConfigurations.of(UuidkitBoot3Guard.class))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(Failures.root(context.getStartupFailure())).isInstanceOf(IllegalStateException.class)
                            .hasMessage(UuidkitBoot3Guard.MESSAGE);
                });
    }
}
