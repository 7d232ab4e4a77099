import { ref, watch, type Ref, type WatchSource } from 'vue'
import { ApiError } from '../api/client'

export interface Resource<T> {
  /** The last answer; a screen may replace it with what a save returned. */
  data: Ref<T | null>
  loading: Ref<boolean>
  error: Ref<ApiError | null>
  /** Loads again (the retry of an error, the refresh after a change). */
  reload: () => Promise<void>
}

/**
 * A resource read from the API whenever its source changes, with its loading and error state. Only the latest load
 * counts: the answer of an older one that comes late is dropped. A failure that is not an API error is a defect and
 * is thrown on.
 */
export function useResource<T>(source: WatchSource<unknown>, load: () => Promise<T>): Resource<T> {
  const data = ref<T | null>(null) as Ref<T | null>
  const loading = ref(true)
  const error = ref<ApiError | null>(null)
  let ticket = 0

  async function reload() {
    const mine = ++ticket
    loading.value = true
    error.value = null
    try {
      const result = await load()
      if (mine === ticket) data.value = result
    } catch (e) {
      if (mine !== ticket) return
      if (e instanceof ApiError) error.value = e
      else throw e
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  watch(source, reload, { immediate: true })
  return { data, loading, error, reload }
}
