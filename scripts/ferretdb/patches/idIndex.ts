import type { SourcePatch } from './sourcePatch'

/**
 * FerretDB v1.24.2's SQLite backend never uses its own `_id` index.
 *
 * Every collection gets a unique index created as `CREATE UNIQUE INDEX … ON t (_ferretdb_sjson->"_id")`
 * (registry.go quotes each field with Go's %q), but lookups by `_id` (find pushdown, UpdateAll, DeleteAll)
 * filter on `_ferretdb_sjson->'$._id'`. SQLite uses an index on an expression only when the query's
 * expression is the same one, token for token, so each findById, updateOne({ _id }) and deleteOne({ _id })
 * read the whole table: sessions on every request, users, case studies, slugs, claims, revisions.
 *
 * Writing the lookup with the index's own spelling makes SQLite search the index. The two spellings mean the
 * same: `->` takes a bare label as shorthand for `$.label`, so both return the same JSON text for every
 * `_id` type, and the bound value (the `_id` as FerretDB's JSON) compares the same way. Files written by an
 * unpatched binary keep working as they are: the index and the stored JSON do not change, only the query.
 */
export const idIndexPatch: SourcePatch = {
  name: 'id-index',
  file: 'internal/backends/sqlite/metadata/metadata.go',
  expected: `IDColumn = DefaultColumn + "->'$._id'"`,
  replacement: 'IDColumn = DefaultColumn + `->"_id"`',
}
