import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { holdDataDir, storeHolder } from '../../server/store/dataDirLock'

describe('the data folder lock', () => {
  let dataDir: string
  beforeEach(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), 'lock-'))))
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  it('is taken by the first process and given back on release', () => {
    const lock = holdDataDir(dataDir)
    expect(readFileSync(path.join(dataDir, 'store.pid'), 'utf8').trim()).toBe(String(process.pid))
    lock.release()
    expect(() => readFileSync(path.join(dataDir, 'store.pid'))).toThrow()
  })

  it('leaves a live holder’s record alone, so a tool opening the folder cannot hide the app from a restore', () => {
    // The parent process (jest's) stands for the running app.
    writeFileSync(path.join(dataDir, 'store.pid'), `${process.ppid}\n`)
    const lock = holdDataDir(dataDir)
    lock.release()
    expect(storeHolder(dataDir)).toBe(process.ppid)
  })
})
