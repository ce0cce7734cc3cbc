package org.voicequal.review.routing;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What review-worker may settle without a person ({@code review.routing.*}). Both on by default: the seed's
 * one-working-day promise needs the clear cases decided at once. Turning one off sends those cases to a
 * person too, e.g. while a new rule is being trusted.
 *
 * @param autoApprove approve at once when every rule passed (the rules pass a decisive field only when OCR
 *                    confirmed it); off: such submissions wait for a reviewer.
 * @param autoReject  reject at once when any rule failed, with every failure as a reason; off: a reviewer
 *                    sees the failures and decides.
 */
public record RoutingPolicy(@DefaultValue("true") boolean autoApprove, @DefaultValue("true") boolean autoReject) {

    public static final RoutingPolicy DEFAULT = new RoutingPolicy(true, true);
}
