import { tokenize, type TextToken } from './tokenize.js'

/** How strictly a form's letter case must match the text. */
/** 'title': every word the form writes with a capital needs one ("Russian Helicopters", not "Russian helicopters"). */
export type CaseMode = 'any' | 'capital' | 'title' | 'exact'

export interface TrieHit<P> {
  readonly payload: P
  readonly caseMode: CaseMode
  /** The form's tokens as written, for exact-case and accent checks. */
  readonly forms: readonly string[]
  /** The form's accents must match ("formé" is not "forme", "livré" is not "livre"). */
  readonly accents: boolean
  /** The form's tokens lower-cased, and whether each is pure ASCII (for the accent check). */
  readonly lowers: readonly string[]
  readonly asciis: readonly boolean[]
  /** For 'capital': the token that must open with a capital, -1 when none must. */
  readonly capitalAt: number
}

interface TrieNode<P> {
  /** Children by the number of their token key in the trie's vocabulary; null at the end of every form, most nodes. */
  next: Map<number, TrieNode<P>> | null
  /** The forms ending here; null when none does (most nodes), so that a walk skips them without a loop. */
  hits: TrieHit<P>[] | null
  /**
   * Wildcard forms ("livr*") that end at this node's next token, indexed by their first two
   * letters (see prefixCode); null when there are none, the common case.
   */
  prefixes: Map<number, PrefixBucket<P>> | null
}

type PrefixBucket<P> = Array<{ readonly prefix: string; readonly hit: TrieHit<P> }>

export interface TrieMatch<P> {
  /** First token index and one past the last. */
  readonly start: number
  readonly end: number
  readonly hit: TrieHit<P>
}

const newNode = <P>(): TrieNode<P> => ({ next: null, hits: null, prefixes: null })

/** Not looked up yet. */
const UNREAD = -2

/**
 * The token keys a set of tries holds (one language's), numbered once: a document's tokens are
 * looked up once, then the tries are walked by number. One language's keys only, so that a
 * look-up reads a small table.
 */
export class TrieVocabulary {
  private readonly numbers = new Map<string, number>()
  private readonly lists = new WeakMap<readonly TextToken[], { readonly words: number; readonly ids: Int32Array }>()

  /** The key's number, given on first sight. */
  numberOf(key: string): number {
    let id = this.numbers.get(key)
    if (id === undefined) this.numbers.set(key, (id = this.numbers.size))
    return id
  }

  /**
   * The numbers of a token list's keys, kept once per list: each is looked up when a walk first
   * needs it (see idAt), UNREAD until then.
   */
  idsOf(tokens: readonly TextToken[]): Int32Array {
    const cached = this.lists.get(tokens)
    if (cached && cached.words === this.numbers.size && cached.ids.length === tokens.length) return cached.ids
    const ids = new Int32Array(tokens.length).fill(UNREAD)
    this.lists.set(tokens, { words: this.numbers.size, ids })
    return ids
  }

  /** The number of token j's key, -1 when no trie holds it. */
  idAt(ids: Int32Array, tokens: readonly TextToken[], j: number): number {
    let id = ids[j]!
    if (id === UNREAD) ids[j] = id = this.numbers.get(tokens[j]!.key) ?? -1
    return id
  }
}

/** For tries made without a vocabulary of their own. */
const sharedVocabulary = new TrieVocabulary()

/**
 * A token trie over folded keys. Forms are tokenized exactly like documents, so a form
 * and the text agree on hyphens, elisions and clitics. A trailing `*` makes the last
 * word a prefix.
 */
export class LexiconTrie<P> {
  private readonly root: TrieNode<P> = newNode()
  /** The root's children by their token key, for startsWith. */
  private readonly firsts = new Map<string, TrieNode<P>>()
  /**
   * The root's children by the vocabulary number of their token key: a document's token is looked
   * up once in the vocabulary (which all tries of a language share), then each trie opens a form
   * by indexing this array.
   */
  private readonly roots: Array<TrieNode<P> | undefined> = []
  private size = 0

