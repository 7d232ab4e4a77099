package ru.efs.portfolio.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** Indicators are kept as one JSON column, so that the project's history records every change to them. */
@Converter
public class IndicatorListConverter implements AttributeConverter<List<Indicator>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Indicator>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Indicator> indicators) {
        try {
            return indicators == null || indicators.isEmpty() ? null : MAPPER.writeValueAsString(indicators);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Indicators cannot be written", e);
        }
    }

    @Override
    public List<Indicator> convertToEntityAttribute(String json) {
        try {
            return json == null || json.isBlank() ? new ArrayList<>() : new ArrayList<>(MAPPER.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Indicators cannot be read", e);
        }
    }
}
