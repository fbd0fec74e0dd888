package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.impl.nio.client.HttpAsyncClients;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.engine.cfg.ConfigurationPropertySource;
import org.hibernate.search.engine.environment.bean.BeanResolver;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;

/**
 * The settings that Quarkus does not pass to Hibernate Search's Elasticsearch client. TLS with a trust store is tested
 * against a real secured node ({@link SecuredElasticsearchTest}); the API key here, against a local HTTP server that
 * records what the client sends.
 */
class ElasticsearchClientSecurityTest {

    private static ElasticsearchClientSettings settings(String tlsConfigurationName, String apiKey) {
        return new ElasticsearchClientSettings() {
            @Override
            public Optional<String> tlsConfigurationName() {
                return Optional.ofNullable(tlsConfigurationName);
            }

            @Override
            public Optional<String> apiKey() {
                return Optional.ofNullable(apiKey);
            }
        };
    }

    private static final TlsConfigurationRegistry NO_TLS_CONFIGURATIONS = new TlsConfigurationRegistry() {
        @Override
        public Optional<TlsConfiguration> get(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<TlsConfiguration> getDefault() {
            return Optional.empty();
        }

        @Override
        public void register(String name, TlsConfiguration configuration) {
            throw new UnsupportedOperationException();
        }
    };

    private static ElasticsearchHttpClientConfigurationContext context(HttpAsyncClientBuilder builder) {
        return new ElasticsearchHttpClientConfigurationContext() {
            @Override
            public BeanResolver beanResolver() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ConfigurationPropertySource configurationPropertySource() {
                throw new UnsupportedOperationException();
            }

            @Override
            public HttpAsyncClientBuilder clientBuilder() {
                return builder;
            }
        };
    }

    /** The Authorization header of one request that a client configured with {@code settings} sends. */
    private static Optional<String> authorizationSent(ElasticsearchClientSettings settings) throws Exception {
        CompletableFuture<Optional<String>> authorization = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            authorization.complete(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom();
        new ElasticsearchClientSecurity(settings, NO_TLS_CONFIGURATIONS).configure(context(builder));
        try (CloseableHttpAsyncClient client = builder.build()) {
            client.start();
            client.execute(new HttpGet("http://127.0.0.1:" + server.getAddress().getPort() + "/need-read/_search"), null)
                    .get(10, TimeUnit.SECONDS);
            return authorization.get(10, TimeUnit.SECONDS);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anApiKeySignsEveryRequest() throws Exception {
        assertThat(authorizationSent(settings(null, "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==")))
                .contains("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    }

    @Test
    void withoutAnApiKeyNoAuthorizationIsAdded() throws Exception {
        assertThat(authorizationSent(settings(null, null))).isEmpty();
    }

    @Test
    void aTlsConfigurationThatDoesNotExistStopsTheStart() {
        var security = new ElasticsearchClientSecurity(settings("elastic-ca", null), NO_TLS_CONFIGURATIONS);

        assertThatThrownBy(() -> security.configure(context(HttpAsyncClients.custom())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("library.elasticsearch.tls-configuration-name names elastic-ca, but there is no quarkus.tls.elastic-ca.* configuration");
    }
}
