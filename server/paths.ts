// Typed URL builders: every URL the app links to or routes is written here once.
// A ':name' argument stays as it is, so routes are declared with the same builders:
// router.get(paths.councils.members(':slug'), ...).
const encode = (value: string) => (value.startsWith(':') ? value : encodeURIComponent(value))

export const paths = {
  home: () => '/',
  aboutTheData: () => '/about-the-data',
  feedback: () => '/feedback',
  accessibility: () => '/accessibility',
  councilsLikeMine: () => '/councils-like-mine',
  health: {
    live: () => '/healthz',
    ready: () => '/readyz',
  },
  assets: (file: string) => `/assets/${file}`,
  auth: {
    createAccount: () => '/create-account',
    checkEmail: () => '/create-account/check-your-email',
    resendVerification: () => '/create-account/resend-email',
    verifyEmail: (token: string) => `/verify-email/${encode(token)}`,
    signIn: () => '/sign-in',
    signOut: () => '/sign-out',
    signedOut: () => '/signed-out',
    forgottenPassword: () => '/forgotten-password',
    resetEmailSent: () => '/forgotten-password/email-sent',
    resetPassword: (token: string) => `/reset-password/${encode(token)}`,
  },
  account: {
    show: () => '/account',
    changeName: () => '/account/change-name',
    changePassword: () => '/account/change-password',
    council: () => '/account/council',
    download: () => '/account/download',
    delete: () => '/account/delete',
    deleted: () => '/account/deleted',
  },
  councils: {
    members: (slug: string) => `/councils/${encode(slug)}/members`,
    decide: (slug: string, userId: string) => `/councils/${encode(slug)}/members/${encode(userId)}/decision`,
    roles: (slug: string, userId: string) => `/councils/${encode(slug)}/members/${encode(userId)}/roles`,
  },
  caseStudies: {
    list: () => '/case-studies',
    show: (slug: string) => `/case-studies/${encode(slug)}`,
    /** A download of a search's results; `query` is the search page's query string, with its "?". */
    export: (format: 'csv' | 'jsonl', query = '') => `/case-studies/export.${format}${query}`,
    codebook: () => '/case-studies/export/codebook',
    codebookJson: () => '/case-studies/export/codebook.json',
  },
  publish: {
    dashboard: () => '/publish',
    start: () => '/publish/case-studies/new',
    taskList: (id: string) => `/publish/case-studies/${encode(id)}`,
    section: (id: string, section: string) => `/publish/case-studies/${encode(id)}/sections/${encode(section)}`,
    checkAnswers: (id: string) => `/publish/case-studies/${encode(id)}/check-answers`,
    preview: (id: string) => `/publish/case-studies/${encode(id)}/preview`,
    history: (id: string, page?: number) =>
      `/publish/case-studies/${encode(id)}/history${page && page > 1 ? `?page=${page}` : ''}`,
    compare: (id: string, from?: number, to?: number) =>
      `/publish/case-studies/${encode(id)}/history/compare${from && to ? `?from=${from}&to=${to}` : ''}`,
  },
  review: {
    queue: () => '/review',
    show: (id: string) => `/review/${encode(id)}`,
    decision: (id: string) => `/review/${encode(id)}/decision`,
    archive: (id: string) => `/review/${encode(id)}/archive`,
    evidence: (id: string) => `/review/${encode(id)}/evidence`,
  },
  admin: {
    users: () => '/admin/users',
    userStatus: (userId: string) => `/admin/users/${encode(userId)}/status`,
    councilDomains: (slug: string) => `/admin/councils/${encode(slug)}/email-domains`,
    search: () => '/admin/search',
    synonyms: () => '/admin/search/synonyms',
    import: () => '/admin/import',
  },
} as const
