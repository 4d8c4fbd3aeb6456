package io.github.uuidkit.it.mybatis;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/**
 * The workaround users reach for when MyBatis rejects {@code #{id}} on a {@code UUID} property:
 * {@code javaType=Object}, which binds with {@code setObject} and so registers. The results are auto-mapped.
 */
public interface ObjectWorkaroundMapper {

    @Insert("INSERT INTO ${customers} (id, name) VALUES (#{id,javaType=Object}, #{name})")
    int insert(Customer customer);

    @Select("SELECT id, name FROM ${customers} WHERE name = #{name}")
    Customer findByName(String name);
}
