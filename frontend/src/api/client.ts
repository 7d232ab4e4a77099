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

/** The headers every call of the browser session carries. */
function sessionHeaders(headers: Headers, method: string) {
  headers.set('Accept-Language', locale.value)
  // Without it a 401 carries a Basic challenge, and the browser would pop up its own sign-in dialog.
  headers.set('X-Requested-With', 'XMLHttpRequest')
  if (csrfToken && method !== 'GET' && method !== 'HEAD') headers.set('X-CSRF-Token', csrfToken)
}

function noticeExpiry(response: Response, url: string) {
  if (response.status === 401 && !url.endsWith('/auth/login') && !url.endsWith('/auth/me')) onUnauthorized?.()
}

const session: Middleware = {
  onRequest({ request }) {
    sessionHeaders(request.headers, request.method)
    return request
  },
  onResponse({ response, request }) {
    noticeExpiry(response, request.url)
    return response
  },
}

/**
 * A call the typed client does not describe (files to download or upload), with the session's headers,
 * cookie and expiry handling. A network failure is an ApiError with status 0.
 */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  sessionHeaders(headers, init.method ?? 'GET')
  const url = new URL(path, globalThis.location?.origin).toString()
  let response: Response
  try {
    response = await fetch(url, { ...init, headers, credentials: 'same-origin' })
  } catch (cause) {
    throw new ApiError(0, { status: 0, detail: String(cause) })
  }
  noticeExpiry(response, url)
  return response
}

/** The problem a refused call sent, as an ApiError (an empty problem when the body is not problem JSON). */
export async function problemOf(response: Response): Promise<ApiError> {
  let problem = {} as Problem
  try {
    const body: unknown = await response.json()
    if (body && typeof body === 'object') problem = body as Problem
  } catch {
    /* not JSON: the status says enough */
  }
  return new ApiError(response.status, { ...problem, status: response.status })
}

/**
 * The typed client of the public API (types generated from openapi/openapi.yaml). It reads JSON and problem JSON;
 * files (exports, templates, PDF documents) go through `send`.
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
    throw new ApiError(0, { status: 0, detail: String(cause) })
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
