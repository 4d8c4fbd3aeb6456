package io.github.uuidkit.it.safety;

import io.github.uuidkit.it.support.Engine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs after every other suite of the failsafe run: the user tables planted by {@link UserTablesPlantedFirstIT}
 * ({@code orders}, {@code customers}, {@code accounts}, {@code legacy}, {@code trap}) still exist with exactly their
 * rows on every engine, so no suite touched a table it did not create. Then drops what was planted.
 */
@Order(Integer.MAX_VALUE)
class UserTablesSurviveTheRunIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void userTablesAreUntouched(Engine engine) throws Exception {
        UserTables.assertSurvivedAndCleanUp(engine);
    }
}
