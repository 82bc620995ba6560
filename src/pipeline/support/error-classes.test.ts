import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

// Error classes seen on news the extractor had never seen, each tested with sentences written
// for this project (never the corpus's own).

describe('materiel named before: pronouns and demonstratives', () => {
  test('a French clitic "en" or "les" before the verb', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran fabrique des drones Shahed. Moscou en aurait commandé 2 400 à Téhéran.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("Pyongyang stocke des missiles KN-23 ; la Corée du Nord les a livrés à la Russie l'hiver dernier.", 'fr')), ['PRK>RUS:missiles'])
  })
  test('an English "them" after the verb', () => {
    assert.deepEqual(triplesOf(analyze('Iran builds Shahed drones and has shipped them to Russia by sea.')), ['IRN>RUS:drones'])
  })
  test('a demonstrative before a generic word', () => {
    assert.deepEqual(triplesOf(analyze('Le Hamas a utilisé des roquettes. Selon Israël, l’Iran a fourni ces armes au Hamas.', 'fr')), ['IRN>HAMAS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Azerbaijan fielded Harop loitering munitions. Israel sold these weapons to Azerbaijan, officials said.')), ['ISR>AZE:drones'])
  })
  test('an agent noun with no object supplies what was talked about', () => {
    assert.deepEqual(triplesOf(analyze("Israël achète surtout des armes à l'étranger. Un autre fournisseur important est l'Allemagne.", 'fr')), ['DEU>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Myanmar imports jets and helicopters from Russia. Another major supplier is China.')), ['RUS>MMR:aircraft', 'CHN>MMR:aircraft'])
  })
})

