package ru.efs.portfolio.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import ru.efs.portfolio.security.AppUser;

/**
 * What one person should know of another's change: its texts in both languages as they were when it was made, the
 * object it is about (and the path the app opens) and when the person read it. A message, not data with a history.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    public AppUser recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    @Column(name = "title_ru", nullable = false)
    public String titleRu;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "text_ru")
    public String textRu;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false)
    public long objectId;

    @Column(name = "object_path", nullable = false)
    public String objectPath;

    @Column(name = "region_code")
    public String regionCode;

    /** Who made the change (a username). */
    public String actor;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleRu;
    }

    public String text(Locale locale) {
        return english(locale) ? textEn : textRu;
    }

    private static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
