import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { parseKnowledgeData } from '../data/knowledge-data.js'
import { parseDataFile } from '../data/parse-data-file.js'
import { ActorRecord } from '../data/schemas.js'
import { cachedParse } from './parse-cache.js'
import { compileKnowledge, knowledgeVersion, type Knowledge } from '../pipeline/compile-knowledge.js'
import { defaultDataDir, readDataFiles } from './read-data-files.js'

const cache = new Map<string, Knowledge>()

/**
 * Reads, validates and compiles the data folder (the one shipped with cobel by default).
 * Throws a CobelError naming the file and field when the data is invalid.
 */
export function loadKnowledge(dataDir: string = process.env.COBEL_KNOWLEDGE ?? defaultDataDir()): Knowledge {
  const cached = cache.get(dataDir)
  if (cached) return cached
  const files = readDataFiles(dataDir).filter((file) => file.path === 'actors.yaml' || file.path === 'materiel.yaml' || file.path === 'outlets.yaml' || file.path === 'companies.yaml' || file.path.startsWith('lexicons/') || file.path.startsWith('conflicts/'))
  // Parsing and validating the YAML of every language costs seconds per command, its JSON copy tens of milliseconds;
  // the version (a hash of the data's whole JSON text) is kept with it. (The JSON text of the copy read back is the
  // text of the data it was written from, so the version is the same either way.)
  const { data, version } = cachedParse('knowledge+version', files, ['data', 'domain'], () => {
    const parsed = parseKnowledgeData(files)
    return { data: parsed, version: knowledgeVersion(parsed) }
  })
  const knowledge = compileKnowledge(data, version)
  cache.set(dataDir, knowledge)
  return knowledge
}

/**
 * The actor registry alone (codes, kinds, the organ → state roll-up), for the legal engine:
 * a fraction of the time of compiling the lexicons. The same file as loadKnowledge reads, so
 * the two agree; `cobel check-data` validates the whole folder.
 */
export function loadActorRegistry(dataDir: string = process.env.COBEL_KNOWLEDGE ?? defaultDataDir()): readonly ActorRecord[] {
  const cached = cache.get(dataDir)
  if (cached) return cached.data.actors
  const path = 'actors.yaml'
  const text = readFileSync(join(dataDir, path), 'utf8')
  return cachedParse('actors', [{ path, text }], ['data', 'domain'], () => parseDataFile(z.array(ActorRecord), text, path))
}
