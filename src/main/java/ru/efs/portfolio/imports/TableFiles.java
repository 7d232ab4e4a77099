package ru.efs.portfolio.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;

/**
 * Tells what an uploaded file is from its bytes, not its name, and reads it as a {@link Table}: a spreadsheet
 * (XLSX) or CSV text. Anything else — an old binary Excel file, a spreadsheet with macros or a password, a
 * picture, a zip bomb, too many rows — is refused with a problem naming the {@code file} part, before anything
 * is written.
 */
final class TableFiles {

    private static final int SNIFF = 8192;

    /** The limits one read is held to; {@code ignoredSheets} are the names of template sheets that hold no rows. */
    record Limits(long maxBytes, int maxRows, List<String> ignoredSheets) {
    }

    private TableFiles() {
    }

    static Table read(Path file, String fileName, Limits limits) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw problem(422, "import-file", "import.file.empty");
        }
        if (size > limits.maxBytes()) {
            throw problem(413, "content-too-large", "import.file.tooLarge", megabytes(limits.maxBytes()));
        }
        byte[] head = head(file);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(head, 'P', 'K', 3, 4)) {
            if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlam")) {
                throw problem(415, "unsupported-file", "import.file.macros");
            }
            return XlsxTable.read(file, limits);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw problem(415, "unsupported-file", encrypted(file) ? "import.file.encrypted" : "import.file.oldFormat");
        }
        if (!CsvTable.looksLikeText(head)) {
            throw problem(415, "unsupported-file", "import.file.notTable");
        }
        return CsvTable.read(file, limits);
    }

    /** An OLE2 container: an XLSX file protected with a password is one, holding its encrypted package. */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " MB" : bytes + " B";
    }

    /** A problem with the file as a whole: its detail names what is wrong, its one error the {@code file} part. */
    static Problem problem(int status, String type, String key, Object... args) {
        return new Problem(status, type, "import.problem.file", key, args, List.of(new FieldError("file", key, args)),
                null);
    }

    /** The file holds more data rows than a file may. */
    static Problem tooManyRows(int maxRows) {
        return problem(422, "import-file", "import.file.tooManyRows", maxRows);
    }
}
