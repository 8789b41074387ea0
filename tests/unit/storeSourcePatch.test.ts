import { idIndexPatch } from '../../scripts/ferretdb/patches/idIndex'
import { applySourcePatch, StoreBuildError } from '../../server/store/storeBinary'

// The lines around the one the patch changes, as FerretDB v1.24.2's metadata.go has them.
const METADATA_GO = [
  '\t// IDColumn is a SQLite path expression for _id field.',
  `\tIDColumn = DefaultColumn + "->'$._id'"`,
  '',
  '\t// RecordIDColumn is a name for RecordID column to store capped collection record id.',
].join('\n')

describe('patching FerretDB source at build time', () => {
  test('the _id index patch rewrites the lookup expression to the one the index is created with', () => {
    const patched = applySourcePatch(METADATA_GO, idIndexPatch)
    expect(patched).toContain('\tIDColumn = DefaultColumn + `->"_id"`\n')
    expect(patched).not.toContain(`'$._id'`)
    expect(patched.replace('`->"_id"`', `"->'$._id'"`)).toBe(METADATA_GO)
  })

  test('a file without the expected text (an upgrade changed it) fails the build, naming the patch', () => {
    const upgraded = METADATA_GO.replace(`"->'$._id'"`, `"->'$.id'"`)
    expect(() => applySourcePatch(upgraded, idIndexPatch)).toThrow(StoreBuildError)
    expect(() => applySourcePatch(upgraded, idIndexPatch)).toThrow(/"id-index" no longer applies/)
  })

  test('a file with the expected text twice fails too, rather than patching one of them', () => {
    expect(() => applySourcePatch(`${METADATA_GO}\n${METADATA_GO}`, idIndexPatch)).toThrow(StoreBuildError)
  })
})
