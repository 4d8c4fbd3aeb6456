-- MariaDB 10.7+ only: the native UUID type.
CREATE TABLE devices (
  id          UUID         NOT NULL PRIMARY KEY,
  owner_id    BINARY(16)   NULL,
  label       VARCHAR(50)  NOT NULL
);
