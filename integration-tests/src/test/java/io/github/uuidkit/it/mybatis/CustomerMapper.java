package io.github.uuidkit.it.mybatis;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The annotation mapper: plain {@code #{id}} parameters and auto-mapped results, no type handler named anywhere (the
 * default registered by {@code UuidTypeHandlers} does it all). {@code ${customers}} and {@code ${bad}} are
 * configuration variables: the per-run table names.
 */
public interface CustomerMapper {

    @Insert("INSERT INTO ${customers} (id, name) VALUES (#{id}, #{name})")
    int insert(Customer customer);

    @Select("SELECT id, name FROM ${customers} WHERE id = #{id}")
    Customer findById(UUID id);

    @Select("SELECT id, name FROM ${customers} WHERE name = #{name}")
    Customer findByName(String name);

    @Select({"<script>SELECT id, name FROM ${customers} WHERE id IN",
        "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>",
        "ORDER BY id</script>"})
    List<Customer> findByIds(@Param("ids") Collection<UUID> ids);

    @Select("SELECT id FROM ${customers} WHERE name LIKE #{prefix} ORDER BY id")
    List<UUID> idsInOrder(@Param("prefix") String namePrefix);

    @Select("SELECT id FROM ${customers} WHERE name = #{name} AND id = #{id}")
    UUID idByNameAndId(@Param("name") String name, @Param("id") UUID id);

    /** A planted bad value (from the {@code bin} or {@code txt} column of the bad-rows table) read as a UUID. */
    @Select("SELECT ${column} AS id FROM ${bad} WHERE n = #{n}")
    UUID badValue(@Param("column") String column, @Param("n") int n);
}
