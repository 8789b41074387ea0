/** A moment's UTC day ('YYYY-MM-DD'), as enquiries and declarations store and count it. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10)
