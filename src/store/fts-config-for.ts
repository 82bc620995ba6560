/** ISO 639-1 code → PostgreSQL text-search configuration present in both PostgreSQL and PGlite. */
const CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  et: 'estonian',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
}

export const FTS_CONFIGS: readonly string[] = [...new Set(Object.values(CONFIGS)), 'simple']

/** The configuration for a language tag (`fr`, `fr-FR`, `fra`…); `simple` (no stemming) otherwise, e.g. Ukrainian. */
export function ftsConfigFor(lang: string | null | undefined): string {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
  return CONFIGS[primary] ?? CONFIGS[ISO3[primary] ?? ''] ?? 'simple'
}

const ISO3: Readonly<Record<string, string>> = { fra: 'fr', fre: 'fr', eng: 'en', deu: 'de', ger: 'de', rus: 'ru', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', dut: 'nl', ara: 'ar', tur: 'tr' }
