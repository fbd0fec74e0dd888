package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.elasticsearch.client.Request;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.wenzhou.fashion.domain.RecordKind;

import lombok.RequiredArgsConstructor;

/**
 * Reads an index's statistics of the scored field from Elasticsearch, so that a record is scored in the service exactly
 * as the index scores it ({@link InMemoryScoring}): the similarity's parameters from the index settings, the field's
 * and the terms' statistics from a term-vectors request for an artificial document holding the terms.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ScoringStatistics {

    private final SearchMapping mapping;
    private final LibraryIndexes indexes;

    /** The statistics of {@code kind}'s index for these terms: two requests. */
    public ScoredFieldStatistics of(RecordKind kind, Set<String> terms) {
        String index = mapping.indexedEntity(kind.entity()).indexManager().unwrap(ElasticsearchIndexManager.class).descriptor().readName();
        JsonObject similarity = similarity(index);
        var body = new JsonObject();
        var doc = new JsonObject();
        doc.addProperty(SearchFields.TERMS, String.join(" ", terms));
        body.add("doc", doc);
        body.add("fields", JsonParser.parseString("[\"" + SearchFields.TERMS + "\"]"));
        body.addProperty("term_statistics", true);
        body.addProperty("field_statistics", true);
        body.addProperty("positions", false);
        body.addProperty("offsets", false);
        var request = new Request("POST", "/" + index + "/_termvectors");
        request.setJsonEntity(body.toString());
        JsonObject field = call(request).getAsJsonObject("term_vectors").getAsJsonObject(SearchFields.TERMS);
        Map<String, Long> docFreqs = new HashMap<>();
        long docCount = 0;
        long sumTtf = 0;
        long sumDocFreq = 0;
        if (field != null) {
            JsonObject stats = field.getAsJsonObject("field_statistics");
            docCount = stats.get("doc_count").getAsLong();
            sumTtf = stats.get("sum_ttf").getAsLong();
            sumDocFreq = stats.get("sum_doc_freq").getAsLong();
            field.getAsJsonObject("terms").entrySet().forEach(term -> {
                var freq = term.getValue().getAsJsonObject().get("doc_freq");
                if (freq != null) {
                    docFreqs.put(term.getKey(), freq.getAsLong());
                }
            });
        }
        return new ScoredFieldStatistics(number(similarity, "k1", 1.2f), number(similarity, "b", 0.75f), docCount, sumTtf, sumDocFreq,
                docFreqs);
    }

    /** The index's default similarity (elastic/index-settings.json); empty when it has Elasticsearch's own. */
    private JsonObject similarity(String index) {
        JsonObject settings = call(new Request("GET", "/" + index + "/_settings")).entrySet().iterator().next().getValue().getAsJsonObject()
                .getAsJsonObject("settings").getAsJsonObject("index");
        JsonObject similarity = settings.getAsJsonObject("similarity");
        return similarity == null || !similarity.has("default") ? new JsonObject() : similarity.getAsJsonObject("default");
    }

    private static float number(JsonObject similarity, String name, float elasticsearchDefault) {
        return similarity.has(name) ? similarity.get(name).getAsFloat() : elasticsearchDefault;
    }

    private JsonObject call(Request request) {
        try (var reader = new InputStreamReader(indexes.perform(request).getEntity().getContent(), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
