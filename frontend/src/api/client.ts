import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'
import { locale } from '../i18n'

export type Schemas = components['schemas']
export type Problem = Schemas['Problem']

/** A refused or failed call: the problem the service sent (RFC 9457), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }

  /** The service's message for one field (e.g. "title" or "indicators[0].name"), if it named that field. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message
  }

  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.problem.errors ?? []) if (e.field && e.message && !out[e.field]) out[e.field] = e.message
    return out
  }
}

let csrfToken: string | null = null
let onUnauthorized: (() => void) | null = null

/** The CSRF token of the browser session; every changing request carries it. */
export function setCsrfToken(token: string | null | undefined) {
  csrfToken = token ?? null
}

/** Called when the service answers 401 to a signed-in user (the session expired). */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', locale.value)
    // Without it a 401 carries a Basic challenge, and the browser would pop up its own sign-in dialog.
    request.headers.set('X-Requested-With', 'XMLHttpRequest')
    if (csrfToken && request.method !== 'GET' && request.method !== 'HEAD') {
      request.headers.set('X-CSRF-Token', csrfToken)
    }
    return request
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.endsWith('/auth/login') && !request.url.endsWith('/auth/me')) {
      onUnauthorized?.()
    }
    return response
  },
}

/**
 * The typed client of the public API (types generated from openapi/openapi.yaml). It reads JSON and problem JSON;
 * the PDF documents some resources also answer are opened as links (`?format=pdf`), not read through it.
 */
export const api = createClient<paths, 'application/json' | 'application/problem+json'>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
})
api.use(session)

interface Result<T> {
  data?: T
  error?: unknown
  response: Response
}

/** The body of a successful call, or an ApiError carrying the service's problem. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch (cause) {
    throw new ApiError(0, { status: 0, title: 'network', detail: String(cause) })
  }
  if (result.response.ok) return result.data as T
  const problem = (result.error && typeof result.error === 'object' ? result.error : {}) as Problem
  throw new ApiError(result.response.status, { status: result.response.status, ...problem })
}

/** Query parameters without empty values (so the address bar and the API get the same clean query). */
export function clean<T extends Record<string, unknown>>(query: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) out[k] = v
  }
  return out as T
}
