package ru.efs.portfolio.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.efs.portfolio.common.Labels;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.imports.Columns.Spec;
import ru.efs.portfolio.imports.References.Target;

/**
 * The spreadsheet to fill in for an import: the kind's columns under the headers the import reads (and the export
 * writes), a note on each saying what it holds, and a sheet «Значения» of the allowed values — regions,
 * categories, the enumerations, portfolios — that the columns' drop-down lists take their values from.
 */
@ApplicationScoped
public class ImportTemplate {

    /** A template file: its name in the caller's language, a plain one, and its bytes. */
    public record File(String name, String asciiName, byte[] content) {
    }

    @Inject
    ImportService imports;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public File of(ImportKind kind, Locale locale) {
        KindImport<?> importer = imports.importer(kind);
        Set<Target> targets = importer.fields().stream().anyMatch(f -> f.target() == Target.PORTFOLIO)
                ? EnumSet.of(Target.PORTFOLIO) : EnumSet.noneOf(Target.class);
        References refs = References.load(em, targets);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet data = workbook.createSheet(Messages.text(locale, "export.sheet"));
            XSSFSheet values = workbook.createSheet(Messages.text(locale, "import.template.values"));
            List<Spec> columns = new ArrayList<>();
            columns.add(importer.columns().specs().get(0));
            importer.fields().forEach(field -> columns.add(importer.columns().value(field.name())));
            header(workbook, data, importer, columns, locale);
            Lists lists = new Lists(workbook, values, locale);
            for (int i = 0; i < columns.size(); i++) {
                String name = columns.get(i).field();
                if (columns.get(i).role() != Columns.Role.VALUE) {
                    continue;
                }
                Field field = importer.field(name);
                switch (field.type()) {
                    case REGION -> lists.validate(data, i, lists.list("regions", regions(refs, locale)),
                            DataValidation.ErrorStyle.WARNING);
                    case CATEGORIES -> lists.validate(data, i, lists.list("categories", categories(refs, locale)),
                            DataValidation.ErrorStyle.INFO);
                    case ENUM -> lists.validate(data, i, lists.list(name, Arrays.stream(
                            field.enumType().getEnumConstants()).map(v -> Labels.of((Enum<?>) v, locale)).toList(),
                            columns.get(i).header(locale)), DataValidation.ErrorStyle.STOP);
                    case REFERENCE -> {
                        if (field.target() == Target.PORTFOLIO) {
                            List<String> portfolios = refs.items(Target.PORTFOLIO).stream()
                                    .map(References.Item::display).sorted().toList();
                            lists.validate(data, i, lists.list("portfolios", portfolios,
                                    Messages.text(locale, "import.template.portfolios")),
                                    DataValidation.ErrorStyle.WARNING);
                        }
                    }
                    default -> {
                    }
                }
            }
            workbook.write(out);
            String title = Messages.text(locale, "export.file." + kind.path()) + " — "
                    + Messages.text(locale, "import.template.file");
            return new File(title, kind.path() + "-template", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XSSFWorkbook workbook, XSSFSheet data, KindImport<?> importer, List<Spec> columns,
            Locale locale) {
        XSSFCellStyle plain = workbook.createCellStyle();
        plain.setWrapText(true);
        XSSFCellStyle required = workbook.createCellStyle();
        required.setWrapText(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        required.setFont(bold);
        Drawing<?> drawing = data.createDrawingPatriarch();
        Row row = data.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Spec spec = columns.get(i);
            String header = spec.header(locale);
            var cell = row.createCell(i);
            cell.setCellValue(header);
            Field field = spec.role() == Columns.Role.VALUE ? importer.field(spec.field()) : null;
            cell.setCellStyle(field != null && field.required() ? required : plain);
            data.setColumnWidth(i, Math.min(60, Math.max(14, header.length() + 4)) * 256);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString(note(field, locale)));
            cell.setCellComment(comment);
        }
        data.createFreezePane(0, 1);
    }

    /** What a column holds, for its note. */
    private static String note(Field field, Locale locale) {
        if (field == null) {
            return Messages.text(locale, "import.template.idNote");
        }
        StringBuilder note = new StringBuilder(field.description(locale));
        switch (field.type()) {
            case CATEGORIES, REFERENCES -> note.append("\n").append(Messages.text(locale, "import.template.listNote"));
            case INDICATORS -> note.append("\n").append(Messages.text(locale, "import.template.indicatorsNote"));
            case REFERENCE -> note.append("\n").append(Messages.text(locale, "import.template.referenceNote"));
            case DATE -> note.append("\n").append(Messages.text(locale, "import.template.dateNote"));
            default -> {
            }
        }
        if (field.required()) {
            note.append("\n").append(Messages.text(locale, "import.template.requiredNote"));
        }
        return note.toString();
    }

    private static List<String> regions(References refs, Locale locale) {
        return refs.regions().entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList();
    }

    private static List<String> categories(References refs, Locale locale) {
        return refs.categories().entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList();
    }

    /** The values sheet: one column per list, each a named range that drop-down lists refer to. */
    private static final class Lists {

        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private final Locale locale;
        private final Map<String, String> names = new LinkedHashMap<>();
        private int column;

        Lists(XSSFWorkbook workbook, XSSFSheet sheet, Locale locale) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.locale = locale;
        }

        String list(String key, List<String> values) {
            return list(key, values, Messages.text(locale, "import.template.list." + key));
        }

        /** Writes a list under its title once; the name of its range, or null for an empty list. */
        String list(String key, List<String> values, String title) {
            if (names.containsKey(key)) {
                return names.get(key);
            }
            if (values.isEmpty()) {
                return null;
            }
            int at = column++;
            row(0).createCell(at).setCellValue(title);
            for (int i = 0; i < values.size(); i++) {
                row(i + 1).createCell(at).setCellValue(values.get(i));
            }
            sheet.setColumnWidth(at, 60 * 256);
            String letter = CellReference.convertNumToColString(at);
            Name name = workbook.createName();
            name.setNameName("efs_" + key);
            name.setRefersToFormula("'" + sheet.getSheetName() + "'!$" + letter + "$2:$" + letter + "$"
                    + (values.size() + 1));
            names.put(key, name.getNameName());
            return name.getNameName();
        }

        private Row row(int index) {
            Row row = sheet.getRow(index);
            return row == null ? sheet.createRow(index) : row;
        }

        /** A drop-down list in the column's cells below the header. */
        void validate(XSSFSheet data, int column, String range, int errorStyle) {
            if (range == null) {
                return;
            }
            DataValidationHelper helper = data.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createFormulaListConstraint(range);
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1,
                    SpreadsheetVersion.EXCEL2007.getLastRowIndex(), column, column));
            validation.setErrorStyle(errorStyle);
            validation.setShowErrorBox(true);
            validation.setSuppressDropDownArrow(true);
            data.addValidationData(validation);
        }
    }
}
