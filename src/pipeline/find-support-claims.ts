import type { Quote } from '../domain/records.js'
import type { Category, CueKind } from '../domain/vocabulary.js'
import type { DocumentContext } from './document-context.js'
import type { Lex } from './find-mentions.js'
import { markActors, type ActorMention } from './mark-actors.js'
import type { PeopleIndex } from './read-speaker.js'

/** Cue kinds that can anchor a support claim. */
const ANCHORS: ReadonlySet<CueKind> = new Set(['supply', 'acquire', 'use', 'train', 'deploy', 'operate', 'produce', 'repair', 'fund', 'help'])
const PERSONNEL: ReadonlySet<Category> = new Set(['troops', 'trainers', 'technical_support', 'operation_of_weapons'])
const BE = /^(été|etre|être|est|sont|était|étaient|soient|soit|seront|sera|serait|seraient|is|are|was|were|been|being|be|has been|have been|had been)$/i

/** A claim before status and attribution: who, to whom, what, and the words that say so. */
export interface DraftClaim {
  readonly supplier: string
  readonly recipient: string
  readonly categories: readonly Category[]
  readonly materiel: readonly Lex[]
  readonly anchor: Lex
  readonly supplierMention: ActorMention | null
  readonly recipientMention: ActorMention | null
  readonly sentence: number
  /** Extraction rule id, e.g. "support.active", "support.origin-use". */
  readonly rule: string
  /** The claim says the supplier does not operate (cleft contrast): status is fixed to denied. */
  readonly forcedStatus: 'denied' | 'reported' | null
  /** Roles filled from the rest of the document rather than the sentence. */
  readonly inferred: readonly ('supplier' | 'recipient')[]
  /** Location marking (in theatre) read from the sentence, if any. */
  readonly location: string | null
}

interface Frame {
  readonly start: number
  readonly end: number
}

/**
 * Finds support claims sentence by sentence. Each support cue (supply, acquire, use, train,
 * deploy, operate, produce, repair, fund, help) is an anchor; the materiel near it gives the
 * categories; the actors' markings give supplier and recipient according to the cue's
 * direction (supply: subject → "à/to"; acquire: subject ← "from/à"; use: origin → user).
 * Roles a sentence leaves open are filled from the document's other claims.
 */
export function findSupportClaims(ctx: DocumentContext, people: PeopleIndex, quotes: readonly Quote[]): DraftClaim[] {
  const drafts: Array<Omit<DraftClaim, 'supplier' | 'recipient'> & { supplier: string | null; recipient: string | null }> = []
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [from, to] = ctx.sentenceTokens[s]!
    if (to <= from) continue
    const actors = markActors(ctx, people, from, to)
    for (const frame of framesOf(ctx, from, to)) {
      const anchors = anchorsIn(ctx, frame)
      if (anchors.length === 0) continue
      const materiel = materielIn(ctx, frame)
      const assigned = assignMateriel(anchors, materiel)
      for (const anchor of anchors) {
        const mine = assigned.get(anchor) ?? []
        const draft = readClaim(ctx, anchor, mine, actors.filter((a) => a.start >= frame.start && a.end <= frame.end), frame, s, actors)
        if (draft) drafts.push(...draft)
      }
    }
  }
  return fillFromDocument(ctx, drafts)
}

/** Splits a sentence at clause breaks (";", "mais", "while", "tandis que"). */
function framesOf(ctx: DocumentContext, from: number, to: number): Frame[] {
  const frames: Frame[] = []
  let start = from
  for (let i = from; i < to; i++) {
    const g = ctx.grammarAt[i]
    if ((g && g.roles.includes('break')) || ctx.tokens[i]!.text === ';') {
      if (i > start) frames.push({ start, end: i })
      start = g ? g.end : i + 1
    }
  }
  if (to > start) frames.push({ start, end: to })
  return frames
}

function anchorsIn(ctx: DocumentContext, frame: Frame): Lex[] {
  const out: Lex[] = []
  for (let i = frame.start; i < frame.end; i++) {
    const cue = ctx.cueAt[i]
    if (cue && cue.start === i && cue.payload.kind === 'cue' && ANCHORS.has(cue.payload.cue)) out.push(cue)
  }
  return out
}

