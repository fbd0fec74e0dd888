package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteGroupTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/search, SEARCH",
            "GET, /api/search/, SEARCH",
            "GET, /api/suggest, SEARCH",
            "POST, /api/matches, MATCHES",
            "GET, /api/needs/7/matches, MATCHES",
            "GET, /api/needs/7/voucher-eligibility, MATCHES",
            "POST, /api/cooperations, COOPERATION_REQUESTS",
            "POST, /api/cooperations/3/accept, WRITES",
            "DELETE, /api/alerts/3, WRITES",
            "GET, /events/3, PAGES",
            "POST, /workspace/settling-in, PAGES",
            "GET, /api/needs/7, ''",
            "GET, /q/health, ''",
            "POST, /q/dev-ui, ''" })
    void eachRequestFallsInItsGroup(String method, String path, String group) {
        Optional<RouteGroup> expected = group.isEmpty() ? Optional.empty() : Optional.of(RouteGroup.valueOf(group));
        assertThat(RouteGroup.of(method, path)).isEqualTo(expected);
    }
}
