package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.imports.Columns.Role;
import ru.efs.portfolio.imports.ImportDtos.ImportProblemDetails;
import ru.efs.portfolio.imports.ImportDtos.ImportReport;
import ru.efs.portfolio.imports.ImportDtos.RowError;
import ru.efs.portfolio.security.CurrentUser;

/**
 * Imports a spreadsheet or CSV file of subjects, people, deficits, practices or projects. Every row goes through
 * the feature's own service — its rights, its checks and its hooks (search, kept answers, the map) — in one
 * transaction, so the whole file lands in one revision of the history, or, if any row is wrong, nothing does and
 * the answer lists every wrong row. A dry run does the same and rolls it all back.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** Rows written between two flushes, after which the session lets the written objects go. */
    static final int CHUNK = 100;

    /** Statements sent to the database together. */
    static final int JDBC_BATCH = 50;

    /** A report lists at most this many errors; the check stops there. */
    static final int MAX_ERRORS = 1000;

    /** How rows without an id are taken. */
    public enum Mode {
        /** Every row without an id creates an object. */
        CREATE,
        /** A row without an id whose object exists already (by its natural key) is left as it is: the demo data. */
        CREATE_MISSING
    }

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    CurrentUser currentUser;

    @Inject
    EfsConfig config;

    @Inject
    TransactionManager transactions;

    @Inject
    Instance<KindImport<?>> kinds;

    /** The importer of a kind. */
    KindImport<?> importer(ImportKind kind) {
        for (KindImport<?> importer : kinds) {
            if (importer.kind() == kind) {
                return importer;
            }
        }
        throw new IllegalStateException("No import of " + kind);
    }

    /**
     * Checks a file and, unless {@code dryRun}, writes it: the report, or a 422 whose details carry it when a row
     * is wrong (nothing is written then).
     */
    public ImportReport importFile(ImportKind kind, Path file, String fileName, boolean dryRun, Locale locale) {
        Table table = TableFiles.read(file, fileName, limits());
        ImportReport report = run(importer(kind), table, dryRun, Mode.CREATE, locale);
        if (!dryRun && !report.errors().isEmpty()) {
            throw new Problem(422, "import-refused", "import.problem.refused", "import.refused.detail",
                    new Object[] {report.errors().size()}, null, new ImportProblemDetails(report));
        }
        return report;
    }

    /** Loads a file the service ships (the demo data) as the caller (the system at startup); any error throws. */
    public ImportReport load(ImportKind kind, Path file, Mode mode) {
        Table table = TableFiles.read(file, file.getFileName().toString(), limits());
        ImportReport report = run(importer(kind), table, false, mode, Messages.RUSSIAN);
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("The file " + file.getFileName() + " did not load: " + report.errors());
        }
        return report;
    }

    TableFiles.Limits limits() {
        return new TableFiles.Limits(config.imports().maxFileSize().asLongValue(), config.imports().maxRows(),
                List.of(Messages.text(Messages.RUSSIAN, "import.template.values"),
                        Messages.text(Locale.ENGLISH, "import.template.values")));
    }

    private <E extends AuditedEntity> ImportReport run(KindImport<E> importer, Table table, boolean dryRun, Mode mode,
            Locale locale) {
        Columns.Matched matched = importer.columns().match(table.headers());
        checkColumns(importer, table, matched, locale);
        long deadline = System.nanoTime() + config.imports().timeout().toNanos();
        jakarta.transaction.Transaction outer;
        try {
            outer = transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("An import could not set aside the transaction around it", e);
        }
        try {
            return new ImportRun<>(this, importer, table, matched, mode, dryRun, locale, deadline).all();
        } finally {
            if (outer != null) {
                try {
                    transactions.resume(outer);
                } catch (jakarta.transaction.InvalidTransactionException | SystemException e) {
                    LOG.error("The transaction around an import could not be resumed", e);
                }
            }
        }
    }

    static Problem timeout(Duration timeout) {
        return TableFiles.problem(422, "import-timeout", "import.file.timeout", timeout.toSeconds());
    }

    /**
     * The header against the kind's columns: a column the import does not know, one given twice, or a required
     * one missing from a file that creates objects is a 422, naming them in the report (as row errors of the header).
     */
    private void checkColumns(KindImport<?> importer, Table table, Columns.Matched matched, Locale locale) {
        List<RowError> errors = new ArrayList<>();
        List<String> known = importer.columns().specs().stream()
                .filter(s -> s.role() == Role.ID || s.role() == Role.VALUE).map(s -> s.header(locale)).toList();
        for (int column : matched.unknown()) {
            errors.add(new RowError(table.headerRow(), Table.clean(table.headers().get(column)),
                    Messages.text(locale, "import.column.unknown", String.join(", ", known))));
        }
        for (int column : matched.repeated()) {
            errors.add(new RowError(table.headerRow(), Table.clean(table.headers().get(column)),
                    Messages.text(locale, "import.column.repeated")));
        }
        int idColumn = matched.column(Role.ID, null);
        boolean creates = idColumn < 0 || table.rows().stream().anyMatch(r -> Table.clean(r.cell(idColumn)) == null);
        if (creates) {
            for (Field field : importer.fields()) {
                boolean present = matched.columns().values().stream().anyMatch(spec -> field.name().equals(spec.field())
                        && (spec.role() == Role.VALUE || spec.role() == Role.NAME || spec.role() == Role.PART));
                if (field.required() && !present) {
                    errors.add(new RowError(table.headerRow(), importer.columns().value(field.name()).header(locale),
                            Messages.text(locale, "import.column.missing")));
                }
            }
        }
        if (errors.size() > MAX_ERRORS) {
            errors.subList(MAX_ERRORS, errors.size()).clear();
        }
        if (!errors.isEmpty()) {
            String columns = String.join(", ", errors.stream().map(RowError::column).distinct().limit(20).toList());
            ImportReport report = new ImportReport(importer.kind().path(), true, 0, table.rows().size(), 0, 0, 0,
                    errors);
            throw new Problem(422, "import-columns", "import.problem.columns", "import.columns.detail",
                    new Object[] {columns}, List.of(new FieldError("file", "import.columns.detail", columns)),
                    new ImportProblemDetails(report));
        }
    }

    /** {@code categoryCodes[1]} → {@code categoryCodes}; {@code indicators[0].name} → {@code indicators}. */
    static String fieldOf(String field) {
        if (field == null) {
            return null;
        }
        int cut = field.length();
        int bracket = field.indexOf('[');
        int dot = field.indexOf('.');
        if (bracket >= 0) {
            cut = Math.min(cut, bracket);
        }
        if (dot >= 0) {
            cut = Math.min(cut, dot);
        }
        return field.substring(0, cut);
    }
}
