/** English messages of the kiosk feature; typed by the zh-CN module. */
import type zh from './kiosk.zh-CN'

const kiosk: typeof zh = {
  messages: {
    title: 'Kiosk',
    welcome: 'Thank you for taking a minute to tell us how we did',
    npsLow: 'Not at all likely',
    npsHigh: 'Extremely likely',
    required: 'Required',
    textPlaceholder: 'Your comments or suggestions (optional)',
    submit: 'Submit',
    missing: 'Please answer the questions marked “Required” first',
    thanks: 'Thank you for your feedback!',
    thanksBody: 'Your opinion helps us do better.',
    next: 'Tap the screen to start a new response',
    exit: 'Leave kiosk mode',
    pinTitle: 'Enter the PIN to leave',
    pinWrong: 'Wrong PIN. Try again.',
    pinLocked: 'Too many tries. Try again in {seconds} s.',
    clear: 'Clear',
    cancel: 'Cancel',
    ok: 'OK',
    notConfigured: 'The kiosk is not set up yet. Choose “Kiosk mode” in the survey list.',
    back: 'Back to surveys',
    faces: {
      1: 'Very dissatisfied',
      2: 'Dissatisfied',
      3: 'Neutral',
      4: 'Satisfied',
      5: 'Very satisfied',
    },
  },
  errors: {
    kiosk: {
      locked: 'Too many wrong PINs. Try again in {seconds} s.',
      pin_invalid: 'The PIN must be 4–8 digits.',
      not_configured: 'The kiosk is not set up. Choose a survey and set a PIN first.',
    },
  },
}

export default kiosk
