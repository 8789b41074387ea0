import type { IndexObject, Meilisearch, Settings } from 'meilisearch' with {
  'resolution-mode': 'import',
}
import { BUILD_WAIT, hasErrorCode, settle } from './meiliClient'
import { indexSettings, settingsPatch, type MeiliFeatures } from './meiliSettings'

// Making and removing the engine's indexes: asking before each create or delete, since every
// create or delete is a task, and one that fails leaves a failure in the task list.

/**
 * Creates the index if missing and brings its settings up to date, changing nothing already
 * right. It asks first (GET /indexes/:uid) rather than creating and ignoring index_already_exists:
 * every create is a task, and one that fails on each start fills the task list with failures.
 */
export async function prepareIndex(
  meili: Meilisearch,
  uid: string,
  features: MeiliFeatures,
  synonyms?: Settings['synonyms'],
): Promise<void> {
  let info = await rawIndex(meili, uid)
  if (!info) {
    try {
      await settle(meili.createIndex(uid, { primaryKey: 'id' }))
    } catch (error) {
      // Another process (a second app instance) created it in between.
      if (!hasErrorCode(error, 'index_already_exists')) throw error
    }
    info = await meili.getRawIndex(uid)
  }
  if (info.primaryKey === undefined || info.primaryKey === null) {
    await settle(meili.updateIndex(uid, { primaryKey: 'id' }))
  } else if (info.primaryKey !== 'id') {
    throw new Error(`Meilisearch index ${uid} has primary key ${info.primaryKey}, not id`)
  }
  const index = meili.index(uid)
  const current = await index.getSettings()
  const desired: Settings = { ...indexSettings(features), ...(synonyms && { synonyms }) }
  const patch = settingsPatch(desired, current)
  if (Object.keys(patch).length > 0) await settle(index.updateSettings(patch), BUILD_WAIT)
}

/** The index's description, or undefined when there is no such index. */
async function rawIndex(meili: Meilisearch, uid: string): Promise<IndexObject | undefined> {
  try {
    return await meili.getRawIndex(uid)
  } catch (error) {
    if (hasErrorCode(error, 'index_not_found')) return undefined
    throw error
  }
}

/** Deletes an index if it exists (asking first, so no failed task is left when it does not). */
export async function deleteIndex(meili: Meilisearch, uid: string): Promise<void> {
  if (!(await rawIndex(meili, uid))) return
  try {
    await settle(meili.deleteIndex(uid))
  } catch (error) {
    if (!hasErrorCode(error, 'index_not_found')) throw error
  }
}
