package io.github.uuidkit.mysql;

/** The two servers that speak the MySQL protocol. */
public enum MysqlFlavor {

    /** Oracle MySQL (and compatible builds such as Percona Server). */
    MYSQL,

    /** MariaDB Server. */
    MARIADB
}
