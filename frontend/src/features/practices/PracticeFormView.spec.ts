import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import PracticeFormView from './PracticeFormView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { mountAt, referenceData, signIn } from '../deficits/testkit'

type W = Awaited<ReturnType<typeof mountAt>>['wrapper']

const errorOf = (wrapper: W, name: string) =>
  (wrapper.find(`[name=${name}]`).element.closest('.field') as HTMLElement).querySelector('.field__error')?.textContent

async function fillValid(wrapper: W) {
  await wrapper.find('input[name=title]').setValue('Партнерское наставничество')
  await wrapper.find('textarea[name=summary]').setValue('Пары наставников из школы и вуза сопровождают молодых педагогов.')
  await wrapper.find('input[type=checkbox][value=mentoring]').setValue(true)
  await wrapper.find('select[name=maturity]').setValue('ESTABLISHED')
}

const practice = (version: number) => ({
  id: 8, title: 'Партнерское наставничество', summary: 'Кратко', regionCode: '27', regionName: 'Хабаровский край',
  categoryCodes: ['mentoring'], maturity: 'ESTABLISHED', status: 'DRAFT', yearsInOperation: 2, version,
})

describe('PracticeFormView', () => {
  beforeEach(() => {
    resetApi()
    referenceData()
    signIn('REGIONAL_COORDINATOR', '27')
  })

  it('checks fields as the person types, before any call', async () => {
    const { wrapper } = await mountAt(PracticeFormView, '/practices/new', '/practices/new', 'practice-new')
    await wrapper.find('input[name=yearsInOperation]').setValue('150')
    expect(errorOf(wrapper, 'yearsInOperation')).toBe('От 0 до 100 лет')
    await wrapper.find('input[name=yearsInOperation]').setValue('7')
    expect(errorOf(wrapper, 'yearsInOperation')).toBeUndefined()
    await wrapper.find('textarea[name=summary]').setValue('x')
    await wrapper.find('textarea[name=summary]').setValue('')
    expect(errorOf(wrapper, 'summary')).toBe('Обязательное поле')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, 'title')).toBe('Обязательное поле')
    expect(errorOf(wrapper, 'maturity')).toBe('Обязательное поле')
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0)
  })

  it('creates a practice of the coordinator’s region and opens it', async () => {
    reply('POST', '/api/v1/practices', (call) => ({ status: 201, body: { ...practice(0), ...(call.body as object), id: 31 } }))
    const { wrapper, router } = await mountAt(PracticeFormView, '/practices/new', '/practices/new', 'practice-new')
    await fillValid(wrapper)
    await wrapper.find('input[name=yearsInOperation]').setValue('3')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      title: 'Партнерское наставничество', regionCode: '27', categoryCodes: ['mentoring'], maturity: 'ESTABLISHED', yearsInOperation: 3,
    })
    expect(router.currentRoute.value.fullPath).toBe('/practices/31')
  })

  it('shows the server’s field error next to the field', async () => {
    reply('POST', '/api/v1/practices', problem(400, 'Проверьте поля запроса.', [{ field: 'summary', message: 'Краткое описание слишком общее' }]))
    const { wrapper } = await mountAt(PracticeFormView, '/practices/new', '/practices/new', 'practice-new')
    await fillValid(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(errorOf(wrapper, 'summary')).toBe('Краткое описание слишком общее')
  })

  it('keeps the typed values after a 412 and saves again with the fresh version', async () => {
    let version = 1
    reply('GET', '/api/v1/practices/8', () => ({ status: 200, body: practice(version) }))
    reply('PUT', '/api/v1/practices/8', (call) => call.headers.get('If-Match') === '"2"'
      ? { status: 200, body: { ...practice(3), ...(call.body as object) } }
      : problem(412, 'Практику изменил demo-admin, пока вы её редактировали.'))
    const { wrapper, router } = await mountAt(PracticeFormView, '/practices/8/edit', '/practices/:id/edit', 'practice-edit')
    await wrapper.find('textarea[name=results]').setValue('87 % молодых педагогов остались в школах')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid=conflict]').text()).toContain('Практику изменил demo-admin')

    version = 2
    await wrapper.find('[data-testid=conflict] button').trigger('click')
    await flushPromises()
    expect((wrapper.find('textarea[name=results]').element as HTMLTextAreaElement).value).toBe('87 % молодых педагогов остались в школах')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const puts = calls.filter((c) => c.method === 'PUT')
    expect(puts[1].headers.get('If-Match')).toBe('"2"')
    expect(puts[1].body).toMatchObject({ results: '87 % молодых педагогов остались в школах', version: 2 })
    expect(router.currentRoute.value.fullPath).toBe('/practices/8')
  })

  it('shows a refusal (403) plainly', async () => {
    reply('POST', '/api/v1/practices', problem(403, 'Координатор создаёт практики только своего региона.'))
    const { wrapper } = await mountAt(PracticeFormView, '/practices/new', '/practices/new', 'practice-new')
    await fillValid(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid=problem]').text()).toContain('Координатор создаёт практики только своего региона.')
  })
})
