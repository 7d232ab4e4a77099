import type { Schemas } from '../../api/client'

export type SubjectType = Schemas['SubjectType']
export type SubjectLevel = Schemas['SubjectLevel']

/** The level each type belongs to (the service derives it the same way). */
export const LEVEL_OF: Record<SubjectType, SubjectLevel> = {
  MINISTRY: 'FEDERAL',
  FEDERAL_OPERATOR: 'FEDERAL',
  UNIVERSITY_CENTER: 'FEDERAL',
  FEDERAL_CENTER: 'FEDERAL',
  REGIONAL_AUTHORITY: 'REGIONAL',
  EDUCATION_DEVELOPMENT_INSTITUTE: 'REGIONAL',
  CNPPM: 'REGIONAL',
  ASSESSMENT_CENTER: 'REGIONAL',
  UNIVERSITY: 'REGIONAL',
  MUNICIPAL_SERVICE: 'MUNICIPAL',
  SCHOOL_SERVICE: 'SCHOOL',
}

export const SUBJECT_TYPES = Object.keys(LEVEL_OF) as SubjectType[]

/** Same checks as the service's request: website, email and phone formats. */
export const WEBSITE = /^https?:\/\/\S+$/
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export const PHONE = /^[0-9+()\-\s]{5,50}$/
