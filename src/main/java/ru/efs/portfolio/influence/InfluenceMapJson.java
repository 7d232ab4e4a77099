package ru.efs.portfolio.influence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.efs.portfolio.influence.InfluenceMapDtos.InfluenceMap;

/**
 * Writes a drawn influence map as JSON once. {@link InfluenceMapService} answers the same map object while its data
 * is unchanged, and a national map is megabytes of JSON, so the text of the last few map objects is kept (by
 * identity) and written again as it is. The JSON is Jackson's own, with the same settings, so nothing else changes.
 */
@Singleton
public class InfluenceMapJson implements ObjectMapperCustomizer {

    /** Map objects whose JSON is kept at most. */
    static final int KEPT = 8;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("influence-map-json");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return description.getBeanClass() == InfluenceMap.class
                        ? new Kept((JsonSerializer<Object>) serializer) : serializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Identity of a map object as a key: records compare by value, and hashing a national map walks all of it. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private static final class Kept extends JsonSerializer<Object> {

        private final JsonSerializer<Object> delegate;
        private final Map<Identity, String> texts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity, String> eldest) {
                return size() > KEPT;
            }
        };

        Kept(JsonSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Identity key = new Identity(value);
            String text;
            synchronized (texts) {
                text = texts.get(key);
            }
            if (text == null) {
                JsonFactory factory = generator.getCodec() instanceof ObjectMapper mapper ? mapper.getFactory()
                        : new JsonFactory();
                StringWriter writer = new StringWriter(1 << 16);
                try (JsonGenerator own = factory.createGenerator(writer)) {
                    delegate.serialize(value, own, provider);
                }
                text = writer.toString();
                synchronized (texts) {
                    texts.put(key, text);
                }
            }
            generator.writeRawValue(text);
        }
    }
}
