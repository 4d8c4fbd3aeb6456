package io.github.uuidkit.bench;

import io.github.uuidkit.doctor.IndexShape;
import java.util.List;

/**
 * One table load and what was measured during and after it.
 *
 * @param engine the engine's short name, e.g. {@code postgres 18}
 * @param version the server's {@code SELECT version()}
 * @param key the key kind
 * @param table the table name (kept until the engine's queries ran)
 * @param rounds per-round measurements, in order
 * @param sample ids of about {@link TableLoader#SAMPLE} loaded rows, spread over the load, for point lookups
 *     ({@code Long} for BIGINT, {@code UUID} otherwise)
 */
record Load(String engine, String version, KeyKind key, String table, List<Round> rounds, List<Object> sample) {

    long rows() {
        return rounds.get(rounds.size() - 1).rowsAfter();
    }

    double seconds() {
        return rounds.stream().mapToDouble(Round::seconds).sum();
    }

    /** WAL / redo bytes of the whole load, or -1 when unknown. */
    long logBytes() {
        return rounds.stream().mapToLong(Round::logBytes).anyMatch(b -> b < 0) ? -1
                : rounds.stream().mapToLong(Round::logBytes).sum();
    }

    long bufferReads() {
        return rounds.stream().mapToLong(Round::bufferReads).sum();
    }

    IndexShape index() {
        return rounds.get(rounds.size() - 1).index();
    }

    Round first() {
        return rounds.get(0);
    }

    Round last() {
        return rounds.get(rounds.size() - 1);
    }
}
