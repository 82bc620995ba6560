import { z } from 'zod'
import { CobelError } from '../domain/errors.js'
import {
  ActorCode,
  CompanyEntry,
  ActorNames,
  ActorRecord,
  CueEntry,
  FrameEntry,
  GrammarEntry,
  MaterielEntry,
  OutletEntry,
  PersonEntry,
  PlaceEntry,
  RoleEntry,
} from './schemas.js'
import { parseDataFile } from './parse-data-file.js'

/** Everything one language contributes: adding a language is adding one such folder. */
export interface LanguageLexicon {
  readonly lang: string
  readonly actors: readonly ActorNames[]
  readonly people: readonly PersonEntry[]
  readonly places: readonly PlaceEntry[]
  readonly materiel: readonly MaterielEntry[]
  readonly cues: readonly CueEntry[]
  readonly roles: readonly RoleEntry[]
  /** How triggers' sentences give supplier and recipient, tried in order. */
  readonly frames: readonly FrameEntry[]
  readonly grammar: GrammarEntry
}

/** The validated contents of the data folder, before compilation into matchers. */
export interface KnowledgeData {
  readonly actors: readonly ActorRecord[]
  /** The parties of each conflict defined in data/conflicts (the assessment engine reads the rest). */
  readonly conflicts: readonly ConflictParties[]
  readonly designations: readonly MaterielEntry[]
  readonly companies: readonly CompanyEntry[]
  readonly outlets: readonly OutletEntry[]
  readonly languages: Readonly<Record<string, LanguageLexicon>>
}

/** The opposing parties of a conflict: a role left open next to one party's territory may be the other. */
export interface ConflictParties {
  readonly id: string
  readonly parties: readonly string[]
  /** The party that attacked: fighting on its own soil is not the theatre's ambiguity. */
  readonly aggressor: string | null
}

const ConflictPartiesFile = z.looseObject({
  id: z.string(),
  parties: z.array(z.looseObject({ actor: ActorCode, role: z.string().optional() })).min(2),
})

/** A data file as read from disk: its path relative to the data folder and its text. */
export interface DataFile {
  readonly path: string
  readonly text: string
}

const LANGUAGE_FILES = {
  'actors.yaml': z.array(ActorNames),
  'people.yaml': z.array(PersonEntry),
  'places.yaml': z.array(PlaceEntry),
  'materiel.yaml': z.array(MaterielEntry),
  'cues.yaml': z.array(CueEntry),
  'roles.yaml': z.array(RoleEntry),
  'frames.yaml': z.array(FrameEntry),
} as const

/**
 * Validates the data files and their cross-references (unique ids, known actor codes).
 * `files` holds data/actors.yaml, data/materiel.yaml, data/outlets.yaml and
 * data/lexicons/<lang>/*.yaml.
 */
