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
  /** The quotation resumes after the author's words ("…, — сказал он. — …"): same speaker as the one before. */
  readonly continues?: boolean
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
  const marked: QuoteSpan[] = []
  const paragraphs: Array<[number, number]> = []
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    paragraphs.push([lineStart, lineEnd])
    // A language whose grammar sets dash_dialogue reads every paragraph opening with a dash as speech;
    // others only a dash line whose author's words follow a second dash ("— Это ложь, — заявил он.").
    if (!(options.dashDialogue && scanDialogue(text, lineStart, lineEnd, marked))) {
      const before = marked.length
      // The paragraph before ended inside a quotation («…¶ …», a-t-il dit): its words go on up to the first lone closing mark.
      const carried = text.slice(lineStart, lineEnd).trim() === '' ? null : openAtEnd(marked, paragraphs)
      scanParagraph(text, lineStart, lineEnd, marked, carried)
      if (marked.length === before) dashDialogue(text, lineStart, lineEnd, marked)
      if (options.dashDialogue) colonDashSpeech(text, lineStart, lineEnd, marked)
      if (options.dashDialogue) dashClosedSpeech(text, lineStart, lineEnd, marked)
    }
    lineStart = lineEnd + 1
  }
  const spans = marked.flatMap((span) => splitAtDashIncise(text, span))
  blockQuotes(text, paragraphs, spans)
  return spans.sort((a, b) => a.start - b.start)
}

