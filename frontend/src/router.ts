import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { loadSession, me, sessionChecked } from './auth/session'

/** Every screen is its own chunk, so the first screen loads only what it shows. */
const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  { path: '/', name: 'overview', component: () => import('./features/overview/OverviewView.vue') },

  { path: '/regions', name: 'regions', component: () => import('./features/regions/RegionListView.vue') },
  { path: '/regions/:code', name: 'region', component: () => import('./features/regions/RegionView.vue'), props: true },

  { path: '/subjects', name: 'subjects', component: () => import('./features/subjects/SubjectListView.vue') },
  { path: '/subjects/new', name: 'subject-new', component: () => import('./features/subjects/SubjectFormView.vue') },
  { path: '/subjects/:id', name: 'subject', component: () => import('./features/subjects/SubjectView.vue'), props: true },
  { path: '/subjects/:id/edit', name: 'subject-edit', component: () => import('./features/subjects/SubjectFormView.vue'), props: true },

  { path: '/people', name: 'people', component: () => import('./features/people/PersonListView.vue') },
  { path: '/people/:id', name: 'person', component: () => import('./features/people/PersonView.vue'), props: true },

  { path: '/sessions', name: 'sessions', component: () => import('./features/sessions/SessionListView.vue') },
  { path: '/sessions/new', name: 'session-new', component: () => import('./features/sessions/SessionFormView.vue') },
  { path: '/sessions/:id', name: 'session', component: () => import('./features/sessions/SessionView.vue'), props: true },
  { path: '/sessions/:id/edit', name: 'session-edit', component: () => import('./features/sessions/SessionFormView.vue'), props: true },

  { path: '/deficits', name: 'deficits', component: () => import('./features/deficits/DeficitListView.vue') },
  { path: '/deficits/new', name: 'deficit-new', component: () => import('./features/deficits/DeficitFormView.vue') },
  { path: '/deficits/:id', name: 'deficit', component: () => import('./features/deficits/DeficitView.vue'), props: true },
  { path: '/deficits/:id/edit', name: 'deficit-edit', component: () => import('./features/deficits/DeficitFormView.vue'), props: true },

  { path: '/practices', name: 'practices', component: () => import('./features/practices/PracticeListView.vue') },
  { path: '/practices/new', name: 'practice-new', component: () => import('./features/practices/PracticeFormView.vue') },
  { path: '/practices/:id', name: 'practice', component: () => import('./features/practices/PracticeView.vue'), props: true },
  { path: '/practices/:id/edit', name: 'practice-edit', component: () => import('./features/practices/PracticeFormView.vue'), props: true },

  { path: '/portfolios', name: 'portfolios', component: () => import('./features/portfolios/PortfolioListView.vue') },
  { path: '/portfolios/:id', name: 'portfolio', component: () => import('./features/portfolios/PortfolioView.vue'), props: true },

  { path: '/projects', name: 'projects', component: () => import('./features/projects/ProjectBoardView.vue') },
  { path: '/projects/new', name: 'project-new', component: () => import('./features/projects/ProjectFormView.vue') },
  { path: '/projects/:id', name: 'project', component: () => import('./features/projects/ProjectView.vue'), props: true },
  { path: '/projects/:id/edit', name: 'project-edit', component: () => import('./features/projects/ProjectFormView.vue'), props: true },

  { path: '/assessments', name: 'queue', component: () => import('./features/assessments/QueueView.vue') },
  { path: '/projects/:id/assess', name: 'assess', component: () => import('./features/assessments/AssessView.vue'), props: true },

  { path: '/influence', name: 'influence', component: () => import('./features/influence/InfluenceMapView.vue') },
  { path: '/search', name: 'search', component: () => import('./features/search/SearchView.vue') },
  {
    path: '/notifications', name: 'notifications',
    component: () => import('./features/notifications/NotificationListView.vue'),
  },
  { path: '/imports', name: 'imports', component: () => import('./features/imports/ImportView.vue') },

  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { public: true } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  if (!sessionChecked.value) await loadSession()
  if (!to.meta.public && !me.value) return { name: 'login', query: { redirect: to.fullPath } }
  if (to.name === 'login' && me.value) return { path: (to.query.redirect as string) || '/' }
  return true
})
