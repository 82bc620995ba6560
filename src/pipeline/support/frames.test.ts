import assert from 'node:assert/strict'
import { test } from 'node:test'
import { knowledge } from '../../../test/knowledge.js'
import { analyzeDocument } from '../analyze-document.js'
import { compileKnowledge } from '../compile-knowledge.js'
import { checkFrames } from './check-frames.js'

// Table-driven: each frame's own example sentence (data/lexicons/<lang>/frames.yaml) gives the
// claims it lists, and the frame is the one applied; a frame that gives claims is cited as the rule.
for (const [lang, language] of knowledge.languages) {
  test(`${lang} frames: every example gives its claims through its own frame`, () => {
    const problems = checkFrames(knowledge).filter((p) => p.lang === lang)
    assert.deepEqual(problems, [])
  })
  test(`${lang} frames that give claims are cited by them`, () => {
    for (const frame of language.frames.filter((f) => !f.none && !f.as)) {
      const analysis = analyzeDocument({ id: frame.id, text: frame.example.text, lang }, knowledge)
      assert.ok(
        analysis.support.some((c) => c.rule === `support.${frame.id}`),
        `${lang} ${frame.id}: no claim cites it (${analysis.support.map((c) => c.rule).join(', ')})`,
      )
    }
  })
}

test('a frame whose example fails, or that an earlier frame shadows, is reported', () => {
  const en = knowledge.data.languages.en!
  const give = en.frames.find((f) => f.id === 'give.active')!
  const broken = { ...give, example: { ...give.example, claims: ['USA>UKR:armour'] } }
  const shadowed = { ...give, id: 'give.active-again' }
  const data = { ...knowledge.data, languages: { en: { ...en, frames: [...en.frames.map((f) => (f === give ? broken : f)), shadowed] } } }
  const problems = checkFrames(compileKnowledge(data))
  assert.ok(problems.some((p) => p.frame === 'give.active' && /expected \[USA>UKR:armour\]/.test(p.problem)))
  assert.ok(problems.some((p) => p.frame === 'give.active-again' && /never exercised/.test(p.problem)))
})
