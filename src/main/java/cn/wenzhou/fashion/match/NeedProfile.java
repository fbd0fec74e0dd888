package cn.wenzhou.fashion.match;

import java.util.ArrayList;
import java.util.List;

import cn.wenzhou.fashion.common.CapabilityCategory;
import cn.wenzhou.fashion.common.Industry;
import cn.wenzhou.fashion.common.Scope;
import cn.wenzhou.fashion.need.Need;

/** What matching needs to know of a need, stored or drafted. */
public record NeedProfile(String title, String description, List<String> keywords, List<Industry> industries,
        List<CapabilityCategory> categories, boolean useVoucher, Scope preferredScope) {

    /** Text that stands for the need in retrieval: title and keywords first, then the description. */
    static final int QUERY_LENGTH = 500;

    public static NeedProfile of(Need need) {
        return new NeedProfile(need.title, need.description, need.keywords, need.industries, need.categories, need.useVoucher,
                need.preferredScope);
    }

    public String queryText() {
        List<String> parts = new ArrayList<>();
        parts.add(title == null ? "" : title);
        parts.addAll(keywords);
        parts.add(description == null ? "" : description);
        String text = String.join(" ", parts).strip();
        return text.length() > QUERY_LENGTH ? text.substring(0, QUERY_LENGTH) : text;
    }
}
