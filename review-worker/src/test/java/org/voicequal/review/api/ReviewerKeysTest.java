package org.voicequal.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.voicequal.review.ReviewProperties;

class ReviewerKeysTest {

    private static final String ALICE_KEY = "alice-secret-key";
    private static final String BOB_KEY = "bob-secret-key";

    private final ReviewerKeys keys = new ReviewerKeys(List.of(new ReviewerKey("alice", ReviewerKeys.hash(ALICE_KEY)),
            new ReviewerKey("bob", ReviewerKeys.hash(BOB_KEY))));

    @Test
    void aKeyIsKnownByItsHashOnly() {
        assertThat(ReviewerKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(keys.authenticate(ALICE_KEY)).contains(new Reviewer("alice"));
        assertThat(keys.authenticate(" " + BOB_KEY + " ")).contains(new Reviewer("bob"));
        assertThat(keys.authenticate(ReviewerKeys.hash(ALICE_KEY))).as("the hash is not a key").isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
    }

    @Test
    void twoReviewersCannotShareANameOrAKey() {
        String hash = ReviewerKeys.hash(ALICE_KEY);
        assertThatThrownBy(() -> new ReviewerKeys(List.of(new ReviewerKey("a", hash), new ReviewerKey("b", hash))))
                .hasMessageContaining("review.reviewers");
    }

    @Test
    void reviewersBindFromYamlListsAndFromOneEnvironmentVariable() {
        String alice = ReviewerKeys.hash(ALICE_KEY);
        String bob = ReviewerKeys.hash(BOB_KEY);
        ReviewProperties fromYaml = bind(Map.of("review.reviewers[0].name", "alice", "review.reviewers[0].key-hash", alice));
        assertThat(fromYaml.reviewers()).containsExactly(new ReviewerKey("alice", alice));
        assertThat(fromYaml.routing().autoApprove()).isTrue();
        assertThat(fromYaml.routing().autoReject()).isTrue();

        ReviewProperties fromEnvironment = bind(Map.of("review.reviewers", "alice:" + alice + ",bob:" + bob,
                "review.routing.auto-approve", "false"));
        assertThat(fromEnvironment.reviewers()).containsExactly(new ReviewerKey("alice", alice), new ReviewerKey("bob", bob));
        assertThat(fromEnvironment.routing().autoApprove()).isFalse();

        assertThat(bind(Map.of()).reviewers()).isEmpty();
    }

    private static ReviewProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("review", ReviewProperties.class);
    }
}
