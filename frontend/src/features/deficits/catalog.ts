import { computed } from 'vue'
import { categories, categoryName, type Category } from '../../api/reference'
import type { ApiError } from '../../api/client'
import { locale } from '../../i18n'

/** Shared by the deficit and practice screens: the category taxonomy as groups with their categories. */
export interface CategoryGroup {
  group: Category
  items: Category[]
}

export const categoryGroups = computed<CategoryGroup[]>(() => {
  const all = categories.value
  const groups = all.filter((c) => !c.parentCode)
  const out = groups.map((group) => ({ group, items: all.filter((c) => c.parentCode === group.code) }))
  const orphans = all.filter((c) => c.parentCode && !groups.some((g) => g.code === c.parentCode))
  if (orphans.length) out.push({ group: { code: '', name: '' }, items: orphans })
  return out
})

/** A category's name in the interface language. */
export function catName(code: string | null | undefined): string {
  return categoryName(code, locale.value === 'en')
}

export function catLabel(c: { code?: string; name?: string; nameEn?: string | null }): string {
  return (locale.value === 'en' && c.nameEn) || c.name || c.code || ''
}

/** Years a filter offers, newest first. */
export function yearOptions(from = 2018): number[] {
  const last = new Date().getFullYear() + 1
  const out: number[] = []
  for (let y = last; y >= from; y--) out.push(y)
  return out
}

/** What depends on an object, from a 409 problem's details (e.g. [{type: 'projects', count: 2}]). */
export function dependentsOf(error: ApiError | null): { type: string; count: number }[] {
  const details = (error?.problem as { details?: { dependents?: { type: string; count: number }[] } } | undefined)?.details
  return error?.status === 409 && Array.isArray(details?.dependents) ? details!.dependents! : []
}

/** The optional number of a select bound to a string ('' → undefined). */
export function optionalId(value: unknown): number | undefined {
  if (value === '' || value == null) return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}
