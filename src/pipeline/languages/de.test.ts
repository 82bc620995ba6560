import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

// German sentences of the project's own across the wars: who supplies whom with what, and with which status.
describe('German support claims', () => {
  test('Deutschland hat der Ukraine weitere Leopard-2-Panzer geliefert.', () => {
    assert.deepEqual(triplesOf(analyze('Deutschland hat der Ukraine weitere Leopard-2-Panzer geliefert.', 'de')), ['DEU>UKR:armour'])
  })
  test('Der Iran liefert Russland seit Monaten Kampfdrohnen.', () => {
    assert.deepEqual(triplesOf(analyze('Der Iran liefert Russland seit Monaten Kampfdrohnen.', 'de')), ['IRN>RUS:drones'])
  })
  test('Nordkorea hat Millionen Artilleriegranaten an Russland geliefert, sagte der südkoreanische Geheimdienst.', () => {
    assert.deepEqual(claimsOf(analyze('Nordkorea hat Millionen Artilleriegranaten an Russland geliefert, sagte der südkoreanische Geheimdienst.', 'de')), ['PRK>RUS:artillery_ammunition:confirmed'])
  })
  test('Die Panzer wurden von Polen an die Ukraine geliefert.', () => {
    assert.deepEqual(triplesOf(analyze('Die Panzer wurden von Polen an die Ukraine geliefert.', 'de')), ['POL>UKR:armour'])
  })
  test('Der Ukraine wurden von den USA Patriot-Systeme übergeben.', () => {
    assert.deepEqual(triplesOf(analyze('Der Ukraine wurden von den USA Patriot-Systeme übergeben.', 'de')), ['USA>UKR:air_defence'])
  })
  test('Berlin stellt der Ukraine zusätzliche Flugabwehrsysteme zur Verfügung.', () => {
    assert.deepEqual(triplesOf(analyze('Berlin stellt der Ukraine zusätzliche Flugabwehrsysteme zur Verfügung.', 'de')), ['DEU>UKR:air_defence'])
  })
  test('Großbritannien sagte der Ukraine neue Marschflugkörper zu.', () => {
    assert.deepEqual(claimsOf(analyze('Großbritannien sagte der Ukraine neue Marschflugkörper zu.', 'de')), ['GBR>UKR:missiles:alleged_future'])
  })
  test('Laut Selenskyj will Deutschland der Ukraine Taurus-Marschflugkörper liefern.', () => {
    assert.deepEqual(claimsOf(analyze('Laut Selenskyj will Deutschland der Ukraine Taurus-Marschflugkörper liefern.', 'de')), ['DEU>UKR:missiles:alleged_future'])
  })
  test('Russland hat ballistische Raketen aus dem Iran erhalten.', () => {
    assert.deepEqual(triplesOf(analyze('Russland hat ballistische Raketen aus dem Iran erhalten.', 'de')), ['IRN>RUS:missiles'])
  })
  test('Russland setzt iranische Shahed-Drohnen gegen ukrainische Städte ein.', () => {
    assert.deepEqual(claimsOf(analyze('Russland setzt iranische Shahed-Drohnen gegen ukrainische Städte ein.', 'de')), ['IRN>RUS:drones:reported'])
  })
  test('Britische Ausbilder bilden ukrainische Soldaten in England aus.', () => {
    assert.deepEqual(triplesOf(analyze('Britische Ausbilder bilden ukrainische Soldaten in England aus.', 'de')), ['GBR>UKR:trainers'])
  })
  test('Nordkorea hat Tausende Soldaten nach Russland entsandt.', () => {
    assert.deepEqual(triplesOf(analyze('Nordkorea hat Tausende Soldaten nach Russland entsandt.', 'de')), ['PRK>RUS:troops'])
  })
  test('Teheran bestreitet, Drohnen an Russland geliefert zu haben.', () => {
    assert.deepEqual(claimsOf(analyze('Teheran bestreitet, Drohnen an Russland geliefert zu haben.', 'de')), ['IRN>RUS:drones:denied'])
  })
  test('Die Bundesregierung hat der Ukraine keine Kampfjets geliefert.', () => {
    assert.deepEqual(claimsOf(analyze('Die Bundesregierung hat der Ukraine keine Kampfjets geliefert.', 'de')), ['DEU>UKR:aircraft:denied'])
  })
  test('Der Iran soll den Huthis Raketen geliefert haben.', () => {
    assert.deepEqual(claimsOf(analyze('Der Iran soll den Huthis Raketen geliefert haben.', 'de')), ['IRN>YEM:missiles:reported'])
  })
  test('Nach Angaben der USA hat der Iran der Hisbollah Drohnen geschickt.', () => {
    assert.deepEqual(triplesOf(analyze('Nach Angaben der USA hat der Iran der Hisbollah Drohnen geschickt.', 'de')), ['IRN>HEZBOLLAH:drones'])
  })
  test('Die USA liefern Israel bunkerbrechende Bomben.', () => {
    assert.deepEqual(triplesOf(analyze('Die USA liefern Israel bunkerbrechende Bomben.', 'de')), ['USA>ISR:other_weapons'])
  })
  test('Die Türkei hat Aserbaidschan Bayraktar-Drohnen verkauft.', () => {
    assert.deepEqual(triplesOf(analyze('Die Türkei hat Aserbaidschan Bayraktar-Drohnen verkauft.', 'de')), ['TUR>AZE:drones'])
  })
  test('China beliefert Russland mit Mikrochips und Werkzeugmaschinen.', () => {
    assert.deepEqual(triplesOf(analyze('China beliefert Russland mit Mikrochips und Werkzeugmaschinen.', 'de')), ['CHN>RUS:components_dual_use'])
  })
  test('Die Junta in Myanmar hat Kampfjets aus Russland gekauft.', () => {
    assert.deepEqual(triplesOf(analyze('Die Junta in Myanmar hat Kampfjets aus Russland gekauft.', 'de')), ['RUS>MMR:aircraft'])
  })
  test('Frankreich finanziert die Ukraine mit 2 Milliarden Euro.', () => {
    assert.deepEqual(triplesOf(analyze('Frankreich finanziert die Ukraine mit 2 Milliarden Euro.', 'de')), ['FRA>UKR:financial'])
  })
  test('Der Kreml bestätigte, dass nordkoreanische Soldaten in der Region Kursk kämpfen.', () => {
    assert.deepEqual(claimsOf(analyze('Der Kreml bestätigte, dass nordkoreanische Soldaten in der Region Kursk kämpfen.', 'de')), ['PRK>RUS:troops:confirmed'])
  })
  test('Dänemark bildet ukrainische Piloten auf F-16-Kampfjets aus.', () => {
    assert.deepEqual(triplesOf(analyze('Dänemark bildet ukrainische Piloten auf F-16-Kampfjets aus.', 'de')), ['DNK>UKR:trainers'])
  })
  test('Die Lieferung iranischer Drohnen an Russland begann im Sommer.', () => {
    assert.deepEqual(triplesOf(analyze('Die Lieferung iranischer Drohnen an Russland begann im Sommer.', 'de')), ['IRN>RUS:drones'])
  })
  test('Russland ist der wichtigste Waffenlieferant Armeniens.', () => {
    assert.deepEqual(triplesOf(analyze('Russland ist der wichtigste Waffenlieferant Armeniens.', 'de')), ['RUS>ARM:other_weapons'])
  })
  test('Jordanien hat iranische Drohnen über Israel abgefangen.', () => {
    assert.deepEqual(triplesOf(analyze('Jordanien hat iranische Drohnen über Israel abgefangen.', 'de')), ['JOR>ISR:air_defence'])
  })
  test('Die Drohnen, die Iran an Russland geliefert hat, werden gegen Kiew eingesetzt.', () => {
    assert.deepEqual(triplesOf(analyze('Die Drohnen, die Iran an Russland geliefert hat, werden gegen Kiew eingesetzt.', 'de')), ['IRN>RUS:drones'])
  })
  test('Polen kauft Kampfpanzer aus Südkorea.', () => {
    assert.deepEqual(triplesOf(analyze('Polen kauft Kampfpanzer aus Südkorea.', 'de')), ['KOR>POL:armour'])
  })
  test('Belarus stellt Russland sein Territorium für Raketenangriffe zur Verfügung.', () => {
    assert.deepEqual(triplesOf(analyze('Belarus stellt Russland sein Territorium für Raketenangriffe zur Verfügung.', 'de')), ['BLR>RUS:territory_access'])
  })
})

