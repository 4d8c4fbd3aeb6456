package io.github.uuidkit.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.uuidkit.UuidBinaryLayout;
import org.junit.jupiter.api.Test;

class MysqlSchemaTest {

    private final MysqlSchema mysql = MysqlSchema.of(MysqlFlavor.MYSQL);
    private final MysqlSchema mariadb = MysqlSchema.of(MysqlFlavor.MARIADB);

    @Test
    void mysql8UsesItsUuidFunctions() {
        assertThat(mysql.binaryToText("id")).isEqualTo("BIN_TO_UUID(`id`)");
        assertThat(mysql.textToBinary("id")).isEqualTo("UUID_TO_BIN(`id`)");
        MysqlSchema swapped = mysql.withLayout(UuidBinaryLayout.TIME_SWAPPED);
        assertThat(swapped.binaryToText("id")).isEqualTo("BIN_TO_UUID(`id`, 1)");
        assertThat(swapped.textToBinary("id")).isEqualTo("UUID_TO_BIN(`id`, 1)");
    }

    @Test
    void mariadbAndMysql57UseHexExpressions() {
        assertThat(mariadb.binaryToText("id"))
                .isEqualTo("LOWER(INSERT(INSERT(INSERT(INSERT(HEX(`id`),9,0,'-'),14,0,'-'),19,0,'-'),24,0,'-'))");
        assertThat(mariadb.textToBinary("id")).isEqualTo("UNHEX(REPLACE(`id`,'-',''))");
        MysqlSchema mysql57 = MysqlSchema.forServer(MysqlServerInfo.of("5.7.44", "", null));
        assertThat(mysql57.binaryToText("id")).isEqualTo(mariadb.binaryToText("id"));
        assertThat(MysqlSchema.forServer(MysqlServerInfo.of("8.0.15", "", null)).binaryToText("id"))
                .isEqualTo("BIN_TO_UUID(`id`)");
    }

    /** The swapped-layout expressions without UUID functions (MysqlSchemaIT runs them against the server's own data). */
    @Test
    void mariadbSwappedLayoutExpressions() {
        MysqlSchema swapped = mariadb.withLayout(UuidBinaryLayout.TIME_SWAPPED);
        assertThat(swapped.layout()).isEqualTo(UuidBinaryLayout.TIME_SWAPPED);
        assertThat(mariadb.layout()).isEqualTo(UuidBinaryLayout.STANDARD);
        assertThat(swapped.binaryToText("id")).isEqualTo("LOWER(CONCAT_WS('-',SUBSTR(HEX(`id`),9,8),"
                + "SUBSTR(HEX(`id`),5,4),SUBSTR(HEX(`id`),1,4),SUBSTR(HEX(`id`),17,4),SUBSTR(HEX(`id`),21,12)))");
        assertThat(swapped.textToBinary("id")).isEqualTo("UNHEX(CONCAT(SUBSTR(`id`,15,4),SUBSTR(`id`,10,4),"
                + "SUBSTR(`id`,1,8),SUBSTR(`id`,20,4),SUBSTR(`id`,25,12)))");
    }

    @Test
    void createsAUuidKeyedTable() {
        assertThat(mysql.createUuidTable("orders", "id", "id_text")).isEqualTo("CREATE TABLE `orders` (\n"
                + "  `id` BINARY(16) NOT NULL,\n"
                + "  `id_text` CHAR(36) GENERATED ALWAYS AS (BIN_TO_UUID(`id`)) VIRTUAL,\n"
                + "  PRIMARY KEY (`id`)\n"
                + ")");
        assertThat(mariadb.createUuidTable("orders", "id", null)).isEqualTo("CREATE TABLE `orders` (\n"
                + "  `id` BINARY(16) NOT NULL,\n"
                + "  PRIMARY KEY (`id`)\n"
                + ")");
    }

    @Test
    void createsAHybridTable() {
        assertThat(mysql.createHybridTable("customers", "id", "public_id", null)).isEqualTo("CREATE TABLE `customers` (\n"
                + "  `id` BIGINT NOT NULL AUTO_INCREMENT,\n"
                + "  `public_id` BINARY(16) NOT NULL UNIQUE,\n"
                + "  PRIMARY KEY (`id`)\n"
                + ")");
        assertThat(mariadb.createHybridTable("customers", "id", "public_id", "public_id_text"))
                .contains("  `public_id_text` CHAR(36) GENERATED ALWAYS AS (LOWER(INSERT(INSERT(INSERT(INSERT("
                        + "HEX(`public_id`),9,0,'-'),14,0,'-'),19,0,'-'),24,0,'-'))) VIRTUAL,\n");
    }

    @Test
    void migrationSteps() {
        assertThat(mysql.addNullableUuidColumn("orders", "public_id"))
                .isEqualTo("ALTER TABLE `orders` ADD COLUMN `public_id` BINARY(16) NULL");
        assertThat(mysql.requireUniqueUuidColumn("orders", "public_id"))
                .isEqualTo("ALTER TABLE `orders` MODIFY COLUMN `public_id` BINARY(16) NOT NULL, ADD UNIQUE KEY (`public_id`)");
    }

    @Test
    void everyNameIsValidated() {
        String evil = "x` BINARY(16)); DROP TABLE users; --";
        assertThatThrownBy(() -> mysql.createUuidTable(evil, "id", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mysql.createUuidTable("t", evil, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mysql.createUuidTable("t", "id", evil)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mysql.createHybridTable("t", "id", evil, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mariadb.binaryToText(evil)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mariadb.textToBinary(evil)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mysql.addNullableUuidColumn("t", evil)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mysql.requireUniqueUuidColumn(evil, "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> MysqlSchema.of(null)).isInstanceOf(NullPointerException.class).hasMessage("flavor");
        assertThatThrownBy(() -> MysqlSchema.forServer(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("server");
        assertThatThrownBy(() -> mysql.withLayout(null)).isInstanceOf(NullPointerException.class).hasMessage("layout");
    }
}
