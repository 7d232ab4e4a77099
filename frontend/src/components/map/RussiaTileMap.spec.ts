import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { computed, h, ref } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import RussiaTileMap from './RussiaTileMap.vue'
import { PALETTE, type FigureValues } from './figures'
import { register, setLocale } from '../../i18n'
import { commonMessages } from '../../i18n/common'

register(commonMessages)

const REGIONS = [
  { code: '27', name: 'Хабаровский край', federalDistrictCode: 'FEFD' },
  { code: '25', name: 'Приморский край', federalDistrictCode: 'FEFD' },
  { code: '22', name: 'Алтайский край', federalDistrictCode: 'SIBFD' },
  { code: '77', name: 'Москва', federalDistrictCode: 'CFD' },
]
const DISTRICTS = [
  { code: 'CFD', name: 'Центральный' }, { code: 'SIBFD', name: 'Сибирский' }, { code: 'FEFD', name: 'Дальневосточный' },
]
const OPTIONS = [
  { key: 'openDeficits', label: 'Открытые дефициты' }, { key: 'coverage', label: 'Доля покрытых дефицитов' },
]
const DATA: Record<string, FigureValues> = {
  openDeficits: new Map([['27', { value: 12000 }], ['25', { value: 1 }], ['22', { value: 3 }], ['77', { value: 0 }]]),
  coverage: new Map([
    ['27', { value: 0.1, part: 1, whole: 10 }], ['25', { value: 0.9, part: 9, whole: 10 }],
    ['22', { value: null, part: 0, whole: 0 }],
  ]),
}

