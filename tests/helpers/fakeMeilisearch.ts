import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in Meilisearch on 127.0.0.1 for checking what the engine sends: no server can run on
 * this machine, so request shapes are checked here and results by the contract suite against a
 * real one. It answers the routes the engine uses as Meilisearch's API reference documents them
 * (and as meilisearch-js 0.62 sends them): every write is an enqueued task (202) that has
 * succeeded or failed by the time it is asked about; creating an index that exists and deleting
 * one that does not are tasks that fail, as on a real server.
 */

export type RecordedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: unknown }

type Task = {
  uid: number
  indexUid: string | null
  status: 'succeeded' | 'failed'
  type: string
  error: { message: string; code: string; type: string; link: string } | null
}

type IndexState = { primaryKey: string | null; settings: Record<string, unknown>; documents: Map<string, unknown> }

export type FakeMeilisearch = {
  url: string
  requests: RecordedRequest[]
  tasks: Task[]
  indexes: Map<string, IndexState>
  /** Makes document additions to this index fail, as a rejected batch would. */
  failDocumentsFor: (uid: string) => void
  close: () => Promise<void>
}

const defaultRankingRules = (version: string) =>
  Number(version.split('.')[1]) >= 36
    ? ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness']
    : ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']

/** The settings a new index reports (GET /indexes/:uid/settings), trimmed to what the engine reads. */
const defaultSettings = (version: string): Record<string, unknown> => ({
  displayedAttributes: ['*'],
  searchableAttributes: ['*'],
  filterableAttributes: [],
  sortableAttributes: [],
  rankingRules: defaultRankingRules(version),
  stopWords: [],
  synonyms: {},
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
    disableOnNumbers: false,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
  pagination: { maxTotalHits: 1000 },
  prefixSearch: 'indexingTime',
  facetSearch: true,
})

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

// Settings updates are partial, nested objects too (API reference, "Update settings").
function merge(into: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const result = { ...into }
  for (const [key, value] of Object.entries(patch)) {
    result[key] = isObject(value) && isObject(result[key]) && key !== 'synonyms' ? merge(result[key], value) : value
  }
  return result
}

const errorBody = (code: string, message: string) => ({
  message,
  code,
  type: 'invalid_request',
  link: `https://docs.meilisearch.com/errors#${code}`,
})

