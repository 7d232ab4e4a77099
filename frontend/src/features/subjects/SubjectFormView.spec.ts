import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import SubjectFormView from './SubjectFormView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>page</p>' }

async function mountForm(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/subjects', name: 'subjects', component: stub },
    { path: '/subjects/new', name: 'subject-new', component: SubjectFormView },
    { path: '/subjects/:id', name: 'subject', component: stub, props: true },
    { path: '/subjects/:id/edit', name: 'subject-edit', component: SubjectFormView, props: true },
  ] })
  router.push(path)
  await router.isReady()
  const id = router.currentRoute.value.params.id as string | undefined
  const wrapper = mount(SubjectFormView, { props: id ? { id } : {}, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}

const writes = () => calls.filter((c) => c.method !== 'GET')

function fieldOf(wrapper: ReturnType<typeof mount>, name: string) {
  return wrapper.find(`[name=${name}]`).element.closest('.field') as HTMLElement
}

const subject = (version: number) => ({
  id: 7, name: 'КГАОУ ДПО «Хабаровский краевой институт развития образования»', shortName: 'ХК ИРО',
  type: 'EDUCATION_DEVELOPMENT_INSTITUTE', level: 'REGIONAL', regionCode: '27', regionName: 'Хабаровский край',
  parent: null, website: null, email: null, phone: null, address: null, description: null, version,
})

describe('SubjectFormView', () => {
  beforeEach(() => {
    resetApi()
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    reply('GET', '/api/v1/regions', { status: 200, body: { items: [{ code: '27', name: 'Хабаровский край' }, { code: '22', name: 'Алтайский край' }] } })
    reply('GET', '/api/v1/subjects', { status: 200, body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } })
  })

  it('checks the fields as the person types, before any call', async () => {
    const { wrapper } = await mountForm('/subjects/new')
    await wrapper.find('[name=website]').setValue('khiro.ru')
    await wrapper.find('[name=email]').setValue('нет-почты')
    await wrapper.find('[name=phone]').setValue('abc')
    expect(fieldOf(wrapper, 'website').textContent).toContain('должен начинаться с http:// или https://')
    expect(fieldOf(wrapper, 'email').textContent).toContain('Неверный адрес электронной почты')
    expect(fieldOf(wrapper, 'phone').textContent).toContain('Только цифры')
    // A regional type needs a region: clearing it says so.
    await wrapper.find('[name=type]').setValue('CNPPM')
    await wrapper.find('[name=regionCode]').setValue('')
    expect(fieldOf(wrapper, 'regionCode').textContent).toContain('Укажите регион')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fieldOf(wrapper, 'name').textContent).toContain('Обязательное поле')
    expect(wrapper.find('[name=website]').attributes('aria-invalid')).toBe('true')
    expect(writes()).toHaveLength(0)
  })

  it('creates a subject of the coordinator’s region and shows a server field error next to its field', async () => {
    let first = true
    reply('POST', '/api/v1/subjects', (call) => {
      if (first) {
        first = false
        return problem(400, 'Проверьте поля.', [{ field: 'parentId', message: 'Нет такой организации: 999' }])
      }
      return { status: 201, body: { ...(call.body as object), id: 42, version: 0 } }
    })
    const { wrapper, router } = await mountForm('/subjects/new')
    expect((wrapper.find('[name=regionCode]').element as HTMLSelectElement).value).toBe('27')
    await wrapper.find('[name=name]').setValue('ЦНППМ «Педагог 27»')
    await wrapper.find('[name=type]').setValue('CNPPM')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()[0].body).toEqual({ name: 'ЦНППМ «Педагог 27»', type: 'CNPPM', regionCode: '27' })
    const parentField = fieldOf(wrapper, 'parentId')
    expect(parentField.querySelector('.field__error')?.textContent).toBe('Нет такой организации: 999')
    expect(wrapper.find('[name=parentId]').attributes('aria-invalid')).toBe('true')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/subjects/42')
  })

  it('shows a 403 plainly', async () => {
    reply('POST', '/api/v1/subjects', problem(403, 'Координатор региона 27 может изменять только данные своего региона, а это данные региона 22.'))
    const { wrapper } = await mountForm('/subjects/new')
    await wrapper.find('[name=name]').setValue('Алтайский ИРО')
    await wrapper.find('[name=type]').setValue('EDUCATION_DEVELOPMENT_INSTITUTE')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-testid=problem]')
    expect(alert.text()).toContain('У вас нет прав на это действие.')
    expect(alert.text()).toContain('может изменять только данные своего региона')
  })

  it('on a stale version (412) keeps the typed values and saves again with the fresh version', async () => {
    let version = 3
    reply('GET', '/api/v1/subjects/7', () => ({ status: 200, body: subject(version) }))
    reply('PUT', '/api/v1/subjects/7', (call) => call.headers.get('If-Match') === `"${version}"`
      ? { status: 200, body: { ...subject(version + 1), ...(call.body as object) } }
      : problem(412, 'Запись изменил coordinator27 в 10:15.'))
    const { wrapper, router } = await mountForm('/subjects/7/edit')
    expect((wrapper.find('[name=name]').element as HTMLInputElement).value).toContain('Хабаровский краевой')
    version = 4 // someone else saved meanwhile
    await wrapper.find('[name=shortName]').setValue('ХКИРО')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()[0].headers.get('If-Match')).toBe('"3"')
    const notice = wrapper.find('[data-testid=conflict]')
    expect(notice.text()).toContain('Запись изменил coordinator27')
    await notice.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid=conflict]').exists()).toBe(false)
    expect((wrapper.find('[name=shortName]').element as HTMLInputElement).value).toBe('ХКИРО')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()[1].headers.get('If-Match')).toBe('"4"')
    expect((writes()[1].body as { shortName: string }).shortName).toBe('ХКИРО')
    expect(router.currentRoute.value.fullPath).toBe('/subjects/7')
  })
})
