import { ref, watch, type WatchSource } from 'vue'
import { ApiError } from '../../api/client'

/** One figure block of the overview: loads when its inputs change, with its own loading and error state. */
export function useLoad<T>(source: WatchSource<unknown>, load: () => Promise<T>) {
  const data = ref<T | null>(null)
  const loading = ref(true)
  const error = ref<ApiError | null>(null)
  let ticket = 0

  async function fetch() {
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

  watch(source, fetch, { immediate: true })
  return { data, loading, error, reload: fetch }
}