function materielIn(ctx: DocumentContext, frame: Frame): Lex[] {
  const out: Lex[] = []
  for (let i = frame.start; i < frame.end; i++) {
    const m = ctx.materielAt[i]
    if (m && m.start === i) out.push(m)
  }
  return out
}

/** Each materiel mention goes to the nearest anchor, preferring the anchor before it (its verb). */
function assignMateriel(anchors: readonly Lex[], materiel: readonly Lex[]): Map<Lex, Lex[]> {
  const out = new Map<Lex, Lex[]>()
  for (const m of materiel) {
    let best: Lex | null = null
    let bestScore = Infinity
    for (const a of anchors) {
      const distance = m.start >= a.end ? m.start - a.end : (a.start - m.end) * 1.5 + 1
      if (distance < bestScore) {
        bestScore = distance
        best = a
      }
    }
    if (best) {
      const list = out.get(best) ?? []
      list.push(m)
      out.set(best, list)
    }
  }
  return out
}

function categoriesOf(anchor: Lex, materiel: readonly Lex[]): Category[] {
  const specific = new Set<Category>()
  const generic = new Set<Category>()
  for (const m of materiel) {
    if (m.payload.kind !== 'materiel') continue
    ;(m.payload.generic ? generic : specific).add(m.payload.category)
  }
  if (anchor.payload.kind === 'cue' && anchor.payload.category) specific.add(anchor.payload.category)
  // "drones and other weapons", "weapons, including ATACMS": the generic word yields.
  const out = specific.size > 0 ? [...specific] : [...generic]
  return out
}

type Draft = Omit<DraftClaim, 'supplier' | 'recipient'> & { supplier: string | null; recipient: string | null }

