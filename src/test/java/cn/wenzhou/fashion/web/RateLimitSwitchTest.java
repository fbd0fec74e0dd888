package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@code library.rate-limit.enabled=false} turns every limit off: no request is even looked at. */
class RateLimitSwitchTest {

    private static RateLimitSettings settings(boolean enabled) {
        Map<String, String> properties = new HashMap<>(Map.of("library.rate-limit.enabled", String.valueOf(enabled)));
        for (RouteGroup group : RouteGroup.values()) {
            properties.put("library.rate-limit." + group.settingName() + ".requests", "1");
            properties.put("library.rate-limit." + group.settingName() + ".period", "PT1H");
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(RateLimitSettings.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(RateLimitSettings.class);
    }

    @Test
    void switchedOffNothingIsCountedOrRefused() {
        RateLimits limits = new RateLimits(settings(false), null, new SimpleMeterRegistry());

        for (int i = 0; i < 100; i++) {
            // Neither the request nor the caller is consulted (both null here); the request goes on.
            assertThat(limits.limit(null, null).await().indefinitely()).isNull();
        }
    }
}
