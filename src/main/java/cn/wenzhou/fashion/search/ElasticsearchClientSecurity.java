package cn.wenzhou.fashion.search;

import java.util.List;

import javax.net.ssl.SSLContext;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.HttpHeaders;
import org.apache.http.message.BasicHeader;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

import io.quarkus.arc.Unremovable;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import lombok.RequiredArgsConstructor;

/**
 * What Quarkus does not configure on Hibernate Search's Elasticsearch client: the certificate authority of a cluster
 * whose certificate no authority of the JVM signed (Elasticsearch's own security setup makes its own CA), taken from a
 * Quarkus TLS configuration, and sign-in with an API key instead of a password. Hibernate Search calls it once, when
 * it builds the client ({@code hibernate.search.backend.client.configurer} in application.properties). Host names
 * are always verified against the certificate.
 */
@ApplicationScoped
// Only Hibernate Search looks it up, by its class: nothing injects it.
@Unremovable
@RequiredArgsConstructor
public class ElasticsearchClientSecurity implements ElasticsearchHttpClientConfigurer {

    private final ElasticsearchClientSettings settings;
    private final TlsConfigurationRegistry tls;

    @Override
    public void configure(ElasticsearchHttpClientConfigurationContext context) {
        settings.tlsConfigurationName().ifPresent(name -> context.clientBuilder().setSSLContext(sslContext(name)));
        settings.apiKey().ifPresent(key -> context.clientBuilder()
                .setDefaultHeaders(List.of(new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + key))));
    }

    private SSLContext sslContext(String name) {
        TlsConfiguration configuration = tls.get(name).orElseThrow(() -> new IllegalStateException(
                "library.elasticsearch.tls-configuration-name names " + name + ", but there is no quarkus.tls." + name + ".* configuration"));
        try {
            return configuration.createSSLContext();
        } catch (Exception e) {
            throw new IllegalStateException("the TLS configuration " + name + " cannot make a TLS context: " + e.getMessage(), e);
        }
    }
}
