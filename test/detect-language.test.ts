import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import { eld } from 'eld/medium'
import { detectLanguage, eldOpening } from '../src/pipeline/detect-language.js'
import { knowledge } from './knowledge.js'

// Sentences written for this test: a short one, a long one and a middle one per language.
const SENTENCES: Readonly<Record<string, readonly string[]>> = {
  fr: ["Sanctions contre l'Iran.", "L'Iran a livré des drones à la Russie.", "Le ministre a démenti toute livraison d'armes, selon un communiqué publié jeudi soir."],
  en: ['Sanctions against Iran.', 'Iran delivered drones to Russia.', 'The minister denied any arms deliveries, according to a statement released on Thursday evening.'],
  de: ['Sanktionen gegen den Iran.', 'Der Iran hat Drohnen an Russland geliefert.', 'Der Minister bestritt jede Waffenlieferung, wie aus einer am Donnerstagabend veröffentlichten Erklärung hervorgeht.'],
  es: ['Sanciones contra Irán.', 'Irán entregó drones a Rusia.', 'El ministro negó cualquier entrega de armas, según un comunicado publicado el jueves por la noche.'],
  it: ["Sanzioni contro l'Iran.", "L'Iran ha consegnato droni alla Russia.", 'Il ministro ha smentito qualsiasi fornitura di armi, secondo un comunicato diffuso giovedì sera.'],
  pt: ['Sanções contra o Irã.', 'O Irã entregou drones à Rússia.', 'O ministro negou qualquer entrega de armas, segundo um comunicado divulgado na quinta-feira à noite.'],
  pl: ['Sankcje wobec Iranu.', 'Iran dostarczył drony Rosji.', 'Minister zaprzeczył jakimkolwiek dostawom broni, jak wynika z komunikatu opublikowanego w czwartek wieczorem.'],
  uk: ['Санкції проти Ірану.', 'Іран передав Росії дрони.', 'Міністр заперечив будь-які поставки зброї, йдеться у заяві, оприлюдненій у четвер увечері.'],
  ru: ['Санкции против Ирана.', 'Иран поставил России беспилотники.', 'Министр опроверг любые поставки оружия, говорится в заявлении, опубликованном в четверг вечером.'],
  ar: ['عقوبات على إيران.', 'سلمت إيران طائرات مسيرة إلى روسيا.', 'نفى الوزير أي شحنات أسلحة، بحسب بيان صدر مساء الخميس.'],
  tr: ["İran'a yaptırımlar.", "İran Rusya'ya insansız hava aracı teslim etti.", 'Bakan, perşembe akşamı yayımlanan bir açıklamaya göre herhangi bir silah teslimatını yalanladı.'],
}

describe('detectLanguage', () => {
  for (const [lang, sentences] of Object.entries(SENTENCES))
    test(`${lang}: every sentence, short ones included`, () => {
      for (const sentence of sentences) {
        const detected = detectLanguage(sentence, knowledge)
        assert.equal(detected.lang, lang, sentence)
        assert.equal(detected.source, 'detected')
        // Only the languages with lexicons (data/lexicons/<lang>) are analysed; the others are labelled.
        assert.equal(detected.supported, knowledge.languages.has(lang), sentence)
      }
    })

  test('a whole paragraph in each language, and Turkish labelled as Turkish, not supported', () => {
    for (const [lang, sentences] of Object.entries(SENTENCES)) assert.equal(detectLanguage(sentences.join(' '), knowledge).lang, lang)
    assert.deepEqual(detectLanguage(SENTENCES.tr!.join(' '), knowledge), { lang: 'tr', source: 'detected', supported: false })
    assert.equal(knowledge.languages.has('fr') && knowledge.languages.has('en'), true)
  })

  test('a language given with the document wins; a text with no letters is undetermined', () => {
    assert.deepEqual(detectLanguage('Iran delivered drones to Russia.', knowledge, 'fr-FR'), { lang: 'fr', source: 'given', supported: true })
    assert.deepEqual(detectLanguage('Iran delivered drones to Russia.', knowledge, 'tr'), { lang: 'tr', source: 'given', supported: false })
    assert.deepEqual(detectLanguage('12 345 — 678', knowledge), { lang: 'und', source: 'default', supported: false })
  })

  test('eld reads the same from the opening it is given as from the whole text', () => {
    const samples = join(import.meta.dirname, '..', 'samples', 'articles')
    const articles = readdirSync(samples).map((file) => readFileSync(join(samples, file), 'utf8'))
    const paragraph = Object.values(SENTENCES).flat().join(' ')
    // Texts written for this test at the edges of the cut: runs of marks, apostrophes before a
    // space, a final sigma, a dotted capital I, long words, digits, another script after the cut.
    const edges = [
      `${'Word, '.repeat(70)}ΟΔΥΣΣΕΑΣ’ ${'Δρόμος '.repeat(40)}`,
      `${'abcd '.repeat(80)}x’ ’y ${'İstanbul, '.repeat(60)}`,
      `${'a'.repeat(399)} ${'ΣΣΣ '.repeat(300)}`,
      `${'supercalifragilisticexpialidocious-antidisestablishmentarianism '.repeat(8)}--- 12 345 ... «${'Россия '.repeat(100)}»`,
      `${'x1y2 z3?! '.repeat(200)}`,
      `${'don’t can’t '.repeat(40)}\n\t\r ${'l’Iran d’armes '.repeat(40)}`,
    ]
    const texts = [paragraph, ...edges]
    for (const article of articles) for (let at = 0; at < article.length; at += 97) texts.push(article.slice(at, at + 1400))
    let cut = 0
    for (const text of texts) {
      const opening = eldOpening(text)
      if (opening.length < Math.min(text.length, 1000)) cut++
      const whole = eld.detect(text)
      const part = eld.detect(opening)
      assert.equal(part.language, whole.language, text.slice(0, 80))
      assert.deepEqual(part.getScores(), whole.getScores(), text.slice(0, 80))
      assert.equal(part.isReliable(), whole.isReliable(), text.slice(0, 80))
    }
    // (Most texts are cut: the test reads the cut, not only whole texts.)
    assert.ok(cut > texts.length / 2, `${cut} of ${texts.length} cut`)
  })
})
