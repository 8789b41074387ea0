import { EventEmitter } from 'node:events'
import type { Request, Response } from 'express'
import { countWhenServed, isPersonReading } from '../../server/middleware/countableRequest'

const request = (method: string, headers: Record<string, string>) =>
  ({ method, get: (name: string) => headers[name.toLowerCase()] }) as unknown as Request

const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
]
const AUTOMATED = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'facebookexternalhit/1.1',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'Mozilla/5.0 (Windows NT 6.1) Chrome/41.0 Safari/537.36 (compatible; Google Page Speed Insights) Lighthouse',
  'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0 Safari/537.36',
  'UptimeRobot/2.0',
  'curl/8.5.0',
  'python-requests/2.32',
  'Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)',
]

describe('telling a person reading from a bot, a prefetch or a HEAD', () => {
  it.each(BROWSERS)('a GET from %s is a person', agent => {
    expect(isPersonReading(request('GET', { 'user-agent': agent }))).toBe(true)
  })

  it.each(AUTOMATED)('%s is not', agent => {
    expect(isPersonReading(request('GET', { 'user-agent': agent }))).toBe(false)
  })

  it('no User-Agent, a HEAD or a POST, and prefetches are not', () => {
    const agent = BROWSERS[0]!
    expect(isPersonReading(request('GET', {}))).toBe(false)
    expect(isPersonReading(request('HEAD', { 'user-agent': agent }))).toBe(false)
    expect(isPersonReading(request('POST', { 'user-agent': agent }))).toBe(false)
    expect(isPersonReading(request('GET', { 'user-agent': agent, purpose: 'prefetch' }))).toBe(false)
    expect(isPersonReading(request('GET', { 'user-agent': agent, 'sec-purpose': 'prefetch;prerender' }))).toBe(false)
  })
})

describe('counting once the page is sent', () => {
  const served = (statusCode: number, headers = { 'user-agent': BROWSERS[0]! }) => {
    const res = Object.assign(new EventEmitter(), { statusCode })
    const count = jest.fn()
    countWhenServed(request('GET', headers), res as unknown as Response, count)
    expect(count).not.toHaveBeenCalled()
    res.emit('finish')
    res.emit('finish')
    return count.mock.calls.length
  }

  it('counts a page sent with 200 once, and nothing for an error page or a bot', () => {
    expect(served(200)).toBe(1)
    expect(served(500)).toBe(0)
    expect(served(304)).toBe(0)
    expect(served(200, { 'user-agent': 'Googlebot/2.1' })).toBe(0)
  })
})
