import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError } from '../api/client'
import { useResource } from './useResource'

function later<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((yes, no) => { resolve = yes; reject = no })
  return { promise, resolve, reject }
}

describe('useResource', () => {
  it('loads at once and again when its source changes, keeping only the latest answer', async () => {
    const id = ref(1)
    const pending = new Map<number, ReturnType<typeof later<string>>>()
    const r = useResource(id, () => {
      const p = later<string>()
      pending.set(id.value, p)
      return p.promise
    })
    expect(r.loading.value).toBe(true)
    id.value = 2
    await nextTick()
    pending.get(2)!.resolve('второй')
    await flushPromises()
    pending.get(1)!.resolve('первый, опоздавший')
    await flushPromises()
    expect(r.data.value).toBe('второй')
    expect(r.loading.value).toBe(false)
  })

  it('keeps an API error for the screen to show, and clears it on reload', async () => {
    let fail = true
    const problem = new ApiError(404, { title: 'Не найдено', status: 404 })
    const r = useResource(() => true, async () => {
      if (fail) throw problem
      return 5
    })
    await flushPromises()
    expect(r.error.value).toBe(problem)
    expect(r.data.value).toBeNull()
    fail = false
    await r.reload()
    expect(r.error.value).toBeNull()
    expect(r.data.value).toBe(5)
  })
})
