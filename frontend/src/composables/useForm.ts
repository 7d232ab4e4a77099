import { computed, reactive, ref, watch, type UnwrapRef } from 'vue'
import { ApiError } from '../api/client'
import { t } from '../i18n'

/** A check of one field: the message when the value is wrong, null when it is fine. */
export type Rule<T> = (value: unknown, values: T) => string | null

export const required = <T>(): Rule<T> => (value) => {
  const empty = value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
  return empty ? t('common.required') : null
}

export const maxLength = <T>(max: number): Rule<T> => (value) =>
  typeof value === 'string' && value.length > max ? t('common.tooLong', { max }) : null

export const between = <T>(min: number, max: number, key = 'form.between'): Rule<T> => (value) => {
  if (value == null || value === '') return null
  const n = Number(value)
  return Number.isFinite(n) && n >= min && n <= max ? null : t(key, { min, max })
}

/**
 * A form's state: values, checks as the person types, the server's field errors in place,
 * and a stale-version conflict (412) kept apart so the typed values survive it.
 */
export function useForm<T extends Record<string, unknown>>(initial: T, rules: Partial<Record<keyof T & string, Rule<T>[]>> = {}) {
  const values = reactive({ ...initial }) as UnwrapRef<T> & T
  const dirty = reactive<Record<string, boolean>>({})
  const serverErrors = ref<Record<string, string>>({})
  const problem = ref<ApiError | null>(null)
  const conflict = ref<ApiError | null>(null)
  const saving = ref(false)
  const submitted = ref(false)

  for (const key of Object.keys(initial)) {
    watch(() => (values as Record<string, unknown>)[key], () => {
      dirty[key] = true
      if (serverErrors.value[key]) {
        const { [key]: _gone, ...rest } = serverErrors.value
        serverErrors.value = rest
      }
    }, { deep: true })
  }

  const clientErrors = computed(() => {
    const out: Record<string, string> = {}
    for (const [field, checks] of Object.entries(rules) as [string, Rule<T>[]][]) {
      for (const check of checks ?? []) {
        const message = check((values as Record<string, unknown>)[field], values as T)
        if (message) {
          out[field] = message
          break
        }
      }
    }
    return out
  })

  /** The message to show under a field: the client's check once touched, else what the server said. */
  function error(field: string): string | undefined {
    if ((dirty[field] || submitted.value) && clientErrors.value[field]) return clientErrors.value[field]
    return serverErrors.value[field]
  }

  const valid = computed(() => Object.keys(clientErrors.value).length === 0)

  /** Runs the save when the checks pass; a refusal becomes field errors, a problem or a conflict. */
  async function submit<R>(save: (values: T) => Promise<R>): Promise<R | undefined> {
    submitted.value = true
    problem.value = null
    if (!valid.value) {
      focusFirstError()
      return undefined
    }
    saving.value = true
    try {
      const result = await save(values as T)
      conflict.value = null
      return result
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      if (e.status === 412) {
        conflict.value = e
      } else {
        serverErrors.value = e.fieldErrors
        problem.value = e
        if (Object.keys(e.fieldErrors).length) focusFirstError()
      }
      return undefined
    } finally {
      saving.value = false
    }
  }

  /** Puts fresh values in (after loading the object); forgets what was typed. */
  function reset(next: Partial<T>) {
    Object.assign(values, next)
    for (const key of Object.keys(dirty)) delete dirty[key]
    serverErrors.value = {}
    problem.value = null
    conflict.value = null
    submitted.value = false
  }

  function focusFirstError() {
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>('[aria-invalid="true"]')
      el?.focus()
    })
  }

  return { values, error, valid, submit, reset, saving, problem, conflict, serverErrors, submitted }
}
