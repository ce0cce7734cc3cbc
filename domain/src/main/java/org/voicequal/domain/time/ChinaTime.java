package org.voicequal.domain.time;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one time zone of the business: validity dates, expiry, reminders and review deadlines are all
 * reckoned in China Standard Time (Asia/Shanghai), whatever zone a machine runs in.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The system clock, in China's zone. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
