package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketException;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

class DatabaseUnavailableTest {

    private final SubmissionProblems problems = new SubmissionProblems();

    @Test
    void aConnectionCutByARestartingDatabaseIsAnswered503WithRetryAfter() {
        // what PostgreSQL's JDBC driver throws when the server goes away mid-statement
        SQLException cut = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketException("Broken pipe"));

        var answer = problems.databaseUnavailable(new UnableToExecuteStatementException(cut, null));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getTitle()).contains("send the same request again");
    }

    @Test
    void anyOtherDatabaseErrorIsLeftToTheUsual500() {
        UnableToExecuteStatementException bug = new UnableToExecuteStatementException(
                new SQLException("duplicate key value violates unique constraint", "23505"), null);

        assertThatThrownBy(() -> problems.databaseUnavailable(bug)).isSameAs(bug);
    }
}
