package cn.wenzhou.fashion.match;

import java.util.ArrayList;
import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.Scope;

/** What matching needs to know of a need, stored or drafted. */
public record NeedProfile(String title, String description, List<String> keywords, List<Industry> industries,
        List<CapabilityCategory> categories, boolean useVoucher, Scope preferredScope) {

    /** The longest text a need is retrieved with: a longer description adds cost, not precision. */
    static final int QUERY_LENGTH = 500;

    public static NeedProfile of(Need need) {
        return new NeedProfile(need.title, need.description, need.keywords, need.industries, need.categories, need.useVoucher,
                need.preferredScope);
    }

    /** Text that stands for the need in retrieval: title and keywords first, then the description. */
    public String queryText() {
        List<String> parts = new ArrayList<>();
        parts.add(title == null ? "" : title);
        parts.addAll(keywords);
        parts.add(description == null ? "" : description);
        String text = String.join(" ", parts).strip();
        return text.length() > QUERY_LENGTH ? text.substring(0, QUERY_LENGTH) : text;
    }
}
