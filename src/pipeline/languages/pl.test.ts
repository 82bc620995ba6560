import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

// Polish sentences of the project's own across the wars: who supplies whom with what, and with which status.
describe('Polish support claims', () => {
  test('Polska przekazała Ukrainie czołgi T-72.', () => {
    assert.deepEqual(triplesOf(analyze('Polska przekazała Ukrainie czołgi T-72.', 'pl')), ['POL>UKR:armour'])
  })
  test('Iran dostarcza Rosji drony Shahed.', () => {
    assert.deepEqual(triplesOf(analyze('Iran dostarcza Rosji drony Shahed.', 'pl')), ['IRN>RUS:drones'])
  })
  test('Korea Północna wysłała do Rosji miliony pocisków artyleryjskich.', () => {
    assert.deepEqual(triplesOf(analyze('Korea Północna wysłała do Rosji miliony pocisków artyleryjskich.', 'pl')), ['PRK>RUS:artillery_ammunition'])
  })
  test('Niemcy dostarczą Ukrainie kolejne systemy obrony powietrznej.', () => {
    assert.deepEqual(claimsOf(analyze('Niemcy dostarczą Ukrainie kolejne systemy obrony powietrznej.', 'pl')), ['DEU>UKR:air_defence:alleged_future'])
  })
  test('Czołgi zostały przekazane Ukrainie przez Polskę.', () => {
    assert.deepEqual(triplesOf(analyze('Czołgi zostały przekazane Ukrainie przez Polskę.', 'pl')), ['POL>UKR:armour'])
  })
  test('Rosja otrzymała od Iranu pociski balistyczne.', () => {
    assert.deepEqual(triplesOf(analyze('Rosja otrzymała od Iranu pociski balistyczne.', 'pl')), ['IRN>RUS:missiles'])
  })
  test('Rosja używa irańskich dronów do ataków na Kijów.', () => {
    assert.deepEqual(claimsOf(analyze('Rosja używa irańskich dronów do ataków na Kijów.', 'pl')), ['IRN>RUS:drones:reported'])
  })
  test('Według wywiadu Korea Północna wysłała żołnierzy do Rosji.', () => {
    assert.deepEqual(triplesOf(analyze('Według wywiadu Korea Północna wysłała żołnierzy do Rosji.', 'pl')), ['PRK>RUS:troops'])
  })
  test('Stany Zjednoczone nie przekazały Ukrainie pocisków ATACMS.', () => {
    assert.deepEqual(claimsOf(analyze('Stany Zjednoczone nie przekazały Ukrainie pocisków ATACMS.', 'pl')), ['USA>UKR:missiles:denied'])
  })
  test('Brytyjscy instruktorzy szkolą ukraińskich żołnierzy.', () => {
    assert.deepEqual(triplesOf(analyze('Brytyjscy instruktorzy szkolą ukraińskich żołnierzy.', 'pl')), ['GBR>UKR:trainers'])
  })
  test('Dania przeszkoliła ukraińskich pilotów na samolotach F-16.', () => {
    assert.deepEqual(triplesOf(analyze('Dania przeszkoliła ukraińskich pilotów na samolotach F-16.', 'pl')), ['DNK>UKR:trainers'])
  })
  test('Iran podobno wysłał Hutim rakiety przeciwokrętowe.', () => {
    assert.deepEqual(claimsOf(analyze('Iran podobno wysłał Hutim rakiety przeciwokrętowe.', 'pl')), ['IRN>YEM:missiles:reported'])
  })
  test('Stany Zjednoczone dostarczają Izraelowi bomby.', () => {
    assert.deepEqual(triplesOf(analyze('Stany Zjednoczone dostarczają Izraelowi bomby.', 'pl')), ['USA>ISR:other_weapons'])
  })
  test('Turcja sprzedała Azerbejdżanowi drony Bayraktar.', () => {
    assert.deepEqual(triplesOf(analyze('Turcja sprzedała Azerbejdżanowi drony Bayraktar.', 'pl')), ['TUR>AZE:drones'])
  })
  test('Junta w Mjanmie kupiła myśliwce od Rosji.', () => {
    assert.deepEqual(triplesOf(analyze('Junta w Mjanmie kupiła myśliwce od Rosji.', 'pl')), ['RUS>MMR:aircraft'])
  })
  test('Polska kupiła czołgi K2 od Korei Południowej.', () => {
    assert.deepEqual(triplesOf(analyze('Polska kupiła czołgi K2 od Korei Południowej.', 'pl')), ['KOR>POL:armour'])
  })
  test('Norwegia przekazała Ukrainie 100 mln euro.', () => {
    assert.deepEqual(triplesOf(analyze('Norwegia przekazała Ukrainie 100 mln euro.', 'pl')), ['NOR>UKR:financial'])
  })
  test('Jordania zestrzeliła irańskie drony nad Izraelem.', () => {
    assert.deepEqual(triplesOf(analyze('Jordania zestrzeliła irańskie drony nad Izraelem.', 'pl')), ['JOR>ISR:air_defence'])
  })
  test('Dostawy irańskich dronów do Rosji trwają od roku.', () => {
    assert.deepEqual(triplesOf(analyze('Dostawy irańskich dronów do Rosji trwają od roku.', 'pl')), ['IRN>RUS:drones'])
  })
  test('Korea Północna stała się głównym dostawcą amunicji dla Rosji.', () => {
    assert.deepEqual(triplesOf(analyze('Korea Północna stała się głównym dostawcą amunicji dla Rosji.', 'pl')), ['PRK>RUS:artillery_ammunition'])
  })
  test('Rosyjskie wojska wystrzeliły rakiety z terytorium Białorusi.', () => {
    assert.deepEqual(triplesOf(analyze('Rosyjskie wojska wystrzeliły rakiety z terytorium Białorusi.', 'pl')), ['BLR>RUS:territory_access'])
  })
  test('Białoruś naprawia rosyjskie czołgi.', () => {
    assert.deepEqual(triplesOf(analyze('Białoruś naprawia rosyjskie czołgi.', 'pl')), ['BLR>RUS:maintenance'])
  })
  test('Węgry odmówiły przekazania broni Ukrainie.', () => {
    assert.deepEqual(claimsOf(analyze('Węgry odmówiły przekazania broni Ukrainie.', 'pl')), ['HUN>UKR:other_weapons:denied'])
  })
  test('Stany Zjednoczone wstrzymały dostawy broni dla Ukrainy.', () => {
    assert.deepEqual(claimsOf(analyze('Stany Zjednoczone wstrzymały dostawy broni dla Ukrainy.', 'pl')), ['USA>UKR:other_weapons:denied'])
  })
  test('Iran wysłał do Rosji instruktorów, którzy szkolą rosyjskich operatorów dronów.', () => {
    assert.deepEqual(triplesOf(analyze('Iran wysłał do Rosji instruktorów, którzy szkolą rosyjskich operatorów dronów.', 'pl')), ['IRN>RUS:trainers'])
  })
  test('Hezbollah otrzymał od Iranu tysiące rakiet.', () => {
    assert.deepEqual(triplesOf(analyze('Hezbollah otrzymał od Iranu tysiące rakiet.', 'pl')), ['IRN>HEZBOLLAH:missiles'])
  })
  test('Armenia kupiła od Indii haubice i systemy przeciwlotnicze.', () => {
    assert.deepEqual(triplesOf(analyze('Armenia kupiła od Indii haubice i systemy przeciwlotnicze.', 'pl')), ['IND>ARM:other_weapons', 'IND>ARM:air_defence'])
  })
  test('Według doniesień mediów Rosja przekazała Iranowi myśliwce Su-35.', () => {
    assert.deepEqual(claimsOf(analyze('Według doniesień mediów Rosja przekazała Iranowi myśliwce Su-35.', 'pl')), ['RUS>IRN:aircraft:reported'])
  })
  test('Litwa przekazała Ukrainie amunicję i karabiny.', () => {
    assert.deepEqual(triplesOf(analyze('Litwa przekazała Ukrainie amunicję i karabiny.', 'pl')), ['LTU>UKR:artillery_ammunition', 'LTU>UKR:small_arms'])
  })
  test('Czesi dostarczyli Ukrainie setki tysięcy pocisków artyleryjskich.', () => {
    assert.deepEqual(triplesOf(analyze('Czesi dostarczyli Ukrainie setki tysięcy pocisków artyleryjskich.', 'pl')), ['CZE>UKR:artillery_ammunition'])
  })
})