export function parseKnowledgeData(files: readonly DataFile[]): KnowledgeData {
  const byPath = new Map(files.map((file) => [file.path, file]))
  const required = (path: string): DataFile => {
    const file = byPath.get(path)
    if (!file) throw new CobelError('ERR_DATA_MISSING', 'required data file is missing', path)
    return file
  }
  const read = <T extends z.ZodType>(schema: T, file: DataFile): z.infer<T> => parseDataFile(schema, file.text, file.path)

  const actors = read(z.array(ActorRecord), required('actors.yaml'))
  const designations = read(z.array(MaterielEntry), required('materiel.yaml'))
  const companies = byPath.has('companies.yaml') ? read(z.array(CompanyEntry), required('companies.yaml')) : []
  const outlets = byPath.has('outlets.yaml') ? read(z.array(OutletEntry), required('outlets.yaml')) : []
  const conflicts = files
    .filter((f) => /^conflicts\/[^/]+\.ya?ml$/.test(f.path))
    .map((f) => read(ConflictPartiesFile, f))
    .map((c) => ({ id: c.id, parties: c.parties.map((p) => p.actor), aggressor: c.parties.find((p) => p.role === 'aggressor')?.actor ?? null }))

  const langs = [...new Set(files.map((f) => /^lexicons\/([a-z]{2,3})\//.exec(f.path)?.[1]).filter((l): l is string => !!l))]
  const languages: Record<string, LanguageLexicon> = {}
  for (const lang of langs.sort()) {
    const optional = <K extends keyof typeof LANGUAGE_FILES>(name: K): z.infer<(typeof LANGUAGE_FILES)[K]> => {
      const file = byPath.get(`lexicons/${lang}/${name}`)
      return (file ? read(LANGUAGE_FILES[name], file) : []) as z.infer<(typeof LANGUAGE_FILES)[K]>
    }
    languages[lang] = {
      lang,
      actors: optional('actors.yaml'),
      people: optional('people.yaml'),
      places: optional('places.yaml'),
      materiel: optional('materiel.yaml'),
      cues: optional('cues.yaml'),
      roles: optional('roles.yaml'),
      frames: optional('frames.yaml'),
      grammar: read(GrammarEntry, required(`lexicons/${lang}/grammar.yaml`)),
    }
  }
  const data: KnowledgeData = { actors, conflicts, designations, companies, outlets, languages }
  checkReferences(data)
  return data
}

function checkReferences(data: KnowledgeData): void {
  const codes = new Set<string>()
  for (const actor of data.actors) {
    if (codes.has(actor.code)) throw new CobelError('ERR_DATA_INVALID', `actor code ${actor.code} is defined twice`, 'actors.yaml')
    codes.add(actor.code)
  }
  for (const actor of data.actors) {
    if (actor.parent && !codes.has(actor.parent))
      throw new CobelError('ERR_DATA_INVALID', `actor ${actor.code}: unknown parent ${actor.parent}`, 'actors.yaml')
  }
  const ids = new Map<string, string>()
  const claimId = (id: string, file: string): void => {
    const previous = ids.get(id)
    if (previous) throw new CobelError('ERR_DATA_INVALID', `id ${id} is already used in ${previous}`, file)
    ids.set(id, file)
  }
  const checkActor = (code: string | undefined, id: string, file: string): void => {
    if (code && !codes.has(code)) throw new CobelError('ERR_DATA_INVALID', `entry ${id}: unknown actor code ${code}`, file)
  }
  for (const conflict of data.conflicts) for (const party of conflict.parties) checkActor(party, conflict.id, `conflicts/${conflict.id}.yaml`)
  for (const entry of data.designations) {
    claimId(entry.id, 'materiel.yaml')
    checkActor(entry.origin, entry.id, 'materiel.yaml')
  }
  for (const company of data.companies) {
    claimId(company.id, 'companies.yaml')
    checkActor(company.actor, company.id, 'companies.yaml')
  }
  for (const outlet of data.outlets) {
    claimId(outlet.id, 'outlets.yaml')
    checkActor(outlet.country, outlet.id, 'outlets.yaml')
  }
  for (const [lang, lexicon] of Object.entries(data.languages)) {
    const file = (name: string): string => `lexicons/${lang}/${name}`
    for (const entry of lexicon.actors) {
      claimId(entry.id, file('actors.yaml'))
      checkActor(entry.actor, entry.id, file('actors.yaml'))
    }
    for (const entry of lexicon.people) {
      claimId(entry.id, file('people.yaml'))
      checkActor(entry.actor, entry.id, file('people.yaml'))
    }
    for (const entry of lexicon.places) {
      claimId(entry.id, file('places.yaml'))
      checkActor(entry.actor, entry.id, file('places.yaml'))
      checkActor(entry.held_by, entry.id, file('places.yaml'))
    }
    for (const entry of lexicon.materiel) {
      claimId(entry.id, file('materiel.yaml'))
      checkActor(entry.origin, entry.id, file('materiel.yaml'))
    }
    for (const entry of lexicon.cues) claimId(entry.id, file('cues.yaml'))
    for (const entry of lexicon.roles) claimId(entry.id, file('roles.yaml'))
    const frameIds = new Set<string>()
    for (const frame of lexicon.frames) {
      if (frameIds.has(frame.id)) throw new CobelError('ERR_DATA_INVALID', `frame ${frame.id} is defined twice`, file('frames.yaml'))
      frameIds.add(frame.id)
    }
  }
}
