import { customRef, getCurrentInstance, inject, onBeforeUnmount, type Ref } from 'vue'
import { routerKey } from 'vue-router'

/** What counts as starting the next action: pressing something, choosing, following a link. */
const ACTIONS = [
  'button', 'a[href]', '[role="button"]', '[role="tab"]', 'summary', 'select', 'input[type="checkbox"]',
  'input[type="radio"]',
].join(', ')

/**
 * A success notice («Изменения сохранены.») that stays until the person starts another action: edits a field,
 * presses another button or follows a link, goes back or forward, or another page opens. A screen's own change of
 * the query (selecting what it has just saved) does not count. Set it as a ref; it falls back to empty (`''` or
 * `false`) by itself. Watching starts after the action that set it has finished its own events.
 */
export function useSuccessNotice(initial: string): Ref<string>
export function useSuccessNotice(initial: boolean): Ref<boolean>
export function useSuccessNotice<T extends string | boolean>(initial: T): Ref<T> {
  const empty = (typeof initial === 'boolean' ? false : '') as T
  const router = inject(routerKey, null)
  let stop: (() => void) | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let trigger = () => {}
  let value = initial

  function clear() {
    disarm()
    if (value !== empty) {
      value = empty
      trigger()
    }
  }

  function onClick(event: Event) {
    if (event.target instanceof Element && event.target.closest(ACTIONS)) clear()
  }

  function arm() {
    disarm()
    timer = setTimeout(() => {
      document.addEventListener('input', clear, true)
      document.addEventListener('change', clear, true)
      document.addEventListener('submit', clear, true)
      document.addEventListener('click', onClick, true)
      window.addEventListener('popstate', clear)
      const stopRoute = router?.afterEach((to, from) => {
        if (to.path !== from.path) clear()
      })
      stop = () => {
        document.removeEventListener('input', clear, true)
        document.removeEventListener('change', clear, true)
        document.removeEventListener('submit', clear, true)
        document.removeEventListener('click', onClick, true)
        window.removeEventListener('popstate', clear)
        stopRoute?.()
      }
    })
  }

  function disarm() {
    clearTimeout(timer)
    stop?.()
    stop = null
  }

  const notice = customRef<T>((track, changed) => {
    trigger = changed
    return {
      get() {
        track()
        return value
      },
      set(next) {
        value = next
        if (next === empty) disarm()
        else arm()
        changed()
      },
    }
  })
  if (initial !== empty) arm()
  if (getCurrentInstance()) onBeforeUnmount(disarm)
  return notice
}
