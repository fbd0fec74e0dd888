package cn.wenzhou.fashion.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import cn.wenzhou.fashion.common.InvalidFieldException;

class SearchCursorTest {

    /** {"sort":"RELEVANCE","values":[1.5,"institution:7"]}, base64url without padding. */
    private static final String CURSOR = "eyJzb3J0IjoiUkVMRVZBTkNFIiwidmFsdWVzIjpbMS41LCJpbnN0aXR1dGlvbjo3Il19";

    @Test
    void aHitsSortValuesBecomeAnOpaqueCursorAndBack() {
        var hit = JsonParser.parseString("{\"_id\":\"7\",\"sort\":[1.5,\"institution:7\"]}").getAsJsonObject();
        assertThat(SearchCursor.after(SearchSort.RELEVANCE, hit).encoded()).isEqualTo(CURSOR);
        SearchCursor decoded = SearchCursor.decode(CURSOR, SearchSort.RELEVANCE);
        assertThat(decoded.values().toString()).isEqualTo("[1.5,\"institution:7\"]");
    }

    @Test
    void aCursorOfAnotherOrderIsRefusedNamingAfter() {
        assertThatThrownBy(() -> SearchCursor.decode(CURSOR, SearchSort.NAME))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("after"));
    }

    @Test
    void tamperedCursorsAreRefusedNamingAfter() {
        String oneValue = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sort\":\"RELEVANCE\",\"values\":[1.5]}".getBytes());
        for (String tampered : new String[] {"not base64!", "bm90IGpzb24", oneValue, CURSOR.substring(0, 20)}) {
            assertThatThrownBy(() -> SearchCursor.decode(tampered, SearchSort.RELEVANCE))
                    .as(tampered).isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("after"));
        }
    }
}
