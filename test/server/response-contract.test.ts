import assert from 'node:assert/strict'
import { test } from 'node:test'
import Fastify from 'fastify'
import { z } from 'zod'
import { addRoute } from '../../src/server/api-route.js'
import { checkResponses, contractError, strictDeep } from './response-contract.js'

const Item = z.object({ id: z.string(), tags: z.array(z.object({ name: z.string() })), note: z.string().nullable().optional(), counts: z.partialRecord(z.enum(['a', 'b']), z.number()) })

test('strictDeep refuses undocumented keys at any depth, loose objects included', () => {
  const ok = { id: 'x', tags: [{ name: 'n' }], counts: { a: 1 } }
  assert.equal(contractError(Item, ok), null)
  assert.match(contractError(Item, { ...ok, extra: 1 }) ?? '', /Unrecognized key: "extra"/)
  assert.match(contractError(Item, { ...ok, tags: [{ name: 'n', weight: 2 }] }) ?? '', /weight[\s\S]*tags/)
  assert.match(contractError(Item, { ...ok, counts: { c: 1 } }) ?? '', /counts/)
  assert.match(contractError(Item, { id: 'x', tags: [] }) ?? '', /counts/)
  assert.notEqual(contractError(z.looseObject({ id: z.string() }), { id: 'x', more: true }), null)
  assert.notEqual(contractError(z.union([z.object({ a: z.number() }), z.null()]), { a: 1, b: 2 }), null)
  assert.throws(() => strictDeep(z.string().transform((s) => s.length)), /plain data/)
})

test('a route that answers a field its schema does not document is reported', async () => {
  const app = Fastify()
  const log = checkResponses(app)
  addRoute(app, { method: 'GET', url: '/good', summary: 'good', tag: 't', role: 'public', response: z.object({ items: z.array(Item) }) }, async () => ({ items: [{ id: 'a', tags: [], counts: {} }] }))
  addRoute(app, { method: 'GET', url: '/leaky', summary: 'leaky', tag: 't', role: 'public', response: z.object({ items: z.array(Item) }) }, async () => ({
    items: [{ id: 'a', tags: [{ name: 'n', secret: 'token' }], counts: {} }],
  }))
  assert.equal((await app.inject('/good')).statusCode, 200)
  assert.equal((await app.inject('/leaky')).statusCode, 200)
  assert.deepEqual([...log.checked].sort(), ['GET /good', 'GET /leaky'])
  assert.equal(log.failures.length, 1)
  assert.match(log.failures[0]!, /^GET \/leaky:[\s\S]*"secret"/)
  await app.close()
})
