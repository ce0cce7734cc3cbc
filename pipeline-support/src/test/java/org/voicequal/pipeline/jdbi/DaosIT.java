package org.voicequal.pipeline.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    interface Names {
        @SqlQuery("SELECT 'other'")
        String name();
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(null);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl());
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aSqlObjectIsAttachedOncePerHandleAndWorksOnIt() {
        Object[] first = jdbi.inTransaction(tx -> {
            Answers answers = Daos.attach(tx, Answers.class);
            assertThat(Daos.attach(tx, Answers.class)).isSameAs(answers);
            assertThat(Daos.attach(tx, Names.class).name()).isEqualTo("other");
            return new Object[] {answers, answers.answer()};
        });
        assertThat(first[1]).isEqualTo(42);

        Answers second = jdbi.inTransaction(tx -> Daos.attach(tx, Answers.class));
        assertThat(second).as("a new handle attaches its own").isNotSameAs(first[0]);
    }
}
