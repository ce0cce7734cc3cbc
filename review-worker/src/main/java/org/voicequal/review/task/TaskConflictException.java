package org.voicequal.review.task;

/**
 * The task's state does not allow the action (409): decided already, claimed by someone else, or not claimed
 * by the reviewer who acts.
 */
public class TaskConflictException extends RuntimeException {

    /** Why, as a stable code with messages in both languages. */
    public enum Conflict {
        ALREADY_DECIDED("already-decided", "the task has been decided and cannot change", "此任務已審核完成，不能更改"),
        CLAIMED_BY_ANOTHER("claimed-by-another", "another reviewer holds the task", "此任務已由其他審核員領取"),
        NOT_CLAIMED_BY_YOU("not-claimed-by-you", "claim the task before acting on it; only its holder may decide or release it",
                "請先領取此任務；只有領取人可以審核或釋放");

        private final String code;
        private final String message;
        private final String messageZh;

        Conflict(String code, String message, String messageZh) {
            this.code = code;
            this.message = message;
            this.messageZh = messageZh;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }

        public String messageZh() {
            return messageZh;
        }
    }

    private final Conflict conflict;

    public TaskConflictException(Conflict conflict) {
        super(conflict.message());
        this.conflict = conflict;
    }

    public Conflict conflict() {
        return conflict;
    }
}
