package org.voicequal.review.api;

/** The reviewer a request was authenticated as: a parameter of every API method. */
public record Reviewer(String name) {
}
