/**
 * uuidkit for MyBatis: one {@code TypeHandler<UUID>} per UUID column kind, delegating to uuidkit core's
 * {@code UuidJdbc}, and a one-line registration of a schema's default.
 *
 * <p>MyBatis ({@code org.mybatis}, the automatic module name of the MyBatis 3.5 jar) is a plain, transitive
 * dependency: the API's types ({@code TypeHandler}, {@code Configuration}) are MyBatis types, so the module cannot be
 * used without it. The Maven dependency stays {@code provided}: the application chooses its MyBatis version.
 */
// "requires-transitive-automatic": MyBatis 3.5 ships no module-info, only Automatic-Module-Name org.mybatis.
@SuppressWarnings("requires-transitive-automatic")
module io.github.uuidkit.mybatis {
    requires transitive io.github.uuidkit;
    requires transitive org.mybatis;
    requires java.sql;

    exports io.github.uuidkit.mybatis;
}
