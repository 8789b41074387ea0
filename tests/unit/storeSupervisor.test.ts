import { superviseStore, type SupervisorOptions } from '../../server/store/storeSupervisor'

type Exit = { code: number | null; signal: NodeJS.Signals | null; expected: boolean }

/** A stand-in for the store's child process: the test decides when it dies. */
function fakeStore(pid: number) {
  let exit: (result: Exit) => void = () => {}
  const exited = new Promise<Exit>(resolve => (exit = resolve))
  return {
    pid,
    exited,
    stop: () => {
      exit({ code: 0, signal: null, expected: true })
      return Promise.resolve()
    },
    die: () => exit({ code: null, signal: 'SIGKILL', expected: false }),
  }
}

/** Lets the supervisor's promise chains run until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1_000 && !check(); turn++) await new Promise(resolve => setImmediate(resolve))
  if (!check()) throw new Error('never happened')
}

/** A supervisor over fake stores with a fake clock; with `gated`, each back-off lasts until release(). */
function harness(options: Partial<SupervisorOptions> & { failStarts?: number; gated?: boolean } = {}) {
  const stores: ReturnType<typeof fakeStore>[] = []
  const waits: number[] = []
  const logs: { level: string; message: string }[] = []
  let clock = 1_000_000
  let release: () => void = () => {}
  let failStarts = options.failStarts ?? 0
  const record = (level: string) => (_details: object, message: string) => logs.push({ level, message })
  const supervisor = superviseStore({
    start: () => {
      if (stores.length > 0 && failStarts > 0) {
        failStarts -= 1
        return Promise.reject(new Error('port 27017 is in use'))
      }
      const store = fakeStore(100 + stores.length)
      stores.push(store)
      return Promise.resolve(store)
    },
    logger: { info: record('info'), warn: record('warn'), error: record('error') },
    sleep: ms => {
      waits.push(ms)
      clock += ms
      return options.gated ? new Promise<void>(resolve => (release = resolve)) : Promise.resolve()
    },
    now: () => clock,
    ...options,
  })
  return {
    supervisor,
    stores,
    waits,
    logs,
    pass: (ms: number) => (clock += ms),
    release: () => release(),
    latest: () => stores[stores.length - 1]!,
  }
}

describe('the store supervisor', () => {
  it('restarts a store that exits unexpectedly after half a second, and says it is restarting meanwhile', async () => {
    const h = harness({ gated: true })
    const supervisor = await h.supervisor
    expect(supervisor.state()).toBe('ok')

    h.latest().die()
    await until(() => supervisor.state() === 'restarting')
    expect(h.waits).toEqual([500])
    expect(h.stores).toHaveLength(1)
    h.release()
    await until(() => supervisor.state() === 'ok')
    expect(supervisor.pid()).toBe(101)
    expect(h.logs.map(log => log.level)).toEqual(['error', 'info'])
  })

  it('doubles the wait for each recent exit, reports a store that keeps dying as failing, and forgets old exits', async () => {
    const h = harness({ gated: true })
    const supervisor = await h.supervisor
    const statesWhileDown: string[] = []
    for (let exit = 1; exit <= 4; exit++) {
      h.latest().die()
      await until(() => h.waits.length === exit)
      statesWhileDown.push(supervisor.state())
      h.release()
      await until(() => h.stores.length === exit + 1)
    }
    expect(h.waits).toEqual([500, 1_000, 2_000, 4_000])
    expect(statesWhileDown).toEqual(['restarting', 'restarting', 'failing', 'failing'])
    expect(supervisor.state()).toBe('ok')
    expect(h.logs.filter(log => log.level === 'error').map(log => log.message)).toEqual([
      'the embedded store stopped unexpectedly: restarting it on the same port',
      'the embedded store stopped unexpectedly: restarting it on the same port',
      expect.stringContaining('the embedded store keeps stopping (3 times in 300 s)'),
      expect.stringContaining('the embedded store keeps stopping (4 times in 300 s)'),
    ])

    // Up for longer than the window: the next exit starts the back-off afresh.
    h.pass(10 * 60_000)
    h.latest().die()
    await until(() => h.waits.length === 5)
    expect(supervisor.state()).toBe('restarting')
    expect(h.waits.at(-1)).toBe(500)
  })

  it('keeps trying a store that will not start, with growing waits up to the cap', async () => {
    const h = harness({ failStarts: 4, maxBackoffMs: 3_000 })
    const supervisor = await h.supervisor
    h.latest().die()
    await until(() => h.stores.length === 2)
    expect(h.waits).toEqual([500, 1_000, 2_000, 3_000, 3_000])
    expect(h.logs.filter(log => log.level === 'warn')).toHaveLength(4)
    expect(supervisor.state()).toBe('ok')
  })

  it('gives up after the limit, says so at error level, and stays failing', async () => {
    const h = harness({ failStarts: Number.POSITIVE_INFINITY, giveUpAfterAttempts: 5 })
    const supervisor = await h.supervisor
    h.latest().die()
    await until(() => h.logs.some(log => log.message.startsWith('gave up restarting')))
    expect(h.waits).toEqual([500, 1_000, 2_000, 4_000, 8_000])
    expect(h.logs.at(-1)).toEqual({
      level: 'error',
      message: 'gave up restarting the embedded store: pages will answer 503 until the app is restarted',
    })
    expect(supervisor.state()).toBe('failing')
    expect(h.stores).toHaveLength(1)
  })

  it('stops at once during a back-off, without starting another store', async () => {
    const h = harness({ gated: true }) // the back-off never ends by itself
    const supervisor = await h.supervisor
    h.latest().die()
    await until(() => supervisor.state() === 'restarting')
    await supervisor.stop()
    expect(h.stores).toHaveLength(1)
  })

  it('does not restart a store it stopped itself', async () => {
    const h = harness()
    const supervisor = await h.supervisor
    await supervisor.stop()
    await new Promise(resolve => setImmediate(resolve))
    expect(h.stores).toHaveLength(1)
    expect(h.waits).toEqual([])
  })
})
