package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import lombok.RequiredArgsConstructor;

/** The service's indexes, for the few requests that Hibernate Search does not make itself (merges, replicas, health). */
@ApplicationScoped
@RequiredArgsConstructor
class LibraryIndexes {

    private final SearchMapping mapping;

    /** The write alias of every index, comma-separated: the path of a request to all of them. */
    String writeNames() {
        return mapping.allIndexedEntities().stream()
                .map(entity -> entity.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor().writeName())
                .collect(Collectors.joining(","));
    }

    /** Sends the request through Hibernate Search's client: its hosts, credentials and TLS. */
    Response perform(Request request) throws IOException {
        return mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class).performRequest(request);
    }
}
