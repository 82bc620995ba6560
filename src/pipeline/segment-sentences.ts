import type { Sentence } from '../domain/records.js'

export interface SentenceRules {
  /** Abbreviations that do not end a sentence when a lower-case word or a digit follows (U.S., etc.). */
  readonly abbreviations: ReadonlySet<string>
  /** Titles that never end a sentence (M., Mme, Dr., Mr.). */
  readonly titles: ReadonlySet<string>
}

const segmenters = new Map<string, Intl.Segmenter>()
const segmenterFor = (lang: string): Intl.Segmenter => {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

const CLOSERS = /^[\s\u00A0\u202F]*[»”"’›)\]]+/
const GLUED = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu
const GLUED_HINT = /[.!?]\p{Lu}/u

/**
 * Splits text into sentences: one paragraph per line, Intl.Segmenter inside a paragraph,
 * then the fixes it needs for news text: a closing » or ” that the segmenter pushed to the
 * next sentence goes back; a split after a title or abbreviation (M., Dr., Mr.) or before a
 * lower-case word (« Qui ? » demanda-t-il) is undone;
 * sentences glued without a space ("on Wednesday.John Kirby said") are separated.
 */
export function segmentSentences(text: string, lang: string, rules: SentenceRules): Sentence[] {
  const sentences: Sentence[] = []
  let paragraph = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (line.trim().length > 0) {
      for (const [start, end] of splitParagraph(line, lang, rules)) {
        sentences.push({ index: sentences.length, paragraph, start: lineStart + start, end: lineStart + end })
      }
      paragraph++
    }
    lineStart = lineEnd + 1
  }
  return sentences
}

const INNER_STOP = /[.!?…][\s\u00A0"'”»’)\]]*\s+\S|[.!?](?=\p{Lu})/u

function splitParagraph(line: string, lang: string, rules: SentenceRules): Array<[number, number]> {
  // A line with no full stop inside (a headline, a one-sentence paragraph) is one sentence.
  if (!INNER_STOP.test(line)) return [trimSpan(line, 0, line.length)].filter(([s, e]) => e > s)
  const spans: Array<[number, number]> = []
  for (const { index, segment } of segmenterFor(lang).segment(line)) {
    let start = index
    const end = index + segment.length
    const previous = spans[spans.length - 1]
    // A closing quote or bracket at the start belongs to the previous sentence.
    const closers = CLOSERS.exec(segment)
    if (previous && closers && closers[0].trim()) {
      previous[1] = start + closers[0].length
      start += closers[0].length
      if (line.slice(start, end).trim() === '') continue
    }
    if (previous && joinsPrevious(line.slice(previous[0], previous[1]), line.slice(start, end), rules)) {
      previous[1] = end
      continue
    }
    spans.push([start, end])
  }
  // Separate sentences glued without a space after their full stop.
  const out: Array<[number, number]> = []
  // (Only a line with a full stop right before a capital can hold one.)
  const glued = GLUED_HINT.test(line)
  for (const [start, end] of spans) {
    let from = start
    if (glued) for (const m of line.slice(start, end).matchAll(GLUED)) {
      out.push([from, start + m.index])
      from = start + m.index
    }
    out.push([from, end])
  }
  return out.map(([start, end]) => trimSpan(line, start, end)).filter(([start, end]) => end > start)
}

function joinsPrevious(previous: string, next: string, rules: SentenceRules): boolean {
  // A sentence does not start with a lower-case word: « Qui est là ? » demanda-t-il.
  if (/^\p{Ll}/u.test(next.trimStart())) return true
  const last = lastWord(previous)
  if (!last || !last.endsWith('.')) return false
  const word = last.replace(/^[«“"(\[]+/, '')
  if (rules.titles.has(word.toLowerCase())) return true
  // A single initial ("John F. Kennedy") never ends a sentence.
  if (/^\p{Lu}\.$/u.test(word)) return true
  const nextStart = next.trimStart()
  if (!rules.abbreviations.has(word.toLowerCase())) return false
  if (/^[\p{Ll}\d]/u.test(nextStart)) return true
  // "U.S. Secretary of State…": a country abbreviation before a capitalised title or name.
  return /^(?:\p{Lu}\.){2,}$/u.test(word) && !/^(?:The|A|An|It|He|She|They|We|I|In|On|At|But|And|This|That|These|Those|There|His|Her|Their|Its|As|After|Before|When|While|If|Le|La|Les|Un|Une|Il|Elle|Ils|Elles|Mais|Et|Ce|Cette|Ces|En|Dans)\b/.test(nextStart)
}

const SPACE = /\s/

/** The last run of other characters than spaces, as /(\S+)\s*$/ reads it, without a scan of the whole sentence. */
function lastWord(text: string): string | undefined {
  let end = text.length
  while (end > 0 && SPACE.test(text[end - 1]!)) end--
  let start = end
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--
  return end > start ? text.slice(start, end) : undefined
}

function trimSpan(line: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(line[start]!)) start++
  while (end > start && /\s/.test(line[end - 1]!)) end--
  return [start, end]
}
