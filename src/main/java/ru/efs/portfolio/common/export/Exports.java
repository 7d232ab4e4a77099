package ru.efs.portfolio.common.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageParams;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;

/**
 * Lets every list answer as a file: with {@code ?format=xlsx|csv} or an Accept header naming one, a list gives all
 * its matching rows — the same filters and sort as its pages — as a spreadsheet or a CSV file; otherwise its JSON.
 * Rows are read a chunk at a time and written to a temporary file, so memory does not grow with the rows, and a
 * wrong filter is still a 400 before any byte is sent.
 */
@ApplicationScoped
public class Exports {

    /**
     * Rows read per statement while exporting: each chunk is a page of the list, so fewer, larger chunks sort and
     * skip less; memory still holds one chunk, not the file.
     */
    static final int CHUNK = 5000;

    @Inject
    HttpServerRequest request;

    @Inject
    EntityManager em;

    /** A paged list: its page as JSON, or every row of every page as a file named {@code export.file.<name>}. */
    public <T> RestResponse<PageResponse<T>> page(PageParams paging, String name, Class<T> row,
            java.util.Map<String, String> sortable, String defaultSort, Function<PageRequest, PageResponse<T>> list) {
        FileFormat format = format(paging.format);
        PageRequest page = paging.toRequest(sortable, defaultSort);
        if (format == FileFormat.JSON) {
            return RestResponse.ok(list.apply(page));
        }
        return file(format, name, RecordColumns.of(row), () -> chunks(page, list));
    }

    /** A list that is not paged: the list as JSON, or its rows as a file. */
    public <T> RestResponse<List<T>> list(String format, String name, Class<T> row, Supplier<List<T>> list) {
        FileFormat chosen = format(format);
        if (chosen == FileFormat.JSON) {
            return RestResponse.ok(list.get());
        }
        return file(chosen, name, RecordColumns.of(row), () -> List.of(list.get()).iterator());
    }

    /**
     * An answer that is not a list of records (a map, a matrix): its JSON, or the rows {@code table} makes of it
     * under the given columns.
     */
    public <J, R> RestResponse<J> table(String format, String name, Supplier<J> json,
            Function<Locale, List<Column<R>>> columns, Function<J, List<R>> rows) {
        FileFormat chosen = format(format);
        J answer = json.get();
        if (chosen == FileFormat.JSON) {
            return RestResponse.ok(answer);
        }
        return file(chosen, name, columns.apply(locale()), () -> List.of(rows.apply(answer)).iterator());
    }

    /** Rows and the columns that show them, for an answer whose columns depend on what it holds. */
    public record Table<R>(List<Column<R>> columns, List<R> rows) {
    }

    /** An answer that is a table of its own making (a matrix): its JSON, or {@code table} of it as a file. */
    public <J> RestResponse<J> table(String format, String name, Supplier<J> json, Function<J, Table<?>> table) {
        FileFormat chosen = format(format);
        J answer = json.get();
        if (chosen == FileFormat.JSON) {
            return RestResponse.ok(answer);
        }
        return file(chosen, name, table.apply(answer));
    }

    @SuppressWarnings("unchecked")
    private <J, R> RestResponse<J> file(FileFormat format, String name, Table<R> table) {
        return file(format, name, table.columns(), () -> List.of(table.rows()).iterator());
    }

    /** The columns of a record's export: its components, in order, under the contract's labels. */
    public static <T> List<Column<T>> columns(Class<T> row) {
        return RecordColumns.of(row);
    }

    private FileFormat format(String format) {
        return FileFormat.choose(format, request.getHeader(HttpHeaders.ACCEPT));
    }

    private Locale locale() {
        return Messages.resolve(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The pages of a list, {@link #CHUNK} rows each, in its sort, until one comes back short. */
    private static <T> Iterator<List<T>> chunks(PageRequest first, Function<PageRequest, PageResponse<T>> list) {
        return new Iterator<>() {
            private int page;
            private List<T> next = read();

            private List<T> read() {
                PageRequest chunk = new PageRequest(page++, CHUNK, first.sortField(), first.ascending());
                return Unkept.read(() -> list.apply(chunk).items());
            }

            @Override
            public boolean hasNext() {
                return next != null && !next.isEmpty();
            }

            @Override
            public List<T> next() {
                List<T> current = next;
                next = current.size() < CHUNK ? null : read();
                return current;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private <J, T> RestResponse<J> file(FileFormat format, String name, List<Column<T>> columns,
            Supplier<Iterator<List<T>>> chunks) {
        Locale locale = locale();
        Path file = write(format, locale, columns, chunks);
        String title = Messages.text(locale, "export.file." + name) + " " + LocalDate.now(TableWriter.MOSCOW);
        String ascii = name + "-" + LocalDate.now(TableWriter.MOSCOW) + "." + format.extension();
        MediaType type = MediaType.valueOf(format.mediaType() + (format == FileFormat.CSV ? ";charset=UTF-8" : ""));
        return (RestResponse<J>) RestResponse.ResponseBuilder.ok(new ExportFile(file, type), type)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(title + "." + format.extension(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    private <T> Path write(FileFormat format, Locale locale, List<Column<T>> columns,
            Supplier<Iterator<List<T>>> chunks) {
        Path file = null;
        try {
            file = Files.createTempFile("efs-export-", "." + format.extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    TableWriter writer = TableWriter.of(format, locale, out)) {
                writer.header(columns.stream().map(c -> c.header(locale)).toList());
                Iterator<List<T>> rows = chunks.get();
                while (rows.hasNext()) {
                    List<T> chunk = rows.next();
                    List<Object[]> cells = new ArrayList<>(chunk.size());
                    for (T row : chunk) {
                        Object[] line = new Object[columns.size()];
                        for (int i = 0; i < line.length; i++) {
                            line[i] = columns.get(i).value().apply(row);
                        }
                        cells.add(line);
                    }
                    Names.fill(em, cells);
                    for (Object[] line : cells) {
                        writer.row(line);
                    }
                    forgetRead();
                }
            }
            return file;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Entities a chunk loaded are not needed again: outside a transaction the session lets them go. */
    private void forgetRead() {
        if (!QuarkusTransaction.isActive()) {
            em.clear();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }
}
