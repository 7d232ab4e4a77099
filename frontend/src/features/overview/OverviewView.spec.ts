import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import OverviewView from './OverviewView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>page</p>' }
const overview = (code: string | null) => ({
  federalDistrictCode: code, federalDistrictName: code ? 'Дальневосточный федеральный округ' : null,
  regions: code ? 11 : 89, regionsWithPortfolios: code ? 1 : 2,
  deficits: { open: code ? 1 : 8, addressed: 7, closed: 1, total: code ? 9 : 16 },
  practicesByStatus: { DRAFT: 1, SUBMITTED: 3, VERIFIED: 4, RECOMMENDED: 2, ARCHIVED: 0 },
  projectsByStage: { PROPOSED: 0, REFINEMENT: 2, PRE_DEFENSE: 2, DEFENSE: 2, APPROVED: 0, IMPLEMENTATION: 0, COMPLETED: 0, REVISION: 0, ON_HOLD: 0, REJECTED: 1 },
  sessions: 2,
})

function serve() {
  reply('GET', '/api/v1/analytics/overview', (c) => ({ status: 200, body: overview(c.query.get('federalDistrictCode')) }))
  reply('GET', '/api/v1/analytics/districts', { status: 200, body: [overview('FEFD')] })
  reply('GET', '/api/v1/analytics/funnel', { status: 200, body: { year: null, total: 7, stages: [
    { stage: 'PROPOSED', current: 0, reached: 7 }, { stage: 'PRE_DEFENSE', current: 2, reached: 5 },
  ] } })
  reply('GET', '/api/v1/analytics/sessions-per-month', { status: 200, body: [{ month: '2023-10', sessions: 1 }, { month: '2023-11', sessions: 0 }] })
  reply('GET', '/api/v1/analytics/coverage', { status: 200, body: { items: [
    { regionCode: '27', regionName: 'Хабаровский край', federalDistrictCode: 'FEFD', deficits: 4, covered: 3, coverage: 0.75, practices: 2, projects: 5 },
  ], page: 0, size: 10, totalItems: 1, totalPages: 1 } })
  reply('GET', '/api/v1/analytics/uncovered-deficits', { status: 200, body: [
    { categoryCode: 'managers', categoryName: 'Управленческие кадры и резерв', count: 1, deficits: [{ id: 9, title: 'Недостаточная подготовка резерва', regionCode: '42', severity: 'HIGH' }] },
  ] })
  reply('GET', '/api/v1/federal-districts', { status: 200, body: [{ code: 'FEFD', name: 'Дальневосточный федеральный округ' }] })
  reply('GET', '/api/v1/regions', { status: 200, body: {
    items: [{ code: '27', name: 'Хабаровский край', federalDistrictCode: 'FEFD' }], totalItems: 1,
  } })
}

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/', name: 'overview', component: OverviewView },
    ...['deficits', 'practices', 'projects', 'sessions', 'portfolios', 'influence'].map((name) => ({ path: `/${name}`, name, component: stub })),
    { path: '/regions/:code', name: 'region', component: stub },
    { path: '/deficits/:id', name: 'deficit', component: stub },
  ] })
  router.push(url)
  await router.isReady()
  const wrapper = mount(OverviewView, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}

