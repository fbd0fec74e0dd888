package cn.wenzhou.fashion.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.dev.demo.DemoDataLoader;
import cn.wenzhou.fashion.eval.CleanLibraryProfile;
import cn.wenzhou.fashion.importer.ImportReport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Latency and throughput of the read paths over a library of 100,000 generated records (override with
 * {@code -Dbenchmark.size=N}): search (200 strings, repeated as users repeat searches, and searches never
 * made before, which no cache has seen), suggest (prefixes repeated, and prefixes never typed before), match
 * of a stored need, match preview of a draft need, and the search page's HTML (repeated, and new searches).
 * Each operation gets a warm-up, then N requests from 4 concurrent clients over plain HTTP; prints requests,
 * throughput, p50/p95/p99/max against the goals and keeps the report in target/benchmarks/speed.txt.
 * Goals are reported, not asserted (timings flake); every response must be 200. An endpoint that answers
 * 404 to every warm-up request is reported as not available and skipped.
 * Excluded from the default run; {@code ./mvnw verify -Pbenchmark} runs it with {@link SizingBenchmarkTest} (alone:
 * {@code -Dtest=SpeedBenchmarkTest}), with the rate limits off (it measures the service, not the limits that would
 * refuse its clients), as its report says.
 */
@QuarkusTest
@TestProfile(SpeedBenchmarkTest.RateLimitsOff.class)
// Not about access rules (security.* tests are): runs as an admin, who may do everything.
@TestSecurity(user = "test-admin", roles = "admin")
@Tag("benchmark")
class SpeedBenchmarkTest {

