package ru.efs.portfolio.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.efs.portfolio.common.HistoryService;
import ru.efs.portfolio.common.HistoryService.HistoryEntry;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.NameOrder;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.PageResponse;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Versions;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.region.RegionService;
import ru.efs.portfolio.security.UserDtos.UserDto;
import ru.efs.portfolio.security.UserDtos.UserRequest;

import static ru.efs.portfolio.common.Texts.clean;

/**
 * Administrators keep the users. A change of password, role, region or status takes effect on the very next
 * request: it moves the user's credential version, which ends their sessions and voids their cached identities.
 */
@ApplicationScoped
public class UserService {

    public static final Map<String, String> SORTABLE = Map.of(
            "id", "u.id",
            "username", "u.username",
            "fullName", NameOrder.sortable("u.fullName"),
            "role", "u.role",
            "regionCode", "u.region.code");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegionService regions;

    @Inject
    AuthService authService;

    @Inject
    HistoryService history;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    ru.efs.portfolio.subject.SubjectService subjects;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<UserDto> list(Role role, String regionCode, String q, PageRequest page) {
        return ListQuery.of(AppUser.class, "u")
                .equal("u.role", role)
                .equal("u.region.code", regionCode)
                .contains(q, "u.username", "u.fullName", "u.email")
                .fetch(em, page, SORTABLE, UserDto::from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserDto get(long id) {
        return UserDto.from(find(id));
    }

    @Transactional
    public UserDto create(UserRequest request) {
        if (request.password() == null) {
            throw Problem.invalid("password", "user.passwordRequired");
        }
        if (AppUser.findByUsername(request.username()).isPresent()) {
            throw Problem.invalid("username", "user.usernameTaken", request.username());
        }
        passwordPolicy.check(request.username(), request.password());
        AppUser user = new AppUser();
        user.username = request.username().trim();
        apply(user, request);
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.persist();
        return UserDto.from(user);
    }

    @Transactional
    public UserDto update(long id, UserRequest request, Long expectedVersion) {
        AppUser user = find(id);
        Versions.check(user, expectedVersion);
        if (!user.username.equalsIgnoreCase(request.username().trim())) {
            throw Problem.invalid("username", "user.usernameFixed");
        }
        if (user.username.equals(currentUser.username())
                && (request.role() != Role.ADMIN || Boolean.FALSE.equals(request.enabled()))) {
            throw Problem.invalid("role", "user.cannotDemoteSelf");
        }
        Role oldRole = user.role;
        String oldRegion = user.region == null ? null : user.region.code;
        boolean wasEnabled = user.enabled;
        apply(user, request);
        boolean passwordChanged = request.password() != null;
        if (passwordChanged) {
            passwordPolicy.check(user.username, request.password());
            user.passwordHash = BcryptUtil.bcryptHash(request.password());
            user.touch();
        }
        boolean accessChanged = oldRole != user.role || wasEnabled != user.enabled
                || !Objects.equals(oldRegion, user.region == null ? null : user.region.code);
        if (passwordChanged || accessChanged) {
            authService.revoke(user);
        } else {
            authService.forgetUser(user);
        }
        em.flush();
        return UserDto.from(user);
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        AppUser user = find(id);
        Versions.check(user, expectedVersion);
        if (user.username.equals(currentUser.username())) {
            throw Problem.conflict("user.cannotDeleteSelf");
        }
        authService.revokeDeleted(user);
        user.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = history.history(AppUser.class, id, UserDto::from);
        if (entries.isEmpty()) {
            throw Problem.notFound("user.notFound", String.valueOf(id));
        }
        return entries;
    }

    private AppUser find(long id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw Problem.notFound("user.notFound", String.valueOf(id));
        }
        return user;
    }

    private void apply(AppUser user, UserRequest request) {
        Region region = regions.resolve("regionCode", request.regionCode());
        if (request.role() == Role.REGIONAL_COORDINATOR && region == null) {
            throw Problem.invalid("regionCode", "user.regionRequired");
        }
        user.fullName = request.fullName().trim();
        user.email = clean(request.email());
        user.role = request.role();
        user.region = request.role() == Role.REGIONAL_COORDINATOR ? region : null;
        user.enabled = request.enabled() == null || request.enabled();
        user.subject = subjects.resolve("subjectId", request.subjectId());
    }
}