// ", — сказал он. — " / ", - утверждал Блинкен. - ": the author's words between two dashes.
const DASH_INCISE = /([,.!?…])[ \u00A0]*[—–-][ \u00A0]+\p{Ll}(?:(?![ \u00A0][—–-][ \u00A0])[^—–\n()«»"“”]){0,100}?[.,:][ \u00A0]*[—–-][ \u00A0]+(?=\S)/gu
// ", — заявил Песков." ending a line of dialogue.
const DASH_CLOSE = /[,.!?…][ \u00A0]*[—–-][ \u00A0]+\p{Ll}/u
const DASH_OPEN = /^[ \u00A0\t]*[—–][ \u00A0]+(?=\S)/

/**
 * «…, — сказал он. — …»: a quotation whose writer inserted the author's words between two dashes
 * (Russian, Ukrainian, Polish convention) is two quotations, the second opening at the second dash.
 */
function splitAtDashIncise(text: string, span: QuoteSpan): QuoteSpan[] {
  DASH_INCISE.lastIndex = 0
  const m = DASH_INCISE.exec(text.slice(span.start, span.end))
  if (!m) return [span]
  const punct = span.start + m.index
  const firstDash = punct + 1 + text.slice(punct + 1).search(/[—–-]/)
  const secondOpen = punct + m[0].length
  let secondDash = secondOpen - 1
  while (secondDash > firstDash && !/[—–-]/.test(text[secondDash]!)) secondDash--
  const first: QuoteSpan = { ...span, close: firstDash, end: punct + 1, unclosed: false }
  const rest: QuoteSpan = { ...span, open: secondDash, start: secondOpen, continues: true }
  return [first, ...splitAtDashIncise(text, rest)]
}

/**
 * "— Мы не поставляем оружие, — заявил Песков. — Это ложь.": a paragraph opening with a dash is a
 * line of dialogue when the author's words follow another dash; the quoted words run to that dash,
 * and resume after the dash that ends the author's words.
 */
function dashDialogue(text: string, from: number, to: number, out: QuoteSpan[]): void {
  const line = text.slice(from, to)
  const open = DASH_OPEN.exec(line)
  if (!open) return
  const start = from + open[0].length
  const close = DASH_CLOSE.exec(text.slice(start, to))
  if (!close) return
  const punct = start + close.index
  const dash = punct + 1 + text.slice(punct + 1).search(/[—–-]/)
  out.push({ open: from + open[0].search(/[—–]/), close: dash, start, end: punct + 1, mark: '—', unclosed: false })
  // ". — Это ложь.": the author's words end at a full stop or comma followed by a dash.
  const resume = /[.,:][ \u00A0]*([—–])[ \u00A0]+(?=\S)/u.exec(text.slice(dash + 1, to))
  if (!resume) return
  const second = dash + 1 + resume.index + resume[0].length
  out.push({ open: dash + 1 + resume.index + resume[0].indexOf(resume[1]!), close: to, start: second, end: trimEnd(text, second, to), mark: '—', unclosed: false, continues: true })
}

/**
 * A paragraph with no quotation marks followed by one that opens with a dash and the author's
 * words ("– сказав на брифінгу речник…"): the first paragraph is the quotation, as web pages
 * print a block quotation.
 */
function blockQuotes(text: string, paragraphs: ReadonlyArray<[number, number]>, spans: QuoteSpan[]): void {
  for (let k = 1; k < paragraphs.length; k++) {
    const [from, to] = paragraphs[k]!
    if (!/^[ \u00A0\t]*[—–-][ \u00A0]+\p{Ll}/u.test(text.slice(from, to))) continue
    let p = k - 1
    while (p >= 0 && text.slice(paragraphs[p]![0], paragraphs[p]![1]).trim() === '') p--
    if (p < 0) continue
    const [qFrom, qTo] = paragraphs[p]!
    const body = text.slice(qFrom, qTo)
    if (/[«»“”„"]/.test(body) || /^[ \u00A0\t]*[—–-]/.test(body) || body.trim().split(/\s+/).length < 5) continue
    if (spans.some((s) => s.start < qTo && s.end > qFrom)) continue
    let start = qFrom
    while (start < qTo && /\s/.test(text[start]!)) start++
    spans.push({ open: start, close: from + text.slice(from, to).search(/[—–-]/), start, end: trimEnd(text, start, qTo), mark: '—', unclosed: false })
  }
}

/** " - powiedział X w rozmowie…": a dash before a short lower-case incise, up to its first punctuation. */
const SPEECH_CLOSE = /[^ \t\u00A0\n—–-][ \t\u00A0]+[—–-][ \t\u00A0]+\p{Ll}[^.!?,:;\n—–"“„«]{0,120}?(?:[.!?,:;"“„«]|$)/gu

/**
 * Speech with no opening mark, closed by a dash and the author's words in the middle of a
 * paragraph ("Rosja kupiła drony. Są dostarczane partiami - powiedział szef wywiadu."): the words run
 * from a dash opening a sentence before it ("… . – Nie wyślemy …"), or else from the start of the
 * dash's own sentence. Speech that is already quoted is left as it is.
 */
function dashClosedSpeech(text: string, from: number, to: number, out: QuoteSpan[]): void {
  const line = text.slice(from, to)
  SPEECH_CLOSE.lastIndex = 0
  for (let m = SPEECH_CLOSE.exec(line); m; m = SPEECH_CLOSE.exec(line)) {
    const dash = from + m.index + m[0].search(/[—–-][ \t\u00A0]+\p{Ll}/u)
    if (m[0].slice(m[0].search(/\p{Ll}/u)).trim().split(/\s+/).length > 12) continue
    const head = text.slice(from, dash)
    const opener = /(?:^|[.!?…”"»][ \t\u00A0]+)[—–-][ \t\u00A0]+(?=\p{Lu})(?![^]*[.!?…”"»][ \t\u00A0]+[—–-][ \t\u00A0]+\p{Lu})/u.exec(head)
    const sentence = head.search(/[^.!?…]*$/u)
    let start = from + (opener ? opener.index + opener[0].length : sentence)
    while (start < dash && SPACE.test(text[start]!)) start++
    const end = trimEnd(text, start, dash)
    if (end <= start || text.slice(start, end).split(/\s+/).length < 4 || !/^\p{Lu}/u.test(text[start]!)) continue
    // Words already inside quotation marks keep their marks' span.
    if (out.some((q) => q.start < end && q.end > start && (q.start <= start || !opener))) continue
    out.push({ open: opener ? from + opener.index + opener[0].search(/[—–-]/) : start, close: dash, start, end, mark: '—', unclosed: false })
  }
}

/** A colon, then a dash before a capital: "dodał: – Nie wyślemy…" opens speech in mid-paragraph. */
const COLON_DASH = /:[ \t\u00A0]+([—–-])[ \t\u00A0]+(?=[\p{Lu}„"«])/gu

/**
 * "Minister dodał: – Nie wyślemy więcej czołgów.": speech opened by a dash after a colon runs to a
 * dash before a lower-case incise ("… – zaznaczył") or to the paragraph's end. Speech already
 * inside quotation marks keeps their span.
 */
function colonDashSpeech(text: string, from: number, to: number, out: QuoteSpan[]): void {
  const line = text.slice(from, to)
  COLON_DASH.lastIndex = 0
  for (let m = COLON_DASH.exec(line); m; m = COLON_DASH.exec(line)) {
    const open = from + m.index + m[0].indexOf(m[1]!)
    DIALOGUE_CLOSE.lastIndex = open - from + 1
    const closing = DIALOGUE_CLOSE.exec(line)
    const close = closing ? from + closing.index + closing[0].indexOf(closing[1]!, 1) : to
    const start = from + m.index + m[0].length
    let end = trimEnd(text, start, close)
    while (end > start && text[end - 1] === ',') end--
    if (text.slice(start, end).split(/\s+/).length < 4) continue
    if (out.some((q) => q.start < end && q.end > start)) continue
    out.push({ open, close, start, end, mark: text[open]!, unclosed: false })
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end--
  return end
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

/** The mark of a quotation left open at the end of the last paragraph with text, if there is one. */
function openAtEnd(marked: readonly QuoteSpan[], paragraphs: ReadonlyArray<[number, number]>): string | null {
  const last = marked[marked.length - 1]
  if (!last?.unclosed) return null
  // Only the paragraph right before, blank lines between.
  const through = paragraphs.findIndex(([from, to]) => from <= last.open && last.open <= to)
  return through === paragraphs.length - 2 || (through >= 0 && paragraphs.slice(through + 1, -1).every(([from, to]) => from === to)) ? last.mark : null
}

const CLOSER_OF: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“' }

function scanParagraph(text: string, from: number, to: number, out: QuoteSpan[], carried: string | null = null): void {
  const stack: Array<{ mark: string; at: number }> = []
  const emit = (openAt: number, mark: string, closeAt: number, unclosed: boolean, continues = false): void => {
    let start = openAt + 1
    let end = closeAt
    while (start < end && SPACE.test(text[start]!)) start++
    while (end > start && SPACE.test(text[end - 1]!)) end--
    if (end > start) out.push({ open: openAt, close: closeAt, start, end, mark, unclosed, ...(continues ? { continues } : {}) })
  }
  const closer = carried ? CLOSER_OF[carried] : undefined
  if (closer) {
    // (Only when no mark of the pair opens first: "¶ « Sans … », a-t-il dit" reopens it the usual way.)
    const lone = text.slice(from, to).search(/[«»“”„"‹›]/)
    if (lone !== -1 && text[from + lone] === closer) {
      emit(from - 1, carried!, from + lone, false, true)
      from += lone + 1
    }
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
        // 'sortie du contexte ".': a spaced mark before punctuation closes.
        if ((top?.mark === '"' || top?.mark === '“') && (closesByPosition || !opensByPosition || /[.,;:!?)…]/.test(after))) close()
        // 'وأضاف:" ولا زالت…': right after a colon a straight mark opens, even with a space after it;
        // so does one spaced on both sides ('a été " sortie du contexte "'), closed by the next such mark.
        else if (opensByPosition || before === ':' || (SPACE.test(before) && SPACE.test(after))) stack.push({ mark: c, at: i })
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
