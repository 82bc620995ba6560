import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { loadKnowledge } from '../load/load-knowledge.js'
import { tokenize } from '../pipeline/tokenize.js'
import { findHighlights } from '../server/find-highlights.js'
import type { Category } from '../domain/vocabulary.js'

const knowledge = loadKnowledge()
const designations = knowledge.data.designations
const byId = new Map(designations.map((entry) => [entry.id, entry]))

/** A form as the matcher sees it: "Shahed-136" and "Shahed 136" are one key. */
const keyOf = (form: string): string =>
  tokenize(form)
    .map((token) => token.key)
    .join(' ')

/** The designation found on exactly `words` in `text`, with what its entry says. */
function designationIn(text: string, words: string, lang: string): { id: string; category: Category; origin: string | null } | null {
  const start = text.indexOf(words)
  assert.ok(start >= 0, `"${words}" is not in "${text}"`)
  const hit = findHighlights(text, lang, knowledge).find((h) => h.kind === 'materiel' && h.start === start && h.end === start + words.length && byId.has(h.entryId))
  if (!hit) return null
  return { id: hit.entryId, category: hit.category!, origin: byId.get(hit.entryId)!.origin ?? null }
}

// [sentence, designation as written in it, category, maker state or null]. Cyrillic and Arabic
// forms go through the English matcher: designations are compiled into every language's, and
// the shipped lexicons are English and French.
const TABLE: ReadonlyArray<readonly [string, string, Category, string | null, string?]> = [
  // Russia and Ukraine, Russian side
  ['Overnight the army counted forty Shahed-136 over Odesa.', 'Shahed-136', 'drones', 'IRN'],
  ['Les Geran-2 assemblés en Russie frappent chaque nuit.', 'Geran-2', 'drones', 'IRN', 'fr'],
  ['Над областью сбиты пять Гераней-2.', 'Гераней-2', 'drones', 'IRN'],
  ['A Lancet-3 hit the howitzer near the river.', 'Lancet-3', 'drones', 'RUS'],
  ['Spotters flew an Orlan-10 over the crossing.', 'Orlan-10', 'drones', 'RUS'],
  ['The brigade reported Iskander-M launches from Belgorod.', 'Iskander-M', 'missiles', 'RUS'],
  ['Ракета Іскандер-М влучила у склад.', 'Іскандер-М', 'missiles', 'RUS'],
  ['Удар нанесли Калибрами с кораблей.', 'Калибрами', 'missiles', 'RUS'],
  ['Air force officials said a Kinzhal was shot down over Kyiv.', 'Kinzhal', 'missiles', 'RUS'],
  ['Bombers launched Kh-101 cruise missiles at dawn.', 'Kh-101', 'missiles', 'RUS'],
  ['The strike used an Oreshnik against Dnipro.', 'Oreshnik', 'missiles', 'RUS'],
  ['Crews fitted FAB-500 bombs with wing kits.', 'FAB-500', 'other_weapons', 'RUS'],
  ['Ukraine downed an Su-34 over Donetsk.', 'Su-34', 'aircraft', 'RUS'],
  ['The Ka-52 fired at the column.', 'Ka-52', 'aircraft', 'RUS'],
  ['A T-90M was filmed in Kursk.', 'T-90M', 'armour', 'RUS'],
  ['Les T-72 venus de Biélorussie ont été réparés.', 'T-72', 'armour', null, 'fr'],
  ['Russia moved S-400 batteries to Crimea.', 'S-400', 'air_defence', 'RUS'],
  ['The TOS-1A fired thermobaric rockets.', 'TOS-1A', 'other_weapons', 'RUS'],
  ['Gunners hid a 2S19 Msta-S in the forest.', '2S19 Msta-S', 'other_weapons', 'RUS'],
  ['A Grad battery fired on the town.', 'Grad', 'other_weapons', null],
  // Ukrainian side and its suppliers
  ['A Sea Baby struck the bridge.', 'Sea Baby', 'drones', 'UKR'],
  ['A Magura V5 sank the patrol boat.', 'Magura V5', 'drones', 'UKR'],
  ['Kyiv fired a Neptune at the fleet.', 'Neptune', 'missiles', 'UKR'],
  ['Des Bayraktar TB2 ont été livrés à Kiev.', 'Bayraktar TB2', 'drones', 'TUR', 'fr'],
  ['Washington approved more ATACMS for Kyiv.', 'ATACMS', 'missiles', 'USA'],
  ['London sent Storm Shadow missiles.', 'Storm Shadow', 'missiles', 'GBR'],
  ['Paris a livré des missiles SCALP.', 'SCALP', 'missiles', 'FRA', 'fr'],
  ['Berlin still refuses the Taurus.', 'Taurus', 'missiles', 'DEU'],
  ['Two more HIMARS arrived in July.', 'HIMARS', 'other_weapons', 'USA'],
  ['Украина получила новые Хаймарсы.', 'Хаймарсы', 'other_weapons', 'USA'],
  ['The package includes M777 howitzers.', 'M777', 'other_weapons', 'USA'],
  ['La France a cédé des canons Caesar.', 'Caesar', 'other_weapons', 'FRA', 'fr'],
  ['Norway donated Archer howitzers.', 'Archer howitzers', 'other_weapons', 'SWE'],
  ['Poland delivered Krab howitzers.', 'Krab', 'other_weapons', 'POL'],
  ['Javelins and NLAWs arrived in February.', 'Javelins', 'other_weapons', 'USA'],
  ['Germany shipped Leopard 2A6 tanks.', 'Leopard 2A6', 'armour', 'DEU'],
  ['Kyiv received its first Abrams.', 'Abrams', 'armour', 'USA'],
  ['Les chars Leclerc ne sont pas livrés.', 'chars Leclerc', 'armour', 'FRA', 'fr'],
  ['Denmark handed over F-16s.', 'F-16s', 'aircraft', 'USA'],
  ['Paris a promis des Mirage 2000-5.', 'Mirage 2000-5', 'aircraft', 'FRA', 'fr'],
  ['Germany delivered another IRIS-T SLM.', 'IRIS-T SLM', 'air_defence', 'DEU'],
  ['Norway and the US sent NASAMS.', 'NASAMS', 'air_defence', 'NOR'],
  ['Kyiv asked for more Patriot batteries.', 'Patriot', 'air_defence', 'USA'],
  ['Les Gepard protègent les villes.', 'Gepard', 'air_defence', 'DEU', 'fr'],
  ['Rome and Paris will send another SAMP/T.', 'SAMP/T', 'air_defence', null],
  ['Allies pledged 155 mm shells.', '155 mm', 'artillery_ammunition', null],
  ['The Excalibur proved accurate.', 'Excalibur', 'artillery_ammunition', 'USA'],
  // North Korea and China
  ['North Korea shipped KN-23 missiles.', 'KN-23', 'missiles', 'PRK'],
  ['Pyongyang sent M1989 Koksan guns.', 'M1989 Koksan', 'other_weapons', 'PRK'],
  ['It also sent M1991 launchers.', 'M1991', 'other_weapons', 'PRK'],
  ['Stocks of 170mm shells went with them.', '170mm', 'artillery_ammunition', null],
  ['Units bought DJI Mavic drones.', 'DJI Mavic', 'drones', 'CHN'],
  ['Abu Dhabi supplied Wing Loong II drones.', 'Wing Loong II', 'drones', 'CHN'],
  // Iran, the Houthis, Hezbollah, Israel
  ['The Houthis fired a Burkan-3.', 'Burkan-3', 'missiles', 'IRN'],
  ['A Quds-1 was intercepted.', 'Quds-1', 'missiles', 'IRN'],
  ['Samad-3 drones flew toward Eilat.', 'Samad-3', 'drones', 'IRN'],
  ['The rebels showed a Toufan missile.', 'Toufan missile', 'missiles', 'IRN'],
  ['They used a 358 missile against the drone.', '358 missile', 'air_defence', 'IRN'],
  ['Iran sent Fath-360 missiles to Russia.', 'Fath-360', 'missiles', 'IRN'],
  ['Iran shipped Mohajer-6 drones to Sudan.', 'Mohajer-6', 'drones', 'IRN'],
  ['Hezbollah fired Fajr-5 rockets.', 'Fajr-5', 'artillery_ammunition', 'IRN'],
  ['Fighters used Almas missiles.', 'Almas', 'other_weapons', 'IRN'],
  ['Hezbollah fired Kornet missiles.', 'Kornet', 'other_weapons', 'RUS'],
  ['Washington sent JDAM kits to Israel.', 'JDAM', 'other_weapons', 'USA'],
  ['The shipment held MK-84 bombs.', 'MK-84', 'other_weapons', 'USA'],
  ['Israel ordered more F-35I jets.', 'F-35I', 'aircraft', 'USA'],
  ['Congress approved Apache helicopters.', 'Apache', 'aircraft', 'USA'],
  ['Iron Dome intercepted most rockets.', 'Iron Dome', 'air_defence', 'ISR'],
  ['The US replenished Tamir interceptors.', 'Tamir interceptors', 'air_defence', 'ISR'],
  ['أطلق الحوثيون قدس 2 على السفينة', 'قدس 2', 'missiles', 'IRN'],
  ['أطلقت مسيرات شاهد على المدينة', 'مسيرات شاهد', 'drones', 'IRN'],
  // Armenia–Azerbaijan, Myanmar, the Sahel, Taiwan, Turkey
  ['Baku used Harop drones.', 'Harop', 'drones', 'ISR'],
  ['An Orbiter-3 circled the town.', 'Orbiter-3', 'drones', 'ISR'],
  ['Belarus sold Polonez launchers.', 'Polonez', 'other_weapons', 'BLR'],
  ['Azerbaijan fired a LORA.', 'LORA', 'missiles', 'ISR'],
  ['Armenia fired Smerch rockets.', 'Smerch', 'other_weapons', 'RUS'],
  ['The junta bought Yak-130 jets.', 'Yak-130', 'aircraft', 'RUS'],
  ['It also flies FTC-2000G trainers.', 'FTC-2000G', 'aircraft', 'CHN'],
  ['Mali received an Akinci.', 'Akinci', 'drones', 'TUR'],
  ['Burkina Faso received Super Tucano aircraft.', 'Super Tucano', 'aircraft', 'BRA'],
  ['Taipei ordered Harpoon coastal batteries.', 'Harpoon', 'missiles', 'USA'],
  ['Taiwan fields Hsiung Feng III missiles.', 'Hsiung Feng III', 'missiles', 'TWN'],
  ['The first M1A2T tanks arrived.', 'M1A2T', 'armour', 'USA'],
  ['The army showed Stinger launchers.', 'Stinger', 'air_defence', 'USA'],
  ['Ankara sent Kirpi vehicles.', 'Kirpi', 'armour', 'TUR'],
  ['Gunners fired the T-155 Fırtına.', 'T-155 Fırtına', 'other_weapons', 'TUR'],
  ['Roketsan makes TRG-300 rockets.', 'TRG-300', 'artillery_ammunition', 'TUR'],
]