describe('Polish quotes and their speakers', () => {
  test('— Przekażemy Ukrainie kolejne czołgi — powiedział premier Donald Tusk.', () => {
    const a = analyze('— Przekażemy Ukrainie kolejne czołgi — powiedział premier Donald Tusk.', 'pl')
    assert.equal(a.quotes[0]?.speaker, 'Donald Tusk')
    assert.equal(a.quotes[0]?.text, 'Przekażemy Ukrainie kolejne czołgi')
  })
  test('Rzecznik Kremla Dmitrij Pieskow oświadczył: „Rosja nie kupuje irańskich dronów”.', () => {
    const a = analyze('Rzecznik Kremla Dmitrij Pieskow oświadczył: „Rosja nie kupuje irańskich dronów”.', 'pl')
    assert.equal(a.quotes[0]?.speaker, 'Dmitrij Pieskow')
    assert.equal(a.quotes[0]?.text, 'Rosja nie kupuje irańskich dronów')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:denied'])
  })
})

// Polish has no articles and drops subjects: a role names the person just named, a verb with no
// subject speaks for the last speaker, and a name in an oblique case or after "w" is no speaker.
describe('Polish speakers without articles or subjects', () => {
  const speakers = (text: string): Array<string | null> => analyze(text, 'pl').quotes.map((q) => q.speaker)
  test('"poinformował szef MSZ" refers to the minister named before', () => {
    assert.deepEqual(speakers('Minister spraw zagranicznych Iranu Hosejn Amir Abdollahijan zabrał głos w Teheranie.\n\n– Nie wysłaliśmy Rosji żadnych rakiet – poinformował szef MSZ Iranu cytowany przez agencję.'), ['Hosejn Amir Abdollahijan'])
  })
  test('an outlet after "w" is where the speaker spoke, and "Pytany … mówił" speaks for him again', () => {
    assert.deepEqual(speakers('Premier Jan Kowalski w Polsat News stwierdził, że stosunki są „bardzo trudne”. Pytany o dalsze wspieranie Ukrainy mówił, że „nie wysyłamy już czołgów”.'), ['Jan Kowalski', 'Jan Kowalski'])
  })
  test('an unnamed official stays unnamed, also when "i dodał" follows', () => {
    const a = analyze('Prezydent Rosji Władimir Putin był w Pekinie.\n\n"Do tej pory nie było jasności co do pomocy" - powiedział wysoki rangą zachodni urzędnik i dodał, że dane są "dużo jaśniejsze".', 'pl')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.role]), [[null, 'urzędnik'], [null, 'urzędnik']])
  })
  test('"mówił ukraiński polityk" refers to the politician named before, not to Ukraine', () => {
    assert.deepEqual(speakers('Minister obrony Ukrainy Ołeksij Rezników przyjął gościa w Kijowie. "Polska bardzo nam pomaga" - mówił wówczas ukraiński polityk.'), ['Ołeksij Rezników'])
  })
})

