package cn.wenzhou.fashion.common;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a list as a JSON array in one text column: lists are always read and written whole and are
 * searched in Elasticsearch, never in SQL, so a join table per list would only cost queries.
 */
public abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JavaType type;

    protected JsonListConverter(Class<T> elementType) {
        this.type = MAPPER.getTypeFactory().constructCollectionType(List.class, elementType);
    }

    @Override
    public String convertToDatabaseColumn(List<T> list) {
        try {
            return MAPPER.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try {
            return List.copyOf(MAPPER.<List<T>> readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable list column: " + json, e);
        }
    }
}
