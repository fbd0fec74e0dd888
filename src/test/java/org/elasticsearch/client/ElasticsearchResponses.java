package org.elasticsearch.client;

import org.apache.http.HttpHost;
import org.apache.http.HttpVersion;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.message.BasicHttpResponse;
import org.apache.http.message.BasicRequestLine;

/** Builds the low-level client's real {@link Response} (its constructor is package-private) for classifier tests. */
public final class ElasticsearchResponses {

    private ElasticsearchResponses() {
    }

    public static ResponseException failure(int status, String reason, String body) throws java.io.IOException {
        BasicHttpResponse http = new BasicHttpResponse(HttpVersion.HTTP_1_1, status, reason);
        http.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return new ResponseException(new Response(new BasicRequestLine("POST", "/_bulk", HttpVersion.HTTP_1_1),
                new HttpHost("localhost", 9200), http));
    }
}
