package ru.efs.portfolio.notification;

import java.util.List;

/** Fired in the transaction that wrote notifications: the letters to send once it commits. */
public record NotificationsWritten(List<Letter> letters) {

    /** One letter: its address, texts in both languages and the path of the object in the app. */
    public record Letter(String to, String titleRu, String titleEn, String textRu, String textEn, String path) {
    }
}
