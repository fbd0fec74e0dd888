package cn.wenzhou.fashion.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** application.properties as each profile reads it: JSON log lines in production, plain text in dev mode and tests. */
class LogFormatTest {

    @ParameterizedTest(name = "{0}: JSON {1}")
    @CsvSource({ "prod, true", "dev, false", "test, false" })
    void consoleLogIsJsonInProductionOnly(String profile, boolean json) throws IOException {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 100)).build();

        assertThat(config.getValue("quarkus.log.console.json.enabled", Boolean.class)).isEqualTo(json);
    }
}
