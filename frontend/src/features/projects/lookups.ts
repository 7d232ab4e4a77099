import { api, clean, unwrap, type Schemas } from '../../api/client'
import type { PickItem } from './RefPicker.vue'

/** Searches behind the project form's pickers: every region, first 20 matches. */
export async function searchSubjects(q: string): Promise<PickItem[]> {
  const page = await unwrap(api.GET('/api/v1/subjects', { params: { query: { q, size: 20, sort: 'name,asc' } } }))
  return (page.items ?? []).map((s) => ({ id: s.id!, title: s.shortName || s.name || '', regionCode: s.regionCode }))
}

export async function searchDeficits(q: string): Promise<PickItem[]> {
  const page = await unwrap(api.GET('/api/v1/deficits', { params: { query: { q, size: 20, sort: 'title,asc' } } }))
  return (page.items ?? []).map((d) => ({ id: d.id!, title: d.title ?? '', regionCode: d.regionCode }))
}

export async function searchPractices(q: string): Promise<PickItem[]> {
  const page = await unwrap(api.GET('/api/v1/practices', { params: { query: { q, size: 20, sort: 'title,asc' } } }))
  return (page.items ?? []).map((p) => ({ id: p.id!, title: p.title ?? '', regionCode: p.regionCode }))
}

export async function searchPeople(q: string): Promise<PickItem[]> {
  const page = await unwrap(api.GET('/api/v1/people', { params: { query: { q, size: 20, sort: 'fullName,asc' } } }))
  return (page.items ?? []).map((p) => ({
    id: p.id!, title: [p.fullName, p.subjectName].filter(Boolean).join(', '), regionCode: p.regionCode,
  }))
}

/** A region's portfolios (newest year first); without a region, every portfolio (up to 100). */
export async function portfoliosOf(regionCode?: string): Promise<Schemas['PortfolioSummary'][]> {
  const page = await unwrap(api.GET('/api/v1/portfolios', { params: { query: clean({ regionCode, size: 100, sort: 'year,desc' }) } }))
  return page.items ?? []
}

export async function subjectsOf(regionCode: string): Promise<Schemas['SubjectSummary'][]> {
  const page = await unwrap(api.GET('/api/v1/subjects', { params: { query: { regionCode, size: 100, sort: 'name,asc' } } }))
  return page.items ?? []
}

/** Sessions for a select: a region's (or all, newest first, up to 100). */
export async function sessionsOf(regionCode?: string): Promise<Schemas['StrategicSessionSummary'][]> {
  const page = await unwrap(api.GET('/api/v1/sessions', { params: { query: clean({ regionCode, size: 100, sort: 'startDate,desc' }) } }))
  return page.items ?? []
}
