/** MongoDB's (and FerretDB's) duplicate key error: an insert-first claim that someone else made first. */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: number } | null)?.code === 11000
