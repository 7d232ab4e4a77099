import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import LoginView from './LoginView.vue'
import { calls, problem, reply, resetApi } from '../testing/fakeApi'
import { register } from '../i18n'
import { commonMessages } from '../i18n/common'
import { me } from '../auth/session'

register(commonMessages)

function mountLogin() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/login', component: LoginView }, { path: '/', component: { template: '<p>home</p>' } },
  ] })
  router.push('/login')
  return router.isReady().then(() => ({ router, wrapper: mount(LoginView, { global: { plugins: [router] }, attachTo: document.body }) }))
}

describe('LoginView', () => {
  beforeEach(() => {
    resetApi()
    me.value = null
  })

  it('says plainly that the login or password is wrong', async () => {
    reply('POST', '/api/v1/auth/login', problem(401, 'Неверный логин или пароль.'))
    const { wrapper } = await mountLogin()
    await wrapper.find('input[name=username]').setValue('coordinator27')
    await wrapper.find('input[name=password]').setValue('nope')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role=alert]').text()).toBe('Неверный логин или пароль.')
    expect(me.value).toBeNull()
  })

  it('says when to try again after too many failed sign-ins', async () => {
    reply('POST', '/api/v1/auth/login',
      problem(429, 'Слишком много неудачных попыток входа. Повторите через 8 с.'))
    const { wrapper } = await mountLogin()
    await wrapper.find('input[name=username]').setValue('coordinator27')
    await wrapper.find('input[name=password]').setValue('Khabarovsk-27!')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role=alert]').text()).toBe('Слишком много неудачных попыток входа. Повторите через 8 с.')
    expect(me.value).toBeNull()
  })

  it('signs in, keeps the CSRF token for changing calls and goes home', async () => {
    reply('POST', '/api/v1/auth/login', { status: 200, body: { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27', csrfToken: 'tok' } })
    reply('POST', '/api/v1/auth/logout', { status: 204 })
    const { wrapper, router } = await mountLogin()
    await wrapper.find('input[name=username]').setValue(' coordinator27 ')
    await wrapper.find('input[name=password]').setValue('Khabarovsk-27!')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(calls[0].body).toEqual({ username: 'coordinator27', password: 'Khabarovsk-27!' })
    expect(me.value?.regionCode).toBe('27')
    expect(router.currentRoute.value.path).toBe('/')
    const { logout } = await import('../auth/session')
    await logout()
    expect(calls[1].headers.get('X-CSRF-Token')).toBe('tok')
  })

  it('asks for both fields before calling the service', async () => {
    const { wrapper } = await mountLogin()
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[role=alert]').text()).toBe('Обязательное поле')
    expect(calls).toHaveLength(0)
  })
})
