/** A quotation mark pair found in the text. Offsets are characters. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number
  /** Offset of the closing mark, or the paragraph end when the quote is left open. */
  readonly close: number
  /** The quoted words, inside the marks, trimmed. */
  readonly start: number
  readonly end: number
  readonly mark: string
  /** The paragraph ended before a closing mark (a quotation continued in the next one). */
  readonly unclosed: boolean
}

const OPENERS = new Set(['«', '“', '„', '"', '‹'])
const SPACE = /[\s\u00A0\u202F\u2009]/
const WORD = /[\p{L}\p{N}]/u

/**
 * Pairs quotation marks paragraph by paragraph: « », “ ”, „ “ „ ”, " ", ‹ ›. Only outermost
 * quotations are returned (inner marks stay part of the quoted words). Writers who swap “ and
 * ” are read by position: a mark after a space that precedes a word opens, a mark after a word
 * that precedes a space or punctuation closes. A paragraph that ends inside a quotation closes
 * it there, the convention for quotations that continue into the next paragraph.
 */
export function findQuoteSpans(text: string, options: { readonly dashDialogue?: boolean } = {}): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (!(options.dashDialogue && scanDialogue(text, lineStart, lineEnd, spans))) scanParagraph(text, lineStart, lineEnd, spans)
    lineStart = lineEnd + 1
  }
  return spans
}

const DIALOGUE_OPEN = /^[ \t\u00A0]*([—–-])[ \t\u00A0]+(?=[\p{Lu}\p{N}„"«…])/u
/** A dash closing the speech before a lower-case incise: "… — powiedział", "… - zaznaczył". */
const DIALOGUE_CLOSE = /[ \t\u00A0\p{P}]([—–-])[ \t\u00A0]+(?=\p{Ll})/gu
/** After the incise, a sentence may reopen the speech with a dash: "— powiedział. — Dalej…". */
const DIALOGUE_REOPEN = /[.!?…][ \t\u00A0]+([—–-])[ \t\u00A0]+(?=\p{Lu})/gu

/**
 * Dialogue as Polish, Ukrainian and Russian news write it: a paragraph that opens with a dash is
 * speech up to a dash before the reporting verb ("— Jesteśmy gotowi — powiedział prezydent.") or
 * to the paragraph's end; a dash after the incise's sentence reopens it. False when the paragraph
 * is not dialogue.
 */
function scanDialogue(text: string, from: number, to: number, out: QuoteSpan[]): boolean {
  const line = text.slice(from, to)
  const opening = DIALOGUE_OPEN.exec(line)
  if (!opening) return false
  let open = from + opening[0].indexOf(opening[1]!)
  while (open >= 0) {
    DIALOGUE_CLOSE.lastIndex = open - from + 1
    const closing = DIALOGUE_CLOSE.exec(line)
    const close = closing ? from + closing.index + closing[0].indexOf(closing[1]!, 1) : to
    let start = open + 1
    let end = close
    while (start < end && SPACE.test(text[start]!)) start++
    while (end > start && /[\s\u00A0\u202F\u2009,]/.test(text[end - 1]!)) end--
    if (end > start) out.push({ open, close, start, end, mark: text[open]!, unclosed: false })
    if (!closing) break
    DIALOGUE_REOPEN.lastIndex = close - from + 1
    const reopen = DIALOGUE_REOPEN.exec(line)
    open = reopen ? from + reopen.index + reopen[0].indexOf(reopen[1]!) : -1
  }
  return true
}

function scanParagraph(text: string, from: number, to: number, out: QuoteSpan[]): void {
  const stack: Array<{ mark: string; at: number }> = []
  const emit = (openAt: number, mark: string, closeAt: number, unclosed: boolean): void => {
    let start = openAt + 1
    let end = closeAt
    while (start < end && SPACE.test(text[start]!)) start++
    while (end > start && SPACE.test(text[end - 1]!)) end--
    if (end > start) out.push({ open: openAt, close: closeAt, start, end, mark, unclosed })
  }
  const marks = /[«»“”„"‹›]/g
  marks.lastIndex = from
  for (let m = marks.exec(text); m && m.index < to; m = marks.exec(text)) {
    let i = m.index
    const c = text[i]!
    const before = i > from ? text[i - 1]! : ' '
    const after = i + 1 < to ? text[i + 1]! : ' '
    // The Arabic tatweel stretches a clitic up to an opening mark: "بـ”تزويد".
    const opensByPosition = (SPACE.test(before) || /[(\[{—–\-'’:\u0640]/.test(before) || i === from) && !SPACE.test(after)
    const closesByPosition = !SPACE.test(before) && (SPACE.test(after) || /[.,;:!?)\]…]/.test(after) || i + 1 === to)
    const top = stack[stack.length - 1]
    const close = (): void => {
      const opened = stack.pop()!
      if (stack.length === 0) emit(opened.at, opened.mark, i, false)
    }
    switch (c) {
      case '«':
        stack.push({ mark: c, at: i })
        break
      case '»':
        if (stack.some((s) => s.mark === '«')) {
          while (stack.length && stack[stack.length - 1]!.mark !== '«') stack.pop()
          close()
        }
        break
      case '‹':
        stack.push({ mark: c, at: i })
        break
      case '›':
        if (top?.mark === '‹') close()
        break
      case '„':
        stack.push({ mark: c, at: i })
        break
      case '“':
        if (top && (top.mark === '„' || (top.mark === '“' && closesByPosition && !opensByPosition))) close()
        else stack.push({ mark: c, at: i })
        break
      case '”':
        // « de” réinitialisation “avec » — a swapped inner pair inside an open quotation.
        if (top && stack.length === 1 && top.mark === '“' && swappedInnerPair(text, i, to)) {
          i = text.indexOf('“', i + 1)
          marks.lastIndex = i + 1
          break
        }
        if (top && (top.mark === '“' || top.mark === '„' || top.mark === '"')) close()
        else if (opensByPosition && WORD.test(after)) stack.push({ mark: '“', at: i })
        break
      case '"':
        if ((top?.mark === '"' || top?.mark === '“') && (closesByPosition || !opensByPosition)) close()
        else if (opensByPosition) stack.push({ mark: c, at: i })
        break
    }
  }
  // A quotation still open at the end of the paragraph runs to its end.
  const first = stack[0]
  if (first) emit(first.at, first.mark, to, true)
}

/** ” word(s) “ followed by more quoted text on the line: the writer swapped an inner pair. */
function swappedInnerPair(text: string, at: number, to: number): boolean {
  const next = text.indexOf('“', at + 1)
  if (next === -1 || next >= to || next - at > 40) return false
  const between = text.slice(at + 1, next)
  // "“We will not,” she said, “ever.”" is a split quotation: punctuation marks a real close.
  if (/[.,!?;:]/.test(between) || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || between.trim().split(/\s+/).length > 3) return false
  return /^[\s\u00A0]/.test(between) && /[\s\u00A0]$/.test(between) && text.indexOf('”', next + 1) !== -1 && text.indexOf('”', next + 1) < to
}
