package org.voicequal.ingest.recognition;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The requests of this instance that wait for ocr-worker's answer. Answers are consumed by whichever ingest
 * instance the Kafka group assigns their partition to, which stores them in the shared database: so a waiting
 * request is completed either at once, when this instance stored its answer ({@link #answered}), or by one
 * look-up every poll interval for all requests waiting here, when another instance did. Neither holds a
 * servlet thread: requests wait as futures. (A consumer group per instance would deliver every answer to every
 * instance instead, but leave a group and its offsets behind each instance that ever ran.)
 */
@Component
class RecognitionWaiter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RecognitionWaiter.class);

    private final ConcurrentMap<UUID, CompletableFuture<Boolean>> waiting = new ConcurrentHashMap<>();
    private final Jdbi jdbi;
    private final ScheduledExecutorService ticker;

    RecognitionWaiter(Jdbi jdbi, RecognitionProperties properties) {
        this.jdbi = jdbi;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "recognition-waiter");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::lookUp, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Completes with true once the answer is stored (by any instance), with false after {@code timeout}. */
    CompletableFuture<Boolean> await(UUID requestId, Duration timeout) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        waiting.put(requestId, answer);
        answer.whenComplete((answered, e) -> waiting.remove(requestId, answer));
        answer.completeOnTimeout(false, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return answer;
    }

    /** This instance stored the answer of {@code requestId} (after its transaction committed). */
    void answered(UUID requestId) {
        CompletableFuture<Boolean> answer = waiting.get(requestId);
        if (answer != null) {
            answer.complete(true);
        }
    }

    /** Where to continue after a wait: off the Kafka consumer's and the timer's threads. */
    Executor executor() {
        return ticker;
    }

    private void lookUp() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            List<UUID> ids = List.copyOf(waiting.keySet());
            jdbi.withExtension(RecognitionDao.class, dao -> dao.answeredAmong(ids)).forEach(this::answered);
        } catch (RuntimeException e) {
            // a database hiccup must not end the scheduled look-ups; the next one tries again
            log.warn("cannot look up recognition answers: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
