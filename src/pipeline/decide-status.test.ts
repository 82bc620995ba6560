import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze } from '../../test/knowledge.js'

// Status classes seen on news the extractor had never seen, each tested with sentences written for this project.
const voices = (text: string, lang = 'en'): string[] => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)

describe('status: "opposition" naming a speaker is no refusal', () => {
  test('an opposition lawmaker or leader states a transfer', () => {
    assert.deepEqual(voices('Opposition lawmaker Jan Novak said the Czech Republic was secretly selling ammunition to Myanmar.'), ['CZE>MMR:asserted:Jan Novak'])
    assert.deepEqual(voices('Israeli opposition leader Yair Lapid said Iran had shipped rockets to Hezbollah through Syria.'), ['IRN>HEZBOLLAH:asserted:Yair Lapid'])
    assert.deepEqual(voices("La députée de l'opposition Claire Martin a affirmé que la Serbie vendait des obus à l'Ukraine.", 'fr').map((v) => v.split(':')[1]), ['asserted'])
    assert.deepEqual(voices('Die Oppositionsabgeordnete Anna Weber warf Israel vor, Waffen an Aserbaidschan zu verkaufen.', 'de'), ['ISR>AZE:asserted:Anna Weber'])
  })
  test('opposing a transfer still refuses it', () => {
    assert.deepEqual(voices('Berlin has so far opposed sending Taurus missiles to Ukraine.'), ['DEU>UKR:denied:Berlin'])
  })
})

describe('status: the White House in German, with its article in the nominative', () => {
  test('"das Weiße Haus" speaks before or after the claim', () => {
    assert.deepEqual(voices('Das Weiße Haus teilte mit, Nordkorea habe Artilleriegranaten an Russland geliefert.', 'de'), ['PRK>RUS:confirmed:Weiße Haus'])
    assert.deepEqual(voices('Der Iran habe Raketen an die Huthis geliefert, sagte das Weiße Haus.', 'de'), ['IRN>YEM:confirmed:Weiße Haus'])
  })
})

describe('status: a state that offers to make a transfer itself', () => {
  test('« proposer de » + its own transfer verb is an offer, still to come', () => {
    assert.deepEqual(voices("L'Iran a proposé de vendre des drones à l'armée soudanaise.", 'fr').map((v) => v.split(':')[1]), ['alleged_future'])
    assert.deepEqual(voices('Téhéran propose de livrer des drones au Soudan.', 'fr').map((v) => v.split(':')[1]), ['alleged_future'])
    assert.deepEqual(voices('Ankara proposait de vendre des drones Bayraktar à la Birmanie.', 'fr').map((v) => v.split(':')[1]), ['alleged_future'])
  })
  test('proposing that another state deliver stays advice', () => {
    assert.deepEqual(voices("Paris propose que l'Allemagne livre des missiles Taurus à l'Ukraine.", 'fr').map((v) => v.split(':')[1]), ['opinion'])
  })
})

describe('status: a request verb in the incise after the claim', () => {
  test('German „forderte“, „verlangte“, „mahnte“ after a Konjunktiv I claim', () => {
    assert.deepEqual(voices('Deutschland müsse der Ukraine Kampfjets liefern, forderte der CDU-Politiker Roderich Kiesewetter.', 'de'), ['DEU>UKR:opinion:Roderich Kiesewetter'])
    assert.deepEqual(voices('Deutschland solle Israel mehr Luftabwehrsysteme liefern, verlangte Benny Gantz.', 'de'), ['DEU>ISR:opinion:Benny Gantz'])
    assert.deepEqual(voices('Die Bundesregierung müsse endlich Taurus an die Ukraine liefern, mahnte der Grünen-Politiker Anton Hofreiter.', 'de'), ['DEU>UKR:opinion:Anton Hofreiter'])
  })
  test('English and French incises', () => {
    assert.deepEqual(voices('Israel should sell Iron Dome batteries to Azerbaijan, Ilham Aliyev urged.'), ['ISR>AZE:opinion:Ilham Aliyev'])
    assert.deepEqual(voices("L'Allemagne doit livrer des missiles Taurus à l'Ukraine, a plaidé le député Roderich Kiesewetter.", 'fr'), ['DEU>UKR:opinion:Roderich Kiesewetter'])
  })
  test('a verb of saying leaves a reported plan, and a request in a causal clause is no incise', () => {
    assert.deepEqual(voices('Deutschland solle der Ukraine im Sommer Taurus liefern, sagte Kiesewetter.', 'de').map((v) => v.split(':')[1]), ['alleged_future'])
    assert.deepEqual(voices('Japan will send Patriot interceptors to the Philippines because Manila asked.').map((v) => v.split(':')[1]), ['alleged_future'])
  })
})

