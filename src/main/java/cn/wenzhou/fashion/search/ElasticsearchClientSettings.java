package cn.wenzhou.fashion.search;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * How the service reaches a secured cluster beyond what Quarkus configures (hosts, protocol, username, password):
 * see {@link ElasticsearchClientSecurity}.
 */
@ConfigMapping(prefix = "library.elasticsearch")
public interface ElasticsearchClientSettings {

    /**
     * The Quarkus TLS configuration ({@code quarkus.tls.<name>.*}) whose trust store holds the cluster's certificate
     * authority; none: the JVM's own authorities.
     */
    Optional<String> tlsConfigurationName();

    /** An API key of the service account ({@code encoded} of Elasticsearch's answer), used instead of a password. */
    Optional<String> apiKey();
}
