package org.voicequal.ocr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class NativeGuardTest {

    @Test
    void closingWaitsForTheCallInFlightAndLaterCallsFailInJava() throws Exception {
        NativeGuard guard = new NativeGuard();
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean freedDuringCall = new AtomicBoolean();
        AtomicBoolean callDone = new AtomicBoolean();
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> guard.use(() -> {
            inCall.countDown();
            await(release);
            callDone.set(true);
            return "read";
        }));
        assertThat(inCall.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> guard.close(() -> freedDuringCall.set(!callDone.get())));
        Thread.sleep(100);
        assertThat(closing).as("close waits while a call runs").isNotDone();
        release.countDown();

        closing.get(5, TimeUnit.SECONDS);
        assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("read");
        assertThat(freedDuringCall).as("freed only after the call returned").isFalse();
        assertThatThrownBy(() -> guard.use(() -> "again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resourcesAreFreedOnce() {
        NativeGuard guard = new NativeGuard();
        int[] frees = {0};
        guard.close(() -> frees[0]++);
        guard.close(() -> frees[0]++);
        assertThat(frees[0]).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
