package cn.wenzhou.fashion.dev.elasticsearch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode, starts the embedded Elasticsearch (unless hosts are configured) and points Hibernate Search
 * at it. Dev Services cannot do this here: there is no container engine.
 */
public class DevElasticsearchConfigSourceFactory implements ConfigSourceFactory {

    static final String HOSTS = "quarkus.hibernate-search-orm.elasticsearch.hosts";
    /** Survives live reloads, which rebuild the configuration in the same JVM. */
    private static final String STARTED_NODE = "library.dev.elasticsearch.started";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Called during the build too, when nothing may be started.
        if (ExecutionMode.current() == ExecutionMode.UNSET || !context.getProfiles().contains("dev") || hostsConfigured(context)) {
            return List.of();
        }
        String hosts = System.getProperty(STARTED_NODE);
        if (hosts == null) {
            int port = Integer.parseInt(valueOr(context, "library.dev.elasticsearch.port", "9250"));
            Path projectDir = Path.of("").toAbsolutePath();
            var node = EmbeddedElasticsearch.start(EmbeddedElasticsearch.distributionHome(projectDir),
                    projectDir.resolve("target/elasticsearch-nodes/dev"), port);
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "embedded-elasticsearch-stop"));
            hosts = node.hostAndPort();
            System.setProperty(STARTED_NODE, hosts);
        }
        return List.of(new PropertiesConfigSource(Map.of(HOSTS, hosts), "embedded-elasticsearch", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    /** Only values from real sources count: the built-in default has a negative ordinal. */
    private static boolean hostsConfigured(ConfigSourceContext context) {
        ConfigValue value = context.getValue(HOSTS);
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() > 0;
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }
}