describe('status: a law, a policy or a ban that prevents a transfer', () => {
  const statuses = (text: string, lang = 'en'): string[] => analyze(text, lang).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}`)
  test('prevents, bars, bans: the transfer does not happen', () => {
    assert.deepEqual(statuses('A national policy prevents South Korea from supplying weapons to Ukraine.'), ['KOR>UKR:denied'])
    assert.deepEqual(statuses('Congress barred the United States from selling F-35 jets to Turkey.'), ['USA>TUR:denied'])
    assert.deepEqual(statuses('Germany banned arms sales to Saudi Arabia in 2018.'), ['DEU>SAU:denied'])
    assert.deepEqual(statuses("Une loi empêche la Corée du Sud de fournir des armes à l'Ukraine.", 'fr'), ['KOR>UKR:denied'])
    assert.deepEqual(statuses('Ein Gesetz verbietet Südkorea, Waffen an die Ukraine zu liefern.', 'de'), ['KOR>UKR:denied'])
    assert.deepEqual(statuses('Die Bundesregierung verbot 2018 Rüstungsexporte nach Saudi-Arabien.', 'de'), ['DEU>SAU:denied'])
  })
  test('a ban defied or violated is granted, and the transfer stands', () => {
    assert.deepEqual(statuses('Despite a UN ban, Iran shipped missiles to the Houthis.'), ['IRN>YEM:reported'])
    assert.deepEqual(statuses('In violation of an arms ban, Iran shipped missiles to the Houthis.'), ['IRN>YEM:reported'])
    assert.deepEqual(statuses("Malgré l'interdiction de l'ONU, l'Iran a livré des missiles aux Houthis.", 'fr'), ['IRN>YEM:reported'])
  })
})

describe('status: a pronoun for an official named only by a role in a sentence before', () => {
  test('he, she, il, elle, er: the role speaks on the record', () => {
    assert.deepEqual(voices('The Azerbaijani defence minister visited Ankara on Tuesday. He said Turkey had delivered Bayraktar drones to Azerbaijan.'), ['TUR>AZE:confirmed:Azerbaijani defence minister'])
    assert.deepEqual(voices('The State Department spokeswoman held a briefing on Monday. She said Iran had shipped rockets to Hezbollah.'), ['IRN>HEZBOLLAH:confirmed:State Department spokeswoman'])
    assert.deepEqual(voices("Le ministre des Armées s'est rendu à Erevan mardi. Il a affirmé que la France avait livré des canons Caesar à l'Arménie.", 'fr'), ['FRA>ARM:confirmed:ministre des Armées'])
    assert.deepEqual(voices("Le ministre des Armées s'est rendu à Erevan mardi. Selon lui, la France a livré des canons Caesar à l'Arménie.", 'fr'), ['FRA>ARM:confirmed:ministre des Armées'])
    assert.deepEqual(voices('Der Verteidigungsminister besuchte am Dienstag Kiew. Er sagte, Deutschland habe der Ukraine Leopard-Panzer übergeben.', 'de'), ['DEU>UKR:confirmed:Verteidigungsminister'])
  })
  test('a person named after the role, or a pronoun of the other gender, is not that role', () => {
    assert.deepEqual(voices("La porte-parole du gouvernement a parlé lundi. Il a affirmé que l'Iran avait livré des drones à la Russie.", 'fr').map((v) => v.split(':')[1]), ['reported'])
    assert.deepEqual(voices('The defence minister met Senator Jan Novak on Monday. Jan Novak spoke first. He said Serbia had sold shells to Ukraine.'), ['SRB>UKR:asserted:Jan Novak'])
  })
})

describe('status: a party that speaks for itself in an aside', () => {
  test('„nach eigenen Angaben“, "by its own account", « selon ses propres chiffres »: the subject confirms', () => {
    assert.deepEqual(voices('Die USA haben nach eigenen Angaben weitere Raketen an die Ukraine geliefert.', 'de'), ['USA>UKR:confirmed:USA'])
    assert.deepEqual(voices('Die Türkei hat eigenen Angaben zufolge 40 Drohnen an Aserbaidschan geliefert.', 'de'), ['TUR>AZE:confirmed:Türkei'])
    assert.deepEqual(voices('Nach eigenen Angaben hat die Türkei 40 Drohnen an Aserbaidschan geliefert.', 'de'), ['TUR>AZE:confirmed:Türkei'])
    assert.deepEqual(voices('Turkey has, by its own account, delivered 40 Bayraktar drones to Azerbaijan.'), ['TUR>AZE:confirmed:Turkey'])
    assert.deepEqual(voices("La Turquie a, selon ses propres chiffres, livré 40 drones à l'Azerbaïdjan.", 'fr'), ['TUR>AZE:confirmed:Turquie'])
  })
  test('„nach Angaben“ of someone else still names that other speaker', () => {
    assert.deepEqual(voices('Der Iran hat nach Angaben der USA ballistische Raketen an Russland geliefert.', 'de'), ['IRN>RUS:confirmed:USA'])
  })
})

describe('status: the next sentence points back and names who said it', () => {
  test('„Das teilte … mit“, „Dies sagte …“, « C’est ce qu’a annoncé … »', () => {
    assert.deepEqual(voices('Deutschland hat Israel zwei Patriot-Systeme übergeben. Das teilte das Verteidigungsministerium am Montag mit.', 'de'), ['DEU>ISR:confirmed:Verteidigungsministerium'])
    assert.deepEqual(voices('Nordkorea hat Russland Raketen geliefert. Dies sagte der südkoreanische Verteidigungsminister.', 'de'), ['PRK>RUS:confirmed:südkoreanische Verteidigungsminister'])
    assert.deepEqual(voices("La France a livré six canons Caesar à l'Arménie. C'est ce qu'a annoncé le ministère des Armées lundi.", 'fr'), ['FRA>ARM:confirmed:ministère des Armées'])
  })
  test('an article opening a sentence of its own points back to nothing', () => {
    assert.deepEqual(voices('Nordkorea hat Russland Raketen geliefert. Das Weiße Haus sagte, es sei besorgt.', 'de'), ['PRK>RUS:reported:null'])
  })
})

describe('status: wishing or hoping for a transfer', () => {
  test('the recipient hopes: a plea', () => {
    assert.deepEqual(voices('Kyiv hopes to receive Taurus missiles from Germany.'), ['DEU>UKR:opinion:Kyiv'])
    assert.deepEqual(voices("Kiev espère recevoir des missiles Taurus de l'Allemagne.", 'fr'), ['DEU>UKR:opinion:Kiev'])
    assert.deepEqual(voices('Die Ukraine hofft, von Deutschland Taurus-Marschflugkörper zu erhalten.', 'de'), ['DEU>UKR:opinion:Ukraine'])
  })
  test('the supplier wants or hopes to make it: a plan', () => {
    assert.deepEqual(voices('The Netherlands wants to deliver F-16 jets to Ukraine.').map((v) => v.split(':')[1]), ['alleged_future'])
    assert.deepEqual(voices('Turkey hopes to sell more Bayraktar drones to Azerbaijan this year.').map((v) => v.split(':')[1]), ['alleged_future'])
    assert.deepEqual(voices("La France souhaite livrer des canons Caesar à l'Arménie.", 'fr').map((v) => v.split(':')[1]), ['alleged_future'])
    assert.deepEqual(voices("L'Iran souhaite vendre des drones à l'armée soudanaise.", 'fr').map((v) => v.split(':')[1]), ['alleged_future'])
  })
})

describe('status: the next sentence confirms what the one before says', () => {
  test('a subject confirms it, this, « l’ », „dies“ or the transfer noun', () => {
    assert.deepEqual(voices('The United States has delivered 31 Abrams tanks to Ukraine. The Pentagon confirmed the delivery on Monday.'), ['USA>UKR:confirmed:Pentagon'])
    assert.deepEqual(voices("Iran has sent drones to Russia. Iran's foreign minister confirmed it on Saturday.").map((v) => v.split(':')[1]), ['confirmed'])
    assert.deepEqual(voices("La France a livré six canons Caesar à l'Arménie. Le ministère des Armées l'a confirmé lundi.", 'fr'), ['FRA>ARM:confirmed:ministère des Armées'])
    assert.deepEqual(voices('Deutschland hat Israel zwei Patriot-Systeme übergeben. Das Verteidigungsministerium bestätigte die Lieferung am Montag.', 'de'), ['DEU>ISR:confirmed:Verteidigungsministerium'])
    assert.deepEqual(voices('Deutschland hat Israel zwei Patriot-Systeme übergeben. Das Verteidigungsministerium bestätigte dies am Montag.', 'de'), ['DEU>ISR:confirmed:Verteidigungsministerium'])
  })
  test('a confirmation of something else, or a sentence of its own, leaves the claim as it was', () => {
    assert.deepEqual(voices('Iran has sent drones to Russia. The Pentagon confirmed that Iran had trained Russian pilots.').filter((v) => v.startsWith('IRN>RUS:reported')), ['IRN>RUS:reported:null'])
    assert.deepEqual(voices('Iran has sent drones to Russia. The drones were used against Kyiv.'), ['IRN>RUS:reported:null'])
  })
})

describe('status: a speaker convinced that a transfer happens', () => {
  test('"is convinced that", « se dit convaincu que », „zeigte sich überzeugt, dass“ hedge the claim', () => {
    assert.deepEqual(voices('Analyst Jack Watling is convinced that Chinese firms supply drone parts to Russia.'), ['CHN>RUS:asserted:Jack Watling'])
    assert.deepEqual(voices("Le ministre israélien se dit convaincu que l'Iran livre des missiles aux Houthis.", 'fr').map((v) => v.split(':')[1]), ['asserted'])
    assert.deepEqual(voices('Der Experte Gustav Gressel zeigte sich überzeugt, dass der Iran Raketen an Russland geliefert hat.', 'de'), ['IRN>RUS:asserted:Gustav Gressel'])
  })
})

describe('status: a modal of possibility over a past or ongoing transfer', () => {
  test('« pourrait avoir livré », « pourrait être en train de livrer » are the conditional mood, as « aurait livré »; « pourrait livrer » is still to come', () => {
    assert.deepEqual(voices("L'Égypte pourrait avoir livré des drones à l'armée soudanaise, selon Washington.", 'fr'), ['EGY>SDN:reported:Washington'])
    assert.deepEqual(voices("Selon Bakou, l'Iran pourrait être en train de livrer des drones à l'Arménie.", 'fr'), ['IRN>ARM:reported:Bakou'])
    assert.deepEqual(voices("Selon Séoul, la Corée du Nord pourrait déjà avoir envoyé des obus à la Russie.", 'fr'), ['PRK>RUS:reported:Séoul'])
    assert.deepEqual(voices("Selon Séoul, la Corée du Nord pourrait livrer des missiles à la Russie.", 'fr'), ['PRK>RUS:alleged_future:Séoul'])
  })
})

describe('status: not ruling out a transfer considers it', () => {
  test('« n’a pas exclu de fournir », « n’excluait pas l’envoi » in any tense are plans, not denials', () => {
    assert.deepEqual(voices("Ankara n'a pas exclu de fournir des drones à l'Azerbaïdjan, a indiqué le ministre.", 'fr'), ['TUR>AZE:alleged_future:ministre'])
    assert.deepEqual(voices("Le Caire n'excluait pas l'envoi de troupes au Soudan.", 'fr').map((v) => v.split(':').slice(0, 2).join(':')), ['EGY>SDN:alleged_future'])
  })
})

describe('status: a wish over a clause whose own subject supplies', () => {
  test('"I hope Iran will not send…", « J’espère que la Chine ne livrera pas… » argue about the transfer (opinion), made or not', () => {
    assert.deepEqual(voices('We hope Egypt will not send drones to Sudan, the Sudanese envoy said.').map((v) => v.split(':').slice(0, 2).join(':')), ['EGY>SDN:opinion'])
    assert.deepEqual(voices("Le ministre espère que l'Iran ne fournira pas de missiles aux Houthis.", 'fr').map((v) => v.split(':').slice(0, 2).join(':')), ['IRN>YEM:opinion'])
    assert.deepEqual(voices('Kyiv hopes Germany will send Taurus missiles to Ukraine.').map((v) => v.split(':').slice(0, 2).join(':')), ['DEU>UKR:opinion'])
  })
  test('a negation with no wish over it still denies', () => {
    assert.deepEqual(voices('Egypt will not send drones to Sudan, the minister said.').map((v) => v.split(':').slice(0, 2).join(':')), ['EGY>SDN:denied'])
  })
})
