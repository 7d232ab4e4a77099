import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import InfluenceMapView from './InfluenceMapView.vue'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>page</p>' }
const node = (regionCode: string, name: string, federalDistrictCode: string) => ({
  regionCode, name, federalDistrictCode,
  figures: { openDeficits: 1, addressedDeficits: 0, closedDeficits: 0, practices: 2, recommendedPractices: 1, projects: 3, portfolioYears: [2023] },
})
/** The whole edges, as GET /api/v1/influence/edges/{from}/{to} answers them. */
const EDGES = [
  { fromRegionCode: '22', toRegionCode: '27', kinds: ['PRACTICE_USED', 'ADOPTION'], weight: 3, itemCount: 2, kindWeights: [
    { kind: 'PRACTICE_USED', weight: 1, itemCount: 1 }, { kind: 'ADOPTION', weight: 2, itemCount: 1 },
  ], items: [
    { kind: 'ADOPTION', weight: 2, projectId: 16, projectTitle: 'Молодым всегда у нас дорога!', practiceId: 4, practiceTitle: 'Университетское наставничество', adoptionId: 3, adoptionOutcome: 'SUCCESSFUL' },
    { kind: 'PRACTICE_USED', weight: 1, projectId: 15, projectTitle: 'Партнерское наставничество', practiceId: 4, practiceTitle: 'Университетское наставничество' },
  ] },
  { fromRegionCode: '27', toRegionCode: '22', kinds: ['DECLARED'], weight: 2, itemCount: 1, kindWeights: [
    { kind: 'DECLARED', weight: 2, itemCount: 1 },
  ], items: [
    { kind: 'DECLARED', weight: 2, linkId: 7, linkKind: 'SYNERGY', note: 'Обмен наставниками' },
  ] },
]
/** The map as the view asks for it: summaries of the edges, no items. */
const MAP = {
  nodes: [node('22', 'Алтайский край', 'SIBFD'), node('27', 'Хабаровский край', 'FEFD')],
  edges: EDGES.map((e) => ({ ...e, items: [] })),
}
const REGIONS = [{ code: '22', name: 'Алтайский край' }, { code: '27', name: 'Хабаровский край' }]
const empty = { status: 200, body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } }

function serve() {
  reply('GET', '/api/v1/influence/map', { status: 200, body: MAP })
  reply('GET', /^\/api\/v1\/influence\/edges\/\d+\/\d+$/, (c) => {
    const [from, to] = c.path.split('/').slice(-2)
    const edge = EDGES.find((e) => e.fromRegionCode === from && e.toRegionCode === to)
    return { status: 200, body: edge ?? { fromRegionCode: from, toRegionCode: to, kinds: [], weight: 0, itemCount: 0, items: [] } }
  })
  reply('GET', '/api/v1/influence/matrix', { status: 200, body: { regionCodes: ['22', '27'], weights: [[0, 3], [2, 0]] } })
  reply('GET', '/api/v1/influence/links', empty)
  reply('GET', /^\/api\/v1\/influence\/regions\/\d+$/, { status: 200, body: { uncoveredDeficits: [] } })
  reply('GET', '/api/v1/federal-districts', { status: 200, body: [{ code: 'SIBFD', shortName: 'СФО', name: 'Сибирский' }, { code: 'FEFD', shortName: 'ДФО', name: 'Дальневосточный' }] })
  reply('GET', '/api/v1/regions', { status: 200, body: { items: REGIONS, totalItems: 2 } })
  reply('GET', '/api/v1/projects', (c) => ({ status: 200, body: { items: c.query.get('regionCode') === '27' ? [{ id: 15, title: 'Партнерское наставничество' }] : [{ id: 6, title: 'Сельский наставник' }] } }))
  reply('GET', '/api/v1/practices', empty)
  reply('GET', '/api/v1/deficits', empty)
}

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/influence', name: 'influence', component: InfluenceMapView },
    ...['project', 'practice', 'deficit', 'subject'].map((name) => ({ path: `/${name}s/:id`, name, component: stub })),
    { path: '/regions/:code', name: 'region', component: stub },
  ] })
  router.push(url)
  await router.isReady()
  const wrapper = mount(InfluenceMapView, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}

