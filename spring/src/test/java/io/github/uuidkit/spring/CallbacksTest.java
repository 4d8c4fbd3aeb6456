package io.github.uuidkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.uuidkit.Uuids;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.r2dbc.mapping.OutboundRow;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import reactor.core.publisher.Mono;

/** The v7 id callback and the new flag of {@link UuidPersistable}. */
class CallbacksTest {

    static class Mutable {
        @Id
        UUID id;
    }

    record Immutable(@Id UUID id, String name) {
        Immutable withId(UUID newId) {
            return new Immutable(newId, name);
        }
    }

    static class LongId {
        @Id
        Long id;
    }

    static class Preset extends UuidPersistable {
        @Id
        final UUID id = Uuids.v7();

        @Override
        public UUID getId() {
            return id;
        }
    }

    @Test
    void nullUuidIdsGetAV7AndSetOnesAreKept() {
        UuidV7IdCallback callback = new UuidV7IdCallback(new JdbcMappingContext());
        Mutable mutable = new Mutable();
        assertThat(callback.onBeforeConvert(mutable)).isSameAs(mutable);
        assertThat(Uuids.isV7(mutable.id)).isTrue();
        UUID first = mutable.id;
        callback.onBeforeConvert(mutable);
        assertThat(mutable.id).as("kept").isEqualTo(first);

        Immutable copy = (Immutable) callback.onBeforeConvert(new Immutable(null, "n"));
        assertThat(Uuids.isV7(copy.id())).isTrue();
        assertThat(copy.name()).isEqualTo("n");

        LongId other = new LongId();
        assertThat(callback.onBeforeConvert(other)).isSameAs(other);
        assertThat(other.id).isNull();
    }

    @Test
    void persistableIsNewUntilSavedOrLoaded() {
        UuidPersistableCallbacks callbacks = new UuidPersistableCallbacks();
        Preset saved = new Preset();
        assertThat(saved.isNew()).isTrue();
        assertThat(callbacks.onAfterSave(saved)).isSameAs(saved);
        assertThat(saved.isNew()).isFalse();
        Preset loaded = new Preset();
        assertThat(callbacks.onAfterConvert(loaded)).isSameAs(loaded);
        assertThat(loaded.isNew()).isFalse();
        assertThat(new JdbcMappingContext().getRequiredPersistentEntity(Preset.class)
                .getPersistentProperty("newAggregate")).as("the flag is no column").isNull();
    }

    @Test
    void reactiveTwinsDoTheSame() {
        ReactiveUuidV7IdCallback idCallback = new ReactiveUuidV7IdCallback(new R2dbcMappingContext());
        Mutable mutable = new Mutable();
        assertThat(Mono.from(idCallback.onBeforeConvert(mutable, SqlIdentifier.unquoted("t"))).block())
                .isSameAs(mutable);
        assertThat(Uuids.isV7(mutable.id)).isTrue();

        ReactiveUuidPersistableCallbacks callbacks = new ReactiveUuidPersistableCallbacks();
        Preset saved = new Preset();
        assertThat(Mono.from(callbacks.onAfterSave(saved, new OutboundRow(), SqlIdentifier.unquoted("t"))).block())
                .isSameAs(saved);
        assertThat(saved.isNew()).isFalse();
        Preset loaded = new Preset();
        assertThat(Mono.from(callbacks.onAfterConvert(loaded, SqlIdentifier.unquoted("t"))).block()).isSameAs(loaded);
        assertThat(loaded.isNew()).isFalse();
    }
}
