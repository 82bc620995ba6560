import type { Knowledge } from '../compile-knowledge.js'
import { analyzeDocument } from '../analyze-document.js'

/** A frame whose example sentence does not give what the frame says, or is handled by another frame. */
export interface FrameProblem {
  readonly lang: string
  readonly frame: string
  readonly problem: string
}

/**
 * Runs every frame's example sentence through the analyzer: the example must give exactly the
 * claims it lists (supplier>recipient:category), and the frame itself must be applied to it.
 * A frame that never applies to its own example is shadowed by an earlier one.
 */
export function checkFrames(knowledge: Knowledge): FrameProblem[] {
  const problems: FrameProblem[] = []
  for (const [lang, language] of knowledge.languages) {
    for (const frame of language.frames) {
      const fired = new Set<string>()
      const analysis = analyzeDocument({ id: `frame:${frame.id}`, text: frame.example.text, lang }, knowledge, { firedFrames: fired })
      const found = [...new Set(analysis.support.map((c) => `${c.supplier}>${c.recipient}:${c.category}`))].sort()
      const expected = [...new Set(frame.example.claims)].sort()
      if (found.join(' ') !== expected.join(' ')) problems.push({ lang, frame: frame.id, problem: `example gives [${found.join(', ')}], expected [${expected.join(', ')}]` })
      if (!fired.has(frame.id)) problems.push({ lang, frame: frame.id, problem: 'never exercised by its own example (an earlier frame takes it, or its conditions never hold)' })
    }
  }
  return problems
}
