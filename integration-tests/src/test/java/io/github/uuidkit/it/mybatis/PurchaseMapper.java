package io.github.uuidkit.it.mybatis;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** The XML mapper ({@code PurchaseMapper.xml} next to this interface). */
public interface PurchaseMapper {

    int insert(Purchase purchase);

    Purchase findById(UUID id);

    List<Purchase> findByIds(@Param("ids") Collection<UUID> ids);

    /** Purchases joined to their customer over the foreign key, in key order. */
    List<Purchase> findWithCustomer(@Param("customerId") UUID customerId);

    List<Purchase> findWithoutCustomer();
}
