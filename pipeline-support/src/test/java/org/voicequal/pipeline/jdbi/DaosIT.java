package org.voicequal.pipeline.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.voicequal.localinfra.LocalPostgres;

class DaosIT {

    private static LocalPostgres postgres;
    private static Jdbi jdbi;

    interface Answers {
        @SqlQuery("SELECT 40 + 2")
        int answer();
    }

    record Note(long id, String text) {
    }

    interface Notes {
        @SqlUpdate("INSERT INTO note (id, text) VALUES (:id, :text)")
        void add(@Bind("id") long id, @Bind("text") String text);

        @SqlQuery("SELECT id, text FROM note ORDER BY id")
        @RegisterConstructorMapper(Note.class)
        List<Note> all();

        @SqlQuery("SELECT pg_backend_pid()")
        int backend();
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(null);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.useHandle(h -> h.execute("CREATE TABLE note (id bigint PRIMARY KEY, text text NOT NULL)"));
    }

    @BeforeEach
    void empty() {
        jdbi.useHandle(h -> h.execute("DELETE FROM note"));
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aSqlObjectIsAttachedOnceAndRunsOnEachCallersOwnTransaction() {
        Notes first = jdbi.inTransaction(tx -> {
            Notes notes = Daos.attach(tx, Notes.class);
            notes.add(1, "kept");
            assertThat(notes.backend()).as("the caller's connection").isEqualTo(backend(tx));
            return notes;
        });
        Notes second = jdbi.inTransaction(tx -> {
            Notes notes = Daos.attach(tx, Notes.class);
            notes.add(2, "rolled back");
            assertThat(notes.all()).as("its own uncommitted row, through the method's own mapper")
                    .containsExactly(new Note(1, "kept"), new Note(2, "rolled back"));
            tx.rollback();
            return notes;
        });
        assertThat(second).as("attached once per Jdbi").isSameAs(first);
        List<Note> committed = jdbi.inTransaction(tx -> Daos.attach(tx, Notes.class).all());
        assertThat(committed).containsExactly(new Note(1, "kept"));
        int answer = jdbi.inTransaction(tx -> Daos.attach(tx, Answers.class).answer());
        assertThat(answer).isEqualTo(42);
    }

    @Test
    void twoThreadsShareTheSqlObjectEachOnItsOwnTransaction() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        CountDownLatch bothListed = new CountDownLatch(2);
        CompletableFuture<List<Note>> one = CompletableFuture.supplyAsync(() -> addThenList(10, "one", bothInside, bothListed));
        CompletableFuture<List<Note>> two = CompletableFuture.supplyAsync(() -> addThenList(20, "two", bothInside, bothListed));
        assertThat(one.get(60, TimeUnit.SECONDS)).as("the other's row is not committed yet").containsExactly(new Note(10, "one"));
        assertThat(two.get(60, TimeUnit.SECONDS)).containsExactly(new Note(20, "two"));
    }

    @Test
    void aHandleOutsideItsThreadsScopeGetsItsOwnSqlObject() {
        try (Handle own = jdbi.open()) {
            Notes notes = Daos.attach(own, Notes.class);
            assertThat(Daos.attach(own, Notes.class)).as("kept for the handle").isSameAs(notes);
            jdbi.useTransaction(tx -> {
                assertThat(Daos.attach(tx, Notes.class)).isNotSameAs(notes);
                // used inside another transaction, it still works on the handle it was attached to
                assertThat(notes.backend()).isEqualTo(backend(own)).isNotEqualTo(backend(tx));
                // and the scoped one asked for the open handle is that handle's own
                assertThat(Daos.attach(own, Notes.class)).isSameAs(notes);
            });
        }
    }

    @Test
    void theSharedSqlObjectRefusesUseOutsideATransaction() {
        Notes shared = jdbi.inTransaction(tx -> Daos.attach(tx, Notes.class));
        assertThatThrownBy(shared::all).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside the transaction");
    }

    /** Adds a note and lists the notes once the other thread has added its own, both uncommitted. */
    /** Adds a row, lists once both threads have added theirs, and commits only once both have listed. */
    private static List<Note> addThenList(long id, String text, CountDownLatch bothInside, CountDownLatch bothListed) {
        return jdbi.inTransaction(tx -> {
            Notes notes = Daos.attach(tx, Notes.class);
            notes.add(id, text);
            await(bothInside, "the other transaction did not start");
            List<Note> listed = notes.all();
            // neither commits before both have listed: a commit in between would show its row (read committed)
            await(bothListed, "the other transaction did not list");
            return listed;
        });
    }

    private static void await(CountDownLatch latch, String otherwise) {
        latch.countDown();
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(otherwise);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int backend(Handle handle) {
        return handle.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one();
    }
}
