import { computed, type Ref } from 'vue'
import { api, clean, unwrap, type Schemas } from '../../api/client'
import type { FigureFormat, FigureValue, FigureValues } from './figures'
import { TILE_ORDER } from './russiaTiles'
import { useResource } from '../../composables/useResource'

export type FigureKey = 'openDeficits' | 'coverage' | 'practicesGiven' | 'practicesReceived' | 'projects'
export type Stage = Schemas['ProjectStage']

export const FIGURE_KEYS: FigureKey[] = ['openDeficits', 'coverage', 'practicesGiven', 'practicesReceived', 'projects']
export const FIGURE_FORMAT: Record<FigureKey, FigureFormat> = {
  openDeficits: 'count', coverage: 'share', practicesGiven: 'count', practicesReceived: 'count', projects: 'count',
}

/** Transfers of a practice between regions: a project uses it, or an adoption is recorded. */
const PRACTICE_KINDS: Schemas['EdgeKind'][] = ['PRACTICE_USED', 'ADOPTION']
const PAGE = 100

async function coverageRows(): Promise<Schemas['RegionCoverage'][]> {
  const rows: Schemas['RegionCoverage'][] = []
  // 89 regions fit one page; a second one is read only if the country ever grows past it
  for (let page = 0, pages = 1; page < pages; page++) {
    const answer = await unwrap(api.GET('/api/v1/analytics/coverage', { params: { query: { page, size: PAGE } } }))
    rows.push(...(answer.items ?? []))
    pages = answer.totalPages ?? 1
  }
  return rows
}

function influenceMap(year: string) {
  return unwrap(api.GET('/api/v1/influence/map', {
    params: { query: clean({ kinds: PRACTICE_KINDS, itemsPerEdge: 0, year: year ? Number(year) : undefined }) },
  }))
}

/** Every region at zero: for counts read from a list, a region missing from it has none. */
function zeros(): FigureValues {
  return new Map(TILE_ORDER.map((code) => [code, { value: 0 }]))
}

/** Projects of one stage per region, counted by the service in one answer however many there are. */
async function projectsAt(stage: Stage, year: string): Promise<FigureValues> {
  const rows = await unwrap(api.GET('/api/v1/analytics/projects-by-region', {
    params: { query: clean({ stage, year: year ? Number(year) : undefined }) },
  }))
  const out = zeros()
  for (const r of rows) out.set(r.regionCode, { value: r.projects })
  return out
}

/**
 * One figure per region for the map, read from the analytics and influence answers the service already gives:
 * deficits and their coverage from the coverage per region, practice transfers from the influence map (its edges of
 * practice use and adoption, item by item), projects from the map's node figures or, for one stage, their count per
 * region.
 * A region missing from a list of edges or projects has none of them; one missing from the coverage is not known.
 */
export function useRegionFigures(figure: Ref<FigureKey>, stage: Ref<Stage | ''>, year: Ref<string>) {
  // answers already read, by what they depend on, so switching figures back and forth asks nothing twice
  const answers = new Map<string, Promise<unknown>>()
  function once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!answers.has(key)) answers.set(key, load().catch((e) => { answers.delete(key); throw e }))
    return answers.get(key) as Promise<T>
  }

  async function compute(): Promise<FigureValues> {
    const key = figure.value
    if (key === 'openDeficits' || key === 'coverage') {
      const rows = await once('coverage', coverageRows)
      return new Map(rows.map((r): [string, FigureValue] => {
        const deficits = r.deficits ?? 0
        const covered = r.covered ?? 0
        return [r.regionCode ?? '', key === 'openDeficits' ? { value: deficits - covered }
          : { value: deficits > 0 ? covered / deficits : null, part: covered, whole: deficits }]
      }))
    }
    if (key === 'projects' && stage.value) {
      const chosen = stage.value
      return once(`projects:${chosen}:${year.value}`, () => projectsAt(chosen, year.value))
    }
    const map = await once(`influence:${year.value}`, () => influenceMap(year.value))
    const out = zeros()
    for (const node of map.nodes ?? []) {
      out.set(node.regionCode ?? '', { value: key === 'projects' ? node.figures?.projects ?? 0 : 0 })
    }
    if (key === 'projects') return out
    for (const edge of map.edges ?? []) {
      const code = (key === 'practicesGiven' ? edge.fromRegionCode : edge.toRegionCode) ?? ''
      out.set(code, { value: (out.get(code)?.value ?? 0) + (edge.itemCount ?? 0) })
    }
    return out
  }

  const { data, loading, error, reload } = useResource(() => [figure.value, stage.value, year.value], compute)
  // the old figure's colours under the new figure's name would mislead, even for a moment
  const values = computed(() => (loading.value || error.value ? null : data.value))
  return { values, loading, error, reload }
}
