import type { Category, CueKind } from '../../domain/vocabulary.js'
import type { DocumentContext } from '../document-context.js'
import type { Lex } from '../find-mentions.js'
import type { TrieMatch } from '../lexicon-trie.js'
import { inSourcePhrase } from '../mark-actors.js'
import type { Clause } from './draft-claim.js'

/** Cue kinds that can anchor a support claim. */
export const ANCHORS: ReadonlySet<CueKind> = new Set(['supply', 'acquire', 'use', 'train', 'deploy', 'operate', 'produce', 'repair', 'fund', 'help'])

const PERSONNEL: ReadonlySet<Category> = new Set(['troops', 'trainers', 'technical_support', 'operation_of_weapons'])

export const categoryOf = (m: Lex): Category | null => (m.payload.kind === 'materiel' ? m.payload.category : null)
export const isPersonnel = (m: Lex): boolean => PERSONNEL.has(categoryOf(m) as Category)
export const isPersonnelCategory = (c: Category): boolean => PERSONNEL.has(c)

/** Platforms that fire rather than are fired: as the object of a verb of firing or striking, they are struck. */
const PLATFORMS: ReadonlySet<Category> = new Set(['armour', 'aircraft', 'air_defence'])
const AT_WORDS: ReadonlySet<string> = new Set(['at', 'on', 'sur', 'auf'])

/**
 * After a verb of firing or striking: materiel after "at"/"against"/"sur" (« tiré sur un navire américain »,
 * "fired at an Israeli warship"), or a platform as its object ("struck a German-made Leopard tank"), is the
 * target. Not after "with": "attacked with American tanks".
 */
export function isTarget(ctx: DocumentContext, anchor: Lex, m: Lex): boolean {
  if (m.start < anchor.end || m.start - anchor.end > 8 || ctx.grammarAt[anchor.end - 1]?.roles.includes('with')) return false
  let k = m.start - 1
  const article = (j: number): boolean => ctx.lang.determiners.has(ctx.tokens[j]!.key) || ctx.lang.articles.has(ctx.tokens[j]!.key)
  // ("a German-made Leopard tank": an origin glued to its maker is part of the object.)
  const hyphen = (j: number): boolean => ctx.tokens[j]!.text === '-'
  const origin = (j: number): boolean => { const cue = ctx.cueAt[j]; return cue?.payload.kind === 'cue' && cue.payload.cue === 'origin' && (!!ctx.tokens[j]!.hyphen || hyphen(j - 1)) }
  let glued = 0
  for (; k >= anchor.end && (!ctx.grammarAt[k] || article(k)) && (!ctx.cueAt[k] || origin(k)) && (ctx.tokens[k]!.word || hyphen(k)); k--) if (hyphen(k) || origin(k)) glued++
  // ("attacked a U.S. destroyer", "atacaron un buque de guerra": the object of a verb of striking is struck, whatever it is.)
  if (k < anchor.end) return (PLATFORMS.has(categoryOf(m) as Category) || hasStrike(anchor)) && m.start - anchor.end - glued <= 3
  if (heldByStruckNoun(ctx, anchor, k)) return true
  const key = ctx.tokens[k]!.key
  if (ctx.lang.against.has(key) || AT_WORDS.has(key)) return true
  return k === anchor.end - 1 && PLATFORMS.has(categoryOf(m) as Category)
}

const hasStrike = (anchor: Lex): boolean => anchor.payload.kind === 'cue' && !!anchor.payload.tags?.includes('strike')

/**
 * « Israël a frappé des entrepôts d'armes iraniennes », « des frappes sur un dépôt de missiles
 * iraniens », "struck a depot of Iranian missiles": materiel whose "of" (token k) hangs on the object
 * of a verb of striking, or on a noun after "at"/"against", is held where the blow falls. Only nouns,
 * articles and "of" between: "a frappé Kiev avec des drones iraniens" strikes with them.
 */
function heldByStruckNoun(ctx: DocumentContext, anchor: Lex, k: number): boolean {
  if (!ctx.grammarAt[k]?.roles.includes('of') || k - anchor.end > 6) return false
  for (let j = k - 1; j >= anchor.end; j--) {
    const t = ctx.tokens[j]!
    if (j < k - 1 && (ctx.lang.against.has(t.key) || AT_WORDS.has(t.key))) return true
    const roles = ctx.grammarAt[j]?.roles ?? []
    const plain = roles.every((r) => r === 'of') || ctx.lang.determiners.has(t.key) || ctx.lang.articles.has(t.key)
    // ("des stocks de": a noun of origin is a noun here.)
    const cue = ctx.cueAt[j]
    if (!t.word || t.upper || !plain || (cue && (cue.payload.kind !== 'cue' || cue.payload.cue !== 'origin')) || ctx.entityAt[j] || ctx.materielAt[j]) return false
  }
  return hasStrike(anchor) && k > anchor.end
}

/** A head whose complement "for …" of this category names what it is: missiles for air defence, ammunition for small arms. */
const REFINED_BY_PURPOSE: ReadonlyMap<Category, Category> = new Map([['missiles', 'air_defence'], ['artillery_ammunition', 'small_arms']])

/**
 * Materiel of a clause, without complements ("technology for spy satellites, tanks and
 * aircraft": only technology) and without sums that measure other materiel ("huit
 * milliards d'euros d'équipements": only the equipment).
 */
