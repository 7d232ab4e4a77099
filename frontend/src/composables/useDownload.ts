import { ref } from 'vue'
import { ApiError } from '../api/client'
import { download } from '../api/files'
import { register } from '../i18n'
import { fileMessages } from '../i18n/files'

register(fileMessages)

/** One file download at a time: whether it is under way, the problem it met, the name it was saved under. */
export function useDownload() {
  const busy = ref(false)
  const error = ref<ApiError | null>(null)
  const saved = ref('')

  async function run(url: string, fallbackName: string) {
    if (busy.value) return
    busy.value = true
    error.value = null
    saved.value = ''
    try {
      saved.value = await download(url, fallbackName)
    } catch (e) {
      if (e instanceof ApiError) error.value = e
      else throw e
    } finally {
      busy.value = false
    }
  }

  return { busy, error, saved, run }
}
