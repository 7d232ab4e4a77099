package ru.efs.portfolio.common.export;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;

/** An exported file waiting on disk to be sent; deleted once sent. */
public record ExportFile(Path file, MediaType type) {

    /** Marks a list operation that can answer with an {@link ExportFile} ({@link Exports}). */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Exportable {
    }

    /**
     * Hands an export file to {@link Writer}: the writer of a method is chosen from what it declares (the list's JSON
     * page), never from what it returns, unless an interceptor changes the entity's type.
     */
    @Provider
    @Exportable
    public static class Sender implements WriterInterceptor {

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            if (context.getEntity() instanceof ExportFile export) {
                context.setType(ExportFile.class);
                context.setGenericType(ExportFile.class);
                // another media type instance makes the writer be looked up again, by the entity's own type
                context.setMediaType(new MediaType(export.type().getType(), export.type().getSubtype(),
                        export.type().getParameters()));
                context.getHeaders().putSingle("Content-Length", Long.toString(Files.size(export.file())));
            }
            context.proceed();
        }
    }

    /** Copies the file to the response and deletes it. */
    @Provider
    @Produces({FileFormat.XLSX_TYPE, FileFormat.CSV_TYPE})
    public static class Writer implements MessageBodyWriter<ExportFile> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return ExportFile.class.equals(type);
        }

        @Override
        public void writeTo(ExportFile export, Class<?> type, Type genericType, Annotation[] annotations,
                MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            try {
                Files.copy(export.file(), out);
            } finally {
                Files.deleteIfExists(export.file());
            }
        }
    }
}
