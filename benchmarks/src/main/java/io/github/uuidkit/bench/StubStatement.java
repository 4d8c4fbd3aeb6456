package io.github.uuidkit.bench;

/**
 * A {@link java.sql.PreparedStatement} that keeps the last bound value and does nothing else: the
 * JDBC bind benchmarks measure the cost of preparing a value, not of a driver or a network.
 *
 * <p>{@code setObject} with a {@link java.util.UUID} does what pgjdbc does with it in its default
 * binary transfer mode ({@code PgPreparedStatement.setUuid}): it writes the 16 big-endian bytes into
 * a new array, so that the PostgreSQL path is measured as the driver would run it.
 * {@link #getConnection()} fails: no uuidkit bind may ask for the connection.
 */
@SuppressWarnings({"deprecation", "RedundantThrows"})
final class StubStatement implements java.sql.PreparedStatement {

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    /** The value most recently bound, so the JIT cannot drop the binding. */
    Object last;

    @Override
    public void addBatch() {
    }

    @Override
    public void addBatch(java.lang.String a0) {
    }

    @Override
    public void cancel() {
    }

    @Override
    public void clearBatch() {
    }

    @Override
    public void clearParameters() {
    }

    @Override
    public void clearWarnings() {
    }

    @Override
    public void close() {
    }

    @Override
    public void closeOnCompletion() {
    }

    @Override
    public boolean execute() {
        return false;
    }

    @Override
    public boolean execute(java.lang.String a0, int[] a1) {
        return false;
    }

    @Override
    public boolean execute(java.lang.String a0, java.lang.String[] a1) {
        return false;
    }

    @Override
    public boolean execute(java.lang.String a0, int a1) {
        return false;
    }

    @Override
    public boolean execute(java.lang.String a0) {
        return false;
    }

    @Override
    public int[] executeBatch() {
        return null;
    }

    @Override
    public java.sql.ResultSet executeQuery() {
        return null;
    }

    @Override
    public java.sql.ResultSet executeQuery(java.lang.String a0) {
        return null;
    }

    @Override
    public int executeUpdate() {
        return 0;
    }

    @Override
    public int executeUpdate(java.lang.String a0, int[] a1) {
        return 0;
    }

    @Override
    public int executeUpdate(java.lang.String a0, java.lang.String[] a1) {
        return 0;
    }

    @Override
    public int executeUpdate(java.lang.String a0, int a1) {
        return 0;
    }

    @Override
    public int executeUpdate(java.lang.String a0) {
        return 0;
    }

    @Override
    public java.sql.Connection getConnection() {
        throw new UnsupportedOperationException("a bind asked for the connection");
    }

    @Override
    public int getFetchDirection() {
        return 0;
    }

    @Override
    public int getFetchSize() {
        return 0;
    }

    @Override
    public java.sql.ResultSet getGeneratedKeys() {
        return null;
    }

    @Override
    public int getMaxFieldSize() {
        return 0;
    }

    @Override
    public int getMaxRows() {
        return 0;
    }

    @Override
    public java.sql.ResultSetMetaData getMetaData() {
        return null;
    }

    @Override
    public boolean getMoreResults() {
        return false;
    }

    @Override
    public boolean getMoreResults(int a0) {
        return false;
    }

    @Override
    public java.sql.ParameterMetaData getParameterMetaData() {
        return null;
    }

    @Override
    public int getQueryTimeout() {
        return 0;
    }

    @Override
    public java.sql.ResultSet getResultSet() {
        return null;
    }

    @Override
    public int getResultSetConcurrency() {
        return 0;
    }

    @Override
    public int getResultSetHoldability() {
        return 0;
    }

    @Override
    public int getResultSetType() {
        return 0;
    }

    @Override
    public int getUpdateCount() {
        return 0;
    }

    @Override
    public java.sql.SQLWarning getWarnings() {
        return null;
    }

    @Override
    public boolean isCloseOnCompletion() {
        return false;
    }

    @Override
    public boolean isClosed() {
        return false;
    }

    @Override
    public boolean isPoolable() {
        return false;
    }

    @Override
    public boolean isWrapperFor(Class<?> a0) {
        return false;
    }

    @Override
    public void setArray(int a0, java.sql.Array a1) {
        last = a1;
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1, int a2) {
        last = a1;
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1, long a2) {
        last = a1;
    }

    @Override
    public void setAsciiStream(int a0, java.io.InputStream a1) {
        last = a1;
    }

    @Override
    public void setBigDecimal(int a0, java.math.BigDecimal a1) {
        last = a1;
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1, int a2) {
        last = a1;
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1, long a2) {
        last = a1;
    }

    @Override
    public void setBinaryStream(int a0, java.io.InputStream a1) {
        last = a1;
    }

    @Override
    public void setBlob(int a0, java.io.InputStream a1, long a2) {
        last = a1;
    }

