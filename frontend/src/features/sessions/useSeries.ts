import { ref } from 'vue'
import { api, unwrap, type Schemas } from '../../api/client'

/** Session series for selects (there are few: one per lead organisation and year). */
export const seriesList = ref<Schemas['SessionSeriesSummary'][]>([])
let loading: Promise<unknown> | null = null

export function loadSeries() {
  loading ??= unwrap(api.GET('/api/v1/session-series', { params: { query: { size: 100, sort: 'year,desc' } } }))
    .then((page) => (seriesList.value = page.items ?? []))
    .catch(() => { loading = null })
  return loading
}

/** Years a session list can be filtered by: from 2020 to next year, newest first. */
export function sessionYears(): number[] {
  const last = new Date().getFullYear() + 1
  return Array.from({ length: last - 2019 }, (_, i) => last - i)
}
