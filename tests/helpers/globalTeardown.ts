import { rmSync } from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  await globalThis.testStore?.stop()
  if (process.env.TEST_ROOT_DIR) rmSync(process.env.TEST_ROOT_DIR, { recursive: true, force: true })
}
