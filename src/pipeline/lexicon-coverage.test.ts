import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../test/knowledge.js'

/**
 * The French and English lexicons know how news of the wars of today say who supplies whom
 * with what: verbs in their inflections, agent nouns, materiel of every category, the
 * non-state actors and the places of these wars. Sentences of the project's own.
 */
type Case = readonly [lang: 'fr' | 'en', text: string, triples: readonly string[]]

const check = (cases: readonly Case[]): void => {
  for (const [lang, text, triples] of cases) {
    test(text, () => assert.deepEqual([...triplesOf(analyze(text, lang))].sort(), [...triples].sort()))
  }
}

describe('lexicon coverage: Israel, Hamas and Hezbollah', () => {
  check([
    ['en', 'Iran smuggled rockets and small arms to Hamas through tunnels, Israeli officials said.', ['IRN>HAMAS:artillery_ammunition', 'IRN>HAMAS:small_arms']],
    ['en', 'The Quds Force trained Hamas operatives in Lebanon.', ['IRN>HAMAS:trainers']],
    ['en', 'Germany has exported warships and anti-tank weapons to Israel.', ['DEU>ISR:other_weapons']],
    ['en', 'Tehran gave Hezbollah hundreds of millions of dollars, the minister said.', ['IRN>HEZBOLLAH:financial']],
    ['fr', 'Les États-Unis ont livré des bombes guidées et des obus à Israël.', ['USA>ISR:other_weapons', 'USA>ISR:artillery_ammunition']],
    ['fr', "Le Hamas a reçu des roquettes de l'Iran, selon les services de renseignement israéliens.", ['IRN>HAMAS:artillery_ammunition']],
    ['fr', "Le Hezbollah est financé par l'Iran, qui lui verse des centaines de millions de dollars.", ['IRN>HEZBOLLAH:financial']],
  ])
})

describe('lexicon coverage: the Houthis (coded YEM)', () => {
  check([
    ['en', 'Iran has supplied the Houthis with anti-ship missiles and drones.', ['IRN>YEM:missiles', 'IRN>YEM:drones']],
    ['en', 'The Revolutionary Guards shared targeting data with the Houthi militia.', ['IRN>YEM:intelligence']],
    ['en', 'Iranian advisers were deployed in Yemen to help the Houthis, officials said.', ['IRN>YEM:technical_support']],
    ['fr', "L'Iran fournit des missiles balistiques et des drones aux Houthis, a affirmé le porte-parole.", ['IRN>YEM:missiles', 'IRN>YEM:drones']],
    ['fr', "L'Iran a dépêché des conseillers militaires au Yémen.", ['IRN>YEM:technical_support']],
    ['fr', "L'Iran a envoyé des fusils d'assaut et des missiles antichars aux Houthis.", ['IRN>YEM:small_arms', 'IRN>YEM:other_weapons']],
  ])
})

describe('lexicon coverage: Armenia and Azerbaijan', () => {
  check([
    ['en', 'Israel sold loitering munitions and air defence systems to Azerbaijan.', ['ISR>AZE:drones', 'ISR>AZE:air_defence']],
    ['en', 'Türkiye delivered Bayraktar drones to Azerbaijan before the war.', ['TUR>AZE:drones']],
    ['en', 'France will supply radars and armoured vehicles to Armenia, the defence minister said.', ['FRA>ARM:air_defence', 'FRA>ARM:armour']],
    ['fr', "Israël a vendu des drones kamikazes à l'Azerbaïdjan.", ['ISR>AZE:drones']],
    ['fr', "La France va livrer des radars et des blindés à l'Arménie.", ['FRA>ARM:air_defence', 'FRA>ARM:armour']],
    ['fr', "L'Inde a exporté des lance-roquettes multiples vers l'Arménie.", ['IND>ARM:other_weapons']],
  ])
})

describe('lexicon coverage: Myanmar', () => {
  check([
    ['en', 'China has sold fighter jets and armoured vehicles to the Myanmar junta.', ['CHN>MMR:aircraft', 'CHN>MMR:armour']],
    ['en', 'Russia supplied attack helicopters and jet fuel to Myanmar, the UN special rapporteur said.', ['RUS>MMR:aircraft', 'RUS>MMR:economic']],
    ['fr', 'La Russie a fourni des avions de combat et des hélicoptères à la junte birmane.', ['RUS>MMR:aircraft']],
    ['fr', "La Chine livre des drones et des pièces détachées à l'armée birmane.", ['CHN>MMR:drones', 'CHN>MMR:components_dual_use']],
  ])
})

describe('lexicon coverage: the Sahel, Sudan, Libya, Ethiopia', () => {
  check([
    ['en', 'Russia has deployed military instructors to Burkina Faso.', ['RUS>BFA:trainers']],
    ['en', 'Türkiye sold armed drones to Mali and Niger.', ['TUR>MLI:drones', 'TUR>NER:drones']],
    ['en', 'Wagner mercenaries were deployed to Mali.', ['RUS>MLI:troops']],
    ['en', "Sudan's army received Iranian drones last year.", ['IRN>SDN:drones']],
    ['en', 'Turkey has equipped the Libyan government with drones and air defence systems.', ['TUR>LBY:drones', 'TUR>LBY:air_defence']],
    ['fr', 'La Russie a envoyé des instructeurs militaires au Burkina Faso.', ['RUS>BFA:trainers']],
    ['fr', 'Moscou a livré des hélicoptères de combat et des blindés au Mali.', ['RUS>MLI:aircraft', 'RUS>MLI:armour']],
    ['fr', 'Le groupe Wagner a déployé des mercenaires au Mali.', ['RUS>MLI:troops']],
    ['fr', 'La Turquie a vendu des drones armés au Niger.', ['TUR>NER:drones']],
    ['fr', "L'armée soudanaise a reçu des drones iraniens.", ['IRN>SDN:drones']],
    ['fr', 'La Turquie a équipé le gouvernement libyen de drones.', ['TUR>LBY:drones']],
    ['fr', "L'Éthiopie a acheté des drones turcs.", ['TUR>ETH:drones']],
  ])
})