describe('Polish "z" with the instrumental', () => {
  test('the enemy fought "z Ukraińcami" supplies nothing', () => {
    assert.deepEqual(triplesOf(analyze('Korea Północna wysyła swoich żołnierzy do Rosji do walki z Ukraińcami.', 'pl')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(analyze('Dyktator od jesieni wysyła swoich żołnierzy do walki z Ukraińcami.', 'pl')), [])
    assert.deepEqual(triplesOf(analyze('Moskwa sprowadziła z Iranu drony do walki z Amerykanami.', 'pl')), ['IRN>RUS:drones'])
  })
  test('drones bought "do walki z Ukraińcami" come from the seller only', () => {
    assert.deepEqual(triplesOf(analyze('Rosja kupiła drony od Iranu do walki z Ukraińcami.', 'pl')), ['IRN>RUS:drones'])
  })
  test('"z" with the genitive still names the source', () => {
    assert.deepEqual(triplesOf(analyze('Rosja sprowadziła drony z Iranu.', 'pl')), ['IRN>RUS:drones'])
  })
})

describe('Polish: a state that wants materiel is looking for it', () => {
  test('"chce kupić" is a plan', () => {
    assert.deepEqual(claimsOf(analyze('Moskwa chce kupić od Iranu kolejne drony.', 'pl')), ['IRN>RUS:drones:alleged_future'])
  })
  test('"chcemy, aby…" stays an opinion', () => {
    assert.deepEqual(claimsOf(analyze('Bardzo chcemy, aby Niemcy przekazały Ukrainie czołgi.', 'pl')).map((c) => c.split(':').pop()), ['opinion'])
  })
})

describe('Polish: speech closed by a dash and the author\'s words, with no opening mark', () => {
  test('the sentence before " - powiedział X" is X\'s words', () => {
    const a = analyze('Minister obrony Jan Kowal odwiedził Wilno. Litwa przekazała nam amunicję i to nas cieszy - powiedział Jan Kowal dziennikarzom.', 'pl')
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker]), [['Litwa przekazała nam amunicję i to nas cieszy', 'Jan Kowal']])
  })

  test('a dash opening a sentence mid-paragraph opens the speech, up to the dash before "dodał"', () => {
    const a = analyze('Premier Adam Nowak mówił o obronie. – Musimy mieć czym się bronić, dlatego kupujemy czołgi – dodał.', 'pl')
    assert.equal(a.quotes.length, 1)
    assert.equal(a.quotes[0]!.text, 'Musimy mieć czym się bronić, dlatego kupujemy czołgi')
    assert.equal(a.quotes[0]!.speaker, 'Adam Nowak')
  })

  test('a hyphen inside a sentence with no reporting incise after it opens no speech', () => {
    const a = analyze('Rozmowy Polska - Ukraina trwały dwa dni. Polska przekazała Ukrainie czołgi.', 'pl')
    assert.equal(a.quotes.length, 0)
  })

  test('"mówił ukraiński polityk" after two politicians: the Ukrainian one', () => {
    const a = analyze('Minister obrony Litwy Arvydas Petras spotkał się w Kijowie z ministrem Ołeksijem Rzeznikowem. - Cieszę się z tej wizyty. Litwa jest naszym przyjacielem - mówił ukraiński polityk.', 'pl')
    assert.equal(a.quotes[0]?.speaker, 'Ołeksij Rzeznikow')
  })
})

