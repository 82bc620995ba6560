// The web workbench in Debian's Chromium (playwright-core) against a real `cobel serve` process
// on a fresh PGlite store filled from the project's own sample articles.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { ingestSources } from '../../src/ingest/ingest-sources.js'
import { openStore } from '../../src/store/open-store.js'
import { addUser } from '../../src/store/users.js'

declare global {
  interface Window {
    /** Set by the network view. */
    cobelGraph?: import('cytoscape').Core
  }
}

const ROOT = join(import.meta.dirname, '..', '..')
const ARTIFACTS = join(ROOT, 'test-artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

let dataDir: string
let profileDir: string
let server: ChildProcess | null = null
let baseUrl = ''
let context: BrowserContext
let page: Page
const tokens = { editor: '', viewer: '' }
/** Everything the page reported: errors fail the suite at the end. */
const consoleErrors: string[] = []
const dialogs: string[] = []

/** Builds the web app when dist/web is missing or older than a file of web/. */
function buildWebAppIfStale(): void {
  const index = join(ROOT, 'dist', 'web', 'index.html')
  if (existsSync(index) && newestMtime(join(ROOT, 'web')) <= statSync(index).mtimeMs) return
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  assert.equal(result.status, 0, 'the web app builds')
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Starts `cobel serve` on a free port and resolves with its URL once it listens. */
function startServe(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts'), 'serve', '--data', dataDir, '--port', '0', '--jobs', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    server = child
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`cobel serve did not start:\n${stderr}`)), 60_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const match = /serving (http:\/\/\S+?)\/? /.exec(stderr)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!.replace(/\/$/, ''))
      }
    })
    child.stdout!.resume()
    child.on('exit', (code) => {
      clearTimeout(timer)
      if (!baseUrl) reject(new Error(`cobel serve exited with ${code}:\n${stderr}`))
    })
  })
}

async function stopServe(): Promise<void> {
  const child = server
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (child.exitCode === null) child.kill('SIGKILL')
}

const shot = (name: string, fullPage = false) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })

