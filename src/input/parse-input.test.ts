import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseInput, parseJsonl } from './parse-input.js'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
const only = (items: ReturnType<typeof parseInput>) => {
  assert.equal(items.length, 1)
  return items[0]!
}

test('plain text keeps the file name as id and hashes the raw bytes', () => {
  const item = only(parseInput(bytes('Kyiv received new shells.'), { name: 'dir/a.txt' }))
  assert.ok(item.ok)
  assert.equal(item.record.document.id, 'a.txt')
  assert.match(item.record.rawSha256, /^[0-9a-f]{64}$/)
})

test('empty, whitespace-only and binary input are refused with a code', () => {
  for (const [input, code] of [
    [new Uint8Array(), 'ERR_INPUT_EMPTY'],
    [bytes(' \n\t '), 'ERR_INPUT_EMPTY'],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]), 'ERR_INPUT_BINARY'],
  ] as const) {
    const item = only(parseInput(input, { name: 'x' }))
    assert.ok(!item.ok)
    assert.equal(item.problem.code, code)
  }
})

test('oversized input is refused rather than half-read', () => {
  const big = new Uint8Array(9 * 1024 * 1024).fill(0x61)
  const item = only(parseInput(big, { name: 'big.txt' }))
  assert.ok(!item.ok)
  assert.equal(item.problem.code, 'ERR_INPUT_TOO_LARGE')
})

test('bytes that are not UTF-8 are decoded as Windows-1252 with a warning', () => {
  const latin = new Uint8Array([0x4c, 0x27, 0x49, 0x72, 0x61, 0x6e, 0x20, 0x61, 0x20, 0x6c, 0x69, 0x76, 0x72, 0xe9]) // "L'Iran a livré"
  const item = only(parseInput(latin, { name: 'latin.txt' }))
  assert.ok(item.ok)
  assert.equal(item.record.document.text, "L'Iran a livré")
  assert.match(item.record.warnings[0] ?? '', /Windows-1252/)
})

test('HTML: main text without navigation, title and date from meta tags', () => {
  const html = `<!doctype html><html lang="fr"><head><meta property="og:title" content="Iran : la livraison"><meta property="article:published_time" content="2023-05-01T10:00:00Z"><meta property="og:site_name" content="Le Quotidien"></head>
  <body><nav>Accueil Abonnement</nav><article><h1>Iran : la livraison</h1><p>${'Des drones ont été livrés à la Russie selon plusieurs sources. '.repeat(6)}</p><p>Le ministère dément.</p></article><footer>Mentions légales</footer></body></html>`
  const item = only(parseInput(bytes(html), { name: 'page.html' }))
  assert.ok(item.ok)
  const doc = item.record.document
  assert.equal(doc.title, 'Iran : la livraison')
  assert.equal(doc.publishedAt, '2023-05-01T10:00:00Z')
  assert.equal(doc.outlet, 'Le Quotidien')
  assert.equal(doc.lang, 'fr')
  assert.ok(doc.text.includes('Le ministère dément.'))
  assert.ok(!doc.text.includes('Abonnement'))
})

test('broken HTML still yields its text', () => {
  const item = only(parseInput(bytes('<html><body><p>Unclosed <b>bold <div>Russia received shells from the North.'), { name: 'broken.html' }))
  assert.ok(item.ok)
  assert.match(item.record.document.text, /Russia received shells/)
})

test('JSONL: one document per line, a bad line reported without losing the others', () => {
  const items = parseJsonl('{"id":"a","text":"One."}\n{not json}\n{"text":"Two.","published_at":"2024-01-02"}\n{"id":"c"}\n', 'f.jsonl')
  assert.deepEqual(
    items.map((i) => (i.ok ? i.record.document.id : i.problem.code)),
    ['a', 'ERR_INPUT_MALFORMED', 'f.jsonl:3', 'ERR_INPUT_MALFORMED'],
  )
  const second = items[2]!
  assert.ok(second.ok && second.record.document.publishedAt === '2024-01-02')
})

test('Markdown: front matter gives metadata and markup is removed', () => {
  const item = only(parseInput(bytes('---\ntitle: "A test"\ndate: 2024-03-01\n---\n# Heading\n\nSome **bold** and a [link](http://x).'), { name: 'a.md' }))
  assert.ok(item.ok)
  assert.equal(item.record.document.title, 'A test')
  assert.equal(item.record.document.publishedAt, '2024-03-01')
  assert.match(item.record.document.text, /Some bold and a link\./)
})

test('plain text takes its title from a short first line, never from a long paragraph', () => {
  const titled = only(parseInput(bytes('\n  Iran ships drones  \n\nTehran sent Shahed drones to Russia.'), { name: 'a.txt' }))
  assert.ok(titled.ok)
  assert.equal(titled.record.document.title, 'Iran ships drones')
  const long = only(parseInput(bytes(`${'Russia received shells from the North. '.repeat(6)}\nMore.`), { name: 'b.txt' }))
  assert.ok(long.ok)
  assert.equal(long.record.document.title, null)
})