export function materielIn(ctx: DocumentContext, clause: Clause): Lex[] {
  const all: Lex[] = []
  for (let i = clause.start; i < clause.end; i++) {
    const m = ctx.materielAt[i]
    if (m && m.start === i && !speakingBody(ctx, m) && !heldByAgent(ctx, m)) all.push(m)
  }
  const out: Lex[] = []
  let complement = false
  let previous: Lex | null = null
  for (const m of all) {
    const gapStart = previous ? previous.end : 0
    const gap = previous ? ctx.tokens.slice(previous.end, m.start) : []
    const joined = previous !== null && gap.length <= 3 && gap.every((t, k) => ctx.grammarAt[gapStart + k]?.roles.includes('and') || !t.word || ctx.grammarAt[gapStart + k]?.roles.includes('of') || /^(the|les|des|le|la|l'|et|and|or|ou)$/.test(t.key))
    // ("money for the purchase of air defence": what is bought is no complement of the money.)
    const purchaseBetween = gap.some((_, k) => { const cue = ctx.cueAt[gapStart + k]; return cue?.payload.kind === 'cue' && cue.payload.purchase })
    // ("aid for Ukraine includes tanks": a verb between ends the complement.)
    const verbBetween = gap.some((_, k) => { const cue = ctx.cueAt[gapStart + k]; return cue?.payload.kind === 'cue' && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent' && ANCHORS.has(cue.payload.cue) })
    // ("pour près de 19 milliards de dollars": a figure and the words that round it count for nothing.)
    const rounding = gap.filter((t, k) => isFigure(t.text) || APPROXIMATORS.test(t.key) || (/^(de|d'|of|than|que)$/.test(t.key) && k > 0 && APPROXIMATORS.test(gap[k - 1]!.key))).length
    const forGap = previous !== null && gap.length - rounding <= 5 && !purchaseBetween && !verbBetween && gap.some((_, k) => ctx.grammarAt[gapStart + k]?.roles.includes('for'))
    // "armour from reserve units", "техніку з діючих підрозділів": units named as the source of materiel are not sent.
    const fromGap = previous !== null && gap.length <= 4 && isPersonnel(m) && !isPersonnel(previous) && gap.some((_, k) => ctx.grammarAt[gapStart + k]?.roles.includes('from')) && gap.every((_, k) => !ctx.entityAt[gapStart + k])
    // "missiles for the Patriot system", "Raketen für das Flugabwehrsystem": missiles for air defence are interceptors;
    // "Munition für Maschinengewehre": ammunition for small arms is cartridges.
    const refined = forGap && !complement && out[out.length - 1] === previous && REFINED_BY_PURPOSE.get(categoryOf(previous!) as Category) === categoryOf(m)
    if (refined) out[out.length - 1] = m
    if ((forGap && previous && !['trainers', 'troops'].includes(categoryOf(previous) ?? '')) || fromGap) complement = true
    else if (!joined) complement = false
    if (!complement && !(previous && partsOf(ctx, previous, m))) out.push(m)
    previous = m
  }
  return out.filter((m, k) => {
    if (categoryOf(m) !== 'financial') return true
    // "Waffen im Wert von 2 Milliarden Euro", "arms worth $2 billion": the sum measures what comes before.
    const before = out[k - 1]
    if (before && categoryOf(before) !== 'financial' && measures(ctx, before, m)) return false
    // "approved exports worth 326 million euros": the sum measures the transfer, not money given.
    if (measuresTransfer(ctx, m)) return false
    const next = out[k + 1]
    if (!next) return true
    const gap = ctx.tokens.slice(m.end, next.start)
    // "400 millions de dollars d'aide militaire": the sum measures the aid; "billions of dollars of U.S.
    // and British weapons": the origins of what it buys may stand between.
    const origin = (k: number): boolean => ctx.entityAt[m.end + k]?.payload.kind === 'actor' || !!ctx.grammarAt[m.end + k]?.roles.includes('and')
    return !(gap.length <= 8 && gap.some((t) => /^(de|d'|of|worth|in)$/.test(t.key)) && gap.every((t, k) => /^(de|d'|of|worth|in|en|dollars?|euros?|livres?|pounds?|francs?|roubles?|yuans?|\$|€|£)$/.test(t.key) || (k > 0 && origin(k))))
  })
}

const PARTS: ReadonlySet<Category> = new Set(['components_dual_use', 'technical_support', 'maintenance'])

/**
 * « des pièces de missiles », « des pièces détachées de chars », "spare parts of drones": the
 * weapon whose parts, know-how or repair are named right after them, over "of", is not sent itself.
 */
function partsOf(ctx: DocumentContext, previous: Lex, m: Lex): boolean {
  if (!PARTS.has(categoryOf(previous) as Category) || PARTS.has(categoryOf(m) as Category) || isPersonnel(m)) return false
  // (« l'électronique des drones russes »: a weapon with its origin tells whose weapon holds the parts.)
  if (ctx.entityAt[m.end]?.payload.kind === 'actor') return false
  const gap = ctx.tokens.slice(previous.end, m.start)
  return gap.length >= 1 && gap.length <= 3 && !!ctx.grammarAt[m.start - 1]?.roles.includes('of') && gap.every((t, k) => ctx.grammarAt[previous.end + k]?.roles.includes('of') || ctx.lang.determiners.has(t.key))
}

/** Materiel named inside an agent noun (« les fabricants de drones », "drone makers") is the agent's trade, not what is sent. */
function heldByAgent(ctx: DocumentContext, m: Lex): boolean {
  // (« aux usines de drones russes »: a materiel that is itself an agent noun is the recipient after "to".)
  const recipient = (s: number): boolean => [s - 1, s - 2, s - 3].some((k) => k >= 0 && ctx.grammarAt[k]?.end === s && ctx.grammarAt[k]!.roles.includes('to'))
  for (let s = m.start; s >= Math.max(0, m.start - 4); s--) {
    const g = ctx.grammarAt[s]
    if (g) return g.roles.includes('agent') && (s < m.start ? g.end >= m.end : g.end > m.end || (g.end === m.end && recipient(s)))
  }
  return false
}

/** "Ukraine's military intelligence said", "British intelligence says": a state's body that speaks is no materiel. */
function speakingBody(ctx: DocumentContext, m: Lex): boolean {
  const verb = ctx.cueAt[m.end]
  if (verb?.payload.kind !== 'cue' || verb.payload.cue !== 'reporting' || verb.start !== m.end) return false
  const k = ctx.tokens[m.start - 1]?.key === "'s" ? m.start - 2 : m.start - 1
  return ctx.entityAt[k]?.payload.kind === 'actor'
}

/** The sum `m` follows a value word right after a transfer noun: "exports worth €326 million", "sales valued at $2 billion". */
function measuresTransfer(ctx: DocumentContext, m: Lex): boolean {
  let start = m.start
  while (start > 0 && isFigure(ctx.tokens[start - 1]!.text)) start--
  let k = start - 1
  if (k > 0 && /^(at|a|de)$/.test(ctx.tokens[k]!.key)) k--
  if (!ctx.lang.valueWords.has(ctx.tokens[k]?.key ?? '')) return false
  const cue = ctx.cueAt[k - 1]
  return !!cue && cue.payload.kind === 'cue' && (cue.payload.cue === 'supply' || cue.payload.cue === 'acquire')
}

/**
 * The sum `m` measures the materiel before it: "Waffen im Wert von 2 Milliarden Euro", "arms worth
 * $2 billion", "des armes d'une valeur de 326 millions d'euros", or joined by "of": "une aide
 * militaire supplémentaire de 300 millions de dollars", "military aid of $2 billion".
 */
function measures(ctx: DocumentContext, before: Lex, m: Lex): boolean {
  let start = m.start
  while (start > before.end && isFigure(ctx.tokens[start - 1]!.text)) start--
  const gap = ctx.tokens.slice(before.end, start)
  if (gap.length <= 6 && gap.some((t) => ctx.lang.valueWords.has(t.key))) return true
  return gap.length >= 1 && gap.length <= 3 && /^(de|d'|of)$/.test(gap[gap.length - 1]!.key) && gap.every((t, k) => t.word && !ctx.entityAt[before.end + k] && !ctx.cueAt[before.end + k])
}

/**
 * Each materiel mention goes to the anchor before it (its verb or noun). A mention right
 * before a participle or noun with no verb just before it ("drones fournis par", "arms
 * supplies", "Rockets were fired") goes to that anchor.
 */
export function assignMateriel(ctx: DocumentContext, allAnchors: readonly Lex[], materiel: readonly Lex[]): Map<Lex, Lex[]> {
  const out = new Map<Lex, Lex[]>()
  // "receives most of its funding and weapons", "a débloqué une aide": a help or funding word that is
  // itself materiel, just after a verb, is that verb's object, not a trigger of its own.
  // "a reçu de Paris une nouvelle tranche de canons", "received a new batch of shells": a transfer
  // noun that is the object of a transfer verb is that verb's, and so is its materiel.
  const objectNoun = (a: Lex, k: number): boolean => {
    const verb = k > 0 ? allAnchors[k - 1]! : undefined
    if (a.payload.kind !== 'cue' || verb?.payload.kind !== 'cue' || verb.payload.tense === 'noun' || wordsBetween(ctx, verb.end, a.start) > 4) return false
    // ("Tehran arms and funds Hezbollah": a second verb of the same subject, with its own object, is no noun.)
    if (verb.end === a.start - 1 && ctx.grammarAt[verb.end]?.roles.includes('and') && actorStartsAt(ctx, a.end)) return false
    if ((a.payload.cue === 'help' || a.payload.cue === 'fund') && ctx.materielAt[a.start]) return true
    // A purchase noun after giving ("gave money for the purchase of") is what the money buys.
    // ("Israel provided 70% of Azerbaijan's arms imports": imports are no object of their supply.)
    return a.payload.tense === 'noun' && !a.payload.purchase && isTransfer(a.payload.cue) && isTransfer(verb.payload.cue) && !(a.payload.cue === 'acquire' && verb.payload.cue === 'supply')
  }
  const anchors = allAnchors.filter((a, k) => !objectNoun(a, k))
  const give = (a: Lex, m: Lex): void => {
    const list = out.get(a) ?? []
    list.push(m)
    out.set(a, list)
  }
  for (const m of materiel) {
    const before = [...anchors].reverse().find((a) => a.end <= m.start && !talkedAbout(ctx, a, m))
    const closeBefore = before && m.start - before.end <= 4 ? before : undefined
    // "supplier of military aid": the help word inside generic materiel yields to the noun before it.
    const overlapping = anchors.find((a) => a.start < m.end && m.start < a.end && !(closeBefore && a.payload.kind === 'cue' && a.payload.cue === 'help'))
    // ("Ces missiles, selon l'ONU, ont été fournis": over a source between commas.)
    // (« des soldats de la Corée du Nord sont déployés »: over the owner of personnel.)
    const next = overOwner(ctx, m, overSourceIncise(ctx, m.end))
    const after = anchors.find((a) => a.start >= next && a.start - next - negationWords(ctx, next, a.start) <= 3 && isParticipleOrNoun(ctx, a) && onlyAuxiliaries(ctx, next, a.start))
    // "Rockets were fired…", "the jets are on their way…": materiel as the subject of the next verb.
    const subjectOf = !before ? anchors.find((a) => a.start >= next && a.start - next <= 4 && onlyAuxiliaries(ctx, next, a.start)) : undefined
    // "frappes avec des drones achetés à l'Iran": a transfer participle right after the materiel
    // says where it came from, which its use does not.
    const cueOf = (a: Lex | undefined): string | null => (a?.payload.kind === 'cue' ? a.payload.cue : null)
    const boughtOrSent = after && after.start === m.end && (cueOf(after) === 'acquire' || cueOf(after) === 'supply') && cueOf(closeBefore) === 'use' ? after : undefined
    // "hat der Ukraine Panzer geliefert", "will Drohnen an Russland liefern": a clause-final verb takes what stands before it.
    const final = ctx.lang.verbFinal ? clauseFinalVerb(ctx, anchors, m) : undefined
    // ("hat die von Großbritannien gelieferten Raketen eingesetzt": a participle declined before its noun takes it first.)
    const attributive = closeBefore && isAttributive(ctx, closeBefore) && closeBefore.end === m.start ? closeBefore : undefined
    const target = overlapping ?? boughtOrSent ?? attributive ?? final ?? closeBefore ?? after ?? before ?? subjectOf
    if (target) give(target, m)
    if (attributive && final) give(final, m)
    // "shot down two drones launched from Belarus": a participle right after the noun governs it too.
    if (target && after && after !== target && after.start === m.end) give(after, m)
    // « a fourni à l'Azerbaïdjan l'essentiel des drones utilisés lors de l'offensive » : the participle after the noun
    // qualifies it; the verb before, in the same clause, still has it as its object.
    if (target === after && after?.start === m.end && before && objectOfVerbBefore(ctx, before, m)) give(before, m)
  }
  moneyForPurchase(ctx, anchors, out)
  return out
}

/** A transfer verb a few words before the materiel, with no clause word, break or other trigger between. */
function objectOfVerbBefore(ctx: DocumentContext, verb: Lex, m: Lex): boolean {
  if (verb.payload.kind !== 'cue' || verb.payload.tense === 'noun' || verb.payload.tense === 'agent' || !isTransfer(verb.payload.cue) || wordsBetween(ctx, verb.end, m.start) > 6) return false
  for (let i = verb.end; i < m.start; i++) if (/^[,;:.!?«»“”"()]$/.test(ctx.tokens[i]!.text) || ctx.cueAt[i] || ctx.grammarAt[i]?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')) return false
  return true
}

/** After personnel, an "of" phrase naming an actor at `k` (« des soldats de l'Africa Corps »): where it ends; else `k`. */
function overOwner(ctx: DocumentContext, m: Lex, k: number): number {
  const of = ctx.grammarAt[k]
  if (!isPersonnel(m) || !of?.roles.includes('of')) return k
  const name = ctx.entityAt[of.end] ?? ctx.entityAt[of.end + 1]
  return name && name.payload.kind === 'actor' && name.start <= of.end + 1 ? name.end : k
}

/** An actor's name starts at token i, after an article or not. */
function actorStartsAt(ctx: DocumentContext, i: number): boolean {
  const k = ctx.lang.determiners.has(ctx.tokens[i]?.key ?? '') ? i + 1 : i
  return ctx.entityAt[k]?.start === k && ctx.entityAt[k]!.payload.kind === 'actor' && ctx.tokens[k]!.sentence === ctx.tokens[i]!.sentence
}

/** After ", selon les experts de l'ONU," or ", according to Kyiv," opening at `k`: where the sentence goes on; else `k`. */
function overSourceIncise(ctx: DocumentContext, k: number): number {
  const cue = ctx.cueAt[k + 1]
  if (cue?.start !== k + 1 || cue.payload.kind !== 'cue' || cue.payload.cue !== 'according') return k
  return asideEnd(ctx, k, cue.end + 9) ?? k
}

/**
 * At the comma `comma`, an aside of a few words with no verb of its own, closed by a comma before
 * `limit` (", selon Séoul,", ", depuis l'été et malgré l'embargo,"): the token after the closing comma.
 */
export function asideEnd(ctx: DocumentContext, comma: number, limit: number): number | null {
  if (ctx.tokens[comma]?.text !== ',') return null
  for (let k = comma + 1; k < Math.min(limit, ctx.tokens.length); k++) {
    const t = ctx.tokens[k]!
    if (t.text === ',') return k > comma + 1 ? k + 1 : null
    if (!t.word && !/^[\p{N}'’-]+$/u.test(t.text)) return null
    const cue = ctx.cueAt[k]
    if (cue?.payload.kind === 'cue' && cue.payload.cue !== 'according' && cue.payload.cue !== 'negation') return null
    if (ctx.grammarAt[k]?.roles.some((r) => r === 'be' || r === 'have' || r === 'copula' || r === 'that' || r === 'relative')) return null
  }
  return null
}

const isTransfer = (cue: string): boolean => cue === 'supply' || cue === 'acquire'

/** An object starts at token k: an article, a figure, a word that rounds it, a count before "of", or materiel ("des obus", "3 000", "plus de", "millions of"). */
export function objectStartsAt(ctx: DocumentContext, k: number): boolean {
  const t = ctx.tokens[k]
  if (!t || t.sentence !== ctx.tokens[k - 1]?.sentence) return false
  const countOf = t.word && !t.upper && !!ctx.grammarAt[k + 1]?.roles.includes('of')
  return ctx.lang.determiners.has(t.key) || isFigure(t.text) || APPROXIMATORS.test(t.key) || countOf || !!ctx.materielAt[k]
}

/**
 * ", according to US intelligence,", "selon les renseignements américains.": materiel that closes a
 * phrase naming a source is the source, not what is given. ("nach Angaben Südkoreas Millionen
 * Granaten an Russland": materiel the clause goes on after is the object.)
 */
export function closesSourcePhrase(ctx: DocumentContext, m: Lex): boolean {
  const next = ctx.tokens[m.end]
  if (next && next.sentence === ctx.tokens[m.start]!.sentence && (next.word || next.text === '-')) return false
  return inSourcePhrase(ctx, m.start, 5)
}

/** A figure or a currency sign: "3,8", "$", "€". */
const isFigure = (text: string): boolean => /^[\p{N}$€£.,]+$/u.test(text)

/** Words that round a sum ("about $1 billion", "more than 300 tanks"). */
const APPROXIMATORS = /^(about|around|some|nearly|almost|roughly|approximately|over|more|than|up|environ|quelque|pres|plus)$/

/** Words between two tokens, not counting materiel, figures, words that round them, "of" ("3 milliards de dollars d'") and the names of the recipient ("provides Israel with"). */
function wordsBetween(ctx: DocumentContext, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (!ctx.materielAt[i] && !isFigure(ctx.tokens[i]!.text) && !ctx.grammarAt[i]?.roles.includes('of') && ctx.entityAt[i]?.payload.kind !== 'actor' && !APPROXIMATORS.test(ctx.tokens[i]!.key)) n++
  return n
}

/**
 * "contributed 500 million euros to buy shells for Ukraine", "a versé 250 millions d'euros pour
 * l'achat d'obus": money given to buy materiel gives that materiel; the purchase word after the
 * sum hands its materiel to the giving verb.
 */
function moneyForPurchase(ctx: DocumentContext, anchors: readonly Lex[], out: Map<Lex, Lex[]>): void {
  for (let k = 0; k + 1 < anchors.length; k++) {
    const giver = anchors[k]!
    const purchase = anchors[k + 1]!
    const given = out.get(giver) ?? []
    const bought = out.get(purchase)
    if (!bought?.length || giver.payload.kind !== 'cue' || purchase.payload.kind !== 'cue') continue
    if (!['supply', 'fund', 'help'].includes(giver.payload.cue) || purchase.payload.cue !== 'acquire' || !purchase.payload.purchase) continue
    // "finance l'achat d'obus", "funds the purchase of shells": a funding verb needs no sum.
    if (!(given.length ? given.every((m) => categoryOf(m) === 'financial') : giver.payload.cue === 'fund') || bought.every((m) => categoryOf(m) === 'financial')) continue
    const moneyEnd = given.length ? given[given.length - 1]!.end : giver.end
    // Only "to", "for", "pour l'", "in order to" between the sum and the purchase: not "and bought".
    const link = ctx.tokens.slice(moneyEnd, purchase.start)
    if (link.length > 4 || !link.every((t, i) => /^(to|for|the|pour|afin|de|d'|l'|le|la|les|in|order|à|a)$/.test(t.key) || ctx.grammarAt[moneyEnd + i]?.roles.some((r) => r === 'for' || r === 'to'))) continue
    out.set(giver, bought)
    out.delete(purchase)
  }
}

/**
 * In a language whose verbs close the clause, the verb that ends the clause of materiel standing
 * before it, with no other trigger between: "hat der Ukraine Panzer geliefert", "…, dass Iran Drohnen lieferte".
 */
function clauseFinalVerb(ctx: DocumentContext, anchors: readonly Lex[], m: Lex): Lex | undefined {
  const next = anchors.find((a) => a.start >= m.end)
  if (!next || next.start - m.end > 12 || next.payload.kind !== 'cue') return undefined
  if (next.payload.tense === 'noun' || next.payload.tense === 'agent') return undefined
  for (let i = m.end; i < next.start; i++) {
    const t = ctx.tokens[i]!
    if (t.text === ',' || t.text === ';' || t.text === ':' || ctx.grammarAt[i]?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break')) return undefined
  }
  return next
}

/** "n'a fourni aucune précision sur le nombre de missiles": the materiel is the topic of another object, not the thing given. */
function talkedAbout(ctx: DocumentContext, anchor: Lex, m: Lex): boolean {
  for (let j = anchor.end + 1; j < m.start; j++) {
    // ("could deliver 800,000 shells if we had the money": what a condition after the trigger names is not sent.)
    if (ctx.grammarAt[j]?.roles.includes('hypothetical')) return true
    if (!ctx.grammarAt[j]?.roles.includes('topic')) continue
    const previous = ctx.tokens[j - 1]!
    if (previous.word && !ctx.materielAt[j - 1] && !ctx.grammarAt[j - 1]) return true
  }
  return false
}

/** Adverbs that may stand between a subject and its verb in every language. */
const PLAIN_ADVERBS: ReadonlySet<string> = new Set(['deja', 'already', 'all', 'tous', 'also', 'aussi', 'reportedly', 'allegedly', 'eventually', 'finally', 'ensuite', 'then'])

/**
 * Between two tokens there are only auxiliaries, adverbs, a relative pronoun and a demonym
 * glued to the noun ("soldats nord-coréens ont été", "missiles qui ont déjà été livrés").
 */

export function onlyAuxiliaries(ctx: DocumentContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (i === from && ctx.grammarAt[i]?.roles.includes('relative')) continue
    const g = ctx.grammarAt[i]
    const t = ctx.tokens[i]!
    const entity = ctx.entityAt[i]
    if (entity && entity.start === from && entity.payload.kind === 'actor' && entity.payload.form === 'demonym') {
      i = entity.end - 1
      continue
    }
    if (g && (g.roles.includes('be') || g.roles.includes('have') || g.roles.includes('copula'))) {
      i = g.end - 1
      continue
    }
    // "des instructeurs russes de l'Africa Corps sont arrivés": a complement naming their unit.
    if (g?.roles.includes('of')) {
      let k = g.end
      while (k < to && ctx.lang.determiners.has(ctx.tokens[k]!.key)) k++
      const unit = ctx.entityAt[k]
      if (unit && unit.start === k && unit.end <= to) {
        i = unit.end - 1
        continue
      }
    }
    // "drony irańskiej produkcji zostały użyte": an origin noun after the demonym.
    const cue = ctx.cueAt[i]
    if (cue && cue.payload.kind === 'cue' && cue.payload.cue === 'origin' && i > from && ctx.entityAt[i - 1]?.payload.kind === 'actor') {
      i = cue.end - 1
      continue
    }
    if (modalAuxiliary(ctx, i, to)) continue
    // (« Aucune arme n'a été livrée », « les armes n'ont pas été livrées »: the words of a negation are part of the verb group.)
    if (isNegationAt(ctx, i)) {
      i = cue!.end - 1
      continue
    }
    if (t.word && !PLAIN_ADVERBS.has(t.key) && !ctx.lang.adverbs.has(t.key)) return false
  }
  return true
}

/** A word of a negation at i (« n' », « pas », "not", "never"). */
export function isNegationAt(ctx: DocumentContext, i: number): boolean {
  const cue = ctx.cueAt[i]
  return cue?.payload.kind === 'cue' && cue.payload.cue === 'negation'
}

/** How many words of a negation stand between two tokens. */
function negationWords(ctx: DocumentContext, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (isNegationAt(ctx, i)) n++
  return n
}

/** Cue kinds whose one-word forms are modal auxiliaries: "will", "could", "should", "vont", "pourraient", "dovrebbero". */
const MODAL_KINDS: ReadonlySet<string> = new Set(['future', 'conditional', 'hedge', 'opinion'])

/**
 * "Tanks will be sent", "shells could soon be delivered", "des chars vont être livrés", "are to be
 * shipped": a one-word modal, or an infinitive marker, right before the auxiliary or the verb itself
 * keeps the noun before it the verb's subject.
 */
export function modalAuxiliary(ctx: DocumentContext, i: number, to: number): boolean {
  const auxiliary = (k: number): boolean => !!ctx.grammarAt[k]?.roles.some((r) => r === 'be' || r === 'have' || r === 'copula')
  const modal = (k: number): Lex | null => {
    const cue = ctx.cueAt[k]
    return cue && cue.payload.kind === 'cue' && cue.start === k && MODAL_KINDS.has(cue.payload.cue) ? cue : null
  }
  // "could soon be": adverbs and further one-word modals may follow.
  let next = i + 1
  while (next < to && (ctx.lang.adverbs.has(ctx.tokens[next]!.key) || modal(next)?.end === next + 1)) next++
  const cue = modal(i)
  // "will be", "might have": a modal cue may hold its auxiliary.
  if (cue) return cue.end === i + 1 ? next === to || auxiliary(next) : auxiliary(cue.end - 1)
  return ctx.lang.infinitiveMarkers.has(ctx.tokens[i]!.key) && next < to && auxiliary(next)
}

function isParticipleOrNoun(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue') return false
  if (anchor.payload.tense === 'noun' || anchor.payload.tense === 'agent') return true
  return isParticiple(ctx, anchor.end - 1)
}

/** A past participle: "livrés", "fournies", "supplied", "sent". */
/**
 * "die von der Türkei an Aserbaidschan verkauften Drohnen": a past verb that is also a declined participle ("verkauften")
 * reads as one before its noun when a determiner opens the phrase with a preposition ("die von", "die an").
 */
export function isAttributive(ctx: DocumentContext, anchor: Lex): boolean {
  if (anchor.payload.kind !== 'cue') return false
  if (anchor.payload.attributive) return true
  if (!anchor.payload.declinable || !ctx.tokens[anchor.end]?.word) return false
  for (let k = anchor.start - 1; k >= Math.max(1, anchor.start - 10); k--) {
    if (!ctx.tokens[k]!.word || ctx.cueAt[k]) return false
    const roles = ctx.grammarAt[k]?.roles ?? []
    const opens = roles.includes('by') || roles.includes('to') || roles.includes('from')
    if (opens && ctx.lang.determiners.has(ctx.tokens[k - 1]!.key)) return true
  }
  return false
}

export function isParticiple(ctx: DocumentContext, k: number): boolean {
  const token = ctx.tokens[k]
  if (!token) return false
  if (ctx.lang.participles.has(token.key)) return true
  // A cue word listed under `participle` ("geliefert", "przekazane") is one, whatever its ending.
  const cue = ctx.cueAt[k]
  if (cue && cue.end === k + 1 && cue.payload.kind === 'cue' && cue.payload.tense === 'participle') return true
  const lower = token.text.toLowerCase()
  return ctx.lang.participleEndings.some((e) => lower.endsWith(e) && lower.length > e.length + 1)
}

/**
 * Categories of the materiel a trigger governs. A generic word ("weapons", "armes") counts beside
 * the specific items it is coordinated with ("des armes et des obus"), and yields when they are
 * its examples or it is the rest of their list ("weapons, including ATACMS", "drones and other
 * weapons"). Without `ctx`, any specific item makes the generic words yield.
 */
export function categoriesOf(anchor: Lex, materiel: readonly Lex[], ctx?: DocumentContext): Category[] {
  const specific = new Set<Category>()
  const generic = new Set<Category>()
  const kept = new Set<Category>()
  for (const m of materiel) {
    if (m.payload.kind !== 'materiel' || namesDesignation(m, materiel)) continue
    ;(m.payload.generic ? generic : specific).add(m.payload.category)
  }
  if (anchor.payload.kind === 'cue' && anchor.payload.category) specific.add(anchor.payload.category)
  if (specific.size === 0) return [...generic]
  // ("des chars Leopard et des systèmes Patriot": a word that names a designation is no item of its own.)
  if (ctx) for (const m of materiel) if (m.payload.kind === 'materiel' && m.payload.generic && !namesDesignation(m, materiel) && standsBeside(ctx, m, materiel)) kept.add(m.payload.category)
  // The specific categories, then the generic ones kept, each once.
  for (const c of kept) specific.add(c)
  return [...specific]
}

const FOR_THE_SYSTEM: ReadonlySet<Category> = new Set(['artillery_ammunition', 'components_dual_use', 'maintenance', 'trainers', 'technical_support', 'operation_of_weapons', 'production_licence'])

/**
 * A word glued to a designation names that system ("Patriot missiles", "missiles Storm Shadow"):
 * the designation's category stands; ammunition, parts and services for it stay their own
 * ("HIMARS rockets", "Shahed engines").
 */
function namesDesignation(m: Lex, materiel: readonly Lex[]): boolean {
  if (m.payload.kind !== 'materiel' || m.payload.designation || FOR_THE_SYSTEM.has(m.payload.category)) return false
  return materiel.some((d) => d.payload.kind === 'materiel' && d.payload.designation && (d.end === m.start || m.end === d.start))
}

/** A generic word that is an item of its list, not a heading for the items ("des armes et des obus"). */
function standsBeside(ctx: DocumentContext, g: Lex, materiel: readonly Lex[]): boolean {
  if (ctx.lang.others.has(ctx.tokens[g.start - 1]?.key ?? '')) return false
  // "its funding and weapons": the specific item may come first.
  const previous = [...materiel].reverse().find((m) => m.end <= g.start)
  // ("des chars modernes et des avions": over an adjective of the item before.)
  const adjective = (t: DocumentContext['tokens'][number], i: number): boolean => t.word && !t.upper && !ctx.grammarAt[i] && !ctx.cueAt[i] && !ctx.entityAt[i] && !ctx.materielAt[i]
  if (previous && previous.payload.kind === 'materiel' && !previous.payload.generic && g.start - previous.end <= 4 && ctx.tokens.slice(previous.end, g.start).every((t, k) => !t.word || !!ctx.grammarAt[previous.end + k]?.roles.includes('and') || ctx.lang.determiners.has(t.key) || (k === 0 && adjective(t, previous.end))) && ctx.tokens.slice(previous.end, g.start).some((t, k) => t.word && !!ctx.grammarAt[previous.end + k]?.roles.includes('and'))) return true
  const next = materiel.find((m) => m.start >= g.end)
  if (!next || next.payload.kind !== 'materiel' || next.payload.generic) return false
  // Only a coordinator (and articles) between the two: "arms and ammunition", "d'armes et de munitions".
  const matches: TrieMatch<true>[] = []
  for (let i = g.end; i < next.start; i++) {
    ctx.lang.inclusions.matchAt(ctx.tokens, i, matches)
    if (matches.length) return false
    const t = ctx.tokens[i]!
    if (t.word && !ctx.grammarAt[i]?.roles.some((r) => r === 'and' || r === 'of') && !ctx.lang.determiners.has(t.key)) return false
  }
  if (next.start - g.end > 4) return false
  if (ctx.tokens.slice(g.end, next.start).some((t, k) => t.word && !!ctx.grammarAt[g.end + k]?.roles.includes('and'))) return true
  // "des armes, de l'argent et des formations": a comma counts where a coordinator closes the list later.
  const comma = ctx.tokens.slice(g.end, next.start).some((t, k) => !t.word && !!ctx.grammarAt[g.end + k]?.roles.includes('and'))
  const last = materiel.find((m) => m.start >= next.end)
  return comma && !!last && last.start - next.end <= 4 && ctx.tokens.slice(next.end, last.start).some((t, k) => t.word && !!ctx.grammarAt[next.end + k]?.roles.includes('and'))
}

/**
 * Materiel within the anchor's reach, and the rest of a list that starts within it
 * ("des milliers de drones …, mais également des munitions d'artillerie et des missiles").
 */
export function continuedList(ctx: DocumentContext, assigned: readonly Lex[], leftStart: number, rightEnd: number): Lex[] {
  const out = assigned.filter((m) => m.start >= leftStart && m.end <= rightEnd)
  let last = out[out.length - 1]
  for (const m of assigned) {
    if (!last || m.start < rightEnd || out.includes(m)) continue
    // ("…, notamment des systèmes IRIS-T": the designation right after its head word, past the reach.)
    if (m.start === last.end) {
      out.push(m)
      last = m
      continue
    }
    const gap = ctx.tokens.slice(last.end, m.start)
    const listy = gap.length <= 8 && gap.every((t, k) => !t.word || ctx.grammarAt[last!.end + k] || (!t.upper && !ctx.cueAt[last!.end + k] && !ctx.entityAt[last!.end + k]))
    if (!listy || !gap.some((_, k) => ctx.grammarAt[last!.end + k]?.roles.includes('and'))) break
    out.push(m)
    last = m
  }
  return out
}

/** The coordinated list of materiel that ends right before token `at` ("X, Y and Z – all of which"). */
export function precedingList(ctx: DocumentContext, materiel: readonly Lex[], at: number): Lex[] {
  const before = materiel.filter((m) => m.end <= at)
  const last = before[before.length - 1]
  if (!last || at - last.end > 5) return []
  const list = [last]
  for (let k = before.length - 2; k >= 0; k--) {
    const m = before[k]!
    const gap = ctx.tokens.slice(m.end, list[0]!.start)
    if (gap.length > 6 || gap.some((t, j) => t.word && !ctx.grammarAt[m.end + j]?.roles.includes('and') && !ctx.grammarAt[m.end + j]?.roles.includes('of') && !ctx.materielAt[m.end + j])) break
    list.unshift(m)
  }
  return list
}

/**
 * "envió soldados a Rusia, sobre todo a Kursk, junto con artillería y misiles": the list after a
 * word of accompanying, later in the clause than the trigger's reach, is given with the rest.
 */
export function accompanyingList(ctx: DocumentContext, assigned: readonly Lex[], from: number, to: number): Lex[] {
  const matches: TrieMatch<true>[] = []
  for (let i = from; i < to; i++) {
    // Another verb ("que los lanzó… junto con") starts its own transfer; "según X" is an incise.
    const cue = ctx.cueAt[i]
    if (cue && cue.payload.kind === 'cue' && cue.payload.tense !== 'noun' && cue.payload.cue !== 'according') return []
    ctx.lang.accompanying.matchAt(ctx.tokens, i, matches)
    if (!matches.length) continue
    const end = Math.max(...matches.map((m) => m.end))
    const first = assigned.find((m) => m.start >= end && m.start - end <= 2)
    return first ? continuedList(ctx, assigned, first.start, first.end) : []
  }
  return []
}

/**
 * "Les drones sont fabriqués en Iran et livrés à la Russie", "emballées par la force Qods, puis
 * transférées au Hezbollah": a participle after a coordinator that follows a passive participle and
 * its complements shares that passive's subject. The index of the passive's auxiliary, or null.
 */
export function coordinatedPassive(ctx: DocumentContext, anchor: Lex): number | null {
  if (!isParticiple(ctx, anchor.end - 1)) return null
  let k = anchor.start - 1
  while (k >= 0 && ctx.lang.adverbs.has(ctx.tokens[k]!.key)) k--
  const and = ctx.grammarAt[k]
  if (!and?.roles.includes('and') || !ctx.tokens[k]!.word || and.end > anchor.start) return null
  const sentence = ctx.tokens[anchor.start]!.sentence
  for (let j = k - 2; j >= 1 && k - j <= 12 && ctx.tokens[j]!.sentence === sentence; j--) {
    const g = ctx.grammarAt[j]
    if (ctx.tokens[j]!.text === ';' || ctx.tokens[j]!.text === ':' || g?.roles.some((r) => r === 'that' || r === 'relative' || r === 'break' || r === 'have')) return null
    if (!ctx.tokens[j]!.word || !isParticiple(ctx, j) || !ctx.grammarAt[j - 1]?.roles.some((r) => r === 'be' || r === 'copula')) continue
    return j - 1
  }
  return null
}

/** "…achetées par l'Iran et transférées au Hezbollah": a coordinator before the participle of another trigger ends the first one's reach. */
export function coordinatedTrigger(ctx: DocumentContext, i: number): boolean {
  const and = ctx.grammarAt[i]
  if (!and?.roles.includes('and') || !ctx.tokens[i]!.word) return false
  let k = and.end
  while (ctx.tokens[k] && ctx.lang.adverbs.has(ctx.tokens[k]!.key)) k++
  const cue = ctx.cueAt[k]
  return !!cue && cue.start === k && cue.payload.kind === 'cue' && ANCHORS.has(cue.payload.cue) && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent' && isParticiple(ctx, cue.end - 1) && coordinatedPassive(ctx, cue) !== null
}

/**
 * « des obus qu'il exporte en Russie », "drones that it sells to Russia": an object relative on materiel
 * whose own verb transfers it; that verb reads the sides, not the verb the materiel hangs on.
 */
export function relativeTransfer(ctx: DocumentContext, i: number): boolean {
  const key = ctx.tokens[i]?.key ?? ''
  if (!ctx.materielAt[i - 1] || !(ctx.lang.objectRelatives.has(key) || /^(that|which)$/.test(key))) return false
  let k = i + 1
  if (ctx.grammarAt[k]?.roles.includes('pronoun')) k = ctx.grammarAt[k]!.end
  else if (ctx.entityAt[k]) k = ctx.entityAt[k]!.end
  else return false
  while (ctx.tokens[k] && (ctx.lang.adverbs.has(ctx.tokens[k]!.key) || ctx.grammarAt[k]?.roles.includes('have'))) k++
  const cue = ctx.cueAt[k]
  return !!cue && cue.start === k && cue.payload.kind === 'cue' && cue.payload.cue === 'supply' && cue.payload.tense !== 'noun' && cue.payload.tense !== 'agent'
}
