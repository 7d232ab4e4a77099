package ru.efs.portfolio.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.efs.portfolio.deficit.DeficitStatus;
import ru.efs.portfolio.portfolio.PortfolioStatus;
import ru.efs.portfolio.practice.AdoptionOutcome;
import ru.efs.portfolio.practice.PracticeStatus;
import ru.efs.portfolio.project.ProjectStage;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.session.SessionFormat;
import ru.efs.portfolio.session.SessionRole;
import ru.efs.portfolio.session.SessionStatus;
import ru.efs.portfolio.subject.SubjectType;

/**
 * The demo data that the import does not cover, as {@code demo/facts.json} holds it: session series and sessions,
 * users, portfolios, the statuses of practices, the deficit a practice closed, the stage paths of projects and the
 * adoptions of practices. Subjects, people, deficits, practices and projects are import files beside it.
 */
public record DemoFacts(String verifiedBy, String recommendedBy, String stagesChangedBy, List<Series> series,
        List<Session> sessions, List<User> users, List<PracticeStatusFact> practiceStatuses, List<Closure> closures,
        List<PortfolioFact> portfolios, List<StagePath> stages, List<Adoption> adoptions) {

    static final String RESOURCE = "demo/facts.json";

    /** The facts the service ships. */
    public static DemoFacts read() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DemoFacts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the class path");
            }
            return mapper.readValue(in, DemoFacts.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which regions a series or session covers: all of them, one federal district's, or the listed codes. */
    public record Regions(boolean all, String federalDistrict, List<String> codes) {
    }

    /** A session series; found again by title and year. Its lead subject and person are named. */
    public record Series(String title, int year, String leadSubject, String leadPerson, Regions regions,
            String description) {
    }

    /** A person's part in a session. */
    public record Participation(String fullName, SessionRole role) {
    }

    /** A strategic session; found again by title and start date. Its series is the one of that title that year. */
    public record Session(String title, Integer number, SessionFormat format, String series, String hostRegionCode,
            String city, LocalDate startDate, LocalDate endDate, Integer participantCount, String goals,
            String summary, SessionStatus status, List<String> organizers, List<String> subjects, Regions regions,
            List<Participation> people, Set<SubjectType> participantTypes) {
    }

    /** A demo user, one per role; found again by username, and its password is never reset. */
    public record User(String username, String password, String fullName, Role role, String regionCode) {
    }

    /** A practice (by region and title) and where it stands: verified and recommended on these days. */
    public record PracticeStatusFact(String regionCode, String title, PracticeStatus status, LocalDate verifiedOn,
            LocalDate recommendedOn) {
    }

    /** A practice or a deficit by its natural key. */
    public record Key(String regionCode, String title) {
    }

    /** A deficit (by region and title) a practice closed, why, and on which day: {@link DeficitStatus#CLOSED}. */
    public record Closure(String regionCode, String title, Key practice, String reason, LocalDate closedOn) {
    }

    /** A region's portfolio of one year; found again by region and year. */
    public record PortfolioFact(String regionCode, int year, PortfolioStatus status, String coordinatingSubject,
            String summary) {
    }

    /** One step of a project's path: the stage it moved to, on which day, and why. */
    public record Step(ProjectStage to, LocalDate on, String comment) {
    }

    /** The path a project (by portfolio region, year and title) took to its stage: its stage history. */
    public record StagePath(String regionCode, int year, String title, List<Step> path) {

        public ProjectStage stage() {
            return path.get(path.size() - 1).to();
        }
    }

    /** A project by its natural key: its portfolio (region and year) and its title. */
    public record ProjectKey(String regionCode, int year, String title) {
    }

    /** A region took up another region's practice, through one of its projects or on its own. */
    public record Adoption(Key practice, String regionCode, ProjectKey project, AdoptionOutcome outcome,
            String result, Integer adoptedYear) {
    }
}
