package ru.efs.portfolio.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a kept answer as JSON once. A service that gives the same answer object again while its data is unchanged
 * ({@link KeptAnswers}) marks it with {@link #keep(Object)}; the first time it is written its JSON text is kept (by
 * the object's identity) and later written as it is, which spares the serialisation of a page or of a
 * megabyte-large map on every request. The text is Jackson's own with the same settings, so nothing else changes.
 * Only types annotated {@link Keepable} (and the paging envelope) are looked up; others are written as always.
 */
@Singleton
public class KeptJson implements ObjectMapperCustomizer {

    /** Texts kept at most, and their characters at most: the least recently written go first. */
    static final int KEPT = 1024;
    static final long KEPT_CHARS = 24L << 20;

    /** Marks an API type whose instances may be kept as JSON text. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Keepable {
    }

    /** A text kept as it will be written, in UTF-8 too after its first use. */
    private static final SerializableString NOT_WRITTEN = new SerializedString("");
    private static final Map<Identity, SerializableString> TEXTS = new LinkedHashMap<>(64, 0.75f, true);
    private static long chars;

    /** Asks for the object's JSON to be kept once written, when its type may be; returns the object. */
    public static <T> T keep(T value) {
        if (value == null || !keepable(value.getClass())) {
            return value;
        }
        synchronized (TEXTS) {
            TEXTS.putIfAbsent(new Identity(value), NOT_WRITTEN);
            trim();
        }
        return value;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("kept-json");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return keepable(description.getBeanClass()) ? new Kept((JsonSerializer<Object>) serializer)
                        : serializer;
            }
        });
        mapper.registerModule(module);
    }

    private static boolean keepable(Class<?> type) {
        return type == PageResponse.class || type.isAnnotationPresent(Keepable.class);
    }

    private static void trim() {
        Iterator<Map.Entry<Identity, SerializableString>> eldest = TEXTS.entrySet().iterator();
        while ((TEXTS.size() > KEPT || chars > KEPT_CHARS) && eldest.hasNext()) {
            chars -= eldest.next().getValue().charLength();
            eldest.remove();
        }
    }

    /** Identity of an object as a key: records compare by value, and hashing a national map walks all of it. */
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

        Kept(JsonSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            Identity key = new Identity(value);
            SerializableString text;
            synchronized (TEXTS) {
                text = TEXTS.get(key);
            }
            if (text == null) {
                delegate.serialize(value, generator, provider);
                return;
            }
            if (text == NOT_WRITTEN) {
                JsonFactory factory = generator.getCodec() instanceof ObjectMapper mapper ? mapper.getFactory()
                        : new JsonFactory();
                StringWriter writer = new StringWriter(1 << 14);
                try (JsonGenerator own = factory.createGenerator(writer)) {
                    delegate.serialize(value, own, provider);
                }
                text = new SerializedString(writer.toString());
                synchronized (TEXTS) {
                    if (TEXTS.replace(key, NOT_WRITTEN, text)) {
                        chars += text.charLength();
                        trim();
                    }
                }
            }
            generator.writeRawValue(text);
        }
    }
}
