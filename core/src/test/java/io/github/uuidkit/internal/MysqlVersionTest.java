package io.github.uuidkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The one version rule. Known answers: MariaDB's "UUID Data Type" page (added in 10.7), MENT-1459 (MariaDB Enterprise
 * Server 10.6 from 10.6.9-5), MySQL Connector/J's handshake version {@code 5.5.5-} before MariaDB's own.
 */
class MysqlVersionTest {

    @Test
    void readsPlainHandshakeAndSuffixedForms() {
        MysqlVersion handshake = MysqlVersion.parse("5.5.5-10.11.6-MariaDB-log");
        assertThat(handshake.isMariaDb()).isTrue();
        assertThat(handshake.isEnterprise()).isFalse();
        assertThat(new int[] {handshake.major(), handshake.minor(), handshake.patch()}).containsExactly(10, 11, 6);
        MysqlVersion mysql = MysqlVersion.parse("8.0.36-0ubuntu0.22.04.1");
        assertThat(mysql.isMariaDb()).isFalse();
        assertThat(new int[] {mysql.major(), mysql.minor(), mysql.patch()}).containsExactly(8, 0, 36);
        // "5.5.5-" is kept when it is not MariaDB's handshake prefix
        assertThat(MysqlVersion.parse("5.5.5-log").major()).isEqualTo(5);
        MysqlVersion enterprise = MysqlVersion.parse("10.6.16-11-MariaDB-enterprise");
        assertThat(enterprise.isEnterprise()).isTrue();
        assertThat(MysqlVersion.parse("8.0.36-enterprise").isEnterprise()).as("MySQL Enterprise is not MariaDB's")
                .isFalse();
    }

    @Test
    void refusesOtherTextQuotingItEscaped() {
        for (String bad : new String[] {"", "8", "8.0", "8.0.x", "v8.0.1", "8.0.1+x", "123456.0.0", "x\n8.0.1"}) {
            assertThatThrownBy(() -> MysqlVersion.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Cannot parse server version '")
                    .extracting(Throwable::getMessage).asString().matches("[\\x20-\\x7E]*");
        }
        assertThatThrownBy(() -> MysqlVersion.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void atLeastComparesMajorThenMinorThenPatch() {
        MysqlVersion v = MysqlVersion.parse("10.7.3");
        assertThat(v.atLeast(10, 7, 3)).isTrue();
        assertThat(v.atLeast(10, 7, 4)).isFalse();
        assertThat(v.atLeast(10, 7, 2)).isTrue();
        assertThat(v.atLeast(10, 8, 0)).isFalse();
        assertThat(v.atLeast(10, 6, 99)).isTrue();
        assertThat(v.atLeast(11, 0, 0)).isFalse();
        assertThat(v.atLeast(9, 99, 99)).isTrue();
    }

    @Test
    void nativeUuidTypeFromMariaDb107AndEnterprise1069() {
        assertThat(MysqlVersion.parse("10.7.0-MariaDB").hasNativeUuidType()).isTrue();
        assertThat(MysqlVersion.parse("10.6.99-MariaDB").hasNativeUuidType()).isFalse();
        assertThat(MysqlVersion.parse("11.0.0-MariaDB").hasNativeUuidType()).isTrue();
        assertThat(MysqlVersion.parse("9.9.9-MariaDB").hasNativeUuidType()).isFalse();
        assertThat(MysqlVersion.parse("10.6.9-5-MariaDB-enterprise").hasNativeUuidType()).isTrue();
        assertThat(MysqlVersion.parse("10.6.8-4-MariaDB-enterprise").hasNativeUuidType()).isFalse();
        assertThat(MysqlVersion.parse("10.5.20-MariaDB-enterprise").hasNativeUuidType()).isFalse();
        assertThat(MysqlVersion.parse("11.6.9-MariaDB-enterprise").hasNativeUuidType()).isTrue();
        assertThat(MysqlVersion.parse("9.6.9-MariaDB-enterprise").hasNativeUuidType()).isFalse();
        assertThat(MysqlVersion.parse("10.7.0").hasNativeUuidType()).as("MySQL has none").isFalse();
        assertThat(MysqlVersion.parse("8.4.3").hasNativeUuidType()).isFalse();
    }
}
