package cn.wenzhou.fashion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Proposed terms expire when the other side leaves them unconfirmed for longer than the configured time. */
class CooperationProposalTest {

    private static final Instant PROPOSED = Instant.parse("2026-11-01T02:00:00Z");
    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    @Test
    void aProposalExpiresOnlyAfterTheExpiry() {
        var cooperation = new Cooperation();
        cooperation.proposedAt = PROPOSED;
        assertThat(cooperation.proposalExpired(Instant.parse("2026-11-15T02:00:00Z"), FOURTEEN_DAYS)).isFalse();
        assertThat(cooperation.proposalExpired(Instant.parse("2026-11-15T02:00:01Z"), FOURTEEN_DAYS)).isTrue();
        assertThat(cooperation.proposalExpired(Instant.parse("2026-11-02T02:00:00Z"), Duration.ofHours(1))).isTrue();
    }

    @Test
    void noProposalNeverExpires() {
        assertThat(new Cooperation().proposalExpired(Instant.parse("2030-01-01T00:00:00Z"), FOURTEEN_DAYS)).isFalse();
    }
}
