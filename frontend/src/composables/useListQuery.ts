import { computed, reactive, ref, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { ApiError } from '../api/client'

export interface Page<T> {
  items?: T[]
  page?: number
  size?: number
  totalItems?: number
  totalPages?: number
}

export interface ListState {
  page: number
  size: number
  sort: string
}

function read(query: LocationQuery, key: string): string {
  const v = query[key]
  return (Array.isArray(v) ? v[0] : v) ?? ''
}

/**
 * A server-paged list whose filters, page and sort live in the address bar, so a link shows the same list.
 * `filters` holds the inputs; `apply()` (or a change of a select) puts them into the address and loads.
 */
export function useListQuery<F extends Record<string, string>, T>(
  defaults: F,
  load: (query: F & ListState) => Promise<Page<T>>,
  options: { size?: number; sort?: string } = {},
) {
  const route = useRoute()
  const router = useRouter()
  const defaultSize = options.size ?? 20
  const defaultSort = options.sort ?? ''

  const filters = reactive({ ...defaults }) as F
  const data = ref<Page<T> | null>(null)
  const loading = ref(false)
  const error = ref<ApiError | null>(null)

  const state = computed<F & ListState>(() => {
    const q = route.query
    const out: Record<string, string | number> = {}
    for (const key of Object.keys(defaults)) out[key] = read(q, key) || defaults[key]
    out.page = Math.max(0, Number(read(q, 'page')) - 1 || 0)
    out.size = Number(read(q, 'size')) || defaultSize
    out.sort = read(q, 'sort') || defaultSort
    return out as F & ListState
  })

  let ticket = 0
  async function fetch() {
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const result = await load(state.value)
      if (mine === ticket) data.value = result
    } catch (e) {
      if (mine !== ticket) return
      if (e instanceof ApiError) error.value = e
      else throw e
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  function toQuery(next: F & ListState): Record<string, string> {
    const query: Record<string, string> = {}
    for (const key of Object.keys(defaults)) {
      const value = (next as Record<string, unknown>)[key]
      if (value != null && value !== '' && value !== defaults[key]) query[key] = String(value)
    }
    if (next.page > 0) query.page = String(next.page + 1)
    if (next.size !== defaultSize) query.size = String(next.size)
    if (next.sort && next.sort !== defaultSort) query.sort = next.sort
    return query
  }

  function navigate(patch: Partial<F & ListState>) {
    return router.replace({ query: toQuery({ ...state.value, ...patch }) })
  }

  /** Puts the typed filters into the address (back to the first page). */
  function apply() {
    return navigate({ ...(filters as unknown as Partial<F & ListState>), page: 0 } as Partial<F & ListState>)
  }

  function resetFilters() {
    Object.assign(filters, defaults)
    return apply()
  }

  const setPage = (page: number) => navigate({ page } as Partial<F & ListState>)
  const setSize = (size: number) => navigate({ size, page: 0 } as Partial<F & ListState>)
  const setSort = (sort: string) => navigate({ sort, page: 0 } as Partial<F & ListState>)

  const ownRoute = route.name
  watch(() => route.query, () => {
    if (route.name !== ownRoute) return
    for (const key of Object.keys(defaults)) (filters as Record<string, string>)[key] = state.value[key] as string
    fetch()
  }, { immediate: true })

  return { filters, state, data, loading, error, apply, resetFilters, setPage, setSize, setSort, reload: fetch }
}