describe('InfluenceMapView', () => {
  beforeEach(() => {
    resetApi()
    document.body.innerHTML = ''
    me.value = { username: 'viewer', role: 'VIEWER' }
    serve()
  })

  it('draws every edge as a named button and lists the items of a clicked edge', async () => {
    const { wrapper, router } = await mountAt('/influence?view=graph&focusRegionCode=27&kinds=PRACTICE_USED,ADOPTION,DECLARED')
    const map = calls.find((c) => c.path === '/api/v1/influence/map')!
    expect(map.query.get('focusRegionCode')).toBe('27')
    expect(map.query.getAll('kinds')).toEqual(['PRACTICE_USED', 'ADOPTION', 'DECLARED'])
    expect(map.query.get('itemsPerEdge')).toBe('0')
    const edge = wrapper.find('[data-testid="edge-22-27"]')
    expect(edge.attributes('role')).toBe('button')
    expect(edge.attributes('tabindex')).toBe('0')
    expect(edge.attributes('aria-label')).toMatch(/^Алтайский край → Хабаровский край: вес 3/)
    await edge.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.edge).toBe('22-27')
    const panel = wrapper.find('[data-testid=influence-panel]')
    expect(panel.find('h2').text()).toBe('Алтайский край → Хабаровский край')
    expect(panel.find('[data-testid=edge-weight]').text()).toBe('3')
    expect(panel.find('[data-testid=edge-item-count]').text()).toBe('2')
    const fetched = calls.filter((c) => c.path === '/api/v1/influence/edges/22/27')
    expect(fetched).toHaveLength(1)
    expect(fetched[0].query.getAll('kinds')).toEqual(['PRACTICE_USED', 'ADOPTION', 'DECLARED'])
    expect(fetched[0].query.get('focusRegionCode')).toBeNull()
    const items = panel.find('[data-testid=edge-items]')
    expect(items.findAll(':scope > li')).toHaveLength(2)
    expect(items.find('a[href="/projects/15"]').text()).toBe('Партнерское наставничество')
    expect(items.find('a[href="/practices/4"]').text()).toBe('Университетское наставничество')
    expect(items.text()).toContain('Успешно')
  })

  it('reads the items of an edge with the year filter, showing loading and then every item', async () => {
    const many = { ...EDGES[0], itemCount: 12, weight: 12, items: Array.from({ length: 12 }, (_, i) => (
      { kind: 'PRACTICE_USED', weight: 1, projectId: 100 + i, projectTitle: `Проект ${i + 1}`, practiceId: 4, practiceTitle: 'Университетское наставничество' })) }
    reply('GET', '/api/v1/influence/edges/22/27', () => ({ status: 200, body: many }))
    const { wrapper } = await mountAt('/influence?year=2023&edge=22-27')
    const fetched = calls.filter((c) => c.path === '/api/v1/influence/edges/22/27')
    expect(fetched.at(-1)!.query.get('year')).toBe('2023')
    expect(fetched.at(-1)!.query.getAll('kinds')).toEqual([])
    expect(wrapper.findAll('[data-testid=edge-items] > li')).toHaveLength(12)
    expect(wrapper.find('[data-testid=edge-items] a[href="/projects/111"]').text()).toBe('Проект 12')
  })

  it('says while the items load, and shows the problem when they cannot be read', async () => {
    let answer: (reply: ReturnType<typeof problem>) => void = () => undefined
    reply('GET', '/api/v1/influence/edges/22/27', () => new Promise((resolve) => { answer = resolve }))
    const { wrapper } = await mountAt('/influence')
    await wrapper.find('[data-testid="edge-22-27"]').trigger('click')
    await flushPromises()
    const panel = () => wrapper.find('[data-testid=influence-panel]')
    expect(panel().find('[aria-busy=true]').text()).toContain('Загрузка')
    expect(panel().find('[data-testid=edge-item-count]').text()).toBe('2')
    answer(problem(503, 'Сервис перегружен, повторите запрос.'))
    await flushPromises()
    expect(panel().find('[data-testid=problem]').text()).toContain('Сервис перегружен')
    expect(panel().find('[data-testid=edge-items]').exists()).toBe(false)
  })

  it('opens an edge from the keyboard, and a region from its node', async () => {
    const { wrapper } = await mountAt('/influence')
    await wrapper.find('[data-testid="edge-27-22"]').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(wrapper.find('[data-testid=edge-items]').text()).toContain('Обмен наставниками')
    await wrapper.find('[data-testid="node-22"]').trigger('keydown', { key: ' ' })
    await flushPromises()
    expect(wrapper.find('[data-testid=influence-panel] h2').text()).toBe('Алтайский край')
    expect(wrapper.find('a[href="/regions/22"]').exists()).toBe(true)
  })

  it('ranks the strongest links with every kind behind them, and draws the heat map without asking again', async () => {
    const { wrapper } = await mountAt('/influence?view=table')
    const rows = wrapper.findAll('[data-testid=edge-table] tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('Алтайский край')
    expect(rows[0].text()).toContain('Использует практику 1, Внедрение практики 2')
    expect(rows[0].findAll('td.num').map((c) => c.text())).toEqual(['1', '3', '2'])
    expect(rows[1].text()).toContain('Заявленная связь 2')
    const other = await mountAt('/influence?view=matrix')
    expect(other.wrapper.find('[data-testid=heat-canvas]').attributes('aria-label')).toContain('2 × 2')
    await other.wrapper.find('[data-testid=heat-canvas]').trigger('keydown', { key: 'ArrowRight' })
    expect(other.wrapper.find('[data-testid=matrix-pointed]').text()).toMatch(/Откуда: .*край[\s\S]*Куда: .*край[\s\S]*Вес: \d/)
    expect(calls.some((c) => c.path === '/api/v1/influence/matrix')).toBe(false)
  })

  it('opens on the flows between districts when the map is too large for a graph, and a district opens its regions', async () => {
    const many = Array.from({ length: 14 }, (_, i) => node(String(40 + i), `Регион ${40 + i}`, i % 2 ? 'SIBFD' : 'FEFD'))
    reply('GET', '/api/v1/influence/map', { status: 200, body: {
      nodes: many,
      edges: [
        { fromRegionCode: '40', toRegionCode: '41', kinds: ['PRACTICE_USED'], weight: 4, itemCount: 4, kindWeights: [{ kind: 'PRACTICE_USED', weight: 4, itemCount: 4 }] },
        { fromRegionCode: '42', toRegionCode: '43', kinds: ['PRACTICE_USED', 'DECLARED'], weight: 5, itemCount: 3, kindWeights: [{ kind: 'PRACTICE_USED', weight: 2, itemCount: 2 }, { kind: 'DECLARED', weight: 3, itemCount: 1 }] },
        { fromRegionCode: '41', toRegionCode: '43', kinds: ['PARTNERSHIP'], weight: 1, itemCount: 1, kindWeights: [{ kind: 'PARTNERSHIP', weight: 1, itemCount: 1 }] },
      ],
    } })
    const { wrapper, router } = await mountAt('/influence')
    expect(wrapper.find('[data-testid=view-graph]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=flow-diagram]').exists()).toBe(true)
    // ДФО (even regions) gives ДФО → СФО 9 in two bands' worth of kinds; СФО → СФО 1
    const rows = wrapper.findAll('[data-testid=flow-table] tbody tr')
    expect(rows.map((r) => r.find('th').text())).toEqual(['Дальневосточный', 'Сибирский'])
    expect(rows[0].text()).toContain('Использует практику 6, Заявленная связь 3')
    expect(wrapper.find('[data-testid=flow-row-FEFD]').text()).toBe('Дальневосточный9— отдано всего; получено 0')
    await rows[0].find('button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.flow).toBe('FEFD>SIBFD')
    const panel = wrapper.find('[data-testid=flow-panel]')
    expect(panel.find('h2').text()).toBe('Дальневосточный → Сибирский')
    expect(panel.find('[data-testid=flow-weight]').text()).toBe('9')
    expect(panel.findAll('ol li').map((li) => li.find('button').text())).toEqual(['Регион 42 → Регион 43', 'Регион 40 → Регион 41'])
    await wrapper.find('[data-testid=flow-row-SIBFD]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.federalDistrictCode).toBe('SIBFD')
  })

  it('shows a region in focus as whom it gives to and receives from', async () => {
    const { wrapper, router } = await mountAt('/influence?focusRegionCode=27')
    const view = wrapper.find('[data-testid=region-links]')
    expect(view.text()).toContain('Кому Хабаровский край отдаёт')
    expect(view.find('[data-testid="region-link-27-22"]').text()).toContain('Алтайский край')
    expect(view.find('[data-testid="region-link-22-27"]').text()).toContain('Внедрение практики 2')
    await view.find('[data-testid="region-link-22-27"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.edge).toBe('22-27')
  })

  it('keeps the filters in the address bar', async () => {
    const { wrapper, router } = await mountAt('/influence')
    await wrapper.find('input[value=DECLARED]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query.kinds).toBe('DECLARED')
    await wrapper.find('#inf-year').setValue('2023')
    await flushPromises()
    expect(router.currentRoute.value.query.year).toBe('2023')
    expect(calls.filter((c) => c.path === '/api/v1/influence/map').at(-1)!.query.get('year')).toBe('2023')
  })

  it('marks the region in focus and its partners on the tile map', async () => {
    reply('GET', '/api/v1/analytics/coverage', empty)
    const { wrapper } = await mountAt('/influence?focusRegionCode=27')
    const tiles = wrapper.find('[data-testid=tilemap]')
    expect(tiles.find('[data-testid=tile-27]').find('.tile__name').text()).toContain('регион в фокусе')
    expect(tiles.find('[data-testid=tile-22]').find('.tile__name').text()).toContain('партнёр региона в фокусе')
    expect(tiles.findAll('.tile--partner').map((t) => t.attributes('data-code'))).toEqual(['22'])
    expect(wrapper.find('#inf-tiles + p').text())
      .toBe('Хабаровский край отмечен звездой, его партнёры по влиянию при этих фильтрах — кругом.')
  })

  it('hides the declare button from a viewer', async () => {
    const { wrapper } = await mountAt('/influence')
    expect(wrapper.findAll('button').some((b) => b.text() === 'Заявить связь')).toBe(false)
  })

  describe('declaring a link', () => {
    beforeEach(() => {
      me.value = { username: 'coordinator27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    })

    async function openForm() {
      const view = await mountAt('/influence')
      await view.wrapper.findAll('button').find((b) => b.text() === 'Заявить связь')!.trigger('click')
      await flushPromises()
      return view
    }

    it('checks as the person types, before any call', async () => {
      const { wrapper } = await openForm()
      expect((wrapper.find('select[name=sourceRegionCode]').element as HTMLSelectElement).value).toBe('27')
      await wrapper.find('select[name=targetRegionCode]').setValue('27')
      expect(wrapper.find('[data-testid=link-form]').text()).toContain('Получатель должен отличаться от источника')
      await wrapper.find('input[name=strength]').setValue('5')
      expect(wrapper.find('[data-testid=link-form]').text()).toContain('От 1 до 3')
      await wrapper.find('form[data-testid=link-form]').trigger('submit')
      await flushPromises()
      expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)
    })

    it('shows the server field error next to its field', async () => {
      reply('POST', '/api/v1/influence/links', problem(400, 'Проверьте поля запроса.', [
        { field: 'targetProjectId', message: 'Проект «Сельский наставник» относится к региону 22, а не к региону 75.' },
      ]))
      const { wrapper } = await openForm()
      await wrapper.find('select[name=targetRegionCode]').setValue('22')
      await flushPromises()
      await wrapper.find('select[name=targetProjectId]').setValue('6')
      await wrapper.find('select[name=kind]').setValue('SYNERGY')
      await wrapper.find('form[data-testid=link-form]').trigger('submit')
      await flushPromises()
      const post = calls.find((c) => c.method === 'POST')!
      expect(post.body).toMatchObject({ sourceRegionCode: '27', targetRegionCode: '22', targetProjectId: 6, kind: 'SYNERGY', strength: 2 })
      const select = wrapper.find('select[name=targetProjectId]')
      expect(select.attributes('aria-invalid')).toBe('true')
      const errorId = select.attributes('aria-describedby')!
      expect(wrapper.find(`[id="${errorId}"]`).text()).toBe('Проект «Сельский наставник» относится к региону 22, а не к региону 75.')
    })

    it('says plainly when the server refuses (403)', async () => {
      reply('POST', '/api/v1/influence/links', problem(403, 'Координатор региона 27 может заявлять только связи из своего региона или в свой регион.'))
      const { wrapper } = await openForm()
      await wrapper.find('select[name=targetRegionCode]').setValue('22')
      await wrapper.find('select[name=kind]').setValue('SYNERGY')
      await wrapper.find('form[data-testid=link-form]').trigger('submit')
      await flushPromises()
      expect(wrapper.find('[data-testid=problem]').text()).toContain('может заявлять только связи')
    })

    it('after saving reloads the map and opens the new edge', async () => {
      reply('POST', '/api/v1/influence/links', { status: 201, body: { id: 9, sourceRegionCode: '27', targetRegionCode: '22', kind: 'SYNERGY', strength: 2, version: 0 } })
      const { wrapper, router } = await openForm()
      await wrapper.find('select[name=targetRegionCode]').setValue('22')
      await wrapper.find('select[name=kind]').setValue('SYNERGY')
      await wrapper.find('form[data-testid=link-form]').trigger('submit')
      await flushPromises()
      expect(wrapper.text()).toContain('Связь заявлена, карта обновлена.')
      expect(calls.filter((c) => c.path === '/api/v1/influence/map')).toHaveLength(2)
      expect(router.currentRoute.value.query.edge).toBe('27-22')
    })

    it('after a 412 keeps the typed values and takes only the fresh version', async () => {
      const link = { id: 9, sourceRegionCode: '27', sourceRegionName: 'Хабаровский край', targetRegionCode: '22', targetRegionName: 'Алтайский край', kind: 'SYNERGY', strength: 2, note: 'старое', version: 1, createdBy: 'coordinator27' }
      reply('GET', '/api/v1/influence/links', { status: 200, body: { items: [link], page: 0, size: 10, totalItems: 1, totalPages: 1 } })
      reply('GET', '/api/v1/influence/links/9', { status: 200, body: { ...link, note: 'чужое', version: 2 } })
      reply('PUT', '/api/v1/influence/links/9', (c) => c.headers.get('If-Match') === '"2"'
        ? { status: 200, body: { ...link, note: 'моё', version: 3 } }
        : problem(412, 'Связь изменил expert в 10:00.'))
      const { wrapper } = await mountAt('/influence')
      await wrapper.find('button[aria-label="Изменить связь Хабаровский край → Алтайский край"]').trigger('click')
      await flushPromises()
      await wrapper.find('textarea[name=note]').setValue('моё')
      await wrapper.find('form[data-testid=link-form]').trigger('submit')
      await flushPromises()
      expect(wrapper.find('[data-testid=conflict]').text()).toContain('Связь изменил expert')
      await wrapper.find('[data-testid=conflict] button').trigger('click')
      await flushPromises()
      expect((wrapper.find('textarea[name=note]').element as HTMLTextAreaElement).value).toBe('моё')
      await wrapper.find('form[data-testid=link-form]').trigger('submit')
      await flushPromises()
      const puts = calls.filter((c) => c.method === 'PUT')
      expect(puts).toHaveLength(2)
      expect(puts[1].body).toMatchObject({ note: 'моё', version: 2 })
      expect(wrapper.text()).toContain('Связь сохранена, карта обновлена.')
    })
  })
})
