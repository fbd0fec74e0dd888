package cn.wenzhou.fashion.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The evaluation corpus ({@code src/test/resources/eval/corpus.ndjson}) as a test class's own records: imported by
 * the class itself, and told apart by their external ids from whatever records other test classes left in the
 * shared database and index.
 */
public final class Corpus {

    private static final Set<String> EXTERNAL_IDS = externalIds();

    private Corpus() {
    }

    /**
     * Imports the corpus as an admin, by bearer token, so that it also works from a {@code @BeforeAll} method (see
     * {@link BeforeAllRequests}), where {@code @TestSecurity} does not apply yet. Records already imported are
     * updated in place. Fails unless every line is written.
     */
    public static void importAsAdmin() {
        Map<String, Object> report = ImportJobs.finished(Parties::asAdmin, Fixtures.corpus()).extract().jsonPath().getMap("");
        assertThat(report.get("failed")).as("failed lines of the corpus import: %s", report).isEqualTo(0);
    }

    /** Whether the record of this external id (null for a record without one) is a corpus record. */
    public static boolean has(String externalId) {
        return externalId != null && EXTERNAL_IDS.contains(externalId);
    }

    /** The corpus records among these external ids, in their order. */
    public static List<String> only(List<String> externalIds) {
        return externalIds.stream().filter(Corpus::has).toList();
    }

    /** The corpus records among these result items (JSON objects with an "externalId"), in their order. */
    public static List<Map<String, Object>> onlyItems(List<Map<String, Object>> items) {
        return items.stream().filter(item -> has((String) item.get("externalId"))).toList();
    }

    private static Set<String> externalIds() {
        ObjectMapper json = new ObjectMapper();
        return Fixtures.corpus().lines().filter(line -> !line.isBlank()).map(line -> {
            try {
                return json.readTree(line).path("externalId").asText();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("corpus line is not JSON: " + line, e);
            }
        }).collect(Collectors.toUnmodifiableSet());
    }
}
