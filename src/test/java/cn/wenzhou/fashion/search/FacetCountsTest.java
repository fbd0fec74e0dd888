package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FacetCountsTest {

    private final FacetCounts counts = new FacetCounts(10, Map.of(
            "kind:institution", 5L, "kind:designer", 2L,
            "industry:FOOTWEAR", 6L, "industry:EYEWEAR", 3L,
            "voucher:true", 4L));

    @Test
    void aFacetReadsOnlyItsOwnTokens() {
        assertThat(counts.of(Facet.INDUSTRY)).containsOnly(Map.entry("FOOTWEAR", 6L), Map.entry("EYEWEAR", 3L));
    }

    @Test
    void anImpliedValueCountsWhatTheOthersLeaveAndTakesItsPlaceByCount() {
        // 10 matches, 5 institutions and 2 designers: the other 3 are needs, which the facets field leaves out.
        assertThat(counts.of(Facet.KIND)).containsOnly(Map.entry("institution", 5L), Map.entry("designer", 2L), Map.entry("need", 3L));
        assertThat(counts.of(Facet.KIND).keySet()).containsExactly("institution", "need", "designer");
        assertThat(counts.of(Facet.VOUCHER).keySet()).containsExactly("false", "true");
        assertThat(counts.of(Facet.VOUCHER)).containsEntry("false", 6L).containsEntry("true", 4L);
    }

    @Test
    void anImpliedValueWithNothingLeftIsNotListed() {
        var allProviders = new FacetCounts(4, Map.of("voucher:true", 4L));
        assertThat(allProviders.of(Facet.VOUCHER)).containsExactly(Map.entry("true", 4L));
    }

    @Test
    void equalCountsAreOrderedByValue() {
        var tie = new FacetCounts(4, Map.of("settled:true", 2L));
        assertThat(tie.of(Facet.SETTLED).keySet()).containsExactly("false", "true");
    }
}
