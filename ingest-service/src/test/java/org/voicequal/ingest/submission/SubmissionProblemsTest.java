package org.voicequal.ingest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.voicequal.schemas.registry.SchemaRegistryException;
import org.voicequal.schemas.registry.WriterSchemaUnavailableException;

class SubmissionProblemsTest {

    private final SubmissionProblems problems = new SubmissionProblems();

    @Test
    void aPartThatIsAwayIsA503ToRetryNotAServerError() {
        for (RuntimeException away : new RuntimeException[] {
                new SchemaRegistryException(0, 0, "unreachable", new ConnectException("refused")),
                new WriterSchemaUnavailableException("not registered", null)}) {
            ResponseEntity<ProblemDetail> answer = problems.unavailable(away);
            assertThat(answer.getStatusCode().value()).as(away.toString()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
            assertThat(answer.getBody().getType().toString()).endsWith("/unavailable");
        }
    }

    @Test
    void aRegistryThatAnswersNoForAnotherReasonIsNotPassedOffAsAnOutage() {
        SchemaRegistryException refused = new SchemaRegistryException(401, 0, "unauthorized", null);
        assertThatThrownBy(() -> problems.unavailable(refused)).isSameAs(refused);
    }
}
