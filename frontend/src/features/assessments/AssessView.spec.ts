import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import AssessView from './AssessView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { formatDateTime, register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'
import { CRITERIA } from './criteria'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>stub</p>' }

async function mountAssess(stage = 'PRE_DEFENSE') {
  reply('GET', '/api/v1/regions', { status: 200, body: { items: [{ code: '27', name: 'Хабаровский край' }] } })
  reply('GET', '/api/v1/projects/5', { status: 200, body: {
    id: 5, title: 'Партнерское наставничество', regionCode: '27', regionName: 'Хабаровский край', year: 2023, stage,
    goal: 'Построить межрегиональную сеть наставничества', deficits: [], practices: [], indicators: [], version: 2,
  } })
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/assessments', name: 'queue', component: stub },
    { path: '/projects/:id', name: 'project', component: stub },
    { path: '/projects/:id/assess', name: 'assess', component: AssessView, props: true },
  ] })
  await router.push('/projects/5/assess')
  await router.isReady()
  const wrapper = mount(AssessView, { props: { id: '5' }, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

type W = Awaited<ReturnType<typeof mountAssess>>['wrapper']

async function score(wrapper: W, criterion: string, n: number) {
  await wrapper.find(`fieldset[data-criterion=${criterion}]`).findAll('input[type=radio]')[n - 1].setValue(true)
}

async function fillAll(wrapper: W) {
  for (const c of CRITERIA) await score(wrapper, c, 4)
  await wrapper.find('textarea[name=comment]').setValue('Проект опирается на выявленные дефициты.')
  const rec = wrapper.findAll('fieldset').at(-1)!
  await rec.findAll('input[type=radio]')[0].setValue(true)
}

describe('AssessView', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    resetApi()
    me.value = { username: 'expert', role: 'EXPERT' }
  })

  it('shows six criteria as labelled radio groups and the project summary', async () => {
    const { wrapper } = await mountAssess()
    const legends = wrapper.findAll('fieldset legend').map((l) => l.text().replace(' *', ''))
    expect(legends).toEqual([
      'Соответствие дефицитам', 'Реализуемость', 'Обеспеченность ресурсами', 'Измеримость результатов',
      'Тиражируемость', 'Межрегиональный эффект', 'Рекомендация',
    ])
    expect(wrapper.text()).toContain('Построить межрегиональную сеть наставничества')
  })

  it('requires every criterion and the recommendation before calling the service', async () => {
    const { wrapper } = await mountAssess()
    await score(wrapper, 'relevance', 5)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.findAll('.field__error').filter((e) => e.text() === 'Выберите балл')).toHaveLength(5)
    expect(wrapper.text()).toContain('Выберите рекомендацию')
    expect(wrapper.find('fieldset[data-criterion=relevance]').text()).not.toContain('Выберите балл')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
  })

  it('submits the scores and opens the project page', async () => {
    reply('POST', '/api/v1/projects/5/assessments', { status: 201, body: { id: 31, projectId: 5, stage: 'PRE_DEFENSE' } })
    const { wrapper, router } = await mountAssess()
    await fillAll(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      relevance: 4, feasibility: 4, resources: 4, measurableResults: 4, replicability: 4, interregionalEffect: 4,
      comment: 'Проект опирается на выявленные дефициты.', recommendation: 'APPROVE',
    })
    expect(router.currentRoute.value.name).toBe('project')
    expect(router.currentRoute.value.query.saved).toBe('assessed')
  })

  it('says plainly that the project is already assessed at this stage (409) and keeps the scores', async () => {
    reply('POST', '/api/v1/projects/5/assessments', problem(409, 'Вы уже оценили проект на этапе «Предзащита».'))
    const { wrapper } = await mountAssess()
    await fillAll(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[data-testid=assess-refused]')
    expect(alert.text()).toContain('Вы уже оценили этот проект на этом этапе.')
    expect(alert.text()).toContain('Вы уже оценили проект на этапе «Предзащита».')
    expect((wrapper.find('fieldset[data-criterion=feasibility]').findAll('input')[3].element as HTMLInputElement).checked).toBe(true)
  })

  it('says plainly that one\'s own organisation\'s project may not be assessed (403)', async () => {
    reply('POST', '/api/v1/projects/5/assessments', problem(403, 'Ваша организация участвует в проекте.'))
    const { wrapper } = await mountAssess()
    await fillAll(wrapper)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-testid=assess-refused]').text()).toContain('Нельзя оценивать проект, который ведёт или сопровождает ваша организация.')
  })

  it('offers no form when the project is not at pre-defence or defence', async () => {
    const { wrapper } = await mountAssess('REFINEMENT')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('оценки принимаются на предзащите и защите')
  })

  const given = {
    id: 31, projectId: 5, stage: 'PRE_DEFENSE',
    expert: { username: 'expert', fullName: 'Воронушкина Оксана Васильевна' },
    relevance: 5, feasibility: 3, resources: 4, measurableResults: 4, replicability: 2, interregionalEffect: 4,
    comment: 'Показатели стоит уточнить.', recommendation: 'REVISE',
    createdAt: '2023-12-07T10:15:00Z', updatedAt: '2023-12-07T11:40:00Z', version: 2,
  }

  it('says the expert has already assessed the project at this stage and fills in their scores', async () => {
    reply('GET', '/api/v1/projects/5/assessments', { status: 200, body: [
      { ...given, id: 30, expert: { username: 'another', fullName: 'Другой эксперт' }, relevance: 1 }, given,
    ] })
    reply('PUT', '/api/v1/assessments/31', { status: 200, body: { ...given, feasibility: 5, version: 3 } })
    const { wrapper, router } = await mountAssess()
    expect(calls.find((c) => c.path === '/api/v1/projects/5/assessments')?.query.get('stage')).toBe('PRE_DEFENSE')
    const notice = wrapper.find('[data-testid=own-assessment]')
    const when = formatDateTime(given.updatedAt)
    expect(notice.text()).toContain(`Вы уже оценили этот проект на этапе «Предзащита» (${when}).`)
    expect(notice.text()).toContain('Реализуемость — 3')
    expect(notice.text()).toContain('Рекомендация: Доработать')
    expect(notice.text()).toContain('Оценку можно изменить, пока проект на этом этапе')
    const feasibility = wrapper.find('fieldset[data-criterion=feasibility]').findAll('input')
    expect((feasibility[2].element as HTMLInputElement).checked).toBe(true)
    const comment = wrapper.find('textarea[name=comment]').element as HTMLTextAreaElement
    expect(comment.value).toBe('Показатели стоит уточнить.')
    expect(wrapper.find('button[type=submit]').text()).toBe('Сохранить изменения оценки')

    await feasibility[4].setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    const put = calls.find((c) => c.method === 'PUT')!
    expect(put.headers.get('If-Match')).toBe('"2"')
    expect(put.body).toMatchObject({ relevance: 5, feasibility: 5, recommendation: 'REVISE' })
    expect(router.currentRoute.value.name).toBe('project')
  })

  it('offers an empty form when only other experts have assessed the project', async () => {
    reply('GET', '/api/v1/projects/5/assessments', { status: 200, body: [
      { ...given, expert: { username: 'another', fullName: 'Другой эксперт' } },
    ] })
    const { wrapper } = await mountAssess()
    expect(wrapper.find('[data-testid=own-assessment]').exists()).toBe(false)
    expect(wrapper.findAll('input[type=radio]').some((i) => (i.element as HTMLInputElement).checked)).toBe(false)
    expect(wrapper.find('button[type=submit]').text()).toBe('Отправить оценку')
  })
})