describe('German quotes and their speakers', () => {
  test('„Wir werden der Ukraine weitere Flugabwehrsysteme liefern“, sagte Verteidigungsminister Boris Pistorius am Montag.', () => {
    const a = analyze('„Wir werden der Ukraine weitere Flugabwehrsysteme liefern“, sagte Verteidigungsminister Boris Pistorius am Montag.', 'de')
    assert.equal(a.quotes[0]?.speaker, 'Boris Pistorius')
    assert.equal(a.quotes[0]?.text, 'Wir werden der Ukraine weitere Flugabwehrsysteme liefern')
    assert.deepEqual(claimsOf(a), ['DEU>UKR:air_defence:alleged_future'])
  })
  test('Kremlsprecher Dmitri Peskow erklärte: „Russland hat keine Drohnen aus dem Iran gekauft.“', () => {
    const a = analyze('Kremlsprecher Dmitri Peskow erklärte: „Russland hat keine Drohnen aus dem Iran gekauft.“', 'de')
    assert.equal(a.quotes[0]?.speaker, 'Dmitri Peskow')
    assert.equal(a.quotes[0]?.text, 'Russland hat keine Drohnen aus dem Iran gekauft.')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:denied'])
  })
})

// German capitalises nouns and marks roles with articles: a role after "der/die" names the person
// just named, and a capitalised noun after a determiner is never a person.
describe('German speakers named by their role or next to capitalised nouns', () => {
  const speakers = (text: string): Array<string | null> => analyze(text, 'de').quotes.map((q) => q.speaker)
  test('a party role after "der" refers to the politician named before', () => {
    assert.deepEqual(speakers('Bundeskanzler Olaf Scholz (SPD) sprach am Abend in Berlin. „Wir liefern keine Marschflugkörper“, betonte der SPD-Politiker.'), ['Olaf Scholz'])
  })
  test('a role after "die" refers to the person named before, not to the committee after it', () => {
    assert.deepEqual(speakers('Die Abgeordnete Katrin Albers stimmte für den Antrag. „Das System ist klar genannt worden“, sagte die Vorsitzende des Verteidigungsausschusses am Donnerstag.'), ['Katrin Albers'])
  })
  test('"bei einer Sitzung des … Parlaments" names no one', () => {
    assert.deepEqual(speakers('Finanzminister Anton Petrow äußerte sich in Moskau. „Fast alle unsere Drohnen kommen aus China“, sagte der Minister bei einer Sitzung des Haushaltsausschusses des russischen Parlaments.'), ['Anton Petrow'])
  })
  test('the name in apposition after "des Nationalen Sicherheitsrates" is the speaker', () => {
    assert.deepEqual(speakers('„Das sind Millionen Granaten“, sagte der Sprecher des Nationalen Sicherheitsrates im Weißen Haus, John Kirby, am Dienstag.'), ['John Kirby'])
  })
  test('"berichtet" after a quotation reports the words of the person named', () => {
    assert.deepEqual(speakers('Die Lage sei ernst, sagt Kim Sang-woo, ein Mitglied des Geheimdienstausschusses. „Es sieht so aus, dass der Start bald kommt“, berichtet Kim unter Berufung auf den Geheimdienst.'), ['Kim Sang-woo'])
  })
})

describe('German targets, amounts of aid and word forms', () => {
  test('the actor after "gegen" is the enemy, not a recipient', () => {
    assert.deepEqual(triplesOf(analyze('Frankreich hat Polen Flugabwehrsysteme zur Verteidigung gegen die russischen Angreifer geliefert.', 'de')), ['FRA>POL:air_defence'])
  })
  test('Waffen gegen Russland: Russland receives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Kanada liefert der Ukraine Waffen gegen Russland.', 'de')), ['CAN>UKR:other_weapons'])
  })
  test('an amount of military aid is military aid, not money', () => {
    assert.deepEqual(triplesOf(analyze('Norwegen stellt der Ukraine in diesem Jahr 2 Milliarden Euro Militärhilfe bereit.', 'de')), ['NOR>UKR:other_weapons'])
  })
  test('Militärdrohnen are drones', () => {
    assert.deepEqual(triplesOf(analyze('Russland hat Militärdrohnen aus dem Iran gekauft.', 'de')), ['IRN>RUS:drones'])
  })
})

