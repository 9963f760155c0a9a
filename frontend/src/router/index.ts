/**
 * Routes (hash history, as the app is served from embedded files). Until
 * the first start is dismissed every route leads to the welcome screen.
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { useAppStore } from '@/stores/app'
import { whenReady } from '@/stores/ready'

/** Navigation entries, in menu order; `nav` is the i18n key under nav.* */
export const navRoutes = [
  { path: '/', name: 'dashboard', component: () => import('@/views/Dashboard/index.vue') },
  { path: '/surveys', name: 'surveys', component: () => import('@/views/Surveys/index.vue') },
  { path: '/responses', name: 'responses', component: () => import('@/views/Responses/index.vue') },
  { path: '/followups', name: 'followups', component: () => import('@/views/FollowUps/index.vue') },
  { path: '/tickets', name: 'tickets', component: () => import('@/views/Tickets/index.vue') },
  { path: '/customers', name: 'customers', component: () => import('@/views/Customers/index.vue') },
  { path: '/reports', name: 'reports', component: () => import('@/views/Reports/index.vue') },
  { path: '/settings', name: 'settings', component: () => import('@/views/Settings/index.vue') },
] as const satisfies readonly RouteRecordRaw[]

export type NavName = (typeof navRoutes)[number]['name']

const routes: RouteRecordRaw[] = [
  ...navRoutes,
  { path: '/welcome', name: 'welcome', component: () => import('@/views/Welcome/index.vue'), meta: { bare: true } },
  // Survey sub-screens (the side navigation highlights "surveys" for these).
  { path: '/surveys/new', name: 'survey-new', component: () => import('@/views/SurveyEditor/index.vue'), meta: { nav: 'surveys' } },
  { path: '/surveys/:id(\\d+)/edit', name: 'survey-edit', component: () => import('@/views/SurveyEditor/index.vue'), meta: { nav: 'surveys' } },
  { path: '/surveys/:id(\\d+)', name: 'survey-overview', component: () => import('@/views/SurveyOverview/index.vue'), meta: { nav: 'surveys' } },
  { path: '/surveys/:id(\\d+)/entry', name: 'response-entry', component: () => import('@/views/ResponseEntry/index.vue'), meta: { nav: 'surveys' } },
  // Spreadsheet import studio (highlights "responses").
  { path: '/imports', name: 'imports', component: () => import('@/views/Imports/index.vue'), meta: { nav: 'responses' } },
  // Ticket detail and the SLA set-up (calendars, policies) highlight "tickets".
  { path: '/tickets/:id(\\d+)', name: 'ticket-detail', component: () => import('@/views/TicketDetail/index.vue'), meta: { nav: 'tickets' } },
  { path: '/tickets/setup', name: 'ticket-setup', component: () => import('@/views/TicketSetup/index.vue'), meta: { nav: 'tickets' } },
  // The verbatim theme codebook (highlights the dashboard, where themes are shown).
  { path: '/customers/:id(\\d+)', name: 'customer-profile', component: () => import('@/views/CustomerProfile/index.vue'), meta: { nav: 'customers' } },
  { path: '/care', name: 'care', component: () => import('@/views/Care/index.vue'), meta: { nav: 'customers' } },
  { path: '/themes', name: 'themes', component: () => import('@/views/Themes/index.vue'), meta: { nav: 'dashboard' } },
  { path: '/sla', name: 'sla-settings', component: () => import('@/views/SlaSettings/index.vue'), meta: { nav: 'tickets' } },
  // Kiosk: full screen, no shell; leaving needs the PIN.
  { path: '/kiosk', name: 'kiosk', component: () => import('@/views/Kiosk/index.vue'), meta: { bare: true } },
  { path: '/:rest(.*)*', redirect: '/' },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
})

router.beforeEach(async (to) => {
  await whenReady()
  const app = useAppStore()
  if (app.fatal) return true
  if (app.firstRun && to.name !== 'welcome') return { name: 'welcome' }
  if (!app.firstRun && to.name === 'welcome') return { name: 'dashboard' }
  return true
})