describe('lexicon coverage: Russia and Ukraine', () => {
  check([
    ['en', 'North Korea has shipped millions of artillery shells to Russia.', ['PRK>RUS:artillery_ammunition']],
    ['en', 'China exported machine tools and microelectronics to Russia, Western officials said.', ['CHN>RUS:components_dual_use']],
    ['en', 'Denmark donated howitzers and funded the production of shells for Ukraine.', ['DNK>UKR:other_weapons', 'DNK>UKR:artillery_ammunition']],
    ['en', 'The Netherlands is transferring F-16 fighter jets to Ukraine.', ['NLD>UKR:aircraft']],
    ['en', 'Iran has transferred short-range ballistic missiles to Russia, the Pentagon said.', ['IRN>RUS:missiles']],
    ['en', 'Germany will provide Ukraine with air defence batteries and tank ammunition.', ['DEU>UKR:air_defence', 'DEU>UKR:artillery_ammunition']],
    ['en', 'Sweden is the largest donor of military aid to Ukraine among the Nordic states.', ['SWE>UKR:other_weapons']],
    ['en', 'The European Union disbursed 1.5 billion euros to Ukraine.', ['EU>UKR:financial']],
    ['en', 'Belarus repaired Russian tanks for the Russian army.', ['BLR>RUS:maintenance']],
    ['en', 'Russian troops launched missiles from Belarusian territory at Kyiv.', ['BLR>RUS:territory_access']],
    ['en', 'The United States has lent Ukraine Patriot interceptors.', ['USA>UKR:air_defence']],
    ['fr', "La Corée du Nord a expédié des millions d'obus à la Russie.", ['PRK>RUS:artillery_ammunition']],
    ['fr', 'La Chine exporte des machines-outils et des composants électroniques vers la Russie.', ['CHN>RUS:components_dual_use']],
    ['fr', "Le Danemark a cédé des obusiers Caesar à l'Ukraine.", ['DNK>UKR:other_weapons']],
    ['fr', "L'Allemagne fournira des systèmes de défense antiaérienne à l'Ukraine.", ['DEU>UKR:air_defence']],
    ['fr', "L'Iran a transféré des missiles balistiques à courte portée à la Russie.", ['IRN>RUS:missiles']],
    ['fr', "La Norvège est l'un des principaux donateurs de l'Ukraine en aide militaire.", ['NOR>UKR:other_weapons']],
    ['fr', 'Des soldats nord-coréens combattent aux côtés des troupes russes dans la région de Koursk.', ['PRK>RUS:troops']],
    ['fr', 'Le Royaume-Uni a formé des pilotes ukrainiens.', ['GBR>UKR:trainers']],
    ['fr', "La Biélorussie répare des chars russes pour l'armée russe.", ['BLR>RUS:maintenance']],
    ['fr', "Les Pays-Bas ont versé 500 millions d'euros à l'Ukraine.", ['NLD>UKR:financial']],
    ['fr', "L'armée russe a tiré des missiles depuis le territoire biélorusse.", ['BLR>RUS:territory_access']],
    ['fr', "Les États-Unis ont prêté des intercepteurs Patriot à l'Ukraine.", ['USA>UKR:air_defence']],
  ])
})

describe('lexicon coverage: stance words', () => {
  const cases: ReadonlyArray<readonly ['fr' | 'en', string, readonly string[]]> = [
    ['fr', 'Kiev accuse Téhéran de livrer des missiles balistiques à Moscou.', ['IRN>RUS:missiles:asserted']],
    ['fr', "La France s'est engagée à livrer des canons Caesar supplémentaires à l'Arménie.", ['FRA>ARM:other_weapons:alleged_future']],
    ['fr', "Berlin a suspendu ses exportations d'armes vers Israël.", ['DEU>ISR:other_weapons:denied']],
    ['fr', 'Selon nos informations, la Corée du Nord aurait envoyé des obus à la Russie.', ['PRK>RUS:artillery_ammunition:reported']],
    ['en', 'The US accused China of supplying drone engines to Russia.', ['CHN>RUS:components_dual_use:asserted']],
    ['en', 'Britain has pledged to send more air defence missiles to Ukraine.', ['GBR>UKR:air_defence:alleged_future']],
    ['en', 'Germany halted arms exports to Israel.', ['DEU>ISR:other_weapons:denied']],
    ['en', 'Ukraine urged Germany to send Taurus missiles.', ['DEU>UKR:missiles:opinion']],
  ]
  for (const [lang, text, claims] of cases) test(text, () => assert.deepEqual(claimsOf(analyze(text, lang)), claims))
})

describe('lexicon coverage: shooting down is not using', () => {
  test('intercepting or downing drones gives them to nobody; downing them over another state defends it', () => {
    assert.deepEqual(triplesOf(analyze('Le Royaume-Uni a abattu plusieurs drones iraniens.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('The United States intercepted Iranian missiles fired at Israel.')), ['USA>ISR:air_defence'])
  })
})
