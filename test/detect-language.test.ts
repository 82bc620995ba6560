import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { detectLanguage } from '../src/pipeline/detect-language.js'
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
})
