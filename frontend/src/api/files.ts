import { t } from '../i18n'
import { ApiError, problemOf, send, type Schemas } from './client'

/*
 * Files the service sends and takes: list exports (?format=xlsx|csv), printable pages (?format=pdf),
 * import templates and imports. Typed by hand, small on purpose: the typed client covers JSON only.
 */

export type ExportFormat = 'xlsx' | 'csv'
export type ImportKind = 'subjects' | 'people' | 'deficits' | 'practices' | 'projects'
export const IMPORT_KINDS: readonly ImportKind[] = ['subjects', 'people', 'deficits', 'practices', 'projects']

/** An error of a row of the file (numbered as a spreadsheet numbers it), as the contract says. */
export type ImportRowError = Schemas['ImportRowError']
export type ImportReport = Schemas['ImportReport']

/** What a list's address keeps that a file does not take: the page shown and its size. */
const NOT_FOR_FILES = ['page', 'size', 'format']

/** A list's API path with its filters and sort, asking for a file; the page and the empty filters are left out. */
export function exportUrl(path: string, query: object, format: ExportFormat, omit: string[] = []): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (NOT_FOR_FILES.includes(key) || omit.includes(key)) continue
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(key, String(one))
    }
  }
  params.set('format', format)
  return `${path}?${params}`
}

/** The file name of a Content-Disposition header: `filename*` (RFC 5987, UTF-8) first, then `filename`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
    } catch {
      /* a broken encoding: fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition)
  return plain ? (plain[2] ?? plain[1]).trim() || null : null
}

/** Hands a blob to the browser as a downloaded file. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Fetches a file with the session's credentials and saves it under the name the service gave
 * (or `fallbackName`). Resolves to the saved name; a refusal is an ApiError with the service's problem.
 */
export async function download(url: string, fallbackName: string): Promise<string> {
  const response = await send(url)
  if (!response.ok) throw await problemOf(response)
  // A JSON answer to a file request means the service did not make the file (an older service, a proxy page).
  if (/json/i.test(response.headers.get('Content-Type') ?? '')) {
    throw new ApiError(response.status, { status: response.status, title: t('files.failed'), detail: t('files.notAFile') })
  }
  const name = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName
  saveBlob(await response.blob(), name)
  return name
}

export const templateUrl = (kind: ImportKind) => `/api/v1/imports/${kind}/template`

/**
 * Sends a file to import. With dryRun the service only checks it and reports what it would do.
 * A real import the file's errors stopped is a 422 whose problem carries the report: see `reportOf`.
 */
export async function importFile(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportReport> {
  const body = new FormData()
  body.append('file', file, file.name)
  const response = await send(`/api/v1/imports/${kind}?dryRun=${dryRun}`, { method: 'POST', body })
  if (!response.ok) throw await problemOf(response)
  return (await response.json()) as ImportReport
}

/** The import report a refused import carried in its problem (422, `details.report`), if any. */
export function reportOf(error: ApiError): ImportReport | null {
  const details = error.problem.details as { report?: unknown } | null | undefined
  const report = details && typeof details === 'object' ? details.report : undefined
  return report && typeof report === 'object' && Array.isArray((report as ImportReport).errors)
    ? (report as ImportReport) : null
}
