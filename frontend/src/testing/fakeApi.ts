import { vi } from 'vitest'

/**
 * A stand-in for the service in component tests: answers fetch calls by method and path, records what was sent.
 * Browser tests (src/test/java/.../ui) use the real service; these only check how a component reacts.
 */
export interface Call {
  method: string
  path: string
  query: URLSearchParams
  headers: Headers
  /** The JSON sent, the FormData of an upload, or the text of any other body. */
  body: unknown
}

/** `body` is sent as JSON; `file` as it is (a download), with the headers given. */
type Reply = { status: number; body?: unknown; file?: string; headers?: Record<string, string> }
/** An answer now, or a promise of one: a test that resolves it itself can look at the loading state meanwhile. */
type Handler = (call: Call) => Reply | Promise<Reply>

const routes: { method: string; pattern: RegExp; handler: Handler }[] = []
export const calls: Call[] = []

export function reply(method: string, path: string | RegExp, handler: Handler | Reply) {
  const pattern = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path
  routes.unshift({ method, pattern, handler: typeof handler === 'function' ? handler : () => handler })
}

export function resetApi() {
  routes.length = 0
  calls.length = 0
}

/** A problem answer as the service sends it (RFC 9457). */
export function problem(status: number, detail: string, errors?: { field: string; message: string }[]): Reply {
  return { status, body: { type: 'about:blank', title: detail, status, detail, errors } }
}

const fakeFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new Request(String(input), init)
  const url = new URL(request.url)
  let body: unknown
  if (init?.body instanceof FormData) body = init.body
  else if (request.method !== 'GET' && request.method !== 'HEAD') {
    const text = await request.text()
    body = text && /json/.test(request.headers.get('Content-Type') ?? 'json') ? JSON.parse(text) : text || undefined
  }
  const call: Call = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body }
  calls.push(call)
  const route = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname))
  const answer = route ? await route.handler(call) : { status: 404, body: { status: 404, title: 'Not found', detail: `${request.method} ${url.pathname}` } }
  const isProblem = answer.status >= 400
  if (answer.file !== undefined) return new Response(answer.file, { status: answer.status, headers: answer.headers })
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json', ...answer.headers },
  })
})

globalThis.fetch = fakeFetch as unknown as typeof fetch
