import { idIndexPatch } from './idIndex'
import type { SourcePatch } from './sourcePatch'

export type { SourcePatch } from './sourcePatch'

/** Changes applied to FerretDB's source when the store binary is built; each one says why in its file. */
export const FERRETDB_PATCHES: readonly SourcePatch[] = [idIndexPatch]