describe('Polish: institutions as speakers', () => {
  const speakers = (text: string): Array<[string, string | null]> => analyze(text, 'pl').quotes.map((q) => [q.text, q.speaker])
  test('a state\'s service named by its demonym speaks as itself', () => {
    assert.deepEqual(speakers('Ukraiński wywiad ocenił, że drony są "tanie", ale "bardzo groźne".'), [['tanie', 'Ukraiński wywiad'], ['bardzo groźne', 'Ukraiński wywiad']])
    assert.deepEqual(speakers('Rosyjski wywiad twierdzi, że "to prowokacja".'), [['to prowokacja', 'Rosyjski wywiad']])
  })
  test('a bare "wywiad" or a source names no one', () => {
    assert.deepEqual(speakers('Jak twierdzi wywiad, "to prowokacja".').map(([, s]) => s), [null])
  })
  test('neuter reporting verbs: "stwierdziło źródło", "poinformowało ministerstwo"', () => {
    assert.deepEqual(speakers('Ukraiński wywiad ocenił, że drony są "tanie". "To wielkie ryzyko dla kraju" – stwierdziło źródło gazety.'), [['tanie', 'Ukraiński wywiad'], ['To wielkie ryzyko dla kraju', null]])
    assert.equal(analyze('"Atak odparto" – poinformowało Ministerstwo Obrony Litwy.', 'pl').quotes[0]?.speaker, 'Ministerstwo Obrony Litwy')
  })
  test('a lower-case ministry with its genitive complements, after "według" or "z oświadczenia"', () => {
    assert.deepEqual(speakers('Według ministerstwa obrony Rosji atak przeprowadziły "drony produkcji ukraińskiej".'), [['drony produkcji ukraińskiej', 'ministerstwa obrony Rosji']])
    assert.deepEqual(speakers('Z oświadczenia Ministerstwa Obrony Rosji wynika, że atak przeprowadziły "drony produkcji ukraińskiej".'), [['drony produkcji ukraińskiej', 'Ministerstwa Obrony Rosji']])
    assert.deepEqual(speakers('Z komunikatu Sztabu Generalnego wynika, że "sytuacja jest stabilna".'), [['sytuacja jest stabilna', 'Sztabu Generalnego']])
  })
})

