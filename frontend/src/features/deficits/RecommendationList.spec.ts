import { mount, flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import RecommendationList from './RecommendationList.vue'
import { calls, reply, resetApi } from '../../testing/fakeApi'
import { signIn } from './testkit'

const page = {
  page: 0, size: 10, totalItems: 2, totalPages: 1,
  items: [
    {
      rank: 1, score: 71.07,
      practice: { id: 3, title: 'Университетское наставничество для молодых педагогов', regionCode: '22', regionName: 'Алтайский край', maturity: 'SUSTAINABLE', status: 'RECOMMENDED' },
      reasons: [
        { code: 'SHARED_CATEGORIES', text: 'Общие категории: наставничество', points: 35 },
        { code: 'TEXT_SIMILARITY', text: 'Тексты близки (0,37)', points: 11.07 },
        { code: 'STATUS', text: 'Рекомендована к тиражированию', points: 10 },
        { code: 'SUCCESSFUL_ADOPTIONS', text: 'Успешно внедрена в 1 регионе', points: 5 },
      ],
    },
    {
      rank: 2, score: 18,
      practice: { id: 10, title: 'Психолого-педагогические классы', regionCode: '75', regionName: 'Забайкальский край', maturity: 'ESTABLISHED', status: 'SUBMITTED' },
      reasons: [{ code: 'RELATED_CATEGORIES', text: 'Категории той же группы: кадры', points: 12 }, { code: 'MATURITY', text: 'Зрелость: сложившаяся', points: 6 }],
    },
  ],
}

describe('RecommendationList', () => {
  beforeEach(() => {
    resetApi()
    signIn('VIEWER', null)
  })

  it('ranks the practices and explains each score with its reasons in the server’s order', async () => {
    reply('GET', '/api/v1/deficits/1/recommendations', { status: 200, body: page })
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/', component: { template: '<p/>' } }, { path: '/practices/:id', name: 'practice', component: { template: '<p/>' } },
    ] })
    const wrapper = mount(RecommendationList, { props: { deficitId: 1 }, global: { plugins: [router] } })
    await flushPromises()

    expect(calls[0].query.get('page')).toBe('0')
    const items = wrapper.findAll('[data-testid=recommendation]')
    expect(items).toHaveLength(2)
    expect(items[0].find('h3').text()).toContain('Университетское наставничество для молодых педагогов')
    expect(items[0].find('a').attributes('href')).toBe('/practices/3')
    expect(items[0].text()).toContain('Оценка: 71,07 из 100')
    const reasons = items[0].findAll('[data-testid=reason]').map((r) => r.text())
    expect(reasons).toEqual([
      'Общие категории: наставничество (35 б.)',
      'Тексты близки (0,37) (11,07 б.)',
      'Рекомендована к тиражированию (10 б.)',
      'Успешно внедрена в 1 регионе (5 б.)',
    ])
    expect(items[1].findAll('[data-testid=reason]').map((r) => r.text())).toEqual([
      'Категории той же группы: кадры (12 б.)', 'Зрелость: сложившаяся (6 б.)',
    ])
  })

  it('says so when no practice fits', async () => {
    reply('GET', '/api/v1/deficits/2/recommendations', { status: 200, body: { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 } })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<p/>' } }] })
    const wrapper = mount(RecommendationList, { props: { deficitId: 2 }, global: { plugins: [router] } })
    await flushPromises()
    expect(wrapper.text()).toContain('Подходящих практик других регионов пока нет.')
  })
})
