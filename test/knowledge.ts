import { loadKnowledge } from '../src/load/load-knowledge.js'
import { analyzeDocument } from '../src/pipeline/analyze-document.js'
import type { Analysis } from '../src/domain/records.js'

/** The shipped knowledge, loaded once per test process. */
export const knowledge = loadKnowledge()

/** Analyses one text in the given language. */
export const analyze = (text: string, lang = 'en', id = 'test'): Analysis => analyzeDocument({ id, text, lang }, knowledge)

/** Claims as compact strings "IRN>RUS:drones:reported", for readable assertions. */
export const claimsOf = (a: Analysis): string[] => a.support.map((c) => `${c.supplier}>${c.recipient}:${c.category}:${c.status}`)

/** Triples without status. */
export const triplesOf = (a: Analysis): string[] => [...new Set(a.support.map((c) => `${c.supplier}>${c.recipient}:${c.category}`))]
