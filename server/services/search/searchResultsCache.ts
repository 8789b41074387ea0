/**
 * Recent search results (or pages), kept while what they were computed from is unchanged: the engine's
 * version (documents, synonyms, rebuilds, other processes' writes) and the objects the service
 * read beside it (the councils list, the vocabulary), compared by identity. Results do not depend
 * on who searched, so one entry serves everyone. Bounded by entries, least recently used first out:
 * a page of results holds 20 documents, so 100 entries stay within a few megabytes.
 */
export function searchResultsCache<Value>(maxEntries = 100) {
  type Entry = { value: Value; inputs: readonly unknown[] }
  const entries = new Map<string, Entry>()
  const same = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((input, at) => input === b[at])

  /** The value kept for `key` if it was computed from these very inputs. */
  function find(key: string, inputs: readonly unknown[]): Value | undefined {
    const entry = entries.get(key)
    if (!entry || !same(entry.inputs, inputs)) return undefined
    // Most recently used last, so the first entry is the one to evict.
    entries.delete(key)
    entries.set(key, entry)
    return entry.value
  }

  /** Keeps `value` for `key`, computed from `inputs`. */
  function keep(key: string, inputs: readonly unknown[], value: Value): void {
    entries.delete(key)
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!)
    entries.set(key, { value, inputs })
  }

  return {
    find,
    keep,
    /** The value kept for `key` if it was computed from these very inputs; otherwise computes and keeps it. */
    async get(key: string, inputs: readonly unknown[], compute: () => Promise<Value>): Promise<Value> {
      const kept = find(key, inputs)
      if (kept !== undefined) return kept
      const value = await compute()
      keep(key, inputs, value)
      return value
    },
    get size() {
      return entries.size
    },
  }
}
