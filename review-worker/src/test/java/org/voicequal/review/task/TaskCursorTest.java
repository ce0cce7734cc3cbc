package org.voicequal.review.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskCursorTest {

    @Test
    void aCursorComesBackAsItWasGivenOutToTheMicrosecond() {
        TaskCursor cursor = new TaskCursor(Instant.parse("2026-10-08T02:00:00.123456Z"), "0b7c-id|with-bar");
        assertThat(TaskCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> TaskCursor.parse("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaskCursor.parse("bm8tYmFy")).isInstanceOf(IllegalArgumentException.class); // "no-bar"
        assertThatThrownBy(() -> TaskCursor.parse("eHxp")).isInstanceOf(IllegalArgumentException.class); // "x|i"
    }
}
