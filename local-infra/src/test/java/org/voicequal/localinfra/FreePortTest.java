package org.voicequal.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void aPortIsNeverHandedOutTwiceEvenBeforeItsServerBindsIt() {
        // servers started side by side bind seconds after their pick: none may be offered another's port
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(ports.add(FreePort.pick())).as("pick %d offered a port already handed out", i).isTrue();
        }
    }

    @Test
    void aPortAskedForByNumberIsGivenAgainButNeverPicked() {
        int preferred = FreePort.pick();
        assertThat(FreePort.preferring(preferred)).as("a restart keeps its port").isEqualTo(preferred);
        for (int i = 0; i < 50; i++) {
            assertThat(FreePort.pick()).isNotEqualTo(preferred);
        }
    }
}