export async function startFakeMeilisearch(version = '1.53.1'): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = []
  const tasks: Task[] = []
  const indexes = new Map<string, IndexState>()
  const failing = new Set<string>()

  const newIndex = (primaryKey: string | null): IndexState => ({
    primaryKey,
    settings: defaultSettings(version),
    documents: new Map(),
  })

  /** Enqueues a task that has already run: `run` returns an error code to fail it. */
  function enqueue(indexUid: string | null, type: string, run: () => string | undefined) {
    const code = run()
    const task: Task = {
      uid: tasks.length,
      indexUid,
      status: code ? 'failed' : 'succeeded',
      type,
      error: code ? errorBody(code, `${type} failed: ${code}`) : null,
    }
    tasks.push(task)
    return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }]
  }

  function route(method: string, path: string, body: unknown): [number, unknown] {
    const parts = path.split('/').filter(Boolean)
    const [root, uid, sub, action] = parts
    const index = uid === undefined ? undefined : indexes.get(uid)
    const notFound: [number, unknown] = [404, errorBody('index_not_found', `Index \`${uid}\` not found.`)]

    if (method === 'GET' && path === '/version')
      return [200, { pkgVersion: version, commitSha: 'fake', commitDate: '' }]
    if (method === 'GET' && root === 'tasks' && uid !== undefined) {
      const task = tasks[Number(uid)]
      return task ? [200, task] : [404, errorBody('task_not_found', `Task \`${uid}\` not found.`)]
    }
    if (method === 'POST' && path === '/indexes') {
      const { uid: created, primaryKey } = body as { uid: string; primaryKey?: string }
      return enqueue(created, 'indexCreation', () => {
        if (indexes.has(created)) return 'index_already_exists'
        indexes.set(created, newIndex(primaryKey ?? null))
      }) as [number, unknown]
    }
    if (method === 'POST' && path === '/swap-indexes') {
      const [{ indexes: pair }] = body as [{ indexes: [string, string] }]
      return enqueue(null, 'indexSwap', () => {
        const [a, b] = pair.map(name => indexes.get(name))
        if (!a || !b) return 'index_not_found'
        indexes.set(pair[0], b)
        indexes.set(pair[1], a)
      }) as [number, unknown]
    }
    if (method === 'POST' && path === '/multi-search') {
      type Query = { indexUid: string; q: string; page?: number; hitsPerPage?: number; attributesToRetrieve?: string[] }
      const { queries } = body as { queries: Query[] }
      if (queries.some(query => !indexes.has(query.indexUid))) return notFound
      const results = queries.map(query => {
        // A listing of ids (attributesToRetrieve) pages through every stored document in the order
        // added, ignoring q, filter and sort: enough to check how the engine pages. Searches find nothing.
        const listed = query.attributesToRetrieve ? [...indexes.get(query.indexUid)!.documents.keys()] : []
        const page = query.page ?? 1
        const hitsPerPage = query.hitsPerPage ?? 20
        return {
          indexUid: query.indexUid,
          hits: listed.slice((page - 1) * hitsPerPage, page * hitsPerPage).map(id => ({ id })),
          query: query.q,
          processingTimeMs: 0,
          page,
          hitsPerPage,
          totalPages: Math.ceil(listed.length / Math.max(1, hitsPerPage)),
          totalHits: listed.length,
          facetDistribution: {},
        }
      })
      return [200, { results }]
    }
    if (root !== 'indexes' || uid === undefined) return [501, errorBody('not_implemented', `${method} ${path}`)]

    if (sub === undefined) {
      if (method === 'GET') {
        if (!index) return notFound
        return [
          200,
          { uid, primaryKey: index.primaryKey, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
        ]
      }
      if (method === 'DELETE') {
        return enqueue(uid, 'indexDeletion', () => (indexes.delete(uid) ? undefined : 'index_not_found')) as [
          number,
          unknown,
        ]
      }
      if (method === 'PATCH') {
        return enqueue(uid, 'indexUpdate', () => {
          if (!index) return 'index_not_found'
          index.primaryKey = (body as { primaryKey: string }).primaryKey
        }) as [number, unknown]
      }
    }
    if (sub === 'settings') {
      if (method === 'GET') {
        if (!index) return notFound
        return [200, action === undefined ? index.settings : index.settings[action]]
      }
      if (method === 'PATCH' || method === 'PUT') {
        return enqueue(uid, 'settingsUpdate', () => {
          if (!index) return 'index_not_found'
          index.settings = merge(
            index.settings,
            action === undefined ? (body as Record<string, unknown>) : { [action]: body },
          )
        }) as [number, unknown]
      }
    }
    if (sub === 'documents' && method === 'POST' && action === undefined) {
      return enqueue(uid, 'documentAdditionOrUpdate', () => {
        if (failing.has(uid)) return 'invalid_document_fields'
        // Adding documents creates a missing index (API reference, "Add or replace documents").
        const target = index ?? newIndex('id')
        indexes.set(uid, target)
        for (const document of body as { id: string }[]) target.documents.set(document.id, document)
      }) as [number, unknown]
    }
    if (sub === 'documents' && method === 'POST' && action === 'delete-batch') {
      return enqueue(uid, 'documentDeletion', () => {
        if (!index) return 'index_not_found'
        for (const id of body as string[]) index.documents.delete(id)
      }) as [number, unknown]
    }
    if (sub === 'stats' && method === 'GET') {
      if (!index) return notFound
      return [200, { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} }]
    }
    return [501, errorBody('not_implemented', `${method} ${path}`)]
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const body: unknown = text ? JSON.parse(text) : undefined
      const path = new URL(request.url ?? '/', 'http://fake').pathname
      const method = request.method ?? 'GET'
      requests.push({ method, path, headers: request.headers, body })
      const [status, answer] = route(method, path, body)
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(answer))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tasks,
    indexes,
    failDocumentsFor: uid => failing.add(uid),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(error => (error ? reject(error) : resolve()))
      }),
  }
}
