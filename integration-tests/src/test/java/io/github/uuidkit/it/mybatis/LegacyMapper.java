package io.github.uuidkit.it.mybatis;

import io.github.uuidkit.mybatis.UuidStringTypeHandler;
import io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler;
import java.util.UUID;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

/** Per-column overrides in annotations: {@code typeHandler=} in {@code #{}} and in {@code @Result}. */
public interface LegacyMapper {

    @Insert("INSERT INTO ${legacy} (id, old_id, ref) VALUES (#{id},"
            + " #{oldId,typeHandler=io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler},"
            + " #{ref,typeHandler=io.github.uuidkit.mybatis.UuidStringTypeHandler})")
    int insert(LegacyRow row);

    @Select("SELECT id, old_id, ref FROM ${legacy} WHERE id = #{id}")
    @Results({
        @Result(column = "old_id", property = "oldId", typeHandler = UuidTimeSwappedBinaryTypeHandler.class),
        @Result(column = "ref", property = "ref", typeHandler = UuidStringTypeHandler.class)})
    LegacyRow findById(UUID id);

    @Select("SELECT id, old_id, ref FROM ${legacy}"
            + " WHERE old_id = #{oldId,typeHandler=io.github.uuidkit.mybatis.UuidTimeSwappedBinaryTypeHandler}")
    @Results({
        @Result(column = "old_id", property = "oldId", typeHandler = UuidTimeSwappedBinaryTypeHandler.class),
        @Result(column = "ref", property = "ref", typeHandler = UuidStringTypeHandler.class)})
    LegacyRow findByOldId(LegacyRow probe);
}
