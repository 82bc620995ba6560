import type { ActorKind } from '../domain/vocabulary.js'

/** The part of the actor registry (data/actors.yaml) the roll-up needs. */
export interface ActorInfo {
  readonly code: string
  readonly kind: ActorKind
  readonly parent?: string
}

/** The codes that roll up to these actors: themselves and their organs and groups (IRN → IRN, IRGC…). */
export function codesRollingUpTo(actors: readonly string[], registry: readonly ActorInfo[]): string[] {
  const byCode = registryOf(registry)
  const wanted = new Set(actors)
  return [...new Set([...actors, ...registry.filter((actor) => wanted.has(rollUp(actor.code, null, byCode).state)).map((actor) => actor.code)])]
}

const registries = new WeakMap<readonly ActorInfo[], ReadonlyMap<string, ActorInfo>>()
const NO_ACTORS: readonly ActorInfo[] = []

/** The registry by code, built once per registry (a timeline groups and evaluates once per date). */
export function registryOf(actors: readonly ActorInfo[] = NO_ACTORS): ReadonlyMap<string, ActorInfo> {
  let byCode = registries.get(actors)
  if (!byCode) registries.set(actors, (byCode = new Map(actors.map((actor) => [actor.code, actor]))))
  return byCode
}

/** Rolls an actor code up to the state it belongs to, keeping the organ or group. */
export function rollUp(code: string, via: string | null, registry: ReadonlyMap<string, ActorInfo>): { state: string; organ: string | null; kind: ActorKind | null } {
  let state = code
  for (let hops = 0; hops < 5; hops++) {
    const parent = registry.get(state)?.parent
    if (!parent) break
    state = parent
  }
  if (state !== code) return { state, organ: code, kind: registry.get(code)?.kind ?? 'organ' }
  if (via) return { state, organ: via, kind: registry.get(via)?.kind ?? 'organ' }
  return { state, organ: null, kind: registry.get(code)?.kind ?? null }
}

