import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import DeficitFormView from './DeficitFormView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { mountAt, referenceData, signIn } from './testkit'

type W = Awaited<ReturnType<typeof mountAt>>['wrapper']

function fieldOf(wrapper: W, name: string) {
  return wrapper.find(`[name=${name}]`).element.closest('.field') as HTMLElement
}

async function fillValid(wrapper: W, title = 'Нехватка наставников в сельских школах') {
  await wrapper.find('input[name=title]').setValue(title)
  await wrapper.find('input[type=checkbox][value=mentoring]').setValue(true)
  await wrapper.find('select[name=severity]').setValue('HIGH')
}

const deficit = (version: number, title = 'Отток молодых педагогов') => ({
  id: 5, title, description: 'Описание', regionCode: '27', regionName: 'Хабаровский край', categoryCodes: ['mentoring'],
  categories: [{ code: 'mentoring', name: 'Наставничество' }], severity: 'HIGH', status: 'OPEN', version,
})

describe('DeficitFormView', () => {
  beforeEach(() => {
    resetApi()
    referenceData()
    signIn('REGIONAL_COORDINATOR', '27')
  })

  it('checks the title as the person types, before any call', async () => {
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/new', '/deficits/new', 'deficit-new')
    await wrapper.find('input[name=title]').setValue('Дефицит')
    expect(fieldOf(wrapper, 'title').querySelector('.field__error')).toBeNull()
    await wrapper.find('input[name=title]').setValue('   ')
    expect(fieldOf(wrapper, 'title').querySelector('.field__error')?.textContent).toBe('Обязательное поле')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid=category-picker] .field__error').text()).toBe('Обязательное поле')
    expect(fieldOf(wrapper, 'severity').querySelector('.field__error')?.textContent).toBe('Обязательное поле')
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0)
  })

  it('fixes the region to the coordinator’s own and sends a complete request', async () => {
    reply('POST', '/api/v1/deficits', (call) => ({ status: 201, body: { ...deficit(0), ...(call.body as object), id: 42 } }))
    const { wrapper, router } = await mountAt(DeficitFormView, '/deficits/new?regionCode=22&sessionId=7', '/deficits/new', 'deficit-new')
    const region = wrapper.find('select[name=regionCode]').element as HTMLSelectElement
    expect(region.value).toBe('27')
    expect(region.disabled).toBe(true)
    await fillValid(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({ title: 'Нехватка наставников в сельских школах', regionCode: '27', categoryCodes: ['mentoring'], severity: 'HIGH', sessionId: 7 })
    expect(router.currentRoute.value.fullPath).toBe('/deficits/42')
  })

  it('shows the server’s field error next to the field', async () => {
    reply('POST', '/api/v1/deficits', problem(400, 'Проверьте поля запроса.', [{ field: 'title', message: 'Такой дефицит в регионе уже есть' }]))
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/new', '/deficits/new', 'deficit-new')
    await fillValid(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(fieldOf(wrapper, 'title').querySelector('.field__error')?.textContent).toBe('Такой дефицит в регионе уже есть')
    expect(wrapper.find('input[name=title]').attributes('aria-invalid')).toBe('true')
  })

  it('keeps the typed values after a 412 and saves again with the fresh version', async () => {
    let version = 3
    reply('GET', '/api/v1/deficits/5', () => ({ status: 200, body: deficit(version, version === 3 ? 'Отток молодых педагогов' : 'Чужая правка') }))
    reply('PUT', '/api/v1/deficits/5', (call) => call.headers.get('If-Match') === '"4"'
      ? { status: 200, body: { ...deficit(5), ...(call.body as object) } }
      : problem(412, 'Дефицит изменил coordinator27, пока вы его редактировали.'))
    const { wrapper, router } = await mountAt(DeficitFormView, '/deficits/5/edit', '/deficits/:id/edit', 'deficit-edit')
    expect((wrapper.find('input[name=title]').element as HTMLInputElement).value).toBe('Отток молодых педагогов')

    await wrapper.find('input[name=title]').setValue('Моя правка названия')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid=conflict]').text()).toContain('Дефицит изменил coordinator27')
    expect((wrapper.find('input[name=title]').element as HTMLInputElement).value).toBe('Моя правка названия')

    version = 4
    await wrapper.find('[data-testid=conflict] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid=conflict]').exists()).toBe(false)
    expect((wrapper.find('input[name=title]').element as HTMLInputElement).value).toBe('Моя правка названия')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const puts = calls.filter((c) => c.method === 'PUT')
    expect(puts).toHaveLength(2)
    expect(puts[1].headers.get('If-Match')).toBe('"4"')
    expect(puts[1].body).toMatchObject({ title: 'Моя правка названия', version: 4 })
    expect(router.currentRoute.value.fullPath).toBe('/deficits/5')
  })

  it('shows a refusal (403) plainly', async () => {
    reply('POST', '/api/v1/deficits', problem(403, 'Координатор вносит дефициты только своего региона.'))
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/new', '/deficits/new', 'deficit-new')
    await fillValid(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-testid=problem]')
    expect(alert.text()).toContain('У вас нет прав на это действие.')
    expect(alert.text()).toContain('Координатор вносит дефициты только своего региона.')
  })

  it('does not open the form for a viewer and says why', async () => {
    signIn('VIEWER', null)
    reply('GET', '/api/v1/deficits/5', { status: 200, body: deficit(3) })
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/5/edit', '/deficits/:id/edit', 'deficit-edit')
    expect(wrapper.find('form').exists()).toBe(false)
    const gate = wrapper.find('[data-testid=write-refused]')
    expect(gate.text()).toContain('наблюдатель видит все данные, но не изменяет их')
    expect(gate.find('a').attributes('href')).toBe('/deficits/5')
  })

  it('does not open another region’s deficit for a coordinator, naming both regions', async () => {
    signIn('REGIONAL_COORDINATOR', '22')
    reply('GET', '/api/v1/deficits/5', { status: 200, body: deficit(3) })
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/5/edit', '/deficits/:id/edit', 'deficit-edit')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('[data-testid=write-refused]').text())
      .toContain('Вы координатор региона «Алтайский край» и изменяете данные только своего региона, а это данные региона «Хабаровский край».')
  })

  it('opens its own region’s deficit for the coordinator', async () => {
    reply('GET', '/api/v1/deficits/5', { status: 200, body: deficit(3) })
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/5/edit', '/deficits/:id/edit', 'deficit-edit')
    expect(wrapper.find('[data-testid=write-refused]').exists()).toBe(false)
    expect((wrapper.find('input[name=title]').element as HTMLInputElement).value).toBe('Отток молодых педагогов')
  })

  it('does not open a new deficit’s form for an expert', async () => {
    signIn('EXPERT', null)
    const { wrapper } = await mountAt(DeficitFormView, '/deficits/new', '/deficits/new', 'deficit-new')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.find('[data-testid=write-refused]').text()).toContain('эксперт оценивает проекты')
  })
})
