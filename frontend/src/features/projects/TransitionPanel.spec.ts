import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import TransitionPanel from './TransitionPanel.vue'
import { calls, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'
import type { Schemas } from '../../api/client'

register(commonMessages)
register(enumMessages)

const project = (stage: Schemas['ProjectStage'], nextStages: Schemas['ProjectStage'][]): Schemas['Project'] => ({
  id: 17, title: 'Партнерское наставничество', regionCode: '27', stage, nextStages, version: 6,
})

async function mountPanel(p: Schemas['Project']) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/', component: { template: '<p/>' } },
    { path: '/projects/:id/edit', name: 'project-edit', component: { template: '<p/>' } },
  ] })
  await router.push('/')
  return mount(TransitionPanel, { props: { project: p }, global: { plugins: [router] }, attachTo: document.body })
}

const options = (wrapper: Awaited<ReturnType<typeof mountPanel>>) => wrapper.findAll('label').filter((l) => l.find('input[type=radio]').exists()).map((l) => l.text())

describe('TransitionPanel', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    resetApi()
  })

  it('offers a coordinator only the moves of their own region\'s project that coordinators make', async () => {
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    const wrapper = await mountPanel(project('REFINEMENT', ['PRE_DEFENSE', 'ON_HOLD', 'REJECTED']))
    expect(options(wrapper)).toEqual(['Предзащита', 'Приостановлен'])
    expect(wrapper.text()).toContain('другие участники: Отклонён')
  })

  it('offers an expert the defence steps, revision and rejection', async () => {
    me.value = { username: 'expert', role: 'EXPERT' }
    const wrapper = await mountPanel(project('PRE_DEFENSE', ['DEFENSE', 'REVISION', 'REJECTED']))
    expect(options(wrapper)).toEqual(['Защита', 'На доработке', 'Отклонён'])
  })

  it('offers nothing to another region\'s coordinator', async () => {
    me.value = { username: 'coordinator22', role: 'REGIONAL_COORDINATOR', regionCode: '22' }
    const wrapper = await mountPanel(project('REFINEMENT', ['PRE_DEFENSE', 'ON_HOLD', 'REJECTED']))
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('moves with the comment and the version, and lists each missing passport field of a refused pre-defence', async () => {
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    reply('POST', '/api/v1/projects/17/transitions', {
      status: 409,
      body: {
        type: 'https://efs.example/problems/incomplete-passport', title: 'Переход невозможен', status: 409,
        detail: 'Чтобы перевести проект на предзащиту, заполните паспорт. Не хватает: цель, дефицит.',
        errors: [
          { field: 'goal', message: 'Укажите цель проекта.' },
          { field: 'deficitIds', message: 'Укажите хотя бы один дефицит, который закрывает проект.' },
        ],
      },
    })
    const wrapper = await mountPanel(project('REFINEMENT', ['PRE_DEFENSE', 'ON_HOLD', 'REJECTED']))
    await wrapper.findAll('input[type=radio]')[0].setValue(true)
    await wrapper.find('textarea').setValue('Паспорт готов к предзащите')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(calls[0].body).toEqual({ to: 'PRE_DEFENSE', comment: 'Паспорт готов к предзащите' })
    expect(calls[0].headers.get('If-Match')).toBe('"6"')
    const missing = wrapper.find('[data-testid=passport-missing]')
    expect(missing.attributes('role')).toBe('alert')
    expect(missing.findAll('li').map((li) => li.text())).toEqual([
      'Укажите цель проекта.', 'Укажите хотя бы один дефицит, который закрывает проект.',
    ])
    expect(missing.text()).toContain('Заполнить паспорт')
  })

  it('reports the move and hands the moved project up', async () => {
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    reply('POST', '/api/v1/projects/17/transitions', { status: 200, body: project('PRE_DEFENSE', ['DEFENSE', 'REVISION', 'REJECTED']) })
    const wrapper = await mountPanel(project('REFINEMENT', ['PRE_DEFENSE', 'ON_HOLD', 'REJECTED']))
    await wrapper.findAll('input[type=radio]')[0].setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.emitted('moved')?.[0][0]).toMatchObject({ stage: 'PRE_DEFENSE' })
    expect(wrapper.text()).toContain('Проект переведён на этап «Предзащита».')
  })

  it('asks for a stage before calling the service', async () => {
    me.value = { username: 'demo-admin', role: 'ADMIN' }
    const wrapper = await mountPanel(project('PRE_DEFENSE', ['DEFENSE', 'REVISION', 'REJECTED']))
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Выберите этап')
    expect(calls).toHaveLength(0)
  })

  it('says the move is done until the person starts the next one', async () => {
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    reply('POST', '/api/v1/projects/17/transitions', { status: 200, body: project('ON_HOLD', ['REFINEMENT']) })
    const wrapper = await mountPanel(project('REFINEMENT', ['PRE_DEFENSE', 'ON_HOLD', 'REJECTED']))
    await wrapper.findAll('input[type=radio]')[1].setValue(true)
    await wrapper.find('textarea').setValue('Пауза до нового учебного года')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve))
    expect(wrapper.find('[role=status]').text()).toBe('Проект переведён на этап «Приостановлен».')
    await wrapper.find('textarea').setValue('Следующий шаг')
    expect(wrapper.find('[role=status]').exists()).toBe(false)
  })
})