describe('German reported speech (Konjunktiv I)', () => {
  const quotes = (text: string): string[] => analyze(text, 'de').quotes.map((q) => `${q.speaker}: ${q.text}`)
  test('quoted words in a sentence in Konjunktiv I continue the last speaker', () => {
    assert.deepEqual(quotes('Er habe mit seinen Kollegen ein Treffen vereinbart, sagte Verteidigungsminister Jan Berger am Mittwoch. Bei der Zusammenstellung der Verbände seien die Partner "noch nicht am Ziel". Es gebe "noch Spielraum nach oben".'), ['Jan Berger: noch nicht am Ziel', 'Jan Berger: noch Spielraum nach oben'])
  })
  test('the indicative names no speaker', () => {
    assert.deepEqual(quotes('Die Ministerin Eva Lang reiste am Montag nach Kiew, sagte ein Sprecher. Der Besuch war für viele "überraschend".'), [])
  })
  test('a sentence with its own reporting verb keeps its own speaker', () => {
    assert.deepEqual(quotes('Das Paket sei fertig, sagte Kanzler Paul Weiß. Die Lage sei "ernst", erklärte Außenministerin Anna Roth.'), ['Anna Roth: ernst'])
  })
})

describe('German: a verb after a subordinate clause has its subject after it', () => {
  test('"Berichte, wonach …, nannte X „…“" is the words of X, not of the states in the clause', () => {
    const a = analyze('Berichte, wonach Teheran Moskau mit Raketen versorgt hätte, nannte Außenminister Ali Rahimi "völlig falsch".', 'de')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Ali Rahimi'])
    assert.deepEqual(claimsOf(a), ['IRN>RUS:missiles:denied'])
  })
  test('"bezeichnete" reports words too', () => {
    const a = analyze('Die Lieferungen an Israel bezeichnete die Abgeordnete Lea Sommer als "unverantwortlich".', 'de')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Lea Sommer'])
  })
})

describe('German relative clauses in the dative, complements and sources', () => {
  const t = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  // A relative pronoun that cannot be the subject, in a clause with its own subject: the antecedent receives.
  t('Die Ukraine, der Deutschland im Mai die Lieferung von Gepard-Panzern versprochen hatte, wartet noch.', ['DEU>UKR:air_defence'])
  t('Russland, dem der Iran seit Monaten Drohnen liefert, greift weiter an.', ['IRN>RUS:drones'])
  t('Die Huthis, denen Teheran Raketen geschickt hat, drohen Israel.', ['IRN>YEM:missiles'])
  t('Die Türkei, der Schweden Waffen verkaufen will, stimmte zu.', ['SWE>TUR:other_weapons'])
  // …but "der" after a masculine name, and "das", are subjects.
  t('Der Iran, der Russland seit Monaten Drohnen liefert, bestreitet alles.', ['IRN>RUS:drones'])
  t('Nordkorea, das Russland Granaten geliefert hat, erhält Öl.', ['PRK>RUS:artillery_ammunition'])
  // A relative clause after the trigger has its own verb: its place is not the recipient.
  t('China und Russland arbeiten an der Produktion einer neuen Drohne, die in der Ukraine eingesetzt werden soll.', [])
  t('Der Iran liefert Russland Drohnen, die in der Ukraine eingesetzt werden.', ['IRN>RUS:drones'])
  // What tools and machines serve to make is their complement.
  t('China hat Mikrochips und Werkzeuge zur Herstellung von Panzern an Russland geliefert.', ['CHN>RUS:components_dual_use'])
  t('China liefert Maschinen und Mikroelektronik an Russland.', ['CHN>RUS:components_dual_use'])
  t('Belarus schickte Werkzeuge für die Produktion von Granaten nach Russland.', ['BLR>RUS:components_dual_use'])
  // Missiles for an air defence system are interceptors.
  t('Deutschland hat 30 Raketen für das Flugabwehrsystem Patriot an die Ukraine geliefert.', ['DEU>UKR:air_defence'])
  t('Die USA schicken der Ukraine Lenkflugkörper für die Luftverteidigung.', ['USA>UKR:air_defence'])
  t('Norwegen liefert Raketen für ukrainische Kampfjets.', ['NOR>UKR:missiles'])
  // "X zufolge" names a source, never a party.
  t('Kirby zufolge hat Russland Drohnen aus dem Iran gekauft.', ['IRN>RUS:drones'])
  t('Der Ukraine zufolge hat Nordkorea Raketen an Russland geliefert.', ['PRK>RUS:missiles'])
  t('Dem Pentagon zufolge zeigt der Kauf von Kampfdrohnen aus dem Iran die Schwäche der Armee.', [])
  // A sum "im Wert von" measures the arms.
  t('Deutschland lieferte Waffen im Wert von 2 Milliarden Euro an die Ukraine.', ['DEU>UKR:other_weapons'])
  t('Frankreich hat Munition im Wert von 300 Millionen Euro an die Ukraine geschickt.', ['FRA>UKR:artillery_ammunition'])
  // "weder von X noch von Y": both are named.
  t('Die Waffen wurden weder von den Briten noch von den Amerikanern an die Ukraine geliefert.', ['GBR>UKR:other_weapons', 'USA>UKR:other_weapons'])
  t('Keine Panzer kamen weder aus Polen noch aus Tschechien in die Ukraine.', [])
})