  constructor(
    private readonly elisions: ReadonlySet<string>,
    private readonly vocabulary: TrieVocabulary = sharedVocabulary,
  ) {}

  get entries(): number {
    return this.size
  }

  add(form: string, payload: P, caseMode: CaseMode, accents = false): void {
    const wildcard = form.endsWith('*')
    const tokens = tokenize(wildcard ? form.slice(0, -1) : form, this.elisions)
    if (tokens.length === 0) return
    const forms = tokens.map((t) => t.text)
    const hit: TrieHit<P> = { payload, caseMode, forms, accents, lowers: tokens.map((t) => t.lower), asciis: tokens.map((t) => t.ascii), capitalAt: capitalAt(forms) }
    let node = this.root
    const last = tokens.length - 1
    for (let i = 0; i < last; i++) node = this.child(node, tokens[i]!.key)
    if (wildcard) {
      const prefix = tokens[last]!.key
      const prefixes = (node.prefixes ??= new Map())
      const bucket = prefixes.get(prefixCode(prefix))
      if (bucket) bucket.push({ prefix, hit })
      else prefixes.set(prefixCode(prefix), [{ prefix, hit }])
    } else {
      const end = this.child(node, tokens[last]!.key)
      ;(end.hits ??= []).push(hit)
    }
    this.size++
  }

  private child(node: TrieNode<P>, key: string): TrieNode<P> {
    const id = this.vocabulary.numberOf(key)
    const next = child(node, id)
    if (node === this.root) {
      this.firsts.set(key, next)
      while (this.roots.length <= id) this.roots.push(undefined)
      this.roots[id] = next
    }
    return next
  }

  /** Some form starts with this word (exactly, or as a wildcard prefix). */
  startsWith(key: string): boolean {
    if (this.firsts.has(key)) return true
    const bucket = this.root.prefixes?.get(prefixCode(key))
    return !!bucket?.some((p) => key.startsWith(p.prefix))
  }

  /** Every match starting at token `i` that stays inside the token's sentence. */
  matchAt(tokens: readonly TextToken[], i: number, out: TrieMatch<P>[]): void {
    this.matchAll(tokens, out, i, i + 1)
  }

  /** Every match starting in tokens [from, to), in the order of their first token: matchAt at each token, the ids read once. */
  matchAll(tokens: readonly TextToken[], out: TrieMatch<P>[], from = 0, to = tokens.length): void {
    const vocabulary = this.vocabulary
    const ids = vocabulary.idsOf(tokens)
    const roots = this.roots
    const rootPrefixes = this.root.prefixes
    for (let i = from; i < to; i++) {
      // Most tokens open no form: the word's number (looked up once per document), one look-up for the wildcard forms, and on.
      const id = vocabulary.idAt(ids, tokens, i)
      const first = id >= 0 ? roots[id] : undefined
      const prefixes = rootPrefixes ? rootPrefixes.get(prefixCode(tokens[i]!.key)) : undefined
      if (first || prefixes) walk(vocabulary, tokens, ids, i, first, prefixes, out)
    }
  }
}

/**
 * The matches from token i on, its first token already looked up: `node` the form's node after
 * it, `prefixes` the wildcard forms it may end. Stays inside the token's sentence.
 */
