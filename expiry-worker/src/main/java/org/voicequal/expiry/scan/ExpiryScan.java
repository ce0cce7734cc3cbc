package org.voicequal.expiry.scan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.voicequal.expiry.ExpiryCheck;
import org.voicequal.expiry.ExpiryDao;
import org.voicequal.expiry.ValidityEnd;
import org.voicequal.pipeline.jdbi.Daos;
import org.voicequal.pipeline.outbox.OutboxRelay;

/**
 * Settles every qualification whose next due instant has come, a batch per transaction, until none is
 * due. Each settled row gets a later due instant or none, so a batch never meets a row an earlier batch
 * handled, and the cost of a scan is the rows due, not the rows tracked.
 */
public class ExpiryScan {

    private static final Logger log = LoggerFactory.getLogger(ExpiryScan.class);

    private final Jdbi jdbi;
    private final ExpiryCheck check;
    private final OutboxRelay relay;
    private final Clock clock;
    private final int batchSize;

    public ExpiryScan(Jdbi jdbi, ExpiryCheck check, OutboxRelay relay, Clock clock, int batchSize) {
        this.jdbi = jdbi;
        this.check = check;
        this.relay = relay;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** What one scan did: rows settled, status changes published, transactions used. */
    public record Result(int settled, int published, int batches) {
    }

    public Result scan() {
        int settled = 0;
        int published = 0;
        int batches = 0;
        while (true) {
            int[] batch = jdbi.inTransaction(tx -> {
                ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
                List<ExpiryDao.Tracked> due = dao.due(clock.instant(), batchSize);
                return settle(tx, dao, due);
            });
            batches++;
            settled += batch[0];
            published += batch[1];
            if (batch[1] > 0 && relay != null) {
                relay.wakeUp();
            }
            if (batch[0] < batchSize) {
                break;
            }
        }
        if (published > 0) {
            log.info("expiry scan settled {} qualification(s) in {} batch(es), published {} status change(s)",
                    settled, batches, published);
        }
        return new Result(settled, published, batches);
    }

    /**
     * Gives a schedule to live rows that have none (rows migrated from before due instants, or after a change
     * of settings): run once at start-up, before the first scan.
     */
    public int reschedule() {
        int total = 0;
        String after = "";
        while (true) {
            String from = after;
            List<ExpiryDao.Tracked> rows = jdbi.inTransaction(tx -> {
                ExpiryDao dao = Daos.attach(tx, ExpiryDao.class);
                List<ExpiryDao.Tracked> unscheduled = dao.unscheduled(from, batchSize);
                settle(tx, dao, unscheduled);
                return unscheduled;
            });
            total += rows.size();
            if (rows.size() < batchSize) {
                return total;
            }
            after = rows.get(rows.size() - 1).qualificationId(); // rows that never end keep no schedule: move past them
        }
    }

    private int[] settle(org.jdbi.v3.core.Handle tx, ExpiryDao dao, List<ExpiryDao.Tracked> rows) {
        if (rows.isEmpty()) {
            return new int[] {0, 0};
        }
        // one query for the batch's documents rather than one per row
        Map<String, List<ValidityEnd>> ends = dao.documents(rows.stream().map(ExpiryDao.Tracked::qualificationId).toList())
                .stream().collect(Collectors.groupingBy(ExpiryDao.DocumentRow::qualificationId,
                        Collectors.collectingAndThen(Collectors.toList(), ExpiryCheck::ends)));
        int published = 0;
        for (ExpiryDao.Tracked q : rows) {
            if (check.settle(tx, q, ends.getOrDefault(q.qualificationId(), List.of()))) {
                published++;
            }
        }
        return new int[] {rows.size(), published};
    }
}
