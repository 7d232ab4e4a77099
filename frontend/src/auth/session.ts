import { computed, ref } from 'vue'
import { api, setCsrfToken, unwrap, type Schemas } from '../api/client'

export type Me = Schemas['Me']
export type Role = Schemas['Role']

/** Who is signed in (null when nobody is); filled from /auth/me at start and by login. */
export const me = ref<Me | null>(null)
export const sessionChecked = ref(false)

export const isAdmin = computed(() => me.value?.role === 'ADMIN')
export const isExpert = computed(() => me.value?.role === 'EXPERT')
export const isCoordinator = computed(() => me.value?.role === 'REGIONAL_COORDINATOR')

/** Whether the signed-in user may change data of this region (the server decides too; this only hides buttons). */
export function canEditRegion(regionCode: string | null | undefined): boolean {
  const user = me.value
  if (!user) return false
  if (user.role === 'ADMIN') return true
  return user.role === 'REGIONAL_COORDINATOR' && !!regionCode && user.regionCode === regionCode
}

/** Whether the user may create records at all (coordinators for their region, admins anywhere). */
export const canCreate = computed(() => me.value?.role === 'ADMIN' || me.value?.role === 'REGIONAL_COORDINATOR')

/** Whether the user assesses projects and keeps the national catalogues (experts and admins). */
export const canAssess = computed(() => me.value?.role === 'EXPERT' || me.value?.role === 'ADMIN')

export function hasRole(...roles: Role[]): boolean {
  return !!me.value?.role && roles.includes(me.value.role)
}

function accept(user: Me | null) {
  me.value = user
  setCsrfToken(user?.csrfToken)
}

export async function loadSession(): Promise<Me | null> {
  try {
    const { data, response } = await api.GET('/api/v1/auth/me')
    accept(response.ok && data ? data : null)
  } catch {
    accept(null)
  } finally {
    sessionChecked.value = true
  }
  return me.value
}

export async function login(username: string, password: string): Promise<Me> {
  const user = await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } }))
  accept(user)
  return user
}

export async function logout() {
  try {
    await api.POST('/api/v1/auth/logout')
  } finally {
    accept(null)
  }
}

/** Forgets the user without calling the server (after a 401: the session is already gone). */
export function forget() {
  accept(null)
}
