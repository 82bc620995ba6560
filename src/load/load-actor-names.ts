import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { defaultDataDir } from './read-data-files.js'

const cache = new Map<string, Map<string, string[]>>()

/**
 * How the texts name each actor, in every language with lexicons: names, capitals and metonyms
 * from data/lexicons/<lang>/actors.yaml (demonyms left out: "russe" names a language and a
 * people as often as a state). For the legal engine's status statements; `cobel check-data`
 * validates these files.
 */
export function loadActorNames(dataDir: string = process.env.COBEL_KNOWLEDGE ?? defaultDataDir()): ReadonlyMap<string, readonly string[]> {
  const cached = cache.get(dataDir)
  if (cached) return cached
  const names = new Map<string, string[]>()
  cache.set(dataDir, names)
  const folder = join(dataDir, 'lexicons')
  if (!existsSync(folder)) return names
  for (const lang of readdirSync(folder).sort()) {
    const path = join(folder, lang, 'actors.yaml')
    if (!existsSync(path)) continue
    const entries = parse(readFileSync(path, 'utf8')) as { actor?: string; names?: string[]; capitals?: string[]; metonyms?: string[] }[] | null
    for (const entry of entries ?? []) {
      if (!entry.actor) continue
      const forms = [...(entry.names ?? []), ...(entry.capitals ?? []), ...(entry.metonyms ?? [])]
      names.set(entry.actor, [...new Set([...(names.get(entry.actor) ?? []), ...forms])])
    }
  }
  return names
}
