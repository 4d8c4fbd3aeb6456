package io.github.uuidkit.mybatis;

import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.ResultSet;

/**
 * A read-only {@link ResultSet} view of a call's OUT parameters, so that {@code UuidJdbc.get} (the one reading
 * implementation) reads them: {@code getObject(i)} is the call's {@code getObject(i)}, {@code getMetaData()} is null
 * (no labels), every other method throws {@link UnsupportedOperationException}.
 */
final class OutParameterRow {

    private OutParameterRow() {
    }

    static ResultSet of(CallableStatement call) {
        return (ResultSet) Proxy.newProxyInstance(OutParameterRow.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("getObject") && method.getParameterCount() == 1
                            && method.getParameterTypes()[0] == int.class) {
                        return call.getObject((Integer) args[0]);
                    }
                    if (name.equals("getMetaData")) {
                        return null;
                    }
                    if (name.equals("toString")) {
                        return "OUT parameters of " + call;
                    }
                    throw new UnsupportedOperationException("ResultSet." + name + " on OUT parameters");
                });
    }
}
