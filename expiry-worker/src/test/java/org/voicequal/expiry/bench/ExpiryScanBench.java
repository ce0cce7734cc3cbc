package org.voicequal.expiry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.domain.time.ChinaTime;
import org.voicequal.expiry.ExpiryCheck;
import org.voicequal.expiry.ExpiryRule;
import org.voicequal.expiry.scan.ExpiryScan;
import org.voicequal.localinfra.ApicurioRegistry;
import org.voicequal.localinfra.LocalPostgres;
import org.voicequal.pipeline.outbox.Outbox;
import org.voicequal.schemas.registry.AvroEventSerde;
import org.voicequal.schemas.registry.SchemaRegistryClient;

/**
 * One scan over 10 k, 100 k and 1 M tracked qualifications of which 1 % are due, on embedded PostgreSQL with
 * the real migrations and the real outbox (Avro through Apicurio): what docs/expiry-and-notification.md
 * reports. Arguments: the sizes (default 10000 100000 1000000). Run with the test classpath:
 * {@code java -cp "$(cat cp.txt):expiry-worker/target/classes:expiry-worker/target/test-classes" org.voicequal.expiry.bench.ExpiryScanBench}
 */
public final class ExpiryScanBench {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000, 1_000_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        Path work = Files.createTempDirectory("expiry-bench");
        try (LocalPostgres postgres = LocalPostgres.start(null);
             ApicurioRegistry registry = ApicurioRegistry.start(null, work.resolve("registry.log"))) {
            Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                    .schemas("expiry").defaultSchema("expiry").locations("classpath:db/pipeline", "classpath:db/expiry")
                    .load().migrate();
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(postgres.jdbcUrl());
            ds.setUser(postgres.username());
            ds.setPassword(postgres.password());
            ds.setCurrentSchema("expiry");
            Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
            Clock clock = Clock.fixed(TODAY.atTime(LocalTime.of(1, 0)).atZone(ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);
            Outbox outbox = new Outbox(new AvroEventSerde(new SchemaRegistryClient(registry.confluentCompatibleUrl()), true));
            ExpiryScan scan = new ExpiryScan(jdbi, new ExpiryCheck(new ExpiryRule(7, ChinaTime.ZONE), clock, outbox),
                    null, clock, 500);
            // warm-up: registers the schema with the registry and lets the JIT compile the scan's path
            fill(jdbi, 10_000);
            scan.scan();
            System.out.printf("%-10s %-8s %-10s %-8s %-10s %-12s%n", "tracked", "due", "published", "batches", "scan ms",
                    "re-scan ms");
            for (int n : sizes) {
                fill(jdbi, n);
                long start = System.nanoTime();
                ExpiryScan.Result result = scan.scan();
                long millis = (System.nanoTime() - start) / 1_000_000;
                long again = System.nanoTime();
                ExpiryScan.Result second = scan.scan();
                long againMillis = (System.nanoTime() - again) / 1_000_000;
                if (second.settled() != 0 || result.settled() != n / 100) {
                    throw new IllegalStateException("scan settled " + result + ", then " + second);
                }
                System.out.printf("%-10d %-8d %-10d %-8d %-10d %-12d%n", n, result.settled(), result.published(),
                        result.batches(), millis, againMillis);
            }
        }
    }

    /** n ACTIVE qualifications, every hundredth due (its licence ends in 3 days), the rest later in the year. */
    private static void fill(Jdbi jdbi, int n) {
        jdbi.useHandle(h -> {
            h.execute("TRUNCATE tracked_document, tracked_qualification, outbox");
            h.createUpdate("""
                    INSERT INTO tracked_qualification (qualification_id, account_id, stage, next_due_at)
                    SELECT 'q-' || g, 'acct-' || (g % 1000), 'ACTIVE',
                           (CAST(:today AS date) + CASE WHEN g % 100 = 0 THEN 3 ELSE 30 + g % 300 END - 7)::timestamp
                               AT TIME ZONE 'Asia/Shanghai'
                    FROM generate_series(1, :n) g""").bind("today", TODAY).bind("n", n).execute();
            h.createUpdate("""
                    INSERT INTO tracked_document (qualification_id, document, typed_to)
                    SELECT 'q-' || g, d, CAST(:today AS date) + CASE WHEN g % 100 = 0 AND d = 'BUSINESS_LICENCE' THEN 3
                                                                     ELSE 30 + g % 300 END
                    FROM generate_series(1, :n) g, unnest(ARRAY['BUSINESS_LICENCE', 'LEGAL_REP_ID_BACK']) d""")
                    .bind("today", TODAY).bind("n", n).execute();
            h.execute("ANALYZE tracked_qualification");
            h.execute("ANALYZE tracked_document");
        });
    }
}
