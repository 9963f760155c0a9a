/** English messages; typed by MessageSchema so they match zh-CN key for key. */
import type { MessageSchema } from './schema'
import surveysModule from './modules/surveys.en'
import responsesModule from './modules/responses.en'
import followupsModule from './modules/followups.en'
import kioskModule from './modules/kiosk.en'
import importsModule from './modules/imports.en'
import slaModule from './modules/sla.en'
import ticketsModule from './modules/tickets.en'
import ticketDetailModule from './modules/ticketDetail.en'
import slaSettingsModule from './modules/slaSettings.en'
import notificationsModule from './modules/notifications.en'
import slaFiguresModule from './modules/slaFigures.en'
import ticketSetupModule from './modules/ticketSetup.en'
import satisfactionModule from './modules/satisfaction.en'
import complaintsModule from './modules/complaints.en'
import themesModule from './modules/themes.en'
import reportsModule from './modules/reports.en'
import customersModule from './modules/customers.en'
import customerProfileModule from './modules/customerProfile.en'
import careModule from './modules/care.en'

const en: MessageSchema = {
  app: {
    name: 'Feedback Desk',
    nameEn: 'Feedback Desk',
    tagline: 'Voice of the customer',
  },
  nav: {
    dashboard: 'Dashboard',
    surveys: 'Surveys',
    responses: 'Responses',
    followups: 'Follow-ups',
    tickets: 'Tickets',
    customers: 'Customers',
    reports: 'Reports',
    settings: 'Settings',
  },
  topbar: {
    period: 'Period',
    scope: 'Scope',
    scopeAll: 'All surveys',
    scopeHint: 'Filter by survey once you have created surveys',
    language: 'Language',
    toDark: 'Switch to dark theme',
    toLight: 'Switch to light theme',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    cancel: 'Cancel',
    close: 'Close',
    ok: 'Got it',

  },
  welcome: {
    title: 'Welcome to Feedback Desk',
    lead: 'Collect surveys and NPS / CSAT / CES scores, keep complaint tickets within SLA, and produce the monthly satisfaction report — all in one place. Your data stays on this computer.',
    demoTitle: 'See it in action',
    demoBody: 'Loads surveys, responses, customers and tickets of a fictional company. Takes a few seconds.',
    demoAction: 'Load demo data',
    emptyTitle: 'Start working',
    emptyBody: 'Begin with an empty database, then create a survey or import a spreadsheet.',
    emptyAction: 'Start with an empty database',
    privacy: 'Data folder: {dir}',
  },
  demo: {
    loading: 'Loading demo data…',
    progress: '{stage}: {done} / {total}',
    done: 'Demo data loaded: {responses} responses, {tickets} tickets',
    alreadyLoaded: 'The database already holds data; demo data was not loaded again.',
    stage: {
      handlers: 'Handlers',
      customers: 'Customers',
      orders: 'Orders',
      surveys: 'Surveys',
      responses: 'Responses',
      categories: 'Ticket categories',
      tickets: 'Tickets',
      followups: 'Follow-up calls',
    },
  },
  dashboard: {
    title: 'Dashboard',
    subtitle: 'What the database holds and the last 12 months of activity',
    kpi: {
      surveys: 'Surveys',
      responses: 'Responses',
      customers: 'Customers',
      tickets: 'Tickets',
      handlers: 'Handlers',
    },
    kpiUnit: {
      surveys: 'surveys',
      responses: 'responses',
      customers: 'customers',
      tickets: 'tickets',
      handlers: 'people',
    },
    activityTitle: 'Monthly activity',
    activitySubtitle: 'Responses received and tickets opened per month',
    series: {
      responses: 'Responses',
      tickets: 'Tickets',
    },
    activityEmpty: 'No monthly data yet',
    empty: {
      title: 'No data yet',
      body: 'The dashboard sums up survey responses, complaint tickets and customers. Create a survey first, or load demo data in Settings to look around.',
      toSurveys: 'Create a survey',
      toSettings: 'Load demo data',
    },
  },
  settings: {
    title: 'Settings',
    subtitle: 'Interface, data location and maintenance',
    appearance: 'Interface',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    data: 'Data location',
    dataDir: 'Data folder',
    databasePath: 'Database file',
    schemaVersion: 'Schema version',
    version: 'App version',
    backupTitle: 'Backup and restore',
    backupBody: 'A backup is a complete copy of the database that you can restore at any time.',
    backupAction: 'Back up…',
    backupDone: 'Backed up to {path} ({size})',
    restoreAction: 'Restore from backup…',
    restoreConfirmTitle: 'Restore from a backup?',
    restoreConfirmBody:
      'Restoring replaces all current data with the backup. A safety copy of the current database is kept first, so nothing is lost.',
    restoreConfirm: 'Replace current data',
    restoreDone: 'Restored from {path}',
    restoreSafety: 'Safety copy of the previous data: {path}',
    restoreCounts: 'Now {surveys} surveys, {responses} responses, {customers} customers, {tickets} tickets',
    maintenanceTitle: 'Maintenance',
    checkAction: 'Check data integrity',
    checkOk: 'The data is intact; no problems found.',
    checkProblems: 'Problems found: {n} foreign-key mismatches',
    checkDrift: '{n} monthly metric summaries differ from the answers (restoring a backup recounts them).',
    checkIntegrity: 'Integrity check reported: {lines}',
    demoTitle: 'Demo data',
    demoBody: 'Demo data can only be loaded into an empty database, so it never mixes with real data.',
    demoDisabled: 'The database already holds data',
  },
  surveys: surveysModule.messages,
  responses: responsesModule.messages,
  followups: followupsModule.messages,
  kiosk: kioskModule.messages,
  imports: importsModule.messages,
  sla: slaModule.messages,
  tickets: ticketsModule.messages,
  ticketDetail: ticketDetailModule.messages,
  slaSettings: slaSettingsModule.messages,
  notifications: notificationsModule.messages,
  slaFigures: slaFiguresModule.messages,
  ticketSetup: ticketSetupModule.messages,
  satisfaction: satisfactionModule.messages,
  complaints: complaintsModule.messages,
  themes: themesModule.messages,
  reports: reportsModule.messages,
  customers: customersModule.messages,
  customerProfile: customerProfileModule.messages,
  care: careModule.messages,
  error: {
    ...surveysModule.errors,
    ...responsesModule.errors,
    ...followupsModule.errors,
    ...kioskModule.errors,
    ...importsModule.errors,
    ...slaModule.errors,
    ...ticketsModule.errors,
    ...ticketDetailModule.errors,
    ...slaSettingsModule.errors,
    ...notificationsModule.errors,
    ...slaFiguresModule.errors,
    ...ticketSetupModule.errors,
    ...satisfactionModule.errors,
    ...complaintsModule.errors,
    ...themesModule.errors,
    ...reportsModule.errors,
    ...customersModule.errors,
    ...customerProfileModule.errors,
    ...careModule.errors,
    title: 'Something went wrong',
    internal: 'An unexpected error occurred. Try again; if it keeps happening, back up your data and restart the app.',
    invalid: 'The input is not valid.',
    not_found: 'The record could not be found.',
    conflict: 'The action conflicts with the current data.',
    unavailable: 'The database is not available right now. Try again shortly.',
    newer_schema: 'The database was written by a newer version of the app. Please upgrade first.',
    corrupt: 'The database file is damaged.',
    canceled: 'The action was canceled.',
    db: {
      not_open: 'The database is not open yet. Wait a moment or restart the app.',
      newer_schema: 'This database has schema version {found}; this app supports up to {supported}. Please upgrade Feedback Desk.',
      not_feedback_desk: 'The chosen file is not a Feedback Desk database.',
      not_a_database: 'The chosen file is not a database.',
      corrupt_backup: 'The backup file is damaged and cannot be restored. Your current data is unchanged.',
    },
    app: {
      already_open: 'Feedback Desk is already open (data folder: {dir}). One data folder can be used by one window at a time.',
    },
    demo: {
      running: 'Demo data is already being loaded. Please wait.',
      not_empty: 'Demo data can only be loaded into an empty database.',
    },
    prefs: {
      language: 'That language is not supported.',
      theme: 'That theme is not supported.',
    },
    activity: {
      months_range: 'Choose between 1 and 60 months.',
    },
    backup: {
      failed: 'The backup failed. Choose another location and try again.',
    },
    restore: {
      failed: 'The restore failed. Your current data is unchanged.',
    },
    period: {
      day_invalid: '"{value}" is not a date (YYYY-MM-DD).',
      reversed: 'The period ends before it starts.',
      too_long: 'A period spans at most ten years.',
    },
  },
}

export default en
