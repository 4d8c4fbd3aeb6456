package io.github.uuidkit.mysql;

import io.github.uuidkit.UuidBinaryLayout;
import java.util.Objects;

/**
 * DDL and SQL expressions for UUID keys in {@code BINARY(16)} columns on MySQL or MariaDB. Every
 * table and column name is validated and quoted by {@link MysqlIdentifiers}.
 *
 * <pre>{@code
 * MysqlSchema schema = MysqlSchema.forServer(MysqlServerInfo.detect(connection));
 * statement.execute(schema.createUuidTable("orders", "id", "id_text"));
 * // CREATE TABLE `orders` (
 * //   `id` BINARY(16) NOT NULL,
 * //   `id_text` CHAR(36) GENERATED ALWAYS AS (BIN_TO_UUID(`id`)) VIRTUAL,
 * //   PRIMARY KEY (`id`)
 * // )
 * }</pre>
 *
 * <p>On MySQL 8.0+ the expressions use {@code BIN_TO_UUID}/{@code UUID_TO_BIN}; on MariaDB and
 * MySQL 5.7, which lack them, equivalent {@code HEX}/{@code UNHEX} expressions. Instances are
 * immutable and thread-safe.
 */
public final class MysqlSchema {

    private final boolean uuidFunctions;
    private final UuidBinaryLayout layout;

    private MysqlSchema(boolean uuidFunctions, UuidBinaryLayout layout) {
        this.uuidFunctions = uuidFunctions;
        this.layout = layout;
    }

    /**
     * Returns the schema helper for MySQL 8.0+ ({@link MysqlFlavor#MYSQL}) or MariaDB, in the
     * {@link UuidBinaryLayout#STANDARD} layout.
     *
     * @param flavor the server flavor; {@code MYSQL} means 8.0 or later
     * @return the helper
     */
    public static MysqlSchema of(MysqlFlavor flavor) {
        Objects.requireNonNull(flavor, "flavor");
        return new MysqlSchema(flavor == MysqlFlavor.MYSQL, UuidBinaryLayout.STANDARD);
    }

    /**
     * Returns the schema helper for the inspected server, in the {@link UuidBinaryLayout#STANDARD}
     * layout.
     *
     * @param server the server
     * @return the helper
     */
    public static MysqlSchema forServer(MysqlServerInfo server) {
        Objects.requireNonNull(server, "server");
        return new MysqlSchema(server.hasUuidToBin(), UuidBinaryLayout.STANDARD);
    }

    /**
     * Returns a helper whose expressions read and write the given layout: use
     * {@link UuidBinaryLayout#TIME_SWAPPED} only for legacy {@code UUID_TO_BIN(x, 1)} data.
     *
     * @param layout the stored layout
     * @return a helper for the same server in that layout
     */
    public MysqlSchema withLayout(UuidBinaryLayout layout) {
        Objects.requireNonNull(layout, "layout");
        return new MysqlSchema(uuidFunctions, layout);
    }

    /** @return the stored layout the expressions assume */
    public UuidBinaryLayout layout() {
        return layout;
    }

    /**
     * Returns an SQL expression giving the lowercase canonical text of a {@code BINARY(16)} column,
     * e.g. {@code BIN_TO_UUID(`id`)} on MySQL 8, or on MariaDB
     * {@code LOWER(INSERT(INSERT(INSERT(INSERT(HEX(`id`),9,0,'-'),14,0,'-'),19,0,'-'),24,0,'-'))}.
     *
     * @param column the binary column
     * @return the expression
     * @throws IllegalArgumentException if {@code column} is not a valid identifier
     */
    public String binaryToText(String column) {
        String c = MysqlIdentifiers.quote(column);
        if (uuidFunctions) {
            return layout == UuidBinaryLayout.STANDARD ? "BIN_TO_UUID(" + c + ")" : "BIN_TO_UUID(" + c + ", 1)";
        }
        String hex = "HEX(" + c + ")";
        if (layout == UuidBinaryLayout.STANDARD) {
            return "LOWER(INSERT(INSERT(INSERT(INSERT(" + hex + ",9,0,'-'),14,0,'-'),19,0,'-'),24,0,'-'))";
        }
        // Stored bytes: time_hi(4 hex) time_mid(4) time_low(8) rest(16); text: time_low-time_mid-time_hi-...
        return "LOWER(CONCAT_WS('-',SUBSTR(" + hex + ",9,8),SUBSTR(" + hex + ",5,4),SUBSTR(" + hex + ",1,4),SUBSTR("
                + hex + ",17,4),SUBSTR(" + hex + ",21,12)))";
    }

    /**
     * Returns an SQL expression giving the 16 bytes of a column holding canonical UUID text (e.g. a
     * legacy {@code CHAR(36)} column being migrated), e.g. {@code UUID_TO_BIN(`id`)} on MySQL 8, or
     * {@code UNHEX(REPLACE(`id`,'-',''))} on MariaDB.
     *
     * @param column the text column
     * @return the expression
     * @throws IllegalArgumentException if {@code column} is not a valid identifier
     */
    public String textToBinary(String column) {
        String c = MysqlIdentifiers.quote(column);
        if (uuidFunctions) {
            return layout == UuidBinaryLayout.STANDARD ? "UUID_TO_BIN(" + c + ")" : "UUID_TO_BIN(" + c + ", 1)";
        }
        if (layout == UuidBinaryLayout.STANDARD) {
            return "UNHEX(REPLACE(" + c + ",'-',''))";
        }
        return "UNHEX(CONCAT(SUBSTR(" + c + ",15,4),SUBSTR(" + c + ",10,4),SUBSTR(" + c + ",1,8),SUBSTR(" + c
                + ",20,4),SUBSTR(" + c + ",25,12)))";
    }