async function signIn(token: string): Promise<void> {
  await page.goto(`${baseUrl}/`)
  await page.locator('#token, header.top').first().waitFor()
  const signOut = page.getByRole('button', { name: /sign out|se déconnecter/i })
  if (await signOut.isVisible()) await signOut.click()
  await page.locator('#token').fill(token)
  await page.getByRole('button', { name: /^sign in$|^se connecter$/i }).click()
  await page.locator('header.top .user').waitFor()
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`)
  mkdirSync(ARTIFACTS, { recursive: true })
  buildWebAppIfStale()
  dataDir = mkdtempSync(join(tmpdir(), 'cobel-web-'))
  profileDir = mkdtempSync(join(tmpdir(), 'cobel-chromium-'))
  const store = await openStore({ dataDir })
  try {
    const summary = await ingestSources(store, [join(ROOT, 'samples', 'articles')], { jobs: 0 })
    assert.ok(summary.ingested >= 6, `samples ingested: ${JSON.stringify(summary.failed)}`)
    tokens.editor = (await addUser(store, 'erin', 'editor')).token
    tokens.viewer = (await addUser(store, 'victor', 'viewer')).token
  } finally {
    await store.close()
  }
  baseUrl = await startServe()
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    viewport: { width: 1366, height: 900 },
    locale: 'en-GB',
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
})

after(async () => {
  await context?.close()
  await stopServe()
  await new Promise((resolve) => setTimeout(resolve, 200))
  for (const dir of [dataDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('workbench in Chromium', () => {
  test('sign in and see the overview: states by tier and the answer per state', async () => {
    await signIn(tokens.editor)
    await page.locator('.glance-row[data-actor="IRN"]').waitFor()
    const iran = await page.locator('.glance-row[data-actor="IRN"]').innerText()
    assert.match(iran, /Iran \(IRN\)/)
    assert.match(iran, /under ICRC support-based approach/)
    assert.match(iran, /claims: \d+, independent sources: \d+/)
    assert.ok(Number(await page.getByTestId('count-documents').innerText()) >= 6)
    assert.ok(await page.locator('.tier-column[data-tier="supporter"] a[data-actor="IRN"]').count())
    await page.getByTestId('framework-select').selectOption('arsiwa_complicity')
    await page.locator('.tier-column[data-tier="complicit"]').waitFor()
    await page.getByTestId('framework-select').selectOption('icrc_sba')
    // The assessment states its as-of day; the conflict is chosen, with its classification.
    assert.match(await page.getByTestId('evidence-line').innerText(), /As of \d{4}-\d{2}-\d{2}: \d+ claim\(s\) counted/)
    assert.match(await page.getByTestId('conflict-classification').innerText(), /international armed conflict/)
    await shot('overview', true)
    await page.getByTestId('conflict-select').selectOption('israel-hamas-2023')
    await page.getByTestId('conflict-classification').filter({ hasText: 'contested' }).waitFor()
    // Support to Russia is not in the war in Gaza.
    await page.locator('.glance-row[data-actor="IRN"]').waitFor({ state: 'detached' })
    await page.getByTestId('conflict-select').selectOption('russia-ukraine-2022')
    await page.locator('.glance-row[data-actor="IRN"]').waitFor()
  })

  test('the interface speaks French', async () => {
    await page.getByRole('button', { name: 'Passer en français' }).click()
    await page.getByRole('link', { name: 'Vue d’ensemble' }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr')
    assert.match(await page.locator('.glance-row[data-actor="IRN"]').innerText(), /selon/)
    await page.getByRole('button', { name: 'Switch to English' }).click()
    await page.getByRole('link', { name: 'Overview' }).waitFor()
  })

  test('keyboard: the skip link and the navigation are reachable with Tab', async () => {
    await page.goto(`${baseUrl}/#/`)
    await page.reload()
    await page.locator('.glance-row').first().waitFor()
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Overview')
  })

  test('network: click an edge and see the claims behind it', async () => {
    await page.goto(`${baseUrl}/#/network`)
    await page.waitForFunction(() => (window.cobelGraph?.edges().length ?? 0) > 0)
    await page.waitForFunction(() => window.cobelGraph?.getElementById('IRN>RUS').data('colour') !== undefined)
    const box = (await page.getByTestId('graph').boundingBox())!
    const point = await page.evaluate(() => window.cobelGraph!.getElementById('IRN>RUS').renderedMidpoint())
    await page.mouse.click(box.x + point.x, box.y + point.y)
    const claims = page.getByTestId('edge-claims')
    await claims.locator('h2').filter({ hasText: 'Iran (IRN) → Russia (RUS)' }).waitFor()
    await claims.locator('li[data-claim-id]').first().waitFor()
    assert.ok((await claims.locator('li[data-claim-id]').count()) >= 3)
    assert.match(await claims.innerText(), /Shahed-136/)
    await shot('network')
    // `npm run screenshots` sets COBEL_SCREENSHOTS=docs/screenshots to renew the README's picture; tests alone never touch tracked files.
    if (process.env.COBEL_SCREENSHOTS) copyFileSync(join(ARTIFACTS, 'network.png'), join(ROOT, process.env.COBEL_SCREENSHOTS, 'workbench.png'))
    // Replaying to the first date hides later edges.
    await page.locator('#as-of-slider').focus()
    await page.keyboard.press('Home')
    await page.waitForFunction(() => window.cobelGraph!.edges('.hidden').length > 0)
  })

  test('document: the evidence of the claim is highlighted, with provenance', async () => {
    const claims = page.getByTestId('edge-claims')
    const first = claims.locator('li[data-claim-id]').first()
    const claimId = (await first.getAttribute('data-claim-id'))!
    await first.getByRole('link').click()
    const focused = page.locator(`mark.hl-claim.hl-focus[data-claim="${claimId}"]`)
    await focused.first().waitFor()
    const marked = (await focused.allInnerTexts()).join('')
    const claim = await page.evaluate(async (id) => (await (await fetch(`/api/claims/${id}`, { headers: { authorization: `Bearer ${sessionStorage.getItem('cobel.token')}` } })).json()) as { evidenceText: string }, claimId)
    assert.equal(marked, claim.evidenceText)
    assert.ok((await page.locator('mark.hl-actor').count()) > 0, 'actors are highlighted')
    assert.ok((await page.locator('mark.hl-materiel').count()) > 0, 'materiel is highlighted')
    assert.ok((await page.locator('mark.hl-quote').count()) > 0, 'quotes are highlighted')
    assert.match(await page.getByTestId('sha256').innerText(), /^[0-9a-f]{64}$/)
    assert.match(await page.locator('.provenance').innerText(), /example\.org/)
    await shot('document', true)
  })

  test("review: rejecting a claim changes the state's tier and trace", async () => {
    await page.goto(`${baseUrl}/#/state/DEU?framework=icrc_sba`)
    const icrc = page.locator('[data-framework="icrc_sba"]')
    await icrc.waitFor()
    const tierBefore = await icrc.getAttribute('data-tier')
    assert.equal(tierBefore, 'supporter')
    const traced = icrc.locator('details:has(summary:text-matches("Claims behind the tier")) li[data-claim-id]')
    const claimId = (await traced.first().getAttribute('data-claim-id'))!
    // Each claim shows its source grade beside it.
    assert.match((await traced.first().locator('.badge.grade').getAttribute('data-grade')) ?? '', /^[A-F][1-6]$/)
    await shot('dossier-before')
    await traced.first().getByRole('link', { name: 'Review this claim' }).click()
    const panel = page.locator(`.review-panel[data-claim-id="${claimId}"]`)
    await panel.waitFor()
    await panel.getByLabel('Reject').check()
    await panel.getByLabel('Reason').fill('The system was delivered to another country; misread.')
    await panel.getByTestId('review-submit').click()
    await panel.getByRole('status').filter({ hasText: 'Recorded: rejected.' }).waitFor()
    await page.getByTestId('audit-log').locator('tbody tr').first().waitFor()
    assert.match(await page.getByTestId('audit-log').innerText(), /erin[\s\S]*reject[\s\S]*misread/)
    await page.goto(`${baseUrl}/#/state/DEU?framework=icrc_sba`)
    await page.waitForFunction(() => {
      const card = document.querySelector('[data-framework="icrc_sba"]')
      return card?.getAttribute('data-tier') === 'not_party' || document.querySelector('[data-testid="dossier-empty"]')
    })
    assert.equal(await page.locator(`[data-framework="icrc_sba"] details:has(summary:text-matches("Claims behind the tier")) li[data-claim-id="${claimId}"]`).count(), 0)
    await shot('dossier-after')
  })

  test('an article with <script> and <img onerror> is ingested and nothing runs', async () => {
    const hostile = [
      'Iran delivered drones to Russia, officials said. <script>window.__pwned = "script"; alert("script")</script>',
      '<img src="x" onerror="window.__pwned = \'img\'; alert(\'img\')"> The drones were Shahed-136.',
    ].join('\n\n')
    await page.goto(`${baseUrl}/#/ingest`)
    await page.locator('#ingest-text').fill(hostile)
    await page.locator('details summary').filter({ hasText: 'Title' }).click()
    await page.getByLabel('Title').fill('<script>alert("title")</script> Hostile sample')
    await page.getByTestId('ingest-submit').click()
    await page.locator('[data-testid="ingest-job"][data-state="done"]').waitFor({ timeout: 60_000 })
    await page.getByTestId('ingested-document').first().click()
    const text = page.getByTestId('document-text')
    await text.waitFor()
    assert.match(await text.innerText(), /<script>window\.__pwned = "script"; alert\("script"\)<\/script>/)
    assert.match(await text.innerText(), /<img src="x" onerror=/)
    assert.match(await page.getByTestId('document-title').innerText(), /^<script>alert\("title"\)<\/script> Hostile sample$/)
    assert.equal(await page.locator('main script, main img').count(), 0, 'no element was created from the text')
    await page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined)
    assert.deepEqual(dialogs, [])
    await shot('hostile-document')
  })

  test('a viewer signs in and finds review disabled', async () => {
    await signIn(tokens.viewer)
    assert.match(await page.locator('header.top .user').innerText(), /victor · viewer/)
    const claimId = await page.evaluate(async () => {
      const response = await fetch('/api/claims?pageSize=1&review=pending', { headers: { authorization: `Bearer ${sessionStorage.getItem('cobel.token')}` } })
      return ((await response.json()) as { items: { id: string }[] }).items[0]!.id
    })
    await page.goto(`${baseUrl}/#/review?claim=${claimId}`)
    await page.locator('.review-panel').waitFor()
    assert.notEqual(await page.getByTestId('review-form').getAttribute('disabled'), null)
    assert.equal(await page.getByTestId('review-submit').isDisabled(), true)
    assert.match(await page.getByTestId('review-read-only').innerText(), /viewer/)
    const errorsBefore = consoleErrors.length
    const denied = await page.evaluate(async (id) => {
      const response = await fetch('/api/review', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('cobel.token')}` },
        body: JSON.stringify({ action: 'reject', claimId: id, reason: 'try' }),
      })
      return { status: response.status, body: (await response.json()) as { code: string } }
    }, claimId)
    assert.equal(denied.status, 403)
    assert.equal(denied.body.code, 'ERR_FORBIDDEN')
    // Chromium logs the refused request itself; that one is expected.
    await page.waitForTimeout(100)
    consoleErrors.splice(errorsBefore).forEach((error) => assert.match(error, /status of 403/))
    await shot('review-viewer', true)
    await page.goto(`${baseUrl}/#/ingest`)
    assert.equal(await page.getByTestId('ingest-submit').isDisabled(), true)
  })

  test('tablet width: no horizontal scrolling; claims table opens the document at the evidence', async () => {
    await page.setViewportSize({ width: 820, height: 1180 })
    await page.goto(`${baseUrl}/#/claims?supplier=PRK`)
    const row = page.locator('tr[data-claim-id]').first()
    await row.waitFor()
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1))
    await page.getByRole('button', { name: 'Sort by Category' }).click()
    await page.waitForFunction(() => location.hash.includes('sort=category'))
    await shot('claims-tablet', true)
    const claimId = await page.locator('tr[data-claim-id]').first().getAttribute('data-claim-id')
    await page.locator('tr[data-claim-id] td.evidence a').first().click()
    await page.locator(`mark.hl-focus[data-claim="${claimId}"]`).first().waitFor()
    await page.goto(`${baseUrl}/#/`)
    await page.locator('.glance-row').first().waitFor()
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1))
    await shot('overview-tablet', true)
  })

  test('no errors in the console (CSP violations included)', () => {
    assert.deepEqual(consoleErrors, [])
  })
})
