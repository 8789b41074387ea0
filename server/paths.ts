// Typed URL builders: every URL the app links to or routes is written here once.
// A ':name' argument stays as it is, so routes are declared with the same builders:
// router.get(paths.councils.members(':slug'), ...).
const encode = (value: string) => (value.startsWith(':') ? value : encodeURIComponent(value))
const paged = (path: string, page?: number) => (page && page > 1 ? `${path}?page=${page}` : path)

export const paths = {
  home: () => '/',
  aboutTheData: () => '/about-the-data',
  feedback: () => '/feedback',
  accessibility: () => '/accessibility',
  councilsLikeMine: () => '/councils-like-mine',
  robots: () => '/robots.txt',
  sitemaps: {
    index: () => '/sitemap.xml',
    pages: () => '/sitemaps/pages.xml',
    caseStudies: (file: number | string) => `/sitemaps/case-studies-${file}.xml`,
  },
  feeds: {
    newest: () => '/case-studies/feed.atom',
    /** Takes the search page's own query string (presenters/searchUrl.ts builds both). */
    search: () => '/case-studies/search.atom',
  },
  caseStudyVersions: {
    list: (slug: string) => `/case-studies/${encode(slug)}/versions`,
    show: (slug: string, number: number | string) =>
      `/case-studies/${encode(slug)}/versions/${typeof number === 'number' ? number : encode(number)}`,
  },
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
    /** With a return path (checked again where sign-in reads it: forms/returnPath.ts) to come back to after. */
    signIn: (returnTo?: string) => (returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in'),
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
    saved: () => '/account/saved',
  },
  /** Saving case studies and searches, and their email alerts (server/routes/followRoutes.ts). */
  follow: {
    saveCaseStudy: () => '/account/saved/case-studies',
    removeCaseStudy: (id: string) => `/account/saved/case-studies/${encode(id)}/remove`,
    caseStudyAlerts: () => '/account/saved/case-studies/alerts',
    saveSearch: () => '/account/saved/searches',
    searchAlerts: (id: string) => `/account/saved/searches/${encode(id)}/alerts`,
    removeSearch: (id: string) => `/account/saved/searches/${encode(id)}/remove`,
  },
  alerts: {
    /** An alert email's one-click unsubscribe link; the token is the whole last segment. */
    unsubscribe: (token: string) => `/alerts/unsubscribe/${encode(token)}`,
  },
  councils: {
    list: () => '/councils',
    show: (slug: string, page?: number) => paged(`/councils/${encode(slug)}`, page),
    members: (slug: string) => `/councils/${encode(slug)}/members`,
    decide: (slug: string, userId: string) => `/councils/${encode(slug)}/members/${encode(userId)}/decision`,
    roles: (slug: string, userId: string) => `/councils/${encode(slug)}/members/${encode(userId)}/roles`,
    /** Its case studies' views, enquiries, declarations and adaptations, for its publishers and admins. */
    dashboard: (slug: string, weeks?: number) => `/councils/${encode(slug)}/dashboard${weeks ? `?weeks=${weeks}` : ''}`,
  },
  themes: {
    list: () => '/themes',
    show: (slug: string, page?: number) => paged(`/themes/${encode(slug)}`, page),
  },
  collections: {
    list: () => '/collections',
    show: (slug: string) => `/collections/${encode(slug)}`,
  },
  caseStudies: {
    list: () => '/case-studies',
    show: (slug: string) => `/case-studies/${encode(slug)}`,
    /** A download of a search's results; `query` is the search page's query string, with its "?". */
    export: (format: 'csv' | 'jsonl', query = '') => `/case-studies/export.${format}${query}`,
    codebook: () => '/case-studies/export/codebook',
    codebookJson: () => '/case-studies/export/codebook.json',
  },
  /** How practice spreads: councils' adoption declarations and a case study's family tree. */
  diffusion: {
    declaration: (slug: string) => `/case-studies/${encode(slug)}/declaration`,
    withdraw: (slug: string) => `/case-studies/${encode(slug)}/declaration/withdraw`,
    publishYourVersion: (slug: string) => `/case-studies/${encode(slug)}/declaration/publish-your-version`,
    lineage: (slug: string) => `/case-studies/${encode(slug)}/lineage`,
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
    uploadFile: (id: string) => `/publish/case-studies/${encode(id)}/files/upload`,
    removeFile: (id: string, fileId: string) => `/publish/case-studies/${encode(id)}/files/${encode(fileId)}/remove`,
    /** Where a freshness reminder leads: confirm the outcomes still hold, or update the case study. */
    reviewOutcomes: (id: string) => `/publish/case-studies/${encode(id)}/review-outcomes`,
  },
  /** Ask the team: officers' questions to a case study's contacts, and the contacts' opt-out links. */
  enquiries: {
    ask: (slug: string) => `/case-studies/${encode(slug)}/ask`,
    sent: (id: string) => `/enquiries/${encode(id)}`,
    list: (page?: number) => paged('/publish/enquiries', page),
    optOut: (token: string) => `/enquiries/opt-out/${encode(token)}`,
  },
  /** A hosted file; the name is for people and their browsers, the id alone finds the file. */
  files: {
    download: (fileId: string, name: string) => `/files/${encode(fileId)}/${encode(name)}`,
  },
  review: {
    queue: () => '/review',
    show: (id: string) => `/review/${encode(id)}`,
    decision: (id: string) => `/review/${encode(id)}/decision`,
    archive: (id: string) => `/review/${encode(id)}/archive`,
    evidence: (id: string) => `/review/${encode(id)}/evidence`,
  },
  api: {
    page: () => '/api',
    root: () => '/api/v1',
    openApi: () => '/api/v1/openapi.json',
    caseStudies: () => '/api/v1/case-studies',
    caseStudy: (slug: string) => `/api/v1/case-studies/${encode(slug)}`,
    councils: () => '/api/v1/councils',
    council: (code: string) => `/api/v1/councils/${encode(code)}`,
    themes: () => '/api/v1/themes',
    collections: () => '/api/v1/collections',
    collection: (slug: string) => `/api/v1/collections/${encode(slug)}`,
  },
  admin: {
    dashboard: (weeks?: number) => `/admin/dashboard${weeks ? `?weeks=${weeks}` : ''}`,
    users: () => '/admin/users',
    userStatus: (userId: string) => `/admin/users/${encode(userId)}/status`,
    membershipDecision: (userId: string) => `/admin/users/${encode(userId)}/membership-decision`,
    councils: (query = '', page?: number) => {
      const params = new URLSearchParams()
      if (query) params.set('q', query)
      if (page && page > 1) params.set('page', String(page))
      const search = params.toString()
      return `/admin/councils${search ? `?${search}` : ''}`
    },
    notReviewed: (page?: number) => paged('/admin/case-studies/not-reviewed', page),
    councilDomains: (slug: string) => `/admin/councils/${encode(slug)}/email-domains`,
    search: () => '/admin/search',
    synonyms: () => '/admin/search/synonyms',
    licences: () => '/admin/licences',
    collections: {
      list: () => '/admin/collections',
      create: () => '/admin/collections/new',
      edit: (slug: string) => `/admin/collections/${encode(slug)}`,
      details: (slug: string) => `/admin/collections/${encode(slug)}/details`,
      addCaseStudy: (slug: string) => `/admin/collections/${encode(slug)}/case-studies`,
      move: (slug: string, id: string) => `/admin/collections/${encode(slug)}/case-studies/${encode(id)}/move`,
      remove: (slug: string, id: string) => `/admin/collections/${encode(slug)}/case-studies/${encode(id)}/remove`,
      delete: (slug: string) => `/admin/collections/${encode(slug)}/delete`,
    },
    import: () => '/admin/import',
  },
} as const
