import { computed, ref } from 'vue'
import { locale, t } from '../i18n'
import { api, unwrap, type Schemas } from './client'

export type Region = Schemas['Region']
export type FederalDistrict = Schemas['FederalDistrict']
export type Category = Schemas['Category']

/** Reference lists that rarely change, loaded once per page load and shared by every screen. */
export const regions = ref<Region[]>([])
const loadedDistricts = ref<FederalDistrict[]>([])
/** The eight federal districts, named in the language of the interface. */
export const districts = computed<FederalDistrict[]>(() => loadedDistricts.value.map((d) => ({
  ...d, name: districtName(d.code, d.name), shortName: districtShortName(d.code, d.shortName),
})))
export const categories = ref<Category[]>([])

let regionsLoad: Promise<Region[]> | null = null
let districtsLoad: Promise<FederalDistrict[]> | null = null
let categoriesLoad: Promise<Category[]> | null = null

export function loadRegions(): Promise<Region[]> {
  regionsLoad ??= unwrap(api.GET('/api/v1/regions', { params: { query: { size: 100 } } }))
    .then((page) => (regions.value = page.items ?? []))
    .catch((e) => { regionsLoad = null; throw e })
  return regionsLoad
}

export function loadDistricts(): Promise<FederalDistrict[]> {
  districtsLoad ??= unwrap(api.GET('/api/v1/federal-districts'))
    .then((list) => (loadedDistricts.value = list ?? []))
    .catch((e) => { districtsLoad = null; throw e })
  return districtsLoad
}

export function loadCategories(): Promise<Category[]> {
  categoriesLoad ??= unwrap(api.GET('/api/v1/categories', { params: { query: { size: 100 } } }))
    .then((page) => (categories.value = page.items ?? []))
    .catch((e) => { categoriesLoad = null; throw e })
  return categoriesLoad
}

export function regionName(code: string | null | undefined): string {
  return regions.value.find((r) => r.code === code)?.name ?? code ?? ''
}

/** A district's name in the interface's language; the reference data holds the Russian one. */
export function districtName(code: string | null | undefined, russian?: string | null): string {
  if (!code) return russian ?? ''
  if (locale.value === 'en') return t(`district.${code}`)
  return russian ?? loadedDistricts.value.find((d) => d.code === code)?.name ?? code
}

/** «ДФО», «FEFD». */
export function districtShortName(code: string | null | undefined, russian?: string | null): string {
  if (!code) return russian ?? ''
  if (locale.value === 'en') return t(`district.${code}.short`)
  return russian ?? loadedDistricts.value.find((d) => d.code === code)?.shortName ?? code
}

export function categoryName(code: string | null | undefined, english = false): string {
  const c = categories.value.find((x) => x.code === code)
  return (english && c?.nameEn) || c?.name || code || ''
}
