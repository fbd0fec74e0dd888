package cn.wenzhou.fashion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.domain.TrackRecord;

class TrackRecordTest {

    @Test
    void noCompletionIsNeutral() {
        assertThat(TrackRecord.NONE.value()).isEqualTo(0.5);
        assertThat(TrackRecord.NONE.describe()).isEqualTo("no completed cooperation yet: neutral");
    }

    @Test
    void goodRatingsRaiseAndBadOnesLowerTheTrackRecordMoreAsCompletionsAccumulate() {
        assertThat(new TrackRecord(1, 1, 5).value()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(new TrackRecord(8, 8, 40).value()).isCloseTo(0.9, within(1e-9));
        assertThat(new TrackRecord(2, 2, 2).value()).isCloseTo(0.25, within(1e-9));
        assertThat(new TrackRecord(2, 0, 0).value()).isCloseTo(0.625, within(1e-9));
        assertThat(new TrackRecord(3, 2, 9).describe()).isEqualTo("3 completed cooperations, average rating 4.5/5 from 2 ratings");
    }
}
