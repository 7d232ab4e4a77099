import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import DeficitListView from './DeficitListView.vue'
import { reply, resetApi } from '../../testing/fakeApi'
import { formatDate, formatDateTime, register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>stub</p>' }

describe('DeficitListView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    resetApi()
    me.value = { username: 'viewer', role: 'VIEWER' }
  })

  it('shows a session by its calendar day and a deficit\'s last change as a moment', async () => {
    reply('GET', '/api/v1/sessions', { status: 200, body: { items: [
      { id: 4, title: 'Стратегическая сессия в Хабаровске', startDate: '2023-10-10', endDate: '2023-10-11' },
    ] } })
    reply('GET', '/api/v1/deficits', { status: 200, body: { items: [
      { id: 9, title: 'Нехватка наставников', regionCode: '27', regionName: 'Хабаровский край', categoryCodes: [],
        severity: 'HIGH', status: 'OPEN', updatedAt: '2023-10-10T11:05:00Z' },
    ], page: 0, size: 20, totalItems: 1, totalPages: 1 } })
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/deficits', name: 'deficits', component: DeficitListView },
      { path: '/deficits/new', name: 'deficit-new', component: stub },
      { path: '/deficits/:id', name: 'deficit', component: stub },
    ] })
    await router.push('/deficits')
    const wrapper = mount(DeficitListView, { global: { plugins: [router] }, attachTo: document.body })
    await flushPromises()
    const row = wrapper.find('tbody tr')
    expect(row.text()).toContain(formatDateTime('2023-10-10T11:05:00Z'))
    expect(formatDateTime('2023-10-10T11:05:00Z')).toMatch(/^10\.10\.2023, \d\d:05$/)
    expect(wrapper.text()).toContain(`Стратегическая сессия в Хабаровске (${formatDate('2023-10-10')})`)
    expect(formatDate('2023-10-10')).toBe('10 октября 2023 г.')
  })
})