function readClaim(ctx: DocumentContext, anchor: Lex, materiel: Lex[], actors: ActorMention[], frame: Frame, sentence: number, allActors: ActorMention[]): Draft[] | null {
  if (anchor.payload.kind !== 'cue') return null
  const cue = anchor.payload.cue
  // Materiel qualified by an origin or personnel demonym belongs to this claim even when far.
  for (const a of actors) if (a.qualifies && !materiel.includes(a.qualifies) && a.qualifies.start >= frame.start && a.qualifies.end <= frame.end && !materiel.length) materiel.push(a.qualifies)
  let categories = categoriesOf(anchor, materiel)
  if (categories.length === 0) return null
  const passive = isPassive(ctx, anchor, actors)
  const nominal = anchor.payload.tense === 'noun'
  const left = (a: ActorMention): boolean => a.end <= anchor.start
  const right = (a: ActorMention): boolean => a.start >= anchor.end
  const nearestLeft = (list: ActorMention[]): ActorMention | null => list.filter(left).sort((a, b) => b.start - a.start)[0] ?? null
  const nearestRight = (list: ActorMention[]): ActorMention | null => list.filter(right).sort((a, b) => a.start - b.start)[0] ?? null
  const marked = (m: ActorMention['marking']): ActorMention[] => actors.filter((a) => a.marking === m)
  const bare = marked('bare')
  const origin = [...marked('origin'), ...marked('personnel')]
  const first = (...candidates: Array<ActorMention | null | undefined>): ActorMention | null => candidates.find((c) => !!c) ?? null

  let supplier: ActorMention | null = null
  let recipient: ActorMention | null = null
  let rule = `support.${cue}`
  switch (cue) {
    case 'supply':
    case 'fund':
    case 'help':
    case 'repair':
      if (passive) {
        supplier = first(nearestRight(marked('by')), nearestLeft(marked('by')), nearestRight(origin), nearestLeft(origin))
        recipient = first(nearestRight(marked('to')), nearestLeft(marked('to')), nearestLeft(bare), nearestRight(bare))
        rule += '.passive'
      } else if (nominal) {
        supplier = first(nearestRight(marked('from')), nearestRight(marked('by')), nearestRight(origin), nearestLeft(origin), nearestLeft(marked('genitive')), nearestLeft(bare))
        recipient = first(nearestRight(marked('to')), nearestLeft(marked('to')), nearestRight(bare))
        rule += '.nominal'
      } else {
        supplier = first(nearestLeft(bare), nearestLeft(origin), nearestRight(origin), nearestRight(marked('from')))
        recipient = first(nearestRight(marked('to')), nearestRight(bare), nearestLeft(marked('to')))
        rule += '.active'
      }
      if (cue === 'help' && materiel.length === 0) return null
      break
    case 'acquire':
      if (passive) {
        recipient = first(nearestRight(marked('by')), nearestLeft(bare))
        supplier = first(nearestRight(marked('from')), nearestRight(marked('to')), nearestRight(origin), nearestLeft(origin))
      } else {
        recipient = first(nearestLeft(bare), nearestRight(marked('by')), nearestLeft(marked('genitive')))
        supplier = first(nearestRight(marked('from')), nearestRight(marked('to')), nearestRight(origin), nearestLeft(origin), nearestRight(marked('location')))
      }
      rule += passive ? '.passive' : '.active'
      break
    case 'use': {
      // Supply implied by origin: "Iranian drones used by Russia", "Russia used a North Korean missile".
      supplier = first(nearestRight(origin), nearestLeft(origin), nearestRight(marked('from')))
      const user = passive ? first(nearestRight(marked('by')), nearestLeft(marked('by'))) : first(nearestLeft(bare), nearestLeft(marked('genitive')), nearestRight(marked('by')))
      recipient = user
      // "launched from the territory of Belarus": the territory is the support.
      const territory = first(nearestRight(marked('from')))
      if (!supplier && territory && isLaunchCue(ctx, anchor)) {
        supplier = territory
        categories = ['territory_access']
        rule = 'support.territory'
        break
      }
      if (!supplier) return null
      categories = categories.filter((c) => c !== 'territory_access')
      rule = 'support.origin-use'
      break
    }
    case 'train':
      supplier = first(nearestLeft(bare), marked('personnel')[0], nearestLeft(origin), nearestRight(marked('by')))
      recipient = first(nearestRight(bare), nearestRight(marked('to')), nearestRight(marked('location')), nearestLeft(marked('location')))
      categories = ['trainers']
      break
    case 'deploy':
    case 'operate': {
      const personnel = marked('personnel')
      if (!materiel.some((m) => m.payload.kind === 'materiel' && PERSONNEL.has(m.payload.category)) && cue === 'deploy') return null
      supplier = first(personnel[0], nearestLeft(bare), nearestRight(marked('by')), nearestLeft(origin))
      recipient = first(nearestRight(marked('location')), nearestLeft(marked('location')), nearestRight(marked('to')), nearestRight(bare))
      if (cue === 'deploy') categories = categories.filter((c) => PERSONNEL.has(c))
      if (cue === 'operate') {
        const cleft = cleftContrast(ctx, anchor, actors)
        if (cleft) return [cleft]
        categories = ['operation_of_weapons']
      }
      break
    }
    case 'produce': {
      supplier = first(nearestLeft(bare), nearestRight(marked('by')), nearestLeft(origin))
      const host = first(nearestRight(marked('location')), nearestRight(bare))
      const to = nearestRight(marked('to'))
      if (to && !host) {
        recipient = to
      } else {
        recipient = host
        categories = ['production_licence']
      }
      break
    }
    default:
      return null
  }
  const location = marked('location').find((a) => a.form === 'place')?.actor ?? null
  const suppliers = expandGroup(supplier, allActors)
  const recipients = expandGroup(recipient, allActors)
  const out: Draft[] = []
  for (const s of suppliers.length ? suppliers : [null]) {
    for (const r of recipients.length ? recipients : [null]) {
      out.push({
        supplier: s?.actor ?? null,
        recipient: r?.actor ?? null,
        categories,
        materiel,
        anchor,
        supplierMention: s,
        recipientMention: r,
        sentence,
        rule,
        forcedStatus: rule === 'support.origin-use' ? 'reported' : null,
        inferred: [],
        location,
      })
    }
  }
  return out
}

