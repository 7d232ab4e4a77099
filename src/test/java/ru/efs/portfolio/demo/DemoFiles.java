package ru.efs.portfolio.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The demo data as the service ships it, read in tests: the import files and {@code demo/facts.json}. */
final class DemoFiles {

    /** Marks descriptive texts and names written for the demo. */
    static final String MARK = "Демонстрационные данные.";

    static final String ACADEMY = "Академия реализации государственной политики и профессионального развития "
            + "работников образования Министерства просвещения Российской Федерации";
    static final String KHABAROVSK_AUTHORITY = "Министерство образования и науки Хабаровского края";
    static final String KHABAROVSK_IRO = "КГАОУ ДПО «Хабаровский краевой институт развития образования»";
    static final String KHABAROVSK_CNPPM = "Центр непрерывного повышения профессионального мастерства "
            + "педагогических работников Хабаровского края (демо)";
    static final String KHABAROVSK_UNIVERSITY = "Хабаровский региональный педагогический университет (демо)";
    static final String KOCHESHKOVA = "Кочешкова И. Ю.";
    static final String VORONUSHKINA = "Воронушкина О. В.";
    static final String ALTGPU_SERIES = "Стратегические сессии экспертов АлтГПУ в регионах Сибири";
    static final String KHABAROVSK_SESSION = "Развитие региональной управленческой и методической "
            + "инфраструктуры ЕФС в Хабаровском крае";
    static final String ALL_RUSSIAN_SESSION = "Всероссийская стратегическая сессия: региональные портфели ЕФС "
            + "и карты взаимного влияния";
    static final List<String> ALTGPU_REGIONS = List.of("22", "04", "42", "19", "17", "75");
    static final String YOUNG_WELCOME = "Молодым всегда у нас дорога!";
    static final String PARTNER_MENTORING = "Партнерское наставничество";
    static final DemoFacts.Key DIGITAL_SKILLS_22 = new DemoFacts.Key("22",
            "Низкая цифровая компетентность педагогов сельских школ");

    private DemoFiles() {
    }

    static DemoFacts facts() {
        return DemoFacts.read();
    }

    /** The rows of a demo import file by its headers. */
    static List<Map<String, String>> rows(String kind) {
        String resource = "demo/" + kind + ".csv";
        try (InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deficits or practices of the demo by region and title. */
    static List<DemoFacts.Key> keys(String kind) {
        return rows(kind).stream().map(row -> new DemoFacts.Key(row.get("Код региона"), row.get("Название"))).toList();
    }
}
