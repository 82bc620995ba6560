import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { functionLengths, problemsOf } from '../scripts/check-function-length.js'

/** Statement lines, one per line. */
const body = (lines: number): string => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i}`).join('\n')

describe('check-function-length', () => {
  it('measures declarations, methods and functions held by variables, nested ones by their path', () => {
    const text = [
      `export function outer() {`,
      body(4),
      `  const inner = () => {`,
      body(3),
      `  }`,
      `}`,
      `class Shelf {`,
      `  count() {`,
      body(5),
      `  }`,
      `}`,
      `items.map((item) => {`,
      body(2),
      `})`,
    ].join('\n')
    const found = functionLengths('x.ts', text, 'src/x.ts')
    assert.deepEqual(
      found.map((f) => [f.function, f.lines]),
      [
        ['outer', 11],
        ['outer.inner', 5],
        ['Shelf.count', 7],
        ['(anonymous)', 4],
      ],
    )
  })

  it('fails on a long function not listed, on a listed one that grew, and on entries the list no longer needs', () => {
    const measured = [
      { file: 'src/a.ts', function: 'long', lines: 120 },
      { file: 'src/a.ts', function: 'grown', lines: 95 },
      { file: 'src/a.ts', function: 'shrunk', lines: 85 },
      { file: 'src/a.ts', function: 'short', lines: 60 },
      { file: 'src/a.ts', function: 'kept', lines: 90 },
    ]
    const allowed = [
      { file: 'src/a.ts', function: 'grown', lines: 90 },
      { file: 'src/a.ts', function: 'shrunk', lines: 88 },
      { file: 'src/a.ts', function: 'short', lines: 82 },
      { file: 'src/a.ts', function: 'gone', lines: 100 },
      { file: 'src/a.ts', function: 'kept', lines: 90 },
    ]
    const problems = problemsOf(measured, allowed)
    assert.equal(problems.length, 5)
    assert.match(problems.join('\n'), /long has 120 lines/)
    assert.match(problems.join('\n'), /grown grew to 95 lines/)
    assert.match(problems.join('\n'), /shrunk now has 85 lines: lower its entry from 88/)
    assert.match(problems.join('\n'), /short now has 60 lines: remove its entry/)
    assert.match(problems.join('\n'), /gone is in the allow-list but no longer exists/)
    assert.deepEqual(problemsOf(measured.slice(4), allowed.slice(4)), [])
  })
})
