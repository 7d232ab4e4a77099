/** The six criteria of an assessment, in the order experts score them (names as in AssessmentRequest). */
export const CRITERIA = [
  'relevance', 'feasibility', 'resources', 'measurableResults', 'replicability', 'interregionalEffect',
] as const

export type Criterion = (typeof CRITERIA)[number]

export const SCORES = [1, 2, 3, 4, 5] as const
