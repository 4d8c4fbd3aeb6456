package io.github.uuidkit.it.mybatis;

import java.util.UUID;

/** Per-column overrides in XML ({@code LegacyXmlMapper.xml}). */
public interface LegacyXmlMapper {

    int insert(LegacyRow row);

    LegacyRow findById(UUID id);
}
