package cn.wenzhou.fashion.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.HttpEntityEnclosingRequest;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

import cn.wenzhou.fashion.search.ElasticsearchClientSecurity;
import io.quarkus.arc.Unremovable;

/**
 * Test only: keeps a copy of each request the service sends to Elasticsearch while recording is on, exactly as it goes
 * out (method, path with its parameters such as {@code request_cache=true}, body), so that the sizing benchmark can
 * send the same requests directly. That benchmark's test profile names it instead of {@link ElasticsearchClientSecurity}
 * as {@code hibernate.search.backend.client.configurer} (one configurer only), so it applies that one first; while
 * recording is off it only reads one flag.
 */
@ApplicationScoped
// Only Hibernate Search looks it up, by its class.
@Unremovable
public class ElasticsearchRequestRecorder implements ElasticsearchHttpClientConfigurer {

    /** One request as the service sent it. */
    public record Sent(String method, String pathAndQuery, String body) {
    }

    private final ElasticsearchClientSecurity security;
    // Shared by every instance: Hibernate Search may hold another instance than the one the test injects (a run with
    // instance fields saw it configure no client of the injected one).
    private static final List<Sent> sent = new ArrayList<>();
    private static volatile boolean recording;
    private static volatile int clients;

    ElasticsearchRequestRecorder(ElasticsearchClientSecurity security) {
        this.security = security;
    }

    @Override
    public void configure(ElasticsearchHttpClientConfigurationContext context) {
        security.configure(context);
        clients++;
        context.clientBuilder().addInterceptorLast((org.apache.http.HttpRequestInterceptor) (request, http) -> {
            if (recording) {
                String body = request instanceof HttpEntityEnclosingRequest enclosing && enclosing.getEntity() != null
                        ? text(enclosing) : null;
                record(new Sent(request.getRequestLine().getMethod(), pathAndQuery(request.getRequestLine().getUri()), body));
            }
        });
    }

    /** How many Elasticsearch clients it was added to (one, when the profile took effect). */
    public int clients() {
        return clients;
    }

    /** Forgets what was recorded and records from now on. */
    public void start() {
        synchronized (sent) {
            sent.clear();
        }
        recording = true;
    }

    /** Stops recording and returns what was sent since {@link #start()}. */
    public List<Sent> stop() {
        recording = false;
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    private static void record(Sent request) {
        synchronized (sent) {
            sent.add(request);
        }
    }

    /** The request line's target without scheme and host, should the client have made it absolute. */
    private static String pathAndQuery(String target) {
        URI uri = URI.create(target);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String text(HttpEntityEnclosingRequest request) throws IOException {
        var out = new ByteArrayOutputStream();
        request.getEntity().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
