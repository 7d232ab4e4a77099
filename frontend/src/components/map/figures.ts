import { formatNumber, formatPercent } from '../../i18n'

/** What a tile shows: a count, or a share with the counts it comes from (so a district's share can be summed). */
export interface FigureValue {
  value: number | null
  /** For a share: the covered part and the whole it is a share of. */
  part?: number
  whole?: number
}
export type FigureFormat = 'count' | 'share'
export type FigureValues = Map<string, FigureValue>

/** Light to dark; the two darkest carry white text (contrast ≥ 4.5:1 both ways). */
export const PALETTE = ['#edf2f9', '#c3d5ee', '#8badd9', '#3f73b5', '#163d70']
export const DARK_LEVELS = 3

export interface LegendBin {
  /** The palette index of the bin. */
  level: number
  from: number
  to: number
  label: string
}

export function formatFigure(value: number | null | undefined, format: FigureFormat): string {
  if (value == null) return ''
  return format === 'share' ? formatPercent(value) : formatNumber(value)
}

function rangeLabel(from: number, to: number, format: FigureFormat): string {
  if (format === 'share') {
    return from === to ? formatPercent(to / 100) : `${formatNumber(from)}–${formatPercent(to / 100)}`
  }
  return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`
}

/** A share is binned by the whole percent it shows, so a tile and its label never disagree. */
const binned = (value: number, format: FigureFormat) => (format === 'share' ? Math.round(value * 100) : value)

/**
 * The legend's bins: zero on its own, then equal steps up to the largest count (at most four), or fixed quarters of
 * a share. The darkest colour always goes to the bin of the largest value.
 */
export function legendBins(values: FigureValues, format: FigureFormat): LegendBin[] {
  const ranges: [number, number][] = [[0, 0]]
  if (format === 'share') {
    ranges.push([1, 25], [26, 50], [51, 75], [76, 100])
  } else {
    let max = 0
    for (const v of values.values()) if (v.value != null && v.value > max) max = v.value
    const step = Math.max(1, Math.ceil(max / 4))
    for (let from = 1; from <= max; from += step) ranges.push([from, Math.min(max, from + step - 1)])
  }
  const last = ranges.length - 1
  return ranges.map(([from, to], i) => ({
    level: last === 0 ? 0 : Math.round((i * (PALETTE.length - 1)) / last),
    from, to, label: rangeLabel(from, to, format),
  }))
}

/** The bin a value falls in, or null for a region without data. */
export function binOf(value: number | null | undefined, bins: LegendBin[], format: FigureFormat): LegendBin | null {
  if (value == null) return null
  const v = binned(value, format)
  return bins.find((b) => v >= b.from && v <= b.to) ?? bins[bins.length - 1]
}

export interface RegionRef {
  code?: string
  name?: string
  federalDistrictCode?: string | null
}

export interface DistrictTotal {
  /** Empty for the regions outside the federal districts. */
  code: string
  regions: string[]
  total: FigureValue
}

/**
 * A figure per federal district: counts add up; a share is the district's covered part over its whole, not an
 * average of its regions' shares. Regions without a value count as nothing; a district with none has none.
 */
export function aggregateByDistrict(
  regions: RegionRef[], values: FigureValues, districtOrder: string[],
): DistrictTotal[] {
  const groups = new Map<string, string[]>()
  for (const code of districtOrder) groups.set(code, [])
  for (const r of regions) {
    const key = r.federalDistrictCode ?? ''
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push(r.code ?? '')
  }
  const out: DistrictTotal[] = []
  for (const [code, members] of groups) {
    if (members.length === 0) continue
    const known = members.map((m) => values.get(m)).filter((v): v is FigureValue => v != null && v.value != null)
    let total: FigureValue = { value: null }
    if (known.some((v) => v.whole != null)) {
      const part = known.reduce((s, v) => s + (v.part ?? 0), 0)
      const whole = known.reduce((s, v) => s + (v.whole ?? 0), 0)
      total = { value: whole > 0 ? part / whole : null, part, whole }
    } else if (known.length > 0) {
      total = { value: known.reduce((s, v) => s + (v.value ?? 0), 0) }
    }
    out.push({ code, regions: members, total })
  }
  // the regions outside the districts come last
  return out.sort((a, b) => Number(a.code === '') - Number(b.code === ''))
}
