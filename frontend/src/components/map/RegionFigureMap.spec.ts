import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import RegionFigureMap from './RegionFigureMap.vue'
import { calls, reply, resetApi } from '../../testing/fakeApi'
import { register, setLocale } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'

register(commonMessages)
register(enumMessages)

const coverage = (regionCode: string, deficits: number, covered: number, projects = 0) => ({
  regionCode, regionName: regionCode, federalDistrictCode: 'FEFD', deficits, covered,
  coverage: deficits ? covered / deficits : null, practices: 0, projects,
})
const edge = (from: string, to: string, itemCount: number) => (
  { fromRegionCode: from, toRegionCode: to, kinds: ['PRACTICE_USED'], weight: itemCount, itemCount, items: [] })
const node = (regionCode: string, projects: number) => ({ regionCode, name: regionCode, figures: { projects } })

function serve() {
  reply('GET', '/api/v1/regions', { status: 200, body: { items: [
    { code: '27', name: 'Хабаровский край', federalDistrictCode: 'FEFD' },
    { code: '22', name: 'Алтайский край', federalDistrictCode: 'SIBFD' },
  ], totalItems: 2 } })
  reply('GET', '/api/v1/federal-districts', { status: 200, body: [
    { code: 'SIBFD', name: 'Сибирский' }, { code: 'FEFD', name: 'Дальневосточный' },
  ] })
  reply('GET', '/api/v1/analytics/coverage', { status: 200, body: {
    items: [coverage('27', 8, 6, 5), coverage('22', 0, 0)], page: 0, size: 100, totalItems: 2, totalPages: 1,
  } })
  reply('GET', '/api/v1/influence/map', { status: 200, body: {
    nodes: [node('27', 5), node('22', 2)], edges: [edge('22', '27', 3), edge('22', '25', 1), edge('27', '22', 2)],
  } })
}

async function mountMap(props: Record<string, unknown> = {}) {
  const stub = { template: '<p>region</p>' }
  const router = createRouter({
    history: createMemoryHistory(), routes: [{ path: '/regions/:code', name: 'region', component: stub }],
  })
  router.push('/regions/00')
  await router.isReady()
  const wrapper = mount(RegionFigureMap, { props, global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}
const label = (wrapper: Awaited<ReturnType<typeof mountMap>>, code: string) =>
  wrapper.find(`[data-testid=tile-${code}]`).find('.tile__name').text()

describe('RegionFigureMap', () => {
  beforeEach(() => {
    setLocale('ru')
    resetApi()
    document.body.innerHTML = ''
    serve()
  })

  it('reads open deficits and their coverage from the coverage per region, once', async () => {
    const wrapper = await mountMap()
    expect(label(wrapper, '27')).toBe('Хабаровский край. Открытые дефициты: 2')
    expect(calls.find((c) => c.path === '/api/v1/analytics/coverage')!.query.get('size')).toBe('100')
    await wrapper.find('[data-testid=map-figure]').setValue('coverage')
    await flushPromises()
    expect(label(wrapper, '27')).toBe('Хабаровский край. Доля покрытых дефицитов: 75\u00a0%')
    expect(label(wrapper, '22')).toBe('Алтайский край. Доля покрытых дефицитов: нет дефицитов')
    expect(calls.filter((c) => c.path === '/api/v1/analytics/coverage')).toHaveLength(1)
    expect(calls.some((c) => c.path === '/api/v1/influence/map')).toBe(false)
  })

  it('counts the practices a region gives and receives from the edges of practice use and adoption', async () => {
    const wrapper = await mountMap({ year: '2023', initialFigure: 'practicesGiven' })
    const map = calls.find((c) => c.path === '/api/v1/influence/map')!
    expect(map.query.getAll('kinds')).toEqual(['PRACTICE_USED', 'ADOPTION'])
    expect(map.query.get('itemsPerEdge')).toBe('0')
    expect(map.query.get('year')).toBe('2023')
    expect(label(wrapper, '22')).toBe('Алтайский край. Практики, переданные другим регионам: 4')
    expect(label(wrapper, '27')).toBe('Хабаровский край. Практики, переданные другим регионам: 2')
    expect(label(wrapper, '50')).toBe('50. Практики, переданные другим регионам: 0')
    await wrapper.find('[data-testid=map-figure]').setValue('practicesReceived')
    await flushPromises()
    expect(label(wrapper, '27')).toBe('Хабаровский край. Практики, полученные от других регионов: 3')
    expect(label(wrapper, '25')).toBe('25. Практики, полученные от других регионов: 1')
    expect(calls.filter((c) => c.path === '/api/v1/influence/map')).toHaveLength(1)
  })

  it('counts projects of every stage from the map, of one stage from their count per region', async () => {
    reply('GET', '/api/v1/analytics/projects-by-region', {
      status: 200, body: [{ regionCode: '22', projects: 1 }, { regionCode: '27', projects: 5000 }],
    })
    const wrapper = await mountMap({ initialFigure: 'projects' })
    expect(label(wrapper, '27')).toBe('Хабаровский край. Проекты по этапам: 5')
    await wrapper.find('[data-testid=map-stage]').setValue('DEFENSE')
    await flushPromises()
    const asked = calls.filter((c) => c.path === '/api/v1/analytics/projects-by-region')
    expect(asked.map((c) => c.query.get('stage'))).toEqual(['DEFENSE'])
    expect(calls.filter((c) => c.path === '/api/v1/projects')).toHaveLength(0)
    expect(label(wrapper, '27')).toBe('Хабаровский край. Проекты по этапам: 5\u00a0000')
    expect(label(wrapper, '22')).toBe('Алтайский край. Проекты по этапам: 1')
    expect(label(wrapper, '50')).toBe('50. Проекты по этапам: 0')
  })
})
