package cn.wenzhou.fashion.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one run of requests from a number of client threads saw: each request's latency and status (-1 for an
 * exception), the wall time of the whole run, and the first answer that was not 200.
 */
record LoadRun(long[] nanos, int[] statuses, long wallNanos, String firstFailure) {

    /** Issues {@code count} requests from {@code clients} threads, request i being workload[i % size]. */
    static LoadRun of(List<HttpRequest> workload, int count, int clients, HttpClient client) throws Exception {
        long[] nanos = new long[count];
        int[] statuses = new int[count];
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int i = first; i < count; i += clients) {
                        HttpRequest request = workload.get(i % workload.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            nanos[i] = System.nanoTime() - t0;
                            statuses[i] = response.statusCode();
                            if (response.statusCode() != 200) {
                                firstFailure.compareAndSet(null, "%s %s -> %d %s".formatted(request.method(), request.uri(),
                                        response.statusCode(), abbreviate(response.body())));
                            }
                        } catch (java.io.IOException e) {
                            nanos[i] = System.nanoTime() - t0;
                            statuses[i] = -1;
                            firstFailure.compareAndSet(null, "%s %s -> %s".formatted(request.method(), request.uri(), e));
                        }
                    }
                    return null;
                }));
            }
            long wallStart = System.nanoTime();
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get();
            }
            return new LoadRun(nanos, statuses, System.nanoTime() - wallStart, firstFailure.get());
        } finally {
            pool.shutdownNow();
        }
    }

    long non200() {
        return Arrays.stream(statuses).filter(status -> status != 200).count();
    }

    boolean allNotFound() {
        return Arrays.stream(statuses).allMatch(status -> status == 404);
    }

    double perSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    double ms(double p) {
        return percentileMs(nanos, p);
    }

    double maxMs() {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

    /** Nearest-rank percentile of latencies in nanoseconds, in milliseconds. */
    static double percentileMs(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** Resident set size of a process, from /proc/PID/status (VmRSS), in MB; -1 when it cannot be read. */
    static long rssMb(String pid) {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", pid, "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static String format(String format, Object... args) {
        return args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    }
}
