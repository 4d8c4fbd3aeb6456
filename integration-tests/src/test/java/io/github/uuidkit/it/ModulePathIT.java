package io.github.uuidkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.Uuids;
import io.github.uuidkit.doctor.Doctor;
import io.github.uuidkit.hibernate.UuidBinary16JdbcType;
import io.github.uuidkit.jooq.UuidConditions;
import io.github.uuidkit.mybatis.UuidTypeHandlers;
import io.github.uuidkit.mysql.MysqlServerInfo;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boots the published modules on the module path, in a module layer of their own (this test itself runs on
 * the class path, in the unnamed module): their descriptors are real {@code module-info} classes, they export
 * exactly the API packages, core's internal package is readable by the uuidkit modules only, and code runs across
 * them. The jars (or, before packaging, the class directories) are the ones the build just produced.
 */
class ModulePathIT {

    private static final String CORE = "io.github.uuidkit";
    private static final String MYSQL = "io.github.uuidkit.mysql";
    private static final String JOOQ = "io.github.uuidkit.jooq";
    private static final String HIBERNATE = "io.github.uuidkit.hibernate";
    private static final String MYBATIS = "io.github.uuidkit.mybatis";
    private static final String SPRING = "io.github.uuidkit.spring";
    private static final String DOCTOR = "io.github.uuidkit.doctor";
    private static final String INTERNAL = "io.github.uuidkit.internal";

    private static ModuleLayer layer;

    @BeforeAll
    static void bootTheModules() throws Exception {
        ModuleFinder finder = ModuleFinder.of(location(Uuids.class), location(MysqlServerInfo.class),
                location(UuidConditions.class), location(org.jooq.impl.DSL.class), location(Doctor.class),
                location(org.reactivestreams.Publisher.class), location(io.r2dbc.spi.ConnectionFactory.class),
                // uuidkit-hibernate, Hibernate ORM (automatic module org.hibernate.orm.core), Jakarta Persistence
                location(UuidBinary16JdbcType.class), location(org.hibernate.Version.class),
                location(jakarta.persistence.Entity.class),
                location(UuidTypeHandlers.class), location(org.apache.ibatis.session.Configuration.class),
                // uuidkit-spring and the Spring jars it reads (all automatic modules)
                location(io.github.uuidkit.spring.UuidJdbcConverter.class),
                location(org.springframework.data.jdbc.core.convert.JdbcConverter.class),
                location(org.springframework.data.relational.core.mapping.RelationalMappingContext.class),
                location(org.springframework.data.domain.Persistable.class),
                location(org.springframework.core.SpringVersion.class),
                location(org.springframework.beans.factory.InitializingBean.class),
                location(org.springframework.context.ApplicationContext.class),
                location(org.springframework.expression.ExpressionParser.class),
                location(org.springframework.aop.TargetSource.class),
                location(org.springframework.jdbc.core.JdbcTemplate.class),
                location(org.springframework.dao.DataAccessException.class),
                location(org.apache.commons.logging.LogFactory.class));
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(finder, ModuleFinder.of(), Set.of(CORE, MYSQL, JOOQ, HIBERNATE, MYBATIS, SPRING, DOCTOR));
        layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        System.out.println("[uuidkit-it] ModulePathIT: " + layer.modules().stream()
                .map(m -> m.getName() + (m.getDescriptor().isAutomatic() ? " (automatic)" : ""))
                .sorted().collect(Collectors.joining(", ")));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Module module(String name) {
        return layer.findModule(name).orElseThrow(() -> new AssertionError("module " + name + " not in the layer"));
    }

    /** Unqualified exports by package, qualified ones as package -> targets. */
    private static Map<String, Set<String>> exports(String name) {
        ModuleDescriptor descriptor = module(name).getDescriptor();
        assertThat(descriptor.isAutomatic()).as("%s has a module-info", name).isFalse();
        Map<String, Set<String>> exports = new TreeMap<>();
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            exports.put(export.source(), new TreeSet<>(export.targets()));
        }
        return exports;
    }

    @Test
    void coreExportsItsApiAndItsInternalsOnlyToTheUuidkitModules() {
        assertThat(exports(CORE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "io.github.uuidkit", Set.of(),
                "io.github.uuidkit.jdbc", Set.of(),
                INTERNAL, Set.of(MYSQL, JOOQ, "io.github.uuidkit.cli", DOCTOR, HIBERNATE)));
        Module core = module(CORE);
        Module unnamed = ModulePathIT.class.getModule();
        assertThat(unnamed.isNamed()).isFalse();
        assertThat(core.isExported(INTERNAL)).isFalse();
        assertThat(core.isExported(INTERNAL, unnamed)).isFalse();
        assertThat(core.isExported(INTERNAL, module(MYSQL))).isTrue();
        assertThat(core.isExported(INTERNAL, module(JOOQ))).isTrue();
        // The command line moved to uuidkit-cli (automatic module io.github.uuidkit.cli, a target above).
        assertThat(core.getPackages()).doesNotContain("io.github.uuidkit.cli");
        // java.sql (only io.github.uuidkit.jdbc needs it) is optional; org.crac is found at run time, so no
        // module name derived from its jar's file name is baked into the published descriptor.
        assertThat(core.getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "java.sql");
        assertThat(core.getDescriptor().requires()).filteredOn(r -> r.name().equals("java.sql"))
                .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }

