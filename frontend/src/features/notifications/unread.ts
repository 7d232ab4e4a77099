import { ref } from 'vue'
import { api, unwrap } from '../../api/client'
import { t, tn } from '../../i18n'

/** The signed-in user's unread notifications, shared by the bell and the notifications page. */
export const unreadCount = ref(0)

/** Asks the service again; a failure keeps the last count (the next poll tries anew). */
export async function refreshUnread(): Promise<void> {
  try {
    const answer = await unwrap(api.GET('/api/v1/notifications/unread-count'))
    unreadCount.value = answer.unreadCount
  } catch {
    /* offline or signed out: keep what we had */
  }
}

/** «Уведомления: 3 непрочитанных», with the plural form of the language (Intl.PluralRules). */
export function bellLabel(count: number): string {
  return count === 0 ? t('notifications.bell.zero') : tn('notifications.bell', count)
}

let timer: ReturnType<typeof setInterval> | null = null

/** Polls modestly (every 30 s, skipping hidden tabs) until stopped. */
export function startPolling(everyMs = 30_000) {
  stopPolling()
  void refreshUnread()
  timer = setInterval(() => {
    if (typeof document === 'undefined' || !document.hidden) void refreshUnread()
  }, everyMs)
}

export function stopPolling() {
  if (timer) clearInterval(timer)
  timer = null
}
