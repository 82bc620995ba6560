import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { after, before, test } from 'node:test'
import { Command } from 'commander'
import { register as registerServe } from '../../src/cli/commands/serve.js'
import { register as registerUsers } from '../../src/cli/commands/users.js'
import { openStore } from '../../src/store/open-store.js'
import { findUserByToken } from '../../src/store/users.js'

let dir: string

/** Runs `cobel <args>` in this process with captured output; returns the exit code it set. */
async function cobel(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' }
  const stdout = new PassThrough().on('data', (chunk: Buffer) => (out.stdout += chunk.toString()))
  const stderr = new PassThrough().on('data', (chunk: Buffer) => (out.stderr += chunk.toString()))
  const io = { stdout, stderr }
  const program = new Command('cobel').exitOverride().configureOutput({ writeErr: (text) => (out.stderr += text), writeOut: (text) => (out.stdout += text) })
  registerUsers(program, io)
  registerServe(program, io)
  const previous = process.exitCode
  process.exitCode = undefined
  try {
    await program.parseAsync(['node', 'cobel', ...args])
    return { code: Number(process.exitCode ?? 0), ...out }
  } finally {
    process.exitCode = previous
  }
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cobel-cli-users-'))
  const store = await openStore({ dataDir: dir })
  await store.close()
})

after(async () => {
  await new Promise((resolve) => setTimeout(resolve, 100))
  rmSync(dir, { recursive: true, force: true })
})

test('serve refuses a non-loopback address while there are no users', async () => {
  const result = await cobel('serve', '--host', '0.0.0.0', '--port', '0', '--data', dir)
  assert.equal(result.code, 2)
  assert.match(result.stderr, /ERR_USAGE: refusing to serve on 0\.0\.0\.0 without users: add one with `cobel users add NAME --role admin`/)
})

test('users add prints a token once and stores only its hash; list and remove', async () => {
  const added = await cobel('users', 'add', 'alice', '--role', 'admin', '--data', dir)
  assert.equal(added.code, 0, added.stderr)
  const token = added.stdout.trim()
  assert.match(token, /^cobel_[A-Za-z0-9_-]{43}$/)
  assert.match(added.stderr, /shown once/)

  const store = await openStore({ dataDir: dir })
  try {
    assert.equal((await findUserByToken(store, token))?.role, 'admin')
    const { rows } = await store.db.withTables<{ users: { token_hash: string } }>().selectFrom('users').select('token_hash').execute().then((r) => ({ rows: r }))
    assert.equal(rows.length, 1)
    assert.notEqual(rows[0]!.token_hash, token)
    assert.match(rows[0]!.token_hash, /^[0-9a-f]{64}$/)
  } finally {
    await store.close()
  }

  assert.equal((await cobel('users', 'add', 'alice', '--role', 'viewer', '--data', dir)).code, 1, 'a name is added once')
  const badRole = await cobel('users', 'add', 'bob', '--role', 'owner', '--data', dir).catch((error: Error) => ({ code: 2, stdout: '', stderr: error.message }))
  assert.equal(badRole.code, 2)
  const json = JSON.parse((await cobel('users', 'add', 'bob', '--role', 'viewer', '--json', '--data', dir)).stdout)
  assert.equal(json.user.role, 'viewer')

  const list = await cobel('users', 'list', '--data', dir)
  assert.match(list.stdout, /NAME\s+ROLE/)
  assert.match(list.stdout, /alice\s+admin/)
  assert.match(list.stdout, /bob\s+viewer/)
  assert.doesNotMatch(list.stdout, /cobel_/)

  assert.equal((await cobel('users', 'remove', 'bob', '--data', dir)).code, 0)
  assert.equal((await cobel('users', 'remove', 'bob', '--data', dir)).code, 1)
  assert.deepEqual(
    JSON.parse((await cobel('users', 'list', '--json', '--data', dir)).stdout).map((u: { name: string }) => u.name),
    ['alice'],
  )
})
