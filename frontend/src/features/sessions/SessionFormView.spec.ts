import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import SessionFormView from './SessionFormView.vue'
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
    { path: '/sessions', name: 'sessions', component: stub },
    { path: '/sessions/new', name: 'session-new', component: SessionFormView },
    { path: '/sessions/:id', name: 'session', component: stub, props: true },
    { path: '/sessions/:id/edit', name: 'session-edit', component: SessionFormView, props: true },
  ] })
  router.push(path)
  await router.isReady()
  const id = router.currentRoute.value.params.id as string | undefined
  const wrapper = mount(SessionFormView, { props: id ? { id } : {}, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}

const writes = () => calls.filter((c) => c.method !== 'GET')
type Wrapper = Awaited<ReturnType<typeof mountForm>>['wrapper']
const fieldOf = (wrapper: Wrapper, name: string) => wrapper.find(`[name="${name}"]`).element.closest('.field') as HTMLElement

const session = (version: number) => ({
  id: 1, title: 'Развитие региональной управленческой и методической инфраструктуры ЕФС в Хабаровском крае', number: 6,
  format: 'REGIONAL', hostRegionCode: '27', hostRegionName: 'Хабаровский край', city: 'Хабаровск', venue: null,
  startDate: '2023-10-10', endDate: '2023-10-11', status: 'COMPLETED', allowedTransitions: [], seriesId: 1,
  participantCount: null, goals: null, summary: null, participantTypes: ['CNPPM'], organizerIds: [2], subjectIds: [7],
  regionCodes: ['27'], people: [{ personId: 1, fullName: 'Кочешкова И. Ю.', role: 'LEAD_EXPERT' }], version,
})

async function fillRequired(wrapper: Wrapper) {
  await wrapper.find('[name=title]').setValue('Стратегическая сессия «Кадры для школ Приамурья» (тест)')
  await wrapper.find('[name=format]').setValue('REGIONAL')
  await wrapper.find('[name=startDate]').setValue('2024-03-12')
  await wrapper.find('[name=endDate]').setValue('2024-03-13')
}

describe('SessionFormView', () => {
  beforeEach(() => {
    resetApi()
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    reply('GET', '/api/v1/regions', { status: 200, body: { items: [{ code: '27', name: 'Хабаровский край' }, { code: '22', name: 'Алтайский край' }] } })
    reply('GET', '/api/v1/session-series', { status: 200, body: { items: [{ id: 1, title: 'Сессии ДФО', year: 2023 }] } })
    reply('GET', '/api/v1/subjects', { status: 200, body: { items: [{ id: 2, shortName: 'Академия Минпросвещения России' }, { id: 7, shortName: 'ХК ИРО', regionName: 'Хабаровский край' }] } })
    reply('GET', '/api/v1/people', { status: 200, body: { items: [{ id: 1, fullName: 'Кочешкова И. Ю.', subjectName: 'АлтГПУ' }] } })
  })

  it('checks dates, numbers and required fields as the person types, before any call', async () => {
    const { wrapper } = await mountForm('/sessions/new')
    await wrapper.find('[name=startDate]').setValue('2023-10-11')
    await wrapper.find('[name=endDate]').setValue('2023-10-10')
    expect(fieldOf(wrapper, 'endDate').textContent).toContain('Окончание не может быть раньше начала')
    await wrapper.find('[name=endDate]').setValue('2023-11-30')
    expect(fieldOf(wrapper, 'endDate').textContent).toContain('не больше 31 дня')
    await wrapper.find('[name=number]').setValue('0')
    expect(fieldOf(wrapper, 'number').textContent).toContain('от 1 до 1000')
    await wrapper.find('[name=format]').setValue('INTERREGIONAL')
    await wrapper.find('[name=hostRegionCode]').setValue('')
    expect(fieldOf(wrapper, 'hostRegionCode').textContent).toContain('Укажите регион проведения')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fieldOf(wrapper, 'title').textContent).toContain('Обязательное поле')
    expect(writes()).toHaveLength(0)
  })

  it('sends every chosen field and shows the server’s field error next to its field', async () => {
    reply('POST', '/api/v1/sessions', problem(400, 'Проверьте поля.', [
      { field: 'startDate', message: 'Сессия со статусом «Проведена» не может начинаться в будущем' },
    ]))
    const { wrapper } = await mountForm('/sessions/new')
    expect((wrapper.find('[name=hostRegionCode]').element as HTMLSelectElement).value).toBe('27')
    await fillRequired(wrapper)
    await wrapper.find('[name=status]').setValue('HELD')
    await wrapper.find('[name=seriesId]').setValue('1')
    await wrapper.find('[name=regionCodes]').setValue('22')
    await wrapper.findAll('button').find((b) => b.text().includes('Добавить') && b.text().includes('Регионы-участники'))!.trigger('click')
    await wrapper.find('input[type=checkbox][value=CNPPM]').setValue(true)
    await wrapper.findAll('button').find((b) => b.text() === 'Добавить человека')!.trigger('click')
    await wrapper.find('[name="people[0].personId"]').setValue('1')
    await wrapper.find('[name="people[0].role"]').setValue('LEAD_EXPERT')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()[0].body).toMatchObject({
      title: 'Стратегическая сессия «Кадры для школ Приамурья» (тест)', format: 'REGIONAL', hostRegionCode: '27',
      startDate: '2024-03-12', endDate: '2024-03-13', status: 'HELD', seriesId: 1, regionCodes: ['22'],
      participantTypes: ['CNPPM'], people: [{ personId: 1, role: 'LEAD_EXPERT' }],
    })
    expect(fieldOf(wrapper, 'startDate').querySelector('.field__error')?.textContent).toBe('Сессия со статусом «Проведена» не может начинаться в будущем')
    expect(wrapper.find('[name=startDate]').attributes('aria-invalid')).toBe('true')
  })

  it('shows a 403 plainly', async () => {
    reply('POST', '/api/v1/sessions', problem(403, 'Координатор региона 27 может изменять только данные своего региона, а это данные региона 22.'))
    const { wrapper } = await mountForm('/sessions/new')
    await fillRequired(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-testid=problem]')
    expect(alert.text()).toContain('У вас нет прав на это действие.')
    expect(alert.text()).toContain('только данные своего региона')
  })

  it('on a stale version (412) keeps the typed values and saves again with the fresh version', async () => {
    let version = 0
    reply('GET', '/api/v1/sessions/1', () => ({ status: 200, body: session(version) }))
    reply('PUT', '/api/v1/sessions/1', (call) => call.headers.get('If-Match') === `"${version}"`
      ? { status: 200, body: session(version + 1) }
      : problem(412, 'Сессию изменил expert 22.11.2026 в 10:15.'))
    const { wrapper, router } = await mountForm('/sessions/1/edit')
    expect((wrapper.find('[name=city]').element as HTMLInputElement).value).toBe('Хабаровск')
    expect(wrapper.find('[name=status]').exists()).toBe(false)
    version = 1
    await wrapper.find('[name=summary]').setValue('Команды предложили пять проектных решений.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()[0].headers.get('If-Match')).toBe('"0"')
    expect(writes()[0].body).toMatchObject({ organizerIds: [2], subjectIds: [7], regionCodes: [], people: [{ personId: 1, role: 'LEAD_EXPERT' }] })
    expect((writes()[0].body as Record<string, unknown>).status).toBeUndefined()
    const notice = wrapper.find('[data-testid=conflict]')
    expect(notice.text()).toContain('Сессию изменил expert')
    await notice.find('button').trigger('click')
    await flushPromises()
    expect((wrapper.find('[name=summary]').element as HTMLTextAreaElement).value).toBe('Команды предложили пять проектных решений.')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()[1].headers.get('If-Match')).toBe('"1"')
    expect((writes()[1].body as { summary: string }).summary).toBe('Команды предложили пять проектных решений.')
    expect(router.currentRoute.value.fullPath).toBe('/sessions/1')
  })
})
