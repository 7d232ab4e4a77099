import type { Schemas } from '../../api/client'
import { me } from '../../auth/session'

export type Stage = Schemas['ProjectStage']

/** The board's columns: the main path first, then the side stages. */
export const BOARD_STAGES: Stage[] = [
  'PROPOSED', 'REFINEMENT', 'PRE_DEFENSE', 'DEFENSE', 'APPROVED', 'IMPLEMENTATION', 'COMPLETED',
  'REVISION', 'ON_HOLD', 'REJECTED',
]

/** Stages at which experts assess a project. */
export const ASSESSED_STAGES: Stage[] = ['PRE_DEFENSE', 'DEFENSE']

/** Stages at which a project may still be deleted (the service says so too). */
export const DELETABLE_STAGES: Stage[] = ['PROPOSED', 'REFINEMENT', 'REJECTED']

/** Stages at which the passport no longer changes. */
export const FROZEN_STAGES: Stage[] = ['COMPLETED', 'REJECTED']

/**
 * Who may make a move, as the service decides it: experts take the defence steps, return for revision and reject;
 * the region's coordinator leads everything else (and may withdraw a project that is only proposed); admins do all.
 */
export function mayMove(from: Stage, to: Stage, projectRegion: string | null | undefined): boolean {
  const user = me.value
  if (!user) return false
  if (user.role === 'ADMIN') return true
  const expertMove = to === 'REVISION' || to === 'REJECTED'
    || (from === 'PRE_DEFENSE' && to === 'DEFENSE') || (from === 'DEFENSE' && to === 'APPROVED')
  const coordinatorMove = !expertMove || (from === 'PROPOSED' && to === 'REJECTED')
  if (user.role === 'EXPERT') return expertMove
  if (user.role === 'REGIONAL_COORDINATOR') return coordinatorMove && !!projectRegion && user.regionCode === projectRegion
  return false
}