describe('German: purposes, datelines, lists, agent nouns before a final copula, training received', () => {
  const t = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  // Ammunition for small arms is cartridges; a tank battalion is armour.
  t('Deutschland genehmigte die Lieferung von 100 000 Schuss Munition für Maschinengewehre an Israel.', ['DEU>ISR:small_arms'])
  t('Berlin will der Ukraine zwei Panzer-Bataillone mit Leopard-Panzern zur Verfügung stellen.', ['DEU>UKR:armour'])
  // A city in capitals opening a sentence is the dateline.
  t('VILNIUS Rüstungsexporte nach Saudi-Arabien sind umstritten.', [])
  t('MOSKAU (dpa) - Russland hat Drohnen aus dem Iran gekauft.', ['IRN>RUS:drones'])
  t('Moskau hat Drohnen aus dem Iran gekauft.', ['IRN>RUS:drones'])
  // Attributes between the article and the name: the preposition still governs it.
  t('Russland kaufte Granaten von der international isolierten nordkoreanischen Regierung.', ['PRK>RUS:artillery_ammunition'])
  t('Das zeigen Russlands Käufe von der international isolierten nordkoreanischen Regierung sowie der Kauf von Drohnen aus dem Iran.', ['IRN>RUS:drones'])
  // An ally is a relation, not a transfer.
  t('Belarus gilt als wichtigster Verbündeter Russlands.', [])
  // The copula closes the clause: its subject stands before the agent noun.
  t('Er sagte, dass Deutschland der größte Waffenlieferant der Ukraine sei.', ['DEU>UKR:other_weapons'])
  t('Sie betonte, dass Nordkorea inzwischen der wichtigste Munitionslieferant Russlands sei.', ['PRK>RUS:artillery_ammunition'])
  // A list runs on past a first person and beyond the trigger's reach; a capitalised demonym is a noun.
  t('Die Waffen wurden an die Ukraine geliefert, weder von den Briten noch von den Franzosen, noch von uns, von den Amerikanern auch nicht.', ['GBR>UKR:other_weapons', 'FRA>UKR:other_weapons', 'USA>UKR:other_weapons'])
  t('Die Panzer wurden von den Amerikanern bisher nicht an die Ukraine geliefert.', ['USA>UKR:armour'])
  // Training received "durch" someone: they train, the subject is trained.
  t('Nordkoreanische Offiziere erhielten eine Ausbildung durch russische Streitkräfte.', ['RUS>PRK:trainers'])
  t('Die Ukraine erhielt eine Ausbildung durch britische Ausbilder.', ['GBR>UKR:trainers'])
  t('Die Ausbildung ukrainischer Soldaten durch britische Ausbilder dauert fünf Wochen.', ['GBR>UKR:trainers'])
  t('Britische Ausbilder haben ukrainische Soldaten ausgebildet.', ['GBR>UKR:trainers'])
  // What is made in a state comes from it; "deren" opens a relative clause of its own.
  t('Die Bauteile werden in China hergestellt und gelangen nach Russland.', ['CHN>RUS:components_dual_use'])
  t('Die Ukraine wird mit russischen Drohnen angegriffen, deren Bauteile zum großen Teil in China hergestellt wurden.', [])
  t('Russland greift mit Drohnen an, deren Motoren in China hergestellt werden. China liefert Russland auch Mikrochips.', ['CHN>RUS:components_dual_use'])
  t('Der Iran hilft, in Russland eine Drohnenfabrik zu bauen.', ['IRN>RUS:production_licence'])
})

describe('German status: the verb closing the clause of a trigger noun governs it', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // Refusals, requests, suspensions and announcements stand at the end of the clause.
  s('Der Kanzler hat die Lieferung deutscher Kampfjets an die Ukraine abgelehnt.', ['DEU>UKR:aircraft:denied'])
  s('Die Lieferung britischer Raketen an Saudi-Arabien ist vom Tisch.', ['GBR>SAU:missiles:denied'])
  s('Die Opposition hat die Lieferung deutscher Marschflugkörper an die Ukraine gefordert.', ['DEU>UKR:missiles:opinion'])
  s('Die Regierung hat die Lieferung deutscher Munition an Israel vorerst gestoppt.', ['DEU>ISR:artillery_ammunition:denied'])
  s('Die Bundesregierung hat die Lieferung deutscher Patriot-Systeme an die Ukraine angekündigt.', ['DEU>UKR:air_defence:alleged_future'])
  // Its subject, before the noun, is who speaks.
  s('Die Bundesregierung hat die Lieferung weiterer deutscher Leopard-Panzer an Litauen bestätigt.', ['DEU>LTU:armour:confirmed'])
  s('Moskau hat die Lieferung nordkoreanischer Granaten an Russland bestritten.', ['PRK>RUS:artillery_ammunition:denied'])
  // A verb after a comma or in a clause of its own does not.
  s('Die Lieferung deutscher Panzer an die Ukraine läuft, obwohl die Opposition sie abgelehnt hat.', ['DEU>UKR:armour:reported'])
})

describe('German status: Konjunktiv II, negated nouns, canvassing', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // "könnte / würde" with an infinitive: a transfer that may still come; with a perfect infinitive: hearsay.
  s('Es wird spekuliert, dass Spanien der Ukraine Kampfjets liefern könnte.', ['ESP>UKR:aircraft:alleged_future'])
  s('Polen könnte der Ukraine weitere Panzer schicken.', ['POL>UKR:armour:alleged_future'])
  s('Italien würde der Ukraine Flugabwehrsysteme liefern, sagte die Ministerin.', ['ITA>UKR:air_defence:alleged_future'])
  s('Es heißt, dass der Iran Russland Raketen geliefert haben könnte.', ['IRN>RUS:missiles:reported'])
  // A negation of another noun, before a preposition, leaves the materiel alone.
  s('Es gibt keine Auflagen mehr für Panzer, die Deutschland an die Ukraine geliefert hat.', ['DEU>UKR:armour:reported'])
  s('Keine Regeln gelten für Drohnen, die die Türkei an Aserbaidschan verkauft hat.', ['TUR>AZE:drones:reported'])
  s('Deutschland hat keine Kampfjets an die Ukraine geliefert.', ['DEU>UKR:aircraft:denied'])
  // Canvassing for a transfer is an opinion about it.
  s('Die Union wirbt für die Lieferung deutscher Marschflugkörper an die Ukraine.', ['DEU>UKR:missiles:opinion'])
})

describe('German status: sources before the finite verb, newspapers, government spokespeople', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // "Laut X" opens the clause and the finite verb follows it: X is the source.
  s('Laut John Kirby hat Nordkorea Russland Raketen geliefert.', ['PRK>RUS:missiles:confirmed'])
  s('Laut Pentagon liefert Nordkorea Russland Raketen.', ['PRK>RUS:missiles:confirmed'])
  s('Nach Angaben des Pentagons hat der Iran Russland Drohnen geschickt.', ['IRN>RUS:drones:confirmed'])
  // A newspaper or an agency reports.
  s('Laut der Zeitung Kurier liefert Nordkorea Russland Raketen.', ['PRK>RUS:missiles:reported'])
  s('Der Iran liefert Russland Drohnen, berichtet das Nachrichtenmagazin Profil.', ['IRN>RUS:drones:reported'])
  // An unnamed government spokesperson speaks for the government.
  s('Nordkorea liefert Russland Raketen, sagte ein Regierungssprecher in Seoul.', ['PRK>RUS:missiles:confirmed'])
})

describe('German status: a hedging adverb after the auxiliary', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // It neither cuts the subject off its verb nor speaks: the journalist's hedge is a report, a named speaker's an assertion.
  s('Nordkorea hat vermutlich Raketen an Russland geliefert.', ['PRK>RUS:missiles:reported'])
  s('Belarus hat mutmaßlich Munition an Russland geschickt.', ['BLR>RUS:artillery_ammunition:reported'])
  s('Der Iran hat wahrscheinlich Russland Drohnen geliefert, sagte der Experte Karl Baum.', ['IRN>RUS:drones:asserted'])
})

