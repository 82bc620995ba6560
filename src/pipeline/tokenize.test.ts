import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from './tokenize.js'

const elisions = new Set(["l'", "d'", "qu'"])

test('splits elisions and English clitics, folds keys', () => {
  const tokens = tokenize("L’Iran a livré d'autres drones. Iran's envoy didn't agree.", elisions)
  assert.deepEqual(
    tokens.filter((t) => t.word).map((t) => t.text),
    ['L’', 'Iran', 'a', 'livré', "d'", 'autres', 'drones', 'Iran', "'s", 'envoy', 'did', "n't", 'agree'],
  )
  assert.equal(tokens.find((t) => t.text === 'livré')!.key, 'livre')
})

test('treats intra-word hyphens as soft: nord-coréen matches nord coréen', () => {
  const tokens = tokenize('les soldats nord-coréens et Shahed-136', elisions)
  assert.deepEqual(tokens.map((t) => t.key), ['les', 'soldats', 'nord', 'coreens', 'et', 'shahed', '136'])
  assert.equal(tokens[3]!.hyphen, true)
})

test('keeps numbers with thousands separators and dotted acronyms whole', () => {
  const keys = tokenize('plus de 3 000 soldats, 11,000 troops and U.S. officials', elisions).map((t) => t.text)
  assert.ok(keys.includes('3 000'))
  assert.ok(keys.includes('11,000'))
  assert.ok(keys.includes('U.S.'))
})

test('clitics glued to the front of a known word are split off, with their offsets', async () => {
  const { splitProclitics } = await import('./tokenize.js')
  const known = new Set(['روسيا', 'الصواريخ', 'ال', 'صواريخ'])
  const text = 'وروسيا بالصواريخ وزير'
  const tokens = splitProclitics(tokenize(text), ['و', 'ب', 'ل', 'ال'], (key) => known.has(key))
  assert.deepEqual(tokens.map((t) => t.text), ['و', 'روسيا', 'ب', 'الصواريخ', 'وزير'])
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text)
})

test('Arabic: optional vowel marks, tatweel and hamza on alif fold away; the Arabic comma reads as a comma', () => {
  const tokens = tokenize('زوّدت بـ إلى، روسيا')
  assert.deepEqual(tokens.map((t) => t.text), ['زوّدت', 'بـ', 'إلى', ',', 'روسيا'])
  assert.deepEqual(tokens.map((t) => t.lower), ['زودت', 'ب', 'الى', ',', 'روسيا'])
  assert.equal(tokens[3]!.start, 'زوّدت بـ إلى'.length)
})

test('words read without the expression (ASCII, Latin-1) split as the expression does at their edges', () => {
  const cases: Array<[string, string[]]> = [
    ['Mr. Biden met U.S. and U.K. envoys.', ['Mr', '.', 'Biden', 'met', 'U.S.', 'and', 'U.K.', 'envoys', '.']],
    ['A.B. said X. no', ['A.B.', 'said', 'X', '.', 'no']],
    ['F16s and Su-35 jets, 2S19 guns', ['F16s', 'and', 'Su', '35', 'jets', ',', '2S', '19', 'guns']],
    ["Kyiv's allies didn't wait", ['Kyiv', "'s", 'allies', 'did', "n't", 'wait']],
    ['Kyivé x’y (ok)!', ['Kyivé', 'x’y', '(', 'ok', ')', '!']],
    ['caf\u0301e and 11,000 troops', ['caf\u0301e', 'and', '11,000', 'troops']],
    // Latin-1 letters and œ are read the same way; what follows them decides as it does for ASCII.
    ['Les équipes de Müller, à Lodž, œuvrent.', ['Les', 'équipes', 'de', 'Müller', ',', 'à', 'Lodž', ',', 'œuvrent', '.']],
    ['É.-U. et É.U. ; Ørsted Œ. naïve×2 a÷b', ['É', '.', '-', 'U', '.', 'et', 'É.U.', ';', 'Ørsted', 'Œ', '.', 'naïve', '×', '2', 'a', '÷', 'b']],
    ['déjà’s été²', ['déjà', '’s', 'été²']],
    ["qu’été l'été d’ armes", ['qu’', 'été', "l'", 'été', 'd’', 'armes']],
  ]
  for (const [text, expected] of cases) {
    const tokens = tokenize(text, elisions)
    assert.deepEqual(tokens.map((t) => t.text), expected, text)
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text)
  }
})
