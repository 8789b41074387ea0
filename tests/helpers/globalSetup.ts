import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedStore, type EmbeddedStore } from '../../server/store/embeddedStore'

declare global {
  var testStore: EmbeddedStore | undefined
}

/** Starts one embedded FerretDB for the run, in a temporary folder: tests never touch ./data. */
export default async function globalSetup(): Promise<void> {
  const rootDir = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-test-'))
  const store = await startEmbeddedStore({ dataDir: path.join(rootDir, 'store') })
  globalThis.testStore = store
  // Workers are started after this and inherit the environment.
  process.env.TEST_MONGODB_URI = store.uri
  process.env.TEST_ROOT_DIR = rootDir
  process.env.NODE_ENV = 'test'
}
