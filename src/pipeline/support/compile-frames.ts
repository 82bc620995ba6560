import type { FrameEntry, Selector } from '../../data/schemas.js'
import { MARKINGS, type CueTag, type Marking, type NamedPlace, type SelectorCondition } from '../../domain/vocabulary.js'
import { foldKey } from '../normalize-text.js'

/** A parsed place of a frame: a marking list or a named place, on one side, within a reach. */
export interface Place {
  readonly text: string
  readonly markings: readonly Marking[] | null
  /** The markings hold "by" (read once here, looked at for every trigger). */
  readonly byMarking: boolean
  readonly named: NamedPlace | null
  readonly side: 'left' | 'right' | null
  readonly reach: number | null
  readonly condition: SelectorCondition | null
}

/** A frame ready to apply: its places parsed, its word lists folded. */
export interface CompiledFrame extends Omit<FrameEntry, 'supplier' | 'recipient' | 'when'> {
  readonly supplier: readonly Place[]
  readonly recipient: readonly Place[]
  readonly when: {
    readonly tags: readonly CueTag[] | null
    readonly materiel: NonNullable<FrameEntry['when']>['materiel'] | null
    readonly ownCategory: boolean | null
    readonly requires: readonly Place[]
    readonly unless: readonly Place[]
    readonly followedBy: ReadonlySet<string>
    readonly precededBy: ReadonlySet<string>
    readonly territory: NonNullable<FrameEntry['when']>['territory'] | null
  }
}

const MARKING_SET: ReadonlySet<string> = new Set(MARKINGS)

export function parsePlace(selector: Selector): Place {
  const text = typeof selector === 'string' ? selector : selector.pick
  const [name, ...rest] = text.split(':')
  const side = rest.find((r) => r === 'left' || r === 'right') as Place['side'] | undefined
  const reach = rest.find((r) => /^\d+$/.test(r))
  const parts = name!.split('+')
  const markings = parts.every((p) => MARKING_SET.has(p)) ? (parts as Marking[]) : null
  return {
    text,
    markings,
    byMarking: !!markings?.includes('by'),
    named: markings ? null : (name as NamedPlace),
    side: side ?? null,
    reach: reach ? Number(reach) : null,
    condition: typeof selector === 'string' ? null : selector.if,
  }
}

/** Parses every frame's places once, when the knowledge is compiled. */
export function compileFrames(frames: readonly FrameEntry[]): CompiledFrame[] {
  return frames.map((frame) => ({
    ...frame,
    supplier: frame.supplier.map(parsePlace),
    recipient: frame.recipient.map(parsePlace),
    when: {
      tags: frame.when?.tags ?? null,
      materiel: frame.when?.materiel ?? null,
      ownCategory: frame.when?.own_category ?? null,
      requires: (frame.when?.requires ?? []).map(parsePlace),
      unless: (frame.when?.unless ?? []).map(parsePlace),
      followedBy: new Set((frame.when?.followed_by ?? []).map(foldKey)),
      precededBy: new Set((frame.when?.preceded_by ?? []).map(foldKey)),
      territory: frame.when?.territory ?? null,
    },
  }))
}
