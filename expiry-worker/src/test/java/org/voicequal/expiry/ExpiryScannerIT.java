package org.voicequal.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.voicequal.domain.time.ChinaTime;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.events.DocumentType;
import org.voicequal.events.QualificationStatus;
import org.voicequal.events.QualificationStatusChanged;
import org.voicequal.localinfra.LocalPostgres;

/** The scan on real PostgreSQL with the worker's real migrations: each change is published once, on its day. */
class ExpiryScannerIT {

    private static final ZoneId CHINA = ChinaTime.ZONE;
    private static LocalPostgres postgres;
    private static Jdbi jdbi;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(Files.createTempDirectory("expiry-pg"));
        Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                .schemas("expiry").defaultSchema("expiry").locations("classpath:db/pipeline", "classpath:db/expiry")
                .load().migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        dataSource.setCurrentSchema("expiry");
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static List<QualificationStatusChanged> scanOn(LocalDate day) {
        ExpiryScanner scanner = new ExpiryScanner(Clock.fixed(day.atTime(9, 0).atZone(CHINA).toInstant(), CHINA), 7);
        return jdbi.inTransaction(tx -> scanner.scan(tx, 100));
    }

    @Test
    void expiringSoonSevenDaysAheadThenExpiredTheDayAfterTheEndEachExactlyOnce() {
        jdbi.useTransaction(tx -> {
            ExpiryDao dao = tx.attach(ExpiryDao.class);
            dao.track("q-soon", "acct", null);
            dao.trackDocument("q-soon", "BUSINESS_LICENCE", LocalDate.of(2027, 3, 10));
            dao.trackDocument("q-soon", "LEGAL_REP_ID_BACK", LocalDate.of(2035, 1, 1));
            dao.setActive("q-soon", true);
            dao.track("q-pending", "acct", null);
            dao.trackDocument("q-pending", "BUSINESS_LICENCE", LocalDate.of(2027, 3, 10));
            dao.track("q-far", "acct", null);
            dao.trackDocument("q-far", "BUSINESS_LICENCE", LocalDate.of(2099, 12, 31));
            dao.setActive("q-far", true);
        });

        assertThat(scanOn(LocalDate.of(2027, 3, 2))).as("eight days before").isEmpty();

        List<QualificationStatusChanged> soon = scanOn(LocalDate.of(2027, 3, 3));
        assertThat(soon).singleElement().satisfies(c -> {
            assertThat(c.getQualificationId()).isEqualTo("q-soon");
            assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON);
            assertThat(c.getDocuments()).containsExactly(DocumentType.BUSINESS_LICENCE);
        });
        assertThat(scanOn(LocalDate.of(2027, 3, 4))).as("already announced").isEmpty();
        assertThat(scanOn(LocalDate.of(2027, 3, 10))).as("valid through its last day").isEmpty();

        List<QualificationStatusChanged> expired = scanOn(LocalDate.of(2027, 3, 11));
        assertThat(expired).singleElement().satisfies(c -> {
            assertThat(c.getStatus()).isEqualTo(QualificationStatus.EXPIRED);
            assertThat(c.getPreviousStatus()).isEqualTo(QualificationStatus.EXPIRING_SOON);
            assertThat(c.getDocuments()).containsExactly(DocumentType.BUSINESS_LICENCE);
            assertThat(c.getReasons()).extracting(r -> r.getCode()).containsExactly("DOCUMENT_EXPIRED:BUSINESS_LICENCE");
        });
        assertThat(scanOn(LocalDate.of(2027, 3, 12))).isEmpty();
    }
}
