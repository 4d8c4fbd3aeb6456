package io.github.uuidkit.it.mybatis;

import java.util.UUID;

/** A JavaBean with a UUID key, mapped by annotations ({@link CustomerMapper}). */
public class Customer {
    private UUID id;
    private String name;

    public Customer() {
    }

    public Customer(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
