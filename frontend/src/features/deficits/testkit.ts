import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { reply } from '../../testing/fakeApi'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

/** Test helpers shared by the deficit and practice specs: reference data, a signed-in user, a mounted route. */
export function referenceData() {
  reply('GET', '/api/v1/regions', { status: 200, body: { items: [{ code: '27', name: 'Хабаровский край' }, { code: '22', name: 'Алтайский край' }], page: 0, size: 100, totalItems: 2, totalPages: 1 } })
  reply('GET', '/api/v1/categories', { status: 200, body: { items: [
    { code: 'personnel', name: 'Кадры и профессиональное развитие', parentCode: null },
    { code: 'mentoring', name: 'Наставничество', parentCode: 'personnel' },
    { code: 'young-teachers', name: 'Молодые педагоги и закрепление кадров', parentCode: 'personnel' },
  ], page: 0, size: 100, totalItems: 3, totalPages: 1 } })
  reply('GET', '/api/v1/sessions', { status: 200, body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } })
  reply('GET', '/api/v1/subjects', { status: 200, body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } })
  reply('GET', '/api/v1/projects', { status: 200, body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } })
}

export function signIn(role: 'ADMIN' | 'REGIONAL_COORDINATOR' | 'EXPERT' | 'VIEWER' = 'REGIONAL_COORDINATOR', regionCode: string | null = '27') {
  me.value = { username: 'u', fullName: 'U', role, regionCode, csrfToken: 'tok' } as typeof me.value
}

const stub = { template: '<p>page</p>' }

export async function mountAt(component: Component, path: string, routePath: string, name: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: routePath, name, component, props: true },
    { path: '/deficits', name: 'deficits', component: stub },
    { path: '/deficits/:id', name: 'deficit', component: stub },
    { path: '/practices', name: 'practices', component: stub },
    { path: '/practices/:id', name: 'practice', component: stub },
    { path: '/projects/:id', name: 'project', component: stub },
    { path: '/regions/:code', name: 'region', component: stub },
    { path: '/subjects/:id', name: 'subject', component: stub },
    { path: '/sessions/:id', name: 'session', component: stub },
  ] })
  router.push(path)
  await router.isReady()
  const wrapper = mount(router.currentRoute.value.matched[0].components!.default as Component, {
    props: router.currentRoute.value.params as Record<string, string>,
    global: { plugins: [router] }, attachTo: document.body,
  })
  await flushPromises()
  return { router, wrapper }
}
