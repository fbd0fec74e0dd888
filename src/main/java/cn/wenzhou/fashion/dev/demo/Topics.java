package cn.wenzhou.fashion.dev.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;

/**
 * Hand-written R&D topics of each industry: a service partners offer and the need enterprises state
 * for it. The demo generator combines them with products, places and names. The words are data, read at start
 * from the resources {@code dev/demo/topics.tsv} and {@code dev/demo/products.tsv}.
 */
final class Topics {

    /**
     * A capability title and description, the need it answers (in the words of several enterprises), the words
     * both use, and the product lines it is about (empty: any of the industry's).
     */
    record Topic(CapabilityCategory category, String capability, String capabilityText, List<String> needs, String needText,
            List<String> keywords, List<String> products) {

        /** Whether a need about this topic may be about {@code product}. */
        boolean fits(Product product) {
            return products.isEmpty() || products.contains(product.name());
        }
    }

    /** A product line and the styles, materials or uses that make it a firm's own (女士休闲鞋, 飞织女士休闲鞋). */
    record Product(String name, List<String> styles) {
    }

    /** By industry, in the order of {@code products.tsv}. */
    static final Map<Industry, List<Product>> PRODUCTS = read("products.tsv", 3, fields -> new Product(fields[1], List.of(fields[2].split(","))));

    /** By industry, in the order of {@code topics.tsv}. */
    static final Map<Industry, List<Topic>> BY_INDUSTRY = read("topics.tsv", 8,
            fields -> new Topic(CapabilityCategory.valueOf(fields[1]), fields[2], fields[3], List.of(fields[4].split("\\|")), fields[5],
                    List.of(fields[6].split(",")), fields[7].isEmpty() ? List.of() : List.of(fields[7].split(","))));

    /** The rows of a word table by their first column, an industry. */
    private static <T> Map<Industry, List<T>> read(String file, int columns, Function<String[], T> row) {
        Map<Industry, List<T>> rows = new EnumMap<>(Industry.class);
        for (String[] fields : TsvResource.rows(file, columns)) {
            rows.computeIfAbsent(Industry.valueOf(fields[0]), key -> new ArrayList<>()).add(row.apply(fields));
        }
        rows.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(rows);
    }

    private Topics() {
    }
}
