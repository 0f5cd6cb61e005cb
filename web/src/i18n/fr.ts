/**
 * French messages: the reference language. Every other language must provide
 * exactly the same keys (checked by the type of `en.ts` and by i18n.test.ts).
 */
export const fr = {
  app: {
    name: 'Germoir',
    tagline: "L'atelier des fabriques à projets",
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
    homeLink: 'Germoir, accueil',
    footer: 'Germoir, au service des fabriques à projets et de leurs territoires.',
  },
  language: {
    groupLabel: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  session: {
    logout: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    logoutFailed: 'La déconnexion a échoué. Réessayez.',
  },
  connection: {
    connecting: 'Connexion au direct…',
    reconnecting: 'Connexion perdue, reconnexion en cours…',
    offline: 'Vous êtes hors ligne. Vos actions reprendront au retour du réseau.',
  },
  welcome: {
    title: 'Bienvenue dans Germoir',
    intro:
      "Germoir accompagne les fabriques à projets\u00a0: on y repère les besoins du territoire, on imagine ensemble des activités pour y répondre, et on les confie à des porteurs et porteuses de projet.",
    joinTitle: 'Rejoindre une séance',
    joinIntro: "Pas besoin de compte\u00a0: saisissez le code affiché par l'animateur·rice.",
    codeLabel: 'Code de la séance',
    codeHint: 'Par exemple\u00a0: KX4-29',
    codeRequired: 'Saisissez le code de la séance.',
    joinSubmit: 'Rejoindre',
    joinComingSoon: 'Les séances en direct arrivent bientôt. Merci de votre patience\u202f!',
    facilitatorTitle: 'Vous animez une fabrique\u202f?',
    facilitatorLink: 'Connexion animateur·rice',
  },
  login: {
    title: 'Connexion animateur·rice',
    intro: "Connectez-vous pour préparer vos séances et suivre les projets de votre fabrique.",
    emailLabel: 'Adresse e-mail',
    passwordLabel: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion…',
    backHome: "Retour à l'accueil",
    errors: {
      emailRequired: 'Saisissez votre adresse e-mail.',
      passwordRequired: 'Saisissez votre mot de passe.',
      wrongCredentials: 'Adresse e-mail ou mot de passe incorrect.',
      invalidInput: 'Vérifiez les champs signalés.',
      forbidden: "Ce compte n'a pas accès à l'espace animation.",
      network: 'Impossible de joindre Germoir. Vérifiez votre connexion puis réessayez.',
      unknown: 'Une erreur inattendue est survenue. Réessayez.',
    },
  },
  dashboard: {
    title: 'Mes fabriques à projets',
    greeting: 'Bonjour {{name}}\u202f!',
    empty: "Vous n'êtes membre d'aucune fabrique pour le moment.",
    loadFailed: 'Impossible de charger vos fabriques.',
    retry: 'Réessayer',
    territory: 'Territoire\u00a0: {{name}} ({{kind}})',
    role: {
      OWNER: 'Responsable',
      FACILITATOR: 'Animateur·rice',
    },
    territoryKind: {
      COMMUNE: 'commune',
      INTERCOMMUNALITE: 'intercommunalité',
      QPV: 'quartier prioritaire',
      DEPARTEMENT: 'département',
      REGION: 'région',
    },
  },
  notFound: {
    title: 'Page introuvable',
    body: "Cette page n'existe pas ou a été déplacée.",
    home: "Retour à l'accueil",
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must implement. */
export type Messages = Widen<typeof fr>;
