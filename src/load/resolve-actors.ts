import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CobelError } from '../domain/errors.js'
import { loadActorRegistry } from './load-knowledge.js'
import { defaultDataDir } from './read-data-files.js'

/** "Corée du Nord" → "coree du nord": names compare without case, accents or punctuation. */
const keyOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const indexes = new Map<string, ReadonlyMap<string, string>>()

/** Every way a user may name an actor: its code, its label, and its names in each lexicon (Iran, iran, IRN, Corée du Nord). */
function nameIndex(dataDir: string): ReadonlyMap<string, string> {
  const cached = indexes.get(dataDir)
  if (cached) return cached
  const index = new Map<string, string>()
  const registry = loadActorRegistry(dataDir)
  for (const actor of registry) index.set(keyOf(actor.code), actor.code)
  for (const actor of registry) if (!index.has(keyOf(actor.label))) index.set(keyOf(actor.label), actor.code)
  const lexicons = join(dataDir, 'lexicons')
  const langs = existsSync(lexicons) ? readdirSync(lexicons).sort() : []
  for (const lang of langs) {
    const path = join(lexicons, lang, 'actors.yaml')
    if (!existsSync(path)) continue
    const entries = parse(readFileSync(path, 'utf8')) as { actor?: string; names?: unknown[] }[] | null
    for (const entry of entries ?? []) {
      if (typeof entry?.actor !== 'string') continue
      for (const name of entry.names ?? []) if (typeof name === 'string' && !index.has(keyOf(name))) index.set(keyOf(name), entry.actor)
    }
  }
  indexes.set(dataDir, index)
  return index
}

/**
 * Actor codes for what a user typed: codes in any case (irn), labels and lexicon names (Iran,
 * North Korea, Corée du Nord). Throws ERR_USAGE naming every value it does not know, with the
 * nearest names and the list of valid codes.
 */
export function resolveActorsOrThrow(values: readonly string[], option: string, dataDir: string = process.env.COBEL_KNOWLEDGE ?? defaultDataDir()): string[] {
  const index = nameIndex(dataDir)
  const codes: string[] = []
  const unknown: string[] = []
  for (const value of values) {
    const code = index.get(keyOf(value))
    if (code) codes.push(code)
    else unknown.push(value)
  }
  if (unknown.length) {
    const known = [...new Set(index.values())].sort()
    const near = unknown.flatMap((value) => nearestNames(keyOf(value), index)).slice(0, 5)
    throw new CobelError(
      'ERR_USAGE',
      `${option}: unknown actor ${unknown.map((v) => JSON.stringify(v)).join(', ')}${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; give a code or a name. Known codes: ${known.join(', ')}`,
    )
  }
  return [...new Set(codes)]
}

/** Names that start like the value or contain it: "iran" → Iran (IRN); "korea" → North Korea (PRK), South Korea (KOR). */
function nearestNames(key: string, index: ReadonlyMap<string, string>): string[] {
  if (key.length < 3) return []
  const out: string[] = []
  for (const [name, code] of index) if (name.length > 3 && (name.startsWith(key) || name.includes(key) || key.includes(name))) out.push(`${name} (${code})`)
  return out.slice(0, 5)
}

/** "Iran, PRK" → ["IRN", "PRK"]; undefined stays undefined. */
export function resolveActorListOrThrow(value: string | undefined, option: string): string[] | undefined {
  if (value === undefined) return undefined
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
  return items.length ? resolveActorsOrThrow(items, option) : undefined
}
