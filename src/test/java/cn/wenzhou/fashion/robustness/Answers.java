package cn.wenzhou.fashion.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the service answered during a run: counts by status and by operation, and, for the report, every 5xx
 * (one example per operation, status and logged cause), every request left without an answer and every refusal
 * that changed a row count.
 */
final class Answers {

    /** The status counted for a request without an answer: a time-out of the client, or a connection that failed. */
    static final int NO_ANSWER = -1;
    /** A body too large or of a type the operation does not read: any operation may answer these. */
    private static final Set<Integer> TRANSPORT_REFUSALS = Set.of(413, 415);
    /** Bad values that a limit should refuse before the database sees them (issue 13, part 2), noted when accepted. */
    private static final Pattern EDGE_CASES = Pattern.compile("10000 (valid )?elements|10000 industries|huge|NUL|surrogate|999999999-|noncharacters|over maxLength");

    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
    private final Map<String, Integer> requestsByOperation = new TreeMap<>();
    private final Map<String, Long> millisByOperation = new TreeMap<>();
    private long targetMillis;
    private int targetsMade;
    private final Map<String, String> serverErrors = new LinkedHashMap<>();
    private final Map<String, Integer> serverErrorCounts = new LinkedHashMap<>();
    private final List<String> unanswered = new ArrayList<>();
    private final Map<String, String> undeclared = new TreeMap<>();
    private final Map<String, String> notProblems = new TreeMap<>();
    private final Map<String, Set<String>> acceptedEdgeCases = new TreeMap<>();
    private final List<String> writesOnRefusal = new ArrayList<>();
    private final List<String> lastResorts = new ArrayList<>();
    private final String run;
    private final String errorType;

    /** {@code errorType}: the media type of every error answer, RFC 7807 problems for the API, HTML for the pages. */
    private Answers(String run, String errorType) {
        this.run = run;
        this.errorType = errorType;
    }

    static Answers ofApi() {
        return new Answers("Bad-input run", "application/problem+json");
    }

    static Answers ofPages() {
        return new Answers("Bad-input run of the pages", "text/html");
    }

    void requests(ApiOperation operation, int count) {
        requestsByOperation.put(operation.key(), count);
    }

    void took(ApiOperation operation, long millis) {
        millisByOperation.put(operation.key(), millis);
    }

    void targetsMade(long millis) {
        targetsMade++;
        targetMillis += millis;
    }

    /** Counts the answer; notes a status the operation does not declare, an error that is no problem, an accepted edge case. */
    void answer(ApiOperation operation, BadRequest request, String who, int status, String contentType) {
        byStatus.merge(status, 1, Integer::sum);
        byOperation.computeIfAbsent(operation.key(), key -> new TreeMap<>()).merge(status, 1, Integer::sum);
        String example = request.label() + " as " + who;
        // Page routes declare no statuses: only the API's document does.
        if (status > 0 && !operation.statuses().isEmpty() && !operation.statuses().contains(status) && !TRANSPORT_REFUSALS.contains(status)) {
            undeclared.putIfAbsent(operation.key() + " → " + status, example);
        }
        if (status >= 400 && (contentType == null || !contentType.startsWith(errorType))) {
            notProblems.putIfAbsent(operation.key() + " → " + status + " " + contentType, example);
        }
        if (status >= 200 && status < 300 && EDGE_CASES.matcher(request.label()).find()) {
            acceptedEdgeCases.computeIfAbsent(operation.key(), key -> new TreeSet<>()).add(request.label());
        }
    }

    void serverError(ApiOperation operation, int status, String shownRequest, String who, List<String> log) {
        String cause = log.isEmpty() ? "(nothing logged)" : log.get(log.size() - 1).lines().reduce((first, second) -> second).orElse("");
        String key = operation.key() + " → " + status + " " + cause.replaceAll("\\d+", "#");
        serverErrorCounts.merge(key, 1, Integer::sum);
        serverErrors.putIfAbsent(key, status + " as " + who + ": " + shownRequest + "\n    log:\n      "
                + (log.isEmpty() ? "(nothing logged)" : String.join("\n      ", log)));
    }

    void unanswered(String what) {
        unanswered.add(what);
    }

    void reachedLastResort(String what) {
        lastResorts.add(what);
    }

    List<String> lastResorts() {
        return lastResorts;
    }

    void wroteOnRefusal(String what) {
        writesOnRefusal.add(what);
    }

    int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(int status) {
        return byStatus.getOrDefault(status, 0);
    }

    int serverErrors() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }

    Map<String, Integer> requestsByOperation() {
        return requestsByOperation;
    }

    List<String> unanswered() {
        return unanswered;
    }

    List<String> writesOnRefusal() {
        return writesOnRefusal;
    }

    List<String> distinctServerErrors() {
        return serverErrors.entrySet().stream()
                .map(e -> "×" + serverErrorCounts.get(e.getKey()) + " " + e.getValue()).toList();
    }

    String summary(long millis, long countingMillis) {
        StringBuilder summary = new StringBuilder("\n=== ").append(run).append(": ").append(requestsByOperation.size()).append(" operations, ")
                .append(requestsByOperation.values().stream().mapToInt(Integer::intValue).sum()).append(" bad requests, ")
                .append(total()).append(" answers in ").append(millis / 1000.0).append(" s, of which ").append(targetMillis / 1000.0)
                .append(" s making the records to aim at (").append(targetsMade).append(" times) and ").append(countingMillis / 1000.0)
                .append(" s counting rows\n");
        summary.append("By status: ").append(statuses(byStatus)).append('\n');
        summary.append("Not 401/403: ").append(total() - count(401) - count(403)).append(" of ").append(total()).append('\n');
        summary.append("By operation:\n");
        byOperation.forEach((operation, statuses) -> summary.append("  ").append(String.format("%-52s", operation))
                .append(String.format("%3d requests %6d ms  ", requestsByOperation.getOrDefault(operation, 0), millisByOperation.getOrDefault(operation, 0L)))
                .append(statuses(statuses)).append('\n'));
        summary.append("Distinct 5xx: ").append(serverErrors.size()).append('\n');
        distinctServerErrors().forEach(error -> summary.append("  ").append(error).append('\n'));
        summary.append("Answered by the last-resort mapper: ").append(lastResorts.size()).append('\n');
        lastResorts.forEach(what -> summary.append("  ").append(what).append('\n'));
        summary.append("Without an answer: ").append(unanswered.size()).append('\n');
        unanswered.forEach(what -> summary.append("  ").append(what).append('\n'));
        summary.append("Statuses the OpenAPI document does not declare (first request each): ").append(undeclared.size()).append('\n');
        undeclared.forEach((status, example) -> summary.append("  ").append(status).append(": ").append(example).append('\n'));
        summary.append("Error answers that are not ").append(errorType).append(" (first request each): ").append(notProblems.size()).append('\n');
        notProblems.forEach((status, example) -> summary.append("  ").append(status).append(": ").append(example).append('\n'));
        summary.append("Edge cases accepted with 2xx: ").append(acceptedEdgeCases.values().stream().mapToInt(Set::size).sum()).append('\n');
        acceptedEdgeCases.forEach((operation, labels) -> summary.append("  ").append(operation).append(": ").append(String.join("; ", labels))
                .append('\n'));
        summary.append("Refusals that changed row counts: ").append(writesOnRefusal.size()).append('\n');
        writesOnRefusal.forEach(what -> summary.append("  ").append(what).append('\n'));
        return summary.toString();
    }

    private static String statuses(Map<Integer, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> (e.getKey() == NO_ANSWER ? "no answer" : String.valueOf(e.getKey())) + "×" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
