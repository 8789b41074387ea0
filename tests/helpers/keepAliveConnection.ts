import net from 'node:net'

export type RawResponse = { status: number; headers: Record<string, string>; body: string }

/**
 * One TCP connection to a server, sending requests one after another on it as a browser does
 * with keep-alive, so a test can see what happens to the *next* request on the same connection.
 * A request answered by a closed connection resolves to 'closed'.
 */
export function keepAliveConnection(port: number) {
  const socket = net.connect(port, '127.0.0.1')
  let buffered = Buffer.alloc(0)
  let closed = false
  let wake = () => {}
  socket.on('data', chunk => {
    buffered = Buffer.concat([buffered, chunk])
    wake()
  })
  socket.on('close', () => {
    closed = true
    wake()
  })
  socket.on('error', () => {}) // a reset shows as 'close'

  function takeResponse(): RawResponse | undefined {
    const headerEnd = buffered.indexOf('\r\n\r\n')
    if (headerEnd < 0) return undefined
    const [statusLine = '', ...lines] = buffered.subarray(0, headerEnd).toString('latin1').split('\r\n')
    const headers = Object.fromEntries(
      lines.map(line => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    )
    if (headers['transfer-encoding']) throw new Error('chunked responses are not read by this helper')
    const length = Number(headers['content-length'] ?? 0)
    if (buffered.length < headerEnd + 4 + length) return undefined
    const body = buffered.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')
    buffered = buffered.subarray(headerEnd + 4 + length)
    return { status: Number(statusLine.split(' ')[1]), headers, body }
  }

  return {
    async get(path: string, accept = 'text/html'): Promise<RawResponse | 'closed'> {
      if (closed) return 'closed'
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: ${accept}\r\nConnection: keep-alive\r\n\r\n`,
      )
      for (;;) {
        const response = takeResponse()
        if (response) return response
        if (closed) return 'closed'
        await new Promise<void>(resolve => (wake = resolve))
      }
    },
    close: () => socket.destroy(),
  }
}