describe('German status: a request turned down', () => {
  const voices = (text: string): string[] => analyze(text, 'de').support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  // The refusal is its subject's; the request stays the opinion of whoever made it, named in the genitive.
  test('"wies die Forderung der Ukraine zurück, … zu liefern"', () => {
    assert.deepEqual(voices('Scholz wies die Forderung der Ukraine zurück, Marschflugkörper zu liefern.'), ['DEU>UKR:denied:Scholz', 'DEU>UKR:opinion:Ukraine'])
    assert.deepEqual(voices('Die Bundesregierung wies die Bitte Kiews zurück, Kampfjets an die Ukraine zu liefern.'), ['DEU>UKR:denied:Bundesregierung', 'DEU>UKR:opinion:Kiews'])
  })
})

describe('German status: a claim in Konjunktiv I goes on with the last speaker', () => {
  const voices = (text: string): string[] => analyze(text, 'de').support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('an official confirms, an expert asserts, the indicative is the journalist’s', () => {
    assert.deepEqual(voices('Verteidigungsminister Boris Pistorius sagte am Montag, die Lage sei ernst. Deutschland habe der Ukraine bereits 18 Leopard-Panzer geliefert.'), ['DEU>UKR:confirmed:Boris Pistorius'])
    assert.deepEqual(voices('Der Experte Karl Baum sagte, die Lage sei ernst. Der Iran habe Russland Drohnen geliefert.'), ['IRN>RUS:asserted:Karl Baum'])
    assert.deepEqual(voices('Der Minister Jan Berger reiste nach Kiew. Deutschland hat der Ukraine Panzer geliefert.'), ['DEU>UKR:reported:null'])
  })
})

describe('German status: an announced zu-infinitive', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // The announcer is the supplier, and what is announced is still to come.
  s('Die USA haben angekündigt, Raketen an die Ukraine zu liefern.', ['USA>UKR:missiles:alleged_future'])
  s('Polen hat angekündigt, Panzer an die Ukraine zu schicken.', ['POL>UKR:armour:alleged_future'])
  s('Die Niederlande kündigten an, Kampfjets an die Ukraine zu liefern.', ['NLD>UKR:aircraft:alleged_future'])
  s('Teheran gab bekannt, Drohnen an Russland zu liefern.', ['IRN>RUS:drones:alleged_future'])
  // A confirmed perfect infinitive is done.
  s('Der Iran bestätigte, Drohnen an Russland geliefert zu haben.', ['IRN>RUS:drones:confirmed'])
})

describe('German status: ministries and governments speak in an incise', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Großbritannien hat der Ukraine Raketen geliefert, bestätigte das Verteidigungsministerium in London.', ['GBR>UKR:missiles:confirmed'])
  s('Frankreich hat der Ukraine Haubitzen geschickt, sagte das französische Außenministerium.', ['FRA>UKR:other_weapons:confirmed'])
  s('Nordkorea liefert Russland Granaten, sagte die Regierung in Seoul.', ['PRK>RUS:artillery_ammunition:confirmed'])
})

describe('German: promises and plans governing a zu-infinitive, "der" before a name after a comma', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // ", der Ukraine" is the dative article of the name, not a relative pronoun.
  s('Die USA haben angekündigt, der Ukraine weitere Raketen zu liefern.', ['USA>UKR:missiles:alleged_future'])
  s('Berlin hat zugesagt, der Ukraine weitere Haubitzen zu liefern.', ['DEU>UKR:other_weapons:alleged_future'])
  s('Die Niederlande haben versprochen, der Ukraine Kampfjets zu liefern.', ['NLD>UKR:aircraft:alleged_future'])
  s('Polen plant, der Ukraine weitere Panzer zu schicken.', ['POL>UKR:armour:alleged_future'])
  // A relative pronoun before a subject stays one.
  s('Russland, dem der Iran seit Monaten Drohnen liefert, greift weiter an.', ['IRN>RUS:drones:reported'])
})

describe('German: a source after the auxiliary', () => {
  const voices = (text: string): string[] => analyze(text, 'de').support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('"hat nach Angaben X / laut X … geliefert" keeps the subject and names X, not what is supplied', () => {
    assert.deepEqual(voices('Nordkorea hat nach Angaben Südkoreas Millionen Granaten an Russland geliefert.'), ['PRK>RUS:confirmed:Südkoreas'])
    assert.deepEqual(voices('Nordkorea hat laut Pentagon Raketen an Russland geliefert.'), ['PRK>RUS:confirmed:Pentagon'])
    assert.deepEqual(voices('Der Iran hat laut Medienberichten Drohnen an Russland geschickt.'), ['IRN>RUS:reported:null'])
  })
  test('and anywhere between the auxiliary and the verb that closes the clause', () => {
    assert.deepEqual(voices('Der Iran hat Russland laut US-Geheimdiensten Hunderte Raketen geliefert.'), ['IRN>RUS:confirmed:US-Geheimdiensten'])
    assert.deepEqual(voices('China hat Russland nach Erkenntnissen der Nato Drohnenteile verkauft.'), ['CHN>RUS:confirmed:Nato'])
  })
})

describe('German: a participle of giving declined before its noun', () => {
  test('"die von Iran gelieferten Drohnen" reads as a passive: by whom, to whom, what', () => {
    assert.deepEqual(triplesOf(analyze('Russland setzt die von Iran gelieferten Drohnen gegen ukrainische Städte ein.', 'de')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Die von Deutschland an die Ukraine gelieferten Leopard-Panzer sind an der Front.', 'de')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Die Ukraine hat die von Großbritannien gelieferten Storm-Shadow-Raketen eingesetzt.', 'de')), ['GBR>UKR:missiles'])
  })
  test('with no one named, it claims nothing', () => {
    assert.deepEqual(triplesOf(analyze('Die gelieferten Waffen reichen nicht aus.', 'de')), [])
  })
})

describe('German: "X wirft Y vor, … zu liefern"', () => {
  const voices = (text: string): string[] => analyze(text, 'de').support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('the one accused, dative or bare, supplies; the accuser speaks', () => {
    assert.deepEqual(voices('Die USA werfen dem Iran vor, Russland mit Raketen zu beliefern.'), ['IRN>RUS:asserted:USA'])
    assert.deepEqual(voices('Die USA werfen dem Iran vor, Raketen an Russland zu liefern.'), ['IRN>RUS:asserted:USA'])
    assert.deepEqual(voices('Washington wirft Peking vor, Russland Drohnenteile zu liefern.'), ['CHN>RUS:asserted:Washington'])
  })
})

