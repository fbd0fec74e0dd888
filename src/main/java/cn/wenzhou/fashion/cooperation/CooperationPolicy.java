package cn.wenzhou.fashion.cooperation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cooperation workflow's rules; override with {@code library.cooperation.*}. */
@ConfigMapping(prefix = "library.cooperation")
public interface CooperationPolicy {

    /** How long proposed terms wait for the other side's confirmation before they expire. */
    @WithDefault("P14D")
    Duration proposalExpiry();
}
