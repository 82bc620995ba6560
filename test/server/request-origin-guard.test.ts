// Host and Origin checks of a real `cobel serve` server (startServer), over HTTP as a browser
// or a rebinding page would send them.
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { hostNameOf, isLoopbackHostName, refusalOf } from '../../src/server/request-origin-guard.js'
import { startServer, type RunningServer } from '../../src/server/start-server.js'
import { openStore } from '../../src/store/open-store.js'
import { addUser } from '../../src/store/users.js'

let dir: string

/** A raw HTTP call with the Host and Origin headers as given (fetch would not let us set Host). */
function call(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cobel-origin-'))
})

after(async () => {
  await new Promise((resolve) => setTimeout(resolve, 100))
  rmSync(dir, { recursive: true, force: true })
})

describe('Host and Origin', () => {
  test('the parts: host names without ports, loopback names, refusals', () => {
    assert.equal(hostNameOf('127.0.0.1:7777'), '127.0.0.1')
    assert.equal(hostNameOf('[::1]:7777'), '::1')
    assert.equal(hostNameOf('LocalHost'), 'localhost')
    assert.ok(isLoopbackHostName('localhost') && isLoopbackHostName('127.0.0.5') && isLoopbackHostName('::1'))
    assert.ok(!isLoopbackHostName('evil.example') && !isLoopbackHostName('127.0.0.1.evil.example') && !isLoopbackHostName('0.0.0.0'))
    const none = new Set<string>()
    assert.equal(refusalOf({ headers: { host: 'localhost:7777' }, protocol: 'http' }, 'open', none), null)
    assert.match(refusalOf({ headers: { host: 'evil.example:7777' }, protocol: 'http' }, 'open', none) ?? '', /not a loopback name/)
    assert.equal(refusalOf({ headers: { host: 'evil.example' }, protocol: 'http' }, 'token', none), null, 'token access serves any name')
    assert.match(refusalOf({ headers: { host: 'localhost:7777', origin: 'null' }, protocol: 'http' }, 'open', none) ?? '', /may not call/)
  })

  test('open access: loopback Host and same or no Origin only; the start message gives the bound address', async () => {
    const server: RunningServer = await startServer({ host: '127.0.0.1', port: 0, target: { dataDir: dir }, webRoot: null, rateLimit: false })
    try {
      assert.equal(server.mode, 'open')
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/)
      const port = Number(new URL(server.url).port)
      const own = `127.0.0.1:${port}`
      assert.equal((await call(port, 'GET', '/api/session', { host: own })).status, 200)
      assert.equal((await call(port, 'GET', '/api/session', { host: `localhost:${port}` })).status, 200)
      // DNS rebinding: evil.example resolved to 127.0.0.1, the browser still sends its name.
      const rebound = await call(port, 'GET', '/api/session', { host: 'evil.example' })
      assert.equal(rebound.status, 403)
      assert.equal(JSON.parse(rebound.body).code, 'ERR_FORBIDDEN')
      assert.equal((await call(port, 'GET', '/', { host: `evil.example:${port}` })).status, 403, 'the web app too')
      // A cross-site POST is refused; the same origin is not.
      const body = JSON.stringify({ name: 'mallory', role: 'admin' })
      const crossSite = await call(port, 'POST', '/api/users', { host: own, origin: 'https://evil.example' }, body)
      assert.equal(crossSite.status, 403)
      assert.match(JSON.parse(crossSite.body).message, /origin "https:\/\/evil\.example" may not call this server/)
      assert.equal((await call(port, 'GET', '/api/session', { host: own, origin: `http://${own}` })).status, 200)
      assert.equal((await call(port, 'GET', '/api/session', { host: own, origin: `http://localhost:${port}` })).status, 403, 'another origin, even on this machine')
    } finally {
      await server.close()
    }
  })

  test('token access: any Host, Origin same or named by --allowed-origin; 0.0.0.0 is printed as bound', async () => {
    const store = await openStore({ dataDir: dir })
    const { token } = await addUser(store, 'alice', 'admin')
    await store.close()
    const server = await startServer({ host: '0.0.0.0', port: 0, target: { dataDir: dir }, webRoot: null, rateLimit: false, allowedOrigins: ['https://app.example.org'] })
    try {
      assert.equal(server.mode, 'token')
      assert.match(server.url, /^http:\/\/0\.0\.0\.0:\d+$/, 'the address actually bound, not 127.0.0.1')
      const port = Number(new URL(server.url).port)
      const auth = { authorization: `Bearer ${token}` }
      assert.equal((await call(port, 'GET', '/api/session', { ...auth, host: 'cobel.example.org' })).status, 200)
      assert.equal((await call(port, 'GET', '/api/session', { ...auth, host: 'cobel.example.org', origin: 'https://cobel.example.org' })).status, 200)
      assert.equal((await call(port, 'GET', '/api/session', { ...auth, host: 'cobel.example.org', origin: 'https://app.example.org' })).status, 200)
      const other = await call(port, 'GET', '/api/session', { ...auth, host: 'cobel.example.org', origin: 'https://evil.example' })
      assert.equal(other.status, 403)
      assert.match(JSON.parse(other.body).message, /or https:\/\/app\.example\.org/)
    } finally {
      await server.close()
    }
  })
})
