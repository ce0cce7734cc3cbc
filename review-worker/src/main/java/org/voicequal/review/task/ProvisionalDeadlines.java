package org.voicequal.review.task;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.voicequal.domain.time.WorkingDays;
import org.voicequal.pipeline.jdbi.Daos;

/**
 * A deadline computed past the calendar's known years is provisional (weekends only). When a release adds the
 * next year's holidays, the open tasks' provisional deadlines are computed again at start-up from when their
 * clock started, so that a task due on 1 January moves past 元旦 without anyone touching it.
 */
@Component
public class ProvisionalDeadlines implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalDeadlines.class);

    private final Jdbi jdbi;
    private final WorkingDays calendar;

    public ProvisionalDeadlines(Jdbi jdbi, WorkingDays calendar) {
        this.jdbi = jdbi;
        this.calendar = calendar;
    }

    /** When a task's clock started. */
    public record Started(String qualificationId, Instant evaluatedAt) {
    }

    @Override
    public void run(ApplicationArguments args) {
        int moved = recompute();
        if (moved > 0) {
            log.info("{} provisional review deadline(s) computed again with the calendar's years {}", moved,
                    calendar.knownYears());
        }
    }

    /** @return how many deadlines the calendar now settles */
    public int recompute() {
        return jdbi.inTransaction(tx -> {
            TaskDao dao = Daos.attach(tx, TaskDao.class);
            List<Started> open = dao.provisional();
            int settled = 0;
            for (Started task : open) {
                WorkingDays.Deadline due = calendar.oneWorkingDayAfter(task.evaluatedAt());
                if (!due.provisional()) {
                    settled += dao.reschedule(task.qualificationId(), due.at(), false);
                }
            }
            return settled;
        });
    }
}