    @Override
    public void setBlob(int a0, java.io.InputStream a1) {
        last = a1;
    }

    @Override
    public void setBlob(int a0, java.sql.Blob a1) {
        last = a1;
    }

    @Override
    public void setBoolean(int a0, boolean a1) {
        last = a1;
    }

    @Override
    public void setByte(int a0, byte a1) {
        last = a1;
    }

    @Override
    public void setBytes(int a0, byte[] a1) {
        last = a1;
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1, int a2) {
        last = a1;
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1, long a2) {
        last = a1;
    }

    @Override
    public void setCharacterStream(int a0, java.io.Reader a1) {
        last = a1;
    }

    @Override
    public void setClob(int a0, java.io.Reader a1, long a2) {
        last = a1;
    }

    @Override
    public void setClob(int a0, java.io.Reader a1) {
        last = a1;
    }

    @Override
    public void setClob(int a0, java.sql.Clob a1) {
        last = a1;
    }

    @Override
    public void setCursorName(java.lang.String a0) {
    }

    @Override
    public void setDate(int a0, java.sql.Date a1, java.util.Calendar a2) {
        last = a1;
    }

    @Override
    public void setDate(int a0, java.sql.Date a1) {
        last = a1;
    }

    @Override
    public void setDouble(int a0, double a1) {
        last = a1;
    }

    @Override
    public void setEscapeProcessing(boolean a0) {
    }

    @Override
    public void setFetchDirection(int a0) {
    }

    @Override
    public void setFetchSize(int a0) {
    }

    @Override
    public void setFloat(int a0, float a1) {
        last = a1;
    }

    @Override
    public void setInt(int a0, int a1) {
        last = a1;
    }

    @Override
    public void setLong(int a0, long a1) {
        last = a1;
    }

    @Override
    public void setMaxFieldSize(int a0) {
    }

    @Override
    public void setMaxRows(int a0) {
    }

    @Override
    public void setNCharacterStream(int a0, java.io.Reader a1, long a2) {
        last = a1;
    }

    @Override
    public void setNCharacterStream(int a0, java.io.Reader a1) {
        last = a1;
    }

    @Override
    public void setNClob(int a0, java.io.Reader a1, long a2) {
        last = a1;
    }

    @Override
    public void setNClob(int a0, java.io.Reader a1) {
        last = a1;
    }

    @Override
    public void setNClob(int a0, java.sql.NClob a1) {
        last = a1;
    }

    @Override
    public void setNString(int a0, java.lang.String a1) {
        last = a1;
    }

    @Override
    public void setNull(int a0, int a1, java.lang.String a2) {
        last = a1;
    }

    @Override
    public void setNull(int a0, int a1) {
        last = a1;
    }

    @Override
    public void setObject(int a0, java.lang.Object a1, int a2, int a3) {
        last = a1;
    }

    @Override
    public void setObject(int a0, java.lang.Object a1, int a2) {
        last = a1;
    }

    @Override
    public void setObject(int a0, java.lang.Object a1) {
        if (a1 instanceof java.util.UUID) {
            java.util.UUID uuid = (java.util.UUID) a1;
            byte[] bytes = new byte[16];
            LONGS.set(bytes, 0, uuid.getMostSignificantBits());
            LONGS.set(bytes, 8, uuid.getLeastSignificantBits());
            last = bytes;
        } else {
            last = a1;
        }
    }

    @Override
    public void setPoolable(boolean a0) {
    }

    @Override
    public void setQueryTimeout(int a0) {
    }

    @Override
    public void setRef(int a0, java.sql.Ref a1) {
        last = a1;
    }

    @Override
    public void setRowId(int a0, java.sql.RowId a1) {
        last = a1;
    }

    @Override
    public void setSQLXML(int a0, java.sql.SQLXML a1) {
        last = a1;
    }

    @Override
    public void setShort(int a0, short a1) {
        last = a1;
    }

    @Override
    public void setString(int a0, java.lang.String a1) {
        last = a1;
    }

    @Override
    public void setTime(int a0, java.sql.Time a1, java.util.Calendar a2) {
        last = a1;
    }

    @Override
    public void setTime(int a0, java.sql.Time a1) {
        last = a1;
    }

    @Override
    public void setTimestamp(int a0, java.sql.Timestamp a1, java.util.Calendar a2) {
        last = a1;
    }

    @Override
    public void setTimestamp(int a0, java.sql.Timestamp a1) {
        last = a1;
    }

    @Override
    public void setURL(int a0, java.net.URL a1) {
        last = a1;
    }

    @Override
    public void setUnicodeStream(int a0, java.io.InputStream a1, int a2) {
        last = a1;
    }

    @Override
    public <T> T unwrap(Class<T> a0) {
        return null;
    }
}
