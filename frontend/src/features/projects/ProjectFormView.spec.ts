import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ProjectFormView from './ProjectFormView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>stub</p>' }

async function mountForm(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/projects', name: 'projects', component: stub },
    { path: '/projects/new', name: 'project-new', component: ProjectFormView },
    { path: '/projects/:id', name: 'project', component: stub, props: true },
    { path: '/projects/:id/edit', name: 'project-edit', component: ProjectFormView, props: true },
  ] })
  await router.push(path)
  await router.isReady()
  const id = router.currentRoute.value.params.id as string | undefined
  const wrapper = mount(ProjectFormView, { props: id ? { id } : {}, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const project = (version: number) => ({
  id: 17, title: 'Партнерское наставничество', goal: 'Цель', description: 'Описание', expectedResults: 'Итоги',
  indicators: [{ name: 'Число наставников', unit: 'чел.', baseline: 40, target: 250 }],
  startDate: '2024-02-01', endDate: '2024-12-25', portfolioId: 1, regionCode: '27', regionName: 'Хабаровский край', year: 2023,
  leadSubject: { id: 8, title: 'ЦНППМ' }, partners: [], deficits: [{ id: 1, title: 'Отток молодых педагогов', regionCode: '27', external: false }],
  practices: [], session: null, curator: null, stage: 'REFINEMENT', nextStages: ['PRE_DEFENSE'], version,
})

function lookups() {
  reply('GET', '/api/v1/regions', { status: 200, body: { items: [{ code: '27', name: 'Хабаровский край' }, { code: '22', name: 'Алтайский край' }] } })
  reply('GET', '/api/v1/portfolios', { status: 200, body: { items: [{ id: 1, regionCode: '27', regionName: 'Хабаровский край', year: 2023, status: 'FORMED' }] } })
  reply('GET', '/api/v1/subjects', { status: 200, body: { items: [{ id: 8, name: 'ЦНППМ Хабаровского края', shortName: 'ЦНППМ', regionCode: '27' }] } })
  reply('GET', '/api/v1/sessions', { status: 200, body: { items: [] } })
}

const input = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.find(`[name="${name}"]`)
const writes = () => calls.filter((c) => c.method !== 'GET')

describe('ProjectFormView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    resetApi()
    lookups()
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27', csrfToken: 't' }
  })

  it('fixes a coordinator\'s region and picks the only open portfolio', async () => {
    const { wrapper } = await mountForm('/projects/new')
    const selects = wrapper.findAll('select')
    expect((selects[0].element as HTMLSelectElement).value).toBe('27')
    expect(selects[0].attributes('disabled')).toBeDefined()
    expect((selects[1].element as HTMLSelectElement).value).toBe('1')
  })

  it('checks as the person types, before any call', async () => {
    const { wrapper } = await mountForm('/projects/new')
    await input(wrapper, 'title').setValue('Черновик')
    await input(wrapper, 'title').setValue('')
    expect(wrapper.text()).toContain('Обязательное поле')
    await input(wrapper, 'startDate').setValue('2024-05-01')
    await input(wrapper, 'endDate').setValue('2024-01-01')
    expect(wrapper.text()).toContain('Окончание не раньше начала')
    expect(input(wrapper, 'endDate').attributes('aria-invalid')).toBe('true')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(writes()).toHaveLength(0)
  })

  it('adds and removes indicator rows, checking each row as it is typed', async () => {
    const { wrapper } = await mountForm('/projects/new')
    const add = wrapper.findAll('button').find((b) => b.text().includes('Добавить показатель'))!
    await add.trigger('click')
    await add.trigger('click')
    expect(wrapper.findAll('[data-testid=indicator-row]')).toHaveLength(2)
    await input(wrapper, 'indicators[0].name').setValue('Доля')
    await input(wrapper, 'indicators[0].name').setValue('')
    await input(wrapper, 'indicators[0].target').setValue('сто')
    const row = wrapper.findAll('[data-testid=indicator-row]')[0]
    expect(row.text()).toContain('Обязательное поле')
    expect(row.text()).toContain('Введите число')
    expect(wrapper.findAll('[data-testid=indicator-row]')[1].text()).not.toContain('Обязательное поле')
    await wrapper.findAll('button').find((b) => b.text() === 'Удалить показатель 2')!.trigger('click')
    expect(wrapper.findAll('[data-testid=indicator-row]')).toHaveLength(1)
    expect(writes()).toHaveLength(0)
  })

  it('sends the whole passport and shows the service\'s nested field errors in place', async () => {
    reply('POST', '/api/v1/projects', problem(400, 'Проверьте поля запроса', [
      { field: 'indicators[0].name', message: 'Не длиннее 300 символов' },
      { field: 'title', message: 'Такой проект уже есть' },
    ]))
    const { wrapper } = await mountForm('/projects/new')
    await input(wrapper, 'title').setValue('Новые наставники')
    await input(wrapper, 'goal').setValue('Закрепить молодых педагогов')
    await wrapper.findAll('button').find((b) => b.text().includes('Добавить показатель'))!.trigger('click')
    await input(wrapper, 'indicators[0].name').setValue('Доля педагогов')
    await input(wrapper, 'indicators[0].unit').setValue('%')
    await input(wrapper, 'indicators[0].baseline').setValue('35,5')
    await input(wrapper, 'indicators[0].target').setValue('80')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.body).toMatchObject({
      portfolioId: 1, title: 'Новые наставники', goal: 'Закрепить молодых педагогов',
      indicators: [{ name: 'Доля педагогов', unit: '%', baseline: 35.5, target: 80 }],
      deficitIds: [], practiceIds: [], partnerSubjectIds: [],
    })
    const nameField = input(wrapper, 'indicators[0].name')
    expect(nameField.attributes('aria-invalid')).toBe('true')
    const errorId = nameField.attributes('aria-describedby')!.split(' ').pop()!
    expect(wrapper.find(`[id="${errorId}"]`).text()).toBe('Не длиннее 300 символов')
    expect(input(wrapper, 'title').attributes('aria-invalid')).toBe('true')
  })

  it('keeps the typed values through a 412 and saves again with the fresh version', async () => {
    let version = 3
    reply('GET', '/api/v1/projects/17', () => ({ status: 200, body: project(version) }))
    reply('PUT', '/api/v1/projects/17', (call) => (call.headers.get('If-Match') === '"4"'
      ? { status: 200, body: { ...project(5), title: (call.body as { title: string }).title } }
      : problem(412, 'Проект изменил coordinator27 в 10:15.')))
    const { wrapper, router } = await mountForm('/projects/17/edit')
    expect((input(wrapper, 'title').element as HTMLInputElement).value).toBe('Партнерское наставничество')
    await input(wrapper, 'title').setValue('Партнерское наставничество 2.0')
    version = 4
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const notice = wrapper.find('[data-testid=conflict]')
    expect(notice.text()).toContain('Проект изменил coordinator27')
    await notice.find('button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid=conflict]').exists()).toBe(false)
    expect((input(wrapper, 'title').element as HTMLInputElement).value).toBe('Партнерское наставничество 2.0')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const puts = calls.filter((c) => c.method === 'PUT')
    expect(puts.map((c) => c.headers.get('If-Match'))).toEqual(['"3"', '"4"'])
    expect(router.currentRoute.value.name).toBe('project')
  })

  it('says plainly when the service refuses (403)', async () => {
    reply('POST', '/api/v1/projects', problem(403, 'Координатор региона 27 может изменять только данные своего региона, а это данные региона 25.'))
    const { wrapper } = await mountForm('/projects/new')
    await input(wrapper, 'title').setValue('Чужой проект')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid=problem]').text()).toContain('может изменять только данные своего региона')
  })

  it('marks a practice of another region as borrowed when picked', async () => {
    reply('GET', '/api/v1/practices', { status: 200, body: { items: [{ id: 3, title: 'Университетское наставничество', regionCode: '22' }] } })
    const { wrapper } = await mountForm('/projects/new')
    const search = wrapper.findAll('input[type=search]')[2]
    await search.setValue('Универ')
    await search.trigger('input')
    await new Promise((r) => setTimeout(r, 300))
    await flushPromises()
    const add = wrapper.find('button[aria-label="Добавить «Университетское наставничество»"]')
    expect(add.text()).toContain('заимствована')
    await add.trigger('click')
    expect(wrapper.find('button[aria-label="Убрать «Университетское наставничество»"]').exists()).toBe(true)
  })
})