describe('German: an announced zu-infinitive of a verb listed as a participle', () => {
  test('"zu überlassen", "zu übergeben" are still to come', () => {
    assert.deepEqual(claimsOf(analyze('Die Niederlande haben angekündigt, der Ukraine F-16-Kampfjets zu übergeben.', 'de')), ['NLD>UKR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Die Türkei kündigte an, Aserbaidschan weitere Drohnen zu überlassen.', 'de')), ['TUR>AZE:drones:alleged_future'])
  })
  test('while a participle after its auxiliary is done', () => {
    assert.deepEqual(claimsOf(analyze('Deutschland hat der Ukraine Panzer überlassen.', 'de')), ['DEU>UKR:armour:reported'])
  })
})

describe('German: opening or closing one’s airspace, bases or ports to a state', () => {
  test('the owner who opens them gives access; who closes them to a state refuses it', () => {
    assert.deepEqual(triplesOf(analyze('Die Türkei öffnete ihre Häfen für russische Kriegsschiffe.', 'de')), ['TUR>RUS:territory_access'])
    assert.deepEqual(claimsOf(analyze('Saudi-Arabien sperrte seinen Luftraum für iranische Flugzeuge.', 'de')), ['SAU>IRN:territory_access:denied'])
  })
  test('closing them to all, or flying into another’s airspace, names no access', () => {
    assert.deepEqual(triplesOf(analyze('Der Iran schloss seinen Luftraum.', 'de')), [])
    assert.deepEqual(triplesOf(analyze('Israelische Kampfjets drangen in den syrischen Luftraum ein.', 'de')), [])
  })
})

describe('German status: a modal of hearsay after the verb or over a trigger noun, a time to come later in the clause', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // Where the verb closes the clause, "soll" follows it: a present infinitive plans, a perfect one reports.
  s('Die Zeitung berichtete, dass Iran den Huthis im Herbst weitere Drohnen liefern soll.', ['IRN>YEM:drones:alleged_future'])
  s('Wie die Agentur meldete, ist unklar, ob Russland Myanmar Kampfjets liefern soll.', ['RUS>MMR:aircraft:alleged_future'])
  s('Die Zeitung berichtete, dass Iran den Huthis Drohnen geliefert haben soll.', ['IRN>YEM:drones:reported'])
  // A trigger noun as the modal's subject, before or after it.
  s('Die Lieferung von Kampfjets aus Russland an Myanmar soll im Herbst beginnen.', ['RUS>MMR:aircraft:alleged_future'])
  s('Nach Angaben der Zeitung soll die Lieferung türkischer Drohnen an Aserbaidschan noch vor Jahresende erfolgen.', ['TUR>AZE:drones:alleged_future'])
  s('Die Lieferung von Drohnen aus dem Iran an die Huthis soll bereits im Frühjahr erfolgt sein.', ['IRN>YEM:drones:reported'])
  // A word of time to come anywhere later in the clause of the verb.
  s('Die USA liefern Israel nach Angaben der Zeitung in den kommenden Wochen weitere Bomben.', ['USA>ISR:other_weapons:alleged_future'])
  s('Die Türkei schickt Aserbaidschan laut dem Bericht nächste Woche weitere Drohnen.', ['TUR>AZE:drones:alleged_future'])
  s('Der Iran liefert den Huthis seit Jahren Raketen, die in den kommenden Wochen eingesetzt werden.', ['IRN>YEM:missiles:reported'])
  // Hearsay in a relative clause after the trigger is that clause's.
  s('Die USA stellen Israel weitere Bomben zur Verfügung, die im Sommer geliefert werden sollen.', ['USA>ISR:other_weapons:reported'])
  // A transfer foreseen is a plan.
  s('Die Lieferung der Drohnen aus der Türkei an Aserbaidschan ist für das kommende Jahr vorgesehen.', ['TUR>AZE:drones:alleged_future'])
})

describe('German status: "werden" before a participle makes the passive of the present, not a plan', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Die Drohnen werden von der Türkei an Aserbaidschan verkauft.', ['TUR>AZE:drones:reported'])
  s('Mikrochips werden aus China nach Russland exportiert.', ['CHN>RUS:components_dual_use:reported'])
  s('Den Huthis werden vom Iran weiterhin Raketen geliefert.', ['IRN>YEM:missiles:reported'])
  // A second auxiliary after the participle, a word of time to come, or a modal keeps the plan.
  s('Die Panzer werden von Deutschland an die Ukraine geliefert werden.', ['DEU>UKR:armour:alleged_future'])
  s('Die Kampfjets werden bald von Russland an Myanmar geliefert.', ['RUS>MMR:aircraft:alleged_future'])
  s('Die Raketen sollen von Nordkorea an Russland geliefert werden.', ['PRK>RUS:missiles:alleged_future'])
  s('Der Iran wird den Huthis Raketen liefern.', ['IRN>YEM:missiles:alleged_future'])
})

describe('German: a state denying the reports of a transfer with no giver denies its own', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Teheran wies Berichte über Raketenlieferungen an Russland zurück.', ['IRN>RUS:missiles:denied'])
  s('Pjöngjang dementiert die Berichte über Munitionslieferungen an Russland.', ['PRK>RUS:artillery_ammunition:denied'])
  s('Ankara bestreitet Meldungen über Drohnenlieferungen an den Sudan.', ['TUR>SDN:drones:denied'])
  // A giver named in the reports stays the giver.
  s('Seoul bestätigte Berichte über Munitionslieferungen Nordkoreas an Russland.', ['PRK>RUS:artillery_ammunition:confirmed'])
})

describe('German: a recipient in the dative between the governing verb and a transfer noun', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Washington verweigert der Ukraine die Lieferung weitreichender Raketen.', ['USA>UKR:missiles:denied'])
  s('Die Türkei verweigert dem Sudan den Verkauf von Drohnen.', ['TUR>SDN:drones:denied'])
  s('Washington hat der Ukraine die Lieferung von ATACMS verweigert.', ['USA>UKR:missiles:denied'])
  s('Der Iran kündigte den Huthis die Lieferung neuer Raketen an.', ['IRN>YEM:missiles:alleged_future'])
  s('Russland kündigte dem Iran den Verkauf von Kampfjets an.', ['RUS>IRN:aircraft:alleged_future'])
})

