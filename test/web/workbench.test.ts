// The web workbench in Debian's Chromium (playwright-core) against a real `cobel serve` process
// on a fresh PGlite store filled from the project's own sample articles.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
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

/** A GET of the API with the signed-in user's token, from the page. */
const apiGet = <T,>(path: string): Promise<T> =>
  page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { authorization: `Bearer ${sessionStorage.getItem('cobel.token')}` } })
    return (await response.json()) as unknown
  }, path) as Promise<T>

/** The claim the document test adds, checked again after re-extraction. */
let addedClaim = ''
/** The quote whose speaker the review test corrects, checked again after re-extraction. */
let correctedQuote = { id: '', documentId: '', text: '', was: '' }

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
    // evil.example stands for a name an attacker rebinds to this machine (DNS rebinding).
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--host-resolver-rules=MAP evil.example 127.0.0.1'],
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

  test('an Arabic article reads right to left, its evidence highlighted in place', async () => {
    const arabic = 'أرسلت إيران طائرات مسيرة إلى روسيا، بحسب مسؤولين أوكرانيين.'
    await page.goto(`${baseUrl}/#/ingest`)
    await page.locator('#ingest-text').fill(arabic)
    await page.getByTestId('ingest-submit').click()
    await page.locator('[data-testid="ingest-job"][data-state="done"]').waitFor({ timeout: 60_000 })
    await page.getByTestId('ingested-document').first().click()
    const text = page.getByTestId('document-text')
    await text.waitFor()
    assert.equal(await text.getAttribute('lang'), 'ar')
    assert.equal(await text.evaluate((el) => getComputedStyle(el).direction), 'rtl')
    const claim = text.locator('mark.hl-claim').first()
    await claim.waitFor()
    // The highlight is the evidence's own words, and lies inside the text box, on the right-hand side where the line starts.
    assert.match((await text.locator('mark.hl-claim').allInnerTexts()).join(''), /إيران/)
    const box = (await text.boundingBox())!
    const mark = (await claim.boundingBox())!
    assert.ok(mark.x + mark.width <= box.x + box.width + 1 && mark.x >= box.x - 1, 'the highlight stays in the text box')
    assert.ok(mark.x + mark.width > box.x + box.width / 2, 'the first words sit on the right')
    await shot('arabic-document')
  })

  test('network: the same layout on every visit; statuses apart in greyscale by dash and arrow head; nodes by tier and claims', async () => {
    await page.goto(`${baseUrl}/#/network`)
    await page.evaluate(() => localStorage.removeItem('cobel.network.positions'))
    const positions = async () => {
      await page.reload()
      await page.waitForFunction(() => (window.cobelGraph?.nodes().length ?? 0) > 0)
      // Positions are saved to the pixel.
      return page.evaluate(() => Object.fromEntries(window.cobelGraph!.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }])))
    }
    const first = await positions()
    await page.evaluate(() => localStorage.removeItem('cobel.network.positions'))
    assert.deepEqual(await positions(), first, 'a first visit lays the graph out the same way (seeded, not random)')
    // A dragged node stays where it was put.
    await page.evaluate(() => {
      const node = window.cobelGraph!.getElementById('IRN')
      node.position({ x: node.position('x') + 40, y: node.position('y') })
      node.emit('dragfree')
    })
    const moved = await positions()
    assert.equal(moved.IRN!.x, first.IRN!.x + 40)
    // Each status has its own dash pattern and arrow head, not only a colour.
    const looks = await page.evaluate(() => window.cobelGraph!.edges().map((e) => `${e.data('status')}|${e.style('line-style')}|${e.style('line-dash-pattern')}|${e.style('target-arrow-shape')}`))
    const byStatus = new Map(looks.map((look) => [look.split('|')[0], look.split('|').slice(1).join('|')]))
    assert.ok(byStatus.size >= 3, `statuses shown: ${[...byStatus.keys()]}`)
    assert.equal(new Set(byStatus.values()).size, byStatus.size, `every status drawn apart: ${looks.join(', ')}`)
    // Nodes are filled by tier (Iran is a supporter, darker than a non-party) and sized by claims.
    await page.waitForFunction(() => window.cobelGraph!.getElementById('IRN').data('tier') === 'supporter')
    const nodes = await page.evaluate(() => ['IRN', 'RUS', 'UKR'].map((id) => window.cobelGraph!.getElementById(id)).map((n) => ({ fill: n.data('fill') as string, size: n.data('size') as number })))
    assert.notEqual(nodes[0]!.fill, '#eaecf0')
    assert.ok(nodes[1]!.size > nodes[0]!.size, 'Russia, the recipient of most claims, is the largest node')
    // The claims of a picked edge come into view.
    await page.locator('.edge-list button[data-edge="IRN>RUS"]').click()
    await page.getByTestId('edge-claims').locator('li[data-claim-id]').first().waitFor()
    await page.waitForFunction(() => {
      const box = document.querySelector('[data-testid="edge-claims"]')!.getBoundingClientRect()
      return box.top >= 0 && box.top < window.innerHeight
    })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'))
    await shot('network-greyscale')
    await page.evaluate(() => (document.documentElement.style.filter = ''))
  })

  test('map: states filled by tier, arrows supplier → recipient by status; a state opens its dossier', async () => {
    await page.goto(`${baseUrl}/#/map?framework=icrc_sba`)
    const iran = page.locator('path.country.assessed[data-actor="IRN"]')
    await iran.waitFor()
    assert.equal(await iran.getAttribute('data-tier'), 'supporter')
    const arrow = page.locator('path.supply-arrow[data-edge="IRN>RUS"]')
    await arrow.waitFor()
    assert.match((await arrow.getAttribute('d')) ?? '', /^M[\d.]+,[\d.]+ Q/)
    const statuses = await page.locator('path.supply-arrow').evaluateAll((paths) => paths.map((p) => `${p.getAttribute('data-status')}|${p.getAttribute('stroke-dasharray') ?? ''}|${p.getAttribute('marker-end')}`))
    assert.ok(statuses.length >= 4, statuses.join(', '))
    const looks = new Map(statuses.map((s) => [s.split('|')[0], s]))
    assert.equal(new Set([...looks.values()].map((s) => s.split('|').slice(1).join('|'))).size, looks.size, 'each status has its own dash and head')
    assert.notEqual(await iran.getAttribute('fill'), await page.locator('path.country.assessed[data-tier="not_party"]').first().getAttribute('fill'))
    await shot('map')
    await iran.click({ force: true })
    await page.waitForFunction(() => location.hash.startsWith('#/state/IRN'))
    await page.getByTestId('dossier-title').filter({ hasText: 'Iran' }).waitFor()
  })

  test('timeline: a state month by month from its dossier, a pair from a network edge; statuses, tiers and undated claims apart', async () => {
    // A later report, so that the timeline spans several months.
    const job = await page.evaluate(async () => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('cobel.token')}` }
      const text = 'Iran delivered artillery shells to Russia by ship across the Caspian Sea, the Ukrainian defence ministry said on Tuesday.'
      const body = JSON.stringify({ texts: [{ text, title: 'Shells across the Caspian', publishedAt: '2023-03-14', lang: 'en' }] })
      return ((await (await fetch('/api/ingest', { method: 'POST', headers, body })).json()) as { id: string }).id
    })
    for (let i = 0; i < 600 && (await apiGet<{ state: string }>(`/api/ingest/${job}`)).state !== 'done'; i++) await page.waitForTimeout(100)
    await page.goto(`${baseUrl}/#/state/IRN?framework=icrc_sba`)
    await page.locator('[data-framework="icrc_sba"]').waitFor()
    await page.getByTestId('state-timeline').click()
    await page.waitForFunction(() => location.hash.startsWith('#/timeline/IRN'))
    assert.match(await page.getByTestId('timeline-title').innerText(), /Iran \(IRN\)/)
    const months = page.getByTestId('timeline-months')
    // The sample report on Iranian drones is of October 2022: its month shows its claims by status and the tier they give.
    const october = months.locator('tr[data-month="2022-10"]')
    await october.waitFor()
    assert.equal(await october.getAttribute('data-tier'), 'supporter')
    assert.match(await october.locator('.tier-chip').innerText(), /supporter/)
    assert.match(await october.getByTestId('tier-change').innerText(), /changed from not party on 2022-10-\d\d/)
    const counts = await october.locator('.badge.status[data-status]').evaluateAll((badges) => badges.map((b) => `${b.getAttribute('data-status')}:${b.getAttribute('data-count')}`))
    assert.ok(counts.length >= 1, counts.join(', '))
    const api = await apiGet<{ months: { month: string; statuses: Record<string, number> }[]; undated: { total: number } | null }>('/api/timeline/months?actor=IRN&framework=icrc_sba')
    const expected = api.months.find((m) => m.month === '2022-10')!.statuses
    assert.deepEqual(Object.fromEntries(counts.map((c) => [c.split(':')[0], Number(c.split(':')[1])])), expected)
    assert.equal(await page.locator('[data-testid="tier-band"] li[data-month="2022-10"]').getAttribute('data-tier'), 'supporter')
    // The pasted hostile article has no date: its claim is listed apart, not in a month.
    const undated = page.getByTestId('timeline-undated')
    await undated.waitFor()
    assert.ok(api.undated && api.undated.total >= 1)
    assert.ok((await undated.locator('li[data-claim-id]').count()) >= 1)
    assert.match(await page.locator('#undated').innerText(), /Undated \(\d+\)/)
    await october.locator('summary').click()
    assert.ok((await october.locator('li[data-claim-id]').count()) >= 1)
    // Quiet months fold into one row; the March report has its own.
    await months.locator('tr.quiet[data-month="2022-11"]').filter({ hasText: '2022-11 – 2023-02' }).waitFor()
    const march = months.locator('tr[data-month="2023-03"]')
    assert.ok(Number(await march.locator('.badge.status[data-status="confirmed"]').getAttribute('data-count')) >= 1)
    await shot('timeline-state', true)
    // A pair: from the selected edge of the network view.
    await page.goto(`${baseUrl}/#/network?framework=icrc_sba`)
    await page.waitForFunction(() => (window.cobelGraph?.edges().length ?? 0) > 0)
    await page.locator('.edge-list button[data-edge="IRN>RUS"]').click()
    await page.getByTestId('pair-timeline').click()
    await page.waitForFunction(() => location.hash.startsWith('#/timeline/IRN') && location.hash.includes('recipient=RUS'))
    assert.match(await page.getByTestId('timeline-title').innerText(), /Iran \(IRN\) → Russia \(RUS\)/)
    const pairOctober = page.locator('[data-testid="timeline-months"] tr[data-month="2022-10"]')
    await pairOctober.waitFor()
    assert.ok((await pairOctober.locator('.badge.status[data-status]').count()) >= 1)
    await pairOctober.locator('summary').click()
    const claimIds = await pairOctober.locator('li[data-claim-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-claim-id')!))
    for (const id of claimIds) {
      const claim = await apiGet<{ supplier: string; recipient: string }>(`/api/claims/${id}`)
      assert.deepEqual([claim.supplier, claim.recipient], ['IRN', 'RUS'])
    }
    await shot('timeline-pair', true)
  })

  test('dossier export: one HTML file that opens offline in Chromium and shows the evidence', async () => {
    await page.goto(`${baseUrl}/#/state/IRN?framework=icrc_sba`)
    await page.locator('[data-framework="icrc_sba"]').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dossier-export').click()])
    assert.match(download.suggestedFilename(), /^cobel-dossier-IRN-\d{4}-\d{2}-\d{2}\.html$/)
    const file = join(ARTIFACTS, 'dossier-IRN.html')
    await download.saveAs(file)
    const reader = await context.newPage()
    const requests: string[] = []
    reader.on('request', (request) => requests.push(request.url()))
    await reader.goto(pathToFileURL(file).href)
    assert.match(await reader.locator('h1').innerText(), /Iran \(IRN\)/)
    const section = reader.locator('section[data-framework="icrc_sba"]')
    assert.match(await section.innerText(), /supporter/)
    assert.ok((await section.locator('li[data-claim-id] blockquote').count()) > 0, 'the claims behind the tier with their words')
    assert.match(await reader.locator('table').innerText(), /\d{4}-\d{2}-\d{2}/)
    assert.deepEqual(requests.filter((url) => !url.startsWith('file:')), [], 'nothing is fetched: the file is self-contained')
    await reader.screenshot({ path: join(ARTIFACTS, 'dossier-export.png'), fullPage: false })
    await reader.close()
  })

  test('review: correcting who says a claim changes its grade, the level and the tier trace', async () => {
    const before = await apiGet<{ frameworks: { framework: string; confidence: string; claimIds: string[] }[]; claims: Record<string, { grade?: { code: string } }> }>('/api/assessments/FRA')
    const icrc = before.frameworks.find((f) => f.framework === 'icrc_sba')!
    assert.equal(icrc.confidence, 'alleged')
    const { items } = await apiGet<{ items: { id: string; grade: { code: string }; attributedTo: string | null }[] }>('/api/claims?supplier=FRA&status=confirmed')
    const claim = items[0]!
    assert.equal(claim.grade.code, 'C2')
    await page.goto(`${baseUrl}/#/review?state=pending&claim=${claim.id}`)
    const panel = page.locator(`.review-panel[data-claim-id="${claim.id}"]`)
    await panel.waitFor()
    assert.match(await panel.getByTestId('review-speaker').innerText(), /ministère/)
    // e: edit, from the keyboard.
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('e')
    await panel.getByTestId('speaker-fields').waitFor()
    const fields = panel.getByTestId('speaker-fields')
    await fields.getByLabel('Name', { exact: true }).fill('Sébastien Lecornu')
    await fields.getByLabel('State or organisation', { exact: true }).fill('FRA')
    await fields.getByRole('combobox').selectOption('official')
    await fields.getByLabel('Role', { exact: true }).fill('minister of the armed forces')
    await panel.getByLabel('Reason').fill('The minister announced it; the ministry is France’s own.')
    await panel.getByTestId('review-submit').click()
    await panel.getByRole('status').filter({ hasText: 'Recorded: corrected.' }).waitFor()
    await panel.locator('.badge.grade[data-grade="A2"]').first().waitFor()
    await page.goto(`${baseUrl}/#/state/FRA?framework=icrc_sba`)
    const card = page.locator('[data-framework="icrc_sba"]')
    await card.waitFor()
    await page.waitForFunction(() => document.querySelector('[data-framework="icrc_sba"]')?.textContent?.includes('established'))
    const traced = card.locator(`li[data-claim-id="${claim.id}"]`)
    assert.equal(await traced.first().locator('.badge.grade').getAttribute('data-grade'), 'A2')
    assert.match(await traced.first().innerText(), /Sébastien Lecornu/)
    await shot('dossier-corrected-speaker')
  })

  test('review queue: claims behind a tier and the weakest sources first; j / k move, a accepts', async () => {
    await page.goto(`${baseUrl}/#/review?state=pending`)
    const queue = page.getByTestId('review-queue')
    await queue.locator('li[data-claim-id]').first().waitFor()
    // The queue is ordered again once the assessments (which claims decide a tier) have arrived.
    await queue.locator('li[data-decisive="true"]').first().waitFor()
    const rows = await queue.locator('li[data-claim-id]').evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-claim-id')!, decisive: li.getAttribute('data-decisive') === 'true', grade: li.querySelector('.badge.grade')?.getAttribute('data-grade') ?? '' })))
    // (The first page may hold decisive claims only: then no other claim comes before one of them.)
    const firstOther = rows.findIndex((r) => !r.decisive)
    const decisiveEnd = firstOther === -1 ? rows.length : firstOther
    assert.ok(decisiveEnd > 0 && rows.slice(decisiveEnd).every((r) => !r.decisive), 'claims deciding a tier come first')
    const decisiveGrades = rows.slice(0, decisiveEnd).map((r) => r.grade)
    assert.deepEqual(decisiveGrades, [...decisiveGrades].sort((a, b) => b[0]!.localeCompare(a[0]!) || b.slice(1).localeCompare(a.slice(1))), 'weakest sources first')
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('j')
    await page.waitForFunction((id) => location.hash.includes(`claim=${id}`), rows[0]!.id)
    await page.keyboard.press('j')
    await page.waitForFunction((id) => location.hash.includes(`claim=${id}`), rows[1]!.id)
    await page.keyboard.press('k')
    await page.waitForFunction((id) => location.hash.includes(`claim=${id}`), rows[0]!.id)
    await page.locator(`.review-panel[data-claim-id="${rows[0]!.id}"]`).waitFor()
    await page.keyboard.press('a')
    // Accepted, and the panel moves on to the next claim of the queue.
    await page.waitForFunction((id) => !location.hash.includes(`claim=${id}`), rows[0]!.id)
    assert.equal((await apiGet<{ review: { state: string } }>(`/api/claims/${rows[0]!.id}`)).review.state, 'accepted')
  })

  test('document: an editor adds a claim from a selection of the text; one outline per focused span; source as a file name', async () => {
    const { items } = await apiGet<{ items: { id: string; title: string | null }[] }>('/api/documents?pageSize=50')
    const doc = items.find((d) => d.title?.includes('Caesar')) ?? items[0]!
    const full = await apiGet<{ id: string; text: string; source: string; url: string | null; claims: { id: string }[] }>(`/api/documents/${doc.id}`)
    await page.goto(`${baseUrl}/#/document/${doc.id}?claim=${full.claims[0]!.id}`)
    await page.getByTestId('focus-span').waitFor()
    assert.equal(await page.getByTestId('focus-span').count(), 1, 'one outline around the focused claim')
    if (!full.url) assert.equal(await page.getByTestId('document-source').innerText().then((t) => t.split(' (')[0]), full.source.split('/').pop())
    const words = 'canons Caesar'
    const start = full.text.indexOf(words)
    assert.ok(start >= 0)
    // Select the words as a reader would, across the highlighted runs.
    // A string, not a function: the test runner's transform would add helpers the page does not have.
    await page.evaluate(`(() => {
      const runs = Array.from(document.querySelectorAll('[data-testid="document-text"] [data-start]'))
      const place = (offset) => { const run = runs.filter((r) => Number(r.dataset.start) <= offset).pop(); return [run.firstChild, offset - Number(run.dataset.start)] }
      const range = document.createRange()
      range.setStart(...place(${start}))
      range.setEnd(...place(${start + words.length}))
      getSelection().removeAllRanges()
      getSelection().addRange(range)
      document.querySelector('[data-testid="document-text"]').dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    })()`)
    const form = page.getByTestId('add-from-selection')
    assert.equal(await form.locator('blockquote').innerText(), words)
    await form.getByLabel('Supplier').fill('FRA')
    await form.getByLabel('Recipient').fill('UKR')
    await form.getByLabel('Category').selectOption('other_weapons')
    await form.getByLabel('Status').selectOption('alleged_future')
    await form.getByLabel('Reason').fill('the pledge of twelve more guns')
    await page.getByTestId('add-submit').click()
    await page.getByRole('status').filter({ hasText: 'Added the claim' }).waitFor()
    const after = await apiGet<{ claims: { id: string; evidenceText: string; review: { state: string } }[] }>(`/api/documents/${doc.id}`)
    const added = after.claims.find((c) => c.evidenceText === words)
    assert.equal(added?.review.state, 'accepted')
    addedClaim = added.id
    await page.locator(`.claim-list li[data-claim-id="${addedClaim}"]`).waitFor()
    await shot('document-added-claim', true)
  })

  test("review: an editor corrects a quote's speaker from the web form; the audit log shows before and after", async () => {
    const { items } = await apiGet<{ items: { id: string; documentId: string; speaker: string | null; text: string }[] }>('/api/quotes?q=Lukashenko&pageSize=50')
    const quote = items.find((q) => q.speaker && /Belarus/.test(q.text)) ?? items[0]!
    correctedQuote = { id: quote.id, documentId: quote.documentId, text: quote.text, was: quote.speaker ?? '' }
    await page.goto(`${baseUrl}/#/document/${quote.documentId}`)
    await page.locator(`li[data-quote-id="${quote.id}"]`).getByTestId('review-quote-link').click()
    const panel = page.locator(`.quote-review[data-quote-id="${quote.id}"]`)
    await panel.waitFor()
    await panel.getByLabel('Correct').check()
    const fields = panel.getByTestId('quote-fields')
    await fields.getByLabel('Speaker', { exact: true }).fill('Ivanna Testova')
    await fields.getByLabel('Role', { exact: true }).fill('deputy foreign minister')
    await fields.getByLabel('Attributed state', { exact: true }).fill('ukr')
    await panel.getByLabel('Reason').fill('The deputy minister spoke first; the article names her in the next paragraph.')
    await panel.getByTestId('quote-review-submit').click()
    await panel.getByRole('status').filter({ hasText: 'Recorded: corrected.' }).waitFor()
    const current = panel.getByTestId('quote-current')
    await current.filter({ hasText: 'Ivanna Testova' }).waitFor()
    assert.match(await current.innerText(), new RegExp(`extracted: ${correctedQuote.was}`))
    assert.match(await current.innerText(), /Ukraine \(UKR\)/)
    const row = page.getByTestId('audit-log').locator('tbody tr').first()
    await row.filter({ hasText: 'Ivanna Testova' }).waitFor()
    assert.equal(await row.getByTestId('log-before').locator('[data-field="speaker"] q').innerText(), correctedQuote.was)
    assert.equal(await row.getByTestId('log-after').locator('[data-field="speaker"] q').innerText(), 'Ivanna Testova')
    assert.match(await row.innerText(), /Quote/)
    await shot('review-quote', true)
  })

  test('reextract keeps the corrected speaker and the added claim', async () => {
    const corrected = (await apiGet<{ items: { id: string }[] }>('/api/claims?supplier=FRA&status=confirmed')).items[0]!.id
    await stopServe()
    let result: ReturnType<typeof spawnSync>
    try {
      result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts'), 'reextract', '--all', '--data', dataDir, '--jobs', '0', '--json', '--no-progress'], { cwd: ROOT, encoding: 'utf8' })
    } finally {
      // The later tests need the server back whatever happened.
      baseUrl = await startServe()
      await signIn(tokens.editor)
    }
    assert.equal(result.status, 0, String(result.stderr))
    const summary = JSON.parse(String(result.stdout)) as { reviewsKept: number; added: number }
    assert.ok(summary.reviewsKept >= 2 && summary.added >= 1, String(result.stdout))
    const claim = await apiGet<{ review: { state: string }; attributedTo: string; grade: { code: string } }>(`/api/claims/${corrected}`)
    assert.deepEqual([claim.review.state, claim.attributedTo, claim.grade.code], ['corrected', 'Sébastien Lecornu', 'A2'])
    const added = await apiGet<{ review: { state: string }; evidenceText: string }>(`/api/claims/${addedClaim}`)
    assert.deepEqual([added.review.state, added.evidenceText], ['accepted', 'canons Caesar'])
    await page.goto(`${baseUrl}/#/state/FRA?framework=icrc_sba`)
    await page.waitForFunction(() => document.querySelector('[data-framework="icrc_sba"]')?.textContent?.includes('established'))
    // The corrected quote: found again by re-extraction, its decision kept, shown in the web.
    const quotes = await apiGet<{ items: { id: string; text: string; speaker: string; role: string; speakerActor: string; reviewState: string }[] }>(`/api/quotes?documentId=${correctedQuote.documentId}&pageSize=100`)
    const kept = quotes.items.find((q) => q.text === correctedQuote.text)!
    assert.deepEqual([kept.speaker, kept.role, kept.speakerActor, kept.reviewState], ['Ivanna Testova', 'deputy foreign minister', 'UKR', 'corrected'])
    await page.goto(`${baseUrl}/#/review?kind=quotes&state=corrected`)
    await page.getByTestId('quote-queue').locator(`li[data-quote-id="${kept.id}"] a`).click()
    await page.locator(`.quote-review[data-quote-id="${kept.id}"]`).getByTestId('quote-current').filter({ hasText: 'Ivanna Testova' }).waitFor()
    await page.goto(`${baseUrl}/#/document/${correctedQuote.documentId}?quote=${kept.id}`)
    assert.match(await page.locator(`li[data-quote-id="${kept.id}"]`).innerText(), /Ivanna Testova/)
  })

  test('Host and Origin: a rebound name and another site are refused by the open workbench', async () => {
    // An open (no users, loopback) server on an empty store; Chromium resolves evil.example to 127.0.0.1.
    const openDir = mkdtempSync(join(tmpdir(), 'cobel-open-'))
    const open = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'run.ts'), 'serve', '--data', openDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let text = ''
        const timer = setTimeout(() => reject(new Error(text)), 60_000)
        open.stderr!.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          const match = /serving (http:\/\/\S+?)\/? /.exec(text)
          if (match) {
            clearTimeout(timer)
            resolve(match[1]!)
          }
        })
      })
      const port = new URL(url).port
      const other = await context.newPage()
      const rebound = await other.goto(`http://evil.example:${port}/api/health`)
      assert.equal(rebound?.status(), 403)
      assert.match(await other.locator('body').innerText(), /ERR_FORBIDDEN[\s\S]*loopback/)
      assert.equal((await other.goto(`${url}/api/health`))?.status(), 200)
      // A page of another site posts a form to the workbench: refused by its Origin.
      const site = createServer((_, response) => {
        response.setHeader('content-type', 'text/html')
        response.end(`<form method="post" action="${url}/api/review" enctype="text/plain"><input name="x" value="y"><button>go</button></form>`)
      })
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
      try {
        await other.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`)
        const [answer] = await Promise.all([other.waitForResponse(`${url}/api/review`), other.getByRole('button', { name: 'go' }).click()])
        assert.equal(answer.status(), 403)
        assert.match(await answer.text(), /origin .* may not call this server/)
      } finally {
        site.close()
      }
      await other.close()
    } finally {
      open.kill('SIGTERM')
      await new Promise((resolve) => open.once('exit', resolve))
      rmSync(openDir, { recursive: true, force: true })
    }
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