    public static class RateLimitsOff extends CleanLibraryProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("library.rate-limit.enabled", "false");
        }
    }

    static final int SIZE = Integer.getInteger("benchmark.size", 100_000);
    static final long SEED = 2024;
    static final int WARM_UP = 200;
    static final int WARM_UP_UNSEEN = 10_000;
    static final int REQUESTS = 2000;
    static final int CLIENTS = 4;
    static final int WORKLOAD = 200;

    static final List<String> CHINESE_TERMS = List.of(
            "鞋底防滑", "镜架电镀", "色牢度", "3D打印鞋楦", "无铬鞣", "童鞋检测", "品牌升级", "数码印花",
            "防滑测试", "大底耐磨", "帮底开胶", "超临界发泡", "外观专利", "服装制版", "3D虚拟样衣", "无缝针织",
            "智能制造", "钛架焊接", "真空离子镀", "镍释放检测", "板材镜架", "镜片镀膜", "紫外透射比", "皮革检测",
            "功能性面料", "箱包五金", "合金饰品", "工业设计");
    static final List<String> ENGLISH_TERMS = List.of(
            "slip resistance", "chrome-free tanning", "titanium frame welding", "colour fastness",
            "3D printed shoe last", "digital textile printing", "brand upgrade", "children's shoe testing",
            "eyewear electroplating", "nickel release", "abrasion resistance", "sole adhesion",
            "seamless knitting", "virtual sampling", "lens coating", "leather testing");
    static final List<String> LATIN_PREFIXES = List.of(
            "sli", "slip", "tit", "tita", "titanum", "chro", "chrome", "col", "colo", "dig", "bra", "bran", "ele",
            "nic", "abr", "sea", "vir", "len", "lea", "3d");

    static final double GOAL_SEARCH_MS = 30;
    static final double GOAL_SUGGEST_MS = 15;
    static final double GOAL_MATCH_MS = 50;
    static final double GOAL_PREVIEW_MS = 80;
    static final double GOAL_PAGE_MS = 60;

    @Inject
    DemoDataLoader loader;

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper mapper = new ObjectMapper();
    private final StringBuilder report = new StringBuilder();

    @Test
    void readPathsOverAHundredThousandRecords() throws Exception {
        line("%s speed benchmark: %,d generated records (seed %d), %d warm-up (%d for requests never made before) + %d measured "
                + "requests per operation, %d client threads", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), SIZE, SEED,
                WARM_UP, WARM_UP_UNSEEN, REQUESTS, CLIENTS);
        line("Java %s, %d processors, max heap %,d MB", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        line("rate limits: %s", ConfigProvider.getConfig().getValue("library.rate-limit.enabled", Boolean.class)
                ? "ON (library.rate-limit.enabled=true): the figures include refusals" : "off (library.rate-limit.enabled=false)");

        long importStart = System.nanoTime();
        ImportReport imported = loader.load(SIZE, SEED);
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        line("import: %.1f s (%,.0f records/s), %d lines, %d created, %d updated, %d failed, %d warnings",
                importSeconds, imported.lines() / importSeconds, imported.lines(), imported.created(), imported.updated(),
                imported.failed(), imported.warnings().size());
        line("JVM RSS after import: %s", rss());

        List<JsonNode> needs = requests().sampleNeeds(WORKLOAD, SEED);
        assertThat(needs).as("needs read through GET /api/needs").isNotEmpty();
        Random random = new Random(SEED);

        // Search: the trade terms in both languages, filled up with need titles.
        List<String> terms = new ArrayList<>(CHINESE_TERMS);
        terms.addAll(ENGLISH_TERMS);
        for (JsonNode need : needs) {
            if (terms.size() >= WORKLOAD) {
                break;
            }
            terms.add(need.path("title").asText());
        }
        Collections.shuffle(terms, random);

        // Suggest: 1-3 leading characters of the terms and titles, Latin prefixes and a typo.
        Set<String> prefixes = new LinkedHashSet<>(LATIN_PREFIXES);
        for (String term : CHINESE_TERMS) {
            for (int length = 1; length <= Math.min(3, term.length()); length++) {
                prefixes.add(term.substring(0, length));
            }
        }
        for (String term : ENGLISH_TERMS) {
            prefixes.add(term.substring(0, Math.min(4, term.length())));
        }
        for (JsonNode need : needs) {
            if (prefixes.size() >= WORKLOAD) {
                break;
            }
            String title = need.path("title").asText().strip();
            prefixes.add(title.substring(0, Math.min(1 + prefixes.size() % 3, title.length())));
        }
        List<String> suggestions = new ArrayList<>(prefixes);
        suggestions.removeIf(String::isBlank);
        Collections.shuffle(suggestions, random);

        List<HttpRequest> search = terms.stream().map(requests()::search).toList();
        // Searches nobody made before: a title with a trade term, each once, so that no cache has seen them.
        List<JsonNode> manyNeeds = requests().sampleNeeds(10 * WORKLOAD, SEED);
        List<String> allTerms = new ArrayList<>(CHINESE_TERMS);
        allTerms.addAll(ENGLISH_TERMS);
        Set<String> freshTexts = new LinkedHashSet<>();
        Set<String> warmUpTexts = new LinkedHashSet<>();
        for (JsonNode need : manyNeeds) {
            for (String term : allTerms) {
                String text = need.path("title").asText() + " " + term;
                freshTexts.add(text);
                // The warm-up's searches, never measured: a title with two trade terms.
                warmUpTexts.add(text + " " + allTerms.get(random.nextInt(allTerms.size())));
            }
        }
        Unseen fresh = unseen(warmUpTexts, freshTexts, random, requests()::search);
        List<HttpRequest> suggest = suggestions.stream().map(q -> requests().get("api/suggest?q=" + BenchmarkRequests.encode(q))).toList();
        // The search page: the same repeated strings, and strings never searched before (the trade term first, then
        // the title: none of the API's new searches), rendered as HTML with facets.
        List<HttpRequest> searchPage = terms.stream().map(q -> requests().page("search?q=" + BenchmarkRequests.encode(q))).toList();
        Set<String> freshPageTexts = new LinkedHashSet<>();
        Set<String> warmUpPageTexts = new LinkedHashSet<>();
        for (JsonNode need : manyNeeds) {
            for (String term : allTerms) {
                freshPageTexts.add(term + " " + need.path("title").asText());
                warmUpPageTexts.add(term + " " + allTerms.get(random.nextInt(allTerms.size())) + " " + need.path("title").asText());
            }
        }
        Unseen freshPage = unseen(warmUpPageTexts, freshPageTexts, random, q -> requests().page("search?q=" + BenchmarkRequests.encode(q)));
        // Prefixes nobody typed before: 2-4 characters from anywhere in the titles and descriptions of needs
        // (users type a word of the middle as often as the start), each once.
        Set<String> freshPrefixes = new LinkedHashSet<>();
        for (JsonNode need : manyNeeds) {
            String text = need.path("title").asText() + " " + need.path("description").asText("");
            for (int start = 0; start < text.length(); start++) {
                for (int length = 2; length <= 4 && start + length <= text.length(); length++) {
                    freshPrefixes.add(text.substring(start, start + length));
                }
            }
        }
        freshPrefixes.removeAll(prefixes);
        freshPrefixes.removeIf(p -> p.isBlank() || !p.equals(p.strip()));
        // The warm-up's prefixes, never measured: 5-6 characters from the same texts.
        Set<String> warmUpPrefixes = new LinkedHashSet<>();
        for (JsonNode need : manyNeeds) {
            String text = need.path("title").asText() + " " + need.path("description").asText("");
            for (int start = 0; start + 6 <= text.length(); start++) {
                warmUpPrefixes.add(text.substring(start, start + 5 + start % 2).strip());
            }
        }
        warmUpPrefixes.removeAll(freshPrefixes);
        Unseen freshSuggest = unseen(warmUpPrefixes, freshPrefixes, random, q -> requests().get("api/suggest?q=" + BenchmarkRequests.encode(q)));
        List<HttpRequest> match = needs.stream().map(requests()::matches).toList();
        List<HttpRequest> preview = new ArrayList<>();
        for (JsonNode need : needs) {
            preview.add(requests().post("api/matches", draft(need)));
        }
        line("workloads: %d search strings, %d new search strings (each searched once, after %d others), %d suggestion prefixes, "
                + "%d new prefixes (each typed once, after %d others), %d need ids, %d draft needs", search.size(), fresh.measured().size(),
                fresh.warmUp().size(), suggest.size(), freshSuggest.measured().size(), freshSuggest.warmUp().size(), match.size(),
                preview.size());
        line("");
        line("%-11s %8s %8s %10s %8s %8s %8s %8s  %-10s %s", "operation", "requests", "non-200", "req/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "goal p95", "");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> failures = new ArrayList<>();
        long non200 = 0;
        non200 += measureRepeated("search", search, GOAL_SEARCH_MS, client, failures);
        non200 += measureUnseen("search-new", fresh, GOAL_SEARCH_MS, client, failures);
        non200 += measureRepeated("suggest", suggest, GOAL_SUGGEST_MS, client, failures);
        non200 += measureUnseen("suggest-new", freshSuggest, GOAL_SUGGEST_MS, client, failures);
        non200 += measureRepeated("match", match, GOAL_MATCH_MS, client, failures);
        non200 += measureRepeated("preview", preview, GOAL_PREVIEW_MS, client, failures);
        non200 += measureRepeated("search-page", searchPage, GOAL_PAGE_MS, client, failures);
        non200 += measureUnseen("page-new", freshPage, GOAL_PAGE_MS, client, failures);
        line("");
        line("JVM RSS at the end: %s", rss());
        failures.forEach(this::line);

        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/speed.txt"), report);

        assertThat(non200).as("responses other than 200 (see target/benchmarks/speed.txt)").isZero();
    }

    /**
     * {@link #WARM_UP_UNSEEN} requests of the warm-up inputs then {@link #REQUESTS} of the measured ones, each
     * in random order, none twice: no cache has seen any of them.
     */
    private static Unseen unseen(Set<String> warmUp, Set<String> measured, Random random,
            java.util.function.Function<String, HttpRequest> request) {
        List<String> warmUpInputs = new ArrayList<>(warmUp);
        warmUpInputs.removeAll(measured);
        Collections.shuffle(warmUpInputs, random);
        List<String> measuredInputs = new ArrayList<>(measured);
        Collections.shuffle(measuredInputs, random);
        return new Unseen(warmUpInputs.stream().limit(WARM_UP_UNSEEN).map(request).toList(),
                measuredInputs.stream().limit(REQUESTS).map(request).toList());
    }

    /** Requests never made before: a warm-up, then the measured ones. */
    record Unseen(List<HttpRequest> warmUp, List<HttpRequest> measured) {
    }

    /** A workload repeated as users repeat it: a warm-up of {@link #WARM_UP}, then {@link #REQUESTS} requests. */
    private long measureRepeated(String name, List<HttpRequest> workload, double goalMs, HttpClient client,
            List<String> failures) throws Exception {
        return measure(name, workload, WARM_UP, workload, REQUESTS, goalMs, client, failures);
    }

    /**
     * Requests never made before, each once: the first {@link #WARM_UP_UNSEEN} warm up the code paths that no
     * cache spares, the rest are measured. A service runs for days; on this 2-core machine the just-in-time
     * compilers of Elasticsearch and of the service need some 10,000 such requests to reach that steady state
     * (a new search cost 8.9 ms of Elasticsearch CPU after a restart, 3.9 ms after 10,000 searches).
     */
    private long measureUnseen(String name, Unseen workload, double goalMs, HttpClient client,
            List<String> failures) throws Exception {
        return measure(name, workload.warmUp(), workload.warmUp().size(), workload.measured(), workload.measured().size(), goalMs,
                client, failures);
    }

    /** Warm-up, then the measured run; prints one line and returns how many responses were not 200. */
    private long measure(String name, List<HttpRequest> warmUpWorkload, int warmUpRequests, List<HttpRequest> workload, int requests,
            double goalMs, HttpClient client, List<String> failures) throws Exception {
        LoadRun warmUp = LoadRun.of(warmUpWorkload, warmUpRequests, CLIENTS, client);
        if (warmUp.allNotFound()) {
            line("%-11s not available (404 for every request), skipped", name);
            return 0;
        }
        LoadRun run = LoadRun.of(workload, requests, CLIENTS, client);
        long bad = warmUp.non200() + run.non200();
        line("%-11s %8d %8d %10.1f %8.1f %8.1f %8.1f %8.1f  <= %3.0f ms  %s", name, requests, bad,
                run.perSecond(), run.ms(50), run.ms(95), run.ms(99), run.maxMs(), goalMs, run.ms(95) <= goalMs ? "met" : "missed");
        if (bad > 0) {
            failures.add("%s: %d responses were not 200 (warm-up %d, measured %d); first: %s".formatted(name, bad,
                    warmUp.non200(), run.non200(), warmUp.firstFailure() != null ? warmUp.firstFailure() : run.firstFailure()));
        }
        return bad;
    }

    /** A draft need for the match preview, from a stored one. */
    private String draft(JsonNode need) {
        ObjectNode draft = mapper.createObjectNode();
        draft.put("title", need.path("title").asText());
        if (need.path("description").isTextual()) {
            draft.put("description", need.path("description").asText());
        } else {
            draft.putNull("description");
        }
        draft.set("industries", need.path("industries").isArray() ? need.path("industries").deepCopy() : mapper.createArrayNode());
        draft.set("categories", need.path("categories").isArray() ? need.path("categories").deepCopy() : mapper.createArrayNode());
        draft.put("useVoucher", need.path("useVoucher").asBoolean());
        draft.put("preferredScope", "ANY");
        return draft.toString();
    }

    /** Resident set size of this JVM (the service runs in it; Elasticsearch is a separate process). */
    private static String rss() {
        return "%,d MB".formatted(LoadRun.rssMb("self"));
    }

    private BenchmarkRequests requests() {
        return new BenchmarkRequests(base);
    }

    private void line(String format, Object... args) {
        String text = args.length == 0 ? format : LoadRun.format(format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
