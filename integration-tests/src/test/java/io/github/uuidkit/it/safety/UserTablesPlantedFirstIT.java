package io.github.uuidkit.it.safety;

import io.github.uuidkit.it.support.Engine;
import io.github.uuidkit.it.support.Engines;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs before every other suite of the failsafe run ({@code ClassOrderer$OrderAnnotation}, set in
 * {@code junit-platform.properties}): puts a user's {@code orders}, {@code customers}, ... with a sentinel row on every
 * engine. {@link UserTablesSurviveTheRunIT}, which runs last, checks they are still there, unchanged.
 */
@Order(Integer.MIN_VALUE)
class UserTablesPlantedFirstIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void plantUserTables(Engine engine) throws Exception {
        Engines.announce(UserTablesPlantedFirstIT.class, engine);
        UserTables.plant(engine);
    }
}
