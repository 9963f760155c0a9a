/** English messages of keyboard-first response entry; typed by the zh-CN module. */
import type zh from './surveyEntry.zh-CN'

const entry: typeof zh = {
  title: 'Enter responses',
  subtitle: 'Type in paper forms one after another: digits pick scores, Enter moves on',
  respondent: 'Respondent',
  customer: 'Customer',
  customerPlaceholder: 'Find by name, phone or email; leave empty for anonymous',
  noMatch: 'No matching customer',
  newCustomer: 'New customer',
  anonymous: 'Anonymous',
  change: 'Change',
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  context: 'Context',
  channel: 'Channel',
  region: 'Region',
  product: 'Product',
  agent: 'Agent',
  answers: 'Answers',
  required: 'Required',
  optional: 'Optional',
  keysTitle: 'Keyboard',
  keys: 'Digits pick a score (10: type 1 then 0 quickly) · Enter next question · Shift+Enter back · Ctrl+Enter submit · Backspace clears',
  choiceKeys: 'Keys 1–{n} choose',
  textKeys: 'Type; Enter goes to the next question',
  missing: 'This question is required',
  refused: 'Scores are whole numbers ({min}–{max}); decimals are not accepted',
  contextKept: 'Context is kept for the next form',
  submit: 'Submit and enter the next',
  submitted: 'Saved response no. {n}. Ready for the next form.',
  notActive: 'This survey is “{status}” and takes no responses. Start collecting from the survey list first.',
  missingCount: '{n} required questions are unanswered',
  reset: 'Clear',
}

export default entry
