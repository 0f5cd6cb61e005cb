import type { Messages } from './fr';

export const en: Messages = {
  app: {
    name: 'Germoir',
    tagline: 'The workbench of project factories',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    homeLink: 'Germoir, home',
    footer: 'Germoir, serving project factories and their territories.',
  },
  language: {
    groupLabel: 'Language',
    fr: 'Français',
    en: 'English',
  },
  session: {
    logout: 'Sign out',
    loggingOut: 'Signing out…',
    logoutFailed: 'Signing out failed. Please try again.',
  },
  connection: {
    connecting: 'Connecting to the live session…',
    reconnecting: 'Connection lost, reconnecting…',
    offline: 'You are offline. Your actions will resume when the network is back.',
  },
  welcome: {
    title: 'Welcome to Germoir',
    intro:
      'Germoir supports project factories: spot the unmet needs of a territory, imagine together the activities that would meet them, and hand them over to social entrepreneurs.',
    joinTitle: 'Join a session',
    joinIntro: 'No account needed: enter the code shown by the facilitator.',
    codeLabel: 'Session code',
    codeHint: 'For example: KX4-29',
    codeRequired: 'Enter the session code.',
    joinSubmit: 'Join',
    joinComingSoon: 'Live sessions are coming soon. Thank you for your patience!',
    facilitatorTitle: 'Do you run a project factory?',
    facilitatorLink: 'Facilitator sign-in',
  },
  login: {
    title: 'Facilitator sign-in',
    intro: "Sign in to prepare your sessions and follow your factory's projects.",
    emailLabel: 'Email address',
    passwordLabel: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    backHome: 'Back to home',
    errors: {
      emailRequired: 'Enter your email address.',
      passwordRequired: 'Enter your password.',
      wrongCredentials: 'Wrong email address or password.',
      invalidInput: 'Check the highlighted fields.',
      forbidden: 'This account cannot access the facilitator area.',
      network: 'Cannot reach Germoir. Check your connection and try again.',
      unknown: 'Something unexpected went wrong. Please try again.',
    },
  },
  dashboard: {
    title: 'My project factories',
    greeting: 'Hello {{name}}!',
    empty: 'You are not a member of any factory yet.',
    loadFailed: 'Could not load your factories.',
    retry: 'Try again',
    territory: 'Territory: {{name}} ({{kind}})',
    role: {
      OWNER: 'Lead',
      FACILITATOR: 'Facilitator',
    },
    territoryKind: {
      COMMUNE: 'municipality',
      INTERCOMMUNALITE: 'inter-municipality',
      QPV: 'priority neighbourhood',
      DEPARTEMENT: 'département',
      REGION: 'region',
    },
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist or has moved.',
    home: 'Back to home',
  },
};
