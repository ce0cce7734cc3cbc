package org.voicequal.review.task;

/** No task for that qualification, or no such document on the task. */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String what) {
        super(what);
    }
}
