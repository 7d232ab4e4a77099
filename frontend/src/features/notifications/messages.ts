import type { MessageSet } from '../../i18n'

/** Texts of the bell in the header and of the notifications page. */
export default {
  ru: {
    'notifications.title': 'Уведомления',
    'notifications.lead': 'Что другие изменили в ваших проектах и практиках и что ждёт вашего решения. Новые первыми.',
    'notifications.bell.zero': 'Уведомления: нет непрочитанных',
    'notifications.bell.one': 'Уведомления: {count} непрочитанное',
    'notifications.bell.few': 'Уведомления: {count} непрочитанных',
    'notifications.bell.many': 'Уведомления: {count} непрочитанных',
    'notifications.bell.other': 'Уведомления: {count} непрочитанного',
    'notifications.unreadOnly': 'Только непрочитанные',
    'notifications.readAll': 'Отметить все прочитанными',
    'notifications.markRead': 'Отметить прочитанным',
    'notifications.markReadNamed': 'Отметить прочитанным: «{name}»',
    'notifications.unread': 'Не прочитано',
    'notifications.by': 'Автор изменения: {name}',
    'notifications.empty': 'Уведомлений нет.',
    'notifications.allRead': 'Все уведомления прочитаны.',
  },
  en: {
    'notifications.title': 'Notifications',
    'notifications.lead':
      'What others changed in your projects and practices, and what awaits your decision. Newest first.',
    'notifications.bell.zero': 'Notifications: none unread',
    'notifications.bell.one': 'Notifications: {count} unread',
    'notifications.bell.other': 'Notifications: {count} unread',
    'notifications.unreadOnly': 'Unread only',
    'notifications.readAll': 'Mark all read',
    'notifications.markRead': 'Mark read',
    'notifications.markReadNamed': 'Mark read: “{name}”',
    'notifications.unread': 'Unread',
    'notifications.by': 'Changed by {name}',
    'notifications.empty': 'No notifications.',
    'notifications.allRead': 'All notifications are read.',
  },
} satisfies MessageSet
