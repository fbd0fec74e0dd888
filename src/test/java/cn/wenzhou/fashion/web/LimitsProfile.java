package cn.wenzhou.fashion.web;

import java.util.Map;

import cn.wenzhou.fashion.eval.CleanLibraryProfile;

/**
 * A service with limits that a test reaches in a few requests: a 64 kB import, and rate limits of two or three
 * requests, refilled over an hour (a day for cooperation requests), so that no token comes back during a test. The
 * loopback address is a trusted proxy: each test names its own client in X-Forwarded-For and so has its own buckets.
 */
public class LimitsProfile extends CleanLibraryProfile {

    static final int SEARCHES = 3;
    static final int PREVIEWS = 2;
    static final int WRITES = 3;
    static final int COOPERATION_REQUESTS = 2;
    static final int PAGES = 5;
    static final int IMPORT_BYTES = 65_536;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("library.import.max-body-bytes", String.valueOf(IMPORT_BYTES)),
                Map.entry("library.rate-limit.trusted-proxies", "127.0.0.1,::1"),
                Map.entry("library.rate-limit.search.requests", String.valueOf(SEARCHES)),
                Map.entry("library.rate-limit.search.period", "1h"),
                Map.entry("library.rate-limit.matches.requests", String.valueOf(PREVIEWS)),
                Map.entry("library.rate-limit.matches.period", "1h"),
                Map.entry("library.rate-limit.writes.requests", String.valueOf(WRITES)),
                Map.entry("library.rate-limit.writes.period", "1h"),
                Map.entry("library.rate-limit.cooperation-requests.requests", String.valueOf(COOPERATION_REQUESTS)),
                Map.entry("library.rate-limit.cooperation-requests.period", "1d"),
                Map.entry("library.rate-limit.pages.requests", String.valueOf(PAGES)),
                Map.entry("library.rate-limit.pages.period", "1h"));
    }
}
