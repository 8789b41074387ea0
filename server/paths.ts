// Typed URL builders: every URL the app links to or routes is written here once.
// A ':name' argument stays as it is, so routes are declared with the same builders:
// router.get(paths.councils.members(':slug'), ...).
const encode = (value: string) => (value.startsWith(':') ? value : encodeURIComponent(value))

export const paths = {
  home: () => '/',
  aboutTheData: () => '/about-the-data',
  feedback: () => '/feedback',
  accessibility: () => '/accessibility',
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
  admin: {
    users: () => '/admin/users',
    userStatus: (userId: string) => `/admin/users/${encode(userId)}/status`,
    councilDomains: (slug: string) => `/admin/councils/${encode(slug)}/email-domains`,
  },
} as const

export type Paths = typeof paths
