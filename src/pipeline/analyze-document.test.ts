import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../test/knowledge.js'

describe('support claims', () => {
  test('active voice with a recipient after "to" / "à"', () => {
    assert.deepEqual(claimsOf(analyze('Minsk has sent fuel trucks and ammunition to Russia, the ministry said in a statement.')), ['BLR>RUS:economic:confirmed', 'BLR>RUS:artillery_ammunition:confirmed'])
    assert.deepEqual(triplesOf(analyze("Selon la presse, l'Iran aurait livré des drones à la Russie.", 'fr')), ['IRN>RUS:drones'])
  })

  test('indirect object before "with": supplying X with Y', () => {
    assert.deepEqual(triplesOf(analyze('Officials said Iran was supplying Russia with drones and ballistic missiles.')), ['IRN>RUS:drones', 'IRN>RUS:missiles'])
  })

  test('passive voice with "by" and "par"', () => {
    assert.deepEqual(triplesOf(analyze('The shells were supplied to Russia by North Korea last year.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze('Des obus ont été livrés à la Russie par la Corée du Nord.', 'fr')), ['PRK>RUS:artillery_ammunition'])
  })

  test('nominal forms: la livraison de missiles iraniens à la Russie', () => {
    assert.deepEqual(triplesOf(analyze('Les experts redoutent la livraison de missiles iraniens à la Russie.', 'fr')), ['IRN>RUS:missiles'])
  })

  test('goods bought from a state: "des obus achetés à la Corée du Nord", even when their use is the news', () => {
    assert.deepEqual(triplesOf(analyze('Moscou utilise des obus achetés à la Corée du Nord.', 'fr')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(analyze("L'armée russe a multiplié les frappes avec des drones achetés à l'Iran.", 'fr')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze("Les drones ont été achetés à l'Iran par la Russie.", 'fr')), ['IRN>RUS:drones'])
  })

  test('a purchase with no seller named is from the state that makes the designation; a delivery is not', () => {
    assert.deepEqual(triplesOf(analyze("L'achat de Gripen par l'Ukraine a été confirmé.", 'fr')), ['SWE>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Ukraine signed a letter of intent to buy 100 Gripen fighter jets.')), ['SWE>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Ukraine was expected to receive the first F-16 jets this summer.')), [])
  })

  test('the recipient as subject of a receiving verb', () => {
    assert.deepEqual(triplesOf(analyze('Russia received artillery shells from North Korea in October, analysts say.')), ['PRK>RUS:artillery_ammunition'])
  })

  test('a name used as an adjective gives the origin, not the indirect object of a giving verb', () => {
    assert.deepEqual(claimsOf(analyze('Ukraine used US missiles against targets in Russia.')), ['USA>UKR:missiles:reported'])
    assert.deepEqual(triplesOf(analyze('The US will send Ukraine missiles and shells.')), ['USA>UKR:missiles', 'USA>UKR:artillery_ammunition'])
  })

  test('supply implied by origin is reported', () => {
    assert.deepEqual(claimsOf(analyze('North Korean artillery shells are being fired by Russian troops.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze('Russian troops are firing North Korean shells at Ukrainian positions.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(analyze('Iranian-made Shahed drones were used by Russia against power stations.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Des drones de fabrication iranienne ont été utilisés par la Russie à Odessa.', 'fr')), ['IRN>RUS:drones:reported'])
  })

  test('coordinated suppliers make one claim each', () => {
    assert.deepEqual(triplesOf(analyze('Norway and Denmark will deliver F-16 jets to Ukraine next year.')), ['NOR>UKR:aircraft', 'DNK>UKR:aircraft'])
  })

  test('personnel: trainers, troops, and an organ rolled up to its state', () => {
    const a = analyze("Des membres des Gardiens de la révolution auraient formé des soldats russes à l'utilisation des drones.", 'fr')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:trainers:reported'])
    assert.equal(a.support[0]!.via, 'IRGC')
    assert.deepEqual(triplesOf(analyze('About 10,000 North Korean troops have been deployed to Russia, Seoul said.')), ['PRK>RUS:troops'])
  })

  test('territory: strikes launched from a third state', () => {
    assert.deepEqual(triplesOf(analyze('Missiles were fired from the territory of Belarus at targets in Ukraine overnight.')), ['BLR>RUS:territory_access'])
  })

  test('denials, refusals and negations are denied', () => {
    assert.deepEqual(claimsOf(analyze("L'Iran dément avoir fourni des drones à la Russie.", 'fr')), ['IRN>RUS:drones:denied'])
    assert.deepEqual(claimsOf(analyze('Berlin has refused to send Taurus missiles to Ukraine.')), ['DEU>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Spain has not sent any tanks to Ukraine, the minister said.')), ['ESP>UKR:armour:denied'])
  })

  test('a negated modal keeps its subject as the supplier: "will not send", "will never send"', () => {
    assert.deepEqual(claimsOf(analyze('Germany will not send Taurus missiles to Ukraine.')), ['DEU>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(analyze("Berlin won't deliver tanks to Kyiv, the chancellor said.")), ['DEU>UKR:armour:denied'])
    assert.deepEqual(claimsOf(analyze('Germany will never send troops to Ukraine, Chancellor Olaf Scholz said.')), ['DEU>UKR:troops:denied'])
  })

  test('whoever suspends or freezes the support named by a noun is its supplier, and the claim is denied', () => {
    assert.deepEqual(claimsOf(analyze('The United States suspended military aid to Kyiv.')), ['USA>UKR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("Washington a suspendu son aide militaire à l'Ukraine.", 'fr')), ['USA>UKR:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze('Russia condemned military aid to Ukraine.')), [])
  })

  test('the cleft "ce sont les Russes qui pilotent" negates operation by the supplier', () => {
    const a = analyze("L'Iran a envoyé des techniciens en Crimée, mais ce sont les Russes qui pilotent les drones.", 'fr')
    assert.ok(claimsOf(a).includes('IRN>RUS:operation_of_weapons:denied'), claimsOf(a).join(' '))
  })

  test('plans, pledges and future forms are alleged_future; requests are opinion', () => {
    assert.deepEqual(claimsOf(analyze("La Suède livrera des avions Gripen à l'Ukraine.", 'fr')), ['SWE>UKR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Poland pledged to send more MiG-29 jets to Ukraine.')), ['POL>UKR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Kyiv urged Berlin to deliver Taurus missiles.')), ['DEU>UKR:missiles:opinion'])
  })

  test('an official stating a transfer is confirmed; an expert asserts; an accusation is asserted', () => {
    assert.deepEqual(claimsOf(analyze('“Iran has delivered hundreds of drones to Russia,” the White House spokesman Tom Reyes said.')), ['IRN>RUS:drones:confirmed'])
    assert.deepEqual(claimsOf(analyze('Iran has delivered hundreds of drones to Russia, said Paula Greene, a researcher at the Baltic Institute.')), ['IRN>RUS:drones:asserted'])
    assert.deepEqual(claimsOf(analyze('Washington accused Tehran of supplying drones to Moscow.')), ['IRN>RUS:drones:asserted'])
  })

  test('roles left open are completed from the rest of the document', () => {
    const a = analyze("La Corée du Nord a livré des obus à la Russie. Le pays aurait aussi envoyé des missiles balistiques.", 'fr')
    assert.deepEqual(triplesOf(a), ['PRK>RUS:artillery_ammunition', 'PRK>RUS:missiles'])
    assert.deepEqual(a.support[1]!.inferred, ['supplier', 'recipient'])
  })

  test('a styled anaphor refers to a state of its style: "le royaume", "the emirate"', () => {
    // Iran is named more often, but only one kingdom is in view.
    const fr = analyze(
      "L'Iran a livré des drones à la Russie et l'Iran lui a vendu des obus. Le Maroc et l'Iran ont signé un accord commercial. Des sénateurs ont accusé le royaume de fournir des munitions à la Russie.",
      'fr',
    )
    assert.ok(triplesOf(fr).includes('MAR>RUS:artillery_ammunition'), triplesOf(fr).join(' '))
    const en = analyze('Qatar and Iran held talks in Doha. Iran has sold drones to Russia, Iran said. Lawmakers accused the emirate of sending missiles to Russia.')
    assert.ok(triplesOf(en).includes('QAT>RUS:missiles'), triplesOf(en).join(' '))
  })

  test('an accusation rebutted in the next sentence becomes its denial, attributed to the accuser then the denier', () => {
    const a = analyze(
      "Le Danemark a été cité dans l'enquête. Le ministre Paul Arden et plusieurs députés ont accusé le royaume de fournir des obus à la Russie. L'accusation a été démentie par le Danemark.",
      'fr',
    )
    assert.deepEqual(claimsOf(a), ['DNK>RUS:artillery_ammunition:asserted', 'DNK>RUS:artillery_ammunition:denied'])
    assert.deepEqual(a.support.map((c) => c.attributedTo), ['Paul Arden', 'Danemark'])
  })

  test("an unnamed speaker's role ends where the verb's auxiliary begins", () => {
    const a = analyze('Le gouverneur de la région a démenti que des instructeurs iraniens forment des soldats russes en Crimée.', 'fr')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:trainers:denied'])
    assert.equal(a.support[0]!.attributedTo, 'gouverneur de la région')
  })

  test('every claim keeps its evidence as an exact substring, with offsets and rule ids', () => {
    const text = 'Officials said Iran was supplying Russia with drones.'
    const a = analyze(text)
    const c = a.support[0]!
    assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text)
    assert.match(c.rule, /^support\./)
    assert.ok(c.entries.some((e) => e.includes('supply')))
  })

  test('materiel that is only talked about is not supplied', () => {
    assert.deepEqual(triplesOf(analyze("Paris n'a fourni aucune précision sur le nombre de missiles.", 'fr')), [])
    assert.deepEqual(triplesOf(analyze('The ministry provided no details about the drones.')), [])
  })

  test('the subject of a passive may stand before an apposition', () => {
    const a = analyze("La France va livrer des missiles à l'Ukraine. Ces armes, appelées des missiles Scalp, ont déjà été livrées à l'Ukraine.", 'fr')
    assert.deepEqual(claimsOf(a), ['FRA>UKR:missiles:alleged_future', 'FRA>UKR:missiles:reported'])
    assert.match(a.support[1]!.evidence.text, /livrées à l'Ukraine/)
  })

  test('a closing "X said" attributes the sentence; a participle after the claim does not', () => {
    const a = analyze('The United States will send Ukraine more Patriot interceptors under a package announced on Friday, the Pentagon said.')
    assert.equal(a.support[0]!.attributedTo, 'Pentagon')
  })

  test('a transfer under a condition is feared, not stated', () => {
    assert.deepEqual(claimsOf(analyze('If Iran sends ballistic missiles to Russia, Europe will respond.')), ['IRN>RUS:missiles:alleged_future'])
  })
})

describe('quotes and speakers', () => {
  test('postposed French incise with outlet, apposition and later surname reference', () => {
    const a = analyze(
      "« Les livraisons vont continuer », a déclaré à l'AFP Marc Duval, porte-parole du ministère des Armées. « Nous ne changerons rien », a ajouté M. Duval.",
      'fr',
    )
    assert.equal(a.quotes.length, 2)
    assert.equal(a.quotes[0]!.speaker, 'Marc Duval')
    assert.equal(a.quotes[0]!.outlet, 'AFP')
    assert.match(a.quotes[0]!.role ?? '', /porte-parole/)
    assert.equal(a.quotes[1]!.speaker, 'Marc Duval')
  })

  test('English split quote, pronoun and continuation paragraph', () => {
    const a = analyze('“The shipments are arriving,” said Helen Ward, a senior fellow at the Danube Forum, “and they will not stop.”\n“It is a long war,” she added.\n“Everyone here knows that the front needs more shells.”')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Helen Ward', 'Helen Ward', 'Helen Ward', 'Helen Ward'])
    assert.equal(a.quotes[3]!.kind, 'continuation')
  })

  test('preposed speaker with colon, and indirect "selon"', () => {
    const a = analyze('Le ministre Karl Weber a été clair : « Pas un seul soldat ne partira. » Selon Weber, « la décision est prise ».', 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Karl Weber', 'Karl Weber'])
  })

  test('unnamed officials keep their role; institutions speak for themselves', () => {
    const a = analyze('“This is much more likely now,” one official familiar with the talks said. “We reject these claims,” the Kremlin said.')
    assert.equal(a.quotes[0]!.speaker, null)
    assert.match(a.quotes[0]!.role ?? '', /official/)
    assert.equal(a.quotes[1]!.speaker, 'Kremlin')
  })

  test("an envoy's organisation is the state that sends him, not the host", () => {
    const en = analyze('"This is escalation," Russia\'s ambassador to the United States, Anatoly Antonov, wrote on Telegram.')
    assert.equal(en.quotes[0]!.org, 'Russia')
    const fr = analyze("« C'est une escalade », a déclaré l'ambassadeur de Russie aux États-Unis, Anatoli Antonov.", 'fr')
    assert.equal(fr.quotes[0]!.org, 'Russie')
  })

  test('a given name cut to its initial stays part of the name, and a later role refers to it', () => {
    const fr = analyze("« Nous avons trouvé l'argent », a déclaré lundi J. Novak à la radio. Les obus partiront « avant l'été », a ajouté le président slovène.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['J. Novak', 'J. Novak'])
    const en = analyze('"More shells are coming," said John F. Keller, the deputy minister. "The drones came from Iran," R. Patel told reporters.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['John F. Keller', 'R. Patel'])
  })

  test('an outlet citing someone passes the words to that someone and stays their outlet', () => {
    const fr = analyze("« Nous avons saisi 300 fusils », a déclaré le New York Times citant le capitaine John Reed, porte-parole de la marine. « Les livraisons ont repris », a indiqué l'AFP, citant un responsable du ministère.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => [q.speaker, q.outlet]), [['John Reed', 'New York Times'], [null, 'AFP']])
    assert.match(fr.quotes[1]!.role ?? '', /responsable/)
    const en = analyze('"We stopped 300 rifles in a week," the Wall Street Journal said, citing Captain John Reed, a spokesman for the navy.')
    assert.deepEqual(en.quotes.map((q) => [q.speaker, q.outlet]), [['John Reed', 'Wall Street Journal']])
    // Without a citation the outlet itself speaks.
    assert.deepEqual(analyze('"The route is closed," the Wall Street Journal said on Monday.').quotes.map((q) => q.speaker), ['Wall Street Journal'])
  })

  test('a reporting verb coordinated with the one before it has the sentence subject as speaker', () => {
    const fr = analyze("Le ministre Piotr Ivanov a rejeté l'accusation devant l'ONU et a déclaré que ces reproches étaient « ridicules », selon un média officiel.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Piotr Ivanov'])
    const en = analyze('Pyotr Ivanov rejected the charge before the UN and said the claims were "absurd and hypocritical".')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Pyotr Ivanov'])
    // A speech word after an article and before "were" is the subject noun, not a verb with a speaker of its own.
    const noun = analyze('Foreign Minister Anna Lind spoke after a meeting with the UN envoy and said the allegations were "baseless".')
    assert.deepEqual(noun.quotes.map((q) => q.speaker), ['Anna Lind'])
    const de = analyze('Verteidigungsminister Hans Keller wies den Vorwurf vor der UNO zurück und sagte, die Berichte seien „völlig absurd“.', 'de')
    assert.deepEqual(de.quotes.map((q) => q.speaker), ['Hans Keller'])
  })

  test('a sentence opened by "pour / per / para" and a speaker gives the quote to that speaker', () => {
    const fr = analyze("Pour le ministre des Affaires étrangères, Jan Kowal, « la Russie ne comprend que la force ». Pour Marc Dubois, chercheur, « l'Iran a intérêt à armer Moscou ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Jan Kowal', 'Marc Dubois'])
    assert.deepEqual(analyze('Per il ministro della Difesa, Marco Ferri, «la Russia capisce solo la forza».', 'it').quotes.map((q) => q.speaker), ['Marco Ferri'])
    assert.deepEqual(analyze('Para el ministro de Defensa, Luis García, «Rusia solo entiende la fuerza».', 'es').quotes.map((q) => q.speaker), ['Luis García'])
    // A goal or beneficiary is no speaker: the reporting verb decides.
    assert.deepEqual(analyze("Pour l'Ukraine, ces livraisons sont « vitales », a déclaré Jean Petit.", 'fr').quotes.map((q) => q.speaker), ['Jean Petit'])
  })

  test('an unnamed official "cité par" an outlet keeps the quote, with the official as role', () => {
    const a = analyze("« Les drones continuent d'arriver », selon un haut responsable ukrainien cité par l'AFP.", 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), [null])
    assert.match(a.quotes[0]!.role ?? '', /haut responsable ukrainien/)
  })

  test('a name after a preposition in the subject is a complement, not the speaker', () => {
    assert.deepEqual(analyze('Kim Yo Jong, the sister of Kim Jong Un, called the reports "absurd".').quotes.map((q) => q.speaker), ['Kim Yo Jong'])
    assert.deepEqual(analyze('Dmitry Peskov, the spokesman of Vladimir Putin, said the claims were "nonsense".').quotes.map((q) => q.speaker), ['Dmitry Peskov'])
    assert.deepEqual(analyze("Kim Yo-jong, la sœur de Kim Jong-un, a qualifié ces informations d'« absurdes ».", 'fr').quotes.map((q) => q.speaker), ['Kim Yo-jong'])
    // An unnamed spokesman is no one by name: the name after "de" stays in the role.
    const unnamed = analyze('Le porte-parole de Vladimir Poutine a qualifié ces informations de « mensonges ».', 'fr').quotes
    assert.deepEqual(unnamed.map((q) => [q.speaker, q.role]), [[null, 'porte-parole de Vladimir Poutine']])
  })

  test('"selon lui / d\'après elle" before a quotation refers to the person named before', () => {
    const a = analyze("Jean Morel, le ministre des Armées, a rencontré son homologue. Selon lui, « la Russie produit trois fois plus d'obus ». D'après lui, « rien ne change ».", 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Jean Morel', 'Jean Morel'])
  })

  test('a coordinated reporting verb after a pronoun subject has the pronoun’s antecedent as speaker', () => {
    const a = analyze('Chancellor Olaf Brandt spoke in Berlin. He called on Israel to allow access for aid groups, including UN agencies and other NGOs, and said Israel "must protect civilians in Gaza."')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Olaf Brandt'])
    const b = analyze('Foreign Minister Anna Lind met her Polish counterpart. She praised Warsaw for its help and said Ukraine "needs more air defence now."')
    assert.deepEqual(b.quotes.map((q) => q.speaker), ['Anna Lind'])
  })

  test('a state or institution speaking inside what a person is reported to say gives the words to the person', () => {
    const kirby = analyze('John Kirby, the White House spokesman, said on Wednesday that U.S. intelligence indicates that North Korea is "covertly" supplying Russia with shells.')
    assert.deepEqual(kirby.quotes.map((q) => q.speaker), ['John Kirby'])
    const lind = analyze('Foreign Minister Anna Lind said on Monday that Sweden warned Moscow that any attack would be "met with force".')
    assert.deepEqual(lind.quotes.map((q) => q.speaker), ['Anna Lind'])
    const blinken = analyze('Secretary of State Anthony Blinken said that Washington privately warned Iran that sending missiles to Russia would be a "dramatic escalation".')
    assert.deepEqual(blinken.quotes.map((q) => q.speaker), ['Anthony Blinken'])
    // A person inside keeps their own words.
    assert.deepEqual(analyze('Minister Anna Lind said that Putin warned Europe of "grave consequences".').quotes.map((q) => q.speaker), ['Putin'])
  })

  test('a role between commas right after a name, even with "a", is that person’s', () => {
    const a = analyze('"The UAE has sent drones to Sudan," Thomas Reed, a U.N. human rights expert, said.')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.role]), [['Thomas Reed', 'U.N. human rights expert']])
    const b = analyze('Maria Keller, a senior analyst at the Rand Corporation, said the drones were "clearly Iranian".')
    assert.deepEqual(b.quotes.map((q) => q.speaker), ['Maria Keller'])
    const c = analyze('Anna Lind, a Swedish lawmaker, called the shipments "a scandal".')
    assert.deepEqual(c.quotes.map((q) => q.speaker), ['Anna Lind'])
  })

  test('the words of a statement, report or tweet are its author’s, the institution that spoke before', () => {
    const a = analyze('The Israel Defense Forces said it struck a weapons depot. The depot belonged to Hezbollah. "We will keep acting against the smuggling," the tweet read.')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.rule]), [['Israel Defense Forces', 'quote.document-author']])
    const b = analyze('The Kremlin accused Warsaw of sending mercenaries to Ukraine. "Their number keeps growing," the statement said.')
    assert.deepEqual(b.quotes.map((q) => q.speaker), ['Kremlin'])
    // A person who spoke before is not taken for the author of a document.
    assert.deepEqual(analyze('Minister Anna Lind spoke on Monday. "We will keep helping," the statement read.').quotes.map((q) => q.speaker), [])
  })

  test('reflexive verbs of feeling report words ("s\'est inquiété", "s\'indigne"), and an object clitic ends an unnamed speaker\'s role', () => {
    const a = analyze("« C'est une escalade dangereuse », s'est inquiété le secrétaire général de l'ONU, Marc Lenoir. « Quelle honte », s'indigne une députée européenne.", 'fr')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.role]), [['Marc Lenoir', "secrétaire général de l'ONU"], [null, 'députée européenne']])
    const b = analyze("Le président français l'a répété jeudi : « Rien n'est exclu. »", 'fr')
    assert.deepEqual(b.quotes.map((q) => q.role), ['président français'])
  })

  test('an embassy speaks, with the state it belongs to in its name', () => {
    const fr = analyze("« Il n'y a aucun soldat iranien en Russie », a démenti l'ambassade d'Iran à Moscou.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ["ambassade d'Iran"])
    const en = analyze('"There are no Iranian soldiers in Russia," said the embassy of Iran in Moscow.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['embassy of Iran'])
  })

  test('an audience between the reporting verb and an inverted speaker is passed over', () => {
    const a = analyze("« Nous livrons ce que nous pouvons », a souligné mercredi devant la presse le porte-parole du gouvernement, Paul Girard. « Rien de plus », a ajouté devant les médias la ministre Anne Roy.", 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Paul Girard', 'Anne Roy'])
  })

  test('an adjunct of the verb of saying before an inverted speaker is passed over, and what it names does not speak', () => {
    const fr = analyze("« Nous ne livrerons pas de chars », a affirmé dans un entretien accordé au Monde le ministre allemand de la Défense, Karl Weber, à propos de l'Ukraine. « Cette crise menace la région », ont jugé dans un texte commun Madrid, Rome et Lisbonne. « Nous tiendrons parole », a déclaré devant le Parlement ukrainien le ministre britannique des Affaires étrangères.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Karl Weber', 'Madrid', null])
    assert.match(fr.quotes[2]!.role ?? '', /ministre britannique/)
    const es = analyze('«No enviaremos tanques a Ucrania», afirmó durante una rueda de prensa en Sevilla el ministro de Exteriores, Luis Ortega.', 'es')
    assert.deepEqual(es.quotes.map((q) => q.speaker), ['Luis Ortega'])
    const it = analyze("«Non invieremo carri armati», ha dichiarato in un'intervista alla Stampa il ministro della Difesa, Marco Bianchi.", 'it')
    assert.deepEqual(it.quotes.map((q) => q.speaker), ['Marco Bianchi'])
  })

  test('a state at the end of a list governed by "of" after a role does not speak for the role', () => {
    const en = analyze('"This crisis threatens regional peace," the foreign ministers of Spain, Italy and Portugal said. "We will send more shells," the governments of Poland and Romania said in a statement. "We will keep helping," said the leaders of Canada, Japan and Australia.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), [null, 'governments of Poland and Romania', null])
    assert.match(en.quotes[0]!.role ?? '', /foreign ministers/)
    assert.match(en.quotes[2]!.role ?? '', /leaders/)
  })

  test("a document's words with the verb or the source words before the document noun are its author's", () => {
    const fr = analyze("Le Pentagone a indiqué dans un communiqué que de nouveaux obus seraient envoyés. « Le paquet comprend des obus de 155 mm », précise le communiqué. Le groupe Nexter a annoncé mardi dans un communiqué la livraison de canons. L'usine produira « plusieurs milliers d'obus par an », selon le communiqué.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Pentagone', 'groupe Nexter'])
    const en = analyze('The Pentagon said in a statement that more shells would be sent. "The package includes 155mm rounds," said the statement.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Pentagon'])
    const far = analyze('The Pentagon said in a statement that more shells would be sent. Russia "used Iranian drones in strikes launched from Belarus" and from the Crimean Peninsula, the statement read.')
    assert.deepEqual(far.quotes.map((q) => q.speaker), ['Pentagon'])
  })

  test("the role of a state's body speaks, not the body that completes it", () => {
    const en = analyze('The commander of Iran\'s navy said the ships were "ready for any mission". A spokesman for Russia\'s defence ministry said the report was "a lie from start to end".')
    assert.deepEqual(en.quotes.map((q) => [q.speaker, q.role, q.org]), [[null, 'commander', "Iran's navy"], [null, 'spokesman', "Russia's defence ministry"]])
    const fr = analyze("Un porte-parole du ministère russe de la Défense a déclaré que le rapport était « un mensonge du début à la fin ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => [q.speaker, q.role]), [[null, 'porte-parole du ministère russe de la Défense']])
  })

  test('a state or a role after a preposition of view opening the sentence holds the view', () => {
    const fr = analyze("Pour la Chine, il s'agit de « manipulations politiques sans fondement ». Pour le ministre turc, ces livraisons sont « une erreur lourde de conséquences ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => [q.speaker, q.role]), [['Chine', null], [null, 'ministre turc']])
    const es = analyze('Para Pekín, estas acusaciones son «manipulaciones políticas sin fundamento».', 'es')
    assert.deepEqual(es.quotes.map((q) => q.speaker), ['Pekín'])
  })

  test('a linking adverb between the auxiliary and the verb of saying keeps the subject', () => {
    const fr = analyze("Le président Jean Martin avait par ailleurs annoncé sa volonté de former « 3 000 soldats et de leur fournir des munitions ». La ministre Claire Roux a en outre déclaré que ces armes étaient « indispensables ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Jean Martin', 'Claire Roux'])
  })

  test('an outlet after the words that describe it speaks, not its description', () => {
    const fr = analyze("D'après le quotidien britannique The Guardian, Londres envisage d'envoyer « une petite équipe de conseillers militaires ». Selon l'agence de presse officielle iranienne Irna, Téhéran « n'a livré aucune arme » à Moscou.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['The Guardian', 'Irna'])
    const en = analyze('"The drones came from Iran," the investigative website Bellingcat reported. According to the British daily The Guardian, London plans to send "a small team of military advisers" to Kyiv.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Bellingcat', 'The Guardian'])
  })

  test('a spokesperson named by role after someone with another function is someone else', () => {
    const fr = analyze("Le chef de la CDU, Friedrich Lang, juge cette position « incompréhensible ».\n\nLa porte-parole du gouvernement a indiqué que la décision serait prise « en étroite concertation avec nos alliés ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Friedrich Lang', null])
    const en = analyze('Defense Secretary Paul Grant called the transfer "a grave mistake". "We are reviewing the request," the spokesman said.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Paul Grant', null])
    // The same function still refers back: "le porte-parole" after "le porte-parole du Kremlin, X".
    const same = analyze("Le porte-parole du Kremlin, Ivan Petrov, a démenti. « Aucune arme n'a été reçue », a insisté le porte-parole.", 'fr')
    assert.deepEqual(same.quotes.map((q) => q.speaker), ['Ivan Petrov'])
  })

  test('quoted names and terms are not quotes', () => {
    const a = analyze('The so-called “kamikaze” drones, known as “Shahed-136”, hit the “Eastern Gate” district.')
    assert.equal(a.quotes.length, 0)
  })
})

describe('fragments, agents and links to other articles', () => {
  test('fragments listed before an incise are its speaker\'s', () => {
    const fr = analyze("Leur envoi répond aux critères fixés par la France : qu'ils soient « utiles au combat », « non escalatoires » et qu'ils « ne réduisent pas nos stocks », a expliqué la ministre Anne Roche.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Anne Roche', 'Anne Roche', 'Anne Roche'])
    const en = analyze('The jets must be "useful", "safe" and "quick to field," said Tom Baird, the defence minister.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Tom Baird', 'Tom Baird', 'Tom Baird'])
    const complements = analyze("Il faut des armes « utiles au combat » des Ukrainiens, « non escalatoires » vis-à-vis de la Russie et « sans effet sur nos stocks », a insisté Anne Roche.", 'fr')
    assert.deepEqual(complements.quotes.map((q) => q.speaker), ['Anne Roche', 'Anne Roche', 'Anne Roche'])
    // A term before a verb of its own is no fragment of the list.
    const term = analyze('La « coalition artillerie » consiste à « livrer des canons au plus vite », a déclaré Anne Roche.', 'fr')
    assert.deepEqual(term.quotes.map((q) => q.speaker), ['Anne Roche'])
  })

  test('the agent of another verb after a reporting verb is not its speaker', () => {
    const fr = analyze("Le texte répond aux conditions posées par la France : « pas de troupes au sol ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), [])
    const passive = analyze("« Ce sont des spéculations », a été démenti par le Kremlin.", 'fr')
    assert.deepEqual(passive.quotes.map((q) => q.speaker), ['Kremlin'])
  })

  test('a pronoun that goes on speaking is the last speaker, whoever was named since', () => {
    const fr = analyze("« Nous livrerons des obus », a déclaré le ministre Paul Brun.\n\nLe président Jean Valois avait évoqué l'envoi de troupes.\n\n« Il faudra aussi former des démineurs », a-t-il ajouté.", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Paul Brun', 'Paul Brun'])
    const en = analyze('"We will send shells," defence minister Paul Brown said.\n\nPresident John Vale had spoken of troops.\n\n"We also need deminers," he added.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Paul Brown', 'Paul Brown'])
    // Any other verb keeps the latest of the last speaker and the last person named.
    const said = analyze("« Nous livrerons des obus », a déclaré le ministre Paul Brun.\n\nLe président Jean Valois a reçu les chefs d'état-major.\n\n« La guerre sera longue », a-t-il estimé.", 'fr')
    assert.deepEqual(said.quotes.map((q) => q.speaker), ['Paul Brun', 'Jean Valois'])
  })

  test('people named in a "read also" link are no antecedents', () => {
    const text = "« Les chiffres restent secrets », a précisé la source.\n>> LIRE AUSSI - Quand Joe Biden recevra-t-il Volodymyr Zelensky ?\nLes missiles répondent à trois critères : « précision », « portée » et « discrétion », a-t-elle insisté."
    const fr = analyze(text, 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker ?? q.role), ['source', 'source', 'source', 'source'])
  })
})

describe('languages', () => {
  test('detects French and English and labels unsupported languages', () => {
    assert.equal(analyze('Les drones iraniens ont été livrés à la Russie selon les services de renseignement.', '').lang, 'fr')
    const de = analyze('Der Iran hat Drohnen an Russland geliefert, sagte der Minister am Samstag in Teheran.', '')
    assert.equal(de.lang, 'de')
    assert.equal(de.supported, true)
    const tr = analyze('İran, Rusya’ya insansız hava aracı gönderdiğini bir kez daha reddetti, dedi bakan.', '')
    assert.equal(tr.lang, 'tr')
    assert.equal(tr.supported, false)
    assert.match(tr.warnings[0] ?? '', /no lexicon/)
  })
})

describe('a role of another state is not the person just named', () => {
  test('"a réagi le secrétaire d\'Etat américain" after an Iranian minister: an unnamed American official', () => {
    const a = analyze("« Nous n'avons livré aucun drone », a assuré le ministre iranien Hossein Amir-Abdollahian. « C'est un mensonge », a réagi le secrétaire d'Etat américain.", 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Hossein Amir-Abdollahian', null])
    assert.match(a.quotes[1]!.role ?? '', /secrétaire d'Etat/)
    const en = analyze('"We sent no drones," said Iranian Foreign Minister Hossein Amir-Abdollahian. "That is a lie," the Ukrainian defence minister replied.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Hossein Amir-Abdollahian', null])
  })
  test('an official named by a definite role is on the record', () => {
    assert.deepEqual(claimsOf(analyze("Dmitri Peskov a nié tout achat. Le chef de la diplomatie iranienne a déclaré que l'Iran avait livré des drones à la Russie avant la guerre.", 'fr')), ['IRN>RUS:drones:confirmed'])
  })
})

describe('an impersonal report names the institution after it', () => {
  test('"« … », souligne-t-on à l\'Elysée" is the Elysée\'s; "a-t-il déclaré à l\'AFP" stays the speaker\'s', () => {
    const a = analyze("« Nous livrerons d'autres canons », a déclaré à l'AFP le ministre Jean Morel. « C'est une décision souveraine », souligne-t-on à l'Elysée. « Rien n'est décidé », précise-t-on au Kremlin.", 'fr')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Jean Morel', 'Elysée', 'Kremlin'])
  })
})

describe('an institution keeps its whole name', () => {
  test('"le ministère des Affaires étrangères russe", "le ministère de la Défense", "the Ministry of Foreign Affairs"', () => {
    const fr = analyze("Dans un communiqué, le ministère des Affaires étrangères russe a dénoncé « une provocation ». Le ministère de la Défense a assuré : « Tout va bien ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['ministère des Affaires étrangères russe', 'ministère de la Défense'])
    assert.equal(fr.quotes[0]!.speakerActor, 'RUS')
    assert.deepEqual(analyze('The Ministry of Foreign Affairs said: "No comment."').quotes.map((q) => q.speaker), ['Ministry of Foreign Affairs'])
  })
  test('« le ministère soudanais des Affaires étrangères », « le Conseil de sécurité nationale arménien »: a demonym before the complement, a lower-case complement after a head in capitals', () => {
    const fr = analyze("Le ministère soudanais des Affaires étrangères a rejeté des accusations « sans fondement ». Le Conseil de sécurité nationale arménien a dénoncé « une provocation ». Dans un communiqué, le ministère birman de l'Information fustige « des mensonges ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['ministère soudanais des Affaires étrangères', 'Conseil de sécurité nationale arménien', "ministère birman de l'Information"])
    assert.deepEqual(fr.quotes.map((q) => q.speakerActor), ['SDN', 'ARM', 'MMR'])
  })
  test('lower-case words before the head: "the Emirati foreign ministry", "the Ukrainian air force"', () => {
    const a = analyze('"We arm no one," the Emirati foreign ministry said. "Two missiles were downed," the Ukrainian air force said. "No," the German foreign ministry said.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Emirati foreign ministry', 'Ukrainian air force', 'German foreign ministry'])
  })
  test('a name in capitals goes on over "of" and "for the" up to its verb', () => {
    const a = analyze('"Russia is regrouping," the Institute for the Study of War said. "No," the Ministry of Defence said. "Maybe," the Islamic Revolutionary Guard Corps said.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Institute for the Study of War', 'Ministry of Defence', 'Islamic Revolutionary Guard Corps'])
  })
  test('back over "and" between words in capitals: "Armenia\'s National Security and Defence Council denounced…"', () => {
    const a = analyze('Armenia\'s National Security and Defence Council denounced "a provocation". "We saw no drones," Sudan\'s Sovereignty and Security Council said.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ["Armenia's National Security and Defence Council", "Sudan's Sovereignty and Security Council"])
    // (Two bodies joined by "and" stay two: the last one speaks.)
    assert.deepEqual(analyze('Hamas and Islamic Jihad said the attack was "a response".').quotes.map((q) => q.speaker), ['Islamic Jihad'])
  })
  test('a role word that names a body speaks as that body, unless it follows "of" or "for"', () => {
    const a = analyze(`"Shells arrived," Ukraine's military intelligence agency said. "No," the South Korean intelligence service said. "Maybe," a spokesman for the intelligence agency said.`)
    assert.deepEqual(a.quotes.map((q) => q.speaker), ["Ukraine's military intelligence agency", 'South Korean intelligence service', null])
  })
})

describe('promises and reports introduce words too', () => {
  test('« a promis de « … » », "vowed to “…”", « a fait état de « … » »', () => {
    const fr = analyze("Le chef des Houthis a promis de « frapper chaque navire ». Le Hamas a juré de « poursuivre la lutte ». L'armée soudanaise a fait état de « combats acharnés » à El-Fasher. Le ministre turc a vanté « un partenariat exemplaire ».", 'fr')
    // (An unnamed person keeps no name: their role says who they are.)
    assert.deepEqual(fr.quotes.map((q) => [q.speaker ?? q.role, q.text]), [
      ['chef des Houthis', 'frapper chaque navire'],
      ['Hamas', 'poursuivre la lutte'],
      ['armée soudanaise', 'combats acharnés'],
      ['ministre turc', 'un partenariat exemplaire'],
    ])
    const en = analyze('Hezbollah vowed to "avenge every martyr". Azerbaijan promised to "restore order" in the region.')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Hezbollah', 'Azerbaijan'])
  })
  test('but not a word of launching used as a noun: « au lancement de la coalition qui « … » »', () => {
    const fr = analyze("Le ministre a procédé au lancement d'une coalition qui « vise à renforcer la défense aérienne ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), [])
  })
})

describe('a definite word of vague function right after a named speaker', () => {
  test('"Le diplomate a ajouté", "The official added": the person who just spoke', () => {
    const fr = analyze("« Nous n'avons rien livré », a dit le porte-parole iranien Nasser Kanani. Le diplomate a ajouté que Téhéran restait « neutre ».", 'fr')
    assert.deepEqual(fr.quotes.map((q) => q.speaker), ['Nasser Kanani', 'Nasser Kanani'])
    const en = analyze('"We delivered nothing," Iranian spokesman Nasser Kanani said. The official added that Tehran remained "neutral".')
    assert.deepEqual(en.quotes.map((q) => q.speaker), ['Nasser Kanani', 'Nasser Kanani'])
  })
  test('but an unnamed official, or several, stay unnamed', () => {
    assert.deepEqual(analyze('"We see no change," a senior US official said. The official added that talks would "go on".').quotes.map((q) => q.speaker), [null, null])
    assert.deepEqual(analyze('"We delivered nothing," Iranian spokesman Nasser Kanani said. Two officials later said "shipments continued".').quotes.map((q) => q.speaker), ['Nasser Kanani', null])
    assert.deepEqual(analyze("« Nous n'avons rien livré », a dit Nasser Kanani. Des responsables ont ensuite évoqué « des livraisons ».", 'fr').quotes.map((q) => q.speaker), ['Nasser Kanani', null])
  })
})

describe('whom an unnamed speaker spoke to', () => {
  test('is no part of the role', () => {
    const roles = (text: string, lang = 'fr'): Array<string | null> => analyze(text, lang).quotes.map((q) => q.role)
    assert.deepEqual(roles("« Nous sommes ici pour former l'armée nigérienne », a expliqué un responsable russe à la télévision d'État."), ['responsable russe'])
    assert.deepEqual(roles("« Nous livrerons des obus », a déclaré un diplomate européen à l'AFP."), ['diplomate européen'])
    assert.deepEqual(analyze("« Nous sommes ici pour former l'armée nigérienne », a expliqué un responsable russe à la télévision d'État.", 'fr').support.map((c) => c.attributedTo), ['responsable russe'])
  })
})

describe('an acronym quoted after its full name', () => {
  test('speaks as the full name written before it, with no owner or sentence adverb', () => {
    const a = analyze(`U.S. Central Command said its forces seized a dhow. "The cargo was bound for the Houthis," CENTCOM said. The Israel Defense Forces struck a convoy. "It carried rockets," the IDF said. Iran's Islamic Revolutionary Guard Corps has shipped drones to Sudan. "We sent nothing," the IRGC said.`)
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['U.S. Central Command', 'Israel Defense Forces', 'Islamic Revolutionary Guard Corps'])
  })
  test('and as itself when the full name comes after it, or no name spells it', () => {
    const a = analyze(`"Iran keeps arming the Houthis," CENTCOM said. U.S. Central Command added that it seized a dhow. The Pentagon and the White House spoke. "We agree," the NSC said.`)
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['CENTCOM', 'NSC'])
  })
  test('a claim it makes is attributed to the full name too', () => {
    const a = analyze('US Central Command said on Monday that its forces seized a dhow. CENTCOM said Iran had sent the missiles to the Houthis.')
    assert.deepEqual(a.support.map((c) => c.attributedTo), ['US Central Command'])
  })
})

describe('« un paquet d’aide » is aid, and a pronoun after it stands for it', () => {
  test('« Il comprend… » lists what the package of the sentence before holds', () => {
    assert.deepEqual(triplesOf(analyze("Washington a dévoilé un nouveau paquet d'aide pour Israël. Il comprend des bombes guidées et des intercepteurs.", 'fr')), ['USA>ISR:other_weapons', 'USA>ISR:air_defence'])
    assert.deepEqual(triplesOf(analyze("Ankara a promis un paquet d'aide à l'Azerbaïdjan. Il comprend des drones Bayraktar.", 'fr')), ['TUR>AZE:other_weapons', 'TUR>AZE:drones'])
    assert.deepEqual(triplesOf(analyze('Turkey promised an aid package to Azerbaijan on Monday. It includes Bayraktar drones.')), ['TUR>AZE:other_weapons', 'TUR>AZE:drones'])
  })
})

describe('a pronoun that promises to give, after a leader named in the sentence before', () => {
  test('« Il a promis de livrer… », "He promised to supply…": the leader’s state gives', () => {
    assert.deepEqual(claimsOf(analyze('Kim Jong-un a reçu Vladimir Poutine à Pyongyang. Il a promis de livrer des obus à la Russie.', 'fr')), ['PRK>RUS:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Recep Tayyip Erdogan s'est rendu à Bakou. Il s'est engagé à fournir des drones à l'Azerbaïdjan.", 'fr')), ['TUR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Kim Jong Un hosted Vladimir Putin in Pyongyang. He promised to supply shells to Russia.')), ['PRK>RUS:artillery_ammunition:alleged_future'])
  })
})

describe('a pronoun listing the contents of a package that names no materiel of its own', () => {
  test('the package’s sentence gives the sides, the contents clause may give the recipient', () => {
    assert.deepEqual(claimsOf(analyze('Germany announced a new package for Ukraine. It contains IRIS-T missiles and Leopard tanks.')), ['DEU>UKR:air_defence:alleged_future', 'DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('The United States unveiled a new $300 million package on Friday. It includes guided bombs for Israel.')), ['USA>ISR:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(analyze("Ankara a annoncé un nouveau paquet pour l'Azerbaïdjan. Il comprend des drones Bayraktar.", 'fr')), ['TUR>AZE:drones:alleged_future'])
  })
  test('a pronoun with no package before lists nothing', () => {
    assert.deepEqual(triplesOf(analyze('Germany met Ukraine’s ministers on Friday. It includes IRIS-T missiles.')), [])
  })
})

describe('foreign-made weapons downed by a party to a war, or over its land', () => {
  test('were used against it by the state it is at war with (reported)', () => {
    assert.deepEqual(claimsOf(analyze('Ukraine shot down 40 Iranian drones overnight.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Ukrainian air defences downed 25 Shahed drones on Sunday.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Des missiles nord-coréens ont été abattus au-dessus de Kharkiv.', 'fr')), ['PRK>RUS:missiles:reported'])
  })
  test('not the downing party’s enemy’s own weapons, nor a state at war with an armed group only, nor a named launcher', () => {
    assert.deepEqual(triplesOf(analyze('Ukraine shot down Russian drones over Kharkiv.')), [])
    assert.deepEqual(triplesOf(analyze('Israel intercepted Iranian missiles over the Negev.')), [])
    assert.deepEqual(triplesOf(analyze('Ukraine shot down North Korean missiles fired by Russia.')), ['PRK>RUS:missiles'])
  })
})

describe('deeds that are no support', () => {
  test('officers or experts beside their state who do something with an object in a place are not present there as personnel', () => {
    assert.deepEqual(triplesOf(analyze('American officers met their Polish counterparts in Warsaw.')), [])
    assert.deepEqual(triplesOf(analyze('Israeli experts attended a conference in Paris.')), [])
    assert.deepEqual(triplesOf(analyze('Russian officers are in Mali.')), ['RUS>MLI:technical_support'])
  })
  test('helping a state build what is no materiel passes no know-how to produce', () => {
    assert.deepEqual(triplesOf(analyze('Turkish engineers are helping Qatar build a stadium.')), ['TUR>QAT:technical_support'])
    assert.deepEqual(triplesOf(analyze('Des ingénieurs turcs aident le Qatar à construire un stade.', 'fr')), ['TUR>QAT:technical_support'])
    assert.deepEqual(triplesOf(analyze('China is helping Myanmar produce rifles.')), ['CHN>MMR:production_licence'])
  })
})

describe('a denial that comes before what it denies', () => {
  test('rebuts the denier’s own transfer in the two sentences after', () => {
    assert.deepEqual(claimsOf(analyze("Téhéran dément. Selon Washington, l'Iran a livré des missiles balistiques aux Houthis.", 'fr')), ['IRN>YEM:missiles:confirmed', 'IRN>YEM:missiles:denied'])
    assert.deepEqual(claimsOf(analyze('Egypt again denied any involvement in the war in Sudan. According to the UN panel, Egyptian drones were used by the Sudanese army.')), ['EGY>SDN:drones:reported', 'EGY>SDN:drones:denied'])
  })
  test('not a transfer the denier receives, nor one three sentences on', () => {
    assert.deepEqual(claimsOf(analyze('Russia denied bombing the hospital. Iran has supplied drones to Russia, officials said.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(analyze("Téhéran dément. Le ministre s'est exprimé jeudi. La presse était nombreuse. L'Iran a livré des missiles aux Houthis.", 'fr')), ['IRN>YEM:missiles:reported'])
  })
})

describe('a state’s body or official denying a transfer named by its noun', () => {
  test('"Iran’s foreign minister denied any arms shipments to the Houthis": the state owning the subject denies its own', () => {
    assert.deepEqual(claimsOf(analyze("Iran's foreign minister denied any arms shipments to the Houthis.")), ['IRN>YEM:other_weapons:denied'])
    assert.deepEqual(claimsOf(analyze("Egypt's foreign ministry rejected reports of drone deliveries to the Sudanese army.")), ['EGY>SDN:drones:denied'])
  })
})
