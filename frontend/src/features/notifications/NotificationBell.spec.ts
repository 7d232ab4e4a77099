import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import NotificationBell from './NotificationBell.vue'
import { bellLabel, refreshUnread, unreadCount } from './unread'
import { reply, resetApi } from '../../testing/fakeApi'
import { locale, register } from '../../i18n'
import { commonMessages } from '../../i18n/common'

register(commonMessages)

async function mountBell() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/', component: { template: '<p/>' } },
    { path: '/notifications', component: { template: '<p/>' } },
  ] })
  await router.push('/')
  return mount(NotificationBell, { global: { plugins: [router] } })
}

describe('NotificationBell', () => {
  beforeEach(() => {
    resetApi()
    locale.value = 'ru'
    unreadCount.value = 0
  })
  afterEach(() => {
    locale.value = 'ru'
  })

  it('shows the unread count the service gives and says it in its label', async () => {
    reply('GET', '/api/v1/notifications/unread-count', { status: 200, body: { unreadCount: 3 } })
    const wrapper = await mountBell()
    await refreshUnread()
    await flushPromises()
    expect(wrapper.find('.bell__count').text()).toBe('3')
    expect(wrapper.attributes('aria-label')).toBe('Уведомления: 3 непрочитанных')
    expect(wrapper.attributes('href')).toBe('/notifications')
  })

  it('shows no number when everything is read', async () => {
    reply('GET', '/api/v1/notifications/unread-count', { status: 200, body: { unreadCount: 0 } })
    const wrapper = await mountBell()
    await refreshUnread()
    await flushPromises()
    expect(wrapper.find('.bell__count').exists()).toBe(false)
    expect(wrapper.attributes('aria-label')).toBe('Уведомления: нет непрочитанных')
  })

  it('keeps the last count when the service cannot be reached', async () => {
    unreadCount.value = 4
    reply('GET', '/api/v1/notifications/unread-count', { status: 503, body: { status: 503, title: 'Недоступно' } })
    await refreshUnread()
    expect(unreadCount.value).toBe(4)
  })

  it('chooses the Russian plural form of the count', async () => {
    await mountBell()
    expect(bellLabel(1)).toBe('Уведомления: 1 непрочитанное')
    expect(bellLabel(2)).toBe('Уведомления: 2 непрочитанных')
    expect(bellLabel(5)).toBe('Уведомления: 5 непрочитанных')
    expect(bellLabel(21)).toBe('Уведомления: 21 непрочитанное')
    expect(bellLabel(24)).toBe('Уведомления: 24 непрочитанных')
    expect(bellLabel(111)).toBe('Уведомления: 111 непрочитанных')
  })

  it('speaks English when the interface does', async () => {
    await mountBell()
    locale.value = 'en'
    expect(bellLabel(1)).toBe('Notifications: 1 unread')
    expect(bellLabel(7)).toBe('Notifications: 7 unread')
  })
})
