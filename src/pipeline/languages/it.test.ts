import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

const it = (text: string) => analyze(text, 'it')

describe('Italian: supply, acquisition and use', () => {
  test('"armare X e altri miliziani": those armed receive weapons, they are not troops given', () => {
    assert.deepEqual(triplesOf(it("Il diplomatico ha ammesso che l'Iran ha armato Hezbollah e altri miliziani libanesi.")), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Irán ha armado a Hamás y a otros milicianos palestinos.', 'es')), ['IRN>HAMAS:other_weapons'])
    assert.deepEqual(triplesOf(analyze("L'Iran a armé le Hezbollah et d'autres miliciens chiites.", 'fr')), ['IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Irán equipó a los combatientes hutíes con drones.', 'es')), ['IRN>YEM:drones'])
  })

  test('active verbs with the article glued to "a" (alla, all\'): passato prossimo and future', () => {
    assert.deepEqual(claimsOf(it("L'Iran ha fornito droni Shahed alla Russia.")), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(it("La Germania invierà due sistemi Patriot all'Ucraina il mese prossimo.")), ['DEU>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(it("La Francia ha consegnato cannoni Caesar all'Ucraina, ha confermato il ministro della Difesa.")), ['FRA>UKR:other_weapons:confirmed'])
    assert.deepEqual(triplesOf(it("La Turchia ha venduto droni Bayraktar all'Azerbaigian.")), ['TUR>AZE:drones'])
    assert.deepEqual(claimsOf(it("La Norvegia ha donato 500 milioni di euro all'Ucraina.")), ['NOR>UKR:financial:reported'])
    assert.deepEqual(triplesOf(it("L'Italia ha inviato sistemi di difesa aerea Samp-T all'Ucraina.")), ['ITA>UKR:air_defence'])
  })

  test('passives with "essere" and "venire": "da" names the supplier', () => {
    assert.deepEqual(triplesOf(it("I carri armati Leopard sono stati consegnati all'Ucraina dalla Spagna in aprile.")), ['ESP>UKR:armour'])
    assert.deepEqual(triplesOf(it("Vengono forniti proiettili d'artiglieria alla Russia dalla Corea del Nord.")), ['PRK>RUS:artillery_ammunition'])
  })

  test('purchases and receipts: bought or received "dal" seller', () => {
    assert.deepEqual(triplesOf(it('La giunta birmana ha acquistato aerei da combattimento dalla Russia.')), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(it("L'Armenia ha acquistato sistemi d'artiglieria dall'India.")), ['IND>ARM:other_weapons'])
    assert.deepEqual(triplesOf(it("L'Arabia Saudita ha acquistato armi dagli Stati Uniti.")), ['USA>SAU:other_weapons'])
    assert.deepEqual(triplesOf(it('Israele ha ricevuto bombe guidate dagli Stati Uniti.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(claimsOf(it('Washington ha approvato la vendita di missili a Taiwan.')), ['USA>TWN:missiles:alleged_future'])
  })

  test('materiel of foreign make used by a party is supply by origin, reported', () => {
    assert.deepEqual(claimsOf(it('Gli Houthi hanno lanciato missili di fabbricazione iraniana contro navi nel Mar Rosso.')), ['IRN>YEM:missiles:reported'])
    assert.deepEqual(claimsOf(it('La Russia ha utilizzato missili nordcoreani contro Kiev.')), ['PRK>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(it('La Russia spara missili nordcoreani contro Kharkiv.')), ['PRK>RUS:missiles:reported'])
  })

  test('fighters after "a" who receive weapons are the recipient, not supplied troops', () => {
    assert.deepEqual(triplesOf(it("L'Iran fornisce armi ai miliziani yemeniti.")), ['IRN>YEM:other_weapons'])
    assert.deepEqual(triplesOf(it('Teheran ha inviato missili ai combattenti siriani.')), ['IRN>SYR:missiles'])
    assert.deepEqual(triplesOf(it('La Corea del Nord ha inviato soldati in Russia.')), ['PRK>RUS:troops'])
  })

  test('training, deployment and arming', () => {
    assert.deepEqual(triplesOf(it('Il Regno Unito ha addestrato migliaia di soldati ucraini.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(it('Gli istruttori francesi hanno addestrato piloti ucraini.')), ['FRA>UKR:trainers'])
    assert.deepEqual(claimsOf(it("L'Iran avrebbe addestrato miliziani houthi nello Yemen.")), ['IRN>YEM:trainers:reported'])
    assert.deepEqual(triplesOf(it('La Russia ha schierato truppe in Mali.')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(it("L'Iran ha armato Hamas per anni, ha ammesso il diplomatico iraniano.")), ['IRN>HAMAS:other_weapons'])
    assert.deepEqual(triplesOf(it("L'Iran fornisce armi e finanziamenti a Hezbollah, ha denunciato l'ambasciatore israeliano.")), ['IRN>HEZBOLLAH:financial', 'IRN>HEZBOLLAH:other_weapons'])
  })
})

describe('Italian: statuses', () => {
  test('"pronto a", "si prepara a" before an infinitive are plans, even in the conditional ("a" is no auxiliary)', () => {
    assert.deepEqual(claimsOf(it("L'Iran sarebbe pronto a fornire nuovi missili alla Russia.")), ['IRN>RUS:missiles:alleged_future'])
    assert.deepEqual(claimsOf(it('Teheran si starebbe preparando a inviare droni a Mosca.')), ['IRN>RUS:drones:alleged_future'])
    assert.deepEqual(claimsOf(it("La Spagna è disposta a cedere carri armati all'Ucraina.")), ['ESP>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(it("L'Italia ha fornito cannoni all'Ucraina.")), ['ITA>UKR:other_weapons:reported'])
  })

  test('the conditional and "secondo" make a report', () => {
    assert.deepEqual(claimsOf(it("Secondo l'intelligence ucraina, la Corea del Nord avrebbe inviato milioni di proiettili d'artiglieria alla Russia.")), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(it('Pyongyang ha inviato soldati in Russia, secondo Seul.')), ['PRK>RUS:troops:confirmed'])
  })

  test('denials, negations and refusals; "in" before a country is where troops are sent', () => {
    assert.deepEqual(claimsOf(it("Il Cremlino ha negato che l'Iran abbia consegnato missili balistici alla Russia.")), ['IRN>RUS:missiles:denied'])
    assert.deepEqual(claimsOf(it('La Cina nega di aver venduto armi letali alla Russia.')), ['CHN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(it('Gli Stati Uniti non invieranno truppe in Ucraina, ha affermato il presidente.')), ['USA>UKR:troops:denied'])
    assert.deepEqual(claimsOf(it('Il governo italiano ha escluso di inviare soldati in Ucraina.')), ['ITA>UKR:troops:denied'])
  })
})

describe('Italian: quotes and speakers', () => {
  test('«…», ha aggiunto: a subjectless verb right after the quotation continues the speaker', () => {
    const speakers = (text: string): Array<string | null> => it(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('«Il piano è pronto», ha detto il ministro Luca Ferri. «Arriverà a maggio», ha aggiunto.'), ['Luca Ferri', 'Luca Ferri'])
    assert.deepEqual(speakers('«Il piano è pronto», ha detto il ministro Luca Ferri. Il deputato Marco Bellini lo ha criticato in Aula parlando di «scelta sbagliata» e provocando la replica del governo.'), ['Luca Ferri', 'Marco Bellini'])
  })

  test('a reporting verb without a subject continues the last speaker (pro-drop); a sentence-opening "Poi"/"Nel" is no name', () => {
    const speakers = (text: string): Array<string | null> => it(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('Il ministro degli Esteri Marco Bellini ha incontrato i colleghi europei. Poi ha aggiunto che "il sostegno continuerà".'), ['Marco Bellini'])
    assert.deepEqual(speakers('Il portavoce Paolo Ferrante ha parlato ai giornalisti lunedì. Nel pomeriggio ha spiegato che «le consegne sono in ritardo».'), ['Paolo Ferrante'])
    assert.deepEqual(speakers('Il portavoce Paolo Ferrante ha parlato ai giornalisti lunedì. «Non ci sono prove», ha esclamato.'), ['Paolo Ferrante'])
  })

  test('"dobbiamo consegnare": a first-person verb in a quote stands for the speaker\'s state', () => {
    assert.deepEqual(triplesOf(it("Il ministro della Difesa Guido Crosetto ha detto: «Dobbiamo consegnare i carri armati all'Ucraina entro giugno».")), ['ITA>UKR:armour'])
  })

  test('"…", ha detto X: the incise gives the speaker; "abbiamo" stands for the speaker\'s state', () => {
    const a = it('"Non abbiamo fornito armi alla Russia", ha detto la portavoce del ministero degli Esteri cinese Mao Ning.')
    assert.equal(a.quotes[0]!.speaker, 'Mao Ning')
    assert.deepEqual(claimsOf(a), ['CHN>RUS:other_weapons:denied'])
  })

  test('X ha dichiarato: «…»', () => {
    const a = it("Il portavoce Dmitri Peskov ha dichiarato: «La Russia non ha ricevuto droni dall'Iran».")
    assert.equal(a.quotes[0]!.speaker, 'Dmitri Peskov')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:denied'])
  })

  test('«…». Lo ha detto X: the next sentence gives the words back to their speaker', () => {
    const a = it("«Invieremo un altro pacchetto di armi all'Ucraina». Lo ha detto il ministro della Difesa, Guido Crosetto.")
    assert.equal(a.quotes[0]!.speaker, 'Guido Crosetto')
  })
})

describe('Italian: weighing whether, first-person modals, joint suppliers', () => {
  test('"sta valutando se" + infinitive is a plan, and a condition is feared: both to come', () => {
    assert.deepEqual(claimsOf(it('La Cina sta valutando se inviare a Mosca droni e munizioni.')), ['CHN>RUS:drones:alleged_future', 'CHN>RUS:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(it('Berlino deciderà se fornire a Kiev i missili Taurus.')), ['DEU>UKR:missiles:alleged_future'])
    assert.deepEqual(claimsOf(it('Se la Cina fornirà armi alla Russia ci saranno conseguenze.')), ['CHN>RUS:other_weapons:alleged_future'])
  })

  test('a first-person modal right before the verb speaks for the speaker\'s state', () => {
    assert.deepEqual(triplesOf(it('Il sistema è rientrato dal Kuwait. Il ministro Crosetto ha spiegato: "Dobbiamo consegnare la contraerea all\'Ucraina entro agosto".')), ['ITA>UKR:air_defence'])
    assert.deepEqual(triplesOf(it('Il ministro Tajani ha detto: "Dobbiamo fornire all\'Ucraina altri sistemi di difesa aerea".')), ['ITA>UKR:air_defence'])
  })

  test('"in collaborazione con" and "assieme a" join suppliers', () => {
    assert.deepEqual(triplesOf(it("L'Italia, in collaborazione con la Francia, ha fornito all'Ucraina un sistema Samp-T.")), ['ITA>UKR:air_defence', 'FRA>UKR:air_defence'])
    assert.deepEqual(triplesOf(it("La Spagna, assieme al Portogallo, ha inviato a Kiev carri armati Leopard.")), ['ESP>UKR:armour', 'PRT>UKR:armour'])
  })

  test('"se" right before an infinitive trigger means "whether": a plan', () => {
    assert.deepEqual(claimsOf(it('Pechino dovrà decidere come procedere, se fornire assistenza militare alla Russia.')), ['CHN>RUS:other_weapons:alleged_future'])
    assert.deepEqual(triplesOf(it('La Francia discute ancora se inviare a Kiev altri obici.')), ['FRA>UKR:other_weapons'])
    assert.deepEqual(claimsOf(it('Se la Cina fornisce armi alla Russia ci saranno conseguenze.')), ['CHN>RUS:other_weapons:alleged_future'])
  })

  test('an obligation stated in the first person by the supplier is a plan, advice to another is an opinion', () => {
    assert.deepEqual(claimsOf(it('Il ministro Tajani ha detto: "Dobbiamo fornire all\'Ucraina altri sistemi di difesa aerea".')), ['ITA>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(it('Il ministro Crosetto ha detto: "Dobbiamo consegnare la contraerea all\'Ucraina entro agosto".')), ['ITA>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(it('Il ministro Tajani ha chiesto alla Germania di fornire all\'Ucraina sistemi di difesa aerea.')).every((c) => !c.endsWith('alleged_future')), true)
  })
})

describe('Italian: speakers named by a definite role, reflexive and gerund reporting', () => {
  const speakers = (text: string): Array<string | null> => it(text).quotes.map((q) => q.speaker)

  test('"l\'ambasciatore", "il portavoce" after a definite article is the person just named with that role', () => {
    assert.deepEqual(speakers("L'ambasciatore russo Marco Bellini ha parlato alla Nbc. L'ambasciatore ha detto che «la minaccia non funzionerà»."), ['Marco Bellini'])
    assert.deepEqual(speakers('Il portavoce iraniano Ali Rezaei ha incontrato la stampa. Il portavoce ha poi spiegato che «le accuse sono false».'), ['Ali Rezaei'])
  })

  test('"si sono detti", "hanno reso noto", "spiegava" report words', () => {
    assert.deepEqual(speakers('Il ministro Luca Ferri si è detto «molto preoccupato» per la situazione.'), ['Luca Ferri'])
    assert.deepEqual(speakers('La firma arriverà «entro l\'estate», hanno reso noto i due governi.'), ['governi'])
    assert.deepEqual(speakers('Ci saranno «conseguenze serie», spiegava il consigliere Paolo Ferrante.'), ['Paolo Ferrante'])
  })

  test('a gerund after a comma ("…, urlando «…»") has the subject of the sentence, even a surname after a role', () => {
    assert.deepEqual(speakers('Il deputato Marco Bellini ha criticato il governo, rappresentato dal ministro Luca Ferri, gridando «vergogna».'), ['Marco Bellini'])
    assert.deepEqual(speakers("L'ex ministro Bellini ha lasciato l'Aula, rappresentata da Luca Ferri, urlando «basta bugie»."), ['Bellini'])
  })
})

describe('Italian: first-person relatives and sentences that add to a transfer', () => {
  test('"le armi che inviamo": a first-person trigger after "che" has the materiel before it and the speaker\'s state', () => {
    assert.deepEqual(claimsOf(it("L'Italia ha fornito obici all'Ucraina. «I cannoni che inviamo sono moderni», ha detto il ministro della Difesa Guido Crosetto.")), ['ITA>UKR:other_weapons:reported', 'ITA>UKR:other_weapons:confirmed'])
    assert.deepEqual(triplesOf(it("La Francia ha consegnato carri armati all'Ucraina. «I droni che abbiamo inviato funzionano bene», ha detto il ministro Sébastien Lecornu.")), ['FRA>UKR:armour', 'FRA>UKR:drones'])
  })

  test('"A questo si aggiungono le forniture di…" takes the supplier and recipient of the claim before', () => {
    assert.deepEqual(triplesOf(it('La Corea del Nord ha inviato soldati in Russia. A questo si aggiungono le forniture di proiettili e missili.')), ['PRK>RUS:troops', 'PRK>RUS:artillery_ammunition', 'PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(it("L'Iran ha venduto droni alla Russia. A ciò si aggiunge la consegna di missili balistici.")), ['IRN>RUS:drones', 'IRN>RUS:missiles'])
    assert.deepEqual(triplesOf(it("L'Iran ha venduto droni alla Russia. Le forniture di missili sono aumentate.")), ['IRN>RUS:drones'])
  })
})

describe('Italian: a relative whose subject follows its verb', () => {
  test('"i droni iraniani che lancia la Russia": the state after the verb uses them', () => {
    assert.deepEqual(triplesOf(it('I droni iraniani che lancia la Russia contro Kiev sono letali.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(it("I carri armati che la Germania ha inviato all'Ucraina sono arrivati.")), ['DEU>UKR:armour'])
  })
})

describe('Italian: hoping for a transfer', () => {
  test('"spero che", "speriamo che", "ha espresso la speranza che" before a transfer argue for it (opinion)', () => {
    assert.deepEqual(claimsOf(it("Spero che la Germania invii altri sistemi Patriot all'Ucraina.")), ['DEU>UKR:air_defence:opinion'])
    assert.deepEqual(claimsOf(it('Il premier israeliano ha espresso la speranza che gli Stati Uniti forniscano nuove bombe a Israele.')), ['USA>ISR:other_weapons:opinion'])
    assert.deepEqual(claimsOf(it("Speriamo che la Turchia consegni presto i droni all'Azerbaigian, ha detto il ministro.")), ['TUR>AZE:drones:opinion'])
  })
})

describe('Italian: experts beside their state, going to a country', () => {
  test('"esperti" beside their state are technical staff; going there ("si sono recati in") deploys them', () => {
    assert.deepEqual(claimsOf(it('Esperti iraniani si sono recati in Sudan il mese scorso.')), ['IRN>SDN:technical_support:reported'])
    assert.deepEqual(claimsOf(it('Ingegneri nordcoreani si recano in Russia ogni mese.')), ['PRK>RUS:technical_support:reported'])
    assert.deepEqual(triplesOf(it('Gli esperti russi sono arrivati in Myanmar.')), ['RUS>MMR:technical_support'])
    assert.deepEqual(claimsOf(it("Secondo gli esperti, l'Iran ha inviato droni alla Russia.")), ['IRN>RUS:drones:reported'])
    assert.deepEqual(triplesOf(it('Il ministro si è recato in Israele per parlare di armi.')), [])
  })
})

describe('Italian: the passato prossimo of "impiegare"', () => {
  test('"ha impiegato", "hanno impiegato" foreign materiel is using it', () => {
    assert.deepEqual(claimsOf(it('Secondo gli esperti, la Russia ha impiegato droni iraniani contro Kiev.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(triplesOf(it('Gli Houthi hanno impiegato missili iraniani contro le navi nel Mar Rosso.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(it('La giunta birmana avrebbe impiegato aerei russi contro i villaggi.')), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(it('Il ministero ha impiegato tre anni per approvare la legge.')), [])
  })
})
