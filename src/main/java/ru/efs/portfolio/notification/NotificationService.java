package ru.efs.portfolio.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.efs.portfolio.common.ListQuery;
import ru.efs.portfolio.common.Messages;
import ru.efs.portfolio.common.PageRequest;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.notification.NotificationDtos.NotificationDto;
import ru.efs.portfolio.notification.NotificationDtos.NotificationPage;
import ru.efs.portfolio.security.Account;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.security.CurrentUser;
import ru.efs.portfolio.security.Role;

/**
 * Who hears of a change, and one's own notifications. Features call it from the transaction that makes the change,
 * with plain data ({@link Notice}), so a notification is written with the change or not at all; the one who acted
 * never hears of their own action. Letters go after the commit ({@link NotificationMailer}).
 */
@ApplicationScoped
public class NotificationService {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "n.createdAt");

    private static final int TITLE_MAX = 500;
    private static final int TEXT_MAX = 4000;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<NotificationsWritten> written;

    /** The enabled coordinators of the region hear of it. */
    public void toRegionCoordinators(String regionCode, Notice notice) {
        if (regionCode == null) {
            return;
        }
        send(notice, em.createQuery("select u from AppUser u where u.role = :role and u.region.code = :region "
                + "and u.enabled = true", AppUser.class)
                .setParameter("role", Role.REGIONAL_COORDINATOR).setParameter("region", regionCode)
                .getResultList());
    }

    /** Every enabled expert hears of it, but those of the organisations given (they may not judge the object). */
    public void toExperts(Collection<Long> exceptSubjectIds, Notice notice) {
        List<AppUser> experts = em.createQuery("select u from AppUser u left join fetch u.subject "
                + "where u.role = :role and u.enabled = true", AppUser.class)
                .setParameter("role", Role.EXPERT).getResultList();
        send(notice, experts.stream()
                .filter(u -> u.subject == null || !exceptSubjectIds.contains(u.subject.id)).toList());
    }

    /** The one user hears of it (when the account still exists and is enabled). */
    public void toUser(Long userId, Notice notice) {
        if (userId == null) {
            return;
        }
        AppUser user = AppUser.findById(userId);
        if (user != null && user.enabled) {
            send(notice, List.of(user));
        }
    }

    private void send(Notice notice, List<AppUser> recipients) {
        Long actorId = currentUser.account().map(Account::userId).orElse(null);
        String actor = currentUser.username();
        String titleRu = limit(render(Messages.RUSSIAN, notice, "title"), TITLE_MAX);
        String titleEn = limit(render(Locale.ENGLISH, notice, "title"), TITLE_MAX);
        String textRu = limit(render(Messages.RUSSIAN, notice, "text"), TEXT_MAX);
        String textEn = limit(render(Locale.ENGLISH, notice, "text"), TEXT_MAX);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<NotificationsWritten.Letter> letters = new ArrayList<>();
        for (AppUser recipient : recipients) {
            if (recipient.id.equals(actorId)) {
                continue;
            }
            Notification n = new Notification();
            n.recipient = recipient;
            n.kind = notice.kind();
            n.titleRu = titleRu;
            n.titleEn = titleEn;
            n.textRu = textRu;
            n.textEn = textEn;
            n.objectType = notice.objectType();
            n.objectId = notice.objectId();
            n.objectPath = notice.path();
            n.regionCode = notice.regionCode();
            n.actor = actor;
            n.createdAt = now;
            n.persist();
            if (recipient.email != null && !recipient.email.isBlank()) {
                letters.add(new NotificationsWritten.Letter(recipient.email, titleRu, titleEn, textRu, textEn,
                        notice.path()));
            }
        }
        if (!letters.isEmpty()) {
            written.fire(new NotificationsWritten(letters));
        }
    }

    /** One's own notifications, newest first, with the number still unread. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage list(PageRequest page, Boolean unreadOnly, Locale locale) {
        long me = me();
        ListQuery<Notification> query = ListQuery.of(Notification.class, "n").equal("n.recipient.id", me)
                .where("(n.readAt is null and :unreadOnly = true)", "unreadOnly",
                        Boolean.TRUE.equals(unreadOnly) ? Boolean.TRUE : null);
        var result = query.fetch(em, page, SORTABLE, n -> NotificationDto.from(n, locale));
        return new NotificationPage(result.items(), result.page(), result.size(), result.totalItems(),
                result.totalPages(), unreadCount());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount() {
        return em.createQuery("select count(n) from Notification n where n.recipient.id = :me and n.readAt is null",
                Long.class).setParameter("me", me()).getSingleResult();
    }

    /** Marks one's own notification read; another's is as good as absent (404). Reading twice keeps the first time. */
    @Transactional
    public NotificationDto read(long id, Locale locale) {
        Notification n = Notification.findById(id);
        if (n == null || n.recipient.id != me()) {
            throw Problem.notFound("notification.notFound", String.valueOf(id));
        }
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return NotificationDto.from(n, locale);
    }

    /** Marks all one's own notifications read; answers how many were unread. */
    @Transactional
    public int readAll() {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient.id = :me "
                + "and n.readAt is null").setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("me", me()).executeUpdate();
    }

    private long me() {
        return currentUser.account().orElseThrow(() -> Problem.forbidden("problem.forbidden.role")).userId();
    }

    private static String render(Locale locale, Notice notice, String part) {
        String key = "notification." + notice.kind().name() + "." + part;
        Object[] args = notice.args().stream().map(a -> a == null ? "—" : a).toArray();
        String text = Messages.text(locale, key, args);
        return text.equals(key) ? null : text;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