async function mountMap(extra: Record<string, unknown> = {}) {
  const stub = { template: '<p>region</p>' }
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/', name: 'home', component: stub }, { path: '/regions/:code', name: 'region', component: stub },
  ] })
  router.push('/')
  await router.isReady()
  const figure = ref('openDeficits')
  const values = computed(() => DATA[figure.value])
  const Host = {
    setup: () => () => h(RussiaTileMap, {
      options: OPTIONS, regions: REGIONS, districts: DISTRICTS, values: values.value,
      format: figure.value === 'coverage' ? 'share' : 'count', figure: figure.value,
      'onUpdate:figure': (v: string) => { figure.value = v },
      ...extra,
    }),
  }
  const wrapper = mount(Host, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

const tile = (wrapper: Awaited<ReturnType<typeof mountMap>>['wrapper'], code: string) =>
  wrapper.find(`[data-testid=tile-${code}]`)

describe('RussiaTileMap', () => {
  beforeEach(() => {
    setLocale('ru')
    document.body.innerHTML = ''
  })

  it('draws all 89 regions, each coloured by the chosen figure and named with it', async () => {
    const { wrapper } = await mountMap()
    expect(wrapper.findAll('.tile')).toHaveLength(89)
    expect(tile(wrapper, '27').attributes('data-level')).toBe('4')
    expect(tile(wrapper, '27').attributes('style')).toContain(`background-color: ${hexToRgb(PALETTE[4])}`)
    expect(tile(wrapper, '27').classes()).toContain('tile--dark')
    expect(tile(wrapper, '77').attributes('data-level')).toBe('0')
    expect(tile(wrapper, '27').find('.tile__name').text()).toBe('Хабаровский край. Открытые дефициты: 12\u00a0000')
    expect(tile(wrapper, '50').classes()).toContain('tile--empty')
    expect(tile(wrapper, '50').find('.tile__name').text()).toBe('50. Открытые дефициты: нет данных')
    expect(tile(wrapper, '27').find('.tile__tip').text()).toBe('Хабаровский крайОткрытые дефициты: 12\u00a0000')
    // the abbreviation is for the eye: a screen reader reads the full name (no aria-label to contradict the text)
    expect(tile(wrapper, '27').attributes('aria-label')).toBeUndefined()
    expect(tile(wrapper, '27').find('.tile__short').attributes('aria-hidden')).toBe('true')
  })

  it('recolours the tiles when another figure is chosen', async () => {
    const { wrapper } = await mountMap()
    await wrapper.find('[data-testid=map-figure]').setValue('coverage')
    await flushPromises()
    expect(tile(wrapper, '27').attributes('data-level')).toBe('1')
    expect(tile(wrapper, '25').attributes('data-level')).toBe('4')
    expect(tile(wrapper, '25').find('.tile__name').text()).toBe('Приморский край. Доля покрытых дефицитов: 90\u00a0%')
    expect(tile(wrapper, '22').classes()).toContain('tile--empty')
  })

  it('writes the legend in Russian number formats', async () => {
    const { wrapper } = await mountMap()
    const legend = () => wrapper.find('[data-testid=map-legend]')
    expect(legend().findAll('li').map((li) => li.text())).toEqual(
      ['0', '1–3\u00a0000', '3\u00a0001–6\u00a0000', '6\u00a0001–9\u00a0000', '9\u00a0001–12\u00a0000', 'нет данных'])
    await wrapper.find('[data-testid=map-figure]').setValue('coverage')
    await flushPromises()
    expect(legend().text()).toContain('Легенда: Доля покрытых дефицитов')
    expect(legend().findAll('li').map((li) => li.text())).toContain('76–100\u00a0%')
  })

  it('opens a region’s page on a click and on Enter', async () => {
    const { wrapper, router } = await mountMap()
    await tile(wrapper, '27').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/regions/27')
    await tile(wrapper, '22').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/regions/22')
    expect(tile(wrapper, '22').attributes('href')).toBe('/regions/22')
  })

  it('keeps one tile in the tab order and moves it with the arrow keys', async () => {
    const { wrapper } = await mountMap()
    expect(wrapper.findAll('.tile[tabindex="0"]').map((t) => t.attributes('data-code'))).toEqual(['51'])
    await tile(wrapper, '77').trigger('keydown', { key: 'ArrowLeft' })
    await flushPromises()
    expect(document.activeElement?.getAttribute('data-code')).toBe('69')
    expect(wrapper.findAll('.tile[tabindex="0"]').map((t) => t.attributes('data-code'))).toEqual(['69'])
    expect(tile(wrapper, '77').attributes('tabindex')).toBe('-1')
  })

  it('marks the region in focus and its partners, and fades the regions outside the chosen district', async () => {
    const { wrapper } = await mountMap({ focus: '27', partners: ['22'], district: 'FEFD' })
    expect(tile(wrapper, '27').find('.tile__name').text()).toContain('регион в фокусе')
    expect(tile(wrapper, '27').attributes('tabindex')).toBe('0')
    expect(tile(wrapper, '22').find('.tile__name').text()).toContain('партнёр региона в фокусе')
    expect(tile(wrapper, '22').classes()).toContain('tile--partner')
    expect(tile(wrapper, '22').classes()).toContain('tile--outside')
    expect(tile(wrapper, '25').classes()).not.toContain('tile--outside')
    expect(wrapper.find('[data-testid=map-legend]').text()).toContain('партнёр региона в фокусе')
  })

  it('gives the same figures as a table, with each district’s total', async () => {
    const { wrapper } = await mountMap()
    const table = wrapper.find('[data-testid=map-table]')
    const fefd = table.find('tbody[data-district=FEFD]')
    expect(fefd.find('th[scope=rowgroup]').text()).toBe('Дальневосточный, всего')
    expect(fefd.find('[data-testid=district-total]').text()).toBe('12\u00a0001')
    expect(fefd.findAll('tr[data-code]').map((r) => r.text()))
      .toEqual(['Приморский край1', 'Хабаровский край12\u00a0000'])
    expect(fefd.find('a[href="/regions/27"]').exists()).toBe(true)
  })
})

function hexToRgb(hex: string) {
  const n = parseInt(hex.slice(1), 16)
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`
}
