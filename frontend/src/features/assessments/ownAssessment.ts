import { api, unwrap, type Schemas } from '../../api/client'
import { CRITERIA, type Criterion } from './criteria'

export type Assessment = Schemas['Assessment']
export type AssessmentValues = Record<Criterion, string> & { comment: string; recommendation: string }

/**
 * The signed-in expert's assessment of the project at the stage it is at now, or null. The service keeps one per
 * expert and stage, and lets its author change it while the project stays at that stage.
 */
export async function loadOwnAssessment(projectId: number, stage: 'PRE_DEFENSE' | 'DEFENSE',
  username: string | undefined): Promise<Assessment | null> {
  if (!username) return null
  const all = await unwrap(api.GET('/api/v1/projects/{projectId}/assessments', {
    params: { path: { projectId }, query: { stage } },
  }))
  const me = username.toLowerCase()
  return all.find((a) => a.stage === stage && a.expert?.username?.toLowerCase() === me) ?? null
}

/** The form's values of an assessment given before. */
export function valuesOf(a: Assessment): AssessmentValues {
  const scores = Object.fromEntries(CRITERIA.map((c) => [c, a[c] == null ? '' : String(a[c])]))
  return { ...(scores as Record<Criterion, string>), comment: a.comment ?? '', recommendation: a.recommendation ?? '' }
}