// Ordinary words, names and places that share a designation's letters: no designation there.
const NOT_DESIGNATIONS: ReadonlyArray<readonly [string, string, string?]> = [
  ['A study in The Lancet estimated the deaths.', 'Lancet'],
  ['President Zuzana Čaputová spoke in Bratislava.', 'Zuzana'],
  ['Ministers met in Milan on Monday.', 'Milan'],
  ['Il a fait ses courses chez Leclerc.', 'Leclerc', 'fr'],
  ['The Quds Force commander was killed.', 'Quds'],
  ['General Abdel Fattah al-Burhan said the war would go on.', 'Fattah'],
  ['The port of Khorramshahr reopened.', 'Khorramshahr'],
  ['Protests marked 15 Khordad in Tehran.', 'Khordad'],
  ['The archer missed the target.', 'archer'],
  ['The historian Arash Azizi was quoted.', 'Arash'],
  ['Hawks in Congress want more sanctions.', 'Hawks'],
  ['قال شاهد عيان إن الانفجار كان قويا', 'شاهد'],
  ['Лютий 2022 року змінив усе.', 'Лютий'],
]

describe('materiel designations', () => {
  test(`a table of ${TABLE.length} designations across the wars maps to category and maker`, () => {
    assert.ok(TABLE.length >= 60)
    const wrong: string[] = []
    for (const [text, words, category, origin, lang = 'en'] of TABLE) {
      const found = designationIn(text, words, lang)
      if (!found) wrong.push(`${words}: not found`)
      else if (found.category !== category || found.origin !== origin) wrong.push(`${words}: ${found.id} ${found.category} ${found.origin}, want ${category} ${origin}`)
    }
    assert.deepEqual(wrong, [])
  })

  test('names, places and ordinary words that share a designation are not read as one', () => {
    for (const [text, words, lang = 'en'] of NOT_DESIGNATIONS) {
      const start = text.indexOf(words)
      const hits = findHighlights(text, lang, knowledge).filter((h) => h.kind === 'materiel' && byId.has(h.entryId) && h.start <= start && h.end > start)
      assert.deepEqual(hits, [], `"${words}" in "${text}"`)
    }
  })

  test('no two entries claim the same form, and no designation is also a name or a generic word of another category', () => {
    const owner = new Map<string, { id: string; category: Category }>()
    const clashes: string[] = []
    for (const entry of designations) {
      for (const form of entry.forms) {
        const key = keyOf(form)
        const other = owner.get(key)
        if (other && other.id !== entry.id) clashes.push(`"${form}": ${other.id} (${other.category}) and ${entry.id} (${entry.category})`)
        owner.set(key, { id: entry.id, category: entry.category })
      }
    }
    for (const lexicon of Object.values(knowledge.data.languages)) {
      for (const entry of lexicon.materiel) {
        for (const form of entry.forms) {
          const other = owner.get(keyOf(form))
          if (other && other.category !== entry.category) clashes.push(`"${form}": ${other.id} (${other.category}) and ${entry.id} (${entry.category})`)
        }
      }
      const names = [...lexicon.actors.flatMap((a) => [...a.names, ...a.capitals, ...a.metonyms, ...a.demonyms]), ...lexicon.places.flatMap((p) => p.names), ...lexicon.people.flatMap((p) => p.names)]
      for (const name of names) if (owner.has(keyOf(name))) clashes.push(`"${name}" is a ${lexicon.lang} name and ${owner.get(keyOf(name))!.id}`)
    }
    assert.deepEqual(clashes, [])
  })

  test('every form can match: forms of capitalised entries begin with a capital (or a script without case)', () => {
    const dead: string[] = []
    for (const entry of designations) {
      if (entry.case_sensitive === false) continue
      for (const form of entry.forms) {
        const first = form[0]!
        const cased = first.toLowerCase() !== first.toUpperCase()
        // A digit or a lower-case first letter never passes the capital test of the matcher.
        if (!cased ? !/\p{L}/u.test(first) : first !== first.toUpperCase()) dead.push(`${entry.id}: "${form}"`)
      }
    }
    assert.deepEqual(dead, [])
  })

  test('the major systems of these wars are known: several hundred entries', () => {
    assert.ok(designations.length >= 300, `${designations.length} entries`)
  })
})