describe('copulas around agent nouns', () => {
  test('the state before or after the copula', () => {
    assert.deepEqual(triplesOf(analyze('Les États-Unis sont le premier fournisseur d’armes d’Israël.', 'fr')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Le principal fournisseur de drones de l’Éthiopie est la Turquie.', 'fr')), ['TUR>ETH:drones'])
    assert.deepEqual(triplesOf(analyze('Russia remains the biggest supplier of fighter jets to Myanmar.')), ['RUS>MMR:aircraft'])
  })
  test('"remain" and "continue to be" link too, after one or several states', () => {
    assert.deepEqual(triplesOf(analyze("The United States and Germany remain Israel's largest weapons suppliers.")), ['USA>ISR:other_weapons', 'DEU>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Iran and Russia remain key suppliers of drones to Sudan's army.")), ['IRN>SDN:drones', 'RUS>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('Turkey continues to be the main drone supplier to Azerbaijan.')), ['TUR>AZE:drones'])
  })
  test('a verb of contents after the agent noun lists the suppliers', () => {
    assert.deepEqual(triplesOf(analyze("Myanmar's arms suppliers include Russia, China and India.")), ['RUS>MMR:other_weapons', 'CHN>MMR:other_weapons', 'IND>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Sudan's drone suppliers include the UAE and Iran.")), ['ARE>SDN:drones', 'IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("Russia's suppliers include North Korea and Iran.")), [])
  })
})

describe('English participles', () => {
  test('a past verb after its subject noun is active when an object follows', () => {
    assert.deepEqual(triplesOf(analyze('British instructors trained Ukrainian soldiers in Kent.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('Iranian engineers supplied Russia with drone engines.')), ['IRN>RUS:components_dual_use'])
  })
  test('and passive when a "by" or "to" phrase follows', () => {
    assert.deepEqual(triplesOf(analyze('Russia launched drones supplied by Iran at Kyiv.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('The shells sent to Russia by North Korea were old.')), ['PRK>RUS:artillery_ammunition'])
  })
})

describe('elided articles and prepositions', () => {
  test('"d’" and "l’" with a typographic or straight apostrophe, glued or not', () => {
    assert.deepEqual(triplesOf(analyze("Les États-Unis restent le premier fournisseur d’armes d’Israël.", 'fr')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Les États-Unis restent le premier fournisseur d'armes d' Israël.", 'fr')), ['USA>ISR:other_weapons'])
  })
  test('an elided "from" before a state named without article: « en provenance d’Iran », « auprès d’Israël »', () => {
    assert.deepEqual(triplesOf(analyze("Khartoum a reçu l'été dernier des drones Mohajer-6 en provenance d'Iran.", 'fr')), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("Bakou s'est procuré des drones kamikazes auprès d'Israël, selon des experts.", 'fr')), ['ISR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze("Les Houthis ont reçu des missiles en provenance d’Iran.", 'fr')), ['IRN>YEM:missiles'])
  })
})

describe('launches from a territory', () => {
  test('"fired … from X" gives X access, the launcher being the user', () => {
    assert.deepEqual(claimsOf(analyze('Russian troops fired cruise missiles from Belarus at Kyiv.')).map((c) => c.replace(/:[a-z_]+$/, '')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Les troupes russes ont tiré des missiles depuis la Biélorussie.', 'fr')), ['BLR>RUS:territory_access'])
  })
  test('the "by" of a giving participle before a launch is the giver, not the launcher', () => {
    assert.deepEqual(triplesOf(analyze('Missiles provided by North Korea were launched from Crimea.')).filter((t) => t.includes('territory_access')), [])
    assert.deepEqual(triplesOf(analyze('Drones sold by Iran were launched from Yemen at Saudi Arabia.')).filter((t) => t.includes('territory_access')), [])
    assert.deepEqual(triplesOf(analyze('Missiles were fired by Russia from Belarus.')), ['BLR>RUS:territory_access'])
  })
})

describe('lists of materiel', () => {
  test('a generic word coordinated with a specific one counts, not one that heads examples', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a envoyé des armes et des munitions aux Houthis.", 'fr')), ['IRN>YEM:artillery_ammunition', 'IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Serbia sold weapons, including rocket launchers, to Myanmar.')), ['SRB>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('China supplied drones and other weapons to Myanmar.')), ['CHN>MMR:drones'])
  })
})

describe('infinitives after announcing verbs', () => {
  test('the speaker is the supplier', () => {
    assert.deepEqual(triplesOf(analyze('Emmanuel Macron a annoncé sa volonté de livrer des chars à l’Ukraine.', 'fr')), ['FRA>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Olaf Scholz announced plans to send Leopard tanks to Ukraine.')), ['DEU>UKR:armour'])
  })
})

describe('orders and announced transfers are still to come', () => {
  test('an order', () => {
    assert.deepEqual(claimsOf(analyze("L'Arménie a commandé des obusiers à l'Inde.", 'fr')), ['IND>ARM:other_weapons:alleged_future'])
  })
  test('an announced delivery', () => {
    assert.deepEqual(claimsOf(analyze("La France a annoncé la livraison de vingt blindés à l'Ukraine.", 'fr')).map((c) => c.split(':').pop()), ['alleged_future'])
    assert.deepEqual(claimsOf(analyze('Germany announced the delivery of three IRIS-T systems to Ukraine.')).map((c) => c.split(':').pop()), ['alleged_future'])
  })
})

describe('a purchase that is the aim of the clause is still to be made', () => {
  const statuses = (text: string, lang?: string) => claimsOf(analyze(text, lang)).map((c) => c.split(':').pop())
  test('money raised or given to buy', () => {
    assert.deepEqual(statuses('Estonian volunteers raised funds to buy drones for Georgia.'), ['alleged_future'])
    assert.deepEqual(statuses('Denmark gave 40 million euros in order to buy shells for Ukraine.'), ['alleged_future'])
    assert.deepEqual(statuses("La Lettonie a réuni des fonds pour acheter des drones pour l'Ukraine.", 'fr'), ['alleged_future'])
    assert.deepEqual(statuses("Le Danemark a versé 40 millions d'euros afin d'acheter des obus pour l'Ukraine.", 'fr'), ['alleged_future'])
  })
  test('a purchase after a verb of going on is a deed', () => {
    assert.deepEqual(statuses('Russia continued to buy Iranian drones.'), ['reported'])
    assert.deepEqual(statuses('La Russie a continué à acheter des drones iraniens.', 'fr'), ['reported'])
    assert.deepEqual(statuses('Latvia bought drones for Ukraine.'), ['reported'])
  })
})

describe('equipping someone', () => {
  test('with nothing named, equipping gives weapons; the direct object receives', () => {
    assert.deepEqual(triplesOf(analyze("La Russie va équiper l'armée malienne.", 'fr')), ['RUS>MLI:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Turkey equipped the Azerbaijani army with drones.')), ['TUR>AZE:drones'])
  })
})

describe('launch verbs in incises', () => {
  test('« … », a lancé X names the speaker; "a lancé une mission" stays a launch', () => {
    const a = analyze("« Nous ne reculerons pas », a lancé le ministre ukrainien de la Défense. Le Canada a lancé une mission de formation pour l'Ukraine.", 'fr')
    assert.equal(a.quotes[0]?.role, 'ministre ukrainien de la Défense')
    assert.deepEqual(triplesOf(a), ['CAN>UKR:trainers'])
  })
})

describe('repairs: the owner of what is repaired receives the service', () => {
  test('origin of the repaired materiel', () => {
    assert.deepEqual(triplesOf(analyze('Belarusian plants repair Russian armoured vehicles.')), ['BLR>RUS:maintenance'])
    assert.deepEqual(triplesOf(analyze('La Biélorussie répare des hélicoptères russes.', 'fr')), ['BLR>RUS:maintenance'])
    assert.deepEqual(triplesOf(analyze('The repair of Ukrainian tanks by Poland began in May.')), ['POL>UKR:maintenance'])
  })
})

describe('intercepting an attack aimed at another state is air defence for it', () => {
  test('the attacker is neither supplier nor recipient', () => {
    assert.deepEqual(triplesOf(analyze('French jets shot down Iranian drones launched at Israel.')), ['FRA>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Des missiles iraniens ont été interceptés par la Jordanie au-dessus d'Israël.", 'fr')), ['JOR>ISR:air_defence'])
  })
  test('a state downing drones over its own soil supports nobody', () => {
    assert.deepEqual(triplesOf(analyze('Ukraine shot down Russian drones over Kyiv.')), [])
    // (Drones of a third state's make were used by the one it is at war with: no air defence, an origin-implied use.)
    assert.deepEqual(claimsOf(analyze('Ukraine shot down Iranian drones over Kyiv.')), ['IRN>RUS:drones:reported'])
  })
})

describe('subjects of denials and passives', () => {
  test('"denied sending" shares the subject', () => {
    assert.deepEqual(claimsOf(analyze('Tehran denied sending missiles to Russia.')), ['IRN>RUS:missiles:denied'])
  })
  test('personnel sent, in the passive', () => {
    assert.deepEqual(triplesOf(analyze('Des conseillers iraniens ont été envoyés au Yémen.', 'fr')), ['IRN>YEM:technical_support'])
  })
})

describe('words that are also adjectives', () => {
  test('"militaires" after a noun is an adjective, not soldiers', () => {
    assert.deepEqual(triplesOf(analyze('La France a promis la cession d’avions militaires à Kiev.', 'fr')), ['FRA>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('La Russie a envoyé des militaires au Mali.', 'fr')), ['RUS>MLI:troops'])
  })
})

describe('a noun glued to a designation names that system', () => {
  test('"Patriot missiles" are air defence; "HIMARS rockets" stay ammunition', () => {
    assert.deepEqual(triplesOf(analyze('Germany sent Patriot missiles to Ukraine.')), ['DEU>UKR:air_defence'])
    assert.ok(triplesOf(analyze('The United States sent HIMARS rockets to Ukraine.')).includes('USA>UKR:artillery_ammunition'))
  })
})

describe('speakers are subjects, never complements or modifiers', () => {
  const speakerOf = (text: string, lang = 'en'): string | null => {
    const q = analyze(text, lang).quotes[0]
    return q ? (q.speaker ?? q.role) : null
  }
  test('a state governed by a preposition is not the speaker', () => {
    assert.equal(speakerOf('Un diplomate iranien à l’ONU dénonce les accusations « sans fondement » portées par Israël.', 'fr'), 'diplomate iranien à l’ONU')
    assert.equal(speakerOf('Le porte-parole du Kremlin a qualifié de « pure invention » les livraisons à l’Ukraine.', 'fr'), 'porte-parole du Kremlin')
  })
  test('a demonym after its noun modifies it', () => {
    assert.equal(speakerOf('Le ministre turc a parlé de « coopération normale » avec l’Azerbaïdjan.', 'fr'), 'ministre turc')
  })
})

describe('quotes without a reporting verb of their own', () => {
  const quotes = (text: string, lang = 'en'): string[] => analyze(text, lang).quotes.map((q) => `${q.speaker ?? q.role}: ${q.text}`)
  test('the quoted words are the predicate of the person named just before', () => {
    assert.deepEqual(quotes('Le ministre Jean Dupuis « a saisi l’occasion » pour présenter le budget « dans les prochains jours ».', 'fr'), ['Jean Dupuis: a saisi l’occasion', 'Jean Dupuis: dans les prochains jours'])
  })
  test('a short fragment shares the speaker of the quotation before it in the sentence', () => {
    assert.deepEqual(quotes('“We will keep helping,” said Anna Berg, calling the deliveries “vital”.'), ['Anna Berg: We will keep helping,', 'Anna Berg: vital'])
  })
  test('"said Russia was…": a subject of the reported clause is not an inverted speaker', () => {
    assert.deepEqual(quotes('Spokesman Ivan Petrov declined to comment, but said Russia was working with Iran in “many areas”.'), ['Ivan Petrov: many areas'])
  })
  test('"aux yeux de", "par le biais de"', () => {
    assert.deepEqual(quotes('Ces preuves sont « solides » aux yeux des enquêteurs onusiens.', 'fr'), ['enquêteurs onusiens: solides'])
  })
})

describe('French news forms', () => {
  test('a denial of a transfer noun: its subject is the supplier', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran a nié toute livraison d'armes au Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:other_weapons:denied'])
  })
  test('adverbs between a refusal and its infinitive', () => {
    assert.deepEqual(claimsOf(analyze('Berlin refuse toujours de livrer des missiles Taurus à Kiev.', 'fr')), ['DEU>UKR:missiles:denied'])
  })
  test('"de la part de", a unit named after personnel, vehicles that deliver', () => {
    assert.deepEqual(triplesOf(analyze("L'Ukraine a reçu ses premiers F-16 de la part des Pays-Bas.", 'fr')), ['NLD>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Des instructeurs russes de l'Africa Corps sont arrivés au Niger.", 'fr')), ['RUS>NER:trainers'])
    assert.deepEqual(triplesOf(analyze('Un avion-cargo iranien a livré des munitions au Hezbollah.', 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
  })
  test('releasing military aid supplies it; the sum measures it', () => {
    assert.deepEqual(triplesOf(analyze("Les États-Unis ont débloqué 400 millions de dollars d'aide militaire pour l'Ukraine.", 'fr')), ['USA>UKR:other_weapons'])
  })
  test('personnel sent "en Ukraine" are not aimed at Ukraine', () => {
    assert.deepEqual(triplesOf(analyze("La France a annoncé l'envoi de formateurs en Ukraine.", 'fr')), ['FRA>UKR:trainers'])
  })
})

describe('personnel present in a state, kept there or on their way', () => {
  test('trainers, operators and advisers placed in another state, with no verb of supply', () => {
    assert.deepEqual(triplesOf(analyze('Selon un diplomate, il y a des pilotes de drones turcs en Éthiopie.', 'fr')), ['TUR>ETH:operation_of_weapons'])
    assert.deepEqual(triplesOf(analyze('French military instructors in Ukraine would be a legitimate target.')), ['FRA>UKR:trainers'])
  })
  test('keeping personnel somewhere deploys them', () => {
    assert.deepEqual(claimsOf(analyze('Tehran plans to keep military advisers in Syria.')), ['IRN>SYR:technical_support:alleged_future'])
    assert.deepEqual(triplesOf(analyze('La Russie maintient des conseillers militaires en Syrie.', 'fr')), ['RUS>SYR:technical_support'])
  })
  test('a possible arrival, an evoked sending are still to come', () => {
    assert.deepEqual(claimsOf(analyze('La possible venue des mercenaires russes au Mali inquiète Paris.', 'fr')), ['RUS>MLI:troops:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Des responsables turcs ont évoqué l'envoi de soldats en Libye.", 'fr')), ['TUR>LBY:troops:alleged_future'])
  })
})

describe('armed, equipped and funded by a state', () => {
  test('the subject of the passive receives; coordinated participles are passive together', () => {
    assert.deepEqual(triplesOf(analyze("Le Hezbollah est armé par l'Iran.", 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Le Hamas est financé et armé par l'Iran depuis des années.", 'fr')).sort(), ['IRN>HAMAS:financial', 'IRN>HAMAS:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Hamas is funded and armed by Iran.')).sort(), ['IRN>HAMAS:financial', 'IRN>HAMAS:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Hamas is financed by Qatar and Iran.')).sort(), ['IRN>HAMAS:financial', 'QAT>HAMAS:financial'])
  })
  test('funding a named actor pays it; funding roads names nobody', () => {
    assert.deepEqual(triplesOf(analyze("Oslo finance des routes ; l'Iran finance le Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:financial'])
    assert.deepEqual(triplesOf(analyze('Norway financed new roads in Kenya.')), [])
  })
  test('"armée" stays the army', () => {
    assert.deepEqual(triplesOf(analyze("L'armée russe a reçu des drones iraniens.", 'fr')), ['IRN>RUS:drones'])
  })
})

describe('one of the countries that…, several countries including…', () => {
  test('the subject of the copula is the antecedent of "qui"/"that"', () => {
    assert.deepEqual(triplesOf(analyze("La Chine est l'un des pays qui ont récemment fourni des drones à Moscou.", 'fr')), ['CHN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Iran is one of the countries that supplied drones to Russia.')), ['IRN>RUS:drones'])
  })
  test('a generic subject stands for the members its inclusion list names', () => {
    assert.deepEqual(triplesOf(analyze("Plusieurs pays, dont la Pologne et la Lituanie, ont livré des chars à l'Ukraine.", 'fr')), ['POL>UKR:armour', 'LTU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Several countries, including the United States and Britain, helped intercept Iranian drones fired at Israel.')), ['USA>ISR:air_defence', 'GBR>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Plusieurs pays fournissent des missiles dont la Russie a besoin.', 'fr')), [])
  })
  test('the state whose drones are shot down is not inferred as a defender', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a tiré des drones sur Israël. Plusieurs pays participent à l'interception des drones iraniens.", 'fr')).filter((t) => t.startsWith('IRN>ISR')), [])
  })
})

describe('a noun and its owner govern an infinitive', () => {
  test('"la décision de l’Allemagne de livrer": the owner is the subject', () => {
    assert.deepEqual(triplesOf(analyze("La décision de l'Allemagne de livrer des chars Leopard à Kiev a surpris.", 'fr')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("La demande de la Slovaquie de transmettre à l'Ukraine ses chasseurs MiG-29 a été acceptée.", 'fr')), ['SVK>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Le Conseil a examiné la proposition de la Norvège d'envoyer des obus à l'Ukraine.", 'fr')), ['NOR>UKR:artillery_ammunition'])
  })
})

describe('not wanting or not thinking it right to supply', () => {
  test('a negated opinion or belief about the transfer is a refusal', () => {
    assert.deepEqual(claimsOf(analyze("Le gouvernement allemand ne pense pas, à ce stade, qu'il faille livrer des missiles Taurus à l'Ukraine.", 'fr')), ['DEU>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('La France ne veut pas livrer de chars lourds à l’Ukraine.', 'fr')), ['FRA>UKR:armour:denied'])
  })
  test('a belief that is not negated denies nothing', () => {
    // (The chancellor, named or not, is on the record: his belief is a hedged claim.)
    assert.deepEqual(claimsOf(analyze("Le chancelier allemand pense que la France livre des missiles à l'Ukraine.", 'fr')), ['FRA>UKR:missiles:asserted'])
  })
})

describe('forces passing through a state', () => {
  test('use its territory', () => {
    assert.deepEqual(triplesOf(analyze('Les troupes russes sont passées par la Biélorussie pour attaquer Kiev.', 'fr')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Russian troops passed through Belarus on their way to Kyiv.')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Le convoi a traversé la ville avant la frontière.', 'fr')), [])
  })
})

describe('negations that restrict or govern', () => {
  test('"ne … que" restricts the amount, it denies nothing', () => {
    assert.deepEqual(claimsOf(analyze("L'Ukraine n'a reçu que 400 000 obus de l'Union européenne.", 'fr')), ['EU>UKR:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze('La Russie ne livre que des obus à la Syrie.', 'fr')), ['RUS>SYR:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze("L'Iran n'a jamais livré de drones à la Russie.", 'fr')), ['IRN>RUS:drones:denied'])
  })
  test('a negated infinitive after a reporting verb keeps the speaker as subject', () => {
    assert.deepEqual(claimsOf(analyze("Kiev affirme ne pas avoir reçu d'obus de l'UE.", 'fr')), ['EU>UKR:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(analyze('Moscou assure n’avoir jamais livré de drones à la Corée du Nord.', 'fr')), ['RUS>PRK:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Moscou dit ne jamais avoir livré de drones à la Corée du Nord.', 'fr')), ['RUS>PRK:drones:denied'])
  })
  test('a trigger noun as subject of a negated verb did not happen', () => {
    assert.deepEqual(claimsOf(analyze('Deliveries of US bombs to Israel never resumed.')), ['USA>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("Les livraisons de bombes américaines à Israël n'ont jamais repris.", 'fr')), ['USA>ISR:other_weapons:denied'])
  })
  test('but not a negated stop or a negated copula', () => {
    assert.deepEqual(claimsOf(analyze('Deliveries of US tanks to Ukraine did not stop.')), ['USA>UKR:armour:reported'])
    assert.deepEqual(claimsOf(analyze('Les livraisons de chars allemands à l’Ukraine ne sont pas une escalade.', 'fr')), ['DEU>UKR:armour:reported'])
  })
})

describe('letting foreign forces onto one’s territory', () => {
  test('permitting or letting troops pass, stay or cross', () => {
    assert.deepEqual(triplesOf(analyze('Minsk a laissé les troupes russes traverser son territoire.', 'fr')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze("Alexandre Loukachenko a permis aux troupes russes d'avancer vers l'Ukraine.", 'fr')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Minsk a autorisé les troupes russes à stationner en Biélorussie.', 'fr')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Belarus allowed Russian troops to cross its territory.')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Minsk let Russian troops use its territory to attack Kyiv.')), ['BLR>RUS:territory_access'])
  })
  test('opening one’s territory or airspace', () => {
    assert.deepEqual(triplesOf(analyze('La Biélorussie a ouvert son territoire aux troupes russes.', 'fr')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Belarus opened its airspace to Russian bombers.')), ['BLR>RUS:territory_access'])
  })
  test('letting a state decide, or allowing a weapon’s use, opens no territory', () => {
    assert.deepEqual(triplesOf(analyze('Kiev laisse la Pologne décider.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Hungary let Ukraine decide.')), [])
    assert.deepEqual(triplesOf(analyze('Washington allowed Kyiv to strike Russia with ATACMS.')), [])
  })
})

describe('a territory, airspace or bases used by another state', () => {
  test('the state named with the territory supplies its user', () => {
    assert.deepEqual(triplesOf(analyze('Israeli warplanes used Saudi airspace to reach Yemen.')), ['SAU>ISR:territory_access'])
    assert.deepEqual(triplesOf(analyze('Hezbollah has used Syrian territory to move weapons.')), ['SYR>HEZBOLLAH:territory_access'])
    assert.deepEqual(triplesOf(analyze('Russian troops used Belarus as a staging ground.')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze("Les avions israéliens ont utilisé l'espace aérien jordanien.", 'fr')), ['JOR>ISR:territory_access'])
    assert.deepEqual(triplesOf(analyze('Les troupes russes ont utilisé la Biélorussie comme base arrière.', 'fr')), ['BLR>RUS:territory_access'])
  })
  test('airspace entered or flown over, and bases or territory struck, are no territory lent', () => {
    assert.deepEqual(triplesOf(analyze('Israeli jets entered Syrian airspace.')), [])
    assert.deepEqual(triplesOf(analyze('Israeli jets flew over Syria.')), [])
    assert.deepEqual(triplesOf(analyze("Russia carried out strikes on Ukraine's territory.")), [])
    assert.deepEqual(triplesOf(analyze('Israel struck Iranian bases in Syria.')), [])
    assert.deepEqual(triplesOf(analyze('Les avions israéliens ont survolé la Syrie.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Israël a frappé des bases iraniennes en Syrie.', 'fr')), [])
  })
})

describe('letting another state use one’s own airspace, bases or ports', () => {
  test('the owner who lets, permits or authorises supplies the user, not the user’s aircraft the owner', () => {
    assert.deepEqual(triplesOf(analyze('Jordan let Israeli fighter jets use its airspace.')), ['JOR>ISR:territory_access'])
    assert.deepEqual(triplesOf(analyze('Turkey permitted Azerbaijani aircraft to use its airfields.')), ['TUR>AZE:territory_access'])
    assert.deepEqual(triplesOf(analyze('Greece authorised the United States to use its ports.')), ['GRC>USA:territory_access'])
    assert.deepEqual(triplesOf(analyze('La Jordanie a autorisé les avions israéliens à utiliser son espace aérien.', 'fr')), ['JOR>ISR:territory_access'])
    assert.deepEqual(triplesOf(analyze('Le Qatar laisse les bombardiers américains utiliser ses bases aériennes.', 'fr')), ['QAT>USA:territory_access'])
  })
  test('a refusal denies it, a permission to come is still to come', () => {
    assert.deepEqual(claimsOf(analyze('Spain refused to let US bombers use its bases.')), ['ESP>USA:territory_access:denied'])
    assert.deepEqual(claimsOf(analyze('Kuwait will let the US use its airbases.')), ['KWT>USA:territory_access:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Espagne a refusé de laisser les bombardiers américains utiliser ses bases.", 'fr')), ['ESP>USA:territory_access:denied'])
    assert.deepEqual(claimsOf(analyze("L'Irak permettra aux forces iraniennes de traverser son territoire.", 'fr')), ['IRQ>IRN:territory_access:alleged_future'])
  })
  test('another state’s territory in a permission is a target, not a territory lent', () => {
    assert.deepEqual(triplesOf(analyze('Washington allowed Ukraine to strike Russian territory with Western missiles.')), [])
    assert.deepEqual(triplesOf(analyze('Biden let Kyiv use ATACMS against targets on Russian soil.')), [])
    assert.deepEqual(triplesOf(analyze('Moscow let Belarus use its Iskander missiles.')), [])
    assert.deepEqual(triplesOf(analyze("Washington a autorisé l'Ukraine à frapper le territoire russe avec des missiles occidentaux.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("Berlin a laissé l'Ukraine frapper des bases russes avec des missiles Taurus.", 'fr')), [])
  })
})

describe('a territory the one let defends or keeps, not uses', () => {
  test('"its airspace" after another verb is the one let’s own, and lent to no one', () => {
    assert.deepEqual(triplesOf(analyze('Russia let Armenia defend its airspace with S-300 systems.')), [])
    assert.deepEqual(triplesOf(analyze('The UN allowed Sudan to keep its airspace closed.')), [])
    assert.deepEqual(triplesOf(analyze("Le Kremlin a laissé l'Arménie défendre son espace aérien avec des S-300.", 'fr')), [])
  })
  test('a preposition or a verb of passage governs a territory lent', () => {
    assert.deepEqual(triplesOf(analyze('Minsk a laissé les troupes russes stationner sur son territoire.', 'fr')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Oman allowed British warships to dock at its ports.')), ['OMN>GBR:territory_access'])
  })
})

describe('a transfer one state lets or permits another to make', () => {
  test('the one let or permitted supplies, with its dative marked or not', () => {
    assert.deepEqual(claimsOf(analyze("La Hongrie a permis à la Slovaquie de livrer des obus à l'Ukraine.", 'fr')), ['SVK>UKR:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze('Egypt allowed the UAE to send drones to Sudan.')), ['ARE>SDN:drones:reported'])
  })
  test('a permission still to come permits a transfer still to come', () => {
    assert.deepEqual(claimsOf(analyze("La Pologne permettra aux États-Unis d'envoyer des armes à l'Ukraine.", 'fr')), ['USA>UKR:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Le Tchad laissera les Émirats acheminer des drones au Soudan.', 'fr')), ['ARE>SDN:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Les Pays-Bas laisseront les États-Unis utiliser leurs bases aériennes pour acheminer des armes vers Israël.', 'fr')), ['NLD>USA:territory_access:alleged_future', 'USA>ISR:other_weapons:alleged_future'])
  })
})

describe('opening one’s airspace, bases or ports to a state, or closing them', () => {
  test('bases or ports opened or put at a state’s disposal, or a land serving as its staging ground', () => {
    assert.deepEqual(triplesOf(analyze('The UAE has put its air bases at the disposal of Russian aircraft.')), ['ARE>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Djibouti has opened its ports to Emirati warships.')), ['DJI>ARE:territory_access'])
    assert.deepEqual(triplesOf(analyze('Belarus served as a staging ground for Russian troops.')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Chypre a mis ses bases à la disposition des forces britanniques.', 'fr')), ['CYP>GBR:territory_access'])
    assert.deepEqual(triplesOf(analyze("L'Érythrée a ouvert ses ports aux navires iraniens.", 'fr')), ['ERI>IRN:territory_access'])
  })
  test('closing them to a state refuses it access; closing them to all names no one', () => {
    assert.deepEqual(claimsOf(analyze('Saudi Arabia has closed its airspace to Iranian planes.')), ['SAU>IRN:territory_access:denied'])
    assert.deepEqual(claimsOf(analyze('Le Tchad a interdit son espace aérien aux avions émiratis.', 'fr')), ['TCD>ARE:territory_access:denied'])
    assert.deepEqual(triplesOf(analyze('Iran closed its airspace.')), [])
  })
})

describe('parties of one conflict', () => {
  test('forces sent by one party into the other are an incursion, not support', () => {
    assert.deepEqual(triplesOf(analyze('Kyiv sent troops into Russia in August.')), [])
    assert.deepEqual(triplesOf(analyze("L'Ukraine a envoyé des soldats en Russie, dans la région de Koursk.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('North Korea sent troops to Russia in October.')), ['PRK>RUS:troops'])
  })
})

describe('money given to buy materiel', () => {
  test('gives the materiel bought', () => {
    assert.deepEqual(triplesOf(analyze('Germany contributed 500 million euros to buy artillery shells for Ukraine.')), ['DEU>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Norway gave money for the purchase of air defence systems for Ukraine.')), ['NOR>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Les Pays-Bas ont versé 250 millions d'euros pour l'achat d'obus destinés à l'Ukraine.", 'fr')), ['NLD>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Le Danemark finance l'achat d'obus pour l'Ukraine.", 'fr')), ['DNK>UKR:artillery_ammunition'])
  })
  test('but money given and a separate purchase stay apart', () => {
    assert.deepEqual(triplesOf(analyze('Germany gave Ukraine 500 million euros and bought tanks from Poland.')), ['DEU>UKR:financial', 'POL>DEU:armour'])
  })
})

describe('buying for another state', () => {
  test('the buyer supplies the state it buys for', () => {
    assert.deepEqual(triplesOf(analyze("La République tchèque a acheté 800 000 obus pour l'Ukraine.", 'fr')), ['CZE>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Prague bought 800,000 shells for Ukraine. Canada and Sweden contributed to the purchase.')).slice(0, 1), ['CZE>UKR:artillery_ammunition'])
  })
  test('a purchase from a named seller stays a purchase', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a acheté des drones à l'Iran pour frapper l'Ukraine.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Russia bought drones for its army from Iran.')), ['IRN>RUS:drones'])
  })
})

describe('a help noun names the pair of the trigger nouns after it', () => {
  test('"le soutien de X à Y se traduit par des livraisons"', () => {
    assert.deepEqual(triplesOf(analyze("Le soutien de la France à l'Ukraine se traduit par des livraisons d'armes.", 'fr')), ['FRA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'appui du Canada à la Pologne passe surtout par l'envoi de drones.", 'fr')), ['CAN>POL:drones'])
  })
  test('an owner that is no help noun’s names no supplier', () => {
    assert.deepEqual(triplesOf(analyze("La guerre de la Russie contre l'Ukraine a accéléré les livraisons d'armes.", 'fr')), [])
  })
})

describe('a group after "to" is who receives', () => {
  test('combatants named with their owner are no materiel', () => {
    assert.deepEqual(triplesOf(analyze('Iran delivered rifles to Hezbollah fighters in Lebanon.')), ['IRN>HEZBOLLAH:small_arms'])
    assert.deepEqual(triplesOf(analyze('Tehran shipped drones to Houthi fighters.')), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze('Les missiles sont remis aux combattants houthis par l’Iran.', 'fr')), ['IRN>YEM:missiles'])
  })
  test('but jets sent to a state, and materiel with its own article, stay', () => {
    assert.deepEqual(triplesOf(analyze('Poland sent fighters to Ukraine.')), ['POL>UKR:aircraft'])
    // A group's fighters are its people, not jets.
    assert.deepEqual(triplesOf(analyze('Venezuela bought jets from Russia. Hezbollah fighters were also deployed to support Assad.')), ['RUS>VEN:aircraft'])
    assert.deepEqual(triplesOf(analyze("La France a livré à l'Ukraine des chars.", 'fr')), ['FRA>UKR:armour'])
  })
})

describe('a promise of materiel is a transfer still to come', () => {
  test('"pledged 40 tanks to Ukraine", "a promis des obus à l\'Ukraine"', () => {
    assert.deepEqual(claimsOf(analyze('Germany pledged 40 tanks to Ukraine last week.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('The Netherlands has promised Ukraine 18 F-16 jets.')), ['NLD>UKR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La France a promis des obus à l'Ukraine.", 'fr')), ['FRA>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze('L’Iran promet à la Russie des missiles balistiques.', 'fr')), ['IRN>RUS:missiles:alleged_future'])
  })
  test('a promise governs the transfer verb after it', () => {
    assert.deepEqual(claimsOf(analyze('Norway pledged to send two NASAMS systems to Ukraine.')), ['NOR>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Le Danemark a promis de livrer dix-neuf F-16 à Kiev.', 'fr')), ['DNK>UKR:aircraft:alleged_future'])
  })
  test('a promise with no materiel states no transfer', () => {
    assert.deepEqual(triplesOf(analyze('Iran pledged support to Russia.')), [])
    assert.deepEqual(triplesOf(analyze('Moscou a promis une riposte à Kiev.', 'fr')), [])
  })
})

describe('a name glued to a production word is the origin of the materiel', () => {
  test('"U.S.-made jets" names no recipient', () => {
    assert.deepEqual(triplesOf(analyze('Norway gave the U.S.-made jets to Ukraine.')), ['NOR>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Norway became the third country to pledge the U.S.-made fourth-generation aircraft.')), [])
    assert.deepEqual(triplesOf(analyze('Russia used U.S.-made chips in its missiles.')), ['USA>RUS:components_dual_use'])
  })
})

describe('materiel passed on after its first recipient goes to the last', () => {
  test('"to X for transfer to Y", "à X pour être livrés à Y"', () => {
    assert.deepEqual(triplesOf(analyze('Lithuania will donate a drone to Latvia for transfer to Ukraine.')), ['LTU>UKR:drones'])
    assert.deepEqual(triplesOf(analyze('Germany sold the tanks to Poland for onward delivery to Kyiv.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("La Turquie a vendu des drones à la Lituanie pour être livrés à l'Ukraine.", 'fr')), ['TUR>UKR:drones'])
  })
  test('a purpose that names no actor keeps the recipient', () => {
    assert.deepEqual(triplesOf(analyze('Germany sold tanks to Poland for its army.')), ['DEU>POL:armour'])
  })
})

describe('an incise between commas leaves the clause open', () => {
  test('"Germany, he said, will send…"', () => {
    assert.deepEqual(claimsOf(analyze('Germany, he said, will send tanks to Ukraine.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Allemagne, a-t-il affirmé, livrera des chars à l'Ukraine.", 'fr')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Iran, the minister said, has never sent missiles to Russia.')), ['IRN>RUS:missiles:denied'])
  })
})

describe('a refusal in a clause of its own does not deny the next one', () => {
  test('"pas question de X : ce sont des instructeurs…"', () => {
    assert.deepEqual(claimsOf(analyze("Pas question de soldats russes : ce sont des instructeurs russes qui forment l'armée malienne.", 'fr')), ['RUS>MLI:trainers:reported'])
    assert.deepEqual(claimsOf(analyze("Il n'est pas question de mercenaires, ce sont des instructeurs russes qui forment l'armée malienne.", 'fr')), ['RUS>MLI:trainers:reported'])
    assert.deepEqual(claimsOf(analyze('There is no question of mercenaries, we are talking about Russian instructors who train the Malian army.')), ['RUS>MLI:trainers:reported'])
  })
  test('a refusal that governs the transfer still denies it', () => {
    assert.deepEqual(claimsOf(analyze('Berlin refused to send Taurus missiles to Kyiv.')).map((c) => c.split(':').pop()), ['denied'])
    assert.deepEqual(claimsOf(analyze("L'Allemagne refuse de livrer des missiles Taurus à l'Ukraine.", 'fr')).map((c) => c.split(':').pop()), ['denied'])
  })
})

describe('a deed done with the help of an actor is helped by it', () => {
  test('know-how when the help is not named', () => {
    assert.deepEqual(triplesOf(analyze('Russia built a drone factory with the help of Iran.')), ['IRN>RUS:technical_support'])
    assert.deepEqual(triplesOf(analyze('La Russie a installé une usine de drones sur son territoire avec l’aide de Téhéran.', 'fr')), ['IRN>RUS:technical_support'])
    assert.deepEqual(triplesOf(analyze("L'armée malienne a repris la ville avec le concours de Moscou.", 'fr')), ['RUS>MLI:technical_support'])
  })
  test('what helped, when named', () => {
    assert.deepEqual(triplesOf(analyze('Ukraine repelled the attack with the help of US intelligence.')), ['USA>UKR:intelligence'])
  })
})

describe("a state's personnel who help another state assist its operations", () => {
  test('"Iranian specialists helped Russia"', () => {
    assert.deepEqual(triplesOf(analyze('Iranian military specialists helped Russia in Crimea.')), ['IRN>RUS:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des militaires iraniens étaient en Crimée et ont aidé l’armée russe à lancer les drones.', 'fr')), ['IRN>RUS:technical_support'])
  })
  test('a state that helps, or personnel that are helped, give nothing by that verb alone', () => {
    assert.deepEqual(triplesOf(analyze('Belarus helped Russia.')), [])
    assert.deepEqual(triplesOf(analyze('Russian soldiers helped Ukrainian civilians flee.')), [])
  })
})

describe('modal auxiliaries before the verb', () => {
  test('a future or conditional passive keeps the materiel before it as its subject', () => {
    assert.deepEqual(claimsOf(analyze('Tanks will be sent to Ukraine by Germany.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('American tanks could soon be delivered to Ukraine.')), ['USA>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Des chars allemands seront livrés à l’Ukraine au printemps.', 'fr')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Des obus sud-coréens vont être livrés à la Pologne.', 'fr')), ['KOR>POL:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Des chars allemands pourraient être livrés à l’Ukraine.', 'fr')), ['DEU>UKR:armour:alleged_future'])
  })
  test('a hedging or arguing modal does not cut the subject off its verb', () => {
    assert.deepEqual(claimsOf(analyze('Germany should send tanks to Ukraine, the senator said.')), ['DEU>UKR:armour:opinion'])
    assert.deepEqual(claimsOf(analyze('Iran may have sent missiles to Russia.')), ['IRN>RUS:missiles:asserted'])
    assert.deepEqual(claimsOf(analyze('Iranian drones may have been supplied to Russia.')), ['IRN>RUS:drones:asserted'])
  })
})

describe('a destination after what is sent', () => {
  test('"en/au" and a state right after the materiel of a motion verb receive it', () => {
    assert.deepEqual(triplesOf(analyze('La France a livré des canons en Ukraine.', 'fr')), ['FRA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Paris a expédié 30 canons Caesar supplémentaires en Ukraine.', 'fr')), ['FRA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Rome enverra de nouveaux systèmes SAMP/T en Ukraine.', 'fr')), ['ITA>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze('L’envoi de chars allemands en Ukraine a commencé.', 'fr')), ['DEU>UKR:armour'])
  })
  test('but not a place where the materiel is used or fought over', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran fournit des drones utilisés en Ukraine.", 'fr')), [])
  })
})

describe('authorising a transfer', () => {
  test('"a autorisé l’envoi / la vente" gives the transfer, not a production licence', () => {
    assert.deepEqual(triplesOf(analyze("Berlin a autorisé l'envoi de chars Leopard en Ukraine.", 'fr')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("La Suisse a autorisé la vente de munitions à l'Allemagne.", 'fr')), ['CHE>DEU:artillery_ammunition'])
  })
  test('while authorising production stays a licence', () => {
    assert.deepEqual(triplesOf(analyze('Téhéran a autorisé la Russie à produire des drones.', 'fr')), ['IRN>RUS:production_licence'])
  })
})

describe('a transfer noun that holds the trigger noun', () => {
  test('"une enveloppe de … d’aide", "a tranche of … aid": the subject of the verb before the holder supplies', () => {
    assert.deepEqual(triplesOf(analyze("Washington a débloqué une enveloppe de 400 millions de dollars d'aide militaire pour Kiev.", 'fr')), ['USA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Ottawa a approuvé une nouvelle enveloppe de 500 millions de dollars d'aide militaire à l'Ukraine.", 'fr')), ['CAN>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Washington approved a tranche of 300 million dollars of military aid for Kyiv.')), ['USA>UKR:other_weapons'])
  })
  test('but not the subject of a verb that asks for it', () => {
    assert.deepEqual(triplesOf(analyze("Kiev a réclamé une enveloppe de 400 millions de dollars d'aide militaire.", 'fr')), [])
  })
})

describe('a list of suppliers whose second name opens with an article', () => {
  test('"La France et le Royaume-Uni ont fourni…" gives both', () => {
    assert.deepEqual(triplesOf(analyze('La France et le Royaume-Uni ont fourni des missiles de croisière à Kiev.', 'fr')), ['FRA>UKR:missiles', 'GBR>UKR:missiles'])
    assert.deepEqual(triplesOf(analyze("L'Italie, l'Espagne et le Royaume-Uni ont livré des obus à l'Ukraine.", 'fr')), ['ITA>UKR:artillery_ammunition', 'ESP>UKR:artillery_ammunition', 'GBR>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Le Danemark et les Pays-Bas ont livré des F-16 à l’Ukraine.', 'fr')), ['DNK>UKR:aircraft', 'NLD>UKR:aircraft'])
  })
})

describe('"arme" and "forme" as verbs', () => {
  test('before their object they arm and train', () => {
    assert.deepEqual(triplesOf(analyze("Selon l'ONU, l'Iran arme les Houthis depuis des années.", 'fr')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Washington affirme que Pyongyang arme la Russie.', 'fr')), ['PRK>RUS:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Le Royaume-Uni forme des soldats ukrainiens sur son sol.', 'fr')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('La France forme les pilotes ukrainiens sur Mirage 2000.', 'fr')), ['FRA>UKR:trainers'])
  })
  test('as nouns they do not', () => {
    assert.deepEqual(triplesOf(analyze('Ces obus russes ont la forme des anciens modèles soviétiques.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze("Chaque arme le long de la frontière ukrainienne est comptée par l'OSCE.", 'fr')), [])
  })
})

describe('French "des" before a state whose name has a plural article', () => {
  test('after a verb it is "de les", the state a source', () => {
    assert.deepEqual(triplesOf(analyze("L'Ukraine a obtenu des États-Unis des missiles ATACMS.", 'fr')), ['USA>UKR:missiles'])
    assert.deepEqual(triplesOf(analyze("La Pologne a reçu des Pays-Bas des véhicules blindés.", 'fr')), ['NLD>POL:armour'])
    assert.deepEqual(triplesOf(analyze("Le Soudan a acheté des Émirats arabes unis des drones chinois.", 'fr')), ['ARE>SDN:drones'])
  })
})

describe('"remettre à" hands over', () => {
  test('materiel handed over to a state', () => {
    assert.deepEqual(triplesOf(analyze("Le Danemark a remis aux forces ukrainiennes six avions F-16.", 'fr')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Les premiers chars Leopard ont été remis à l'armée ukrainienne par l'Allemagne.", 'fr')), ['DEU>UKR:armour'])
  })
  test('but "remettre en cause / à plus tard" does not', () => {
    assert.deepEqual(triplesOf(analyze("La Pologne a remis en cause l'idée d'envoyer des avions.", 'fr')), [])
  })
})

describe('suppliers named in an apposition before the verb', () => {
  test('"Plusieurs pays, dont X et Y, ont annoncé l’envoi…" gives X and Y', () => {
    assert.deepEqual(triplesOf(analyze("Plusieurs pays, dont l'Allemagne et la Suède, ont annoncé l'envoi de blindés à l'Ukraine.", 'fr')), ['DEU>UKR:armour', 'SWE>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Several countries, including Norway and Denmark, have announced the delivery of F-16 jets to Ukraine.')), ['NOR>UKR:aircraft', 'DNK>UKR:aircraft'])
  })
})

describe('possessing materiel of foreign origin', () => {
  test('"disposer de", "posséder", "être doté de" with an origin word: supplied by the maker state', () => {
    assert.deepEqual(triplesOf(analyze("Le Hezbollah dispose de roquettes iraniennes capables d'atteindre Haïfa.", 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Les Houthis possèdent des missiles balistiques de conception iranienne.', 'fr')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Les forces russes sont dotées de drones iraniens Shahed.', 'fr')), ['IRN>RUS:drones'])
  })
  test('in English: "possesses", "is armed with"', () => {
    assert.deepEqual(triplesOf(analyze('Hezbollah possesses Iranian rockets capable of reaching Haifa.')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('The Houthis are armed with Iranian-designed ballistic missiles.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Ukraine possesses enough ammunition for the winter.')), [])
  })
  test('with no foreign origin it says nothing of supply', () => {
    assert.deepEqual(triplesOf(analyze("L'Ukraine dispose de suffisamment de munitions pour tenir l'hiver.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("La Pologne dispose d'un budget militaire considérable.", 'fr')), [])
  })
})

describe('putting one’s territory at another’s disposal', () => {
  test('"met son territoire à la disposition de"', () => {
    assert.deepEqual(triplesOf(analyze('Selon Kiev, la Biélorussie met son territoire à la disposition des troupes russes.', 'fr')), ['BLR>RUS:territory_access'])
  })
})

describe('names whose first word is written in lower case', () => {
  test('"groupe Wagner", "grupo Wagner", "ministère des Armées" need their capital only where they write one', () => {
    assert.deepEqual(triplesOf(analyze("Des mercenaires du groupe Wagner combattent aux côtés de l'armée malienne.", 'fr')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(analyze('Mercenarios del grupo Wagner combaten junto al ejército maliense.', 'es')), ['RUS>MLI:troops'])
    const a = analyze('« Aucun soldat ne partira », a indiqué le ministère des Armées dans un communiqué.', 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['ministère des Armées'])
  })
})

describe('buying in a state', () => {
  test('"achète / se procure … en Chine": the state where one buys supplies', () => {
    assert.deepEqual(triplesOf(analyze('Moscou se procure des composants électroniques en Chine pour fabriquer ses missiles.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('La Russie a acheté des obus en Corée du Nord, selon Washington.', 'fr')), ['PRK>RUS:artillery_ammunition'])
  })
  test('in English: "buys … in China"', () => {
    assert.deepEqual(triplesOf(analyze('Moscow buys electronic components in China to build its missiles.')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Russia bought artillery shells in North Korea, Washington said.')), ['PRK>RUS:artillery_ammunition'])
  })
  test('but a place where materiel is received is no supplier', () => {
    assert.deepEqual(triplesOf(analyze('Russia received drones in Crimea.')), [])
    assert.deepEqual(triplesOf(analyze('La Russie a reçu des drones en Crimée.', 'fr')), [])
  })
})

describe('an agentless transfer still to come, announced by a state', () => {
  test('the announcer in an incise or before "que/that" makes it', () => {
    assert.deepEqual(claimsOf(analyze("Des chars seront livrés à l'Ukraine, a annoncé Berlin.", 'fr')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(triplesOf(analyze("Des obus seront envoyés à l'Ukraine, a annoncé le ministre allemand de la Défense.", 'fr')), ['DEU>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Paris a annoncé que douze canons Caesar seront livrés à l'Ukraine au printemps.", 'fr')), ['FRA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('More tanks will be delivered to Ukraine, Berlin announced.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Ottawa announced that more armoured vehicles will be sent to Ukraine.')), ['CAN>UKR:armour'])
  })
  test('but a transfer already made, announced by a third state, is a disclosure', () => {
    assert.deepEqual(triplesOf(analyze('Des missiles ont été livrés à la Russie, a annoncé Washington.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Drones have been delivered to the Houthis, the Pentagon announced.')), [])
  })
})

describe('a denial that names the accusation it answers', () => {
  const voices = (text: string) => analyze(text).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('the denial is its subject’s, the accusation stays a claim of its maker', () => {
    assert.deepEqual(voices('Tehran has denied Israeli allegations that Iran ships rockets to Hezbollah.'), ['IRN>HEZBOLLAH:denied:Tehran', 'IRN>HEZBOLLAH:asserted:Israeli'])
    assert.deepEqual(voices("Beijing dismissed Washington's accusations that Chinese firms supply drone engines to Russia."), ['CHN>RUS:denied:Beijing', 'CHN>RUS:asserted:Washington'])
    assert.deepEqual(voices('The minister denied Russian intelligence claims that Serbian firms sell shells to Kyiv.'), ['SRB>UKR:denied:minister', 'SRB>UKR:asserted:Russian intelligence'])
  })
  test('an accusation with no maker named, or in a clause of its own, gives no second claim', () => {
    assert.deepEqual(voices('Minsk has denied previous claims of Belarusian arms supplies to Russia.'), ['BLR>RUS:denied:Minsk'])
    assert.deepEqual(voices('Iran denied the charge, after the United States claimed that Iran sent drones to Russia.'), ['IRN>RUS:asserted:United States'])
  })
})

describe('a verb joined to a planned deed is planned too', () => {
  const statuses = (text: string) => claimsOf(analyze(text)).map((c) => c.split('>')[1]!.split(':').slice(1).join(':'))
  test('"intends to deliver … and train", "plans to build … and repair"', () => {
    assert.deepEqual(statuses('France intends to deliver thirty Caesar howitzers to the Ukrainian army over the coming months and train their crews.'), ['other_weapons:alleged_future', 'trainers:alleged_future'])
    assert.deepEqual(statuses('Germany plans to build a tank plant in Ukraine with local partners next year and repair Leopard tanks there.'), ['production_licence:alleged_future', 'maintenance:alleged_future'])
    assert.deepEqual(statuses('Rheinmetall expects to produce up to 400 battle tanks a year and repair Fuchs armoured vehicles in Ukraine.'), ['production_licence:alleged_future', 'maintenance:alleged_future'])
  })
  test('a deed done stays done', () => {
    assert.deepEqual(statuses('Britain sent Storm Shadow missiles to Ukraine last year and trained Ukrainian pilots.'), ['missiles:reported', 'trainers:reported'])
  })
})

describe('whoever speaks for an international body is that body speaking', () => {
  const voices = (text: string) => analyze(text).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('an official or expert of the UN or the IAEA confirms, named or not', () => {
    assert.deepEqual(voices('A United Nations official said Russia and China have been giving weapons to Myanmar.'), ['RUS>MMR:confirmed:United Nations official', 'CHN>MMR:confirmed:United Nations official'])
    assert.deepEqual(voices('A UN panel of experts said the UAE sent weapons to Sudan.'), ['ARE>SDN:confirmed:UN panel of experts'])
    assert.deepEqual(voices('Thomas Reed, a U.N. human rights expert on Sudan, said the UAE has sent drones to Sudan.'), ['ARE>SDN:confirmed:Thomas Reed'])
  })
  test('an acronym such as "UN" is a name, never an article', () => {
    assert.deepEqual(voices('Iran supplies the Houthis with missiles, according to the UN.'), ['IRN>YEM:confirmed:UN'])
    assert.deepEqual(voices('Iran supplies the Houthis with drones, according to UN experts.'), ['IRN>YEM:confirmed:UN'])
  })
  test('a person introduced earlier as the body’s expert keeps speaking for it', () => {
    assert.deepEqual(voices('The finding was made by Thomas Reed, a U.N. human rights expert on Sudan who once served in Congress. Reed said the UAE has been giving drones to Sudan.'), ['ARE>SDN:confirmed:Thomas Reed'])
    assert.deepEqual(voices('The data comes from Lena Hofer, an IAEA weapons inspector. Hofer said Iran has sold drones to Russia.'), ['IRN>RUS:confirmed:Lena Hofer'])
  })
  test('a state’s unnamed official or an analyst does not', () => {
    assert.deepEqual(voices('The report was written by Maria Keller, a senior analyst at the Rand Corporation. Keller said Serbia has given rockets to Myanmar.'), ['SRB>MMR:asserted:Maria Keller'])
    assert.deepEqual(voices('A U.S. official said Iran has sent drones to Russia.'), ['IRN>RUS:reported:U.S. official'])
    assert.deepEqual(voices('Maria Keller, a senior analyst at the Rand Corporation, said Serbia has given rockets to Myanmar.'), ['SRB>MMR:asserted:Maria Keller'])
  })
})

describe('hearsay in a clause of its own', () => {
  const statuses = (text: string) => claimsOf(analyze(text)).map((c) => c.split(':').pop())
  test('does not make the claim of another clause reported', () => {
    assert.deepEqual(statuses('Defence minister Kim Dae-ho claimed that North Korea sent ballistic missiles to Russia, although many reportedly malfunctioned.'), ['asserted'])
    assert.deepEqual(statuses('Germany has delivered Leopard tanks to Ukraine; several were reportedly lost near Robotyne.'), ['reported'])
  })
  test('while hearsay in the claim’s own clause does', () => {
    assert.deepEqual(statuses('North Korea has reportedly sent shells to Russia, although the numbers remain unclear.'), ['reported'])
  })
})

describe('a state named as the modifier of a noun is not what "it" stands for', () => {
  const suppliers = (text: string) => [...new Set(analyze(text).support.map((c) => c.supplier))]
  test('a demonym before a noun, a name before a report', () => {
    assert.deepEqual(suppliers('Pyongyang rejected South Korean media reports that it shipped shells to Russia.'), ['PRK'])
    assert.deepEqual(suppliers('China dismissed a U.S. report saying it sold drone engines to Russia.'), ['CHN'])
  })
  test('a state that is the subject still is', () => {
    assert.deepEqual(suppliers('Iran also said it sent drones to Russia.'), ['IRN'])
  })
})

describe('a state that asked for materiel receives what is then promised', () => {
  test('the requester of the sentence before completes an open recipient', () => {
    const fr = analyze("La Corée du Nord a livré des obus à la Russie. Kiev réclame davantage de systèmes de défense antiaérienne. L'Allemagne a promis de livrer trois systèmes IRIS-T supplémentaires.", 'fr')
    assert.deepEqual(triplesOf(fr), ['PRK>RUS:artillery_ammunition', 'DEU>UKR:air_defence'])
    const en = analyze('Iran has sent drones to Russia. Kyiv asked for more air defence systems. Germany pledged to deliver three more IRIS-T systems.')
    assert.deepEqual(triplesOf(en), ['IRN>RUS:drones', 'DEU>UKR:air_defence'])
  })
})

describe('neither confirming nor denying', () => {
  test('is no denial', () => {
    assert.deepEqual(claimsOf(analyze("La Corée du Nord a envoyé des soldats en Russie, selon Séoul. Moscou n'a ni confirmé ni démenti ces informations.", 'fr')).filter((c) => c.endsWith(':denied')), [])
    assert.deepEqual(claimsOf(analyze('North Korea has sent troops to Russia, Seoul said. Moscow has neither confirmed nor denied the reports.')).filter((c) => c.endsWith(':denied')), [])
    assert.deepEqual(claimsOf(analyze('North Korea has sent troops to Russia, Seoul said. Moscow denied the reports.')).filter((c) => c.endsWith(':denied')), ['PRK>RUS:troops:denied'])
  })
})

describe('a denial after a quotation that follows the accusation', () => {
  test('rebuts the claim of two sentences before', () => {
    const en = analyze('Iran has delivered ballistic missiles to Russia, the minister said. "This is a grave escalation," she told reporters. Tehran denied the accusation.')
    assert.deepEqual(claimsOf(en), ['IRN>RUS:missiles:confirmed', 'IRN>RUS:missiles:denied'])
    const fr = analyze("L'Iran a livré des missiles balistiques à la Russie, a déclaré la ministre. « C'est une grave escalade », a-t-elle ajouté. Téhéran a démenti ces accusations.", 'fr')
    assert.deepEqual(claimsOf(fr), ['IRN>RUS:missiles:confirmed', 'IRN>RUS:missiles:denied'])
  })
})

describe('media named by a demonym', () => {
  test('"selon les médias iraniens" reports: the media are not their state', () => {
    const a = analyze('Téhéran a fourni des missiles à Moscou, selon les médias iraniens.', 'fr')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:missiles:reported'])
    assert.equal(a.support[0]!.attributedTo, 'médias iraniens')
  })
})

describe('a transfer noun that is the object of a transfer verb', () => {
  test('gives its materiel to the verb', () => {
    assert.deepEqual(triplesOf(analyze('Kiev a reçu de Paris une nouvelle tranche de canons Caesar.', 'fr')), ['FRA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'Arménie a reçu de l'Inde une livraison de lance-roquettes Pinaka.", 'fr')), ['IND>ARM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Le Soudan reçoit chaque année des centaines de millions de dollars d’aide militaire émiratie.', 'fr')).length, 1)
  })
})

describe('a state among those that supply', () => {
  test('"fait partie des pays qui", "figure parmi les États qui", "is among the countries that"', () => {
    assert.deepEqual(triplesOf(analyze("La Norvège fait partie des pays qui ont livré des chars Leopard à l'Ukraine.", 'fr')), ['NOR>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Le Danemark figure parmi les États qui ont promis des avions F-16 à Kiev.', 'fr')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Denmark is one of the states that pledged F-16 jets to Kyiv.')), ['DNK>UKR:aircraft'])
  })
  test('"Parmi les pays qui … figurent X, Y et Z", "Among the countries that … are X and Y"', () => {
    assert.deepEqual(triplesOf(analyze("Parmi les pays qui ont fourni des chars à l'Ukraine figurent l'Allemagne, la Pologne et le Portugal.", 'fr')), ['DEU>UKR:armour', 'POL>UKR:armour', 'PRT>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Among the countries that have sent howitzers to Ukraine are Norway and Italy.')), ['NOR>UKR:other_weapons', 'ITA>UKR:other_weapons'])
    // Without the opening "among", the list is no antecedent.
    assert.deepEqual(triplesOf(analyze("Les pays qui ont fourni des chars à l'Ukraine se réunissent à Ramstein avec l'Allemagne.", 'fr')), [])
  })
})

describe('licensed production of a foreign design', () => {
  test('"fabrique sous licence des fusils russes" gives the licence from the design\'s state', () => {
    assert.deepEqual(triplesOf(analyze("L'Algérie fabrique désormais sous licence des fusils d'assaut russes.", 'fr')), ['RUS>DZA:production_licence'])
    assert.deepEqual(triplesOf(analyze('La Russie produit sous licence des drones iraniens dans une usine du Tatarstan.', 'fr')), ['IRN>RUS:production_licence'])
    assert.deepEqual(triplesOf(analyze('La Russie fabrique des drones pour son armée.', 'fr')), [])
  })
})

describe('"mettre à disposition de" and trained units', () => {
  test('the one at whose disposal materiel is put receives it', () => {
    assert.deepEqual(triplesOf(analyze("Le Royaume-Uni a mis à disposition de l'Ukraine des systèmes de défense aérienne.", 'fr')), ['GBR>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Des drones ont été mis à la disposition de l'armée russe par l'Iran.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('La Biélorussie a mis son territoire à la disposition des troupes russes.', 'fr')), ['BLR>RUS:territory_access'])
  })
  test('a brigade or battalion trained is its state\'s', () => {
    assert.deepEqual(triplesOf(analyze('La France forme une brigade ukrainienne sur son sol.', 'fr')), ['FRA>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('La Pologne forme un bataillon ukrainien près de la frontière.', 'fr')), ['POL>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('La France forme une coalition pour aider Kiev.', 'fr')), [])
  })
})

describe('"son pays", "his country": the speaker\'s own state', () => {
  test('a possessive anaphor after a reporting verb is the speaker\'s state', () => {
    assert.deepEqual(triplesOf(analyze('Le ministre iranien a reconnu que son pays avait envoyé des drones à la Russie avant la guerre.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(claimsOf(analyze("Le président biélorusse a affirmé que son pays n'enverrait jamais de soldats en Ukraine.", 'fr')), ['BLR>UKR:troops:denied'])
    assert.deepEqual(triplesOf(analyze("La ministre allemande a indiqué que son pays livrerait des chars à l'Ukraine.", 'fr')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('The German minister said her country would deliver tanks to Ukraine.')), ['DEU>UKR:armour'])
  })
})

describe('"non seulement … mais aussi", "not only … but also"', () => {
  test('is no negation', () => {
    assert.deepEqual(claimsOf(analyze("La Russie a reçu de l'Iran non seulement des drones mais aussi des missiles balistiques.", 'fr')), ['IRN>RUS:drones:reported', 'IRN>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(analyze('Iran has supplied Russia not only with drones but also with missiles.')), ['IRN>RUS:drones:reported', 'IRN>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(analyze("L'Iran n'a pas livré de drones à la Russie.", 'fr')), ['IRN>RUS:drones:denied'])
  })
})

describe('a role, its demonym, then the name', () => {
  const voices = (text: string, lang = 'fr') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('the official named that way confirms later, by name alone', () => {
    assert.deepEqual(voices("Le front est calme, selon le ministre de la Défense japonais Kenji Morota. Selon Kenji Morota, la Chine a fourni des drones à la Russie."), ['CHN>RUS:confirmed:Kenji Morota'])
    assert.deepEqual(voices("Le porte-parole du gouvernement polonais Adam Wiśniak est à Kiev. D'après Wiśniak, la Pologne a livré des chars à l'Ukraine."), ['POL>UKR:confirmed:Adam Wiśniak'])
    assert.deepEqual(voices("Selon le ministre des Affaires étrangères estonien Lauri Kask, l'Iran a envoyé des missiles à la Russie."), ['IRN>RUS:confirmed:Lauri Kask'])
  })
})

describe('intelligence services speaking on the record', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}`)
  test('an agency named with its acronym in brackets, or a service as a body, confirms', () => {
    assert.deepEqual(voices("La Direction du renseignement militaire (DRM) a rapporté que l'Iran a livré des drones à la Russie.", 'fr'), ['IRN>RUS:confirmed'])
    assert.deepEqual(voices("Les services de renseignement lituaniens ont affirmé que la Biélorussie a envoyé des obus à la Russie.", 'fr'), ['BLR>RUS:confirmed'])
    assert.deepEqual(voices('The Defence Intelligence Organisation (DIO) said Iran has shipped missiles to Russia.'), ['IRN>RUS:confirmed'])
    assert.deepEqual(voices("Finland's intelligence service said Belarus has delivered shells to Russia."), ['BLR>RUS:confirmed'])
  })
  test('its unnamed officials remain unnamed sources', () => {
    assert.deepEqual(voices('Two intelligence officials said Iran has shipped missiles to Russia.'), ['IRN>RUS:reported'])
    assert.deepEqual(voices("Un responsable du renseignement lituanien a affirmé que la Biélorussie a envoyé des obus à la Russie.", 'fr'), ['BLR>RUS:reported'])
  })
})

describe('a conditional in a clause joined after the claim', () => {
  const statuses = (text: string, lang = 'fr') => claimsOf(analyze(text, lang)).map((c) => c.split(':').pop())
  test('is that clause’s mood, not the claim’s', () => {
    assert.deepEqual(statuses("Selon l'armée ukrainienne, la Biélorussie livre des obus à la Russie depuis mars et un nouveau contrat aurait été signé."), ['confirmed'])
    assert.deepEqual(statuses("Selon le gouvernement, l'Iran a envoyé des drones à la Russie et une seconde livraison serait en préparation."), ['confirmed'])
    assert.deepEqual(statuses('According to the Pentagon, Belarus has sent shells to Russia since March and a new contract would have been signed by now.', 'en'), ['confirmed'])
  })
  test('while a conditional governing the claimed transfer still reports it', () => {
    assert.deepEqual(statuses('Les drones livrés à la Russie et les missiles auraient été fabriqués en Iran.'), ['reported', 'reported'])
    assert.deepEqual(statuses("Selon le gouvernement, l'Iran aurait envoyé des drones à la Russie."), ['reported'])
  })
})

describe('"prétendu" after an auxiliary is the verb of claiming', () => {
  const voices = (text: string) => analyze(text, 'fr').support.map((c) => `${c.supplier}>${c.recipient}:${c.status}`)
  test('the claimant’s accusation, asserted', () => {
    assert.deepEqual(voices("Les ministres ont dénoncé ce qu'ils ont prétendu être la livraison par la Chine de drones à la Russie."), ['CHN>RUS:asserted'])
    assert.deepEqual(voices("Berlin a critiqué ce que Varsovie avait prétendu être un transfert d'obus à la Russie par la Biélorussie."), ['BLR>RUS:asserted'])
    assert.deepEqual(voices("Paris a condamné ce que les rebelles ont prétendu être une livraison de missiles à la Russie par l'Iran."), ['IRN>RUS:asserted'])
  })
  test('while the adverb still reports', () => {
    assert.deepEqual(voices('Kiev a prétendument reçu des chars de la Pologne.'), ['POL>UKR:reported'])
  })
})

describe('a causal clause states its content as fact', () => {
  const statuses = (text: string, lang = 'fr') => claimsOf(analyze(text, lang)).map((c) => c.split(':').pop())
  test('whatever the conditional, the advice or the future before it', () => {
    assert.deepEqual(statuses("Il serait logique de sanctionner Téhéran, étant donné que l'Iran fournit des drones à la Russie, a déclaré le député Paul Mercier."), ['asserted'])
    assert.deepEqual(statuses("Il faudrait punir Minsk, puisque la Biélorussie livre des obus à la Russie, estime l'analyste Anne Roy."), ['asserted'])
    assert.deepEqual(statuses('It would be wise to sanction Minsk because Belarus sends shells to Russia, analyst Anne Roy said.', 'en'), ['asserted'])
    assert.deepEqual(statuses('Minsk will be sanctioned because Belarus sent shells to Russia, the minister said.', 'en'), ['confirmed'])
  })
  test('while the main clause keeps its own mood', () => {
    assert.deepEqual(statuses('Germany will send tanks to Ukraine because Kyiv asked.', 'en'), ['alleged_future'])
    assert.deepEqual(statuses("Selon des sources, l'Iran aurait livré des drones à la Russie."), ['reported'])
  })
})

describe('wildcard verb stems before a cedilla', () => {
  const claims = (text: string) => claimsOf(analyze(text, 'fr'))
  test('"annonçant" is "annonc*": the announced delivery is still to come', () => {
    assert.deepEqual(claims("Le ministre a confirmé le soutien de Paris, annonçant la livraison de douze canons Caesar à l'Ukraine."), ['FRA>UKR:other_weapons:alleged_future'])
    assert.deepEqual(claims("Le Premier ministre s'est exprimé à Oslo, annonçant l'envoi de chars Leopard à l'Ukraine par la Norvège."), ['NOR>UKR:armour:alleged_future'])
    assert.deepEqual(claims("Berlin a tenu une conférence de presse lundi, annonçant la livraison de deux systèmes IRIS-T à l'Ukraine."), ['DEU>UKR:air_defence:alleged_future'])
  })
})

describe('a reporting verb joined after the claim by a conjunction', () => {
  const statuses = (text: string, lang = 'en') => claimsOf(analyze(text, lang)).map((c) => c.split(':').pop())
  test('governs what follows it: the claim before stays in the journalist’s voice', () => {
    assert.deepEqual(statuses("Berlin has been the biggest supplier of tanks to Ukraine in its war against Russia's army and said on Monday it would keep helping."), ['reported'])
    assert.deepEqual(statuses("Tehran shipped drones to Russia during the war with Ukraine's army and said on Tuesday that it wanted peace."), ['reported'])
    assert.deepEqual(statuses("Iran has sold missiles to Russia despite the Ukrainian government's protests and said it would sell more."), ['reported'])
    assert.deepEqual(statuses('La Pologne a livré des chars à l’Ukraine malgré les protestations du gouvernement russe et a affirmé vouloir aider davantage.', 'fr'), ['reported'])
  })
  test('while an incise after a comma still speaks for the claim', () => {
    assert.deepEqual(statuses('Iran sent drones to Russia, the minister said.'), ['confirmed'])
    assert.deepEqual(statuses("La Pologne a livré des chars à l'Ukraine, a déclaré le ministre.", 'fr'), ['confirmed'])
  })
})

describe('a pronoun opening a clause that its state says, denies or admits', () => {
  const suppliers = (text: string) => [...new Set(analyze(text).support.map((c) => c.supplier))]
  test('stands for the subject of that verb, over a state named more often before', () => {
    assert.deepEqual(suppliers('China sells jets to the junta in Myanmar. Belgrade has denied claims that it sold rockets to Myanmar.'), ['CHN', 'SRB'])
    assert.deepEqual(suppliers('China sold drones to the Sudanese army. Egypt denied allegations from a newspaper report that it was sending fighter jets to Sudan.'), ['CHN', 'EGY'])
    assert.deepEqual(suppliers('Iran builds Shahed drones for Russia. Belarus says it has never sent troops to Russia.'), ['IRN', 'BLR'])
    assert.deepEqual(suppliers('North Korea ships shells to Russia. Minsk admitted that it had repaired Russian tanks.'), ['PRK', 'BLR'])
  })
  test('a noun anaphor is not the speaker', () => {
    assert.deepEqual(suppliers('Iran builds drones. Ukraine says the country has sent drones to Russia.'), ['IRN'])
  })
})

describe('membership of the group that did the deed', () => {
  test('"X is (not) among the Ys that sent…": the copula’s subject, denied when negated', () => {
    assert.deepEqual(claimsOf(analyze('Greece is not among the countries that have delivered fighter jets to Kyiv.')), ['GRC>UKR:aircraft:denied'])
    assert.deepEqual(claimsOf(analyze('Hungary, which has close ties to Moscow, is not one of the countries that supply weapons to Ukraine.')), ['HUN>UKR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Sweden is among the countries that sent howitzers to Ukraine last year.')), ['SWE>UKR:other_weapons:reported'])
  })
  test('a group named on the noun ("NATO members") did the deed too', () => {
    assert.deepEqual(claimsOf(analyze('Austria is not among the EU members that have shipped shells to Ukraine.')), ['AUT>UKR:artillery_ammunition:denied', 'EU>UKR:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze('NATO members that have sent tanks to Ukraine met in Oslo.')), ['NATO>UKR:armour:reported'])
  })
  test('"Among the countries that sent… are X and Y": the subject after the copula', () => {
    assert.deepEqual(triplesOf(analyze('Among the countries that have sold drones to Ethiopia are Turkey and Iran.')), ['TUR>ETH:drones', 'IRN>ETH:drones'])
    assert.deepEqual(triplesOf(analyze('Among those that supplied rockets to the Houthis was Iran, the panel found.')), ['IRN>YEM:artillery_ammunition'])
  })
})

describe('routes over go-betweens', () => {
  test('the states listed after "via intermediaries" supply too', () => {
    assert.deepEqual(triplesOf(analyze('Belgrade sold shells to Ukraine through intermediaries such as Poland and Slovakia.')), ['SRB>UKR:artillery_ammunition', 'POL>UKR:artillery_ammunition', 'SVK>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Russia bought drone engines from China via middlemen like Kazakhstan and Armenia.')), ['CHN>RUS:components_dual_use', 'KAZ>RUS:components_dual_use', 'ARM>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Bulgarian firms sent rockets to Kyiv via third-party intermediaries, namely EU countries like Romania and Greece.')), ['BGR>UKR:artillery_ammunition', 'ROU>UKR:artillery_ammunition', 'GRC>UKR:artillery_ammunition'])
  })
  test('a route named without a list, or over a state alone, adds nobody', () => {
    assert.deepEqual(triplesOf(analyze('Belgium sold rifles to Kyiv via intermediaries.')), ['BEL>UKR:small_arms'])
    assert.deepEqual(triplesOf(analyze('Belgium sold rifles to Kyiv via Poland.')), ['BEL>UKR:small_arms'])
  })
})

describe('materiel that heads an object relative', () => {
  test('is what the relative’s verb gives, with or without "that"', () => {
    assert.deepEqual(triplesOf(analyze('The rockets Tehran shipped to the Houthis were fired at ships.')), ['IRN>YEM:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Most of the howitzers that France had delivered to Kyiv are still in use.')), ['FRA>UKR:other_weapons'])
  })
  test('whoever uses it received it', () => {
    assert.deepEqual(triplesOf(analyze('Moscow launched dozens of Shahed drones that Iran had provided.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Sudan flew jets that Russia sold, and Sudan used drones Iran supplied.')), ['RUS>SDN:aircraft', 'IRN>SDN:drones'])
  })
  test('a name after the relative belongs to the main clause', () => {
    assert.deepEqual(triplesOf(analyze('The drones Iran supplied struck Odesa.')), [])
  })
})

describe('passives joined by "and" after one auxiliary', () => {
  test('"has been armed and trained by X": both verbs are passive, X gives both', () => {
    assert.deepEqual(triplesOf(analyze('Hamas has been armed and trained by Iran for a decade.')), ['IRN>HAMAS:other_weapons', 'IRN>HAMAS:trainers'])
    assert.deepEqual(triplesOf(analyze('The Houthis were armed and trained by Tehran.')), ['IRN>YEM:other_weapons', 'IRN>YEM:trainers'])
    assert.deepEqual(triplesOf(analyze('Hezbollah was financed and trained by Iran.')), ['IRN>HEZBOLLAH:financial', 'IRN>HEZBOLLAH:trainers'])
  })
  test('"armed" alone after a noun stays an adjective', () => {
    assert.deepEqual(triplesOf(analyze('The Sudanese armed forces received drones from the UAE.')), ['ARE>SDN:drones'])
  })
})

describe('the subject of a passive behind a reduced relative', () => {
  test('"the drones used by Russia were supplied by Iran": the materiel before the relative is supplied', () => {
    assert.deepEqual(triplesOf(analyze('The drones used by Russia were supplied by Iran.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Many of the rockets fired by Hamas were smuggled in by Iran.')), ['IRN>HAMAS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('The shells used by Moscow near Bakhmut were shipped by Pyongyang.')), ['PRK>RUS:artillery_ammunition'])
  })
  test('materiel that is the subject of another clause is not', () => {
    assert.deepEqual(triplesOf(analyze('The drones crashed, and the pilots were trained by Iran.')), [])
  })
})

describe('the user named after the materiel', () => {
  test('"les drones utilisés par la Russie", "the drones used by Russia" receive from the supplier', () => {
    assert.deepEqual(triplesOf(analyze("C'est l'Iran qui fournit l'essentiel des drones utilisés par la Russie.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("L'Iran fournit les drones utilisés par l'armée russe en Ukraine.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Iran supplies most of the drones used by Russia.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Iran sent the missiles launched by the Houthis at ships.')), ['IRN>YEM:missiles'])
    // Producing for oneself what another uses is no transfer.
    assert.deepEqual(triplesOf(analyze('La Corée du Nord fabrique les obus tirés par la Russie.', 'fr')), [])
  })
})

describe('the phrase of a noun trigger ends at its clause verb', () => {
  test('a "by" phrase after the auxiliary belongs to the verb, not to the noun', () => {
    assert.deepEqual(triplesOf(analyze("Iran's transfer of ballistic missiles to Russia was condemned by the G7.")), ['IRN>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze('The delivery of drones to Russia has been denied by Iran.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('The shipment of shells by North Korea to Russia was confirmed by Seoul.')), ['PRK>RUS:artillery_ammunition'])
  })
})

describe('materiel that comes from a state', () => {
  test('an origin verb whose subject is the materiel used by another', () => {
    assert.deepEqual(triplesOf(analyze('The missiles fired by the Houthis at tankers last week came from Iran.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Most of the shells used by Russian forces now come from North Korea.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('The drones launched by Russia at Odesa originated in Iran, the air force said.')), ['IRN>RUS:drones'])
  })
  test('materiel from a state that reaches or arrives in another', () => {
    assert.deepEqual(triplesOf(analyze('Ammunition from Serbia reached Ukraine through middlemen, the report found.')), ['SRB>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Weapons from Iran have reached the Houthis despite the embargo.')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('The first F-16s from Denmark have arrived in Ukraine.')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('American Abrams tanks arrived in Ukraine in September.')), ['USA>UKR:armour'])
  })
  test('reaching without materiel is no transfer', () => {
    assert.deepEqual(triplesOf(analyze('Russian troops reached the outskirts of Kupiansk, and talks with Ukraine reached a dead end.')), [])
  })
})

describe('the owner of the materiel named by a possessive', () => {
  test('"its shells had been re-exported": the subject of the reporting verb supplied', () => {
    assert.deepEqual(triplesOf(analyze('India denied that its shells had been re-exported to Ukraine.')), ['IND>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Bulgaria admitted that its ammunition had been shipped to Ukraine via Poland.')), ['BGR>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Iran says its drones were sold to Russia before the war.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("La Serbie affirme que ses munitions ont été revendues à l'Ukraine sans son accord.", 'fr')), ['SRB>UKR:artillery_ammunition'])
  })
})

describe('the contents of a package', () => {
  test('a verb of contents whose subject is the package named before takes its sides and status', () => {
    assert.deepEqual(claimsOf(analyze('Canada on Monday announced a new military aid package for Ukraine. The package includes Leopard tanks and NASAMS launchers.')), ['CAN>UKR:other_weapons:alleged_future', 'CAN>UKR:armour:alleged_future', 'CAN>UKR:air_defence:alleged_future'])
    assert.deepEqual(triplesOf(analyze("L'Italie a annoncé une nouvelle aide militaire à l'Ukraine. Cette tranche comprend des obus de 155 mm et des systèmes SAMP/T.", 'fr')), ['ITA>UKR:other_weapons', 'ITA>UKR:artillery_ammunition', 'ITA>UKR:air_defence'])
  })
  test('in one sentence, the contents replace the generic word of the package', () => {
    assert.deepEqual(triplesOf(analyze("Germany's latest aid package for Ukraine includes Leopard tanks and IRIS-T systems.")), ['DEU>UKR:armour', 'DEU>UKR:air_defence'])
  })
  test('contents that are no materiel, or with no transfer before, give nothing', () => {
    assert.deepEqual(triplesOf(analyze('The coalition includes Denmark and the Netherlands.')), [])
    assert.deepEqual(triplesOf(analyze('The exhibition includes Leopard tanks and old Soviet guns.')), [])
  })
})

describe('the subject of a governing verb over a phrase of time', () => {
  test('"The Pentagon on Friday announced a package", "$60 billion in military aid"', () => {
    assert.deepEqual(triplesOf(analyze('The Pentagon on Friday announced a new $425 million security assistance package for Ukraine.')), ['USA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Since 2022, Washington has committed more than $60 billion in military aid to Kyiv.')), ['USA>UKR:other_weapons'])
  })
})

describe('a hedge or a passive verb of saying before an infinitive', () => {
  test('"is thought to be providing", "is reported to have delivered": the subject supplies', () => {
    assert.deepEqual(claimsOf(analyze('Moscow is thought to be providing food and oil to Pyongyang.')), ['RUS>PRK:economic:asserted'])
    assert.deepEqual(triplesOf(analyze('Turkey is understood to be selling drones to Ethiopia.')), ['TUR>ETH:drones'])
    assert.deepEqual(triplesOf(analyze('China is reported to have delivered drone parts to Russia.')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Belarus was said to be repairing Russian tanks.')), ['BLR>RUS:maintenance'])
  })
})

describe('exchanges', () => {
  test('"in exchange", "en échange": a supplier with no recipient pays back the state that supplied it', () => {
    assert.deepEqual(triplesOf(analyze('North Korea has shipped shells to Russia. In exchange, Moscow is providing food, oil and fighter jets.')), ['PRK>RUS:artillery_ammunition', 'RUS>PRK:economic', 'RUS>PRK:aircraft'])
    assert.deepEqual(triplesOf(analyze("L'Iran a livré des drones à la Russie. En échange, Moscou fournirait des avions de combat Su-35.", 'fr')), ['IRN>RUS:drones', 'RUS>IRN:aircraft'])
    assert.deepEqual(triplesOf(analyze('Nordkorea liefert Granaten an Russland. Im Gegenzug liefert Moskau Lebensmittel.', 'de')), ['PRK>RUS:artillery_ammunition', 'RUS>PRK:economic'])
  })
  test('without an exchange word, a recipient that supplies with no one named stays open', () => {
    assert.deepEqual(triplesOf(analyze('North Korea has shipped shells to Russia. Moscow is also providing fighter jets.')), ['PRK>RUS:artillery_ammunition'])
  })
})

describe('materiel named again with a definite article', () => {
  test('a trigger naming neither side takes the sides of the claim before about the same kind of materiel', () => {
    assert.deepEqual(triplesOf(analyze('Ethiopia has received Bayraktar TB2 drones from Turkey, diplomats said. The drones were delivered in late 2021.')), ['TUR>ETH:drones'])
    assert.equal(analyze('Ethiopia has received Bayraktar TB2 drones from Turkey, diplomats said. The drones were delivered in late 2021.').support.length, 2)
    assert.equal(analyze("La Russie a acheté des obus à la Corée du Nord. Les obus ont été livrés par train.", 'fr').support.length, 2)
  })
  test('not when the materiel is of another kind, or named without an article', () => {
    assert.equal(analyze('Ethiopia has received Bayraktar TB2 drones from Turkey. The tanks were delivered in 2021.').support.length, 1)
    assert.equal(analyze('Ethiopia has received Bayraktar TB2 drones from Turkey. Drones were delivered in 2021 as well.').support.length, 1)
  })
})

describe('a list of materiel with an origin each', () => {
  test('each origin supplies the materiel it qualifies', () => {
    assert.deepEqual(triplesOf(analyze('Mali has bought Turkish Bayraktar drones and Russian helicopters since the 2021 coup.')), ['TUR>MLI:drones', 'RUS>MLI:aircraft'])
    assert.deepEqual(triplesOf(analyze('Russia has used Iranian drones and North Korean missiles against Ukrainian cities.')), ['IRN>RUS:drones', 'PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze("L'armée malienne a acquis des drones turcs et des hélicoptères russes.", 'fr')), ['TUR>MLI:drones', 'RUS>MLI:aircraft'])
    assert.deepEqual(triplesOf(analyze('Kyiv received Swedish Archer howitzers, shells and German Leopard tanks.')), ['SWE>UKR:other_weapons', 'SWE>UKR:artillery_ammunition', 'DEU>UKR:armour'])
  })
  test('a firm named in common words needs its capitals ("Russian Helicopters")', () => {
    assert.deepEqual(triplesOf(analyze('Russian Helicopters delivered Mi-8 helicopters to Mali.')), ['RUS>MLI:aircraft'])
    assert.deepEqual(triplesOf(analyze('Myanmar imported Chinese jets and Russian helicopters.')), ['CHN>MMR:aircraft', 'RUS>MMR:aircraft'])
  })
})

describe('agent nouns in apposition, and deals with a partner', () => {
  test('"Germany, Israel\'s second-largest arms supplier, …": the state before the comma supplies', () => {
    assert.deepEqual(triplesOf(analyze("Germany, Israel's second-largest arms supplier, has come under pressure.")), ['DEU>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'Allemagne, deuxième fournisseur d'armes d'Israël, est sous pression.", 'fr')), ['DEU>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("China, Myanmar's main supplier of fighter jets – and of much else – stays silent.")), ['CHN>MMR:aircraft'])
  })
  test('"signed an agreement with Moscow for the supply of …": the partner supplies, the signatory receives', () => {
    assert.deepEqual(claimsOf(analyze("Niger's military rulers signed an agreement with Moscow for the supply of air defence systems.")), ['RUS>NER:air_defence:alleged_future'])
    assert.deepEqual(triplesOf(analyze('India signed a contract with Russia for the delivery of S-400 systems.')), ['RUS>IND:air_defence'])
    assert.deepEqual(triplesOf(analyze('Le Niger a signé un accord avec la Russie pour la livraison de systèmes de défense aérienne.', 'fr')), ['RUS>NER:air_defence'])
  })
  test('"with" that is no deal partner supplies nothing', () => {
    assert.deepEqual(triplesOf(analyze('Together with France, Germany announced the delivery of tanks to Ukraine.')), ['DEU>UKR:armour'])
  })
})

describe('a transfer stopped, counted', () => {
  test('"paused one shipment of", "suspended a delivery of": the subject supplied, and stopped', () => {
    assert.deepEqual(claimsOf(analyze('Washington paused one shipment of heavy bombs to Israel in May.')), ['USA>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('The United States suspended a delivery of 2,000-pound bombs to Israel.')), ['USA>ISR:other_weapons:denied'])
  })
})

describe('operators who are trained are trainees', () => {
  test('"Ukrainian pilots are being trained", "La France forme des pilotes ukrainiens": no operation of weapons', () => {
    assert.deepEqual(triplesOf(analyze('Ukrainian pilots are being trained in Romania by American instructors.')), ['USA>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('La France forme des pilotes ukrainiens.', 'fr')), ['FRA>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('Des pilotes iraniens pilotent les drones pour la Russie.', 'fr')), ['IRN>RUS:operation_of_weapons'])
  })
})

describe('status: who speaks, unnamed or on the record', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => c.status)
  test('sources and officials in the plural, in or around the speaker phrase, report', () => {
    assert.deepEqual(voices('According to U.S. officials, Iran has sent missiles to Russia.'), ['reported'])
    assert.deepEqual(voices('A source in the Ukrainian military said Belarus had sent tanks to Russia.'), ['reported'])
    assert.deepEqual(voices('Sources close to the ministry said Belarus had handed over tanks to Russia.'), ['reported'])
    assert.deepEqual(voices("D'après des responsables américains, l'Iran a expédié des missiles à la Russie.", 'fr'), ['reported'])
  })
  test('a report named before its verb or after "according to" reports; a state body’s own words do not', () => {
    assert.deepEqual(voices('Media reports say China has supplied drone engines to Russia.'), ['reported'])
    assert.deepEqual(voices('Iran delivered drones to Russia, according to a report by the Institute for the Study of War.'), ['reported'])
    assert.deepEqual(voices("Ce mercredi, l’agence sud-coréenne du renseignement a rapporté que 3 000 soldats nord-coréens avaient été déployés en Russie.", 'fr'), ['confirmed'])
    assert.deepEqual(voices('The Pentagon said it had sent 31 Abrams tanks to Ukraine.'), ['confirmed'])
  })
  test('unnamed sources who accuse still accuse', () => {
    assert.deepEqual(voices('Ukrainian officials have long accused Iran of supplying drones to Russia.'), ['asserted'])
  })
  test('a minister or the head of a diplomacy, unnamed, is on the record', () => {
    assert.deepEqual(voices('Le chef de la diplomatie iranienne a reconnu que Téhéran avait fourni des drones à la Russie.', 'fr'), ['confirmed'])
    assert.deepEqual(voices('Der iranische Außenminister räumte ein, dass Teheran Drohnen an Russland geliefert habe.', 'de'), ['confirmed'])
    assert.deepEqual(voices('Der Verteidigungsminister sagte, Deutschland habe Panzer an die Ukraine geliefert.', 'de'), ['confirmed'])
  })
  test('a hedge in a later predicate of the sentence leaves the stated transfer alone', () => {
    assert.deepEqual(claimsOf(analyze('Russia received ballistic missiles from Iran and will probably use them in Ukraine within weeks, Secretary of State Antony Blinken said.'))[0], 'IRN>RUS:missiles:confirmed')
    assert.deepEqual(claimsOf(analyze('Iran has sent drones to Russia and will likely send missiles soon, the Pentagon said.'))[0], 'IRN>RUS:drones:confirmed')
    assert.deepEqual(voices('Iran has probably sent drones to Russia, the Pentagon said.'), ['asserted'])
  })
  test('"sources reported" after a clause with another speaker: the sources report', () => {
    assert.deepEqual(voices('Hours after Belarusian President Alexander Lukashenko warned of an attack, sources reported Russian drone strikes from Belarus on Monday.'), ['reported'])
    assert.deepEqual(voices('Sources reported Russian drone strikes from Belarus on Monday.'), ['reported'])
  })
  test('a secretary of a government, unnamed, is on the record', () => {
    assert.deepEqual(voices("Britain's Foreign Secretary said on Tuesday that Iran had delivered missiles to Russia."), ['confirmed'])
  })
  test('a statement "of" or "from" a body after "according to" is that body speaking', () => {
    assert.deepEqual(voices('According to a statement from the Pentagon, the United States has delivered Abrams tanks to Ukraine.'), ['confirmed'])
    assert.deepEqual(voices("Selon un communiqué du ministère des Armées, la France a livré des canons Caesar à l'Ukraine.", 'fr'), ['confirmed'])
    assert.deepEqual(voices("D'après un communiqué de l'Élysée, la France a livré des canons Caesar à l'Ukraine.", 'fr'), ['confirmed'])
    assert.deepEqual(analyze("Selon un communiqué du Pentagone, les États-Unis ont livré des chars Abrams à l'Ukraine.", 'fr').support.map((c) => c.attributedTo), ['Pentagone'])
  })
  test('a name in quotation marks before the verb is its subject', () => {
    assert.deepEqual(voices('Wie der "Spiegel" berichtet, hat Nordkorea Russland Granaten geliefert.', 'de'), ['reported'])
    assert.deepEqual(analyze('Der „Spiegel“ berichtet, Nordkorea habe Russland Granaten geliefert.', 'de').support.map((c) => c.attributedTo), ['Spiegel'])
  })
  test('a separable verb written as one word at the end of a subordinate clause', () => {
    assert.deepEqual(voices('Wie das Verteidigungsministerium mitteilte, hat Deutschland der Ukraine IRIS-T-Systeme geliefert.', 'de'), ['confirmed'])
    assert.deepEqual(voices('Es ist bekannt, dass Scholz die Lieferung von Taurus-Marschflugkörpern an die Ukraine ablehnte.', 'de'), ['denied'])
    assert.deepEqual(voices('Es wurde bekannt, dass Deutschland der Ukraine weitere Panzer zusagte.', 'de'), ['alleged_future'])
    assert.deepEqual(voices('Kiew begrüßte, dass Berlin die Lieferung von Patriot-Systemen an die Ukraine ankündigte.', 'de'), ['alleged_future'])
  })
  test('a separable verb of saying whose particle closes the clause', () => {
    assert.deepEqual(voices('Das Verteidigungsministerium teilte am Montag mit, Deutschland habe IRIS-T-Systeme an die Ukraine geliefert.', 'de'), ['confirmed'])
    assert.deepEqual(voices('Das Verteidigungsministerium teilte mit, dass Deutschland IRIS-T-Systeme an die Ukraine geliefert habe.', 'de'), ['confirmed'])
  })
  test('a verb of claiming before "that" asserts; the impersonal passive and the adverb report', () => {
    assert.deepEqual(voices('Zelensky alleged that Iran had shipped missiles to Russia.'), ['asserted'])
    assert.deepEqual(voices('Kyiv alleged that Belarus had sent tanks to Russia.'), ['asserted'])
    assert.deepEqual(voices('It is alleged that Iran shipped missiles to Russia.'), ['reported'])
    assert.deepEqual(voices('Iran allegedly shipped missiles to Russia.'), ['reported'])
  })
})

describe('status: plans, refusals', () => {
  const statuses = (text: string, lang = 'de') => analyze(text, lang).support.map((c) => c.status)
  test('"soll" before a present infinitive plans; before a perfect one it reports', () => {
    assert.deepEqual(statuses('Deutschland soll der Ukraine im Sommer weitere Panzer liefern.'), ['alleged_future'])
    assert.deepEqual(statuses('Die EU-Mission soll 15.000 ukrainische Soldaten ausbilden.'), ['alleged_future'])
    assert.deepEqual(statuses('Der Iran soll Drohnen an Russland geliefert haben.'), ['reported'])
    assert.deepEqual(statuses('Nordkorea soll Russland im Herbst Millionen Granaten geliefert haben, berichtet die Zeitung.'), ['reported'])
  })
  test('the Konjunktiv I of "werden", "wollen", "planen" in reported speech plans, however far before the infinitive', () => {
    assert.deepEqual(statuses('Deutschland werde noch in diesem Jahr zwei weitere IRIS-T-Systeme an die Ukraine liefern, sagte Pistorius.'), ['alleged_future'])
    assert.deepEqual(statuses('Pistorius sagte, Deutschland werde der Ukraine weitere Panzer liefern.'), ['alleged_future'])
    assert.deepEqual(statuses('Der Minister sagte, Berlin wolle der Ukraine weitere Panzer liefern.'), ['alleged_future'])
    assert.deepEqual(statuses('Pistorius sagte, Deutschland habe der Ukraine bereits Panzer geliefert.'), ['confirmed'])
    assert.deepEqual(statuses('Pistorius sagte, Deutschland liefere der Ukraine weiterhin Munition.'), ['confirmed'])
  })
  test('"möchte" with an infinitive is a wish to do, still to come', () => {
    assert.deepEqual(statuses('Deutschland möchte der Ukraine weitere Patriot-Systeme liefern.'), ['alleged_future'])
  })
  test('a word of the future in an introductory phrase is not the tense of the verb after the subject', () => {
    assert.deepEqual(statuses('Under a deal signed in 2022, Iran supplies drones to Russia.', 'en'), ['reported'])
    assert.deepEqual(statuses("En vertu d'un accord signé en 2022, l'Iran fournit des drones à la Russie.", 'fr'), ['reported'])
    assert.deepEqual(statuses('Next spring, Germany will send more tanks to Ukraine.', 'en'), ['alleged_future'])
    assert.deepEqual(statuses('Under the new agreement, Germany will deliver more tanks to Ukraine.', 'en'), ['alleged_future'])
  })
  test('a transfer noun that is the subject of "is off the table", "est exclue", "ist ausgeschlossen" is refused', () => {
    assert.deepEqual(statuses('A German delivery of Taurus missiles to Ukraine is off the table.', 'en'), ['denied'])
    assert.deepEqual(statuses('The delivery of F-16 jets to Ukraine by Turkey is out of the question.', 'en'), ['denied'])
    assert.deepEqual(statuses("Une livraison de chars Leclerc par la France à l'Ukraine est exclue.", 'fr'), ['denied'])
    assert.deepEqual(statuses('Eine Lieferung von Taurus durch Deutschland an die Ukraine ist ausgeschlossen.'), ['denied'])
    // (A refusal in a clause of its own is not the noun's predicate.)
    assert.deepEqual(statuses('The delivery of Leopard tanks by Germany to Ukraine is a turning point that nobody ruled out.', 'en'), ['reported'])
  })
  test('"cannot" negates', () => {
    assert.deepEqual(statuses('The Swiss government cannot agree to the transfer of Swiss ammunition to Ukraine.', 'en'), ['denied'])
  })
})

describe('the pronoun after a verb of saying stands for its subject over an adverbial', () => {
  test('"de son côté", "for its part" between the subject and the verb', () => {
    assert.deepEqual(claimsOf(analyze("La Corée du Nord aide Moscou. La France a de son côté annoncé qu'elle livrerait des missiles Aster à l'Ukraine.", 'fr')), ['FRA>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('North Korea helps Moscow. France, for its part, announced that it would deliver Aster missiles to Ukraine.')), ['FRA>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Iran arms Russia. Germany also said it would send tanks to Ukraine.')), ['IRN>RUS:other_weapons:reported', 'DEU>UKR:armour:alleged_future'])
  })
})

describe('status: pronouns read after the quotations', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"he added" stands for the speaker before it, not one quoted later in the text', () => {
    const text = 'Germany will send another Patriot system, Chancellor Olaf Scholz said. He added that Germany had already delivered two Patriot systems to Ukraine. "This prolongs the war," said the analyst John Carter.'
    assert.deepEqual(voices(text).slice(1), ['confirmed:Olaf Scholz'])
  })
  test('a pronoun no one named before stands for still accuses', () => {
    assert.deepEqual(voices("Les États-Unis ont annoncé des sanctions contre l'Iran. Ils reprochent à Téhéran d'avoir livré des armes à la Russie.", 'fr'), ['asserted:null'])
    assert.deepEqual(voices('Washington and London announced sanctions on Iran on Tuesday. They accuse Tehran of sending missiles to Russia.'), ['asserted:null'])
  })
})

describe('status: a denial after the claim, by another voice', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"…, a charge X denies", "…, which X denies", "…, ce que X dément": the maker keeps the claim, the denier denies it', () => {
    assert.deepEqual(voices('Kyiv says Iran is sending drones to Russia, a charge Tehran denies.'), ['denied:Tehran', 'asserted:Kyiv'])
    assert.deepEqual(voices('Ukraine said Belarus had sent tanks to Russia, which Minsk has denied.'), ['denied:Minsk', 'confirmed:Ukraine'])
    const text = "La Russie a vivement réagi aux livraisons d'armes à l'Ukraine. Selon Moscou, des instructeurs français seraient déjà présents sur le sol ukrainien, ce que Paris dément."
    assert.deepEqual(voices(text, 'fr').slice(-2), ['denied:Paris', 'reported:Moscou'])
  })
  test('a denial of the speaker’s own or one the subject makes stays one claim', () => {
    assert.deepEqual(voices('Iran denied sending drones to Russia.'), ['denied:Iran'])
  })
})

describe('French origin verbs as predicates', () => {
  test('"les drones utilisés par X viennent de Y": Y supplies X, over the relative', () => {
    assert.deepEqual(claimsOf(analyze("Les missiles utilisés par les Houthis proviennent d'Iran.", 'fr')), ['IRN>YEM:missiles:reported'])
    assert.deepEqual(triplesOf(analyze("Les missiles balistiques employés par l'armée russe viennent de Corée du Nord, affirme Kiev.", 'fr')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze("Les drones utilisés par l'Azerbaïdjan au Haut-Karabakh venaient de Turquie.", 'fr')), ['TUR>AZE:drones'])
  })
  test('an origin verb with no user names no claim', () => {
    assert.deepEqual(triplesOf(analyze("Ces fonds proviennent d'Iran.", 'fr')), [])
  })
})

describe('French maintenance phrases', () => {
  test('"assurer la maintenance de", "prendre en charge l\'entretien de": the subject maintains', () => {
    assert.deepEqual(claimsOf(analyze('La Turquie assure l’entretien des drones Bayraktar azerbaïdjanais.', 'fr')), ['TUR>AZE:maintenance:reported'])
    assert.deepEqual(claimsOf(analyze('La France prend en charge la maintenance des chars ukrainiens.', 'fr')), ['FRA>UKR:maintenance:reported'])
    assert.deepEqual(claimsOf(analyze('Moscou assurera la maintenance des avions de combat iraniens.', 'fr')), ['RUS>IRN:maintenance:alleged_future'])
  })
  test('technicians who repair act for their state', () => {
    assert.deepEqual(triplesOf(analyze("Des techniciens américains entretiennent les F-16 de l'armée ukrainienne.", 'fr')), ['USA>UKR:maintenance'])
    assert.deepEqual(triplesOf(analyze('Des ingénieurs russes réparent les avions de combat iraniens.', 'fr')), ['RUS>IRN:maintenance'])
  })
  test('keeping up relations is no maintenance', () => {
    assert.deepEqual(triplesOf(analyze("La Biélorussie entretient de bonnes relations avec l'Iran.", 'fr')), [])
  })
})

describe('French requests for materiel', () => {
  test('asking a state for materiel is an opinion for that transfer', () => {
    assert.deepEqual(claimsOf(analyze('Kiev a demandé à Washington des Patriot supplémentaires.', 'fr')), ['USA>UKR:air_defence:opinion'])
    assert.deepEqual(claimsOf(analyze("L'Ukraine réclame des avions de chasse à ses alliés de l'Otan.", 'fr')), ['NATO>UKR:aircraft:opinion'])
    assert.deepEqual(claimsOf(analyze("Israël a sollicité des États-Unis des munitions supplémentaires.", 'fr')), ['USA>ISR:artillery_ammunition:opinion'])
  })
  test('asking a state to deliver: the asker receives', () => {
    assert.deepEqual(claimsOf(analyze("L'Arménie a demandé à la Russie de lui livrer des armes.", 'fr')), ['RUS>ARM:other_weapons:opinion'])
    assert.deepEqual(claimsOf(analyze("L'Ukraine a demandé à l'Allemagne de livrer des missiles Taurus.", 'fr')), ['DEU>UKR:missiles:opinion'])
  })
  test('the state asked may be the supplier the document names', () => {
    assert.deepEqual(claimsOf(analyze("Le Danemark a livré des canons Caesar à l'Ukraine. L'Ukraine réclame davantage de canons.", 'fr')), ['DNK>UKR:other_weapons:reported', 'DNK>UKR:other_weapons:opinion'])
  })
  test('a request naming no materiel claims nothing', () => {
    assert.deepEqual(triplesOf(analyze('Kiev demande des garanties de sécurité à Washington.', 'fr')), [])
  })
})

describe('a source between commas', () => {
  test('", selon X," between the materiel and its passive verb', () => {
    assert.deepEqual(triplesOf(analyze("Ces missiles, selon les experts, ont été fournis aux Houthis par l'Iran.", 'fr')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Les obus, selon Séoul, ont été livrés à la Russie par la Corée du Nord.', 'fr')), ['PRK>RUS:artillery_ammunition'])
  })
})

describe('French state nouns with a demonym', () => {
  test('"le régime iranien", "la junte malienne" name the state, not an anaphor', () => {
    assert.deepEqual(triplesOf(analyze('Le régime iranien a livré des drones à la Russie.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Le régime nord-coréen a livré des obus à Moscou.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('La Russie a livré des hélicoptères à la junte malienne.', 'fr')), ['RUS>MLI:aircraft'])
  })
  test('administrations, legislatures and armed groups described by their demonym', () => {
    assert.deepEqual(triplesOf(analyze("L'administration américaine a livré des armes à l'Ukraine.", 'fr')), ['USA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Le Congrès américain a approuvé une aide de 61 milliards de dollars pour l'Ukraine.", 'fr')), ['USA>UKR:financial'])
    assert.deepEqual(triplesOf(analyze('L’Iran a livré des drones aux insurgés houthis.', 'fr')), ['IRN>YEM:drones'])
  })
})

describe('a state behind a noun keeps the noun’s preposition', () => {
  test('"au régime de Bachar al-Assad", "à l\'armée du général al-Burhane" receive', () => {
    assert.deepEqual(triplesOf(analyze('Moscou a livré des avions au régime de Bachar al-Assad.', 'fr')), ['RUS>SYR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Riyad a fourni des armes à l'armée du général al-Burhane.", 'fr')), ['SAU>SDN:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Des drones ont été livrés aux forces du Kremlin par Téhéran.', 'fr')), ['IRN>RUS:drones'])
  })
})

describe('French dative pronouns', () => {
  test('"lui" or "leur" before the verb is the recipient named before', () => {
    assert.deepEqual(triplesOf(analyze("L'Arménie cherche à diversifier ses achats. La France lui a vendu trois radars.", 'fr')), ['FRA>ARM:air_defence'])
    assert.deepEqual(triplesOf(analyze("Les Houthis frappent les navires en mer Rouge. L'Iran leur fournit des drones.", 'fr')), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze('La Russie tire des milliers d’obus par jour. Pyongyang lui en a livré des millions.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(claimsOf(analyze("Kiev manque de défense aérienne. Washington va lui envoyer un nouveau système Patriot.", 'fr')), ['USA>UKR:air_defence:alleged_future'])
  })
  test('the one named earlier in the same sentence', () => {
    assert.deepEqual(triplesOf(analyze("L'Ukraine attend des chars et l'Allemagne lui livrera des Leopard au printemps.", 'fr')), ['DEU>UKR:armour'])
  })
})

describe('withdrawing personnel ends support', () => {
  test('troops withdrawn from a state, or leaving it, are denied support', () => {
    assert.deepEqual(claimsOf(analyze('La France a retiré ses soldats du Niger.', 'fr')), ['FRA>NER:troops:denied'])
    assert.deepEqual(claimsOf(analyze('Les derniers soldats français ont quitté le Mali en 2022.', 'fr')), ['FRA>MLI:troops:denied'])
    assert.deepEqual(claimsOf(analyze('Le retrait des troupes françaises du Mali s’est achevé en août.', 'fr')), ['FRA>MLI:troops:denied'])
  })
  test('leaving a town, or an enemy leaving the front, is no support', () => {
    assert.deepEqual(triplesOf(analyze('Le ministre a quitté Paris pour Kiev.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Les troupes russes se sont retirées de Kherson en novembre.', 'fr')), [])
  })
})

describe('French materiel bound for a state', () => {
  test('"destinées à", "à destination de": the origin supplies the destination', () => {
    assert.deepEqual(triplesOf(analyze('Une cargaison d’armes iraniennes destinées aux Houthis a été interceptée.', 'fr')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Des trains chargés d’obus nord-coréens à destination de la Russie ont été repérés.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Israël a frappé un convoi d’armes destiné au Hezbollah en provenance d’Iran.', 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
  })
  test('without an origin or a state as destination, nothing', () => {
    assert.deepEqual(triplesOf(analyze('Ce programme est destiné aux étudiants étrangers.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Des camions chargés de vivres sont partis vers le nord.', 'fr')), [])
  })
})

describe('French agent nouns followed by "à"', () => {
  test('"le soutien militaire de X à Y" is the support itself', () => {
    assert.deepEqual(triplesOf(analyze("Le soutien militaire de l'Iran à la Russie inquiète Kiev.", 'fr')), ['IRN>RUS:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Le soutien militaire de la Turquie à l’Azerbaïdjan a été décisif.', 'fr')), ['TUR>AZE:other_weapons'])
  })
  test('after a copula the subject still supplies', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran est le principal soutien militaire de la Russie.", 'fr')), ['IRN>RUS:other_weapons'])
  })
})

describe('foreign materiel arriving in a state', () => {
  test('its origin delivered it there', () => {
    assert.deepEqual(triplesOf(analyze('Les premiers chars Leopard allemands sont arrivés en Ukraine.', 'fr')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Des obus nord-coréens sont arrivés en Russie par train.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("L'arrivée des premiers Su-35 russes en Iran est attendue en 2025.", 'fr')), ['RUS>IRN:aircraft'])
  })
  test('troops arriving are deployed; an enemy’s drones over a city are not delivered', () => {
    assert.deepEqual(triplesOf(analyze('Des soldats nord-coréens sont arrivés en Russie.', 'fr')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze('Des drones russes sont arrivés au-dessus de Kiev.', 'fr')), [])
  })
})

describe('French nouns of arming', () => {
  test('"le réarmement de X par Y": X is armed', () => {
    assert.deepEqual(triplesOf(analyze("Le réarmement du Hezbollah par l'Iran inquiète Israël.", 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Le réarmement des Houthis par Téhéran se poursuit.', 'fr')), ['IRN>YEM:other_weapons'])
  })
})

describe('French object relatives about foreign materiel', () => {
  test('"les drones iraniens que la Russie utilise": the relative’s subject uses what its antecedent’s origin supplied', () => {
    assert.deepEqual(triplesOf(analyze('Les drones iraniens que la Russie utilise frappent Kiev.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("Ce sont des drones iraniens que la Russie utilise contre l'Ukraine.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Les missiles nord-coréens que l’armée russe emploie frappent Kharkiv.', 'fr')), ['PRK>RUS:missiles'])
  })
  test('an origin predicate after the relative', () => {
    assert.deepEqual(triplesOf(analyze('Les drones Shahed que la Russie lance sur Kharkiv sont fabriqués en Iran.', 'fr')), ['IRN>RUS:drones'])
  })
  test('"équipe" before an object is the verb', () => {
    assert.deepEqual(triplesOf(analyze("Israël équipe l'Azerbaïdjan en armes modernes.", 'fr')), ['ISR>AZE:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'équipe de France a battu la Russie.", 'fr')), [])
  })
})

describe('a statement quoted beside the claim does not govern it', () => {
  test('« Rien n\'est exclu », a-t-il répondu, en rappelant que la France avait livré…: the pronoun\'s speaker confirms', () => {
    assert.deepEqual(claimsOf(analyze("Emmanuel Macron s'est montré prudent. « Rien n'est exclu », a-t-il répondu, tout en rappelant que la France avait déjà livré des canons Caesar à l'Ukraine.", 'fr')), ['FRA>UKR:other_weapons:confirmed'])
    assert.deepEqual(claimsOf(analyze('Olaf Scholz was cautious. "Nothing is ruled out," he said, recalling that Germany had already sent Leopard tanks to Ukraine.')), ['DEU>UKR:armour:confirmed'])
  })
  test('a quoted word still does: "a qualifié de « mensonge »"', () => {
    assert.deepEqual(claimsOf(analyze("Téhéran a qualifié de « mensonge » les informations selon lesquelles l'Iran livre des missiles à la Russie.", 'fr')).map((c) => c.split(':').pop()), ['denied'])
  })
})

describe('"new" and "additional" are no future', () => {
  test('a confirmed delivery of new guns is confirmed', () => {
    assert.deepEqual(claimsOf(analyze("Le ministre des Armées, Sébastien Lecornu, a confirmé mardi la livraison de nouveaux canons Caesar à l'Ukraine.", 'fr')), ['FRA>UKR:other_weapons:confirmed'])
    assert.deepEqual(claimsOf(analyze("La France livrera de nouveaux canons Caesar à l'Ukraine.", 'fr')), ['FRA>UKR:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Germany has sent additional Leopard tanks to Ukraine, the defence ministry said.')), ['DEU>UKR:armour:confirmed'])
  })
})

describe('materiel or intelligence of a state that helps another state', () => {
  test('the origin of what helps supplies it, whatever the help achieved', () => {
    assert.deepEqual(triplesOf(analyze('Turkish drones helped Azerbaijan retake the region.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze('U.S. intelligence helped Ukraine target Russian command posts.')), ['USA>UKR:intelligence'])
    assert.deepEqual(triplesOf(analyze('Iranian-made drones have significantly helped the Sudanese army regain territory.')), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("Les drones turcs ont largement aidé l'Azerbaïdjan à reprendre la région.", 'fr')), ['TUR>AZE:drones'])
  })
  test('help with no foreign materiel named states no transfer', () => {
    assert.deepEqual(triplesOf(analyze('Russian strikes helped Moscow advance.')), [])
    assert.deepEqual(triplesOf(analyze('Western sanctions helped isolate Russia.')), [])
    assert.deepEqual(triplesOf(analyze("Les frappes russes ont aidé Moscou à avancer.", 'fr')), [])
  })
})

describe('English requests for materiel are opinions', () => {
  test('the state asked would supply, the one asking receive', () => {
    assert.deepEqual(claimsOf(analyze('Kyiv asked Berlin for more Patriot systems after a wave of strikes.')), ['DEU>UKR:air_defence:opinion'])
    assert.deepEqual(claimsOf(analyze('Zelensky has requested Taurus missiles from Germany.')), ['DEU>UKR:missiles:opinion'])
    assert.deepEqual(claimsOf(analyze('Armenia asked India for artillery systems.')), ['IND>ARM:other_weapons:opinion'])
  })
  test('asking a state to deliver leaves the claim to the verb of transfer; questions claim nothing', () => {
    assert.deepEqual(claimsOf(analyze('Kyiv has asked Washington to send ATACMS missiles.')), ['USA>UKR:missiles:opinion'])
    assert.deepEqual(claimsOf(analyze('Reporters asked Biden about the tanks.')), [])
    assert.deepEqual(claimsOf(analyze('Ukraine asked for guarantees.')), [])
  })
})

describe('thanks for materiel acknowledge it', () => {
  test('the one who thanks received it from the one thanked, on the record', () => {
    assert.deepEqual(claimsOf(analyze('Kyiv thanked Stockholm for the delivery of Archer howitzers.')), ['SWE>UKR:other_weapons:confirmed'])
    assert.deepEqual(claimsOf(analyze('Zelensky thanked Norway and Denmark for the F-16 fighter jets.')), ['NOR>UKR:aircraft:confirmed', 'DNK>UKR:aircraft:confirmed'])
    assert.deepEqual(claimsOf(analyze('Putin thanked North Korea for sending troops to Kursk.')), ['PRK>RUS:troops:confirmed'])
    assert.deepEqual(claimsOf(analyze('Zelensky thanked Germany for sending tanks.')), ['DEU>UKR:armour:confirmed'])
  })
  test('thanks with nothing named are courtesy, and the thanks still name the speaker of a quoted word', () => {
    assert.deepEqual(claimsOf(analyze('Zelensky thanked Biden for his leadership.')), [])
    const a = analyze('Zelensky thanked the Norwegian government for its "historic" decision.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Zelensky'])
  })
})

describe('a sum that measures materiel is no money given', () => {
  test('"billions of dollars of U.S. weapons": the weapons, from their origins', () => {
    assert.deepEqual(triplesOf(analyze('Riyadh bought $2 billion of American arms.')), ['USA>SAU:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Saudi Arabia has bought billions of dollars of British weapons.')), ['GBR>SAU:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'Arabie saoudite a acheté pour des milliards de dollars d'armes françaises et américaines.", 'fr')), ['FRA>SAU:other_weapons', 'USA>SAU:other_weapons'])
  })
})

describe('a speaker in a clause of its own does not speak for the claim', () => {
  test('declining to comment after "but" or "though" neither denies nor attributes', () => {
    assert.deepEqual(claimsOf(analyze('Germany has delivered more Leopard tanks to Ukraine, but the ministry declined to comment on the number.')), ['DEU>UKR:armour:reported'])
    assert.deepEqual(claimsOf(analyze('Sweden has promised to send Archer howitzers to Ukraine, though officials declined to say when.')), ['SWE>UKR:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Elysée s'est refusé à tout commentaire, mais la France a bien livré des missiles SCALP à l'Ukraine.", 'fr')), ['FRA>UKR:missiles:reported'])
  })
  test('a refusal that governs the claim still denies it', () => {
    assert.deepEqual(claimsOf(analyze('The Pentagon declined to send more ATACMS to Kyiv.')), ['USA>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Berlin a refusé de livrer des missiles Taurus à Kiev.', 'fr')), ['DEU>UKR:missiles:denied'])
  })
})

describe('a word for a kind of thing names the materiel named before', () => {
  test('"four of the systems", "50 of the vehicles", « quatre de ces systèmes »', () => {
    assert.deepEqual(claimsOf(analyze('Germany will send Ukraine another IRIS-T air defence system. Berlin has already delivered four of the systems.')), ['DEU>UKR:air_defence:alleged_future', 'DEU>UKR:air_defence:reported'])
    assert.deepEqual(claimsOf(analyze('Ukraine has received Swedish CV90 infantry fighting vehicles. Sweden pledged 50 of the vehicles in January.')), ['SWE>UKR:armour:reported', 'SWE>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Allemagne va livrer un système de défense aérienne IRIS-T à l'Ukraine. Berlin a déjà livré quatre de ces systèmes.", 'fr')), ['DEU>UKR:air_defence:alleged_future', 'DEU>UKR:air_defence:reported'])
  })
  test('with nothing named before, the word keeps its own kind', () => {
    assert.deepEqual(triplesOf(analyze('Turkey delivered armoured vehicles to Libya; Ankara also sent 30 vehicles to Tripoli.')), ['TUR>LBY:armour'])
  })
})

describe("a state's own forces after a possessive stand for the state", () => {
  test('"to Sudan\'s army", "used by Russia\'s military"', () => {
    assert.deepEqual(triplesOf(analyze("Turkish drones were delivered to Sudan's army last year.")), ['TUR>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("The weapons used by Sudan's army came from Iran.")), ['IRN>SDN:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Iran sold drones to Ethiopia's government in 2021.")), ['IRN>ETH:drones'])
  })
  test("the possessive of a relation stays one: \"Russia's allies\"", () => {
    assert.deepEqual(triplesOf(analyze("Russia's allies sent shells to Russia.")), [])
  })
})

describe('a verb of saying inside a relative about materiel is an aside', () => {
  test('"drones that analysts say came from Iran", "shells that Kyiv says were made in North Korea"', () => {
    assert.deepEqual(triplesOf(analyze("Sudan's army is using drones that analysts say came from Iran.")), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('Russia fired shells that Kyiv says were made in North Korea.')), ['PRK>RUS:artillery_ammunition'])
  })
  test('a verb of saying after the claim still ends its reach', () => {
    assert.deepEqual(triplesOf(analyze('Russia is using drones, and analysts say Iran is worried.')), [])
  })
})

describe('sums that measure a transfer, and approvals of a transfer', () => {
  test('"billions of dollars in bombs" is bombs; "exports worth 326 million euros" gives no money', () => {
    assert.deepEqual(triplesOf(analyze('Washington approved the transfer of billions of dollars in bombs and fighter jets to Israel.')), ['USA>ISR:other_weapons', 'USA>ISR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Germany approved exports worth 326 million euros to Israel last year.')), [])
    assert.deepEqual(triplesOf(analyze('Washington sent $2 billion in loans to Kyiv.')), ['USA>UKR:financial'])
  })
  test('the subject of an approval over an adverb supplies the transfer it approves', () => {
    assert.deepEqual(claimsOf(analyze('Washington gives Israel arms. The State Department also signed off on the transfer of 25 F-35A fighter jets.')), ['USA>ISR:other_weapons:reported', 'USA>ISR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La France fournit des armes à l'Ukraine. Paris a aussi approuvé la livraison de six canons Caesar.", 'fr')), ['FRA>UKR:other_weapons:reported', 'FRA>UKR:other_weapons:alleged_future'])
  })
})

describe('"this year" is no future', () => {
  test('a perfect verb with "this year" is past; "later this year" is still to come', () => {
    assert.deepEqual(claimsOf(analyze("North Korea has sent 3,000 more troops to Russia this year and continues to supply missiles, South Korea's military said.")), ['PRK>RUS:troops:confirmed', 'PRK>RUS:missiles:confirmed'])
    assert.deepEqual(claimsOf(analyze('Iran has sent 400 drones to Russia this year.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Germany will deliver more tanks to Ukraine later this year.')), ['DEU>UKR:armour:alleged_future'])
  })
})

describe('thanks for a transfer', () => {
  test('the one thanked supplies the one who thanks, who admits receiving it', () => {
    assert.deepEqual(claimsOf(analyze("Le président ukrainien a remercié la Suède pour la livraison de chars Stridsvagn.", 'fr')), ['SWE>UKR:armour:confirmed'])
    assert.deepEqual(triplesOf(analyze("Le Hezbollah a chaleureusement remercié l'Iran pour l'envoi de roquettes.", 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Volodymyr Zelensky a remercié vendredi le Canada d'avoir livré des blindés.", 'fr')), ['CAN>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("Erevan remercie Paris pour sa nouvelle aide militaire.", 'fr')), ['FRA>ARM:other_weapons'])
  })
  test('thanks for anything but a transfer say none', () => {
    assert.deepEqual(triplesOf(analyze("Kiev a remercié la Moldavie pour son accueil des réfugiés.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("Le Premier ministre israélien a remercié les États-Unis pour leur soutien.", 'fr')), [])
  })
})

describe('a word for a thing names the materiel named before', () => {
  test('"ces appareils", "ces engins", "ces systèmes" after a recipient or a user', () => {
    assert.deepEqual(triplesOf(analyze("La Roumanie a reçu ses premiers avions F-16. Ces appareils ont été fournis par la Norvège.", 'fr')), ['NOR>ROU:aircraft'])
    assert.deepEqual(triplesOf(analyze("Kiev a reçu deux batteries SAMP/T. Ces systèmes ont été fournis par l'Italie.", 'fr')), ['ITA>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Les Houthis ont tiré des missiles de croisière sur Eilat. Ces engins avaient été livrés par l'Iran.", 'fr')), ['IRN>YEM:missiles'])
  })
})

describe('weapons whose supplier alone is named were used by whoever fired them', () => {
  test('the subject of a verb of use in the sentence or the two before, or what its pronoun stands for', () => {
    assert.deepEqual(triplesOf(analyze("L'armée russe a lancé 50 drones sur Odessa dans la nuit. Ces drones Shahed sont fournis par l'Iran.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("Les Houthis ont revendiqué une attaque en mer Rouge. Ils ont utilisé des missiles fournis par Téhéran.", 'fr')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('The Houthis claimed an attack on a tanker. They used missiles supplied by Iran.')), ['IRN>YEM:missiles'])
  })
  test('a user of other weapons, or an opponent, is not the recipient', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a tiré des missiles sur Kiev. Des chars ont été livrés par la Pologne.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("L'Ukraine a lancé des drones sur la Crimée. Ces drones ont été livrés par la Russie.", 'fr')), [])
  })
})

describe('preparing the soldiers of another state trains them', () => {
  test('active and passive, with the trainees named', () => {
    assert.deepEqual(claimsOf(analyze("La Lituanie prépare des soldats ukrainiens au combat urbain.", 'fr')), ['LTU>UKR:trainers:reported'])
    assert.deepEqual(claimsOf(analyze("Le Danemark va préparer des pilotes ukrainiens à voler sur F-16.", 'fr')), ['DNK>UKR:trainers:alleged_future'])
    assert.deepEqual(triplesOf(analyze("Des militaires ukrainiens sont préparés au combat par des instructeurs polonais.", 'fr')), ['POL>UKR:trainers'])
  })
  test('preparing one\'s own forces, an offensive or a delivery trains no one; a delivery prepared is to come', () => {
    assert.deepEqual(triplesOf(analyze("La Russie prépare des troupes pour une offensive.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("Pyongyang prépare ses soldats à combattre.", 'fr')), [])
    assert.deepEqual(claimsOf(analyze("L'Iran prépare la livraison de missiles balistiques à la Russie.", 'fr')), ['IRN>RUS:missiles:alleged_future'])
  })
})

describe('French relatives whose subject follows the verb', () => {
  test('"que tire l\'armée russe", "qu\'utilise la Russie"', () => {
    assert.deepEqual(triplesOf(analyze("Les missiles que tire l'armée russe proviennent de Corée du Nord.", 'fr')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze("Les drones qu'utilisent les Houthis sont fabriqués en Iran.", 'fr')), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze("Les chars que détient l'armée soudanaise sont de fabrication chinoise.", 'fr')), ['CHN>SDN:armour'])
  })
  test('a subject before the verb still leads; "que" opening a completive is no relative', () => {
    assert.deepEqual(triplesOf(analyze("Les drones que la Russie utilise sont fabriqués en Iran.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("Le Pentagone estime que livre l'Iran des drones est faux ; l'Iran a livré des drones à la Russie.", 'fr')), ['IRN>RUS:drones'])
  })
})

describe('words of contrast or addition inside a clause', () => {
  test('"a par ailleurs acquis", "ont toutefois livré", "acheminent pourtant des armes" open no clause', () => {
    assert.deepEqual(triplesOf(analyze("Le Niger a par ailleurs acquis des drones turcs.", 'fr')), ['TUR>NER:drones'])
    assert.deepEqual(triplesOf(analyze("Les Pays-Bas ont toutefois livré des F-16 à l'Ukraine.", 'fr')), ['NLD>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Selon Washington, l'Iran achemine pourtant des missiles aux Houthis.", 'fr')), ['IRN>YEM:missiles'])
  })
  test('at the head of a clause they still open one', () => {
    assert.deepEqual(triplesOf(analyze("La Pologne a livré des chars à l'Ukraine ; toutefois la Hongrie refuse.", 'fr')), ['POL>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("La Hongrie a refusé d'envoyer des armes à l'Ukraine, en revanche la Slovaquie a livré des MiG-29 à l'Ukraine.", 'fr')), ['HUN>UKR:other_weapons', 'SVK>UKR:aircraft'])
  })
})

describe('personnel of a state or group', () => {
  test('"des mercenaires du groupe Wagner" are the group\'s, the place they are sent receives', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a envoyé des mercenaires du groupe Wagner en Libye.", 'fr')), ['RUS>LBY:troops'])
    assert.deepEqual(triplesOf(analyze("L'Iran a envoyé des combattants du Hezbollah en Syrie.", 'fr')), ['IRN>SYR:troops'])
    assert.deepEqual(claimsOf(analyze('La France a retiré ses soldats du Niger.', 'fr')), ['FRA>NER:troops:denied'])
  })
})

describe('French verbs of relying on foreign weapons', () => {
  test('"s\'appuyer sur", "avoir recours à", "aligner" with an origin', () => {
    assert.deepEqual(triplesOf(analyze("L'Azerbaïdjan s'est largement appuyé sur des drones israéliens.", 'fr')), ['ISR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze("Les Houthis ont eu recours à des missiles iraniens contre des navires.", 'fr')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze("L'armée russe aligne des obusiers nord-coréens près de Koursk.", 'fr')), ['PRK>RUS:other_weapons'])
  })
  test('without a foreign origin, nothing', () => {
    assert.deepEqual(triplesOf(analyze("Le gouvernement s'appuie sur des données américaines pour ses prévisions.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("La Russie s'appuie sur ses propres drones.", 'fr')), [])
  })
})

describe('a transfer named before a word of time or a demonstrative subject', () => {
  test('"a annoncé jeudi un nouveau programme d\'aide": the announcer gives it', () => {
    assert.deepEqual(triplesOf(analyze("Le Canada a annoncé mardi une nouvelle aide militaire de 500 millions de dollars à l'Ukraine.", 'fr')), ['CAN>UKR:other_weapons'])
  })
  test('"Ce programme comprend…": the contents of the last transfer named', () => {
    assert.deepEqual(triplesOf(analyze("Les États-Unis ont approuvé une nouvelle aide militaire pour Israël. Ce programme comprend des obus d'artillerie.", 'fr')), ['USA>ISR:other_weapons', 'USA>ISR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Ce programme comprend des cours de langue.", 'fr')), [])
  })
})

describe('lists of recipients behind a noun or a pronoun', () => {
  test('"les juntes du Mali, du Burkina Faso et du Niger": each state of the list', () => {
    assert.deepEqual(triplesOf(analyze("Les juntes du Mali et du Niger ont reçu des drones turcs.", 'fr')), ['TUR>MLI:drones', 'TUR>NER:drones'])
  })
  test('"leur" after a list named in the sentence before stands for the whole list', () => {
    assert.deepEqual(triplesOf(analyze("Le Mali, le Burkina Faso et le Niger ont rompu avec Paris. Moscou leur fournit désormais des hélicoptères.", 'fr')), ['RUS>MLI:aircraft', 'RUS>BFA:aircraft', 'RUS>NER:aircraft'])
    assert.deepEqual(triplesOf(analyze("L'Arménie cherche des armes. La France lui a vendu des radars.", 'fr')), ['FRA>ARM:air_defence'])
  })
})

describe('a pronoun subject of the verb governing an infinitive trigger', () => {
  test('"Il a reconnu avoir livré…": the state named before supplies', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a longtemps nié toute implication. Il a finalement reconnu avoir livré des drones à la Russie.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("La Biélorussie est accusée par Kiev. Elle nie fournir des munitions à la Russie.", 'fr')), ['BLR>RUS:artillery_ammunition'])
  })
})

describe('weapons of a state at war fired from another state', () => {
  test('"des missiles russes tirés depuis la Biélorussie": the territory is lent to the state whose weapons they are', () => {
    assert.deepEqual(triplesOf(analyze("Des missiles russes ont été tirés depuis la Biélorussie vers Kiev.", 'fr')), ['BLR>RUS:territory_access'])
  })
  test('the origin of exported weapons names no launcher', () => {
    assert.deepEqual(triplesOf(analyze("Des drones iraniens ont été lancés depuis le Yémen vers Israël.", 'fr')), [])
  })
})

describe('speakers of French and English quotes on unseen news', () => {
  const speakers = (text: string, lang: string): Array<string | null> => analyze(text, lang).quotes.map((q) => q.speaker)
  const cases: ReadonlyArray<{ readonly name: string; readonly lang: string; readonly text: string; readonly speakers: ReadonlyArray<string | null> }> = [
    // An outlet or an agency alone after the verb speaks.
    { name: 'an outlet after the verb', lang: 'fr', text: '« Nos unités ont repoussé l’ennemi », a rapporté KCNA.', speakers: ['KCNA'] },
    { name: 'an outlet after its article', lang: 'fr', text: '« Le convoi a franchi la frontière », a rapporté l’AFP.', speakers: ['AFP'] },
    { name: 'an English outlet after the verb', lang: 'en', text: '"The ship was carrying drone parts," reported Yonhap.', speakers: ['Yonhap'] },
    // An acronym in capitals is a body.
    { name: 'an acronym subject', lang: 'fr', text: 'Le SBU ajoute que « les agents étaient payés par Moscou ».', speakers: ['SBU'] },
    { name: 'an acronym after the verb', lang: 'fr', text: '« Des missiles ont été chargés à Bandar Abbas », affirme le NIS.', speakers: ['NIS'] },
    // Institutions keep their whole name.
    { name: 'a compound noun and its demonym', lang: 'fr', text: '« Trente drones ont été abattus », a précisé l’état-major ukrainien sur Telegram.', speakers: ['état-major ukrainien'] },
    { name: 'lower-case words before the demonym', lang: 'fr', text: '« Les tirs venaient du nord », affirme l’état-major interarmées sud-coréen dans un communiqué.', speakers: ['état-major interarmées sud-coréen'] },
    { name: 'an institution the grammar knows as one phrase', lang: 'fr', text: '« Nous avons intercepté douze missiles », a indiqué l’armée de l’air ukrainienne.', speakers: ['armée de l’air ukrainienne'] },
    { name: 'two complements joined by "et"', lang: 'fr', text: '« Nous condamnons ces frappes », a réagi le ministère français de l’Europe et des Affaires étrangères.', speakers: ['ministère français de l’Europe et des Affaires'] },
    { name: 'a body named by a role word', lang: 'fr', text: '« Pyongyang prépare un nouvel envoi », a affirmé le service de renseignement sud-coréen.', speakers: ['service de renseignement sud-coréen'] },
    { name: 'after an impersonal pronoun', lang: 'fr', text: '« Les premiers F-16 sont arrivés », indique-t-on au ministère néerlandais de la Défense.', speakers: ['ministère néerlandais de la Défense'] },
    // A later mention refers back to the whole name.
    { name: '"le ministère" for the ministry named before', lang: 'fr', text: 'Le ministère des Affaires étrangères iranien a démenti. « Téhéran ne livre aucune arme », a indiqué le ministère.', speakers: ['ministère des Affaires étrangères iranien'] },
    { name: '"la présidence" for the presidency named before', lang: 'fr', text: 'La présidence azerbaïdjanaise a réagi. « Erevan prépare une provocation », a commenté la présidence dans un communiqué.', speakers: ['présidence azerbaïdjanaise'] },
    // A pronoun refers to the last person of its gender.
    {
      name: '"a-t-elle" after a man named since',
      lang: 'fr',
      text: 'La ministre allemande de la Défense, Karin Vogt, s’est rendue à Kiev. Elle a rencontré le président Pavlo Lenko. « Nous livrerons deux systèmes Iris-T », a-t-elle déclaré.',
      speakers: ['Karin Vogt'],
    },
    { name: '"a-t-il" after a woman named since', lang: 'fr', text: 'Le général Marc Aubry a reçu Mme Irina Kovalska. « Les obus arriveront en mars », a-t-il précisé.', speakers: ['Marc Aubry'] },
    { name: 'a role in apposition after the name', lang: 'fr', text: 'Lucie Barral, cheffe de la mission, a vu le colonel Yves Ferrand. « Personne ne sait où sont les drones », a-t-elle confié.', speakers: ['Lucie Barral'] },
    { name: '"she said" after a man named since', lang: 'en', text: 'Ms. Dana Holt, the spokeswoman, met Mr. Tom Reyes on Monday. "The shipment left Bandar Abbas," she said.', speakers: ['Dana Holt'] },
    { name: '"a-t-elle ajouté" does not go on with a man who spoke', lang: 'fr', text: '« Nous enverrons des obus », a déclaré Paul Marchand. Sa collègue, la députée Anne Vidal, a nuancé. « Pas avant l’été », a-t-elle ajouté.', speakers: ['Paul Marchand', 'Anne Vidal'] },
    // A quotation over several paragraphs.
    {
      name: 'a paragraph left open, closed in the next',
      lang: 'fr',
      text: 'Le ministre Oleh Koval a réclamé des batteries Patriot.\n\n« Chaque nuit, des drones frappent nos villes.\n\nSans défense aérienne, nous perdrons nos centrales », a-t-il insisté.',
      speakers: ['Oleh Koval', 'Oleh Koval'],
    },
    {
      name: 'a paragraph left open, reopened in the next',
      lang: 'fr',
      text: 'La cheffe de la diplomatie, Ana Morel, a détaillé la situation.\n« Les livraisons ont repris la semaine dernière.\n« Mais les stocks restent faibles », a-t-elle prévenu.',
      speakers: ['Ana Morel', 'Ana Morel'],
    },
    // Speakers with no subject of their own.
    { name: '"Et d’ajouter :"', lang: 'fr', text: 'Le chef du Pentagone, Mark Doyle, a été interrogé sur les missiles. Et d’ajouter : « Nous fournirons ce dont Kiev a besoin. »', speakers: ['Mark Doyle'] },
    { name: 'a definite role of the same kind', lang: 'fr', text: 'Ivan Sorokin, représentant russe à Vienne, a tout nié. Selon le diplomate, « Téhéran ne fournit aucune arme ».', speakers: ['Ivan Sorokin'] },
    // A pronoun with no one known stands for the unnamed official who just spoke.
    { name: 'an unnamed spokesperson, then "a-t-il ajouté"', lang: 'fr', text: 'La Russie a reçu des drones iraniens, a déclaré le porte-parole du Pentagone. « Des centaines de Shahed ont été livrés », a-t-il ajouté.', speakers: [null] },
    { name: 'an unnamed official, then "he added"', lang: 'en', text: 'North Korea has sent shells to Russia, a senior U.S. official said on Monday. "The shipments are growing," he added.', speakers: [null] },
    // A name after a role governed by "of/to/du" is a complement; after "with" it is the subject.
    { name: '"adviser to President X"', lang: 'en', text: 'Farid Aliyev, an adviser to President Omar Khalil, said the drones were "a reliable tool."', speakers: ['Farid Aliyev'] },
    { name: '"conseiller du président X"', lang: 'fr', text: 'Farid Aliev, conseiller du président Omar Khalil, a qualifié Israël de « partenaire fiable ».', speakers: ['Farid Aliev'] },
    { name: '"with President X confirming"', lang: 'en', text: 'The jets were shot down, with President Omar Khalil confirming that allies helped down "almost all" of them.', speakers: ['Omar Khalil'] },
    // The pronoun inside "a-t-il lancé" is the subject: what follows the verb is a complement.
    { name: '"a-t-il lancé devant le Parlement"', lang: 'fr', text: 'Le ministre Oleh Koval a été clair. « Il nous faut des obus », a-t-il lancé devant le Parlement européen.', speakers: ['Oleh Koval'] },
    { name: '"a-t-elle dit à la Maison Blanche"', lang: 'fr', text: 'La cheffe du gouvernement, Ana Morel, était à Washington. « Nous achèterons des Patriot », a-t-elle dit à la Maison Blanche.', speakers: ['Ana Morel'] },
    // A lone name after a preposition is not the holder of the role before it.
    { name: '"le président ukrainien sur X"', lang: 'fr', text: 'Pavlo Lenko a remercié Paris. « Nous remercions la France », a écrit le président ukrainien sur X.', speakers: ['Pavlo Lenko'] },
    // A lead quotation is the words of the person the next sentence of its paragraph names.
    { name: 'a lead quotation, then the message of a minister', lang: 'fr', text: '« Nous n’avons jamais vendu de drones à Moscou. » Le message du ministre iranien, Reza Kalani, se voulait clair mardi.', speakers: ['Reza Kalani'] },
    { name: 'a lead quotation, then "C’est par ces mots que"', lang: 'fr', text: '« Nous ne laisserons pas tomber l’Arménie. » C’est par ces mots que le Premier ministre Aram Sarkis a ouvert le sommet.', speakers: ['Aram Sarkis'] },
    { name: 'a lead quotation, then the person in English', lang: 'en', text: '"We have never sold weapons to Russia." That was the message of Foreign Minister Reza Kalani on Tuesday.', speakers: ['Reza Kalani'] },
    { name: 'no one named in the next sentence', lang: 'fr', text: '« Le ciel était rouge toute la nuit. » Les habitants de Kharkiv ont passé la nuit dans les abris.', speakers: [] },
    // A pronoun prefers the subject of the latest sentence naming someone over its object.
    { name: '"X a reçu Y. « … », a-t-il déclaré"', lang: 'fr', text: 'Pavlo Lenko a reçu Marc Aubry à Kiev. « Nous avons besoin de plus d’obus », a-t-il déclaré.', speakers: ['Pavlo Lenko'] },
    { name: '"X met Y. “…,” he said"', lang: 'en', text: 'Pavlo Lenko met Marc Aubry in Kyiv. "We need more shells," he said.', speakers: ['Pavlo Lenko'] },
    { name: 'the subject, of the pronoun’s gender', lang: 'fr', text: 'Mme Ana Morel a reçu le général Marc Aubry. « Les obus arriveront », a-t-il assuré.', speakers: ['Marc Aubry'] },
    { name: '"tranche" reports words after a quotation', lang: 'fr', text: '« C’est une guerre par procuration », tranche le politologue Henri Marot.', speakers: ['Henri Marot'] },
  ]
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(speakers(c.text, c.lang), c.speakers)
    })
  }
  test('a definite role of another kind is not the person just named', () => {
    assert.deepEqual(speakers('Le général Paul Ravel a parlé. Selon le diplomate, « Téhéran ment ».', 'fr'), [null])
    assert.deepEqual(speakers('Le président ukrainien, Pavlo Lenko, a parlé. Selon le président colombien, « Kiev a raison ».', 'fr'), [null])
  })
  test('a pronoun of another gender than the last speaker does not go on with her', () => {
    assert.deepEqual(speakers('« Nous enverrons des obus », a déclaré la ministre Claire Dumas. Le ministre Jean Roux était présent. « Dès demain », a-t-il ajouté.', 'fr'), ['Claire Dumas', 'Jean Roux'])
  })
})

describe('a schedule in the journalist’s voice is a plan', () => {
  const statuses = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('"is to", "are to", "is about to" before the transfer verb', () => {
    assert.deepEqual(statuses('Norway is to send NASAMS launchers to Ukraine.'), ['NOR>UKR:alleged_future:null'])
    assert.deepEqual(statuses('Sweden and Finland are to deliver artillery shells to Ukraine in the spring.'), ['SWE>UKR:alleged_future:null', 'FIN>UKR:alleged_future:null'])
    assert.deepEqual(statuses('North Korea is about to ship more rockets to Russia, South Korean officials said.'), ['PRK>RUS:alleged_future:South Korean officials'])
  })
  test('French "doit / doivent" right before the verb, with no one else speaking, and "s’apprêterait", "devait"', () => {
    assert.deepEqual(statuses("Le Danemark doit livrer des avions F-16 à l'Ukraine au cours de l'été.", 'fr'), ['DNK>UKR:alleged_future:null'])
    assert.deepEqual(statuses("La Norvège et l'Espagne doivent fournir des systèmes antiaériens à Kiev.", 'fr'), ['NOR>UKR:alleged_future:null', 'ESP>UKR:alleged_future:null'])
    assert.deepEqual(statuses('La Biélorussie s’apprêterait à livrer des chars T-72 à la Russie.', 'fr'), ['BLR>RUS:alleged_future:null'])
    assert.deepEqual(statuses("L'Italie devait livrer des obus à l'Ukraine avant la fin de l'année.", 'fr'), ['ITA>UKR:alleged_future:null'])
  })
  test('but "doit" said by someone, or after a phrase set off by a comma, argues for the transfer', () => {
    assert.deepEqual(statuses("La Pologne doit livrer davantage de munitions à l'Ukraine, a plaidé le député.", 'fr').map((s) => s.split(':')[1]), ['opinion'])
    assert.deepEqual(statuses("Pour l'ancien général, la France doit envoyer des chars Leclerc à l'Ukraine.", 'fr').map((s) => s.split(':')[1]), ['opinion'])
    assert.deepEqual(statuses("« La Belgique doit livrer ses F-16 à l'Ukraine », a estimé l'élu.", 'fr').map((s) => s.split(':')[1]), ['opinion'])
  })
})

describe('thanking a state for its help admits the help', () => {
  const statuses = (text: string) => analyze(text).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('the recipient’s leader or government thanks the supplier', () => {
    assert.deepEqual(statuses('President Aliyev thanked Turkey for supplying Bayraktar drones to Azerbaijan.'), ['TUR>AZE:confirmed:Aliyev'])
    assert.deepEqual(statuses("Taiwan's president thanked the United States for selling F-16 jets to Taiwan."), ['USA>TWN:confirmed:president'])
  })
  test('"thanks to" (because of) is no thanking', () => {
    assert.deepEqual(statuses('Thanks to its factories, Iran has shipped thousands of drones to Russia.').map((s) => s.split(':')[1]), ['reported'])
  })
})

describe('an adjective of a region is no speaker’s name', () => {
  const statuses = (text: string) => analyze(text).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"European officials", "Arab diplomats", "Baltic security officials" are unnamed', () => {
    assert.deepEqual(statuses('Belarus has handed tank ammunition to Russia, according to European officials.'), ['reported:officials'])
    assert.deepEqual(statuses('Arab diplomats said Iran had sent drones to the Houthis.'), ['reported:diplomats'])
    assert.deepEqual(statuses('North Korea has shipped shells to Russia, the newspaper reported, citing Baltic security officials.'), ['reported:security officials'])
  })
})

describe('hedges and denials that are no one’s voice', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('the subject of "is believed to", "appears to", "could have" does the deed and does not speak', () => {
    assert.deepEqual(voices('Belarus is believed to have handed tanks to Russia.'), ['asserted:null'])
    assert.deepEqual(voices('Syria appears to have received Iranian drones last year.'), ['asserted:null'])
    assert.deepEqual(voices('The Houthis are thought to have received missiles from Iran, Western officials said.'), ['reported:Western officials'])
    assert.deepEqual(voices("L'Égypte pourrait avoir livré des drones à l'armée soudanaise.", 'fr'), ['reported:null'])
  })
  test('while a named speaker’s hedge stays an assertion', () => {
    assert.deepEqual(voices('Iran has likely sent missiles to Russia, said Tom Brand, an analyst at the Carnegie Endowment.'), ['asserted:Tom Brand'])
  })
  test('a denial in a concessive phrase is granted, the claim stands', () => {
    assert.deepEqual(voices('Iran has shipped rockets to the Houthis despite repeated denials by Tehran.').map((v) => v.split(':')[0]), ['reported'])
    assert.deepEqual(voices("In spite of Minsk's denials, Belarus has sent shells to Russia.").map((v) => v.split(':')[0]), ['reported'])
    assert.deepEqual(voices("Malgré les démentis de Téhéran, l'Iran a livré des drones aux Houthis.", 'fr').map((v) => v.split(':')[0]), ['reported'])
    assert.deepEqual(voices('Trotz aller Dementis hat Iran Russland Drohnen geliefert.', 'de').map((v) => v.split(':')[0]), ['reported'])
  })
  test('a denial outside such a phrase still denies', () => {
    assert.deepEqual(voices('Tehran has repeatedly denied arming the Houthis despite the evidence.').map((v) => v.split(':')[0]), ['denied'])
  })
})

describe('an announced package with its amount is still to come', () => {
  test('"announced a new $400 million package", "a annoncé une aide de 300 millions d’euros"', () => {
    assert.deepEqual(claimsOf(analyze('Australia announced a new A$100 million military aid package for Ukraine on Tuesday.')), ['AUS>UKR:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Japan on Friday announced a $50 million package of military aid for the Philippines.')), ['JPN>PHL:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La Suède a annoncé mardi une nouvelle aide militaire de 300 millions d'euros à l'Ukraine.", 'fr')), ['SWE>UKR:other_weapons:alleged_future'])
  })
  test('while a transfer the announcer says is done stays done', () => {
    assert.deepEqual(claimsOf(analyze('Australia announced that it had delivered 40 Bushmaster vehicles to Ukraine.')), ['AUS>UKR:armour:confirmed'])
  })
})

describe('a German refusal that closes the clause of a transfer noun', () => {
  test('"hat die Lieferung … abgelehnt / verweigert / ausgesetzt": the subject by the auxiliary refuses', () => {
    assert.deepEqual(claimsOf(analyze('Frankreich hat die Lieferung von Kampfjets an die Ukraine abgelehnt.', 'de')), ['FRA>UKR:aircraft:denied'])
    assert.deepEqual(claimsOf(analyze('Im Herbst hat Italien die Lieferung weiterer Raketen an die Ukraine verweigert.', 'de')), ['ITA>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Kanada hat die Lieferung von Munition an Israel ausgesetzt.', 'de')), ['CAN>ISR:artillery_ammunition:denied'])
  })
  test('a verb that closes the clause but refuses nothing gives no supplier', () => {
    assert.deepEqual(triplesOf(analyze('Die Regierung hat die Lieferung von Kampfjets an die Ukraine diskutiert.', 'de')), [])
  })
})

describe('a hedge in a later statement of the same speaker', () => {
  const voices = (text: string) => analyze(text).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"…, X said, warning that / adding that … likely" hedges only what follows', () => {
    assert.deepEqual(voices('North Korea has shipped KN-23 missiles to Russia, Defence Minister Kim Yong-hyun said, adding that more shipments were likely.'), ['confirmed:Kim Yong-hyun'])
    assert.deepEqual(voices('Iran has delivered drones to Sudan, the State Department said on Friday, warning that the war would probably spread.'), ['confirmed:State Department'])
  })
  test('a hedge over the claim itself still asserts', () => {
    assert.deepEqual(voices('North Korea has probably shipped KN-23 missiles to Russia, Defence Minister Kim Yong-hyun said.'), ['asserted:Kim Yong-hyun'])
  })
})

describe('the subject of a passive accusation is the accused, not the accuser', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"is accused of", "has been accused of", "sont accusés de": asserted, no one named', () => {
    assert.deepEqual(voices('Belarus is accused of sending fuel to Russian troops.').map((v) => v.split(':')[0]), ['asserted'])
    assert.deepEqual(voices('Egypt has been accused of supplying drones to the Sudanese army.'), ['asserted:null'])
    assert.deepEqual(voices("L'Iran est accusé de livrer des missiles aux Houthis.", 'fr'), ['asserted:null'])
  })
  test('while the subject of an active accusation accuses', () => {
    assert.deepEqual(voices('Kyiv has accused Minsk of sending shells to Russia.'), ['asserted:Kyiv'])
    assert.deepEqual(voices("Israël accuse l'Iran de livrer des missiles au Hezbollah.", 'fr'), ['asserted:Israël'])
  })
})

describe('an incise opened by an auxiliary after the comma', () => {
  const voices = (text: string) => analyze(text, 'fr').support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"…, a indiqué le gouvernement malien": the speaker follows the verb, not the noun before the comma', () => {
    assert.deepEqual(voices("La Russie a livré des hélicoptères à l'armée malienne, a indiqué le gouvernement malien."), ['confirmed:gouvernement malien'])
    assert.deepEqual(voices("La Turquie a vendu des drones à l'armée nigérienne, a précisé le gouvernement nigérien."), ['confirmed:gouvernement nigérien'])
  })
})

describe('what is named after an exchange word goes the other way', () => {
  test('"in exchange for shells", "in return for food", « en échange d\'obus »', () => {
    assert.deepEqual(triplesOf(analyze('North Korea receives food and oil from Russia in exchange for shells.')), ['RUS>PRK:economic', 'PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('North Korea sends shells to Russia in exchange for oil.')), ['PRK>RUS:artillery_ammunition', 'RUS>PRK:economic'])
    assert.deepEqual(triplesOf(analyze('Russia gets shells from North Korea in return for food.')), ['PRK>RUS:artillery_ammunition', 'RUS>PRK:economic'])
    assert.deepEqual(triplesOf(analyze("La Russie livre du pétrole à la Corée du Nord en échange d'obus.", 'fr')), ['RUS>PRK:economic', 'PRK>RUS:artillery_ammunition'])
  })
  test("what the supplier's own origin marks stays the supplier's", () => {
    assert.deepEqual(triplesOf(analyze('Russia sent Iran fighter jets in exchange for Russian technical assistance.')), ['RUS>IRN:aircraft', 'RUS>IRN:technical_support'])
  })
})

describe('a contract with a state for materiel orders it from that state', () => {
  test('"signed a contract with India for Pinaka launchers", « un contrat avec la France pour des Rafale »', () => {
    assert.deepEqual(claimsOf(analyze('Armenia has signed a contract with India for Pinaka rocket launchers.')), ['IND>ARM:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Serbia signed a deal with China for FK-3 air defence systems.')), ['CHN>SRB:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Égypte a signé un contrat avec la France pour 30 Rafale supplémentaires.", 'fr')), ['FRA>EGY:aircraft:alleged_future'])
  })
  test('the maker of what the deal is for sells it, whoever signs', () => {
    assert.deepEqual(triplesOf(analyze('Russia signed a contract with India for S-400 air defence systems.')), ['RUS>IND:air_defence'])
  })
  test('a deal with no materiel after it claims nothing by itself', () => {
    assert.deepEqual(triplesOf(analyze('The dealer was suspected of preparing a small arms deal with Houthi militants.')), [])
    assert.deepEqual(triplesOf(analyze('Iran signed a trade agreement with Russia.')), [])
  })
})

describe('a conditional after a past verb of saying and words of time is the future of that past', () => {
  const statuses = (text: string, lang = 'fr') => claimsOf(analyze(text, lang)).map((c) => c.split(':').pop())
  test("« a annoncé en mai qu'elle livrerait », « a indiqué le 3 mai que … livrerait »", () => {
    assert.deepEqual(statuses("Paris a annoncé en mai qu'elle livrerait à l'Ukraine six canons Caesar supplémentaires."), ['alleged_future'])
    assert.deepEqual(statuses("Le gouvernement français a indiqué le 3 mai que la France livrerait des chars à l'Ukraine."), ['alleged_future'])
    assert.deepEqual(statuses("Washington a assuré la semaine dernière que les États-Unis livreraient des missiles à Kiev."), ['alleged_future'])
    assert.deepEqual(statuses('Washington said last week that the United States would send missiles to Kyiv.', 'en'), ['alleged_future'])
  })
  test('while a conditional of the past, or one after materiel, stays hearsay', () => {
    assert.deepEqual(statuses("Kiev a affirmé mardi que la France aurait livré des missiles à l'Ukraine."), ['reported'])
    assert.deepEqual(statuses("Le ministère a annoncé les chars que la France livrerait à l'Ukraine."), ['reported'])
  })
})

describe('an armed group described before its name', () => {
  test('receives, and the demonym of its description is no actor of its own', () => {
    assert.deepEqual(triplesOf(analyze('Iran supplies weapons to the Lebanese militant group Hezbollah.')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'Iran fournit des armes au mouvement chiite libanais Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Irán proporciona armas al grupo chií libanés Hezbolá.', 'es')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'Iran fornisce armi al gruppo sciita libanese Hezbollah.", 'it')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('O Irã fornece armas ao grupo xiita libanês Hezbollah.', 'pt')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Der Iran liefert Waffen an die libanesische Schiitenmiliz Hisbollah.', 'de')), ['IRN>HEZBOLLAH:other_weapons'])
  })
  test('after a state’s possessive too', () => {
    assert.deepEqual(triplesOf(analyze("Iran has sent drones to Yemen's Houthi rebels.")), ['IRN>YEM:drones'])
  })
  test('a name in lower case after the noun for a body qualifies it', () => {
    assert.deepEqual(triplesOf(analyze('Irán suministra misiles a los rebeldes hutíes de Yemen.', 'es')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Moscou a envoyé des instructeurs au régime militaire malien.', 'fr')), ['RUS>MLI:trainers'])
    assert.deepEqual(triplesOf(analyze('Moscou a livré des blindés à la junte militaire nigérienne.', 'fr')), ['RUS>NER:armour'])
  })
})

describe('a transfer that a verb of striking hits', () => {
  test('is not used by the one who strikes it', () => {
    assert.deepEqual(triplesOf(analyze('Israel bombed a convoy of Iranian arms near the Syrian border.')), [])
    assert.deepEqual(triplesOf(analyze("L'aviation israélienne a bombardé un convoi d'armes iraniennes près de la frontière.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Israel bombardeó un convoy de armas iraníes cerca de la frontera.', 'es')), [])
  })
  test('while materiel fired is still used', () => {
    assert.deepEqual(triplesOf(analyze("Israël a frappé Gaza avec des bombes américaines.", 'fr')), ['USA>ISR:other_weapons'])
  })
})

describe('a state’s transfer under a condition', () => {
  test('is feared or weighed: alleged_future', () => {
    assert.deepEqual(claimsOf(analyze('There will be real costs for China if it provides weapons to Russia, Blinken said.')), ['CHN>RUS:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Washington warned Beijing of consequences if China supplies lethal aid to Russia.')), ['CHN>RUS:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Il y aura des conséquences pour la Chine si elle fournit des armes à la Russie, a averti le ministre.', 'fr')), ['CHN>RUS:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Haverá custos reais para a China se ela fornecer armas à Rússia, disse o ministro.', 'pt')), ['CHN>RUS:other_weapons:alleged_future'])
  })
  test('while personnel or weapons named by their origin in a condition argue a point and claim nothing', () => {
    assert.deepEqual(claimsOf(analyze('Si un instructeur iranien entretient les drones pour les Russes, il devrait être considéré comme un combattant.', 'fr')), [])
    assert.deepEqual(claimsOf(analyze('If Iranian technicians repair the drones for the Russians, they could be seen as combatants.')), [])
  })
})

describe('what a verb of firing or striking aims at', () => {
  test('is no weapon of the one who fires', () => {
    assert.deepEqual(triplesOf(analyze('Hezbollah fired a missile at an Israeli warship.')), [])
    assert.deepEqual(triplesOf(analyze('Les forces russes ont frappé un char Leopard allemand près de Bakhmout.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Russian forces struck a German-made Leopard tank near Bakhmut.')), [])
    assert.deepEqual(triplesOf(analyze('Russian drones attacked a U.S.-made Abrams tank near Avdiivka.')), [])
  })
  test('while what is fired, or attacked with, is used', () => {
    assert.deepEqual(triplesOf(analyze('Russian forces fired North Korean missiles at Kharkiv.')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze('Ukrainian troops attacked with German Leopard tanks.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("L'Ukraine a frappé la Crimée avec des missiles Storm Shadow britanniques.", 'fr')), ['GBR>UKR:missiles'])
    assert.deepEqual(triplesOf(analyze('Les Houthis ont tiré des missiles iraniens sur des navires marchands.', 'fr')), ['IRN>YEM:missiles'])
  })
})

describe('support "with" materiel', () => {
  test('gives that materiel', () => {
    assert.deepEqual(triplesOf(analyze('China supports Russia with components for drones.')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('China unterstützt Russland mit Bauteilen für Drohnen.', 'de')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("L'Iran soutient les Houthis avec des missiles et des drones.", 'fr')), ['IRN>YEM:missiles', 'IRN>YEM:drones'])
  })
  test('while support with words or resolve gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('China supports Russia with diplomatic cover at the United Nations.')), [])
    assert.deepEqual(triplesOf(analyze("Paris soutient Kiev avec fermeté face à l'agression russe.", 'fr')), [])
  })
})

describe('a denial in a later clause', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.category}:${c.status}:${c.attributedTo}`)
  test('with a deed of its own, it denies that deed, not the one before the clause break', () => {
    assert.deepEqual(voices('Iran acknowledged that it had sent a few drones to Russia before the war, but denied supplying them for use in Ukraine.'), ['IRN>RUS:drones:confirmed:Iran', 'IRN>RUS:drones:denied:Iran'])
    assert.deepEqual(voices('Iran has sent drones to Russia, but Tehran denies sending missiles.'), ['IRN>RUS:drones:reported:null', 'IRN>RUS:missiles:denied:Tehran'])
    assert.deepEqual(voices('Belarus admitted that it had sent shells to Russia, while it denied training Russian soldiers.'), ['BLR>RUS:artillery_ammunition:confirmed:Belarus', 'BLR>RUS:trainers:denied:Belarus'])
  })
  test('with no deed of its own, after "but", it answers the claim, which stays its maker\'s', () => {
    assert.deepEqual(voices('Iran sent drones to Russia, U.S. officials said, but Tehran denies it.'), ['IRN>RUS:drones:denied:Tehran', 'IRN>RUS:drones:reported:U.S. officials'])
    assert.deepEqual(voices('North Korea has shipped shells to Russia, however, Pyongyang denies it.'), ['PRK>RUS:artillery_ammunition:denied:Pyongyang', 'PRK>RUS:artillery_ammunition:reported:null'])
    assert.deepEqual(voices("L'Iran a livré des drones à la Russie, selon Washington, mais Téhéran dément.", 'fr'), ['IRN>RUS:drones:denied:Téhéran', 'IRN>RUS:drones:confirmed:Washington'])
  })
})

describe('a denial that rebuts the sentences before', () => {
  test('passes over a claim whose other side is only completed later', () => {
    const text = 'La Corée du Nord a envoyé 8 000 soldats en Russie, a affirmé le Pentagone. Selon Washington, ces troupes pourraient être engagées à Koursk sous peu. Moscou et Pyongyang ont démenti.'
    assert.deepEqual(claimsOf(analyze(text, 'fr')), ['PRK>RUS:troops:confirmed', 'PRK>RUS:troops:alleged_future', 'PRK>RUS:troops:denied'])
    assert.deepEqual(claimsOf(analyze('Belarus has sent 300 soldiers to Russia, Kyiv said. The troops could be deployed to Kursk soon, officials said. Minsk and Moscow denied the reports.')), ['BLR>RUS:troops:confirmed', 'BLR>RUS:troops:alleged_future', 'BLR>RUS:troops:denied'])
  })
})

describe('personnel negated by a French partitive', () => {
  test('« il n\'y a pas de soldats X en Y » denies their presence', () => {
    assert.deepEqual(claimsOf(analyze("Il n'y a pas de soldats nord-coréens en Russie, a assuré le Kremlin.", 'fr')), ['PRK>RUS:troops:denied'])
    assert.deepEqual(claimsOf(analyze("« Il n'y a pas d'instructeurs français en Ukraine », a répété le ministre.", 'fr')), ['FRA>UKR:trainers:denied'])
  })
  test('"de" after a noun still governs it', () => {
    assert.deepEqual(claimsOf(analyze('Le nombre de soldats nord-coréens en Russie reste inconnu.', 'fr')), [])
  })
})

describe('readiness, consent and intent plan a transfer', () => {
  test('"ready to", "willing to", « a accepté de », « compte livrer »', () => {
    assert.deepEqual(claimsOf(analyze('Russia said it was ready to supply Iran with Su-35 fighter jets.')), ['RUS>IRN:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Seoul is willing to send artillery shells to Ukraine, the minister said.')), ['KOR>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La Russie a accepté de livrer des avions Su-35 à l'Iran.", 'fr')), ['RUS>IRN:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La France compte livrer des chars à l'Ukraine l'an prochain.", 'fr')), ['FRA>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Berlin comptait fournir des obus à Kiev avant l'été.", 'fr')), ['DEU>UKR:artillery_ammunition:alleged_future'])
  })
  test('« compte » as a noun or in "compte sur", "compte parmi" plans nothing', () => {
    assert.deepEqual(claimsOf(analyze("Le ministre a confirmé sur son compte Telegram que l'Allemagne avait livré des chars à l'Ukraine.", 'fr')), ['DEU>UKR:armour:confirmed'])
    assert.deepEqual(claimsOf(analyze('Moscou compte sur les obus livrés par la Corée du Nord.', 'fr')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze("La Turquie compte parmi les principaux fournisseurs de drones de l'Ukraine.", 'fr')), ['TUR>UKR:drones:reported'])
  })
})

describe('a relative clause has a tense of its own', () => {
  test('a future before the comma and the relative word does not govern the deed after it', () => {
    assert.deepEqual(claimsOf(analyze('Germany will send more tanks to Poland, which delivered MiG jets to Ukraine last year.')), ['DEU>POL:armour:alleged_future', 'POL>UKR:aircraft:reported'])
    assert.deepEqual(claimsOf(analyze('Russia is expected to use the drones, which Iran shipped to Russia by sea last year.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Die Bundesregierung wolle nicht mehr auflisten, welche Waffen sie der Ukraine liefere, sagte Kanzler Merz.', 'de')), ['DEU>UKR:other_weapons:confirmed'])
  })
  test('a future inside the relative clause still plans', () => {
    assert.deepEqual(claimsOf(analyze('Germany thanked Norway, which will deliver F-16 jets to Ukraine next year.')), ['NOR>UKR:aircraft:alleged_future'])
  })
})

describe('a request named after a comma or a dash, refused', () => {
  const voices = (text: string) => analyze(text).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"…, a request X has refused", "— a demand X rejected" gives the refuser a denial', () => {
    assert.deepEqual(voices('Kyiv has asked Berlin to deliver Taurus missiles, a request Germany has refused.'), ['denied:Germany', 'opinion:Kyiv'])
    assert.deepEqual(voices('Ukraine wants Germany to send Taurus missiles — a demand Chancellor Olaf Scholz rejected.'), ['denied:Olaf Scholz', 'opinion:Ukraine'])
    assert.deepEqual(voices('Taipei has urged Washington to send more Harpoon missiles -- a plea the Pentagon has refused so far.'), ['denied:Pentagon', 'opinion:Taipei'])
  })
})

describe("a state's body denying in the next sentence", () => {
  test('"Iran\'s foreign ministry denied the claims" rebuts the claim before', () => {
    assert.deepEqual(claimsOf(analyze("Iran has sent drones to Russia, Ukraine says. Iran's foreign ministry denied the claims.")), ['IRN>RUS:drones:confirmed', 'IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze("North Korea shipped shells to Russia, Seoul said. Russia's defence ministry dismissed the report.")), ['PRK>RUS:artillery_ammunition:confirmed', 'PRK>RUS:artillery_ammunition:denied'])
  })
  test('a possessor far from the denial does not deny', () => {
    assert.deepEqual(claimsOf(analyze("Iran has sent drones to Russia, Ukraine says. Britain's foreign secretary, visiting Kyiv on Monday with aid, rejected the denials.")), ['IRN>RUS:drones:confirmed'])
  })
})

describe('German sources after "nach"', () => {
  test('"nach Erkenntnissen", "nach Recherchen" name who says it', () => {
    assert.deepEqual(claimsOf(analyze('Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes Tausende Soldaten nach Russland entsandt.', 'de')), ['PRK>RUS:troops:confirmed'])
    assert.deepEqual(claimsOf(analyze('Nach Recherchen des Spiegel hat Nordkorea Raketen an Russland geliefert.', 'de')), ['PRK>RUS:missiles:reported'])
  })
})

describe("an official's state named before the role", () => {
  test('"we" in the words of "Lithuanian Defence Minister X" or "Lithuania\'s defence minister X" is that state', () => {
    assert.deepEqual(claimsOf(analyze('"We have delivered tanks to Ukraine," Lithuanian Defence Minister Laurynas Kasciunas said.')), ['LTU>UKR:armour:confirmed'])
    assert.deepEqual(claimsOf(analyze('Latvia\'s defence minister Andris Kalnins spoke on Tuesday. "We have already sent thousands of shells to Ukraine," he said.')), ['LVA>UKR:artillery_ammunition:confirmed'])
  })
  test('a non-official of a party state is still no party', () => {
    assert.deepEqual(claimsOf(analyze('Russian military blogger Igor Pavlov said Russia had received drones from Iran.')), ['IRN>RUS:drones:reported'])
  })
})

describe('a condition after the trigger', () => {
  test('what "if" names is not sent', () => {
    assert.deepEqual(claimsOf(analyze('"We could deliver up to 800,000 shells to Ukraine this year if we had the money," Czech defence minister Jana Cerna said.')), ['CZE>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze("« Nous pourrions livrer 800 000 obus à l'Ukraine si nous avions l'argent », a dit le ministre tchèque Jan Novak.", 'fr')), ['CZE>UKR:artillery_ammunition:alleged_future'])
  })
})

describe('the owner of a report after "according to"', () => {
  const voices = (text: string, lang = 'en') => analyze(text, lang).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('a body or a state that owns the report speaks through it', () => {
    assert.deepEqual(voices('Russia has delivered Su-30 jets to Myanmar, according to a U.N. report.'), ['confirmed:U.N.'])
    assert.deepEqual(voices('Iran supplied drones to the Houthis, according to a report by the Pentagon.'), ['confirmed:Pentagon'])
  })
  test('a report of no one, or of a demonym, or of an outlet stays a report', () => {
    assert.deepEqual(voices('Iran supplied drones to the Houthis, according to a report.'), ['reported:null'])
    assert.deepEqual(voices('Iran supplied drones to the Houthis, according to an Iranian report.'), ['reported:null'])
    assert.deepEqual(voices('Iran supplied drones to the Houthis, according to a report by the Wall Street Journal.'), ['reported:null'])
  })
})

describe('partners coordinated in one deal', () => {
  test('"with India for launchers and with France for radars": each partner sells what follows it', () => {
    assert.deepEqual(triplesOf(analyze('Armenia signed contracts with India for Pinaka launchers and with France for GM200 radars.')), ['IND>ARM:other_weapons', 'FRA>ARM:air_defence'])
    assert.deepEqual(triplesOf(analyze('Azerbaijan has signed deals with Israel for Barak air defence systems and with Turkey for drones.')), ['ISR>AZE:air_defence', 'TUR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze('Serbia signed agreements with China for FK-3 systems and with France for Rafale jets.')), ['CHN>SRB:air_defence', 'FRA>SRB:aircraft'])
  })
})

describe('a gerund after "by" is the means of the verb before it', () => {
  test('the object of that verb, or the owner of the arsenal it names, receives', () => {
    assert.deepEqual(triplesOf(analyze("Iran has been rebuilding Hezbollah's arsenal by smuggling rockets through Syria.")), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('North Korea helped Russia by supplying millions of artillery shells.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Tehran props up the Houthis by shipping drones across the Gulf of Aden.')), ['IRN>YEM:drones'])
  })
  test('a state attacked by such means receives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Russia is terrorising Ukraine by launching drones at its cities.')), [])
  })
  test("restocking another's arsenal supplies its owner; one's own, receives", () => {
    assert.deepEqual(triplesOf(analyze("Iran has restocked Hezbollah's arsenal with rockets.")), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('North Korea is restocking Russian arsenals with millions of shells.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Russia is restocking its arsenal with North Korean shells.')), ['PRK>RUS:artillery_ammunition'])
  })
})

describe('an object after the verb standing for a recipient named before', () => {
  test('"them", "it", "the group" after a verb of supply, with "with", the materiel, or closing a verb of arming', () => {
    assert.deepEqual(claimsOf(analyze('The Houthis have fired hundreds of missiles at Israel. Iran denies supplying them with weapons.')), ['IRN>YEM:other_weapons:denied'])
    assert.deepEqual(triplesOf(analyze('Hezbollah has fired thousands of rockets at Israel since October. Tehran has been supplying the group with missiles for decades.')), ['IRN>HEZBOLLAH:missiles'])
    assert.deepEqual(triplesOf(analyze("Sudan's army has regained ground in Khartoum. Egypt has been supplying it with drones, according to diplomats.")), ['EGY>SDN:drones'])
    assert.deepEqual(claimsOf(analyze('The Houthis have attacked ships in the Red Sea. Iran denies arming them.')), ['IRN>YEM:other_weapons:denied'])
  })
  test('not the speaker, nor a partner of the supplier in its subject', () => {
    assert.deepEqual(triplesOf(analyze('The Houthis control much of Yemen. Israel says Iran is arming them.')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('The junta has bombed villages across Myanmar. Russia and China continue to sell it fighter jets.')), ['RUS>MMR:aircraft', 'CHN>MMR:aircraft'])
  })
  test('an object followed by "to" is the materiel', () => {
    assert.deepEqual(triplesOf(analyze('Russia has used Shahed drones against Ukraine. Iran built them and supplied them to Moscow.')), ['IRN>RUS:drones'])
  })
})

describe('a negation that "until" follows dates a transfer', () => {
  test('"did not send tanks until 2023" is a transfer, "will not … until" a refusal, "did not send" a denial', () => {
    assert.deepEqual(claimsOf(analyze('Germany did not send Leopard tanks to Ukraine until 2023.')), ['DEU>UKR:armour:reported'])
    assert.deepEqual(claimsOf(analyze("Washington didn't deliver Abrams tanks to Kyiv until September.")), ['USA>UKR:armour:reported'])
    assert.deepEqual(claimsOf(analyze('Germany will not send Taurus missiles to Ukraine until the war ends.')), ['DEU>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Berlin did not send Taurus missiles to Ukraine.')), ['DEU>UKR:missiles:denied'])
  })
})

describe('two states denying together a transfer that names no side', () => {
  test('"Iran and Russia have denied any arms transfers" rebuts the claim before', () => {
    assert.deepEqual(claimsOf(analyze('Ukraine says Iran has supplied hundreds of drones to Russia. Iran and Russia have denied any arms transfers.')), ['IRN>RUS:drones:confirmed', 'IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Seoul says North Korea has shipped millions of shells to Russia. Pyongyang and Moscow have rejected any weapons deliveries.')), ['PRK>RUS:artillery_ammunition:confirmed', 'PRK>RUS:other_weapons:denied'])
  })
  test('with nothing before, nothing is claimed', () => {
    assert.deepEqual(claimsOf(analyze('Iran and Russia have denied any arms transfers.')), [])
  })
})

describe('a list of recipients running into the speakers of the sentence', () => {
  test('"to Russia, the U.S., Britain and Germany said": the speakers after the first comma receive nothing', () => {
    assert.deepEqual(triplesOf(analyze('Iran has transferred Fath-360 missiles to Russia, the U.S., Britain, France and Germany said.')), ['IRN>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze('North Korea has shipped artillery shells to Russia, South Korea and Japan said in a joint statement.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Iran sent drones to Russia and Belarus, the U.S. said.')), ['IRN>RUS:drones', 'IRN>BLR:drones'])
  })
  test('a list closing the sentence is all recipients', () => {
    assert.deepEqual(triplesOf(analyze('Germany sent tanks to Ukraine, Poland and Moldova.')), ['DEU>UKR:armour', 'DEU>POL:armour', 'DEU>MDA:armour'])
  })
  test('so with suppliers after "from", and over the role the speaking body heads', () => {
    assert.deepEqual(triplesOf(analyze("Myanmar's military has bought fighter jets from Russia and China, the U.N. special rapporteur said.")), ['RUS>MMR:aircraft', 'CHN>MMR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Russia has received drones from Iran, the U.S. State Department said.')), ['IRN>RUS:drones'])
  })
})

describe('approving or authorising a transfer noun', () => {
  test('"cleared the sale of", "authorised the export of": the one who approves supplies', () => {
    assert.deepEqual(claimsOf(analyze('Washington cleared the sale of F-16 jets to Turkey.')), ['USA>TUR:aircraft:alleged_future'])
    assert.deepEqual(triplesOf(analyze('Germany authorised the export of Eurofighter jets to Saudi Arabia.')), ['DEU>SAU:aircraft'])
    assert.deepEqual(triplesOf(analyze('Berlin has authorised the delivery of 14 Leopard tanks to Kyiv.')), ['DEU>UKR:armour'])
  })
  test('permission to use weapons is still no transfer', () => {
    assert.deepEqual(triplesOf(analyze('Washington allowed Ukraine to use ATACMS missiles inside Russia.')), [])
  })
})

describe('what intelligence is about is no materiel of its own', () => {
  test('"intelligence on Russian troop movements" gives intelligence, not troops', () => {
    assert.deepEqual(triplesOf(analyze('Britain is sharing intelligence on Russian troop movements with Kyiv.')), ['GBR>UKR:intelligence'])
    assert.deepEqual(triplesOf(analyze('The United States shares intelligence with Ukraine on Russian troop positions.')), ['USA>UKR:intelligence'])
  })
})

describe('names of bodies with lower-case words and words that are no names', () => {
  const speakers = (text: string): Array<string | null> => analyze(text).quotes.map((q) => q.speaker)
  test('"of" between capitalised words, before or after the verb', () => {
    assert.deepEqual(speakers('"North Korea has shipped millions of shells," the Joint Chiefs of Staff said in a statement.'), ['Joint Chiefs of Staff'])
    assert.deepEqual(speakers('"The missiles were Iranian," said the Joint Chiefs of Staff.'), ['Joint Chiefs of Staff'])
  })
  test('a capitalised word that is also materiel inside a name that ends in an organisation word', () => {
    assert.deepEqual(speakers('"These drones were built in Iran," said Conflict Armament Research, which examined the debris.'), ['Conflict Armament Research'])
    assert.deepEqual(speakers('"The components came from Western firms," Conflict Armament Research said in a report.'), ['Conflict Armament Research'])
  })
  test('names that already read whole stay so', () => {
    assert.deepEqual(speakers('"Arms imports fell sharply," the Stockholm International Peace Research Institute said.'), ['Stockholm International Peace Research Institute'])
    assert.deepEqual(speakers('"Russia is running out of shells," the Institute for the Study of War said.'), ['Institute for the Study of War'])
    assert.deepEqual(speakers('"The shipments continue," said John Kirby, the White House spokesman.'), ['John Kirby'])
  })
})

describe('English compounds and objects after a verb of supply', () => {
  test('a verb glued by a hyphen to a lower-case word is part of a compound ("anti-ship")', () => {
    assert.deepEqual(triplesOf(analyze('Iran has supplied the Houthis with anti-ship ballistic missiles and drones.')), ['IRN>YEM:missiles', 'IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze('Russia has sold Myanmar anti-ship cruise missiles and fighter jets.')), ['RUS>MMR:missiles', 'RUS>MMR:aircraft'])
  })
  test('the recipient between the verb and a sum of aid does not part them ("provides Israel with $3.8 billion in annual military aid")', () => {
    assert.deepEqual(triplesOf(analyze('The United States provides Israel with $3.8 billion in annual military aid.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Germany provides Ukraine with about $7 billion in yearly military aid.')), ['DEU>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Washington gives Kyiv more than $1 billion in additional military aid.')), ['USA>UKR:other_weapons'])
  })
})

describe('forces fighting alongside another state’s forces', () => {
  test('"fighting alongside Russian troops" is fighting for Russia; a state’s body that speaks is no materiel', () => {
    assert.deepEqual(triplesOf(analyze("North Korean soldiers are fighting alongside Russian troops in the Kursk region, Ukraine's military intelligence said.")), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze('Chadian troops have served alongside Malian soldiers since 2013.')), ['TCD>MLI:troops'])
  })
  test('fighting another state’s soldiers, or fighting in combat with them, supports no one', () => {
    assert.deepEqual(triplesOf(analyze('Russian troops fought Ukrainian soldiers near Bakhmut.')), [])
    assert.deepEqual(triplesOf(analyze('Russian units engaged in combat with Ukrainian troops near Kupiansk.')), [])
  })
})

describe('a French present in -it is no participle', () => {
  test('« l\'armée russe fournit », « le gouvernement chinois fournit »: an active verb after its subject noun', () => {
    assert.deepEqual(triplesOf(analyze("L'armée russe fournit des blindés à la junte malienne.", 'fr')), ['RUS>MLI:armour'])
    assert.deepEqual(triplesOf(analyze('Le gouvernement chinois fournit des machines-outils à la Russie.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("Pékin de son côté fournit des drones de combat à l'armée birmane.", 'fr')), ['CHN>MMR:drones'])
  })
  test('while the participles in -it stay passive', () => {
    assert.deepEqual(triplesOf(analyze('Des obus produits par la Corée du Nord ont été tirés par la Russie.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Des fusils introduits clandestinement par l'Iran au Yémen ont été saisis.", 'fr')), ['IRN>YEM:small_arms'])
  })
})

describe('a part of a state is where the preposition before it says', () => {
  test('« dans l\'est de la Libye », « vers le nord du Mali », « dans l\'ouest de la Russie »', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a acheminé vers l'est de la Libye des blindés et des pièces d'artillerie.", 'fr')), ['RUS>LBY:armour', 'RUS>LBY:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Moscou a envoyé des paramilitaires dans le nord du Mali.', 'fr')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(analyze("Des soldats nord-coréens ont été déployés dans l'ouest de la Russie.", 'fr')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze("L'Iran a envoyé des conseillers militaires dans le sud du Liban.", 'fr')), ['IRN>LBN:technical_support'])
  })
  test('no side is taken from a part of a state with no preposition, nor from an enemy’s soil', () => {
    assert.deepEqual(triplesOf(analyze("Des drones iraniens ont frappé le sud de l'Ukraine.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("La Russie a déployé des troupes dans le nord de l'Ukraine.", 'fr')), [])
  })
})

describe('a generic word heading a list of three or more', () => {
  test('« des armes, de l\'argent et des formations »: the comma coordinates when a coordinator closes the list', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran fournit depuis des années des armes, de l'argent et des formations au Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:financial', 'IRN>HEZBOLLAH:trainers', 'IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Iran supplied weapons, money and drones to the Houthis.')), ['IRN>YEM:financial', 'IRN>YEM:drones', 'IRN>YEM:other_weapons'])
  })
  test('but not when it is the rest of the list or heads its examples', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a fourni des missiles, des drones et d'autres armes aux Houthis.", 'fr')), ['IRN>YEM:missiles', 'IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze('Washington a livré des armes, notamment des missiles et des obus, à Kiev.', 'fr')), ['USA>UKR:missiles', 'USA>UKR:artillery_ammunition'])
  })
})

describe('« forme » as a verb before an adverb', () => {
  test('« Moscou forme également des pilotes birmans »', () => {
    assert.deepEqual(triplesOf(analyze('Moscou forme également des pilotes birmans.', 'fr')), ['RUS>MMR:trainers'])
    assert.deepEqual(triplesOf(analyze('La Turquie forme désormais des soldats libyens.', 'fr')), ['TUR>LBY:trainers'])
  })
})

describe('a participle joined to a passive after its complements', () => {
  test('« sont fabriqués en Iran et livrés à la Russie »: the passive’s subject, its agent or origin', () => {
    assert.deepEqual(triplesOf(analyze('Les drones sont fabriqués en Iran et livrés à la Russie par voie maritime.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Les obus sont produits en Corée du Nord puis acheminés vers la Russie par train.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Les fusils sont achetés par l'Iran et transférés aux Houthis.", 'fr')), ['IRN>YEM:small_arms'])
    assert.deepEqual(triplesOf(analyze("Les roquettes sont emballées par la force Quds, puis transférées directement aux combattants du Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
  })
  test('no recipient, no claim', () => {
    assert.deepEqual(triplesOf(analyze("Les drones ont été abattus par l'Ukraine et livrés aux enquêteurs.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze("Les fusils sont achetés par l'Iran et revendus sur le marché noir.", 'fr')), [])
  })
})

describe('personnel of a group after « à » receive', () => {
  test('« aux combattants du Hezbollah », « aux miliciens du Hezbollah »', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a livré des missiles antichars aux combattants du Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Téhéran fournit des drones aux miliciens du Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:drones'])
  })
  test('while personnel sent stay what is sent', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a envoyé des combattants du Hezbollah en Syrie.", 'fr')), ['IRN>SYR:troops'])
  })
})

describe("personnel of a state's forces or organ named after « de »", () => {
  test('« des instructeurs de l\'armée française », « des soldats de l\'armée nord-coréenne »', () => {
    assert.deepEqual(triplesOf(analyze("Des instructeurs de l'armée française forment des soldats ukrainiens en Pologne.", 'fr')), ['FRA>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze("Des soldats de l'armée nord-coréenne ont été déployés dans la région de Koursk, en Russie.", 'fr')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze('Des militaires de l\'armée russe sont arrivés au Niger.', 'fr')), ['RUS>NER:troops'])
  })
  test('« des conseillers des Gardiens de la révolution »: an organ is its state’s', () => {
    assert.deepEqual(triplesOf(analyze('Des conseillers des Gardiens de la révolution sont présents au Yémen.', 'fr')), ['IRN>YEM:technical_support'])
  })
  test('after « à » they receive', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a livré des blindés aux soldats de l'armée malienne.", 'fr')), ['RUS>MLI:armour'])
  })
})

describe('a subject pronoun of a passive transfer stands for the materiel named before', () => {
  test('« Ils ont été fournis par la Corée du Nord », « Elles ont été livrées par l\'Allemagne »', () => {
    assert.deepEqual(triplesOf(analyze('La Russie a tiré des missiles balistiques sur Kharkiv. Ils ont été fournis par la Corée du Nord, selon Kiev.', 'fr')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze("L'Ukraine a reçu des chars Leopard. Ils ont été livrés par l'Allemagne.", 'fr')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Les Houthis ont lancé des roquettes sur Israël. Elles leur ont été fournies par l\'Iran.', 'fr')), ['IRN>YEM:artillery_ammunition'])
  })
  test('but a pronoun subject of an active verb is an actor', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran fabrique des drones. Il les a livrés à la Russie.", 'fr')), ['IRN>RUS:drones'])
  })
})

describe('« y » before the verb is the place named before', () => {
  test('« La Turquie y maintient des troupes », « La Russie y a envoyé des instructeurs »', () => {
    assert.deepEqual(triplesOf(analyze('La Libye reste divisée. La Turquie y maintient des troupes depuis 2020.', 'fr')), ['TUR>LBY:troops'])
    assert.deepEqual(triplesOf(analyze('Le Burkina Faso se tourne vers Moscou. La Russie y a envoyé des instructeurs militaires en janvier.', 'fr')), ['RUS>BFA:trainers'])
  })
  test('a relative between the subject and « y » may name the place', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a livré des blindés au Soudan. La Turquie, qui soutient le gouvernement de Tripoli, y maintient des troupes.", 'fr')), ['RUS>SDN:armour', 'TUR>LBY:troops'])
  })
  test('« il y a » is no clitic of a transfer', () => {
    assert.deepEqual(triplesOf(analyze('Il y a eu des livraisons de drones iraniens à la Russie.', 'fr')), ['IRN>RUS:drones'])
  })
})

describe('an anaphor subject of a verb of receiving is the recipient', () => {
  test('« Le pays a reçu… », « Elle a acheté… »: the subject of a sentence before', () => {
    assert.deepEqual(triplesOf(analyze('Le Niger a rompu avec la France. Le pays a depuis reçu des instructeurs russes et un système de défense antiaérienne.', 'fr')), ['RUS>NER:trainers', 'RUS>NER:air_defence'])
    assert.deepEqual(triplesOf(analyze("L'Arménie diversifie ses partenaires. Elle a acheté des obusiers à l'Inde.", 'fr')), ['IND>ARM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Le Hezbollah a tiré des roquettes sur Israël. Il est armé par l’Iran depuis sa création.', 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
  })
  test('personnel of a state received from it', () => {
    assert.deepEqual(triplesOf(analyze('Le Mali a reçu des instructeurs russes.', 'fr')), ['RUS>MLI:trainers'])
  })
})

describe('armed groups named by their description', () => {
  test('« le mouvement chiite », « le mouvement islamiste palestinien »', () => {
    assert.deepEqual(triplesOf(analyze("Le mouvement chiite libanais est armé et financé par l'Iran.", 'fr')), ['IRN>HEZBOLLAH:other_weapons', 'IRN>HEZBOLLAH:financial'])
    assert.deepEqual(triplesOf(analyze('Téhéran livre des roquettes au mouvement islamiste palestinien.', 'fr')), ['IRN>HAMAS:artillery_ammunition'])
  })
})

describe('an anaphor after « à » receives', () => {
  test('« à l\'île » (an island named before), « à la junte »', () => {
    assert.deepEqual(triplesOf(analyze("Washington soutient Taïwan face à Pékin. Les États-Unis ont vendu à l'île pour plus de 18 milliards de dollars d'armements.", 'fr')), ['USA>TWN:other_weapons'])
    assert.deepEqual(triplesOf(analyze('La junte birmane bombarde les villages. La Chine livre des drones à la junte.', 'fr')), ['CHN>MMR:drones'])
  })
  test('an indefinite « des pays » is no anaphor', () => {
    assert.deepEqual(triplesOf(analyze('Le Japon discute avec la Chine. Sa loi lui interdit de livrer des armes à des pays en guerre.', 'fr')), [])
  })
})

describe('a recipient read from an anaphor is not paired with a guessed supplier', () => {
  test('« Le pays recevra des missiles de l\'étranger » names no supplier', () => {
    assert.deepEqual(triplesOf(analyze("La Turquie a vendu des drones à l'Ukraine. Le pays recevra aussi des missiles de l'étranger.", 'fr')), ['TUR>UKR:drones'])
  })
})

describe('a participle of giving glued to who gave', () => {
  test('"Iranian-supplied drones", "U.S.-supplied HIMARS", "British-donated tanks" read as passives', () => {
    assert.deepEqual(triplesOf(analyze('Russia fired Iranian-supplied drones at Odesa.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Ukraine used U.S.-supplied HIMARS to strike the bridge.')), ['USA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('The Houthis used Iran-provided missiles against ships.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Kyiv has received British-donated Challenger tanks.')), ['GBR>UKR:armour'])
  })
  test('while backing glued to a state gives nothing by itself', () => {
    assert.deepEqual(triplesOf(analyze('Kremlin-backed media praised the Iran-backed militia.')), [])
  })
})

describe('the object of a verb of striking', () => {
  test('is struck, whatever it is', () => {
    assert.deepEqual(triplesOf(analyze('Los hutíes atacaron un buque de guerra estadounidense en el mar Rojo.', 'es')), [])
    assert.deepEqual(triplesOf(analyze('Gli Houthi hanno attaccato una nave da guerra americana.', 'it')), [])
    assert.deepEqual(triplesOf(analyze('Die Huthi griffen ein amerikanisches Kriegsschiff an.', 'de')), [])
  })
  test('while what it strikes with is used', () => {
    assert.deepEqual(triplesOf(analyze('Rusia atacó Kiev con drones iraníes.', 'es')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Russland griff Kiew mit iranischen Drohnen an.', 'de')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Russia bombarded Kharkiv with North Korean missiles.')), ['PRK>RUS:missiles'])
    // English "struck", "attacked", "targeted" are verbs of striking too.
    assert.deepEqual(triplesOf(analyze('Russia struck Kyiv with Iranian-made drones overnight.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('The Houthis attacked a British tanker with Iranian missiles.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Ukraine targeted Russian airfields with American ATACMS missiles.')), ['USA>UKR:missiles'])
  })
  test('and what "struck" or "attacked" hits is no materiel of the striker', () => {
    assert.deepEqual(triplesOf(analyze('The Houthis attacked a US warship in the Red Sea.')), [])
    assert.deepEqual(triplesOf(analyze('Israel struck an Iranian weapons depot in Syria.')), [])
    assert.deepEqual(triplesOf(analyze('Russia and Iran struck a deal on drone production.')), [])
  })
})

describe('a body that found or established a transfer reports it', () => {
  const statusOf = (text: string, lang = 'en'): string[] => analyze(text, lang).support.map((c) => `${c.status}:${c.attributedTo}`)
  test('"found that", "determined that" after a panel of an international body', () => {
    assert.deepEqual(statusOf('A UN panel of experts found that the UAE had supplied weapons to Libya.'), ['confirmed:UN panel of experts'])
    assert.deepEqual(statusOf('The Security Council panel determined that Iran supplied missiles to the Houthis.'), ['confirmed:Security Council'])
  })
  test('« a établi que », « ont constaté que », „stellten fest“', () => {
    assert.deepEqual(statusOf("Le groupe d'experts de l'ONU a établi que les Émirats arabes unis avaient livré des armes à la Libye.", 'fr'), ["confirmed:groupe d'experts de l'ONU"])
    assert.deepEqual(statusOf("Les experts des Nations unies ont constaté que l'Iran avait fourni des missiles aux Houthis.", 'fr'), ['confirmed:experts des Nations unies'])
    assert.deepEqual(statusOf('Die UN-Experten stellten fest, dass Iran den Huthis Raketen geliefert hatte.', 'de'), ['confirmed:UN-Experten'])
  })
})

describe('a contract or deal for a transfer noun orders it', () => {
  test('"signed a contract with X for the purchase of…" is still to come', () => {
    assert.deepEqual(claimsOf(analyze('Serbia signed a contract with China for the purchase of FK-3 air defence systems.')), ['CHN>SRB:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Armenia has signed a deal with India for the purchase of Pinaka rocket launchers, its defence minister said.')), ['IND>ARM:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Arménie a signé un contrat avec la France pour l'achat de canons Caesar.", 'fr')), ['FRA>ARM:other_weapons:alleged_future'])
  })
  test('while a purchase made is done', () => {
    assert.deepEqual(claimsOf(analyze('Armenia has bought Pinaka rocket launchers from India.')), ['IND>ARM:other_weapons:reported'])
  })
})

describe('a research body or watchdog speaking is no government', () => {
  test('an institute, a research group, a think tank: asserted', () => {
    assert.deepEqual(claimsOf(analyze('According to the Stockholm International Peace Research Institute, Israel sold drones to Azerbaijan.')), ['ISR>AZE:drones:asserted'])
    assert.deepEqual(claimsOf(analyze('Conflict Armament Research said Iran had supplied drone engines to the Houthis.')), ['IRN>YEM:components_dual_use:asserted'])
    assert.deepEqual(claimsOf(analyze('The International Institute for Strategic Studies said Iran sent drones to Sudan.')), ['IRN>SDN:drones:asserted'])
    assert.deepEqual(claimsOf(analyze("L'Institut d'études de sécurité a affirmé que l'Iran avait envoyé des drones au Soudan.", 'fr')), ['IRN>SDN:drones:asserted'])
  })
  test('while a ministry or a party stays on the record', () => {
    assert.deepEqual(claimsOf(analyze('The Pentagon said Iran sent drones to Sudan.')), ['IRN>SDN:drones:confirmed'])
    assert.deepEqual(claimsOf(analyze("Le ministère soudanais de la Défense a affirmé que l'Iran avait envoyé des drones au Soudan.", 'fr')), ['IRN>SDN:drones:confirmed'])
  })
})

describe('"likely to", « susceptible de », « risque de » before a transfer verb forecast it', () => {
  test('a forecast is still to come', () => {
    assert.deepEqual(claimsOf(analyze('Iran is likely to send more drones to Sudan.')), ['IRN>SDN:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('The Houthis are likely to receive more missiles from Iran, analysts said.')), ['IRN>YEM:missiles:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Iran est susceptible d'envoyer davantage de drones au Soudan.", 'fr')), ['IRN>SDN:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Iran risque de livrer des missiles aux Houthis.", 'fr')), ['IRN>YEM:missiles:alleged_future'])
  })
  test('while "likely to have sent" is done', () => {
    assert.deepEqual(claimsOf(analyze('Iran is likely to have sent drones to Sudan.')).map((c) => c.endsWith('alleged_future')), [false])
  })
})

describe('a negated predicate after a long transfer noun phrase', () => {
  test('"Deliveries of … from X to Y never resumed" did not happen', () => {
    assert.deepEqual(claimsOf(analyze('Deliveries of 2,000-pound bombs from the United States to Israel never resumed.')), ['USA>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Shipments of artillery shells from Serbia to Azerbaijan did not take place, the ministry said.')), ['SRB>AZE:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(analyze("Les livraisons de bombes de 900 kilos des États-Unis à Israël n'ont jamais eu lieu.", 'fr')), ['USA>ISR:other_weapons:denied'])
  })
  test('while a negated copula before a noun phrase leaves the transfer as it is', () => {
    assert.deepEqual(claimsOf(analyze('The delivery of 2,000-pound bombs from the United States to Israel was not a surprise.')), ['USA>ISR:other_weapons:reported'])
    assert.deepEqual(claimsOf(analyze('La livraison de bombes des États-Unis à Israël n’est pas une surprise.', 'fr')), ['USA>ISR:other_weapons:reported'])
  })
  test('"pound" in "2,000-pound bombs" is a unit, no verb of striking', () => {
    assert.deepEqual(claimsOf(analyze('Washington sent 500-pound bombs to Israel.')), ['USA>ISR:other_weapons:reported'])
  })
})

describe('a stop negated goes on', () => {
  test('"has never stopped sending", « n\'a jamais cessé de livrer »: neither word denies', () => {
    assert.deepEqual(claimsOf(analyze('Iran has never stopped sending weapons to the Houthis, the U.S. envoy said.')), ['IRN>YEM:other_weapons:confirmed'])
    assert.deepEqual(claimsOf(analyze('Washington has not halted deliveries of bombs to Israel.')), ['USA>ISR:other_weapons:reported'])
    assert.deepEqual(claimsOf(analyze("L'Iran n'a jamais cessé de livrer des armes aux Houthis, selon l'émissaire américain.", 'fr')), ['IRN>YEM:other_weapons:confirmed'])
    assert.deepEqual(claimsOf(analyze("Washington n'a pas suspendu les livraisons de bombes à Israël.", 'fr')), ['USA>ISR:other_weapons:reported'])
  })
  test('while a stop or a negation alone still denies', () => {
    assert.deepEqual(claimsOf(analyze('Germany has stopped arms exports to Israel.')), ['DEU>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Iran has not sent weapons to the Houthis.')), ['IRN>YEM:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("L'Allemagne a suspendu ses livraisons d'armes à Israël.", 'fr')), ['DEU>ISR:other_weapons:denied'])
  })
})

describe('a transfer noun governed by a report noun is what the reports say', () => {
  test('"reports of", « des informations faisant état de »: reported, whoever mentions them', () => {
    assert.deepEqual(claimsOf(analyze('The Israeli foreign ministry said it was concerned by reports of Iranian arms deliveries to Hezbollah.')), ['IRN>HEZBOLLAH:other_weapons:reported'])
    assert.deepEqual(claimsOf(analyze('The Pentagon said it was looking into reports of Chinese drone deliveries to Russia.')), ['CHN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze("Le ministère israélien des Affaires étrangères s'est dit préoccupé par des informations faisant état de livraisons d'armes iraniennes au Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:other_weapons:reported'])
  })
  test('while reports rejected are denied, and pictures show rather than say', () => {
    assert.deepEqual(claimsOf(analyze('Tehran rejected reports of Iranian arms deliveries to Hezbollah.')), ['IRN>HEZBOLLAH:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('The Israeli army released images of Iranian arms deliveries to Hezbollah, a spokesman said.')), ['IRN>HEZBOLLAH:other_weapons:confirmed'])
  })
})

describe('"armed" and "arms" as verbs', () => {
  test('a verb when the one armed follows it', () => {
    assert.deepEqual(triplesOf(analyze('Iran has long armed Hezbollah.')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Iran arms Houthis')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze("China arms Myanmar's junta.")), ['CHN>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('The Houthis fired at ships, and Riyadh said Tehran had armed them.')), ['IRN>YEM:other_weapons'])
  })
  test('materiel named after "with" gives the category', () => {
    assert.deepEqual(triplesOf(analyze('The United States armed Israel with guided bombs.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Turkey armed Azerbaijan with drones in 2020.')), ['TUR>AZE:drones'])
  })
  test('an adjective or a noun is no verb', () => {
    assert.deepEqual(triplesOf(analyze("Sudan's armed forces attacked the town; Israel killed armed Hamas men in Gaza.")), [])
    assert.deepEqual(triplesOf(analyze('Armed groups in Myanmar seized a base while Saudi jets struck armed Houthi rebels.')), [])
    assert.deepEqual(triplesOf(analyze('Israel sells arms to Azerbaijan.')), ['ISR>AZE:other_weapons'])
  })
})

describe('"them" after a verb of supply stands for several', () => {
  test('not for one state named by its name', () => {
    assert.deepEqual(triplesOf(analyze('Israel bombed Hamas tunnels in Gaza. Iran has given them rockets.')), ['IRN>HAMAS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Saudi Arabia has fought the Houthis since 2015. Iran supplies them with drones.')), ['IRN>YEM:drones'])
  })
  test('but for a state’s forces, or a list', () => {
    assert.deepEqual(triplesOf(analyze("Sudan's armed forces retook the capital. Iran has sent them drones.")), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('Armenia and Azerbaijan fought in 2020. Russia sold them both weapons.')), ['RUS>ARM:other_weapons', 'RUS>AZE:other_weapons'])
  })
  test('"it" may still be one state', () => {
    assert.deepEqual(triplesOf(analyze('Azerbaijan and Israel signed a deal. Israel will sell it drones.')), ['ISR>AZE:drones'])
  })
})

describe("a state's share of another's arms imports", () => {
  test('the one whose share is measured supplies, the owner of the imports receives', () => {
    assert.deepEqual(triplesOf(analyze("Israel accounts for 69% of Azerbaijan's arms imports.")), ['ISR>AZE:other_weapons'])
    assert.deepEqual(triplesOf(analyze("China was the source of most of Myanmar's weapons imports last year.")), ['CHN>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Russia accounted for 40 percent of Armenia's arms imports.")), ['RUS>ARM:other_weapons'])
  })
  test('no share, no supplier', () => {
    assert.deepEqual(triplesOf(analyze("Turkey criticised Armenia's arms imports.")), [])
  })
})

describe('a participle glued to who gave, then used by another', () => {
  test('the glued state supplies, the one who uses it after "by" receives', () => {
    assert.deepEqual(triplesOf(analyze('Tehran-supplied missiles were fired by the Houthis at ships.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('U.S.-supplied HIMARS were used by Ukraine near Kherson.')), ['USA>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Israel-supplied drones were used by Azerbaijan in 2020.')), ['ISR>AZE:drones'])
  })
  test('a "by" of striking names no recipient', () => {
    assert.deepEqual(triplesOf(analyze('The tanks, supplied by Germany, were destroyed by Russian drones.')), [])
  })
})

describe("a people's noun with a possessive mark", () => {
  test('"the Houthis\' main supplier": the owner of the agent noun receives', () => {
    assert.deepEqual(triplesOf(analyze("Iran became the Houthis' key weapons supplier.")), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Iran is the Houthis’ main arms supplier, analysts say.')), ['IRN>YEM:other_weapons'])
  })
  test('before materiel it stays the owner, no supplier', () => {
    assert.deepEqual(triplesOf(analyze("The Houthis' drones hit a tanker in the Red Sea.")), [])
  })
})

describe('two verbs of giving joined before one recipient', () => {
  test('"arms and funds Hezbollah": the second verb is no noun of the first', () => {
    assert.deepEqual(triplesOf(analyze('Tehran arms and funds Hezbollah.')), ['IRN>HEZBOLLAH:other_weapons', 'IRN>HEZBOLLAH:financial'])
    assert.deepEqual(triplesOf(analyze('Iran equips and funds the Houthis.')), ['IRN>YEM:other_weapons', 'IRN>YEM:financial'])
  })
  test('a money noun after the verb is still its object', () => {
    assert.deepEqual(triplesOf(analyze('Germany provides weapons and funds to Ukraine.')).sort(), ['DEU>UKR:financial', 'DEU>UKR:other_weapons'])
  })
})

describe("a verb of supply measuring a share of another's imports", () => {
  test('the subject supplies, whatever the verb', () => {
    assert.deepEqual(triplesOf(analyze("China provided most of Myanmar's weapons imports in 2022.")), ['CHN>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Israel supplied 60% of Azerbaijan's arms imports over five years.")), ['ISR>AZE:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Russia accounted for half of Armenia's main arms imports.")), ['RUS>ARM:other_weapons'])
  })
  test("the owner of a share is not the owner of the imports", () => {
    assert.deepEqual(triplesOf(analyze("Germany's share of Israel's arms imports is small.")), [])
  })
})

describe('materiel held by the object of a verb of striking', () => {
  test('is struck, not used by the striker', () => {
    assert.deepEqual(triplesOf(analyze("Israël a frappé des entrepôts d'armes iraniennes en Syrie.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Israël a bombardé un dépôt de missiles iraniens près de Damas.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Israel bombardeó depósitos de armas iraníes en Siria.', 'es')), [])
    assert.deepEqual(triplesOf(analyze("Les États-Unis ont mené des frappes contre des entrepôts de missiles iraniens au Yémen.", 'fr')), [])
  })
  test('while what the strike is made with is used, and the transfer named after it stands', () => {
    assert.deepEqual(triplesOf(analyze('La Russie a frappé Kiev avec des drones iraniens.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("L'aviation israélienne a pilonné des stocks de roquettes iraniennes destinées au Hezbollah.", 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
  })
})

describe('items each with its own partner', () => {
  test('each supplier after "de"/"à"/"from" gives the materiel named right before it', () => {
    assert.deepEqual(triplesOf(analyze("Le Hezbollah a reçu des missiles de l'Iran et des drones de la Syrie.", 'fr')), ['IRN>HEZBOLLAH:missiles', 'SYR>HEZBOLLAH:drones'])
    assert.deepEqual(triplesOf(analyze("L'Azerbaïdjan a acheté des drones à Israël et des missiles à la Turquie.", 'fr')), ['ISR>AZE:drones', 'TUR>AZE:missiles'])
    assert.deepEqual(triplesOf(analyze("Le Soudan a obtenu des drones de l'Iran, des avions de la Russie et des blindés de la Chine.", 'fr')), ['IRN>SDN:drones', 'RUS>SDN:aircraft', 'CHN>SDN:armour'])
    assert.deepEqual(triplesOf(analyze('Hezbollah received rockets from Iran and drones from Syria.')), ['IRN>HEZBOLLAH:artillery_ammunition', 'SYR>HEZBOLLAH:drones'])
  })
  test('each recipient after "à" receives the materiel named right before it', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a livré des drones à la Russie et des missiles aux Houthis.", 'fr')), ['IRN>RUS:drones', 'IRN>YEM:missiles'])
  })
  test('one list of partners shares all the items', () => {
    assert.deepEqual(triplesOf(analyze("Le Hezbollah a reçu des missiles et des drones de l'Iran et de la Syrie.", 'fr')), ['IRN>HEZBOLLAH:missiles', 'IRN>HEZBOLLAH:drones', 'SYR>HEZBOLLAH:missiles', 'SYR>HEZBOLLAH:drones'])
  })
})

describe('materiel said to have arrived or been delivered, with no side in the clause', () => {
  test('a word for a lot or a pronoun stands for the materiel of the claim before, with its sides', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran a vendu des drones au Soudan. Les premiers exemplaires sont arrivés en mai.", 'fr')), ['IRN>SDN:drones:reported', 'IRN>SDN:drones:reported'])
    assert.deepEqual(analyze("La Russie a commandé des missiles à l'Iran. Les premiers lots ont été livrés en août.", 'fr').support.map((c) => `${c.supplier}>${c.recipient}:${c.category}:${c.status}:${c.rule}`), ['IRN>RUS:missiles:alleged_future:support.acquire.active', 'IRN>RUS:missiles:reported:support.give.passive'])
    assert.deepEqual(analyze("Israël a vendu des radars à l'Azerbaïdjan. Ils sont arrivés à Bakou par avion.", 'fr').support.map((c) => c.rule), ['support.give.active', 'support.deploy.arrive-named-before'])
  })
  test('a word for a kind of thing takes the category of what it stands for', () => {
    assert.deepEqual(analyze('La Turquie a vendu des drones Bayraktar au Niger. Les appareils ont été livrés en 2022.', 'fr').support.map((c) => `${c.supplier}>${c.recipient}:${c.category}:${c.rule}`), ['TUR>NER:drones:support.give.active', 'TUR>NER:drones:support.give.passive'])
  })
  test('an article that opens the sentence is no clitic, and no materiel arrives with talks', () => {
    assert.deepEqual(analyze("L'Ukraine a reçu des chars de l'Allemagne. Les négociations sont arrivées à leur terme.", 'fr').support.map((c) => c.rule), ['support.acquire.active'])
    assert.deepEqual(triplesOf(analyze("Des drones sont arrivés au Yémen. Le Hezbollah a reçu des missiles de l'Iran.", 'fr')), ['IRN>HEZBOLLAH:missiles'])
  })
})

describe('a share of one state\'s arms that another supplies', () => {
  test('the subject of "représente N % des importations de Y" supplies Y', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a représenté 36 % des importations d'armes de l'Inde.", 'fr')), ['RUS>IND:other_weapons'])
    assert.deepEqual(triplesOf(analyze("China accounts for 80% of Pakistan's arms imports.")), ['CHN>PAK:other_weapons'])
  })
  test('"fournit N % des armes de Y", "supplies two thirds of Y\'s weapons"', () => {
    assert.deepEqual(triplesOf(analyze('La Chine fournit 60 % des armes du Myanmar.', 'fr')), ['CHN>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Israel supplies half of Azerbaijan's weapons.")), ['ISR>AZE:other_weapons'])
    assert.deepEqual(triplesOf(analyze('La Chine a fourni 40 % de ses drones à la Russie.', 'fr')), ['CHN>RUS:drones'])
  })
  test('"N % des armes importées par Y proviennent de X": the counted materiel heads the origin predicate', () => {
    assert.deepEqual(triplesOf(analyze("Selon le rapport, 45 % des armes importées par l'Égypte proviennent de France.", 'fr')), ['FRA>EGY:other_weapons'])
    assert.deepEqual(triplesOf(analyze('About 60% of the drones bought by Sudan come from Iran.')), ['IRN>SDN:drones'])
  })
})

describe('a verb with no subject after a clause break', () => {
  test('shares the subject of the first clause', () => {
    assert.deepEqual(claimsOf(analyze('La Corée du Nord dément mais aurait envoyé des obus à la Russie.', 'fr')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(triplesOf(analyze('La Chine affirme sa neutralité mais fournirait des composants à la Russie.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Israel denies the report but has sold drones to Azerbaijan.')), ['ISR>AZE:drones'])
  })
  test('whose dative pronoun stands for the object of the first clause', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran soutient le Hezbollah mais ne lui a pas livré de missiles.", 'fr')), ['IRN>HEZBOLLAH:missiles:denied'])
  })
  test('a clause with a subject of its own keeps it', () => {
    assert.deepEqual(triplesOf(analyze("La Russie attaque l'Ukraine, mais la Corée du Nord aurait envoyé des obus.", 'fr')), [])
  })
})

describe('a subject pronoun right after "si"', () => {
  test('stands for the subject of the main clause after the condition', () => {
    assert.deepEqual(claimsOf(analyze("S'ils recevaient des missiles de l'Iran, les Houthis frapperaient Israël.", 'fr')), ['IRN>YEM:missiles:alleged_future'])
    assert.deepEqual(triplesOf(analyze("Le ministre a averti que s'il livrait des drones au Soudan, l'Iran serait sanctionné.", 'fr')), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('If they received drones from Iran, the Houthis would strike ships.')), ['IRN>YEM:drones'])
  })
  test('but not for a speaker after a condition that closes the sentence', () => {
    assert.deepEqual(triplesOf(analyze("Il y aura des sanctions s'ils reçoivent des missiles de l'Iran, a dit le ministre israélien.", 'fr')), [])
  })
})

describe('intercepting a vessel or a shipment', () => {
  test('seizes it and defends no state; what it carries is still read', () => {
    assert.deepEqual(triplesOf(analyze("La marine égyptienne a intercepté une cargaison d'armes iraniennes destinées aux Houthis.", 'fr')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze("La marine française a intercepté une cargaison d'armes destinées au Soudan.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('The U.S. Navy intercepted a dhow carrying Iranian missiles bound for the Houthis.')), ['IRN>YEM:missiles'])
  })
  test('while downing drones aimed at a state defends it', () => {
    assert.deepEqual(triplesOf(analyze("La Jordanie a intercepté des drones iraniens au-dessus d'Israël.", 'fr')), ['JOR>ISR:air_defence'])
  })
})

describe('materiel that arrived somewhere, whose supplier the next sentence names', () => {
  test('goes where the sentence before said it arrived', () => {
    assert.deepEqual(triplesOf(analyze('Des drones sont arrivés au Soudan la semaine dernière. Ils ont été fournis par les Émirats arabes unis.', 'fr')), ['ARE>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("Des missiles antichars ont été livrés en Arménie. Ils ont été fournis par l'Inde.", 'fr')), ['IND>ARM:other_weapons'])
  })
  test('but not to the supplier itself, nor to a place no transfer reached', () => {
    assert.deepEqual(triplesOf(analyze('Des drones turcs sont fabriqués en Turquie. Ils ont été fournis par la Turquie.', 'fr')), [])
  })
})

describe('an aside between commas before the object', () => {
  test('a source between the recipient and what is given is passed over', () => {
    assert.deepEqual(triplesOf(analyze("La Corée du Nord a envoyé à la Russie, selon Séoul, plus de trois millions d'obus.", 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("L'Iran a livré au Hezbollah, d'après les services israéliens, des centaines de roquettes.", 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('North Korea has sent Russia, according to Seoul, millions of artillery shells.')), ['PRK>RUS:artillery_ammunition'])
  })
  test('and so is an adjunct that makes the reach too long', () => {
    assert.deepEqual(triplesOf(analyze('Téhéran a fourni à Moscou, depuis plusieurs mois et en dépit des sanctions, des centaines de drones.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Turkey has sold Azerbaijan, since the war of 2020 and despite protests from Yerevan, dozens of armed drones.')), ['TUR>AZE:drones'])
  })
  test('materiel inside the source phrase is not given', () => {
    assert.deepEqual(triplesOf(analyze('North Korea has sent Russia, according to South Korean intelligence, more than three million shells.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('China gave Russia, according to US intelligence, machine tools and microchips.')), ['CHN>RUS:components_dual_use'])
  })
  test('an aside followed by a new clause is not an object', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a livré des drones à la Russie, selon Kiev, et la Chine a fourni des moteurs.", 'fr')), ['IRN>RUS:drones', 'CHN>RUS:components_dual_use'])
  })
})

describe('a word that names a designation in a list', () => {
  test('is no item of its own', () => {
    assert.deepEqual(triplesOf(analyze('Berlin a livré à Kiev des chars Leopard et des systèmes Patriot.', 'fr')), ['DEU>UKR:armour', 'DEU>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Israël a vendu à l'Azerbaïdjan des drones Harop et des systèmes Barak-8.", 'fr')), ['ISR>AZE:drones', 'ISR>AZE:air_defence'])
    assert.deepEqual(triplesOf(analyze('Washington sent Taipei Harpoon missiles and NASAMS systems.')), ['USA>TWN:missiles', 'USA>TWN:air_defence'])
  })
  test('and the designation after its word past the reach still names it', () => {
    assert.deepEqual(triplesOf(analyze('Berlin a livré beaucoup de matériel militaire à Kiev depuis 2022, notamment des chars Leopard et des systèmes IRIS-T.', 'fr')), ['DEU>UKR:armour', 'DEU>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Germany has delivered a great deal of military equipment to Kyiv since early 2022, notably Leopard tanks and the IRIS-T systems.')), ['DEU>UKR:armour', 'DEU>UKR:air_defence'])
  })
})

describe('a passive accusation with its agent', () => {
  const voices = (text: string, lang = 'en'): string[] => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('the subject is accused and the agent accuses', () => {
    assert.deepEqual(voices("Pékin est accusé par Washington d'exporter vers la Russie des machines-outils.", 'fr'), ['CHN>RUS:asserted:Washington'])
    assert.deepEqual(voices('La Chine est accusée par les États-Unis de livrer des composants à la Russie.', 'fr'), ['CHN>RUS:asserted:États-Unis'])
    assert.deepEqual(voices('Beijing is accused by Washington of exporting machine tools to Russia.'), ['CHN>RUS:asserted:Washington'])
    assert.deepEqual(voices('The UAE has been accused by Sudan of shipping drones to Chad.'), ['ARE>TCD:asserted:Sudan'])
  })
  test('without an agent no one in particular accuses', () => {
    assert.deepEqual(voices('Iran is accused of sending missiles to the Houthis.'), ['IRN>YEM:asserted:null'])
  })
})

describe('a few quoted words inside a clause', () => {
  test('leave the clause whole: what follows the quotation is still its object', () => {
    assert.deepEqual(claimsOf(analyze("Le Caire « n'a jamais fourni » d'armes à Moscou, a insisté le ministère.", 'fr')), ['EGY>RUS:other_weapons:denied'])
    assert.deepEqual(triplesOf(analyze("L'Iran « continue de livrer » des drones à la Russie, a dénoncé Kiev.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Iran "continues to deliver" drones to Russia, Kyiv said.')), ['IRN>RUS:drones'])
    assert.deepEqual(claimsOf(analyze('Cairo "has never supplied" weapons to Moscow, the ministry said.')), ['EGY>RUS:other_weapons:denied'])
  })
})

describe('the contents of a transfer named in the sentence before', () => {
  test('a subject pronoun stands for the transfer', () => {
    assert.deepEqual(triplesOf(analyze('Norway announced a new aid package for Ukraine. It includes NASAMS launchers and Leopard tanks.')), ['NOR>UKR:other_weapons', 'NOR>UKR:air_defence', 'NOR>UKR:armour'])
    assert.deepEqual(triplesOf(analyze("Le Pentagone a annoncé une nouvelle tranche d'aide militaire à Israël. Elle comprend des munitions et des bombes guidées.", 'fr')), ['USA>ISR:other_weapons', 'USA>ISR:artillery_ammunition'])
  })
  test('a security or weapons package is military aid', () => {
    assert.deepEqual(triplesOf(analyze('The Pentagon announced a new $725 million security package for Ukraine on Monday. It includes HIMARS munitions and Stinger missiles.')), ['USA>UKR:other_weapons', 'USA>UKR:artillery_ammunition', 'USA>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Washington approved a new weapons package for Taiwan.')), ['USA>TWN:other_weapons'])
  })
  test('a pronoun with no transfer before it names nothing', () => {
    assert.deepEqual(triplesOf(analyze('The summit was held in Vilnius. It included talks on Ukraine and air defence.')), [])
  })
})

describe('depending on materiel of a maker', () => {
  test('is using it, so its maker supplied it', () => {
    assert.deepEqual(triplesOf(analyze('La Russie dépend désormais des obus nord-coréens.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("L'armée soudanaise reste tributaire des drones iraniens.", 'fr')), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('Russia depends on Iranian drones to strike Ukraine.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('The Houthis are heavily dependent on Iranian missiles.')), ['IRN>YEM:missiles'])
  })
  test('but depending on a decision or a state alone claims nothing', () => {
    assert.deepEqual(triplesOf(analyze('Tout dépend de la décision de Washington.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Much depends on Washington and Berlin.')), [])
  })
})

describe('arms exports and sales', () => {
  test('"à destination d\'" names the recipient', () => {
    assert.deepEqual(claimsOf(analyze("L'Italie a bloqué toute nouvelle licence d'exportation de matériel militaire à destination d'Israël.", 'fr')), ['ITA>ISR:other_weapons:denied'])
    assert.deepEqual(triplesOf(analyze("Un convoi de camions chargés d'obus nord-coréens à destination de la Russie a été repéré.", 'fr')), ['PRK>RUS:artillery_ammunition'])
  })
  test('a price after "pour"/"for", rounded or not, is no money given', () => {
    assert.deepEqual(triplesOf(analyze('Washington a approuvé la vente de 50 avions F-15 à Israël pour près de 19 milliards de dollars.', 'fr')), ['USA>ISR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Washington approved the sale of 50 F-15 jets to Israel for nearly $19 billion.')), ['USA>ISR:aircraft'])
  })
})

describe('licences of a transfer suspended', () => {
  test('the subject of the verb of suspending stops the transfer the licences are for', () => {
    assert.deepEqual(claimsOf(analyze("Le Canada a suspendu 30 licences de vente d'armes à Israël.", 'fr')), ['CAN>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("La France a gelé une dizaine d'autorisations d'exportation de matériel militaire vers l'Azerbaïdjan.", 'fr')), ['FRA>AZE:other_weapons:denied'])
  })
  test('a state named before, as « le pays », suspends them too', () => {
    assert.deepEqual(claimsOf(analyze("Le Royaume-Uni a revu sa politique. Le pays a notamment suspendu 12 des 40 licences de vente d'armes à Israël.", 'fr')), ['GBR>ISR:other_weapons:denied'])
  })
})

describe('a question in the writer’s voice', () => {
  test('raises a transfer without reporting it: asserted', () => {
    assert.deepEqual(claimsOf(analyze('L’Iran livre-t-il des missiles aux Houthis ?', 'fr')), ['IRN>YEM:missiles:asserted'])
    assert.deepEqual(claimsOf(analyze('La Chine fournit-elle des composants électroniques à la Russie ?', 'fr')), ['CHN>RUS:components_dual_use:asserted'])
  })
  test('while the same words as a statement are reported', () => {
    assert.deepEqual(claimsOf(analyze('L’Iran livre des missiles aux Houthis.', 'fr')), ['IRN>YEM:missiles:reported'])
  })
})

describe('materiel made, then transferred in an object relative', () => {
  test('the relative’s verb reads the sides; making it is no licence', () => {
    assert.deepEqual(triplesOf(analyze("Pyongyang produit des obus qu'il exporte ensuite en Russie par voie ferroviaire.", 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("La Turquie fabrique des drones Bayraktar qu'elle vend au Soudan.", 'fr')), ['TUR>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("L'Iran assemble des missiles Fateh-110 qu'il livre ensuite aux Houthis.", 'fr')), ['IRN>YEM:missiles'])
  })
  test('its subject pronoun is the main clause’s subject, not a state named in the sentence before', () => {
    assert.deepEqual(triplesOf(analyze("L'Égypte dément toute implication. La Turquie produit des drones Bayraktar qu'elle exporte au Soudan.", 'fr')), ['TUR>SDN:drones'])
    assert.deepEqual(triplesOf(analyze("Le Qatar finance le Hamas. L'Iran assemble des roquettes qu'il livre ensuite au Hezbollah.", 'fr')), ['QAT>HAMAS:financial', 'IRN>HEZBOLLAH:artillery_ammunition'])
  })
  test('a relative whose verb transfers nothing leaves the making alone', () => {
    assert.deepEqual(triplesOf(analyze("La Corée du Nord fabrique des obus qu'elle stocke près de la frontière.", 'fr')), [])
  })
})

describe('a vessel or a convoy carrying arms', () => {
  test('is supplied by the state it or its cargo comes from, not by the state that seizes it', () => {
    assert.deepEqual(triplesOf(analyze('Les États-Unis ont arraisonné un boutre transportant des missiles iraniens destinés aux Houthis.', 'fr')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('La marine israélienne a intercepté un navire iranien transportant des roquettes pour le Hezbollah.', 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Un avion-cargo russe a transporté des armes vers le Mali.', 'fr')), ['RUS>MLI:other_weapons'])
  })
  test('and by no one when neither is named', () => {
    assert.deepEqual(triplesOf(analyze('Les États-Unis ont saisi mardi un boutre transportant des missiles et des pièces de drones destinés aux Houthis.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Un cargo transportant des pièces de missiles destinées à la Russie a été arraisonné par la marine ukrainienne.', 'fr')), [])
  })
  test('while a state that carries arms itself still supplies them', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran transporte des armes aux Houthis par la mer.", 'fr')), ['IRN>YEM:other_weapons'])
  })
  test('and a vessel word near a verb that does not carry leaves it alone', () => {
    assert.deepEqual(triplesOf(analyze("La Biélorussie a promis à Moscou de l'équiper en camions et de lui apporter des munitions.", 'fr')), ['BLR>RUS:other_weapons', 'BLR>RUS:artillery_ammunition'])
  })
})

describe('a participle after the object of a transfer verb', () => {
  test('qualifies the object, which the verb before still gives', () => {
    assert.deepEqual(triplesOf(analyze("Israël a fourni à l'Azerbaïdjan l'essentiel des drones utilisés lors de l'offensive.", 'fr')), ['ISR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze('La Chine a vendu au Pakistan une partie des avions utilisés lors des frappes.', 'fr')), ['CHN>PAK:aircraft'])
  })
  test('but not across a clause word or a comma', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a livré des missiles à la Russie, et des drones utilisés par les Houthis ont frappé Israël.", 'fr')), ['IRN>RUS:missiles'])
  })
})

describe('a pronoun for a generic word named before', () => {
  test('stands for it when nothing more specific was named', () => {
    assert.deepEqual(triplesOf(analyze('La Russie utilise de nouvelles armes sur le front. Elles ont été fournies par la Corée du Nord.', 'fr')), ['PRK>RUS:other_weapons'])
    assert.deepEqual(triplesOf(analyze("Les Houthis emploient des armes de plus en plus précises. Elles ont été fournies par l'Iran.", 'fr')), ['IRN>YEM:other_weapons'])
  })
  test('while a specific word named before still wins', () => {
    assert.deepEqual(triplesOf(analyze('La Russie a tiré des missiles et d’autres armes sur Kharkiv. Ils ont été livrés par la Corée du Nord.', 'fr')), ['PRK>RUS:missiles'])
  })
})

describe('infinitives coordinated under a promise', () => {
  test('share its future over an infinitive marker and clitics', () => {
    assert.deepEqual(claimsOf(analyze('La Russie a promis au Mali de l’équiper en hélicoptères et de lui fournir des instructeurs.', 'fr')), ['RUS>MLI:aircraft:alleged_future', 'RUS>MLI:trainers:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Iran s'est engagé auprès du Hezbollah à l'équiper en drones et à lui apporter des munitions.", 'fr')), ['IRN>HEZBOLLAH:drones:alleged_future', 'IRN>HEZBOLLAH:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Pékin a promis à la junte birmane de l'équiper en avions et leur apporter des munitions.", 'fr')), ['CHN>MMR:aircraft:alleged_future', 'CHN>MMR:artillery_ammunition:alleged_future'])
  })
})

describe('a French relative after « à »: auquel, à laquelle, à qui', () => {
  test('its antecedent receives what the relative’s verb gives', () => {
    assert.deepEqual(triplesOf(analyze("Le Soudan, auquel l'Iran a vendu des drones, combat les rebelles.", 'fr')), ['IRN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('La Russie, à laquelle la Corée du Nord a livré des obus, poursuit son offensive.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("Les Houthis, auxquels l'Iran fournit des missiles, attaquent des navires.", 'fr')), ['IRN>YEM:missiles'])
  })
})

describe('the verb after a relative clause between commas', () => {
  test('has the relative’s antecedent for subject, not an actor inside the relative', () => {
    assert.deepEqual(triplesOf(analyze('Le Niger, à qui la Turquie a livré des drones, a aussi acheté des blindés chinois.', 'fr')), ['TUR>NER:drones', 'CHN>NER:armour'])
    assert.deepEqual(triplesOf(analyze("Le Soudan, auquel l'Iran a vendu des drones, a aussi reçu des armes de Russie.", 'fr')), ['IRN>SDN:drones', 'RUS>SDN:other_weapons'])
    assert.deepEqual(triplesOf(analyze("La Russie, qui a reçu des obus de la Corée du Nord, a aussi acheté des drones à l'Iran.", 'fr')), ['PRK>RUS:artillery_ammunition', 'IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Sudan, to which Iran sold drones, also received weapons from Russia.')), ['IRN>SDN:drones', 'RUS>SDN:other_weapons'])
  })
})

describe('a chain of infinitives after one subject', () => {
  test('gives each infinitive the subject of the first; the soldiers between are objects, whom the clitics name', () => {
    assert.deepEqual(claimsOf(analyze('La Russie a promis de former des pilotes maliens, de les équiper, de les entraîner et leur livrer des munitions.', 'fr')), ['RUS>MLI:trainers:alleged_future', 'RUS>MLI:other_weapons:alleged_future', 'RUS>MLI:artillery_ammunition:alleged_future'])
    assert.deepEqual(triplesOf(analyze('Le président turc a annoncé sa volonté de former des soldats azerbaïdjanais, de les équiper et leur fournir des drones.', 'fr')), ['TUR>AZE:trainers', 'TUR>AZE:other_weapons', 'TUR>AZE:drones'])
  })
  test('and the announcement before the first, a quotation opening inside the chain included', () => {
    assert.deepEqual(claimsOf(analyze('Le président français a annoncé sa volonté de former « 2 000 soldats arméniens, de les équiper et leur fournir des radars ».', 'fr')), ['FRA>ARM:trainers:alleged_future', 'FRA>ARM:other_weapons:alleged_future', 'FRA>ARM:air_defence:alleged_future'])
  })
})

describe('a French dative « leur » before the verb', () => {
  test('stands for several: not a state named alone by its name or capital', () => {
    assert.deepEqual(triplesOf(analyze('Téhéran fournit aux Houthis des drones. Le Hezbollah libanais leur apporte aussi une aide technique.', 'fr')), ['IRN>YEM:drones', 'HEZBOLLAH>YEM:technical_support'])
    assert.deepEqual(triplesOf(analyze('Le Mali, le Burkina Faso et le Niger ont rompu avec Paris. Moscou leur fournit des armes.', 'fr')), ['RUS>MLI:other_weapons', 'RUS>BFA:other_weapons', 'RUS>NER:other_weapons'])
  })
  test('while « lui » still stands for one', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran soutient le Hamas. Téhéran lui a livré des roquettes.", 'fr')), ['IRN>HAMAS:artillery_ammunition'])
  })
})

describe('personnel with their owner after « de », then the verb', () => {
  test('are the verb’s subject over the owner, who sends them', () => {
    assert.deepEqual(triplesOf(analyze('Des soldats de la Corée du Nord sont déployés en Russie.', 'fr')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze("Plusieurs centaines de combattants de l'Africa Corps sont déployés au Niger.", 'fr')), ['RUS>NER:troops'])
    assert.deepEqual(triplesOf(analyze('Des conseillers du Hezbollah sont présents au Yémen.', 'fr')), ['HEZBOLLAH>YEM:technical_support'])
  })
})

describe('a source phrase opening the sentence', () => {
  test('ends at its comma: the names after it are no list with the source', () => {
    assert.deepEqual(triplesOf(analyze("Selon un rapport de l'ONU, la Russie et la Chine restent les principaux fournisseurs d'armes de la junte birmane.", 'fr')), ['RUS>MMR:other_weapons', 'CHN>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze("D'après un rapport de l'Union européenne, la Turquie et Israël ont livré des drones à l'Azerbaïdjan.", 'fr')), ['TUR>AZE:drones', 'ISR>AZE:drones'])
  })
})

describe('a transfer that its supplier failed to make', () => {
  test('is denied, a promise of it included', () => {
    assert.deepEqual(claimsOf(analyze('Egypt failed to deliver the promised fighter jets to Sudan.')), ['EGY>SDN:aircraft:denied'])
    assert.deepEqual(claimsOf(analyze('Moscow has failed to supply Yerevan with the air defence systems it ordered.')), ['RUS>ARM:air_defence:denied'])
    assert.deepEqual(claimsOf(analyze('Serbia fails to ship the rockets it sold to Myanmar.')), ['SRB>MMR:artillery_ammunition:denied'])
  })
  test('while failing to stop a transfer leaves it standing', () => {
    assert.deepEqual(claimsOf(analyze('The blockade failed to stop Iran from sending missiles to the Houthis.')).map((c) => c.split(':').slice(0, 2).join(':')), ['IRN>YEM:missiles'])
  })
})

describe('an object pronoun after the verb, the sentence opening with a clause of its own', () => {
  test('stands for the subject of that clause when it supplies nothing', () => {
    assert.deepEqual(triplesOf(analyze('Hezbollah is rebuilding, and Iran keeps sending it missiles, an Israeli official said.')), ['IRN>HEZBOLLAH:missiles'])
    assert.deepEqual(triplesOf(analyze('Israel is fighting on two fronts, and the United States keeps shipping it bombs.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Armenia is modernising its army, and France has sold it radars.')), ['FRA>ARM:air_defence'])
  })
  test('but not when that subject supplies in its own clause', () => {
    assert.deepEqual(triplesOf(analyze('Russia has sent instructors to Mali, and Turkey has sold it drones.')), ['RUS>MLI:trainers', 'TUR>MLI:drones'])
  })
})

describe('origins joined before one materiel', () => {
  test('each supplies it, with or without its production word', () => {
    assert.deepEqual(triplesOf(analyze('Chinese-made and Russian-made jets were used by the Myanmar military in the raids.')), ['CHN>MMR:aircraft', 'RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Sudan's army has used Iranian-made and Turkish-made drones.")), ['IRN>SDN:drones', 'TUR>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('Russia fired Iranian- and North Korean-made missiles at Kyiv.')), ['IRN>RUS:missiles', 'PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze('Israel uses American-made and German-made weapons in Gaza.')), ['USA>ISR:other_weapons', 'DEU>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Russland setzte iranische und nordkoreanische Raketen gegen Kiew ein.', 'de')), ['IRN>RUS:missiles', 'PRK>RUS:missiles'])
  })
  test('while an origin of personnel joined to one of materiel shares nothing', () => {
    assert.deepEqual(triplesOf(analyze('Iranian and Russian officials met in Tehran to discuss drones.')), [])
  })
})

describe('a verb of making glued to an actor by a hyphen', () => {
  test('tells where the materiel comes from, and triggers nothing', () => {
    assert.deepEqual(triplesOf(analyze('Egypt has supplied the Sudanese army with Chinese-built K-8 jets, according to the investigation.')), ['EGY>SDN:aircraft'])
    assert.deepEqual(triplesOf(analyze('U.S.-built F-16 jets were delivered to Ukraine by Denmark.')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Russia fired Iranian-produced drones at Kyiv.')), ['IRN>RUS:drones'])
  })
  test('while a verb of making after its subject still reads', () => {
    assert.deepEqual(triplesOf(analyze('Iran built a drone factory in Russia.')), ['IRN>RUS:production_licence'])
  })
})

describe('training received', () => {
  test('is given by whom it comes from to whom receives it', () => {
    assert.deepEqual(triplesOf(analyze('The Houthis receive training from Iran.')), ['IRN>YEM:trainers'])
    assert.deepEqual(triplesOf(analyze('The Houthis, who receive weapons and training from Iran, have fired missiles at Israel.')), ['IRN>YEM:other_weapons', 'IRN>YEM:trainers'])
    assert.deepEqual(triplesOf(analyze("Sudan's army received training from Egyptian officers.")), ['EGY>SDN:trainers'])
  })
  test('while training given keeps its subject as the trainer', () => {
    assert.deepEqual(triplesOf(analyze('Russian instructors trained Malian soldiers.')), ['RUS>MLI:trainers'])
  })
})

describe('a gerund that is also a noun, after an auxiliary "be"', () => {
  test('is a verb with its subject', () => {
    assert.deepEqual(triplesOf(analyze('Iran has been smuggling weapons to Hezbollah through Syria for years.')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Tehran is smuggling rockets to Hamas.')), ['IRN>HAMAS:artillery_ammunition'])
  })
  test('while the noun before "of" stays a noun', () => {
    assert.deepEqual(triplesOf(analyze('The smuggling of Iranian rockets to Hamas has continued.')), ['IRN>HAMAS:artillery_ammunition'])
  })
})

describe('"according to" before the claim', () => {
  test('names its source up to the first comma: a demonym after it is no speaker', () => {
    const a = analyze('According to the report, Iranian drones were delivered to Russia.')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:reported'])
    assert.deepEqual(a.support.map((c) => c.attributedTo), [null])
    const b = analyze('According to the investigation, Chinese Wing Loong drones were delivered to the UAE.')
    assert.deepEqual(claimsOf(b), ['CHN>ARE:drones:reported'])
    assert.deepEqual(b.support.map((c) => c.attributedTo), [null])
  })
  test('while a name before the comma still speaks', () => {
    assert.deepEqual(analyze('According to Reuters, Turkish Bayraktar drones were delivered to Ethiopia.').support.map((c) => c.attributedTo), ['Reuters'])
  })
})

describe('relying or depending on materiel of foreign origin', () => {
  test('uses it, an adverb inside the verb included', () => {
    assert.deepEqual(triplesOf(analyze("Myanmar's junta has relied heavily on Russian and Chinese weapons.")), ['RUS>MMR:other_weapons', 'CHN>MMR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Israel depends on American bombs.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Azerbaijan is heavily dependent on Israeli drones.')), ['ISR>AZE:drones'])
  })
  test('while depending on a decision names no materiel', () => {
    assert.deepEqual(triplesOf(analyze('Deliveries to Israel depend on a decision in Washington.')), [])
  })
})

describe('a deal with a state to buy materiel', () => {
  test('orders it from that state, to come', () => {
    assert.deepEqual(claimsOf(analyze('Armenia signed a contract with India to buy artillery systems.')), ['IND>ARM:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Serbia reached an agreement with China to purchase FK-3 air defence systems.')), ['CHN>SRB:air_defence:alleged_future'])
  })
  test('while a buyer whose seller is named keeps it', () => {
    assert.deepEqual(triplesOf(analyze('Together with Poland, Ukraine bought shells from South Korea.')), ['KOR>UKR:artillery_ammunition'])
  })
})

describe('an object before a comma and a clause of its own', () => {
  test('makes no list with the subject of that clause', () => {
    assert.deepEqual(triplesOf(analyze('Iran armed the Houthis, and Russia sold them targeting data.')), ['IRN>YEM:other_weapons', 'RUS>YEM:intelligence'])
    assert.deepEqual(triplesOf(analyze('Turkey trained Azerbaijani officers, and Israel sold them drones.')), ['TUR>AZE:trainers', 'ISR>AZE:drones'])
  })
  test('while a list of subjects stays a list', () => {
    assert.deepEqual(triplesOf(analyze('Czechia, Poland, and Bulgaria sent shells to Ukraine.')), ['CZE>UKR:artillery_ammunition', 'POL>UKR:artillery_ammunition', 'BGR>UKR:artillery_ammunition'])
  })
})

describe('a verb raising a transfer noun', () => {
  test('makes its subject the supplier', () => {
    assert.deepEqual(triplesOf(analyze('Iran has increased shipments of drones to the Houthis.')), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze('The UAE has stepped up deliveries of weapons to Sudan, diplomats said.')), ['ARE>SDN:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Russia expanded its exports of fighter jets to Myanmar.')), ['RUS>MMR:aircraft'])
  })
  test('while a raise with no transfer noun names none', () => {
    assert.deepEqual(triplesOf(analyze('Iran has increased drone production.')), [])
  })
})

describe('a recipient named by its tie to the supplier', () => {
  test('a possessive, an ally or proxy noun and a demonym name the state', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a envoyé des missiles à son allié yéménite.", 'fr')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Moscou livre des armes à son partenaire biélorusse.', 'fr')), ['RUS>BLR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Iran shipped rockets to its Yemeni ally.')), ['IRN>YEM:artillery_ammunition'])
  })
  test('a name after the comma renames the phrase and stands where it stands', () => {
    assert.deepEqual(triplesOf(analyze('Téhéran livre des roquettes à son intermédiaire libanais, le Hezbollah.', 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Iran shipped rockets to its Lebanese proxy, Hezbollah.')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Russia sent troops to its ally, Belarus.')), ['RUS>BLR:troops'])
  })
  test('a side without a code after the comma leaves no state behind', () => {
    assert.deepEqual(triplesOf(analyze('The UAE sent drones to its Sudanese ally, the Rapid Support Forces.')), [])
    assert.deepEqual(triplesOf(analyze('Les Émirats arabes unis fournissent des armes à leur allié soudanais, les Forces de soutien rapide.', 'fr')), [])
  })
})

describe('a state that lacks materiel', () => {
  test('receives what is then promised, like one that asked for it', () => {
    assert.deepEqual(triplesOf(analyze("L'Ukraine manque cruellement de munitions. La République tchèque va livrer 50 000 obus supplémentaires.", 'fr')), ['CZE>UKR:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("L'armée arménienne fait face à une pénurie d'obus. L'Inde a promis de nouveaux canons.", 'fr')), ['IND>ARM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Israel is running short of interceptors. Washington will send another THAAD battery.')), ['USA>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Russia needs shells badly. North Korea has shipped millions of shells, officials said.')), ['PRK>RUS:artillery_ammunition'])
  })
  test('while a need with no materiel after it names no one', () => {
    assert.deepEqual(triplesOf(analyze('Ukraine needs time. Germany will send two more IRIS-T systems.')), [])
  })
})

describe('a noun of striking from a territory', () => {
  test('has no launcher in the subject of its clause', () => {
    assert.deepEqual(triplesOf(analyze('Israel faces missile attacks from Iran.')), [])
    assert.deepEqual(triplesOf(analyze("Israël subit des tirs de roquettes depuis le Liban.", 'fr')), [])
  })
  test('while the origin of what is fired names the launcher', () => {
    assert.deepEqual(triplesOf(analyze('Russian missile strikes from Belarus resumed on Monday.')), ['BLR>RUS:territory_access'])
    assert.deepEqual(triplesOf(analyze('Les tirs de missiles russes depuis la Biélorussie ont repris.', 'fr')), ['BLR>RUS:territory_access'])
  })
})

describe('a rounded price after "pour"', () => {
  test('is no money given, over the recipient between', () => {
    assert.deepEqual(triplesOf(analyze("La France a vendu des Rafale à l'Inde pour près de 8 milliards d'euros.", 'fr')), ['FRA>IND:aircraft'])
    assert.deepEqual(triplesOf(analyze("La Russie a vendu des hélicoptères au Myanmar pour près de 300 millions de dollars.", 'fr')), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Israël a vendu des drones Harop à l'Azerbaïdjan pour plus de 100 millions de dollars.", 'fr')), ['ISR>AZE:drones'])
  })
})

describe('a verb of blocking or refusing before a compound transfer noun', () => {
  test('makes its subject the supplier, as a verb of stopping does', () => {
    assert.deepEqual(claimsOf(analyze('Italy blocked arms exports to Israel.')), ['ITA>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Germany refused drone exports to Azerbaijan.')), ['DEU>AZE:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Italy stopped arms exports to Israel.')), ['ITA>ISR:other_weapons:denied'])
  })
})

describe('a German infinitive clause after a comma', () => {
  test('has no subject of its own: the name in it is the object', () => {
    assert.deepEqual(claimsOf(analyze('Der Iran bestreitet, Russland mit Drohnen zu beliefern.', 'de')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Die Türkei bestreitet, Aserbaidschan mit Kampfdrohnen beliefert zu haben.', 'de')), ['TUR>AZE:drones:denied'])
    assert.deepEqual(triplesOf(analyze('Die Emirate planen, den Sudan mit Waffen zu versorgen.', 'de')), ['ARE>SDN:other_weapons'])
  })
  test('while a finite clause keeps its subject', () => {
    assert.deepEqual(triplesOf(analyze('Der Iran hat Russland mit Drohnen beliefert.', 'de')), ['IRN>RUS:drones'])
  })
})

describe('a verb that governs a transfer noun as the infinitive of another verb', () => {
  test('has the subject of the verb before it', () => {
    assert.deepEqual(claimsOf(analyze("L'Espagne a cessé d'approuver les permis d'exportation d'armes vers Israël.", 'fr')), ['ESP>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Le Royaume-Uni a décidé de suspendre 30 licences d’exportation d’armes vers Israël.', 'fr')), ['GBR>ISR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("La France a refusé d'autoriser la vente de Rafale à la Colombie.", 'fr')), ['FRA>COL:aircraft:denied'])
    assert.deepEqual(claimsOf(analyze('Germany decided to halt the export of tanks to Turkey.')), ['DEU>TUR:armour:denied'])
  })
})

describe('the state of a French noun of giving', () => {
  test('gives, as "Chinese exports of" does in English', () => {
    assert.deepEqual(triplesOf(analyze('Les livraisons iraniennes de drones à la Russie se poursuivent.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Les exportations chinoises de composants vers la Russie ont bondi de 60 %.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("Les ventes françaises d'armes à l'Inde ont doublé.", 'fr')), ['FRA>IND:other_weapons'])
  })
})

describe('a foreign-made weapon striking a party of a war', () => {
  test('was used by that party’s opponent', () => {
    assert.deepEqual(claimsOf(analyze('Des drones iraniens ont frappé Kiev dans la nuit.', 'fr')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Iranian drones struck Kyiv overnight.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Des missiles nord-coréens ont frappé Kharkiv, selon les autorités ukrainiennes.', 'fr')), ['PRK>RUS:missiles:reported'])
  })
  test('while the weapons of the striking party, or a target outside the war, give nothing', () => {
    assert.deepEqual(triplesOf(analyze('Russian drones struck Kyiv overnight.')), [])
    assert.deepEqual(triplesOf(analyze('Israeli jets struck Beirut.')), [])
  })
})

describe("parts of one state inside another state's weapons", () => {
  test('found in, fitted to or powering the weapons: the origin of the parts supplies their owner, reported', () => {
    assert.deepEqual(claimsOf(analyze('Des puces japonaises ont été découvertes dans les missiles de croisière russes.', 'fr')), ['JPN>RUS:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze('Des moteurs de fabrication autrichienne sont intégrés aux drones des Houthis.', 'fr')), ['AUT>YEM:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze("Des moteurs britanniques équipent les drones de l'armée birmane.", 'fr')), ['GBR>MMR:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze('Swiss-made chips have been found inside Azerbaijani loitering munitions.')), ['CHE>AZE:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze("Parts from Japan were discovered in Sudan's drones, investigators said.")), ['JPN>SDN:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze("Austrian engines power Myanmar's drones.")), ['AUT>MMR:components_dual_use:reported'])
  })
  test('weapons that contain, are fitted with or are riddled with the parts: the holder comes first', () => {
    assert.deepEqual(claimsOf(analyze('Les drones des Houthis contiennent des moteurs fabriqués en Autriche, selon Israël.', 'fr')), ['AUT>YEM:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze('Les missiles russes sont truffés de composants japonais.', 'fr')), ['JPN>RUS:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze('Des drones azerbaïdjanais équipés de moteurs britanniques ont frappé la ville.', 'fr')), ['GBR>AZE:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze("Hezbollah's drones contain engines made in Austria.")), ['AUT>HEZBOLLAH:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze('Sudanese drones fitted with British engines hit the city.')), ['GBR>SDN:components_dual_use:reported'])
    assert.deepEqual(claimsOf(analyze('Russische Drohnen enthalten japanische Chips.', 'de')), ['JPN>RUS:components_dual_use:reported'])
  })
  test('no single origin, no owner, or the owner’s own parts: nothing', () => {
    assert.deepEqual(triplesOf(analyze('Des composants occidentaux ont été retrouvés dans les drones soudanais.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Des pièces iraniennes ont été retrouvées dans un drone abattu près de Kharkiv.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Des puces russes équipent les missiles russes.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Western components have been found in Myanmar’s drones.')), [])
    assert.deepEqual(triplesOf(analyze('Ukrainian engineers found Iranian parts in a drone.')), [])
    assert.deepEqual(triplesOf(analyze('Israeli chips were found in Israeli missiles.')), [])
  })
  test("a state's weapons fitted with foreign parts are not that state's supply of the parts", () => {
    assert.deepEqual(triplesOf(analyze('Iran has supplied Sudan with drones powered by Austrian engines.')), ['IRN>SDN:drones'])
  })
})

describe('materiel shipped to a plant in another state', () => {
  test("goes to the plant's state; the plant is where it goes, not what is given", () => {
    assert.deepEqual(triplesOf(analyze("Des entreprises iraniennes ont expédié des machines-outils à l'usine de drones d'Alabouga.", 'fr')), ['IRN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("La Turquie livre des moteurs à l'usine de munitions d'Ielabouga.", 'fr')), ['TUR>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Iranian firms shipped machine tools to the Alabuga drone factory, officials said.')), ['IRN>RUS:components_dual_use'])
  })
  test('while a plant that is given stays what is given', () => {
    assert.deepEqual(triplesOf(analyze("L'Iran a fourni une usine de drones à la Russie.", 'fr')), ['IRN>RUS:production_licence'])
    assert.deepEqual(triplesOf(analyze('Iran delivered a drone factory to Russia.')), ['IRN>RUS:production_licence'])
  })
})

describe('parts supplied and then used in or found in weapons', () => {
  test("go to the owner of the weapons they are in, when no recipient is named", () => {
    assert.deepEqual(triplesOf(analyze('La Turquie fournit des moteurs utilisés dans les drones azerbaïdjanais.', 'fr')), ['TUR>AZE:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("Des entreprises suisses vendent des puces retrouvées dans les missiles de l'armée birmane.", 'fr')), ['CHE>MMR:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("Austria sells engines used in Hezbollah's drones.")), ['AUT>HEZBOLLAH:components_dual_use'])
  })
  test('also after a relative word, and parts that « se retrouvent » in weapons', () => {
    assert.deepEqual(triplesOf(analyze('Des entreprises suisses vendent des puces qui finissent dans les drones birmans.', 'fr')), ['CHE>MMR:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Japan sells components that are found in Azerbaijani drones.')), ['JPN>AZE:components_dual_use'])
    assert.deepEqual(claimsOf(analyze('Des moteurs autrichiens se retrouvent dans les drones des Houthis.', 'fr')), ['AUT>YEM:components_dual_use:reported'])
    assert.deepEqual(triplesOf(analyze('Des soldats nord-coréens se retrouvent dans les tranchées russes.', 'fr')), [])
  })
  test('while weapons used by a state keep their user, and parts in the supplier’s own weapons name no one', () => {
    assert.deepEqual(triplesOf(analyze('La Chine fournit des drones utilisés par le Soudan.', 'fr')), ['CHN>SDN:drones'])
    assert.deepEqual(triplesOf(analyze('La Chine fournit des composants utilisés dans les drones chinois.', 'fr')), [])
  })
})

describe('a French verb of saying before a bare infinitive', () => {
  test('gives its subject to the infinitive, which speaks for itself', () => {
    assert.deepEqual(claimsOf(analyze("Ankara dit vendre des drones à l'Azerbaïdjan.", 'fr')), ['TUR>AZE:drones:confirmed'])
    assert.deepEqual(claimsOf(analyze('Minsk reconnaît livrer des munitions à Moscou.', 'fr')), ['BLR>RUS:artillery_ammunition:confirmed'])
    assert.deepEqual(analyze('Téhéran affirme livrer des missiles aux Houthis.', 'fr').support.map((c) => c.attributedTo), ['Téhéran'])
  })
  test('over a negation, which denies it', () => {
    assert.deepEqual(claimsOf(analyze("La Turquie assure ne plus vendre de drones à l'Éthiopie.", 'fr')), ['TUR>ETH:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Téhéran affirme ne pas fournir d’armes au Hezbollah.', 'fr')), ['IRN>HEZBOLLAH:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Le Caire assure ne fournir aucune aide militaire au Soudan.', 'fr')), ['EGY>SDN:other_weapons:denied'])
  })
  test('while a verb of will or duty between them keeps its own reading', () => {
    assert.deepEqual(triplesOf(analyze('Israël affirme vouloir acheter des avions aux États-Unis.', 'fr')), [])
  })
})

describe('helping a state to make weapons or build a plant', () => {
  test('passes it the know-how: the helper licenses, the one helped receives', () => {
    assert.deepEqual(triplesOf(analyze('China is helping Myanmar produce rifles.')), ['CHN>MMR:production_licence'])
    assert.deepEqual(triplesOf(analyze('Iran has helped the Houthis to assemble drones.')), ['IRN>YEM:production_licence'])
    assert.deepEqual(triplesOf(analyze('L’Iran aide les Houthis à fabriquer des missiles.', 'fr')), ['IRN>YEM:production_licence'])
    assert.deepEqual(triplesOf(analyze('La Chine a aidé le Myanmar à construire une usine de munitions.', 'fr')), ['CHN>MMR:production_licence'])
  })
  test('and a negated help denies it', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran n'a pas aidé le Soudan à fabriquer des drones.", 'fr')), ['IRN>SDN:production_licence:denied'])
  })
})

describe('English: making a foreign model under licence', () => {
  test('the licence comes from the model’s country of origin', () => {
    assert.deepEqual(triplesOf(analyze('Azerbaijan now assembles drones under an Israeli licence.')), ['ISR>AZE:production_licence'])
    assert.deepEqual(triplesOf(analyze('Algeria produces Russian rifles under licence.')), ['RUS>DZA:production_licence'])
    assert.deepEqual(triplesOf(analyze('The Houthis build drones under license from Iran.')), ['IRN>YEM:production_licence'])
  })
  test('while a licence from nowhere named gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Egypt manufactures tanks under licence.')), [])
  })
})

describe('a transfer noun as the object of approving or authorising', () => {
  test('after a word of plan, mood or duty, the approver supplies', () => {
    assert.deepEqual(claimsOf(analyze('The United States is expected to approve the sale of F-35 jets to Israel.')), ['USA>ISR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Washington will approve the transfer of Patriot systems to Saudi Arabia.')), ['USA>SAU:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Washington devrait approuver la vente de chasseurs F-16 à la Turquie.', 'fr')), ['USA>TUR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Paris va approuver la cession de canons Caesar à l'Arménie.", 'fr')), ['FRA>ARM:other_weapons:alleged_future'])
  })
  test('and a transfer permitted is still to come', () => {
    assert.deepEqual(claimsOf(analyze('Germany authorised the export of Leopard tanks to Ukraine.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Les États-Unis ont autorisé la vente de missiles Patriot à l'Arabie saoudite.", 'fr')), ['USA>SAU:air_defence:alleged_future'])
  })
  test('while a transfer done after a permit is done', () => {
    assert.deepEqual(claimsOf(analyze('Israel sold drones to Azerbaijan after Jerusalem authorised it.')), ['ISR>AZE:drones:reported'])
  })
})

describe('a transfer still to come with no one named but its recipient', () => {
  test('is planned by the state the sentences before name most', () => {
    assert.deepEqual(claimsOf(analyze('Washington weighs its options. More bombs will be shipped to Israel next month.')), ['USA>ISR:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Ankara hat lange gezögert. Ab März sollen weitere Drohnen an Aserbaidschan geliefert werden.', 'de')), ['TUR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Die Bundesregierung berät. Die Lieferung von Marschflugkörpern an die Ukraine ist geplant.', 'de')), ['DEU>UKR:missiles:alleged_future'])
  })
  test('never by a party of the war, nor for a transfer already made', () => {
    assert.deepEqual(triplesOf(analyze('Russia shelled Kharkiv again. More missiles will be delivered to Ukraine in March.')), [])
    assert.deepEqual(triplesOf(analyze('The Pentagon met on Friday. Bombs were delivered to Israel.')), [])
  })
})

describe('a transfer noun whose predicate is a word of plan', () => {
  test('is still to come', () => {
    assert.deepEqual(claimsOf(analyze('The sale of Patriot missiles by the United States to Saudi Arabia is expected next year.')), ['USA>SAU:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('The transfer of Turkish drones to Ethiopia was scheduled for March.')), ['TUR>ETH:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La livraison de chars à l'Ukraine par la France est prévue pour mars.", 'fr')), ['FRA>UKR:armour:alleged_future'])
  })
  test('while a plan word in a relative clause leaves it as it is', () => {
    assert.deepEqual(claimsOf(analyze('The shipment of Iranian drones to Sudan, which was planned, arrived in May.')), ['IRN>SDN:drones:reported'])
  })
})

describe('status: a statement made without proof, or in words the speaker chose, is its claim', () => {
  const voices = (text: string, lang: 'en' | 'fr' | 'de' = 'en') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('"without providing evidence", "sans apporter de preuves", "ohne Beweise vorzulegen"', () => {
    assert.deepEqual(voices('Netanyahu said, without providing evidence, that Iran was sending missiles to the Houthis.'), ['IRN>YEM:asserted:Netanyahu'])
    assert.deepEqual(voices("Israel's army said Iran was supplying Hezbollah with drones, without offering evidence."), ['IRN>HEZBOLLAH:asserted:Israel\'s army'])
    assert.deepEqual(voices("Le ministre israélien de la Défense a affirmé, sans apporter de preuves, que l'Iran livrait des missiles aux Houthis.", 'fr'), ['IRN>YEM:asserted:ministre israélien de la Défense'])
    assert.deepEqual(voices('Netanjahu sagte, ohne Beweise vorzulegen, der Iran habe den Huthis Raketen geliefert.', 'de'), ['IRN>YEM:asserted:Netanjahu'])
  })
  test('"what it described as"', () => {
    assert.deepEqual(voices('The Israeli military launched strikes on what it described as Iranian arms shipments to Hezbollah.'), ['IRN>HEZBOLLAH:asserted:Israeli military'])
  })
  test('the same statement with no such words is the official\'s, and "without" elsewhere frames nothing', () => {
    assert.deepEqual(voices("Le ministre israélien de la Défense a affirmé que l'Iran avait livré des missiles aux Houthis.", 'fr'), ['IRN>YEM:confirmed:ministre israélien de la Défense'])
    assert.deepEqual(voices('The Pentagon said Iran sent drones to the Houthis without permission from Oman.'), ['IRN>YEM:confirmed:Pentagon'])
  })
})

describe('status: a transfer one is due or working to make is still to come', () => {
  test('"was due to deliver", "is working to send"', () => {
    assert.deepEqual(claimsOf(analyze('Iran was due to deliver missiles to the Houthis this month, the ministry said.')), ['IRN>YEM:missiles:alleged_future'])
    assert.deepEqual(claimsOf(analyze('The White House said it was working to send Israel more munitions.')), ['USA>ISR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Russia is working to supply Myanmar with more fighter jets, the Kremlin said.')), ['RUS>MMR:aircraft:alleged_future'])
  })
})

describe('status: the report of a state body is that body speaking', () => {
  const voices = (text: string, lang: 'en' | 'fr' = 'fr') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('a report noun owned by a ministry, as the subject of the verb of saying', () => {
    assert.deepEqual(voices("Le rapport du ministère des Armées indique que la France a vendu des radars à l'Arménie."), ['FRA>ARM:confirmed:ministère des Armées'])
    assert.deepEqual(voices("Le rapport du ministère turc de la Défense indique que la Turquie a livré 40 drones à l'Azerbaïdjan."), ['TUR>AZE:confirmed:ministère turc de la Défense'])
    assert.deepEqual(voices('The annual report of the State Department says the United States delivered 14,000 bombs to Israel.', 'en'), ['USA>ISR:confirmed:State Department'])
  })
  test('an adjective after the report noun, after "selon" / "according to"', () => {
    assert.deepEqual(voices("Selon le rapport annuel du ministère des Armées, la France a exporté des radars vers l'Arménie."), ['FRA>ARM:confirmed:ministère des Armées'])
    assert.deepEqual(voices('Selon le rapport annuel du Pentagone, les États-Unis ont livré 14 000 bombes à Israël.'), ['USA>ISR:confirmed:Pentagone'])
  })
  test('a report of the press, or of no one, stays reported', () => {
    assert.deepEqual(voices('Un rapport des médias israéliens indique que les États-Unis ont livré 14 000 bombes à Israël.'), ['USA>ISR:reported:null'])
    assert.deepEqual(voices('Le rapport confidentiel indique que les États-Unis ont livré 14 000 bombes à Israël.'), ['USA>ISR:reported:null'])
    assert.deepEqual(voices('A report by the New York Times says the United States delivered 14,000 bombs to Israel.', 'en'), ['USA>ISR:reported:null'])
  })
})

describe('status: media named by a demonym before the noun report; they are not their state', () => {
  const voices = (text: string, lang: 'en' | 'de' = 'en') => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('"Israeli media reported", "Iranian state television", "israelische Medien"', () => {
    assert.deepEqual(voices('Iran has sent hundreds of missiles to the Houthis, Israeli media reported.'), ['IRN>YEM:reported:Israeli media'])
    assert.deepEqual(voices('Russian state media said Russia had delivered six fighter jets to Myanmar.'), ['RUS>MMR:reported:Russian state media'])
    assert.deepEqual(voices('Iran has delivered drones to Sudan, Iranian state television reported.'), ['IRN>SDN:reported:Iranian state television'])
    assert.deepEqual(voices('Der Iran hat den Huthis Hunderte Raketen geliefert, berichteten israelische Medien.', 'de'), ['IRN>YEM:reported:israelische Medien'])
    assert.deepEqual(voices('Iranische Staatsmedien berichteten, der Iran habe dem Sudan Drohnen geliefert.', 'de'), ['IRN>SDN:reported:Iranische Staatsmedien'])
  })
  test('the state\'s military or intelligence still speaks for it', () => {
    assert.deepEqual(voices('The Israeli military said Iran had sent missiles to the Houthis.'), ['IRN>YEM:confirmed:Israeli military'])
    assert.deepEqual(voices('Israeli intelligence said Iran had sent missiles to the Houthis.'), ['IRN>YEM:confirmed:Israeli intelligence'])
  })
})

describe("status: the buyer's own wish to buy is its plan", () => {
  test('"wants to buy", "hopes to acquire", « souhaite acheter »', () => {
    assert.deepEqual(claimsOf(analyze('Israel wants to buy more F-35 jets from the United States.')), ['USA>ISR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Azerbaijan hopes to acquire more drones from Turkey.')), ['TUR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Israël souhaite acheter des F-35 supplémentaires aux États-Unis.', 'fr')), ['USA>ISR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Azerbaïdjan espère acquérir des drones turcs.", 'fr')), ['TUR>AZE:drones:alleged_future'])
  })
  test('hoping to receive, or wanting another to sell, still argues for it', () => {
    assert.deepEqual(claimsOf(analyze('Kyiv hopes to receive Taurus missiles from Germany.')), ['DEU>UKR:missiles:opinion'])
    assert.deepEqual(claimsOf(analyze('Israel wants the United States to sell it more F-35 jets.')), ['USA>ISR:aircraft:opinion'])
    assert.deepEqual(claimsOf(analyze('Le Hezbollah espère recevoir des missiles de l\'Iran.', 'fr')), ['IRN>HEZBOLLAH:missiles:opinion'])
  })
})

describe('status: a request one does not grant is refused', () => {
  test('a negation over a verb and the article of a request noun', () => {
    assert.deepEqual(claimsOf(analyze('Switzerland cannot agree to a request to re-export ammunition to Israel, the government said.')), ['CHE>ISR:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(analyze('La Suisse ne peut pas accéder à une demande de réexporter des munitions vers Israël.', 'fr')), ['CHE>ISR:artillery_ammunition:denied'])
  })
  test('a negation in a clause of its own does not refuse the request', () => {
    assert.deepEqual(claimsOf(analyze('The Netherlands has not yet responded, but Israel asked the Dutch to send more F-35 parts.')), ['NLD>ISR:aircraft:opinion', 'NLD>ISR:components_dual_use:opinion'])
  })
})

describe('a French subject pronoun before a negated verb group', () => {
  test('stands for the state named before, as it does without the negation', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran dit qu'il n'a jamais fourni de drones à la Russie.", 'fr')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze("La Turquie assure qu'elle ne vend plus de drones à l'Éthiopie.", 'fr')), ['TUR>ETH:drones:denied'])
    assert.deepEqual(claimsOf(analyze("Pékin rejette ces accusations et affirme qu'il n'a pas livré d'armes à Moscou.", 'fr')), ['CHN>RUS:other_weapons:denied'])
  })
})

describe('a French participle of saying after a comma', () => {
  test('governs the infinitive after it, which has the subject of the sentence', () => {
    assert.deepEqual(claimsOf(analyze('La Chine a rejeté ces accusations, affirmant ne jamais avoir fourni de composants militaires à Moscou.', 'fr')), ['CHN>RUS:components_dual_use:denied'])
    assert.deepEqual(claimsOf(analyze("Téhéran a démenti, assurant n'avoir livré aucun drone à la Russie depuis le début de la guerre.", 'fr')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(triplesOf(analyze("Israël a confirmé la vente, précisant avoir livré des drones Harop à l'Azerbaïdjan.", 'fr')), ['ISR>AZE:drones'])
  })
})

describe('an infinitive in a phrase put before the subject', () => {
  test('has the subject after the comma that closes the phrase', () => {
    assert.deepEqual(claimsOf(analyze('Accusé de fournir des composants à la Russie, Pékin dément.', 'fr')), ['CHN>RUS:components_dual_use:denied'])
    assert.deepEqual(triplesOf(analyze('Pour fournir des drones à la Russie, Téhéran utilise la mer Caspienne.', 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(claimsOf(analyze('Accused of sending shells to Russia, Pyongyang has denied the claims.')), ['PRK>RUS:artillery_ammunition:denied'])
  })
  test('while a phrase naming a state of its own, or a verb before the name, gives it no subject', () => {
    assert.deepEqual(triplesOf(analyze("Pour la Russie, fournir des armes à l'Ukraine est une provocation.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Livrer des missiles à Kiev serait une escalade, estime Moscou.', 'fr')), [])
  })
})

describe('contents of a transfer noun that names no materiel of its own', () => {
  test('take the sides the sentence gives the noun, and its announcement', () => {
    assert.deepEqual(claimsOf(analyze('Berlin a dévoilé une nouvelle enveloppe pour Kiev, qui comprend des chars Leopard.', 'fr')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('The Pentagon unveiled a new package for Kyiv that includes Bradley fighting vehicles.')), ['USA>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Washington unveiled a new aid package for Ukraine, which includes Stinger missiles.')), ['USA>UKR:air_defence:alleged_future'])
  })
  test('while a noun with no recipient after it gives none', () => {
    assert.deepEqual(triplesOf(analyze('The Pentagon unveiled a new package, which includes Bradley fighting vehicles.')), [])
  })
})

describe('a French object relative between commas after materiel', () => {
  test('has that materiel for object, as without the comma', () => {
    assert.deepEqual(triplesOf(analyze("Les drones Shahed, que l'Iran fournit à la Russie depuis 2022, ont frappé Odessa.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Les missiles nord-coréens, que Pyongyang a fournis à la Russie, sont peu précis.', 'fr')), ['PRK>RUS:missiles'])
  })
  test('while a relative about a place names no transfer', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a tiré des missiles sur Kharkiv, que l'armée ukrainienne a tenté de défendre.", 'fr')), [])
  })
})

describe('a state saying that a transfer with no giver never happened', () => {
  test('speaks of its own transfer', () => {
    assert.deepEqual(claimsOf(analyze("Il n'y a eu aucune livraison de drones à la Russie, dément Téhéran.", 'fr')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('No weapons have been sent to Russia, Beijing insists.')), ['CHN>RUS:other_weapons:denied'])
  })
  test('never of its enemy’s, nor of one it receives', () => {
    assert.deepEqual(triplesOf(analyze('No weapons have been sent to Ukraine, Moscow insists.')), [])
    assert.deepEqual(triplesOf(analyze("Il n'y a eu aucune livraison de drones à la Russie, affirme Moscou.", 'fr')), [])
  })
})

describe('a French negated passive with its materiel for subject', () => {
  test('keeps the materiel over the words of the negation', () => {
    assert.deepEqual(claimsOf(analyze("Aucun drone n'a été vendu à la Russie par l'Iran.", 'fr')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze("Les obus n'ont pas été livrés à l'Ukraine par la Serbie.", 'fr')), ['SRB>UKR:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(analyze("Aucune arme n'a été livrée à la Russie, assure Pékin.", 'fr')), ['CHN>RUS:other_weapons:denied'])
  })
})

describe('foreign parts a weapon is full of', () => {
  test('« regorgent de », and a demonym joined to an adjective of the parts', () => {
    assert.deepEqual(triplesOf(analyze('Les drones russes regorgent de composants occidentaux et chinois.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Les missiles des Houthis regorgent de pièces iraniennes.', 'fr')), ['IRN>YEM:components_dual_use'])
  })
  test('while parts of no named state give nothing', () => {
    assert.deepEqual(triplesOf(analyze('Les drones russes regorgent de composants occidentaux.', 'fr')), [])
  })
})

describe('a state admitting a transfer with no giver', () => {
  test('admits its own', () => {
    assert.deepEqual(claimsOf(analyze('Des drones ont bien été livrés à la Russie, a admis Téhéran.', 'fr')), ['IRN>RUS:drones:confirmed'])
    assert.deepEqual(claimsOf(analyze("Les livraisons de missiles au Hezbollah ont bien eu lieu, a reconnu l'Iran.", 'fr')), ['IRN>HEZBOLLAH:missiles:confirmed'])
    assert.deepEqual(claimsOf(analyze('Some drones were sent to Russia before the war, Iran admitted.')), ['IRN>RUS:drones:confirmed'])
  })
  test('while one who confirms may speak of another’s, and an enemy admits nothing of its own', () => {
    assert.deepEqual(triplesOf(analyze("Des obus ont été livrés à l'Ukraine, a confirmé Séoul.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Des drones ont été livrés à la Russie, a reconnu Kiev.', 'fr')), [])
  })
})

describe('a word of time or manner between a verb of denying and a transfer noun', () => {
  test('keeps the verb’s subject as the supplier', () => {
    assert.deepEqual(claimsOf(analyze('La Chine a démenti jeudi toute livraison de drones à Moscou.', 'fr')), ['CHN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze("Israël a démenti formellement toute vente d'armes à la junte birmane.", 'fr')), ['ISR>MMR:other_weapons:denied'])
  })
})

describe('makers of materiel as recipients', () => {
  test('the materiel in the name of the makers is not what is sent', () => {
    assert.deepEqual(claimsOf(analyze('Pékin nie avoir fourni la moindre pièce détachée aux fabricants de drones russes.', 'fr')), ['CHN>RUS:components_dual_use:denied'])
    assert.deepEqual(triplesOf(analyze('Des moteurs chinois ont été vendus aux usines de drones russes.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(claimsOf(analyze('Beijing denied supplying spare parts to Russian drone makers.')), ['CHN>RUS:components_dual_use:denied'])
  })
})

describe('a state denying, after it, a transfer with no giver', () => {
  test('denies its own: after a colon, with the transfer for topic, or in words of denial and an incise', () => {
    assert.deepEqual(claimsOf(analyze("Livraisons d'armes à la Russie : Pékin dément.", 'fr')), ['CHN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Quant aux livraisons de composants à la Russie, Pékin les dément formellement.', 'fr')), ['CHN>RUS:components_dual_use:denied'])
    assert.deepEqual(claimsOf(analyze('Les informations sur des livraisons de missiles au Hezbollah sont fausses, a répliqué Téhéran.', 'fr')), ['IRN>HEZBOLLAH:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Reports of drone deliveries to Russia are false, Tehran said.')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Nordkorea hat Berichte über Waffenlieferungen an Russland zurückgewiesen.', 'de')), ['PRK>RUS:other_weapons:denied'])
  })
  test('while a sentence another state speaks first is theirs', () => {
    assert.deepEqual(triplesOf(analyze('Shipments of shells to Russia have increased, Seoul said, while Pyongyang denies them.')), [])
  })
})

describe('parts whose origin is the predicate, of or in weapons of another state', () => {
  test('were supplied by the state they come from', () => {
    assert.deepEqual(claimsOf(analyze("Une grande partie de l'électronique des drones russes vient de Chine.", 'fr')), ['CHN>RUS:components_dual_use:reported'])
    assert.deepEqual(triplesOf(analyze('Les composants retrouvés dans les missiles russes sont majoritairement d’origine américaine.', 'fr')), ['USA>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Most of the components found in Russian drones come from China, according to Kyiv.')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('The chips in Russian cruise missiles were made in the United States.')), ['USA>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Parts of the Houthi missiles came from Iran, UN experts said.')), ['IRN>YEM:components_dual_use'])
  })
  test('while parts said not to come from a state, or a state’s own parts, say nothing', () => {
    assert.deepEqual(triplesOf(analyze('Components of Russian drones do not come from China, Beijing said.')), [])
    assert.deepEqual(triplesOf(analyze('Russian components in Russian missiles come from Russia.')), [])
  })
})

describe('a phrase put before the subject: a gerund, or an agent noun in apposition', () => {
  test('has the subject after its comma', () => {
    assert.deepEqual(triplesOf(analyze("En livrant des drones à la Russie, l'Iran s'est rangé du côté de Moscou.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Fournisseur de composants à la Russie, Pékin reste discret.', 'fr')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("Premier fournisseur d'armes de l'Ukraine, Washington a débloqué une nouvelle aide.", 'fr')), ['USA>UKR:other_weapons'])
  })
})

describe('a verb of saying joined by "and" to the first verb of a sentence a state opens', () => {
  test('has that state for speaker, not a name in between', () => {
    const claims = analyze("Berlin has been the second-biggest supplier of military aid to Armenia in its fight against Azerbaijan's offensive and said earlier Monday it would supply Yerevan with drones.").support
    assert.deepEqual(claims.filter((c) => c.category === 'drones').map((c) => c.attributedTo), ['Berlin'])
  })
  test('while a person in the sentence, or a name before a role, stays the speaker', () => {
    const claims = analyze('Pentagon spokesman Pat Ryder said Washington has sent tanks to Ukraine and added it would send more shells.').support
    assert.ok(claims.every((c) => c.attributedTo === 'Pat Ryder'), JSON.stringify(claims.map((c) => c.attributedTo)))
  })
})

describe('a designation whose maker is known, used by another state', () => {
  test('was supplied by its maker (supply implied by origin)', () => {
    assert.deepEqual(claimsOf(analyze('Russia used Shahed drones against Ukrainian cities.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(triplesOf(analyze('Ukraine used Storm Shadow missiles against Russian targets.')), ['GBR>UKR:missiles'])
    assert.deepEqual(triplesOf(analyze('La Russie a utilisé des missiles KN-23 contre Kharkiv.', 'fr')), ['PRK>RUS:missiles'])
  })
  test('while a state’s own designation says nothing', () => {
    assert.deepEqual(triplesOf(analyze('Russia used Iskander missiles against Kyiv.')), [])
  })
})

describe('the whole name of a body speaking: its noun, « de », its complement and demonym', () => {
  const speakers = (text: string) => analyze(text, 'fr').support.map((c) => c.attributedTo)
  test('is kept', () => {
    assert.deepEqual(speakers("L'armée de l'air ukrainienne a déclaré que des drones turcs avaient été livrés à l'Ukraine."), ["armée de l'air ukrainienne"])
    assert.deepEqual(speakers('Les forces de défense israéliennes ont déclaré que des armes iraniennes avaient été livrées au Hezbollah.'), ['forces de défense israéliennes'])
  })
})

describe('a state saying, before it, that a transfer with no giver never happened', () => {
  test('speaks of its own, with "that" or without', () => {
    assert.deepEqual(claimsOf(analyze("Pékin assure qu'aucune arme n'a été livrée à la Russie.", 'fr')), ['CHN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("Téhéran affirme qu'aucun drone n'a été envoyé à Moscou depuis le début de la guerre.", 'fr')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Beijing says no lethal weapons have been supplied to Russia.')), ['CHN>RUS:other_weapons:denied'])
  })
  test('never of its enemy’s', () => {
    assert.deepEqual(triplesOf(analyze("Kiev affirme qu'aucune arme n'a été livrée à la Russie.", 'fr')), [])
  })
})

describe('a generic item after a specific one and its adjective', () => {
  test('is an item of the list', () => {
    assert.deepEqual(triplesOf(analyze("La Russie a livré des chars modernes et des avions à l'armée birmane.", 'fr')), ['RUS>MMR:armour', 'RUS>MMR:aircraft'])
  })
})

describe('a state denying that another used its territory', () => {
  test('denies giving access to it', () => {
    assert.deepEqual(claimsOf(analyze('Jordan denied that Israeli jets had used its airspace.')), ['JOR>ISR:territory_access:denied'])
    assert.deepEqual(claimsOf(analyze('Des avions israéliens n’ont jamais utilisé son espace aérien, dément Amman.', 'fr')), ['JOR>ISR:territory_access:denied'])
  })
  test('while one that only says so complains of a use it did not grant', () => {
    assert.deepEqual(triplesOf(analyze('Israeli jets used its airspace, Iraq said.')), [])
  })
})

describe('parts found in the remains of another state’s weapon', () => {
  test('were supplied to that state', () => {
    assert.deepEqual(triplesOf(analyze('Investigators found American chips in the wreckage of a Russian missile.')), ['USA>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("Les enquêteurs ont découvert des puces américaines dans les débris d'un missile russe.", 'fr')), ['USA>RUS:components_dual_use'])
  })
  test('while a weapon of no named state says nothing', () => {
    assert.deepEqual(triplesOf(analyze('Investigators found American chips in the wreckage of a missile.')), [])
  })
})

describe('English: materiel bound for a state', () => {
  test('was supplied by its origin to its destination', () => {
    assert.deepEqual(triplesOf(analyze('The U.S. Navy intercepted a dhow carrying Iranian missiles bound for the Houthis.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('Iranian weapons destined for Hezbollah pass through Syria.')), ['IRN>HEZBOLLAH:other_weapons', 'SYR>IRN:territory_access'])
  })
  test('while what has no origin, or is no weapon, gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('The navy seized a boat with weapons bound for Sudan.')), [])
    assert.deepEqual(triplesOf(analyze('Humanitarian aid bound for Gaza was blocked.')), [])
  })
})

describe('a participle phrase ends at the verb of its clause', () => {
  test('an agent after the main verb is not the giver', () => {
    assert.deepEqual(triplesOf(analyze('Rifles smuggled from Iran to the Houthis were seized by the US Navy.')), ['IRN>YEM:small_arms'])
    assert.deepEqual(triplesOf(analyze('Missiles shipped from Iran to Hezbollah were destroyed by Israeli strikes.')), ['IRN>HEZBOLLAH:missiles'])
    assert.deepEqual(triplesOf(analyze('Shells sent from North Korea to Russia have been tracked by American satellites.')), ['PRK>RUS:artillery_ammunition'])
  })
  test('the "by" after a later verb of use names the user', () => {
    assert.deepEqual(triplesOf(analyze('Drones provided by Iran have been used by Russia to strike Odesa.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Missiles supplied by North Korea have been fired by Russia at Kharkiv.')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(analyze('Bombs sold by the United States have been used by Israel in Rafah.')), ['USA>ISR:other_weapons'])
  })
})

describe('a passive of giving with "with": who is provided is the subject', () => {
  test('the subject of the passive receives, the "by" gives', () => {
    assert.deepEqual(triplesOf(analyze('Russia was supplied with drones by Iran last year.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Ukraine has been provided with IRIS-T systems by Germany.')), ['DEU>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Myanmar's junta was provided with fighter jets by Russia.")), ['RUS>MMR:aircraft'])
  })
  test('a participle put after a state and a comma', () => {
    assert.deepEqual(triplesOf(analyze('Moscow, supplied with drones by Tehran, has stepped up its strikes.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Russia, supplied with shells by North Korea, has kept up its barrages.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Hezbollah, armed by Iran, fired rockets at Haifa.')), ['IRN>HEZBOLLAH:other_weapons'])
  })
  test('weapons given to a state "with" a range stay given to it', () => {
    assert.deepEqual(triplesOf(analyze('The weight of German shells supplied to Ukraine is about 40 kg with the new fuses.')), ['DEU>UKR:artillery_ammunition'])
  })
})

describe('the owner of materiel given by a participle received it', () => {
  test('a possessive before a glued participle', () => {
    assert.deepEqual(triplesOf(analyze("Ukraine's US-supplied Patriot systems shot down the missiles.")), ['USA>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Myanmar's Russian-supplied fighter jets bombed villages.")), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(analyze("Azerbaijan's Turkish-supplied Bayraktar drones struck Armenian positions.")), ['TUR>AZE:drones'])
  })
  test('a possessive before materiel a participle between commas gives', () => {
    assert.deepEqual(triplesOf(analyze("Israel's interceptors, supplied by the United States, shot down the rockets.")), ['USA>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze("The Houthis' drones, supplied by Iran, struck a tanker.")), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(analyze("Azerbaijan's Bayraktar drones, supplied by Turkey, destroyed the convoy.")), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze("Sudan's tanks, supplied by Egypt, were destroyed near Khartoum.")), ['EGY>SDN:armour'])
  })
  test('a possessive before materiel given to another is the giver', () => {
    assert.deepEqual(triplesOf(analyze("Iran's drones, supplied to Russia last year, struck Kyiv.")), ['IRN>RUS:drones'])
  })
  test('a possessive of a person says nothing of who received', () => {
    assert.deepEqual(triplesOf(analyze("Iran's foreign minister said drones supplied by Belarus were never used.")), [])
  })
})

describe('flying or operating foreign weapons is using them', () => {
  test('a participle of operating with its user after "by"', () => {
    assert.deepEqual(triplesOf(analyze("Russian jets flown by Myanmar's air force bombed villages.")), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Israeli-made drones operated by Azerbaijan struck Armenian positions.')), ['ISR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze('Russia operates Iranian drones.')), ['IRN>RUS:drones'])
  })
  test('a designation alone names no maker that supplied', () => {
    assert.deepEqual(triplesOf(analyze('Ukraine would be flying F-16s by summer.')), [])
  })
  test('foreign personnel operating for a state still operate', () => {
    assert.deepEqual(triplesOf(analyze('Iranian instructors operated the drones for Russia.')), ['IRN>RUS:operation_of_weapons'])
  })
})

describe('a relative between commas in a list of states', () => {
  test('the state after ", and" is another of the list, not the recipient', () => {
    assert.deepEqual(triplesOf(analyze('Iran, which has sent drones, and North Korea, which has sent shells, both back Russia.')), ['IRN>RUS:drones', 'PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Among Sudan’s backers are Egypt, which supplies jets, and Turkey.')).includes('EGY>TUR:aircraft'), false)
    assert.deepEqual(triplesOf(analyze('Egypt, which supplied drones, and Turkey both backed the Sudanese army.')).includes('EGY>TUR:drones'), false)
  })
  test('a relative whose clause names its recipient keeps it', () => {
    assert.deepEqual(triplesOf(analyze('Turkey, which sold drones to Azerbaijan, and Israel backed Baku.')), ['TUR>AZE:drones'])
  })
})

describe('a state denying the reports of a transfer with no giver', () => {
  test('denies its own', () => {
    assert.deepEqual(claimsOf(analyze('Beijing denied reports of drone deliveries to Russia.')), ['CHN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Tehran denied the reports of missile deliveries to the Houthis.')), ['IRN>YEM:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Pékin dément les informations sur des livraisons de drones à la Russie.', 'fr')), ['CHN>RUS:drones:denied'])
  })
})

describe('a demonym before the name of a portfolio ends the subject of a verb of saying', () => {
  test('the minister or ministry of a state confirms or denies that state’s transfer', () => {
    assert.deepEqual(claimsOf(analyze('Le ministre turc de la Défense a confirmé la livraison de drones à Bakou.', 'fr')), ['TUR>AZE:drones:confirmed'])
    assert.deepEqual(claimsOf(analyze('Le ministère iranien des Affaires étrangères a démenti toute livraison de missiles aux Houthis.', 'fr')), ['IRN>YEM:missiles:denied'])
    assert.deepEqual(claimsOf(analyze("Le ministre israélien de la Défense a reconnu la vente de drones à l'Azerbaïdjan.", 'fr')), ['ISR>AZE:drones:confirmed'])
  })
  test('while a portfolio with no demonym before it names no state', () => {
    assert.deepEqual(triplesOf(analyze('Le ministre de la Défense a confirmé la livraison de drones à Bakou.', 'fr')), [])
  })
})

describe('personnel of a state in a transfer noun or after the agent of a passive of training', () => {
  test('the noun of sending has their state for supplier', () => {
    assert.deepEqual(triplesOf(analyze("L'envoi de troupes nord-coréennes en Russie inquiète Séoul.", 'fr')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze('L’envoi de conseillers militaires iraniens au Yémen inquiète Riyad.', 'fr')), ['IRN>YEM:technical_support'])
  })
  test('"formés par des instructeurs turcs": the instructors’ state trains', () => {
    assert.deepEqual(triplesOf(analyze('Les soldats azerbaïdjanais sont entraînés par des instructeurs turcs.', 'fr')), ['TUR>AZE:trainers'])
    assert.deepEqual(triplesOf(analyze('Les militaires russes ont été formés par des instructeurs iraniens en Crimée.', 'fr')), ['IRN>RUS:trainers'])
  })
  test('while personnel who receive a transfer do not supply it', () => {
    assert.deepEqual(triplesOf(analyze("La livraison d'armes aux soldats ukrainiens se poursuit.", 'fr')), [])
  })
})

describe('a clitic before the infinitive auxiliary « avoir »', () => {
  test('stands for the materiel named before, and the state that admits or denies it gives it', () => {
    assert.deepEqual(claimsOf(analyze('Des obus ont été livrés à la Russie. Pyongyang a reconnu les avoir envoyés.', 'fr')), ['PRK>RUS:artillery_ammunition:reported', 'PRK>RUS:artillery_ammunition:confirmed'])
    assert.deepEqual(claimsOf(analyze('Des missiles ont été livrés aux Houthis. Téhéran dément les avoir fournis.', 'fr')), ['IRN>YEM:missiles:reported', 'IRN>YEM:missiles:denied'])
    assert.deepEqual(claimsOf(analyze("L'armée soudanaise a reçu des drones Mohajer. L'Iran nie les avoir livrés à Khartoum.", 'fr')), ['IRN>SDN:drones:reported', 'IRN>SDN:drones:denied'])
  })
  test('while « avoir » as a full verb names no auxiliary', () => {
    assert.deepEqual(triplesOf(analyze("Les Houthis disent avoir des missiles. L'Iran dément en avoir l'intention.", 'fr')), [])
  })
})

describe('the weapon whose parts are named right after them, over "of"', () => {
  test('is not sent itself', () => {
    assert.deepEqual(triplesOf(analyze('Les Houthis ont reçu de Téhéran des pièces de missiles.', 'fr')), ['IRN>YEM:components_dual_use'])
    assert.deepEqual(triplesOf(analyze("L'Iran a livré des pièces détachées de drones à l'armée soudanaise.", 'fr')), ['IRN>SDN:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('China sold components of missiles to North Korea.')), ['CHN>PRK:components_dual_use'])
  })
  test('while parts and weapons joined by "and" are both sent', () => {
    assert.deepEqual(triplesOf(analyze('La Chine fournit des composants et des drones à la Russie.', 'fr')), ['CHN>RUS:components_dual_use', 'CHN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Iran shipped spare parts and drones to Russia.')), ['IRN>RUS:components_dual_use', 'IRN>RUS:drones'])
  })
})

describe('a noun of plan between a verb of denying or refusing and the infinitive of a transfer', () => {
  test('keeps the verb’s subject for supplier, and the transfer denied', () => {
    assert.deepEqual(claimsOf(analyze("L'Égypte dément tout projet de livrer des roquettes à la Russie.", 'fr')), ['EGY>RUS:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(analyze("Séoul écarte toute intention d'envoyer des obus à Kiev.", 'fr')), ['KOR>UKR:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(analyze('Pékin a démenti tout projet de vendre des drones à la junte birmane.', 'fr')), ['CHN>MMR:drones:denied'])
  })
  test('while a plan with no one before names no supplier', () => {
    assert.deepEqual(triplesOf(analyze('Le projet de livrer des roquettes à la Russie inquiète Washington.', 'fr')), [])
  })
})

describe('a subject that declares itself ready (« se dit prêt à »)', () => {
  test('plans the transfer it names', () => {
    assert.deepEqual(claimsOf(analyze("Israël se dit prêt à fournir des systèmes de défense antiaérienne à l'Ukraine.", 'fr')), ['ISR>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Séoul s’est dit prêt à envoyer des obus à Kiev.', 'fr')), ['KOR>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La Turquie s'est dite disposée à livrer des drones à l'Azerbaïdjan.", 'fr')), ['TUR>AZE:drones:alleged_future'])
  })
  test('while a verb of saying with no word of plan after it still opens a clause', () => {
    assert.deepEqual(triplesOf(analyze("Le Caire se dit inquiet : l'Iran livre des drones au Soudan.", 'fr')), ['IRN>SDN:drones'])
  })
})

describe('the complement of a noun of funding', () => {
  test('is funded by the owner or the demonym of the noun', () => {
    assert.deepEqual(triplesOf(analyze('Le financement iranien du Hezbollah atteint 700 millions de dollars par an.', 'fr')), ['IRN>HEZBOLLAH:financial'])
    assert.deepEqual(triplesOf(analyze('Le financement du Hamas par le Qatar fait polémique.', 'fr')), ['QAT>HAMAS:financial'])
    assert.deepEqual(triplesOf(analyze("Iran's funding of Hezbollah reaches 700 million dollars a year.")), ['IRN>HEZBOLLAH:financial'])
    assert.deepEqual(triplesOf(analyze('Qatari financing of Hamas is under scrutiny.')), ['QAT>HAMAS:financial'])
  })
})

describe('the present and future of « déployer » (« déploie », « déploieront »)', () => {
  test('deploy foreign weapons as the participle does', () => {
    assert.deepEqual(claimsOf(analyze('La Birmanie déploie des avions chinois contre les insurgés.', 'fr')), ['CHN>MMR:aircraft:reported'])
    assert.deepEqual(claimsOf(analyze('Le Hezbollah déploie des missiles iraniens au Liban-Sud.', 'fr')), ['IRN>HEZBOLLAH:missiles:reported'])
    assert.deepEqual(triplesOf(analyze('Le Soudan déploie des drones turcs près de Khartoum.', 'fr')), ['TUR>SDN:drones'])
  })
  test('and send troops as the participle does, while a state’s own weapons give nothing', () => {
    assert.deepEqual(triplesOf(analyze('La Russie déploie des troupes en Biélorussie.', 'fr')), ['RUS>BLR:troops'])
    assert.deepEqual(triplesOf(analyze('La Russie déploie ses propres chars près de la frontière.', 'fr')), [])
  })
})

describe('« projeté de » before the infinitive of a transfer', () => {
  test('plans the transfer, alleged when the verb is conditional', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran aurait projeté de livrer des missiles aux Houthis.", 'fr')), ['IRN>YEM:missiles:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Les Émirats auraient projeté d'envoyer des drones au Soudan.", 'fr')), ['ARE>SDN:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Le Hezbollah a projeté de recevoir des drones de l'Iran.", 'fr')), ['IRN>HEZBOLLAH:drones:alleged_future'])
  })
})

describe('a state named with « avec » before a noun of purchase (« négocie avec l’Iran l’achat de drones »)', () => {
  test('is the seller, the purchase to come when it is negotiated or contracted', () => {
    assert.deepEqual(claimsOf(analyze("Le Soudan négocie avec l'Iran l'achat de drones.", 'fr')), ['IRN>SDN:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze("L'Azerbaïdjan a signé avec Israël un contrat d'achat de drones.", 'fr')), ['ISR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze("La Birmanie discute avec la Chine de l'acquisition d'avions de combat.", 'fr')), ['CHN>MMR:aircraft:alleged_future'])
  })
  test('while a seller named otherwise keeps its place', () => {
    assert.deepEqual(triplesOf(analyze("Le Soudan coopère avec l'Égypte ; l'achat de drones turcs par Khartoum inquiète.", 'fr')), ['TUR>SDN:drones'])
  })
})

describe('an object relative between a noun of aid or transfer and a verb of contents', () => {
  test('leaves the noun the subject of the verb, the relative giving the sides', () => {
    assert.deepEqual(triplesOf(analyze("L'aide militaire que l'Iran fournit aux Houthis comprend des missiles.", 'fr')), ['IRN>YEM:other_weapons', 'IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(analyze('L’aide militaire que les Émirats fournissent au Soudan comprend des drones et des obus.', 'fr')), ['ARE>SDN:other_weapons', 'ARE>SDN:drones', 'ARE>SDN:artillery_ammunition'])
  })
  test('while a contents verb with no noun of transfer before it still gives nothing', () => {
    assert.deepEqual(triplesOf(analyze("La coalition que l'Allemagne dirige comprend le Danemark.", 'fr')), [])
  })
})

describe('personnel named by a title after a state adjective or an armed group', () => {
  test('are that actor personnel when sent or present abroad', () => {
    assert.deepEqual(triplesOf(analyze('Iranian experts have been dispatched to Russia to help its army.')), ['IRN>RUS:technical_support'])
    assert.deepEqual(triplesOf(analyze('Russian officers are in Mali.')), ['RUS>MLI:technical_support'])
    assert.deepEqual(triplesOf(analyze('Turkey has dispatched Turkish officers to Libya.')), ['TUR>LBY:technical_support'])
  })
  test('while a title alone, or a speaker, is nobody sent', () => {
    assert.deepEqual(triplesOf(analyze('Experts say Iran shipped rockets to Hezbollah.')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Israeli officers said Iran shipped rockets to Hezbollah.')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Sudanese officers bought drones from Iran.')), ['IRN>SDN:drones'])
  })
})

describe('personnel who supervise or help another actor forces', () => {
  test('supervising or overseeing its launches or units gives it technical support', () => {
    assert.deepEqual(triplesOf(analyze('IRGC officers oversaw the launches by the Houthis.')), ['IRN>YEM:technical_support'])
    assert.deepEqual(triplesOf(analyze('Russian officers coordinate the Myanmar army air strikes.')), ['RUS>MMR:technical_support'])
    assert.deepEqual(triplesOf(analyze("Iranian commanders supervise Hezbollah's rocket units.")), ['IRN>HEZBOLLAH:technical_support'])
  })
  test('while overseeing with no other actor named supports nobody', () => {
    assert.deepEqual(triplesOf(analyze('The Pentagon oversees the delivery of weapons.')), [])
    assert.deepEqual(triplesOf(analyze('Russian generals oversaw the offensive near Kharkiv.')), [])
  })
  test('helping its troops, not only the state, gives it technical support', () => {
    assert.deepEqual(triplesOf(analyze('Turkish military advisers are helping Azerbaijani soldiers use the drones.')), ['TUR>AZE:technical_support'])
  })
})

describe('an offer of materiel', () => {
  test('states a transfer still to come, with the state offered before the materiel', () => {
    assert.deepEqual(claimsOf(analyze('Turkey has offered Azerbaijan combat drones.')), ['TUR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Iran offered Russia hundreds of ballistic missiles last year.')), ['IRN>RUS:missiles:alleged_future'])
  })
  test('while an offer of talks or of support names nothing given', () => {
    assert.deepEqual(triplesOf(analyze('Russia offered talks to Ukraine.')), [])
    assert.deepEqual(triplesOf(analyze('Iran offered its support to Russia.')), [])
  })
})

describe('rushing materiel to a state', () => {
  test('sends it there', () => {
    assert.deepEqual(triplesOf(analyze('The Pentagon is rushing more Patriot interceptors to Israel.')), ['USA>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Iran rushed drones to Sudan last spring.')), ['IRN>SDN:drones'])
  })
  test('while rushing somewhere in person, or one’s own troops to a town, gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('The minister rushed to Kyiv to meet Zelensky.')), [])
    assert.deepEqual(triplesOf(analyze('Ukraine rushed reinforcements to Pokrovsk.')), [])
  })
})

describe('weapons of one state that protect or bolster another', () => {
  test('were supplied to it, as the subject of an active verb of protecting', () => {
    assert.deepEqual(triplesOf(analyze('American NASAMS now protect Kyiv.')), ['USA>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Russian S-400 systems protect Syria's airspace.")), ['RUS>SYR:air_defence'])
  })
  test('or after "by" in a passive', () => {
    assert.deepEqual(triplesOf(analyze("Ukraine's air defence has been bolstered by German Gepard anti-aircraft guns.")), ['DEU>UKR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Riyadh is protected by American Patriot systems.')), ['USA>SAU:air_defence'])
  })
  test('while a state protecting itself, or its own weapons, gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Iranian air defences protect Iranian nuclear sites.')), [])
    assert.deepEqual(triplesOf(analyze('Egypt protected its border with its own troops.')), [])
  })
})

describe('weapons deployed to another state', () => {
  test('are put at its service', () => {
    assert.deepEqual(triplesOf(analyze('The United States has deployed a THAAD battery to Israel.')), ['USA>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze('Patriot batteries were deployed to Saudi Arabia by the Pentagon.')), ['USA>SAU:air_defence'])
  })
  test('while weapons deployed over a city are used', () => {
    assert.deepEqual(triplesOf(analyze('Russia deployed Iranian drones over Kyiv.')), ['IRN>RUS:drones'])
  })
})

describe('personnel training in another state', () => {
  test('are trained by that state', () => {
    assert.deepEqual(triplesOf(analyze('Belarusian pilots are training in Russia under Russian supervision.')), ['RUS>BLR:trainers'])
    assert.deepEqual(triplesOf(analyze('Sudanese soldiers have been training in Egypt since March.')), ['EGY>SDN:trainers'])
  })
  test('while instructors training there train others', () => {
    assert.deepEqual(triplesOf(analyze('British instructors are training in Poland.')), [])
  })
})

describe('weapons of one state said to be in another', () => {
  test('were supplied to it, with no verb of supply', () => {
    assert.deepEqual(triplesOf(analyze('German Leopard tanks are already in Ukraine.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Chinese drones are also in Sudan.')), ['CHN>SDN:drones'])
    assert.deepEqual(claimsOf(analyze('No German Taurus missiles are in Ukraine.')), ['DEU>UKR:missiles:denied'])
  })
  test('while a party’s weapons in the land it fights, or weapons struck there, are no support', () => {
    assert.deepEqual(triplesOf(analyze('Russian tanks are in Ukraine.')), [])
    // (Weapons downed there were used by the state at war with it, not given to it.)
    assert.deepEqual(triplesOf(analyze('Iranian drones were shot down in Ukraine.')), ['IRN>RUS:drones'])
  })
})

describe('hosting foreign forces on one’s own territory', () => {
  test('opens that territory to them', () => {
    assert.deepEqual(triplesOf(analyze('Syria has hosted Iranian forces on its territory for years.')), ['SYR>IRN:territory_access'])
    assert.deepEqual(triplesOf(analyze('Belarus hosted Russian troops and missiles on its soil before the invasion.')), ['BLR>RUS:territory_access'])
  })
  test('while hosting talks, or forces with no territory of one’s own named, gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Qatar hosted talks between Israel and Hamas.')), [])
    assert.deepEqual(triplesOf(analyze('Poland hosts US troops.')), [])
  })
})

describe('personnel working alongside another state’s forces', () => {
  test('serve that state, as those fighting or operating alongside them do', () => {
    assert.deepEqual(triplesOf(analyze('Turkish drone operators are working alongside Azerbaijani forces.')), ['TUR>AZE:operation_of_weapons'])
  })
  test('while a state working alongside another names no one sent', () => {
    assert.deepEqual(triplesOf(analyze('Iran worked alongside Russia to evade sanctions.')), [])
  })
})

describe('helping another state or its troops to operate weapons', () => {
  test('gives it technical support, and the helpers operate nothing', () => {
    assert.deepEqual(triplesOf(analyze('Iranian technicians are helping Russian troops operate the Shahed drones.')), ['IRN>RUS:technical_support'])
    assert.deepEqual(triplesOf(analyze('Iran helped the Houthis to operate the drones.')), ['IRN>YEM:technical_support'])
  })
  test('while personnel who operate weapons for a state still operate them', () => {
    assert.deepEqual(triplesOf(analyze('Iranian crews fly the drones for the Houthis.')), ['IRN>YEM:operation_of_weapons'])
  })
})

describe('personnel placed in a state with another actor named between', () => {
  test('did something to that actor there, they were not sent to the state', () => {
    assert.deepEqual(triplesOf(analyze('Israeli troops killed Hezbollah fighters in Lebanon.')), [])
    assert.deepEqual(triplesOf(analyze('Russian officers detained Wagner commanders in Mali.')), [])
  })
  test('while personnel listed with the host state’s own are still present', () => {
    assert.deepEqual(triplesOf(analyze('Belarusian soldiers and Russian troops are in Kursk.')), ['BLR>RUS:troops'])
  })
})

describe('military planners sent to a state', () => {
  test('are technical support, a state adjective before "planners" making them personnel too', () => {
    assert.deepEqual(triplesOf(analyze('Britain is sending military planners to Israel.')), ['GBR>ISR:technical_support'])
    assert.deepEqual(triplesOf(analyze('Russian planners have been posted to Niger.')), ['RUS>NER:technical_support'])
  })
  test('while planners who speak are a title', () => {
    assert.deepEqual(triplesOf(analyze('Military planners say Iran sent missiles to Russia.')), ['IRN>RUS:missiles'])
  })
})

describe('« experts » and « officiers » beside the state they serve', () => {
  test('are personnel that a verb of sending or presence gives to the state where they are', () => {
    assert.deepEqual(claimsOf(analyze('Des experts turcs se trouvent en Azerbaïdjan depuis le début de la guerre.', 'fr')), ['TUR>AZE:technical_support:reported'])
    assert.deepEqual(triplesOf(analyze('Un expert russe a été envoyé au Soudan pour conseiller l’armée.', 'fr')), ['RUS>SDN:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des officiers russes ont été dépêchés en Biélorussie.', 'fr')), ['RUS>BLR:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des officiers chinois sont présents en Birmanie.', 'fr')), ['CHN>MMR:technical_support'])
  })
  test('as are the members named before « de » and a group', () => {
    assert.deepEqual(triplesOf(analyze('Des officiers des gardiens de la révolution ont été envoyés en Syrie.', 'fr')), ['IRN>SYR:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des soldats des gardiens de la révolution ont été envoyés en Syrie.', 'fr')), ['IRN>SYR:troops'])
  })
  test('while with no state beside them they are analysts, and analysts give nothing', () => {
    assert.deepEqual(triplesOf(analyze('Des experts ont été envoyés en Russie.', 'fr')), [])
    assert.deepEqual(claimsOf(analyze('Selon des experts israéliens, la Russie a livré des chars à l’Arménie.', 'fr')), ['RUS>ARM:armour:reported'])
    assert.deepEqual(triplesOf(analyze('L’officier ukrainien a expliqué que la Russie avait livré des avions de combat à l’Iran.', 'fr')), ['RUS>IRN:aircraft'])
  })
})

describe('personnel of one state who oversee or help the forces of another', () => {
  test('assist its operations: technical support', () => {
    assert.deepEqual(triplesOf(analyze('Des officiers turcs supervisent les frappes de drones de l’armée azerbaïdjanaise.', 'fr')), ['TUR>AZE:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des conseillers russes encadrent les soldats maliens.', 'fr')), ['RUS>MLI:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des officiers des gardiens de la révolution supervisent les Houthis.', 'fr')), ['IRN>YEM:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des experts chinois encadrent l’armée birmane.', 'fr')), ['CHN>MMR:technical_support'])
  })
  test('while advising another to give stays an opinion on the transfer', () => {
    assert.deepEqual(claimsOf(analyze('Les experts conseillent à l’Allemagne de livrer des chars à l’Ukraine.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['DEU>UKR:armour:opinion'])
  })
  test('the forces helped named by their personnel', () => {
    assert.deepEqual(triplesOf(analyze('Des ingénieurs nord-coréens aident les soldats russes à tirer des missiles KN-23.', 'fr')), ['PRK>RUS:technical_support', 'PRK>RUS:missiles'])
  })
  test('while overseeing one’s own forces or what is no force gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Les officiers russes supervisent leurs propres troupes en Ukraine.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Le ministre encadre les exportations vers l’Arabie saoudite.', 'fr')), [])
  })
})

describe('soldiers who train in another state or with its instructors', () => {
  test('are trained by that state', () => {
    assert.deepEqual(claimsOf(analyze('Des pilotes soudanais s’entraînent en Égypte.', 'fr')), ['EGY>SDN:trainers:reported'])
    assert.deepEqual(triplesOf(analyze('Les Houthis se sont entraînés en Iran.', 'fr')), ['IRN>YEM:trainers'])
    assert.deepEqual(triplesOf(analyze('Des soldats ukrainiens suivent une formation en Allemagne.', 'fr')), ['DEU>UKR:trainers'])
    assert.deepEqual(triplesOf(analyze('Des soldats ukrainiens s’entraînent avec des instructeurs britanniques.', 'fr')), ['GBR>UKR:trainers'])
  })
  test('while training at home gives nothing', () => {
    assert.deepEqual(triplesOf(analyze('Les soldats russes s’entraînent en Russie.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('L’armée malienne s’entraîne près de Bamako.', 'fr')), [])
  })
})

describe('the handling of a weapon that instructors teach', () => {
  test('is training, not operation of the weapon for the trainees', () => {
    assert.deepEqual(triplesOf(analyze('Des instructeurs turcs sont au Qatar pour former les soldats qataris au pilotage des drones.', 'fr')), ['TUR>QAT:trainers'])
    assert.deepEqual(triplesOf(analyze('Des instructeurs nord-coréens sont en Russie pour entraîner les artilleurs russes au maniement des obusiers.', 'fr')), ['PRK>RUS:trainers'])
  })
  test('while personnel who fly the weapons themselves still operate them', () => {
    assert.deepEqual(triplesOf(analyze('Des militaires iraniens pilotent des drones en Crimée pour le compte de la Russie et forment des Russes.', 'fr')), ['IRN>RUS:operation_of_weapons', 'IRN>RUS:trainers'])
  })
})

describe('parts made « au » or « aux » a state found in the weapons of another', () => {
  test('were supplied by the state that made them', () => {
    assert.deepEqual(claimsOf(analyze('Des puces fabriquées au Japon ont été découvertes dans des missiles russes.', 'fr')), ['JPN>RUS:components_dual_use:reported'])
    assert.deepEqual(triplesOf(analyze('Des moteurs fabriqués aux Émirats arabes unis ont été retrouvés dans des drones soudanais.', 'fr')), ['ARE>SDN:components_dual_use'])
    assert.deepEqual(triplesOf(analyze('Des composants électroniques fabriqués aux États-Unis ont été retrouvés dans les drones des Houthis.', 'fr')), ['USA>YEM:components_dual_use'])
  })
  test('while « au » after a verb of making that names no state leaves the verb its own', () => {
    assert.deepEqual(triplesOf(analyze('La Corée du Nord a fabriqué au moins un million d’obus pour la Russie.', 'fr')), ['PRK>RUS:artillery_ammunition'])
  })
})

describe('a buyer that wants or wishes to acquire', () => {
  test('plans the purchase: the transfer is to come', () => {
    assert.deepEqual(claimsOf(analyze('Le Maroc veut acheter des drones à la Turquie.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['TUR>MAR:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Le Qatar souhaite acquérir des systèmes de défense antiaérienne auprès de la Corée du Sud.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['KOR>QAT:air_defence:alleged_future'])
  })
  test('as a supplier that wants to deliver plans it, and one that does not want to refuses it', () => {
    assert.deepEqual(claimsOf(analyze('Israël veut livrer des missiles à l’Azerbaïdjan.', 'fr')), ['ISR>AZE:missiles:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Washington ne veut pas livrer de bombes à Israël.', 'fr')), ['USA>ISR:other_weapons:denied'])
  })
})

describe('foreign weapons that reach a state or its forces', () => {
  test('were delivered to it by their state of origin', () => {
    assert.deepEqual(triplesOf(analyze('Une cargaison de roquettes iraniennes est parvenue au Hezbollah.', 'fr')), ['IRN>HEZBOLLAH:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Des drones turcs sont parvenus à l’armée éthiopienne.', 'fr')), ['TUR>ETH:drones'])
    assert.deepEqual(claimsOf(analyze('Les chars allemands doivent arriver en Ukraine au printemps.', 'fr')), ['DEU>UKR:armour:alleged_future'])
  })
  test('while reaching an agreement is no delivery', () => {
    assert.deepEqual(triplesOf(analyze('La délégation est parvenue à un accord avec l’Iran.', 'fr')), [])
  })
})

describe('offering a state to give it oneself (« a proposé au Soudan de lui vendre »)', () => {
  test('the one who offers gives, and the transfer is to come', () => {
    assert.deepEqual(claimsOf(analyze('L’Iran a proposé au Soudan de lui vendre des drones.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['IRN>SDN:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('La Russie a proposé aux Houthis de leur fournir des missiles antinavires.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['RUS>YEM:missiles:alleged_future'])
  })
  test('while proposing that another gives, or asking another to give to oneself, stays an opinion', () => {
    assert.deepEqual(claimsOf(analyze('La Pologne propose à l’Allemagne de livrer des chars à l’Ukraine.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['DEU>UKR:armour:opinion'])
    assert.deepEqual(claimsOf(analyze('Kiev a demandé à Berlin de lui livrer des missiles Taurus.', 'fr')).map((c) => c.split(':').slice(0, 3).join(':')), ['DEU>UKR:missiles:opinion'])
  })
})

describe('soldiers sent to another state to be trained there', () => {
  test('are trained by that state, not sent to it', () => {
    assert.deepEqual(claimsOf(analyze('Des pilotes ukrainiens ont été envoyés au Royaume-Uni pour être formés.', 'fr')), ['GBR>UKR:trainers:reported'])
    assert.deepEqual(triplesOf(analyze('La Biélorussie a envoyé des soldats en Russie pour être entraînés.', 'fr')), ['RUS>BLR:trainers'])
    assert.deepEqual(triplesOf(analyze('Des militaires russes se sont rendus en Iran pour être formés au maniement des drones.', 'fr')), ['IRN>RUS:trainers'])
  })
  test('while instructors sent to train others, or troops sent with no training, are sent', () => {
    assert.deepEqual(triplesOf(analyze('Des instructeurs turcs ont été envoyés en Libye pour former les soldats libyens.', 'fr')), ['TUR>LBY:trainers'])
    assert.deepEqual(triplesOf(analyze('La Russie a envoyé des troupes en Biélorussie.', 'fr')), ['RUS>BLR:troops'])
    assert.deepEqual(triplesOf(analyze('Des soldats ukrainiens formés en France ont été envoyés sur le front.', 'fr')), ['FRA>UKR:trainers'])
  })
  test('a state before « se former » after the soldiers who went there trains them', () => {
    assert.ok(triplesOf(analyze('Des soldats maliens ont été envoyés en Russie pour se former.', 'fr')).includes('RUS>MLI:trainers'))
  })
})

describe('« hommes » counted or beside their state', () => {
  test('are troops', () => {
    assert.deepEqual(claimsOf(analyze('La Corée du Nord a envoyé 12 000 hommes en Russie.', 'fr')), ['PRK>RUS:troops:reported'])
    assert.deepEqual(triplesOf(analyze('La Russie a envoyé des milliers d’hommes au Mali.', 'fr')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(analyze('Moscou a déployé 10 000 hommes en Biélorussie.', 'fr')), ['RUS>BLR:troops'])
  })
  test('while armed men or politicians are no troops sent', () => {
    assert.deepEqual(triplesOf(analyze('Des hommes armés ont attaqué un convoi livrant des armes iraniennes aux Houthis.', 'fr')), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Des hommes politiques russes se sont rendus en Iran.', 'fr')), [])
  })
})

describe('the forces of a state deployed, present or fighting in another', () => {
  test('are its troops there', () => {
    assert.deepEqual(claimsOf(analyze('Des forces nord-coréennes sont déployées à Koursk.', 'fr')), ['PRK>RUS:troops:reported'])
    assert.deepEqual(triplesOf(analyze('Les forces russes sont présentes au Mali.', 'fr')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(analyze('La Russie a déployé des forces en Biélorussie.', 'fr')), ['RUS>BLR:troops'])
    assert.deepEqual(triplesOf(analyze('Les forces iraniennes combattent en Syrie aux côtés du régime.', 'fr')), ['IRN>SYR:troops'])
  })
  test('while forces at home, or in the state they attack, are no support', () => {
    assert.deepEqual(triplesOf(analyze('Les forces russes sont déployées en Ukraine.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('L’armée soudanaise a déployé ses forces au Darfour.', 'fr')), [])
    assert.deepEqual(triplesOf(analyze('Les forces russes utilisent des drones iraniens.', 'fr')), ['IRN>RUS:drones'])
  })
})
