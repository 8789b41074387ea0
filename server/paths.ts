// Typed URL builders: every URL the app links to or routes is written here once.
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
} as const

export type Paths = typeof paths