describe('OverviewView', () => {
  beforeEach(() => {
    resetApi()
    me.value = { username: 'viewer', role: 'VIEWER' }
    serve()
  })

  it('shows the national figures, each linking to its filtered list', async () => {
    const { wrapper } = await mountAt('/')
    const figures = wrapper.find('[data-testid=overview-figures]')
    expect(figures.text()).toContain('8Открытые дефициты')
    expect(figures.text()).toContain('из 89 регионов')
    expect(figures.text()).toContain('50 %')
    expect(figures.find('a[href="/deficits?status=OPEN"]').text()).toContain('8')
    const practices = wrapper.find('tr[data-key=VERIFIED]')
    expect(practices.text()).toContain('Подтверждена')
    expect(practices.find('a').attributes('href')).toBe('/practices?status=VERIFIED')
    expect(wrapper.find('[data-testid=funnel]').text()).toContain('Предзащита')
    expect(wrapper.find('[role=img]').attributes('aria-label')).toContain('октябрь 2023 г. — 1')
    expect(wrapper.find('[data-testid=coverage]').text()).toContain('75 %')
    expect(wrapper.find('[data-testid=districts]').text()).toContain('Дальневосточный федеральный округ')
    expect(wrapper.find('a[href="/deficits/9"]').text()).toBe('Недостаточная подготовка резерва')
  })

  it('shows the regions on the tile map, the chosen district brought forward', async () => {
    const { wrapper } = await mountAt('/?federalDistrictCode=FEFD')
    const tile = wrapper.find('[data-testid=tilemap] [data-testid=tile-27]')
    expect(tile.find('.tile__name').text()).toBe('Хабаровский край. Открытые дефициты: 1')
    expect(tile.attributes('href')).toBe('/regions/27')
    expect(tile.classes()).not.toContain('tile--outside')
    const coverage = calls.filter((c) => c.path === '/api/v1/analytics/coverage')
    expect(coverage.some((c) => c.query.get('size') === '100' && !c.query.has('federalDistrictCode'))).toBe(true)
  })

  it('shows the sessions over the years that have any, not the last twelve months', async () => {
    const months = ['2022-12', '2023-01', '2023-06', '2023-12', '2024-01']
      .map((month) => ({ month, sessions: month === '2023-06' ? 2 : 0 }))
    reply('GET', '/api/v1/analytics/sessions-per-month', { status: 200, body: months })
    const { wrapper } = await mountAt('/')
    const asked = calls.filter((c) => c.path === '/api/v1/analytics/sessions-per-month').at(-1)!
    const thisYear = new Date().getFullYear()
    expect([asked.query.get('from'), asked.query.get('to')]).toEqual([`${thisYear - 8}-01`, `${thisYear + 1}-12`])
    const rows = wrapper.findAll('#ov-months ~ * details tbody tr').map((r) => r.text())
    expect(rows).toEqual(['январь 2023 г.0', 'июнь 2023 г.2', 'декабрь 2023 г.0'])
    expect(wrapper.find('[role=img]').attributes('aria-label'))
      .toBe('Сессии по месяцам: январь 2023 г. — 0; июнь 2023 г. — 2; декабрь 2023 г. — 0')
    await wrapper.find('#ov-year').setValue('2023')
    await flushPromises()
    const inYear = calls.filter((c) => c.path === '/api/v1/analytics/sessions-per-month').at(-1)!
    expect([inYear.query.get('from'), inYear.query.get('to')]).toEqual(['2023-01', '2023-12'])
  })

  it('draws its charts with the chart library loaded on demand, each with its table', async () => {
    const { wrapper } = await mountAt('/')
    await vi.dynamicImportSettled()
    await flushPromises()
    const charts = wrapper.findAll('[data-testid=chart]')
    expect(charts).toHaveLength(5)
    expect(charts.filter((c) => c.find('canvas').exists())).toHaveLength(5)
    // the table next to a chart has its numbers; only the chart whose table is folded away is an image with a text
    expect(charts.filter((c) => c.attributes('role') === 'img')).toHaveLength(1)
    expect(charts.filter((c) => c.attributes('aria-hidden') === 'true')).toHaveLength(4)
    const coverage = wrapper.find('[data-testid=district-coverage] tbody tr')
    expect(coverage.text()).toBe('Дальневосточный федеральный округ9889\u00a0%')
    expect(coverage.find('a').attributes('href')).toBe('/deficits?federalDistrictCode=FEFD')
  })

  it('filters by federal district through the address bar', async () => {
    const { wrapper, router } = await mountAt('/')
    await wrapper.find('#ov-district').setValue('FEFD')
    await flushPromises()
    expect(router.currentRoute.value.query.federalDistrictCode).toBe('FEFD')
    expect(calls.filter((c) => c.path === '/api/v1/analytics/overview').at(-1)!.query.get('federalDistrictCode')).toBe('FEFD')
    expect(calls.filter((c) => c.path === '/api/v1/analytics/coverage').at(-1)!.query.get('federalDistrictCode')).toBe('FEFD')
    const hrefs = wrapper.findAll('[data-testid=overview-figures] a').map((a) => a.attributes('href'))
    expect(hrefs).toContain('/deficits?status=OPEN&federalDistrictCode=FEFD')
    const open = wrapper.findAll('[data-testid=overview-figures] a').find((a) => a.attributes('href') === '/deficits?status=OPEN&federalDistrictCode=FEFD')
    expect(open!.text()).toBe('1Открытые дефициты')
  })

  it('gives a coordinator a block about their own region', async () => {
    me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    const { wrapper } = await mountAt('/')
    expect(wrapper.find('#ov-mine').text()).toBe('Мой регион: Хабаровский край')
    expect(wrapper.find('a[href="/regions/27"]').exists()).toBe(true)
    expect(calls.some((c) => c.path === '/api/v1/analytics/funnel' && c.query.get('regionCode') === '27')).toBe(true)
  })

  it('shows a refusal plainly instead of a blank block', async () => {
    reply('GET', '/api/v1/analytics/overview', problem(403, 'Вашей роли это действие не разрешено.'))
    const { wrapper } = await mountAt('/')
    expect(wrapper.find('[data-testid=problem]').text()).toContain('Вашей роли это действие не разрешено.')
  })
})
