/**
 * Normalises a document's text: Unicode NFC, one kind of line break, no BOM, no control
 * characters. Typographic quotes, apostrophes and non-breaking spaces are kept as they are,
 * so evidence stays an exact substring of what the reader sees.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
}

const folded = new Map<string, string>()

/** Lower-cases and strips diacritics and typographic apostrophes: the key lexicons are matched on. */
export function foldKey(word: string): string {
  return foldLower(word.toLowerCase())
}

/** foldKey for a word already in lower case. */
export function foldLower(lower: string): string {
  if (!/[^\x00-\x7F]/.test(lower)) return lower
  // Accented words repeat across documents: fold each once (the cache is bounded).
  let key = folded.get(lower)
  if (key === undefined) {
    key = lower
      .replace(/[’ʼ‘`´]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
    if (folded.size > 100_000) folded.clear()
    folded.set(lower, key)
  }
  return key
}