function expandGroup(mention: ActorMention | null, actors: readonly ActorMention[]): ActorMention[] {
  if (!mention) return []
  return actors.filter((a) => a.group === mention.group)
}

/** "drones fournis par l'Iran", "were supplied by", "ont été livrés": a passive supply. */
function isPassive(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): boolean {
  for (let k = anchor.start - 1; k >= Math.max(0, anchor.start - 3); k--) {
    const t = ctx.tokens[k]!
    if (BE.test(t.text)) return true
    if (!t.word) break
  }
  // A participle right after the materiel it qualifies, followed by an agent: "drones supplied by Iran".
  const agent = actors.some((a) => a.marking === 'by' && a.start >= anchor.end && a.start - anchor.end <= 4)
  return agent && !!ctx.materielAt[anchor.start - 1]
}

function isLaunchCue(ctx: DocumentContext, anchor: Lex): boolean {
  return /^(launch|lanc|fire|tir|strike|frapp|attack|attaq)/.test(ctx.tokens[anchor.start]!.key)
}

/**
 * "ce sont les Russes qui pilotent", "it is the Russians who operate": the text credits the
 * recipient with operating the weapons, which negates operation by its supplier. The supplier
 * is filled in from the document's other claims.
 */
function cleftContrast(ctx: DocumentContext, anchor: Lex, actors: readonly ActorMention[]): Draft | null {
  const { tokens } = ctx
  const who = anchor.start - 1
  if (!/^(qui|who|that)$/.test(tokens[who]?.key ?? '')) return null
  const operator = actors.find((a) => a.end === who && a.marking === 'bare')
  if (!operator) return null
  const head = tokens.slice(Math.max(0, operator.start - 4), operator.start).map((t) => t.key).join(' ')
  if (!/(ce sont|c'est|it is|it's|it was|they are)/.test(head)) return null
  return {
    supplier: null,
    recipient: operator.actor,
    categories: ['operation_of_weapons'],
    materiel: [],
    anchor,
    supplierMention: null,
    recipientMention: operator,
    sentence: tokens[anchor.start]!.sentence,
    rule: 'support.operate.cleft-contrast',
    forcedStatus: 'denied',
    inferred: [],
    location: null,
  }
}

/**
 * Fills a role the sentence leaves open from the rest of the document: the supplier most
 * often paired with this recipient (or the recipient most often paired with this supplier)
 * by the document's complete claims. Claims that stay incomplete are dropped.
 */
function fillFromDocument(ctx: DocumentContext, drafts: readonly Draft[]): DraftClaim[] {
  const complete = drafts.filter((d) => d.supplier && d.recipient && d.supplier !== d.recipient)
  const pairCount = new Map<string, number>()
  for (const d of complete) pairCount.set(`${d.supplier}>${d.recipient}`, (pairCount.get(`${d.supplier}>${d.recipient}`) ?? 0) + 1)
  const best = (side: 'supplier' | 'recipient', value: string): string | null => {
    let top: string | null = null
    let topCount = 0
    for (const [pair, count] of pairCount) {
      const [s, r] = pair.split('>') as [string, string]
      const match = side === 'supplier' ? s === value : r === value
      if (match && count > topCount) {
        top = side === 'supplier' ? r : s
        topCount = count
      }
    }
    return top
  }
  const out: DraftClaim[] = []
  for (const d of drafts) {
    let { supplier, recipient } = d
    const inferred: Array<'supplier' | 'recipient'> = []
    if (supplier && !recipient) {
      recipient = best('supplier', supplier)
      if (recipient) inferred.push('recipient')
    } else if (!supplier && recipient) {
      supplier = best('recipient', recipient)
      if (supplier) inferred.push('supplier')
    }
    if (!supplier || !recipient || supplier === recipient) continue
    out.push({ ...d, supplier, recipient, inferred })
  }
  void ctx
  return out
}