describe('German: a participle of using or getting declined before its noun, and an origin verb as the predicate', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Die von Russland eingesetzten Drohnen stammen aus dem Iran.', ['IRN>RUS:drones:reported'])
  s('Die von den Huthis abgefeuerten Raketen stammen aus dem Iran.', ['IRN>YEM:missiles:reported'])
  s('Die von der Hisbollah genutzten Raketen kommen aus dem Iran.', ['IRN>HEZBOLLAH:missiles:reported'])
  s('Die von der sudanesischen Armee eingesetzten türkischen Drohnen treffen Khartum.', ['TUR>SDN:drones:reported'])
  s('Die vom Sudan aus Ägypten erhaltenen Drohnen sind im Einsatz.', ['EGY>SDN:drones:reported'])
  s('Die von Myanmar gekauften Kampfjets stammen aus Russland.', ['RUS>MMR:aircraft:reported'])
  // Materiel whose origin is named, with no user, names no transfer.
  s('Die Drohnen stammen aus dem Iran.', [])
})

describe('German: "da" and "nachdem" open a clause of their own, whose subject gives', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  s('Kiew ist besorgt, da China Russland inzwischen Drohnen verkauft.', ['CHN>RUS:drones'])
  s('Israel droht, da Teheran den Huthis weiterhin Raketen liefert.', ['IRN>YEM:missiles'])
  s('Seoul ist alarmiert, nachdem Pjöngjang Moskau Raketen geliefert hat.', ['PRK>RUS:missiles'])
})

describe('German: to "leisten" help is to give it, when a word names what is given', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  s('Russland leistet Nordkorea technische Hilfe beim Raketenbau.', ['RUS>PRK:technical_support'])
  s('Deutschland hat der Ukraine Militärhilfe in Milliardenhöhe geleistet.', ['DEU>UKR:other_weapons'])
  s('Ägypten leistet dem Sudan humanitäre Hilfe.', [])
  s('Die Ukraine leistet erbitterten Widerstand.', [])
})

describe('German: a past verb that is also a declined participle ("verkauften") before its noun', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  s('Die von Nordkorea an Russland verkauften Raketen wurden in der Ukraine gefunden.', ['PRK>RUS:missiles'])
  s('Die von der Türkei an Aserbaidschan verkauften Drohnen waren entscheidend.', ['TUR>AZE:drones'])
  s('Die an die Huthis verkauften iranischen Raketen treffen Schiffe.', ['IRN>YEM:missiles'])
  // As a past verb it keeps its subject.
  s('Die Türkei verkaufte an Aserbaidschan Drohnen.', ['TUR>AZE:drones'])
  s('Die USA verkauften Israel Bomben.', ['USA>ISR:other_weapons'])
})

describe('German: a name with no article between a verb and a transfer noun is its object in the dative', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Washington kündigte Jerusalem die Lieferung von Bomben an.', ['USA>ISR:other_weapons:alleged_future'])
  s('Moskau kündigte Teheran die Lieferung von Kampfjets an.', ['RUS>IRN:aircraft:alleged_future'])
  s('Washington verweigerte Israel die Lieferung schwerer Bomben.', ['USA>ISR:other_weapons:denied'])
  // The subject after the verb, before the recipient.
  s('Gestern verweigerte Washington Israel die Lieferung schwerer Bomben.', ['USA>ISR:other_weapons:denied'])
  s('Am Montag kündigte Moskau dem Iran die Lieferung von Kampfjets an.', ['RUS>IRN:aircraft:alleged_future'])
  // A subject after the verb with no recipient is no recipient.
  s('Gestern kündigte Moskau die Lieferung von Kampfjets an den Iran an.', ['RUS>IRN:aircraft:alleged_future'])
})

describe('German: a weapon from a state as the subject of a verb of striking', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  // "aus dem Iran stammend" names the origin of the weapon, not a territory it was launched from.
  s('Die aus dem Iran stammenden Raketen der Huthis greifen Schiffe an.', ['IRN>YEM:missiles'])
  s('Die aus dem Iran stammenden Drohnen werden von Russland gegen Charkiw eingesetzt.', ['IRN>RUS:drones'])
  // What it strikes is the target, not the user.
  s('Die aus dem Iran stammenden Drohnen greifen Kiew an.', ['IRN>RUS:drones'])
  s('Iranische Drohnen greifen Odessa an.', ['IRN>RUS:drones'])
  s('Die Huthis greifen Israel mit iranischen Raketen an.', ['IRN>YEM:missiles'])
})

describe('German: compounds of sale and export name what is sold', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(triplesOf(analyze(text, 'de')), expected))
  }
  s('Die Drohnenverkäufe des Iran an Russland nehmen zu.', ['IRN>RUS:drones'])
  s('Die Raketenverkäufe Nordkoreas an Russland beunruhigen Seoul.', ['PRK>RUS:missiles'])
  s('Die Panzerverkäufe Deutschlands an Katar sind umstritten.', ['DEU>QAT:armour'])
})

describe('German: the state where one buys or orders is the seller', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Polen hat in Südkorea 180 Kampfpanzer bestellt.', ['KOR>POL:armour:alleged_future'])
  s('Polen bestellte in Südkorea 180 Kampfpanzer.', ['KOR>POL:armour:alleged_future'])
  s('Saudi-Arabien will in den USA Kampfflugzeuge kaufen.', ['USA>SAU:aircraft:alleged_future'])
  s('Der Sudan hat in der Türkei Drohnen gekauft.', ['TUR>SDN:drones:reported'])
  s('Myanmar kaufte in Russland Kampfjets.', ['RUS>MMR:aircraft:reported'])
})

describe('German: who promises or offers a transfer makes it, to the one named after the verb', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // A name without an article after the subject of the promise is its dative object.
  s('Ankara hat Baku angeboten, Kampfdrohnen zu liefern.', ['TUR>AZE:drones:alleged_future'])
  s('Peking versprach Naypyidaw, weitere Kampfjets zu liefern.', ['CHN>MMR:aircraft:alleged_future'])
  s('Moskau sicherte Teheran zu, Kampfjets zu liefern.', ['RUS>IRN:aircraft:alleged_future'])
  // An offer is still to come.
  s('Russland bot Myanmar an, Kampfjets zu verkaufen.', ['RUS>MMR:aircraft:alleged_future'])
  s('Die Türkei bot Aserbaidschan Kampfdrohnen an.', ['TUR>AZE:drones:alleged_future'])
  s('Die Türkei hat Aserbaidschan die Lieferung von Kampfdrohnen angeboten.', ['TUR>AZE:drones:alleged_future'])
  // Asking and accusing pass the deed to their object.
  s('Kiew bat Berlin, Panzer zu liefern.', ['DEU>UKR:armour:opinion'])
  s('Washington warf Teheran vor, den Huthis Raketen zu liefern.', ['IRN>YEM:missiles:asserted'])
})

