import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import NotificationListView from './NotificationListView.vue'
import { unreadCount } from './unread'
import { calls, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'

register(commonMessages)
register(enumMessages)

const item = (id: number, readAt: string | null) => ({
  id, kind: 'PROJECT_REVISION', title: `Проект «Партнерское наставничество ${id}» возвращён на доработку`,
  text: 'Комментарий эксперта: уточните показатели', objectType: 'project', objectId: 8, path: '/projects/8',
  regionCode: '27', actor: 'expert-t', createdAt: '2023-12-07T10:15:00Z', readAt,
})

async function mountPage() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/notifications', component: NotificationListView },
    { path: '/projects/:id', name: 'project', component: { template: '<p>проект</p>' } },
  ] })
  await router.push('/notifications')
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('NotificationListView', () => {
  beforeEach(() => {
    resetApi()
    reply('GET', '/api/v1/notifications', { status: 200, body: {
      items: [item(2, null), item(1, '2023-12-07T11:00:00Z')],
      page: 0, size: 20, totalItems: 2, totalPages: 1, unreadCount: 1,
    } })
    reply('GET', '/api/v1/notifications/unread-count', { status: 200, body: { unreadCount: 0 } })
  })

  it('lists the notifications as the service orders them and marks the unread one', async () => {
    const { wrapper } = await mountPage()
    const rows = wrapper.findAll('.notification')
    expect(rows).toHaveLength(2)
    expect(rows[0].classes()).toContain('notification--unread')
    expect(rows[0].text()).toContain('Не прочитано')
    expect(rows[1].classes()).not.toContain('notification--unread')
    expect(unreadCount.value).toBe(1)
  })

  it('opens the object of a notification and marks it read', async () => {
    reply('POST', '/api/v1/notifications/2/read', { status: 200, body: item(2, '2023-12-07T12:00:00Z') })
    const { wrapper, router } = await mountPage()
    await wrapper.find('.notification__title').trigger('click')
    await flushPromises()
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/2/read')).toBe(true)
    expect(router.currentRoute.value.path).toBe('/projects/8')
    expect(unreadCount.value).toBe(0)
  })

  it('marks all read at once', async () => {
    reply('POST', '/api/v1/notifications/read-all', { status: 200, body: { marked: 1 } })
    const { wrapper } = await mountPage()
    await wrapper.find('button.button--secondary').trigger('click')
    await flushPromises()
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/read-all')).toBe(true)
  })
})
