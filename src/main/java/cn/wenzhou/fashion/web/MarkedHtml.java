package cn.wenzhou.fashion.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import cn.wenzhou.fashion.search.Fragment;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The API shows a highlighted {@link Fragment} as one HTML string: the record's text escaped, the marks in
 * {@code <em>}. Escaping here, at the edge, is what keeps a record's stored markup from running in a client.
 */
@Singleton
public class MarkedHtml implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("marked-html").addSerializer(Fragment.class, new StdSerializer<>(Fragment.class) {
            @Override
            public void serialize(Fragment fragment, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(of(fragment));
            }
        }));
    }

    /** The fragment's text, HTML-escaped, with each mark in {@code <em>}. */
    public static String of(Fragment fragment) {
        var html = new StringBuilder();
        int at = 0;
        for (Fragment.Mark mark : fragment.marks()) {
            escape(fragment.text(), at, mark.start(), html);
            html.append("<em>");
            escape(fragment.text(), mark.start(), mark.end(), html);
            html.append("</em>");
            at = mark.end();
        }
        escape(fragment.text(), at, fragment.text().length(), html);
        return html.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
