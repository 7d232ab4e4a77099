import { ref } from 'vue'

export type Locale = 'ru' | 'en'
export type Messages = Record<string, string>
export interface MessageSet {
  ru: Messages
  en: Messages
}

const STORAGE_KEY = 'efs.locale'
const dictionaries: Record<Locale, Messages> = { ru: {}, en: {} }

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ru'
  } catch {
    return 'ru'
  }
}

/** The language of the interface; Russian unless the person chose English. */
export const locale = ref<Locale>(initialLocale())

export function setLocale(next: Locale) {
  locale.value = next
  document.documentElement.lang = next
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    /* private mode: the choice lasts until the tab closes */
  }
}

/** Adds a feature's texts; each feature registers its own file when it is first loaded. */
export function register(messages: MessageSet) {
  Object.assign(dictionaries.ru, messages.ru)
  Object.assign(dictionaries.en, messages.en)
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key: string, params?: Record<string, string | number | null | undefined>): string {
  const text = dictionaries[locale.value][key] ?? dictionaries.ru[key] ?? key
  if (!params) return text
  // a title that is in quotes already («Школа наставников») is not quoted twice
  const once = text.replace(/«\{(\w+)\}»/g, (whole, name: string) => {
    const value = params[name]
    return typeof value === 'string' && value.length > 1 && value.startsWith('«') && value.endsWith('»') ? `{${name}}` : whole
  })
  return once.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value == null) return ''
    return typeof value === 'number' ? formatNumber(value) : value
  })
}

/**
 * A sentence with a count in the right plural form: the key's `.one`, `.few`, `.many` or `.other` text
 * (as Intl.PluralRules names the forms of the language), e.g. tn('imports.rows', 5) → «Прочитано 5 строк».
 */
export function tn(key: string, count: number, params?: Record<string, string | number | null | undefined>): string {
  const form = new Intl.PluralRules(locale.value).select(count)
  const dictionary = dictionaries[locale.value]
  const chosen = dictionary[`${key}.${form}`] !== undefined ? `${key}.${form}` : `${key}.other`
  return t(chosen, { count, ...params })
}

/** The label of an enum value, e.g. enumLabel('DeficitStatus', 'OPEN') → «Открыт». */
export function enumLabel(type: string, value: string | null | undefined): string {
  if (!value) return ''
  return t(`enum.${type}.${value}`)
}

function tag() {
  return locale.value === 'en' ? 'en-GB' : 'ru-RU'
}

function toDate(value: string | Date): Date {
  if (value instanceof Date) return value
  // A bare date (2023-10-10) is a calendar day, not an instant: read it in local time.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value)
}

/** Names in the order a person reads them: case and «ё» do not split the alphabet, as the server's lists. */
const nameCollator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true })

export function compareNames(a: string | null | undefined, b: string | null | undefined): number {
  return nameCollator.compare(a ?? '', b ?? '')
}

/** «10 октября 2023 г.» */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  return new Intl.DateTimeFormat(tag(), { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(value))
}

/** «10–11 октября 2023 г.»; one day when the range is one day. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return ''
  if (!end || end === start) return formatDate(start)
  const format = new Intl.DateTimeFormat(tag(), { day: 'numeric', month: 'long', year: 'numeric' })
  return format.formatRange(toDate(start), toDate(end))
}

/** «10.10.2023, 14:05» */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  return new Intl.DateTimeFormat(tag(), {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(toDate(value))
}

/** «20 000», «4,5» */
export function formatNumber(value: number | null | undefined, fractionDigits?: number): string {
  if (value == null || Number.isNaN(value)) return ''
  const options: Intl.NumberFormatOptions = fractionDigits == null ? {} : {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }
  return new Intl.NumberFormat(tag(), options).format(value)
}

/** A score or an average: at most two decimals and none that say nothing: «4», «4,5», «4,33». */
export function formatScore(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return ''
  return new Intl.NumberFormat(tag(), { maximumFractionDigits: 2 }).format(value)
}

/** A share 0–1 as a percentage: «75 %» (with a no-break space in Russian), «75%» in English. */
export function formatPercent(share: number | null | undefined, fractionDigits = 0): string {
  if (share == null || Number.isNaN(share)) return ''
  return new Intl.NumberFormat(tag(), {
    style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(share)
}
