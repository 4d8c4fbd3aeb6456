package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MysqlIdentifiersTest {

    @Test
    void quotesValidNames() {
        assertThat(MysqlIdentifiers.quote("orders")).isEqualTo("`orders`");
        assertThat(MysqlIdentifiers.quote("public_id$2")).isEqualTo("`public_id$2`");
        assertThat(MysqlIdentifiers.quote("Bestellungen_größe")).isEqualTo("`Bestellungen_größe`");
        assertThat(MysqlIdentifiers.quote("a".repeat(64))).isEqualTo("`" + "a".repeat(64) + "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"t`; DROP TABLE users; --", "a b", "db.table", "x'y", "x\"y", "x-y", "id)"})
    void rejectsAnythingThatCouldLeaveTheQuotes(String name) {
        assertThatThrownBy(() -> MysqlIdentifiers.quote(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid identifier '" + name.replace("'", "\\'")
                        + "': only letters, digits, '_' and '$' are allowed");
    }

    @Test
    void namesTheOffendingCharacterAndIndex() {
        assertThatThrownBy(() -> MysqlIdentifiers.quote("t`x"))
                .hasMessage("Invalid identifier 't`x': only letters, digits, '_' and '$' are allowed, found '`' at index 1");
        assertThatThrownBy(() -> MysqlIdentifiers.quote("t\u0000"))
                .hasMessageEndingWith("found U+0000 at index 1");
    }

    @Test
    void rejectsEmptyTooLongAndNull() {
        assertThatThrownBy(() -> MysqlIdentifiers.quote(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid identifier '': expected 1 to 64 characters, got 0");
        assertThatThrownBy(() -> MysqlIdentifiers.quote("a".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("expected 1 to 64 characters, got 65");
        assertThatThrownBy(() -> MysqlIdentifiers.quote(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }
}
