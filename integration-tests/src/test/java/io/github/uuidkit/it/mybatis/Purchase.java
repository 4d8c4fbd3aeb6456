package io.github.uuidkit.it.mybatis;

import java.util.UUID;

/** A JavaBean with a UUID key and a nullable UUID foreign key, mapped in XML ({@code PurchaseMapper.xml}). */
public class Purchase {
    private UUID id;
    private UUID customerId;
    private String note;
    /** Filled by the join only. */
    private String customerName;

    public Purchase() {
    }

    public Purchase(UUID id, UUID customerId, String note) {
        this.id = id;
        this.customerId = customerId;
        this.note = note;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public void setCustomerId(UUID customerId) {
        this.customerId = customerId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }
}
