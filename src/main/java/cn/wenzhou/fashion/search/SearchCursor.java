package cn.wenzhou.fashion.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import cn.wenzhou.fashion.common.InvalidFieldException;

/**
 * Where a page of results ended: the sort values of its last hit (Elasticsearch search_after) and the
 * order they belong to, opaque to clients. Every order ends with the record key, so the position is exact
 * and pages never overlap.
 */
public record SearchCursor(SearchSort sort, JsonArray values) {

    private static final int VALUES = 2;
    /** Longer than any name or key the index sorts by. */
    private static final int MAX_STRING = 1_000;

    static SearchCursor after(SearchSort sort, JsonObject hit) {
        return new SearchCursor(sort, hit.getAsJsonArray("sort"));
    }

    public String encoded() {
        var json = new JsonObject();
        json.addProperty("sort", sort.name());
        json.add("values", values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back for this order; a 400 naming {@code after} if it is not one. */
    public static SearchCursor decode(String encoded, SearchSort sort) {
        try {
            JsonObject json = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            JsonArray values = json.getAsJsonArray("values");
            if (sort.name().equals(json.get("sort").getAsString()) && values.size() == VALUES && fits(sort, values)) {
                return new SearchCursor(sort, values);
            }
        } catch (RuntimeException e) {
            // not one of ours: the client error below
        }
        throw new InvalidFieldException("after", "is not a 'next' cursor of this API for sort " + sort);
    }

    /**
     * Whether the values have the types of the order's sort fields (score or date: a number; name: a string; then
     * the record key, a string), so that a tampered cursor is the client's error and not Elasticsearch's.
     */
    private static boolean fits(SearchSort sort, JsonArray values) {
        JsonElement first = values.get(0);
        JsonElement key = values.get(1);
        boolean firstFits = sort == SearchSort.NAME ? isString(first) : first.isJsonPrimitive() && first.getAsJsonPrimitive().isNumber()
                && Double.isFinite(first.getAsDouble());
        return firstFits && isString(key);
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && value.getAsString().length() <= MAX_STRING;
    }
}
