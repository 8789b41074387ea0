/**
 * One reviewed change to a file of the FerretDB module, applied at build time to a copy of the module
 * built with `go build -modfile` (`-overlay` may not replace module-cache files; the cache stays
 * untouched and nothing of FerretDB is vendored into this repository).
 * `expected` must occur exactly once in the file, or the build fails: an upgrade that moves or rewrites the
 * line cannot silently ship a binary without the fix.
 */
export interface SourcePatch {
  /** Short name, used in messages and in the folder that holds the patched copy. */
  readonly name: string
  /** Path inside the module, with forward slashes. */
  readonly file: string
  readonly expected: string
  readonly replacement: string
}
