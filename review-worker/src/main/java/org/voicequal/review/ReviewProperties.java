package org.voicequal.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.voicequal.review.api.ReviewerKey;
import org.voicequal.review.routing.RoutingPolicy;

/**
 * review-worker's own settings, under {@code review.*} (the shared ones are {@code pipeline.*}).
 *
 * @param routing   what is decided without a person ({@code review.routing.auto-approve},
 *                  {@code review.routing.auto-reject}; both true by default).
 * @param reviewers who may use the reviewer API: each a name and the SHA-256 (hex) of the reviewer's API key,
 *                  never the key itself. As YAML, a list of {@code {name, key-hash}}; as one environment
 *                  variable, {@code REVIEW_REVIEWERS=alice:<hash>,bob:<hash>}. Reviewer keys issued by
 *                  ingest-service (learnt from {@code access.api-keys.v1}) are let in besides these.
 */
@Validated
@ConfigurationProperties("review")
public record ReviewProperties(@Valid @NotNull @DefaultValue RoutingPolicy routing,
                               @Valid @NotNull @DefaultValue List<ReviewerKey> reviewers) {
}
