package org.voicequal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voicequal.local.SeparateWorkers.Server;

/**
 * Issue 9's faults on the distributed path, each worker in its own JVM as in docker-compose
 * ({@link SeparateWorkers}): while a batch of submissions flows, a worker is killed hard, or the broker, the
 * database, the registry or the mail server goes away and comes back. Nothing may be lost or doubled: every
 * submission is approved exactly once, with one event id per transition and one email per notification, and the
 * pipeline resumes on its own. The moments and lengths of the faults come from a fixed seed, so that a failing
 * run can be repeated as it was.
 *
 * <p>{@code -Dfaults.submissions} sets the kill test's batch, {@code -Dfaults.outage-submissions} each outage's.
 */
class FaultsIT {

    private static final long SEED = 9;
    private static final int SUBMISSIONS = Integer.getInteger("faults.submissions", 200);
    private static final int OUTAGE_SUBMISSIONS = Integer.getInteger("faults.outage-submissions", 40);
    private static final Duration FLOW = Duration.ofMinutes(6);

    private static SeparateWorkers workers;

    @BeforeAll
    static void start() throws Exception {
        workers = SeparateWorkers.start("faults");
    }

    @AfterAll
    static void stop() {
        if (workers != null) {
            workers.close();
        }
    }

    @Test
    void everyWorkerKilledHardInTurnLosesAndDoublesNothing() throws Exception {
        Random moments = new Random(SEED);
        List<String> order = SeparateWorkers.WORKERS;
        Instant began = Instant.now();
        try (Submissions batch = Submissions.post(workers, "acct-kill", SUBMISSIONS)) {
            for (int k = 0; k < order.size(); k++) {
                // each worker in its own slice of the batch, the last slice left to flow without a fault
                int moment = (int) (SUBMISSIONS * (k + moments.nextDouble()) / (order.size() + 1));
                batch.awaitAccepted(moment, FLOW);
                report("killing %s after %d of %d accepted", order.get(k), batch.accepted(), SUBMISSIONS);
                workers.kill(order.get(k));
                workers.startWorker(order.get(k));
            }
            batch.awaitAllAccepted(FLOW);
            report("all %d accepted", SUBMISSIONS);
            order.forEach(workers::awaitStarted);
            report("every worker running again");

            assertNothingLostOrDoubled(batch, "kill -9 of each worker", began);
        }
    }

    @ParameterizedTest
    @EnumSource(Server.class)
    void aServerGoesAwayAndComesBackAndThePipelineResumesOnItsOwn(Server server) throws Exception {
        Random moments = new Random(SEED + server.ordinal());
        Instant began = Instant.now();
        try (Submissions batch = Submissions.post(workers, "acct-" + server.name().toLowerCase(), OUTAGE_SUBMISSIONS)) {
            batch.awaitAccepted(1 + moments.nextInt(OUTAGE_SUBMISSIONS / 3), FLOW);
            Duration down = Duration.ofMillis(5_000 + moments.nextInt(10_000));
            report("stopping %s after %d of %d accepted, for %s", server, batch.accepted(), OUTAGE_SUBMISSIONS, down);
            workers.stop(server);
            Thread.sleep(down.toMillis());
            workers.start(server);
            report("started %s again", server);
            batch.awaitAllAccepted(FLOW);

            assertNothingLostOrDoubled(batch, server + " down", began);
        }
    }

    /** The same guarantees after every fault; the repeats they allow are counted and printed. */
    private static void assertNothingLostOrDoubled(Submissions batch, String fault, Instant began) throws Exception {
        batch.awaitEveryOneApproved(FLOW);
        int resentEvents = batch.assertOneEventPerTransition();
        int resentEmails = batch.assertOneEmailPerNotification(FLOW);
        assertThat(batch.unexpectedAnswers()).as("answers to submissions neither 202 nor 5xx").isEmpty();
        report("%s: %d submissions approved once in %s (%d posts retried), %d status events delivered again"
                        + " (same event id), %d emails sent again (same Message-ID)", fault, batch.size(),
                Duration.between(began, Instant.now()), batch.retries(), resentEvents, resentEmails);
    }

    private static void report(String format, Object... args) {
        System.out.printf("[faults] %s %s%n", Instant.now(), String.format(format, args));
    }
}
