package org.voicequal.pipeline.jdbi;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.config.JdbiConfig;
import org.jdbi.v3.core.extension.ExtensionContext;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.extension.HandleSupplier;

/**
 * SQL objects, attached once and used by every transaction. Jdbi builds and warms a handler for every method of
 * a SQL object each time one is attached ({@code Handle.attach}), and a handle lives for one transaction: with
 * each consumer's poll one transaction, attaching was 8.6 % of the launcher's CPU samples under load and still
 * 9.7 % of a backlog drain's once attached SQL objects were kept per handle (JFR, docs/performance.md), more
 * than validation's rules took (7.8 %).
 *
 * <p>So a SQL object is attached once per {@link Jdbi}, to a handle supplier that is not one handle but "the
 * handle of the transaction running on this thread": Jdbi keeps that handle in its {@link Jdbi#getHandleScope()
 * handle scope} for the whole of {@code jdbi.inTransaction} / {@code withHandle}, and hands it to nested calls the
 * same way. Each method call of the shared object therefore runs on the caller's own handle and transaction, with
 * the method's own configuration pushed onto that handle as {@code Handle.attach} would. A handle that is not
 * its thread's scoped one (opened with {@code jdbi.open()}, or used from another thread) gets its own SQL object
 * as before, kept for the handle's life.
 */
public final class Daos implements JdbiConfig<Daos> {

    private final Map<Class<?>, Object> attached = new HashMap<>();
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    /** For Jdbi, which makes one per {@link Jdbi} and a copy per handle on first use. */
    public Daos() {
    }

    /** {@code handle.attach(type)}, made once per {@link Jdbi} when {@code handle} is its thread's transaction. */
    public static <T> T attach(Handle handle, Class<T> type) {
        Jdbi jdbi = handle.getJdbi();
        HandleSupplier scoped = jdbi.getHandleScope().get();
        if (scoped != null && scoped.getHandle() == handle) {
            return type.cast(jdbi.getConfig(Daos.class).shared.computeIfAbsent(type,
                    t -> handle.getConfig(Extensions.class).findFor(t, new ScopedHandle(jdbi))
                            .orElseThrow(() -> new IllegalArgumentException("not a SQL object: " + t.getName()))));
        }
        return type.cast(handle.getConfig(Daos.class).attached.computeIfAbsent(type, handle::attach));
    }

    /** Every handle starts without SQL objects of its own: they are bound to the handle that attached them. */
    @Override
    public Daos createCopy() {
        return new Daos();
    }

    /** The handle of the transaction running on the calling thread, whichever thread that is. */
    private record ScopedHandle(Jdbi jdbi) implements HandleSupplier {

        private HandleSupplier current() {
            HandleSupplier current = jdbi.getHandleScope().get();
            if (current == null) {
                throw new IllegalStateException("a SQL object from Daos.attach was used outside the transaction it was"
                        + " attached in");
            }
            return current;
        }

        @Override
        public Handle getHandle() {
            return current().getHandle();
        }

        @Override
        public Jdbi getJdbi() {
            return jdbi;
        }

        @Override
        public ConfigRegistry getConfig() {
            return current().getConfig();
        }

        @Override
        public <V> V invokeInContext(ExtensionContext extensionContext, Callable<V> task) throws Exception {
            return current().invokeInContext(extensionContext, task);
        }

        @Override
        public void close() {
            // the transaction's owner closes its handle
        }
    }
}