describe('German: a participle that closes the clause governs the transfer noun before it', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // Its subject is the supplier; an approval or a decision in the perfect is still a transfer to come.
  s('Washington hat den Verkauf von F-35 an die Emirate genehmigt.', ['USA>ARE:aircraft:alleged_future'])
  s('Washington hat die Exporte von Bomben an Israel gebilligt.', ['USA>ISR:other_weapons:alleged_future'])
  s('Berlin hat die Lieferung von Panzern an die Ukraine beschlossen.', ['DEU>UKR:armour:alleged_future'])
  s('Berlin hat Rüstungsexporte nach Saudi-Arabien genehmigt.', ['DEU>SAU:other_weapons:alleged_future'])
  s('Ankara hat die Lieferung von Drohnen an Aserbaidschan angekündigt.', ['TUR>AZE:drones:alleged_future'])
  // Done deeds keep their tense.
  s('Frankreich hat zusätzliche Lieferungen von Munition an die Ukraine geschickt.', ['FRA>UKR:artillery_ammunition:reported'])
  s('Teheran hat die Lieferung von Raketen an die Huthis abgelehnt.', ['IRN>YEM:missiles:denied'])
})

describe('German: a deal, a schedule or a plan that governs the clause makes the transfer one to come', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  // A deadline to come, wherever it stands in the clause.
  s('Die Türkei liefert Aserbaidschan bis Jahresende weitere Drohnen.', ['TUR>AZE:drones:alleged_future'])
  s('Bis zum Jahresende schickt Nordkorea weitere Granaten nach Russland.', ['PRK>RUS:artillery_ammunition:alleged_future'])
  s('Ab dem kommenden Jahr liefert Frankreich Indien weitere Kampfjets.', ['FRA>IND:aircraft:alleged_future'])
  // A deal by its compound or case.
  s('Im Rahmen eines Rüstungsdeals erhält Katar amerikanische Kampfjets.', ['USA>QAT:aircraft:alleged_future'])
  // A verb of plan before ", dass" governs the clause it opens.
  s('Der Vertrag sieht vor, dass China Pakistan acht U-Boote liefert.', ['CHN>PAK:other_weapons:alleged_future'])
  s('Moskau plant, dass Russland Nordkorea Kampfjets liefert.', ['RUS>PRK:aircraft:alleged_future'])
  // A confirmation before ", dass" states a fact.
  s('Berlin bestätigte, dass Deutschland der Ukraine Panzer liefert.', ['DEU>UKR:armour:confirmed'])
})

describe('German: personnel of one state who help, advise or oversee the forces of another', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Iranische Offiziere überwachen die Raketenstarts der Huthis.', ['IRN>YEM:technical_support:reported'])
  s('Russische Offiziere koordinieren die Angriffe der Junta in Myanmar.', ['RUS>MMR:technical_support:reported'])
  s('Nordkoreanische Ingenieure helfen Russland beim Bau von Raketen.', ['PRK>RUS:technical_support:reported'])
  s('Iranische Experten beraten die Hisbollah beim Bau von Drohnen.', ['IRN>HEZBOLLAH:technical_support:reported'])
  s('Chinesische Techniker unterstützen die Armee Myanmars.', ['CHN>MMR:technical_support:reported'])
  // With no personnel as the subject, overseeing gives nothing.
  s('Die USA überwachen die Lieferungen nach Israel.', [])
  // A state's own personnel who receive something are no materiel received.
  s('Sudanesische Soldaten erhielten eine Ausbildung durch türkische Streitkräfte.', ['TUR>SDN:trainers:reported'])
})

describe('German: materiel that arrives from a state, or that a state expects, is supplied to it', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Die ersten Kampfjets aus Frankreich kamen im Mai in Indien an.', ['FRA>IND:aircraft:reported'])
  s('Iranische Raketen gelangten über den Irak nach Syrien.', ['IRN>SYR:missiles:reported'])
  // An arrival still to come is a plan.
  s('Die zugesagten Drohnen aus der Türkei sollen im Herbst in Äthiopien ankommen.', ['TUR>ETH:drones:alleged_future'])
  // What a state expects it has not received yet.
  s('Israel erwartet neue Bomben aus den USA.', ['USA>ISR:other_weapons:alleged_future'])
  s('Die Ukraine erwartet von den USA weitere Patriot-Systeme.', ['USA>UKR:air_defence:alleged_future'])
  // Arriving with no materiel from a state is no transfer.
  s('Die Delegation aus Iran kam in Moskau an.', [])
  s('Experten erwarten, dass Russland weitere Drohnen aus dem Iran erhält.', ['IRN>RUS:drones:alleged_future'])
})

describe('German: "wird … erhalten" is the future of receiving, not a passive', () => {
  const s = (text: string, expected: string[]): void => {
    test(text, () => assert.deepEqual(claimsOf(analyze(text, 'de')), expected))
  }
  s('Serbien wird von China Drohnen erhalten.', ['CHN>SRB:drones:alleged_future'])
  s('Ägypten wird aus Frankreich weitere Rafale bekommen.', ['FRA>EGY:aircraft:alleged_future'])
  s('Armenien wird im kommenden Jahr Haubitzen aus Indien erhalten.', ['IND>ARM:other_weapons:alleged_future'])
  // A passive of buying stays one, and so does the past of "werden".
  s('Die Panzer werden von Polen in Südkorea gekauft.', ['KOR>POL:armour:reported'])
  s('Die Drohnen wurden von Russland aus dem Iran erhalten.', ['IRN>RUS:drones:reported'])
})

describe('German: a refusal not made governs its zu-infinitive across the comma', () => {
  test('„schließt nicht aus, … zu liefern“ considers the transfer; „schließt aus, … zu liefern“ refuses it', () => {
    assert.deepEqual(claimsOf(analyze('Ankara schließt nicht aus, Aserbaidschan weitere Kampfdrohnen zu liefern.', 'de')), ['TUR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Kairo schloss nicht aus, dem Sudan Kampfflugzeuge zu verkaufen.', 'de')), ['EGY>SDN:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Ankara schließt aus, Aserbaidschan weitere Kampfdrohnen zu liefern.', 'de')), ['TUR>AZE:drones:denied'])
  })
})
