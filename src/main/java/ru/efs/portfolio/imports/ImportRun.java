package ru.efs.portfolio.imports;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;
import ru.efs.portfolio.imports.Columns.Role;
import ru.efs.portfolio.imports.ImportDtos.ImportReport;
import ru.efs.portfolio.imports.ImportDtos.RowError;
import ru.efs.portfolio.imports.References.Found;
import ru.efs.portfolio.security.CurrentUser;

/**
 * One import's pass over the rows of a file, in its transaction: each row read, checked, and written through the
 * kind's service; the report of what it did. A row the service refuses spoils the transaction, so the rows after it
 * are checked in a new one (the file is not written anyway).
 */
final class ImportRun<E extends AuditedEntity> {

    private static final Logger LOG = Logger.getLogger(ImportRun.class);

    private final EntityManager em;
    private final Validator validator;
    private final CurrentUser currentUser;
    private final TransactionManager transactions;
    private final Duration timeout;
    private final KindImport<E> importer;
    private final Table table;
    private final Columns.Matched matched;
    private final ImportService.Mode mode;
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

    ImportRun(ImportService service, KindImport<E> importer, Table table, Columns.Matched matched,
            ImportService.Mode mode, boolean dryRun, Locale locale, long deadline) {
        this.em = service.em;
        this.validator = service.validator;
        this.currentUser = service.currentUser;
        this.transactions = service.transactions;
        this.timeout = service.config.imports().timeout();
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
            if (mode == ImportService.Mode.CREATE_MISSING) {
                existing = importer.existing(em);
            }
            List<Table.Row> rows = table.rows();
            for (int from = 0; from < rows.size() && !stopped; from += ImportService.CHUNK) {
                List<Table.Row> chunk = rows.subList(from, Math.min(rows.size(), from + ImportService.CHUNK));
                Map<Long, E> objects = prepare(chunk);
                for (int i = 0; i < chunk.size() && !stopped; i++) {
                    if (!row(chunk.get(i), objects)) {
                        restart();
                        objects = prepare(chunk.subList(i + 1, chunk.size()));
                    }
                }
                flush(chunk.get(chunk.size() - 1));
                if (System.nanoTime() > deadline) {
                    throw ImportService.timeout(timeout);
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
                    timeout.toSeconds() + 60));
            transactions.begin();
            transactions.setTransactionTimeout(0);
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new IllegalStateException("An import could not begin its transaction", e);
        }
        em.unwrap(Session.class).setJdbcBatchSize(ImportService.JDBC_BATCH);
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
                throw ImportService.timeout(timeout);
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
        if (stored == null && mode == ImportService.Mode.CREATE_MISSING && key != null && existing.containsKey(key)) {
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
            found.add(new RowError(row.number(), reader.header(ImportService.fieldOf(error.field()), read.columns()),
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
            if (errors.size() >= ImportService.MAX_ERRORS) {
                errors.add(new RowError(error.row(), null, Messages.text(locale, "import.tooManyErrors",
                        ImportService.MAX_ERRORS)));
                stopped = true;
                return;
            }
            errors.add(error);
        }
    }
}
