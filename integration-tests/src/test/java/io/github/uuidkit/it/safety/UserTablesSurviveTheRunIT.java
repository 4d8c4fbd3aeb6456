package io.github.uuidkit.it.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.it.support.Engine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs after every other suite of the failsafe run: the user tables planted by {@link UserTablesPlantedFirstIT}
 * ({@code orders}, {@code customers}, {@code accounts}, {@code legacy}, {@code trap}) still exist with exactly their
 * rows on every engine, so no suite touched a table it did not create. Then drops what was planted, and checks that
 * the server's list of schemas and tables is what it was when this JVM first used it
 * ({@link Engine#tableChangesSinceFirstUse()}): on a user's own server and on the machine's system servers, the run
 * leaves nothing behind and removes nothing.
 *
 * <p>One method does both, in that order, so the comparison sees the planted tables gone. The failsafe run is one
 * JVM, {@code ClassOrderer$OrderAnnotation} puts this class last, and the first use of every engine is
 * {@link UserTablesPlantedFirstIT} (before any suite's table): so "at first use" is "before the run".
 */
@Order(Integer.MAX_VALUE)
class UserTablesSurviveTheRunIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.uuidkit.it.support.Engines#all")
    void userTablesAreUntouchedAndTheTableListIsAsFound(Engine engine) throws Exception {
        UserTables.assertSurvivedAndCleanUp(engine);
        assertThat(engine.tableChangesSinceFirstUse())
                .as("%s (%s): schemas and tables added (+) or gone (-) since this run first used the server; a suite"
                        + " that leaves a table behind names it with TestTables but does not drop it (a name no suite"
                        + " of this run uses may come from another program using the same server meanwhile)", engine,
                        engine.version())
                .isEmpty();
    }
}
