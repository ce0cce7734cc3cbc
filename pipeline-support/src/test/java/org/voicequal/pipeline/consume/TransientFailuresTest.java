package org.voicequal.pipeline.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.voicequal.schemas.registry.SchemaRegistryException;

class TransientFailuresTest {

    @Test
    void unreachableInfrastructureIsWaitedOutWhereverItSitsInTheCauseChain() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("wrapped", new ConnectException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new SchemaRegistryException(0, 0, "unreachable", null))).isTrue();
        assertThat(TransientFailures.isTransient(new SchemaRegistryException(503, 0, "unavailable", null))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("connection lost", "08006")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException("smtp down", new java.net.SocketException("reset")))).isTrue();
        // a schema the worker writes, not registered yet: the deployment is waited for, the record is fine
        assertThat(TransientFailures.isTransient(new IllegalStateException("in a handler",
                new org.voicequal.schemas.registry.WriterSchemaUnavailableException("not registered", null)))).isTrue();
    }

    @Test
    void aRecordsOwnFaultIsNot() {
        assertThat(TransientFailures.isTransient(new SerializationException("magic byte"))).isFalse();
        assertThat(TransientFailures.isTransient(new PoisonEventException("no eventId"))).isFalse();
        assertThat(TransientFailures.isTransient(new SchemaRegistryException(404, 40403, "schema not found", null))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("unique violation", "23505")))).isFalse();
    }
}
