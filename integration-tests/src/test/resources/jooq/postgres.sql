-- Schema of the jOOQ codegen proof on PostgreSQL 18: uuid and uuid[] need no forced type.
CREATE TABLE events (
  id          uuid         NOT NULL PRIMARY KEY DEFAULT uuidv7(),
  parent_id   uuid         NULL REFERENCES events (id),
  related     uuid[]       NULL,
  label       text         NOT NULL
);
