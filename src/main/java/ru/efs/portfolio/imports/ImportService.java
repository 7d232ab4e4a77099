package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
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
import ru.efs.portfolio.imports.References.Found;
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
            return new Run<>(importer, table, matched, mode, dryRun, locale, deadline).all();
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

    private static Problem timeout(Duration timeout) {
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
        if (!errors.isEmpty()) {
            String columns = String.join(", ", errors.stream().map(RowError::column).distinct().toList());
            ImportReport report = new ImportReport(importer.kind().path(), true, 0, table.rows().size(), 0, 0, 0,
                    errors);
            throw new Problem(422, "import-columns", "import.problem.columns", "import.columns.detail",
                    new Object[] {columns}, List.of(new FieldError("file", "import.columns.detail", columns)),
                    new ImportProblemDetails(report));
        }
    }

    /** One import's pass over the rows, in the transaction. */
    private final class Run<E extends AuditedEntity> {

        private final KindImport<E> importer;
        private final Table table;
        private final Columns.Matched matched;
        private final Mode mode;
        private final boolean dryRun;
        private final Locale locale;
        private final long deadline;
        private final List<RowError> errors = new ArrayList<>();
        private final Map<Long, Integer> seenIds = new HashMap<>();
        private final Map<String, Integer> seenKeys = new HashMap<>();
        private final int idColumn;
        private References refs;
        private RowReader reader;
        private Map<String, Long> existing = Map.of();
        /** What this transaction created, forgotten by the references if it is rolled back. */
        private final List<Long> createdNow = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;
        private boolean stopped;

        Run(KindImport<E> importer, Table table, Columns.Matched matched, Mode mode, boolean dryRun, Locale locale,
                long deadline) {
            this.importer = importer;
            this.table = table;
            this.matched = matched;
            this.mode = mode;
            this.dryRun = dryRun;
            this.locale = locale;
            this.deadline = deadline;
            this.idColumn = matched.column(Role.ID, null);
        }

        /**
         * Every row in one transaction, committed at the end unless this is a dry run or a row is wrong. A row the
         * service refuses leaves the transaction fit only to be rolled back: the rows after it are checked in a new
         * one (the file will not be written anyway, and every wrong row is reported).
         */
        ImportReport all() {
            begin();
            try {
                refs = References.load(em, importer.targets());
                reader = new RowReader(importer, matched, table.headers(), refs, locale);
                if (mode == Mode.CREATE_MISSING) {
                    existing = importer.existing(em);
                }
                List<Table.Row> rows = table.rows();
                for (int from = 0; from < rows.size() && !stopped; from += CHUNK) {
                    List<Table.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                    Map<Long, E> objects = prepare(chunk);
                    for (int i = 0; i < chunk.size() && !stopped; i++) {
                        if (!row(chunk.get(i), objects)) {
                            restart();
                            objects = prepare(chunk.subList(i + 1, chunk.size()));
                        }
                    }
                    flush(chunk.get(chunk.size() - 1));
                    if (System.nanoTime() > deadline) {
                        throw timeout(config.imports().timeout());
                    }
                }
                boolean write = !dryRun && errors.isEmpty();
                ImportReport report = new ImportReport(importer.kind().path(), dryRun, write ? created + updated : 0,
                        rows.size(), created, updated, unchanged, List.copyOf(errors));
                if (write) {
                    commit();
                }
                return report;
            } finally {
                rollback();
            }
        }

        /** Writes what the chunk's rows left in the session and lets their objects go. */
        private void flush(Table.Row last) {
            try {
                em.flush();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Import of %s could not write the rows up to %d", importer.kind().path(), last.number());
                add(List.of(new RowError(last.number(), null, Messages.text(locale, "import.rowFailed"))));
                restart();
            }
            em.clear();
        }

        /** The chunk's objects to change, and what the services look up for every row: regions and categories. */
        private Map<Long, E> prepare(List<Table.Row> chunk) {
            Map<Long, E> objects = importer.load(em, idsOf(chunk));
            em.createQuery("select r from Region r", ru.efs.portfolio.region.Region.class).getResultList();
            em.createQuery("select c from Category c", ru.efs.portfolio.category.Category.class).getResultList();
            return objects;
        }

        private void begin() {
            try {
                transactions.setTransactionTimeout((int) Math.min(Integer.MAX_VALUE,
                        config.imports().timeout().toSeconds() + 60));
                transactions.begin();
                transactions.setTransactionTimeout(0);
            } catch (jakarta.transaction.NotSupportedException | SystemException e) {
                throw new IllegalStateException("An import could not begin its transaction", e);
            }
            em.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        }

        /** Rolls back the transaction a refused row spoilt and goes on in a new one, without what it created. */
        private void restart() {
            rollback();
            createdNow.forEach(id -> importer.forget(id, refs));
            createdNow.clear();
            begin();
        }

        private void commit() {
            try {
                transactions.commit();
            } catch (jakarta.transaction.RollbackException | jakarta.transaction.HeuristicMixedException
                    | jakarta.transaction.HeuristicRollbackException | SystemException | RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw timeout(config.imports().timeout());
                }
                LOG.warnf(e, "Import of %s could not commit", importer.kind().path());
                throw TableFiles.problem(422, "import-refused", "import.commitFailed");
            }
        }

        private void rollback() {
            try {
                if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transactions.rollback();
                }
            } catch (SystemException | IllegalStateException e) {
                LOG.warn("An import's transaction could not be rolled back", e);
            }
        }

        private Set<Long> idsOf(List<Table.Row> chunk) {
            Set<Long> ids = new HashSet<>();
            if (idColumn >= 0) {
                for (Table.Row row : chunk) {
                    String cell = Table.clean(row.cell(idColumn));
                    Found id = cell == null ? null : Cells.whole(cell);
                    if (id != null && id.ok()) {
                        ids.add((Long) id.value());
                    }
                }
            }
            return ids;
        }

        /** Checks and writes one row; false when the service refused it, so the transaction must begin anew. */
        private boolean row(Table.Row row, Map<Long, E> objects) {
            E object = null;
            Long id = null;
            if (idColumn >= 0 && Table.clean(row.cell(idColumn)) != null) {
                Found found = Cells.whole(Table.clean(row.cell(idColumn)));
                if (!found.ok() || (Long) found.value() < 1) {
                    fail(row, idColumn, "validation.id");
                    return true;
                }
                id = (Long) found.value();
                Integer first = seenIds.putIfAbsent(id, row.number());
                if (first != null) {
                    fail(row, idColumn, "import.duplicateId", first);
                    return true;
                }
                object = objects.get(id);
                if (object == null) {
                    fail(row, idColumn, "import.unknown." + importer.kind().path(), String.valueOf(id));
                    return true;
                }
            }
            E stored = object;
            Map<String, Object> base = stored == null ? new HashMap<>() : importer.current(stored);
            RowReader.Read read = reader.read(row, base, field -> importer.checked(field, stored));
            if (!read.errors().isEmpty()) {
                add(read.errors());
                return true;
            }
            Map<String, Object> values = read.values();
            String key = importer.key(values);
            if (key != null) {
                Integer first = seenKeys.putIfAbsent(key, row.number());
                if (first != null) {
                    add(List.of(new RowError(row.number(), reader.header(importer.keyFields().get(
                            importer.keyFields().size() - 1), read.columns()),
                            Messages.text(locale, "import.duplicateRow", first))));
                    return true;
                }
            }
            if (!mayWriteRegion(row, stored, base, values, read)) {
                return true;
            }
            if (stored == null && mode == Mode.CREATE_MISSING && key != null && existing.containsKey(key)) {
                unchanged++;
                return true;
            }
            if (stored != null && Values.same(base, values, importer.fields())) {
                unchanged++;
                return true;
            }
            Record request = Values.request(importer.request(), values, null);
            Set<ConstraintViolation<Record>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                violations(row, violations, read);
                return true;
            }
            try {
                if (stored == null) {
                    long newId = importer.create(request);
                    importer.created(newId, values, refs);
                    createdNow.add(newId);
                    created++;
                } else {
                    importer.update(id, request, read.version() != null ? read.version() : stored.version);
                    updated++;
                }
                return true;
            } catch (Problem problem) {
                problem(row, problem, read);
            } catch (ConstraintViolationException e) {
                violations(row, e.getConstraintViolations(), read);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Import of %s could not write row %d", importer.kind().path(), row.number());
                add(List.of(new RowError(row.number(), null, Messages.text(locale, "import.rowFailed"))));
            }
            return false;
        }

        /** A coordinator imports their own region's rows only: another region's is an error of the region column. */
        private boolean mayWriteRegion(Table.Row row, E stored, Map<String, Object> base, Map<String, Object> values,
                RowReader.Read read) {
            if (!currentUser.hasRole(ru.efs.portfolio.security.Role.REGIONAL_COORDINATOR)) {
                return true;
            }
            String own = currentUser.account().map(a -> a.regionCode()).orElse(null);
            List<String> regions = new ArrayList<>();
            if (stored != null) {
                regions.add(importer.regionOf(base, refs));
            }
            regions.add(importer.regionOf(values, refs));
            for (String region : regions) {
                if (region != null && !region.equals(own)) {
                    add(List.of(new RowError(row.number(), regionHeader(read),
                            Messages.text(locale, "import.otherRegion", region(region), region(own)))));
                    return false;
                }
            }
            return true;
        }

        private String region(String code) {
            String name = code == null ? null : refs.regionName(code);
            return code == null ? "—" : name == null ? code : code + " — " + name;
        }

        private String regionHeader(RowReader.Read read) {
            int regionColumn = regionColumn();
            return regionColumn >= 0 ? reader.header(regionColumn) : reader.header(importer.regionField(),
                    read.columns());
        }

        /** The column that shows the row's region: the region's own, or the one its region comes from. */
        private int regionColumn() {
            for (Map.Entry<Integer, Columns.Spec> entry : matched.columns().entrySet()) {
                Columns.Spec spec = entry.getValue();
                if ("regionCode".equals(spec.part()) || ("regionCode".equals(spec.field())
                        && (spec.role() == Role.VALUE || spec.role() == Role.IGNORED))) {
                    return entry.getKey();
                }
            }
            return -1;
        }

        private void problem(Table.Row row, Problem problem, RowReader.Read read) {
            List<RowError> found = new ArrayList<>();
            for (FieldError error : problem.errors()) {
                found.add(new RowError(row.number(), reader.header(fieldOf(error.field()), read.columns()),
                        Messages.text(locale, error.messageKey(), error.args())));
            }
            if (found.isEmpty()) {
                String column = switch (problem.status()) {
                    case 403 -> regionHeader(read);
                    case 412 -> header(matched.column(Role.VERSION, null) >= 0
                            ? matched.column(Role.VERSION, null) : idColumn);
                    case 404 -> header(idColumn);
                    default -> null;
                };
                found.add(new RowError(row.number(), column,
                        Messages.text(locale, problem.detailKey(), problem.detailArgs())));
            }
            add(found);
        }

        private void violations(Table.Row row, Set<? extends ConstraintViolation<?>> violations,
                RowReader.Read read) {
            List<RowError> found = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations) {
                String field = null;
                for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
                    if (node.getName() != null) {
                        field = node.getName();
                        break;
                    }
                }
                found.add(new RowError(row.number(), field == null ? null : reader.header(field, read.columns()),
                        violation.getMessage()));
            }
            found.sort(java.util.Comparator.comparing(e -> String.valueOf(e.column())));
            add(found);
        }

        private String header(int column) {
            return column < 0 ? null : reader.header(column);
        }

        private void fail(Table.Row row, int column, String key, Object... args) {
            add(List.of(new RowError(row.number(), header(column), Messages.text(locale, key, args))));
        }

        private void add(List<RowError> found) {
            for (RowError error : found) {
                if (errors.size() >= MAX_ERRORS) {
                    errors.add(new RowError(error.row(), null, Messages.text(locale, "import.tooManyErrors",
                            MAX_ERRORS)));
                    stopped = true;
                    return;
                }
                errors.add(error);
            }
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