function walk<P>(vocabulary: TrieVocabulary, tokens: readonly TextToken[], ids: Int32Array, i: number, node: TrieNode<P> | undefined, prefixes: PrefixBucket<P> | undefined, out: TrieMatch<P>[]): void {
  const sentence = tokens[i]!.sentence
  for (let j = i; ; ) {
    // Exact forms first, so that "fournisseurs" listed as a noun wins over the prefix "fourni*".
    const hits = node?.hits
    if (hits) for (const hit of hits) if (caseFits(hit, tokens, i) && accentsFit(hit, tokens, i, false)) out.push({ start: i, end: j + 1, hit })
    if (prefixes) {
      const key = tokens[j]!.key
      for (const { prefix, hit } of prefixes) {
        if (key.startsWith(prefix) && caseFits(hit, tokens, i) && accentsFit(hit, tokens, i, true)) out.push({ start: i, end: j + 1, hit })
      }
    }
    // (A node with no longer form after it ends the walk here.)
    if (!node || (node.prefixes === null && node.next === null) || ++j >= tokens.length) return
    const token = tokens[j]!
    if (token.sentence !== sentence) return
    prefixes = node.prefixes ? node.prefixes.get(prefixCode(token.key)) : undefined
    const id = vocabulary.idAt(ids, tokens, j)
    node = id >= 0 && node.next ? node.next.get(id) : undefined
  }
}

function child<P>(node: TrieNode<P>, id: number): TrieNode<P> {
  const children = (node.next ??= new Map())
  let next = children.get(id)
  if (!next) {
    next = newNode()
    children.set(id, next)
  }
  return next
}

/**
 * The first two characters of a key (the whole key when shorter) as one number, the index of
 * wildcard buckets: read per token, so no substring is made.
 */
const prefixCode = (key: string): number =>
  key.length >= 2 ? key.charCodeAt(0) * 0x10000 + key.charCodeAt(1) : key.length === 1 ? -1 - key.charCodeAt(0) : -0x20000

/** The token a 'capital' form needs a capital on, or -1 when it needs none. */
function capitalAt(forms: readonly string[]): number {
  // "155 mm", "2S19", "ministère des Armées", "groupe Wagner": a form needs its capital only on the
  // first word that writes one (none when it writes none).
  return forms.findIndex((form) => /^\P{L}*\p{Lu}/u.test(form))
}

function caseFits<P>(hit: TrieHit<P>, tokens: readonly TextToken[], i: number): boolean {
  if (hit.caseMode === 'any') return true
  if (hit.caseMode === 'capital') return hit.capitalAt < 0 || !!tokens[i + hit.capitalAt]?.upper
  if (hit.caseMode === 'title') {
    for (let k = hit.capitalAt; k >= 0 && k < hit.forms.length; k++) if (/^\P{L}*\p{Lu}/u.test(hit.forms[k]!) && !tokens[i + k]?.upper) return false
    return true
  }
  for (let k = 0; k < hit.forms.length; k++) if (tokens[i + k]?.text !== hit.forms[k]) return false
  return true
}

function accentsFit<P>(hit: TrieHit<P>, tokens: readonly TextToken[], i: number, prefix: boolean): boolean {
  if (!hit.accents) return true
  // Accents must agree both ways: "formé" is not "forme", and "a" (has) is not "à" (to).
  const last = hit.lowers.length - 1
  for (let k = 0; k <= last; k++) {
    const token = tokens[i + k]
    if (!token) return false
    if (token.ascii && hit.asciis[k]) continue
    const want = hit.lowers[k]!
    if (prefix && k === last ? !token.lower.startsWith(want) : token.lower !== want) return false
  }
  return true
}

/**
 * Acronyms (US, UK, RPDC, U.S.) must match exactly; other proper names need a capital. A form in
 * a script without letter case (Arabic "روسيا") can neither be an acronym nor need a capital.
 */
export const caseModeOf = (form: string, properName: boolean): CaseMode => {
  if (!properName) return 'any'
  const letters = form.replace(/[^\p{L}]/gu, '')
  if (isCaseless(letters)) return 'any'
  return letters.length >= 2 && letters === letters.toUpperCase() ? 'exact' : 'capital'
}

/** Letters of a script without case (Arabic, Hebrew, Chinese): upper and lower forms are the same. */
export const isCaseless = (letters: string): boolean => letters.length > 0 && letters.toUpperCase() === letters.toLowerCase()
