package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.voicequal.schemas.registry.SchemaRegistryException;
import org.voicequal.schemas.registry.WriterSchemaUnavailableException;

class SubmissionProblemsTest {

    private final SubmissionProblems problems = new SubmissionProblems();

    @Test
    void aPartThatIsAwayIsA503ToRetryNotAServerError() {
        // what PostgreSQL's JDBC driver throws when the server goes away mid-statement
        SQLException cut = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketException("Broken pipe"));
        for (RuntimeException away : new RuntimeException[] {
                new UnableToExecuteStatementException(cut, null),
                new SchemaRegistryException(0, 0, "unreachable", new ConnectException("refused")),
                new WriterSchemaUnavailableException("not registered", null)}) {
            ResponseEntity<ProblemDetail> answer = problems.unavailable(away);
            assertThat(answer.getStatusCode()).as(away.toString()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(answer.getBody().getType().toString()).endsWith("/unavailable");
            assertThat(answer.getBody().getTitle()).contains("send the same request again");
        }
    }

    @Test
    void anyOtherFailureOfThesePartsIsLeftToTheUsual500() {
        UnableToExecuteStatementException bug = new UnableToExecuteStatementException(
                new SQLException("duplicate key value violates unique constraint", "23505"), null);
        assertThatThrownBy(() -> problems.unavailable(bug)).isSameAs(bug);
        SchemaRegistryException refused = new SchemaRegistryException(401, 0, "unauthorized", null);
        assertThatThrownBy(() -> problems.unavailable(refused)).isSameAs(refused);
    }
}
