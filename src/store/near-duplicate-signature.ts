/**
 * Near-duplicate detection by MinHash over word 4-shingles with locality-sensitive banding.
 * Copies of one wire story (new headline, trimmed ending, an added byline) keep most of
 * their 4-word sequences, so their signatures agree in most positions; different articles
 * on the same subject share few. 16 bands of 4 rows: a pair with Jaccard 0.7 shares at least
 * one band with probability 0.98, a pair at 0.3 with probability 0.12; candidates are then
 * confirmed on the full signature.
 */
export const MINHASH_SIZE = 64
const ROWS = 4
export const BAND_COUNT = MINHASH_SIZE / ROWS
const SHINGLE = 4
/** Estimated Jaccard similarity from which two documents count as copies of one story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7

export interface NearDuplicateSignature {
  readonly minhash: number[]
  readonly bands: number[]
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)))
const SEED_ARRAY = Int32Array.from(SEEDS, (seed) => seed | 0)

export function nearDuplicateSignature(text: string): NearDuplicateSignature {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const wordHashes = words.map(fnv1a)
  // Typed arrays and fmix32 inlined: 64 hashes per 4-word sequence are most of the cost.
  const mins = new Int32Array(MINHASH_SIZE).fill(0x7fffffff)
  const shingles = Math.max(1, wordHashes.length - SHINGLE + 1)
  for (let s = 0; s < shingles; s++) {
    let h = 0x811c9dc5
    for (let k = s; k < Math.min(s + SHINGLE, wordHashes.length); k++) h = fmix32(h ^ wordHashes[k]!)
    for (let i = 0; i < MINHASH_SIZE; i++) {
      // fmix32(h ^ seed) as a signed 32-bit value: they are stored in an integer[] column.
      let v = h ^ SEED_ARRAY[i]!
      v ^= v >>> 16
      v = Math.imul(v, 0x85ebca6b)
      v ^= v >>> 13
      v = Math.imul(v, 0xc2b2ae35)
      v ^= v >>> 16
      if (v < mins[i]!) mins[i] = v
    }
  }
  const minhash = Array.from(mins)
  const bands: number[] = []
  for (let b = 0; b < BAND_COUNT; b++) {
    let h = fmix32(0x27d4eb2d + b)
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ minhash[b * ROWS + r]!)
    bands.push(h | 0)
  }
  return { minhash, bands }
}

/** Share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++
  return same / MINHASH_SIZE
}

function fnv1a(word: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function fmix32(input: number): number {
  let h = input >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
