-- Schema of the jOOQ codegen proof on MySQL 8 (also run on MariaDB). Statements end with ';' at line end.
CREATE TABLE customers (
  id          BINARY(16)   NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL
);
CREATE TABLE orders (
  id          BINARY(16)   NOT NULL PRIMARY KEY,
  customer_id BINARY(16)   NOT NULL,
  referrer_id BINARY(16)   NULL,
  legacy_uuid BINARY(16)   NULL,
  note        VARCHAR(100) NULL,
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE TABLE order_lines (
  order_id    BINARY(16)   NOT NULL,
  line_id     BINARY(16)   NOT NULL,
  quantity    INT          NOT NULL,
  PRIMARY KEY (order_id, line_id),
  CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id)
);
