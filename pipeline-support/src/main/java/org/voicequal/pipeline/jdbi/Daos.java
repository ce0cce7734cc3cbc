package org.voicequal.pipeline.jdbi;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * SQL objects attached once per handle. Jdbi builds and warms a handler for every method of a SQL object each
 * time one is attached ({@code Handle.attach}), and a consumer's transaction covers a whole poll, whose records
 * attach the same few DAOs again and again: attaching was 8.6 % of the launcher's CPU samples under load (JFR,
 * docs/performance.md), more than any handler's own work. A handle lives on one thread and its SQL objects are
 * bound to it, so a handle's own copy of this config is a safe place to keep them.
 */
public final class Daos implements JdbiConfig<Daos> {

    private final Map<Class<?>, Object> attached = new HashMap<>();

    /** For Jdbi, which makes one per handle on first use. */
    public Daos() {
    }

    /** {@code handle.attach(type)}, made once per handle. */
    public static <T> T attach(Handle handle, Class<T> type) {
        return type.cast(handle.getConfig(Daos.class).attached.computeIfAbsent(type, handle::attach));
    }

    /** Every handle starts without SQL objects: they are bound to the handle that attached them. */
    @Override
    public Daos createCopy() {
        return new Daos();
    }
}