    @Test
    void adaptersExportOnlyTheirApiPackages() {
        assertThat(exports(MYSQL)).containsExactlyInAnyOrderEntriesOf(Map.of("io.github.uuidkit.mysql", Set.of()));
        assertThat(exports(JOOQ)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "io.github.uuidkit.jooq", Set.of(),
                "io.github.uuidkit.jooq.bindings", Set.of(),
                "io.github.uuidkit.jooq.converters", Set.of()));
        assertThat(module(JOOQ).canRead(layer.findModule("org.jooq").orElseThrow())).isTrue();
        assertThat(exports(HIBERNATE)).containsExactlyInAnyOrderEntriesOf(Map.of(HIBERNATE, Set.of()));
        assertThat(module(HIBERNATE).canRead(layer.findModule("org.hibernate.orm.core").orElseThrow())).isTrue();
        // No JDBC driver module is required by any uuidkit module.
        assertThat(module(MYSQL).getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", CORE, "java.sql");
        // The Doctor and Migrate APIs: their two packages, and no driver either (the caller brings the connection).
        assertThat(exports(DOCTOR)).containsExactlyInAnyOrderEntriesOf(Map.of(DOCTOR, Set.of(),
                "io.github.uuidkit.migrate", Set.of()));
        assertThat(module(DOCTOR).getDescriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", CORE, MYSQL, "java.sql");
    }

    @Test
    void codeRunsAcrossTheModules() throws Exception {
        ClassLoader loader = layer.findLoader(CORE);
        Class<?> uuids = loader.loadClass("io.github.uuidkit.Uuids");
        assertThat(uuids.getModule()).isSameAs(module(CORE));
        UUID v7 = (UUID) uuids.getMethod("v7").invoke(null);
        assertThat(v7.version()).isEqualTo(7);
        Class<?> strings = loader.loadClass("io.github.uuidkit.UuidStrings");
        assertThat(strings.getMethod("tryParse", CharSequence.class).invoke(null, v7.toString()))
                .isEqualTo(Optional.of(v7));

        // mysql-binary16 quotes a bad identifier through core's internal MessageText: the qualified export works.
        Class<?> identifiers = loader.loadClass("io.github.uuidkit.mysql.MysqlIdentifiers");
        assertThat(identifiers.getModule()).isSameAs(module(MYSQL));
        Method quote = identifiers.getMethod("quote", String.class);
        assertThat(quote.invoke(null, "orders")).isEqualTo("`orders`");
        assertThatThrownBy(() -> quote.invoke(null, "a\nb")).isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a\\nb'");

        // jooq-binding decodes through core's layouts, inside the layer.
        Class<?> converter = loader.loadClass("io.github.uuidkit.jooq.converters.UuidBinaryConverter");
        Object binary = converter.getConstructor().newInstance();
        Class<?> jooqConverter = layer.findLoader("org.jooq").loadClass("org.jooq.Converter");
        assertThat(jooqConverter.isInstance(binary)).isTrue();
        byte[] bytes = (byte[]) jooqConverter.getMethod("to", Object.class).invoke(binary, v7);
        assertThat(jooqConverter.getMethod("from", Object.class).invoke(binary, bytes)).isEqualTo(v7);
    }

    @Test
    void hibernateFindsTheTypeContributorAndTheJdbcTypesOnTheModulePath() throws Exception {
        Class<?> contributorType = layer.findLoader("org.hibernate.orm.core")
                .loadClass("org.hibernate.boot.model.TypeContributor");
        @SuppressWarnings("unchecked")
        ServiceLoader<Object> contributors = ServiceLoader.load(layer, (Class<Object>) contributorType);
        assertThat(contributors.stream().map(p -> p.type().getName()))
                .contains(HIBERNATE + ".UuidTypeContributor");
        Class<?> jdbcType = layer.findLoader(HIBERNATE).loadClass(HIBERNATE + ".UuidTimeSwappedBinary16JdbcType");
        assertThat(jdbcType.getModule()).isSameAs(module(HIBERNATE));
        Object type = jdbcType.getConstructor().newInstance();
        // through Hibernate's JdbcType interface, as Hibernate calls it
        Class<?> hibernateJdbcType = layer.findLoader("org.hibernate.orm.core")
                .loadClass("org.hibernate.type.descriptor.jdbc.JdbcType");
        assertThat(hibernateJdbcType.isInstance(type)).isTrue();
        assertThat(hibernateJdbcType.getMethod("getFriendlyName").invoke(type))
                .isEqualTo("uuidkit BINARY16_TIME_SWAPPED");
        assertThat(hibernateJdbcType.getMethod("getDefaultSqlTypeCode").invoke(type)).isEqualTo(95_620_004);
    }

    /** uuidkit-mybatis: its API package only, MyBatis (automatic module org.mybatis) read transitively, and MyBatis
     * builds the handlers it names by reflection (typeHandler=) across the module boundary. */
    @Test
    void mybatisModuleExportsItsApiAndRunsWithMyBatis() throws Exception {
        assertThat(exports(MYBATIS)).containsExactlyInAnyOrderEntriesOf(Map.of("io.github.uuidkit.mybatis", Set.of()));
        assertThat(module(MYBATIS).getDescriptor().requires()).filteredOn(r -> r.name().equals("org.mybatis"))
                .singleElement().satisfies(r -> assertThat(r.modifiers())
                        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        ClassLoader loader = layer.findLoader(MYBATIS);
        Class<?> configurationClass = loader.loadClass("org.apache.ibatis.session.Configuration");
        assertThat(configurationClass.getModule().getName()).isEqualTo("org.mybatis");
        Object mybatisConfiguration = configurationClass.getConstructor().newInstance();
        Class<?> kinds = loader.loadClass("io.github.uuidkit.jdbc.UuidColumnKind");
        Class<?> handlers = loader.loadClass("io.github.uuidkit.mybatis.UuidTypeHandlers");
        assertThat(handlers.getModule()).isSameAs(module(MYBATIS));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object binary16 = Enum.valueOf((Class) kinds, "BINARY16");
        Object handler = handlers.getMethod("register", configurationClass, kinds).invoke(null, mybatisConfiguration,
                binary16);
        assertThat(handler.getClass().getName()).isEqualTo("io.github.uuidkit.mybatis.UuidBinaryTypeHandler");
        Object registry = configurationClass.getMethod("getTypeHandlerRegistry").invoke(mybatisConfiguration);
        assertThat(registry.getClass().getMethod("getTypeHandler", Class.class).invoke(registry, UUID.class))
                .isSameAs(handler);
        // what MyBatis does for typeHandler=io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler
        Class<?> swapped = loader.loadClass("io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler");
        Object built = registry.getClass().getMethod("getInstance", Class.class, Class.class)
                .invoke(registry, UUID.class, swapped);
        assertThat(built.toString()).isEqualTo("UuidTimeSwappedBinaryTypeHandler[BINARY16_TIME_SWAPPED]");
    }

    /** uuidkit-spring: its API package only, Spring Data JDBC read transitively, and code runs across the modules. */
    @Test
    void springModuleExportsItsApiAndRunsWithSpringData() throws Exception {
        assertThat(exports(SPRING)).containsExactlyInAnyOrderEntriesOf(Map.of("io.github.uuidkit.spring", Set.of()));
        assertThat(module(SPRING).getDescriptor().requires()).filteredOn(r -> r.name().equals("spring.data.jdbc"))
                .singleElement().satisfies(r -> assertThat(r.modifiers())
                        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        ClassLoader loader = layer.findLoader(SPRING);
        Class<?> converter = Class.forName("io.github.uuidkit.spring.UuidJdbcConverter", true, loader);
        assertThat(converter.getModule()).isSameAs(module(SPRING));
        assertThat(converter.getSuperclass().getModule().getName()).isEqualTo("spring.data.jdbc");
        Class<?> kinds = loader.loadClass("io.github.uuidkit.jdbc.UuidColumnKind");
        Class<?> info = loader.loadClass("io.github.uuidkit.mysql.MysqlServerInfo");
        Object nonStrict = info.getMethod("of", String.class, String.class, Boolean.class).invoke(null, "8.0.31", "",
                null);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object binary16 = Enum.valueOf((Class) kinds, "BINARY16");
        Object findings = loader.loadClass("io.github.uuidkit.spring.MysqlStartupCheck")
                .getMethod("findings", info, java.util.Collection.class)
                .invoke(null, nonStrict, java.util.List.of(binary16));
        assertThat(findings.toString()).startsWith("[NON_STRICT_SQL_MODE: ");
    }

    @Test
    void theUnnamedModuleCannotReachCoreInternals() throws Exception {
        Class<?> messageText = layer.findLoader(CORE).loadClass(INTERNAL + ".MessageText");
        Method quote = messageText.getMethod("quote", CharSequence.class);
        assertThatThrownBy(() -> quote.invoke(null, "x")).isInstanceOf(IllegalAccessException.class);
    }

    @Test
    void coreResolvesWithoutJavaSql() {
        // Only java.base and core: an image without java.sql can use everything but io.github.uuidkit.jdbc.
        Configuration alone = Configuration.empty().resolve(
                ModuleFinder.compose(ModuleFinder.ofSystem(), ModuleFinder.of(locationUnchecked(Uuids.class))),
                ModuleFinder.of(), Set.of(CORE));
        assertThat(alone.modules()).extracting(m -> m.name()).containsExactlyInAnyOrder("java.base", CORE);
    }

    private static Path locationUnchecked(Class<?> type) {
        try {
            return location(type);
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
