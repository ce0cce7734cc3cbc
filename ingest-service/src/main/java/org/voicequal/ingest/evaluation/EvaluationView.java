package org.voicequal.ingest.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A qualification's evaluation as shown to its owner: every rule's result with its evidence, the evidence
 * values masked (資質敏感信息保護) unless {@code masked} is false.
 *
 * @param status {@code EVALUATED}, or {@code PENDING} while validation-worker has not evaluated the
 *               qualification yet (then {@code evaluatedAt} is null and {@code checks} empty)
 */
public record EvaluationView(String qualificationId, String status, boolean masked, Instant evaluatedAt,
                             Summary summary, List<Check> checks) {

    public static final String EVALUATED = "EVALUATED";
    public static final String PENDING = "PENDING";

    static EvaluationView pending(String qualificationId) {
        return new EvaluationView(qualificationId, PENDING, true, null, Summary.of(List.of()), List.of());
    }

    /** How many rules passed, failed and need a person; {@code warnings}: results that still need attention. */
    public record Summary(int checks, int pass, int fail, int unverified, int warnings) {

        static Summary of(List<Check> checks) {
            return new Summary(checks.size(), count(checks, "PASS"), count(checks, "FAIL"),
                    count(checks, "UNVERIFIED"), (int) checks.stream().filter(Check::warning).count());
        }

        private static int count(List<Check> checks, String outcome) {
            return (int) checks.stream().filter(c -> c.outcome().equals(outcome)).count();
        }
    }

    /** One rule's result: {@code outcome} is PASS, FAIL or UNVERIFIED (needs a person). */
    public record Check(String rule, String outcome, List<String> fields, String messageZh, String messageEn,
                        boolean warning, List<Evidence> evidence) {
    }

    /**
     * What a result rests on: the value typed in the form ({@code submitted}) against the value read from
     * {@code document} ({@code read}), by which OCR engines, how sure, and whether the read counts as
     * confirmed; {@code note} says why a read is missing or unusable.
     */
    public record Evidence(String field, String document, String readField, String submitted, String read,
                           List<String> engines, Double confidence, String agreement, boolean confirmed,
                           String note) {
    }
}
