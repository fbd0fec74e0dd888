package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each timed request gets one of five fixed operation names; the rest of the API none. */
class TimedOperationTest {

    @Test
    void pathsMapToTheirOperation() {
        assertThat(TimedOperation.of("/api/search")).contains(TimedOperation.SEARCH);
        assertThat(TimedOperation.of("/api/suggest/")).contains(TimedOperation.SUGGESTIONS);
        assertThat(TimedOperation.of("/api/matches")).contains(TimedOperation.PREVIEW);
        assertThat(TimedOperation.of("/api/needs/12/matches")).contains(TimedOperation.MATCHING);
        assertThat(TimedOperation.of("/api/institutions/3/matches")).contains(TimedOperation.MATCHING);
        assertThat(TimedOperation.of("/")).contains(TimedOperation.PAGE);
        assertThat(TimedOperation.of("/needs/12")).contains(TimedOperation.PAGE);
        assertThat(TimedOperation.of("/bureau/import")).contains(TimedOperation.PAGE);
    }

    @Test
    void otherApiCallsAndQuarkusEndpointsAreNotTimedHere() {
        assertThat(TimedOperation.of("/api/needs/12")).isEmpty();
        assertThat(TimedOperation.of("/api/import")).isEmpty();
        assertThat(TimedOperation.of("/q/metrics")).isEmpty();
        assertThat(TimedOperation.of("/q")).isEmpty();
    }
}
