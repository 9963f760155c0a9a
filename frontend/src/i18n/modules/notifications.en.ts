/** English messages of the notification centre; typed by the zh-CN module. */
import type zh from './notifications.zh-CN'

const notifications: typeof zh = {
  messages: {
    title: 'SLA alerts',
    bell: 'SLA alerts',
    bellUnread: 'SLA alerts ({n} unread)',
    subtitle: 'Warnings and escalations of open tickets, last {days} days',
    markAllRead: 'Mark all read',
    empty: 'No SLA warnings in the last 7 days',
    emptyHint: 'When a ticket uses 75% or 90% of a target, or an escalation is triggered, it shows up here.',
    loadFailed: 'The alerts could not be loaded',
    retry: 'Retry',
    warning: 'Warning',
    escalation: 'Escalation level {level}',
    used: '{pct}% used',
    notify: 'Notify {notify}',
    shifted: 'Held until the desk opened (due {time})',
    noHandler: 'Unassigned',
    handler: 'Handler: {name}',
    unread: 'Unread',
    toastTitle: 'Ticket escalated: level {level} {name}',
    toastNotify: 'Notify: {notify}',
    toastOpen: 'Open ticket',
    toastMore: '{n} more new escalations',
    toastShowAll: 'Show all',
  },
  errors: {},
}

export default notifications
