package org.voicequal.ocr.engine;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Frees an engine's native resources only once no call is using them. A worker stops while images are being
 * read (a shutdown, a rebalance, a restart in the same JVM): freeing a model or a Tesseract handle under a
 * running native call crashes the whole JVM, so closing waits for the calls in flight, and calls after it fail
 * in Java instead.
 */
public final class NativeGuard {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    /** Runs {@code call} unless the engine is closed; many calls may run at once. */
    public <T> T use(Supplier<T> call) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the OCR engine is closed");
            }
            return call.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Waits for the calls in flight, then runs {@code free} once. */
    public void close(Runnable free) {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                free.run();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
