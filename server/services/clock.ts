/** The current time. Injected so tests can move it (lock-out periods, link expiry). */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()
