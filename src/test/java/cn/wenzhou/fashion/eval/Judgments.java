package cn.wenzhou.fashion.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The relevance-judged evaluation set ({@code src/test/resources/eval}, a copy of shared/eval/public) and
 * NDCG@10 as its README defines it.
 */
public final class Judgments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Judgments() {
    }

    /** Grades (0-3) of judged partners, by need external id. */
    public static Map<String, Map<String, Integer>> load() {
        try (InputStream in = Judgments.class.getResourceAsStream("/eval/judgments.json")) {
            JsonNode needs = JSON.readTree(in).path("needs");
            return JSON.convertValue(needs, new TypeReference<LinkedHashMap<String, Map<String, Integer>>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus records, one JSON object per line. */
    public static List<JsonNode> corpus() {
        try (InputStream in = Judgments.class.getResourceAsStream("/eval/corpus.ndjson")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        try {
                            return JSON.readTree(line);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * NDCG@10 of a ranked list: unknown partners count 0, repeats count once, an empty list scores 0;
     * the ideal ranking is over all judged partners of the need.
     */
    public static double ndcgAt10(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        var seen = new java.util.HashSet<String>();
        int rank = 0;
        for (String id : ranked) {
            if (rank == 10) {
                break;
            }
            if (seen.add(id)) {
                rank++;
                dcg += gain(grades.getOrDefault(id, 0)) / log2(rank + 1);
            }
        }
        List<Integer> ideal = grades.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