describe('Polish: outlets quoting, participles after a quotation, machines, declined names', () => {
  const speakers = (text: string): Array<[string, string | null]> => analyze(text, 'pl').quotes.map((q) => [q.text, q.speaker])
  test('"– cytuje Radio Swoboda": the person of the clause before speaks, the outlet only when no one else does', () => {
    assert.deepEqual(speakers('Z ministrem rozmawiał także prezydent Litwy Gitanas Nausėda, który podkreślił, że wojska "już dobrze poznały nowe haubice" - cytuje Radio Swoboda.'), [['już dobrze poznały nowe haubice', 'Gitanas Nausėda']])
    assert.deepEqual(speakers('"Nie oddamy ani metra" - cytuje Radio Swoboda.'), [['Nie oddamy ani metra', 'Radio Swoboda']])
  })
  test('a participle after a quotation is no reporting verb with a dropped subject', () => {
    const text = 'Minister Jan Kowal mówił o tym długo. Według ministerstwa obrony Rosji ataku dokonały "drony produkcji ukraińskiej", rzekomo wystrzelone przez Ukrainę.'
    assert.deepEqual(speakers(text), [['drony produkcji ukraińskiej', 'ministerstwa obrony Rosji']])
    assert.deepEqual(speakers('Minister Jan Kowal mówił o tym długo. Z oświadczenia ministerstwa obrony Rosji wynika, że ataku dokonały "drony produkcji ukraińskiej", wystrzelone przez Ukrainę.'), [['drony produkcji ukraińskiej', 'ministerstwa obrony Rosji']])
  })
  test('"maszyny" names the materiel named before; alone, aircraft', () => {
    assert.deepEqual(triplesOf(analyze('Iran dostarczył Rosji drony kamikaze. Minister podkreślił, że Teheran przekazał maszyny przed wojną.', 'pl')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(analyze('Polska przekazała Ukrainie maszyny.', 'pl')), ['POL>UKR:aircraft'])
    assert.deepEqual(triplesOf(analyze('Chiny dostarczają Rosji maszyny CNC.', 'pl')), ['CHN>RUS:components_dual_use'])
  })
  test('a capitalised declined name inside a sentence is the state, not the adjective', () => {
    assert.deepEqual(triplesOf(analyze('Ukraińskie wojsko otrzymało od Polski 18 sztuk nowoczesnych samobieżnych armatohaubic.', 'pl')), ['POL>UKR:other_weapons'])
    assert.deepEqual(triplesOf(analyze('Polski rząd przekazał Ukrainie czołgi.', 'pl')), ['POL>UKR:armour'])
    assert.deepEqual(triplesOf(analyze('Rząd Polski przekazał Ukrainie czołgi.', 'pl')), ['POL>UKR:armour'])
  })
  test('neuter past forms: "wojsko obiecało", "stwierdziło źródło"', () => {
    assert.deepEqual(claimsOf(analyze('Litewskie wojsko obiecało przekazać Ukrainie amunicję.', 'pl')), ['LTU>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(speakers('"Dostawy trwają" – poinformowało Ministerstwo Obrony Litwy.'), [['Dostawy trwają', 'Ministerstwo Obrony Litwy']])
  })
})

describe('Polish: considering a transfer, dative forms of artillery', () => {
  test('"rozważały dostarczenie" is a plan', () => {
    assert.deepEqual(claimsOf(analyze('Chiny rozważały dostarczenie broni Rosji.', 'pl')), ['CHN>RUS:other_weapons:alleged_future'])
  })
  test('"haubicom" is artillery', () => {
    assert.deepEqual(triplesOf(analyze('Polska przekazała Ukrainie haubice. Prezydent Ukrainy Wołodymyr Zełenski podkreślił, że dzięki przekazanym przez Polskę haubicom armia jest silniejsza.', 'pl')), ['POL>UKR:other_weapons'])
  })
})

describe('Polish: hoping for a transfer', () => {
  test('"mam nadzieję, że", "wyraził nadzieję", "chcę wierzyć, że" before a transfer argue for it (opinion)', () => {
    assert.deepEqual(claimsOf(analyze('Mam nadzieję, że Niemcy dostarczą czołgi Ukrainie.', 'pl')), ['DEU>UKR:armour:opinion'])
    assert.deepEqual(claimsOf(analyze('Premier wyraził nadzieję, że Stany Zjednoczone przekażą Izraelowi kolejne bomby.', 'pl')), ['USA>ISR:other_weapons:opinion'])
    assert.deepEqual(claimsOf(analyze('Chcę wierzyć, że Turcja dostarczy drony Azerbejdżanowi.', 'pl')), ['TUR>AZE:drones:opinion'])
    assert.deepEqual(claimsOf(analyze('Iran dostarczył drony Rosji.', 'pl')), ['IRN>RUS:drones:reported'])
  })
})

describe('Polish: adverbs that open a sentence', () => {
  test('an adverb opening a sentence ("Bardzo", "Niestety") is no speaker', () => {
    const doc = analyze('Bardzo chcę wierzyć, że Chiny nie sprzedadzą dronów juncie w Mjanmie.', 'pl')
    assert.ok(doc.support.every((c) => c.attributedTo === null), JSON.stringify(doc.support))
    const other = analyze('Niestety, Iran przekazał rakiety Hutim.', 'pl')
    assert.ok(other.support.every((c) => c.attributedTo === null), JSON.stringify(other.support))
  })
})

describe('Polish: past forms are done transfers', () => {
  test('a past verb under a contract ("na mocy kontraktu … zakupiła") is no plan; the future form still is', () => {
    assert.deepEqual(claimsOf(analyze('Na mocy podpisanego w zeszłym roku kontraktu Armenia zakupiła od Indii haubice.', 'pl')), ['IND>ARM:other_weapons:reported'])
    assert.deepEqual(claimsOf(analyze('Na mocy umowy z 2022 roku Izrael kupił od Stanów Zjednoczonych bomby kierowane.', 'pl')), ['USA>ISR:other_weapons:reported'])
    assert.deepEqual(claimsOf(analyze('Zgodnie z nowym porozumieniem Turcja dostarczyła Azerbejdżanowi kolejne drony.', 'pl')), ['TUR>AZE:drones:reported'])
    assert.deepEqual(claimsOf(analyze('Na mocy umowy Turcja dostarczy Azerbejdżanowi drony.', 'pl')), ['TUR>AZE:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('Iran zamierza wysłać Rosji rakiety balistyczne.', 'pl')), ['IRN>RUS:missiles:alleged_future'])
  })
})

describe('Polish: speech opened by a dash after a colon', () => {
  test('"dodał: – …" is a quotation of the one who speaks, up to the incise or the paragraph end', () => {
    const a = analyze('Rzecznik Pentagonu John Kirby mówił o Iranie i dodał: - Nie mamy wątpliwości, że Teheran wysłał Rosji kolejne drony. To poważne zagrożenie.', 'pl')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.text]), [['John Kirby', 'Nie mamy wątpliwości, że Teheran wysłał Rosji kolejne drony. To poważne zagrożenie.']])
    const b = analyze('Premier Izraela Benjamin Netanjahu stwierdził: – Hezbollah otrzymuje rakiety od Iranu każdego tygodnia.', 'pl')
    assert.deepEqual(b.quotes.map((q) => [q.speaker, q.text]), [['Benjamin Netanjahu', 'Hezbollah otrzymuje rakiety od Iranu każdego tygodnia.']])
    const c = analyze('Minister obrony Azerbejdżanu Zakir Hasanow powiedział: – Turcja dostarcza nam nowe drony – i dodał, że to dobra współpraca.', 'pl')
    assert.deepEqual(c.quotes.map((q) => q.text), ['Turcja dostarcza nam nowe drony'])
  })

  test('a colon and a dash before a list or a number open no speech', () => {
    assert.deepEqual(analyze('Program wizyty: - Spotkanie z premierem o 10.', 'pl').quotes, [])
    assert.deepEqual(analyze('Wynik głosowania: 30 - 12 przeciw dostawom broni dla Izraela.', 'pl').quotes, [])
  })
})

describe('Polish: a term in marks before a quotation, an outlet that cites', () => {
  test('a word or two in quotation marks before the quotation does not cut it off from its reporting verb', () => {
    const a = analyze('Rzecznik Pentagonu John Kirby powiedział, że irańskie "Shahedy" nadal "trafiają do Rosji niemal codziennie".', 'pl')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.text]), [['John Kirby', 'trafiają do Rosji niemal codziennie']])
    const b = analyze('Il ministro Guido Crosetto ha detto che i "Samp-T" italiani "sono già operativi in Ucraina".', 'it')
    assert.deepEqual(b.quotes.map((q) => [q.speaker, q.text]), [['Guido Crosetto', 'sono già operativi in Ucraina']])
  })

  test('"– cytuje Radio Swoboda i dodał: – …": the outlet citing is not the one who goes on speaking', () => {
    const a = analyze('Premier Izraela Benjamin Netanjahu podkreślił, że rakiety "Burkan" Hutich "pochodzą wprost z Iranu" - cytuje Radio Swoboda i dodał: - Nie pozwolimy na dalsze dostawy broni dla Hutich.', 'pl')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Benjamin Netanjahu', 'Benjamin Netanjahu'])
  })
})