    /**
     * Returns the definition of a required UUID column: {@code `id` BINARY(16) NOT NULL}.
     *
     * @param column the column name
     * @return the column definition
     * @throws IllegalArgumentException if {@code column} is not a valid identifier
     */
    public String uuidColumn(String column) {
        return MysqlIdentifiers.quote(column) + " BINARY(16) NOT NULL";
    }

    /**
     * Returns the definition of a virtual column showing a binary UUID column as text, for humans and
     * ad-hoc queries (it takes no storage):
     * {@code `id_text` CHAR(36) GENERATED ALWAYS AS (BIN_TO_UUID(`id`)) VIRTUAL}.
     *
     * @param column the virtual column's name
     * @param binaryColumn the {@code BINARY(16)} column it shows
     * @return the column definition
     * @throws IllegalArgumentException if a name is not a valid identifier
     */
    public String textColumn(String column, String binaryColumn) {
        return MysqlIdentifiers.quote(column) + " CHAR(36) GENERATED ALWAYS AS (" + binaryToText(binaryColumn)
                + ") VIRTUAL";
    }

    /**
     * Returns {@code CREATE TABLE} for a table keyed by a UUID: a {@code BINARY(16)} primary key and,
     * optionally, a virtual text column. Add the other columns to the returned statement or with
     * {@code ALTER TABLE}. Mint UUID v7 keys in the application ({@code Uuids.v7()}) and bind them
     * with {@code UuidJdbc.set(ps, i, id, UuidColumnKind.BINARY16)}.
     *
     * @param table the table name
     * @param idColumn the primary key column
     * @param textColumn the virtual text column, or null for none
     * @return the statement
     * @throws IllegalArgumentException if a name is not a valid identifier
     */
    public String createUuidTable(String table, String idColumn, String textColumn) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(MysqlIdentifiers.quote(table)).append(" (\n  ")
                .append(uuidColumn(idColumn)).append(",\n  ");
        if (textColumn != null) {
            sql.append(textColumn(textColumn, idColumn)).append(",\n  ");
        }
        return sql.append("PRIMARY KEY (").append(MysqlIdentifiers.quote(idColumn)).append(")\n)").toString();
    }

    /**
     * Returns {@code CREATE TABLE} for the hybrid pattern: a compact {@code BIGINT AUTO_INCREMENT}
     * primary key for joins and clustering, and a public {@code BINARY(16) NOT NULL UNIQUE} UUID for
     * URLs and APIs (unlike the {@code BIGINT}, it does not reveal the row count), optionally with a
     * virtual text column.
     *
     * <p>Which UUID to store there: fill it with {@link io.github.uuidkit.Uuids#v4()} (122 bits from
     * {@code SecureRandom}) when the id must not be guessable. A UUID v7 is not: it shows the
     * millisecond its row was created, and ids that {@link io.github.uuidkit.Uuids#v7()} mints in the
     * same millisecond share their random tail and differ by exactly 1 in their counter, so one id
     * gives away its neighbours. Use v7 there only if revealing creation times is acceptable (it keeps
     * the unique index's inserts at its end).
     *
     * @param table the table name
     * @param pkColumn the {@code BIGINT} primary key column
     * @param publicIdColumn the public UUID column
     * @param textColumn the virtual text column of the public UUID, or null for none
     * @return the statement
     * @throws IllegalArgumentException if a name is not a valid identifier
     */
    public String createHybridTable(String table, String pkColumn, String publicIdColumn, String textColumn) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(MysqlIdentifiers.quote(table)).append(" (\n  ")
                .append(MysqlIdentifiers.quote(pkColumn)).append(" BIGINT NOT NULL AUTO_INCREMENT,\n  ")
                .append(uuidColumn(publicIdColumn)).append(" UNIQUE,\n  ");
        if (textColumn != null) {
            sql.append(textColumn(textColumn, publicIdColumn)).append(",\n  ");
        }
        return sql.append("PRIMARY KEY (").append(MysqlIdentifiers.quote(pkColumn)).append(")\n)").toString();
    }

    /**
     * Returns step 1 of adding a UUID column to an existing table: a nullable column to backfill,
     * {@code ALTER TABLE `t` ADD COLUMN `public_id` BINARY(16) NULL}.
     *
     * @param table the table
     * @param column the new column
     * @return the statement
     * @throws IllegalArgumentException if a name is not a valid identifier
     * @see MysqlBackfill
     */
    public String addNullableUuidColumn(String table, String column) {
        return "ALTER TABLE " + MysqlIdentifiers.quote(table) + " ADD COLUMN " + MysqlIdentifiers.quote(column)
                + " BINARY(16) NULL";
    }

    /**
     * Returns the last step after a backfill: make the column required and unique,
     * {@code ALTER TABLE `t` MODIFY COLUMN `public_id` BINARY(16) NOT NULL, ADD UNIQUE KEY (`public_id`)}.
     * In strict mode it fails if a row is still NULL.
     *
     * @param table the table
     * @param column the backfilled column
     * @return the statement
     * @throws IllegalArgumentException if a name is not a valid identifier
     */
    public String requireUniqueUuidColumn(String table, String column) {
        String c = MysqlIdentifiers.quote(column);
        return "ALTER TABLE " + MysqlIdentifiers.quote(table) + " MODIFY COLUMN " + c
                + " BINARY(16) NOT NULL, ADD UNIQUE KEY (" + c + ")";
    }
}
