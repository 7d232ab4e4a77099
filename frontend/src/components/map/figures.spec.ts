import { beforeEach, describe, expect, it } from 'vitest'
import { setLocale } from '../../i18n'
import { aggregateByDistrict, binOf, legendBins, type FigureValues } from './figures'

const counts = (entries: Record<string, number | null>): FigureValues =>
  new Map(Object.entries(entries).map(([code, value]) => [code, { value }]))

describe('figures', () => {
  beforeEach(() => setLocale('ru'))

  it('bins counts in equal steps up to the largest, zero on its own, labelled in Russian', () => {
    const bins = legendBins(counts({ 77: 12000, 50: 3, 27: 0 }), 'count')
    expect(bins.map((b) => b.label))
      .toEqual(['0', '1–3\u00a0000', '3\u00a0001–6\u00a0000', '6\u00a0001–9\u00a0000', '9\u00a0001–12\u00a0000'])
    expect(bins.map((b) => b.level)).toEqual([0, 1, 2, 3, 4])
    expect(binOf(12000, bins, 'count')?.level).toBe(4)
    expect(binOf(0, bins, 'count')?.level).toBe(0)
    expect(binOf(null, bins, 'count')).toBeNull()
  })

  it('gives the largest value the darkest colour however few the bins', () => {
    const bins = legendBins(counts({ 27: 2, 22: 1 }), 'count')
    expect(bins.map((b) => b.label)).toEqual(['0', '1', '2'])
    expect(binOf(2, bins, 'count')?.level).toBe(4)
  })

  it('bins a share by the whole percent it shows', () => {
    const bins = legendBins(new Map(), 'share')
    expect(bins.map((b) => b.label))
      .toEqual(['0\u00a0%', '1–25\u00a0%', '26–50\u00a0%', '51–75\u00a0%', '76–100\u00a0%'])
    expect(binOf(0.255, bins, 'share')?.label).toBe('26–50\u00a0%')
    expect(binOf(0.004, bins, 'share')?.label).toBe('0\u00a0%')
  })

  it('sums a count per federal district to its regions’ figures, the regions outside the districts last', () => {
    const regions = [
      { code: '27', federalDistrictCode: 'FEFD' }, { code: '25', federalDistrictCode: 'FEFD' },
      { code: '22', federalDistrictCode: 'SIBFD' }, { code: '93', federalDistrictCode: null },
      { code: '54', federalDistrictCode: 'SIBFD' },
    ]
    const values = counts({ 27: 4, 25: 1, 22: 2, 93: 0, 54: null })
    const totals = aggregateByDistrict(regions, values, ['SIBFD', 'FEFD', 'CFD'])
    expect(totals.map((d) => [d.code, d.regions, d.total.value])).toEqual([
      ['SIBFD', ['22', '54'], 2], ['FEFD', ['27', '25'], 5], ['', ['93'], 0],
    ])
    const all = totals.reduce((s, d) => s + (d.total.value ?? 0), 0)
    expect(all).toBe([...values.values()].reduce((s, v) => s + (v.value ?? 0), 0))
  })

  it('takes a district’s share from its regions’ parts and wholes, not an average of shares', () => {
    const regions = ['27', '25', '79'].map((code) => ({ code, federalDistrictCode: 'FEFD' }))
    const values: FigureValues = new Map([
      ['27', { value: 0.75, part: 3, whole: 4 }], ['25', { value: 0, part: 0, whole: 1 }],
      ['79', { value: null, part: 0, whole: 0 }],
    ])
    const [fefd] = aggregateByDistrict(regions, values, ['FEFD'])
    expect(fefd.total).toEqual({ value: 0.6, part: 3, whole: 5 })
  })
})
