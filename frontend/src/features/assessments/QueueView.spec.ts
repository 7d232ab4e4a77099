import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import QueueView from './QueueView.vue'
import { calls, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>stub</p>' }

describe('QueueView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    resetApi()
    me.value = { username: 'expert', role: 'EXPERT' }
  })

  it('shows only the projects I curate when «Мои» is chosen, and says whose they are', async () => {
    reply('GET', '/api/v1/regions', { status: 200, body: { items: [] } })
    reply('GET', '/api/v1/assessments/queue', (call) => ({ status: 200, body: {
      items: call.query.get('assignedToMe') === 'true' ? [] : [
        { projectId: 5, title: 'Партнерское наставничество', regionCode: '27', stage: 'PRE_DEFENSE', portfolioId: 3,
          updatedAt: '2023-12-01T08:00:00Z' },
      ],
      page: 0, size: 20, totalItems: 0, totalPages: 0,
    } }))
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/assessments', name: 'queue', component: QueueView },
      { path: '/projects/:id', name: 'project', component: stub },
      { path: '/projects/:id/assess', name: 'assess', component: stub },
    ] })
    await router.push('/assessments')
    const wrapper = mount(QueueView, { global: { plugins: [router] }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.text()).toContain('Партнерское наставничество')

    await wrapper.find('select[name=assignedToMe]').setValue('true')
    await flushPromises()
    expect(router.currentRoute.value.query.assignedToMe).toBe('true')
    expect(calls.filter((c) => c.path === '/api/v1/assessments/queue').at(-1)?.query.get('assignedToMe')).toBe('true')
    expect(wrapper.text()).toContain('Проектов, где вы куратор, в очереди нет.')
    expect(wrapper.text()).toContain('куратором которых указан человек с вашим адресом электронной почты')
  })
})
