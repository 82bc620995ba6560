import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

const uk = (text: string) => analyze(text, 'uk')
const speakers = (text: string): string[] => uk(text).quotes.map((q) => `${q.speaker ?? `(${q.role})`}: ${q.text}`)

describe('Ukrainian: who supplies whom', () => {
  test('a dative recipient needs no preposition, in both aspects', () => {
    assert.deepEqual(claimsOf(uk('Іран постачає Росії ударні дрони Shahed.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(uk('КНДР передала Росії понад мільйон артилерійських снарядів.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(uk('Норвегія виділила Україні 500 мільйонів доларів.')), ['NOR>UKR:financial:reported'])
  })

  test('a perfective present and the -тиме future are futures', () => {
    assert.deepEqual(claimsOf(uk('Німеччина передасть Україні ще дві системи IRIS-T.')), ['DEU>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(uk('Польща постачатиме Україні снаряди.')), ['POL>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(uk('Франція планує поставити Україні винищувачі Mirage.')), ['FRA>UKR:aircraft:alleged_future'])
  })

  test('the instrumental is the agent of a passive or of a noun', () => {
    assert.deepEqual(triplesOf(uk('Безпілотники були передані Іраном Росії через Каспійське море.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(uk('Постачання Іраном безпілотників Росії почалося в серпні.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(uk('Іранські безпілотники використовувалися Росією для атак на енергетичну інфраструктуру.')), ['IRN>RUS:drones'])
  })

  test('"до" and "в" with the accusative are destinations; a name with no case after the noun is its agent when a recipient is named', () => {
    assert.deepEqual(triplesOf(uk('Пхеньян направив до Росії близько 10 тисяч солдатів.')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(uk('Постачання північнокорейських ракет до Росії триває, повідомили в Пентагоні.')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(uk('Постачання КНДР снарядів Росії зросло.')), ['PRK>RUS:artillery_ammunition'])
  })

  test('the buyer is the subject, the seller after "в/у" with the genitive or "від"', () => {
    assert.deepEqual(triplesOf(uk('Росія закупила в Ірану сотні безпілотників.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(uk('Росія отримала від КНДР балістичні ракети KN-23.')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(uk('Ізраїльська армія отримала від США снаряди для гаубиць.')), ['USA>ISR:artillery_ammunition'])
    assert.deepEqual(triplesOf(uk('Отримання Росією ракет від Північної Кореї та Ірану триває.')), ['PRK>RUS:missiles', 'IRN>RUS:missiles'])
  })

  test('supply implied by origin', () => {
    assert.deepEqual(claimsOf(uk('Російські війська застосували північнокорейські ракети під час удару по Харкову.')), ['PRK>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(uk('Росія використовує безпілотники іранського виробництва.')), ['IRN>RUS:drones:reported'])
  })

  test('training, repair, production', () => {
    assert.deepEqual(triplesOf(uk('Британські інструктори навчають українських військових у Великій Британії.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(uk('Білорусь ремонтує російську бронетехніку.')), ['BLR>RUS:maintenance'])
    assert.deepEqual(triplesOf(uk('Іранські фахівці допомогли Росії налагодити виробництво безпілотників у Татарстані.')), ['IRN>RUS:production_licence'])
  })

  test('other wars: the Houthis, Hezbollah, Israel, Azerbaijan, Myanmar', () => {
    assert.deepEqual(claimsOf(uk('За даними розвідки, Іран нібито передав хуситам крилаті ракети.')), ['IRN>YEM:missiles:reported'])
    assert.deepEqual(triplesOf(uk('Іран озброює «Хезболлу» ракетами.')), ['IRN>HEZBOLLAH:missiles'])
    assert.deepEqual(triplesOf(uk('США поставили Ізраїлю тисячі керованих бомб.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(uk('Туреччина продала Азербайджану безпілотники Bayraktar.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(uk("Росія постачає зброю хунті М'янми.")), ['RUS>MMR:other_weapons'])
    assert.deepEqual(triplesOf(uk('Китайські компанії постачають Росії мікроелектроніку та верстати.')), ['CHN>RUS:components_dual_use'])
  })
})

describe('Ukrainian: verb–subject order', () => {
  test('the states after an announcing verb that follows the trigger supply', () => {
    assert.deepEqual(claimsOf(uk('Про намір передати Україні танки також повідомили Велика Британія, Норвегія та Польща.')), ['GBR>UKR:armour:alleged_future', 'NOR>UKR:armour:alleged_future', 'POL>UKR:armour:alleged_future'])
  })
})

describe('Ukrainian: statuses', () => {
  test('a news agency reports; an institution after "в" speaks', () => {
    assert.deepEqual(claimsOf(uk('Іран передав Росії ракети, повідомляє УНІАН.')), ['IRN>RUS:missiles:reported'])
    assert.deepEqual(speakers('"Ми не постачаємо зброю жодній зі сторін", – заявили в МЗС Ірану.'), ['МЗС Ірану: Ми не постачаємо зброю жодній зі сторін'])
  })

  test('negation, denial and refusal', () => {
    assert.deepEqual(claimsOf(uk('Сполучені Штати не відправлятимуть війська в Україну, заявив Байден.')), ['USA>UKR:troops:denied'])
    assert.deepEqual(claimsOf(uk('Іран заперечує постачання зброї Росії.')), ['IRN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(uk('Німеччина відмовилася передавати Києву ракети Taurus.')), ['DEU>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(uk('Іран ще не передав Росії ракети, заявив Зеленський.')), ['IRN>RUS:missiles:denied'])
  })

  test('a request is an opinion', () => {
    assert.deepEqual(claimsOf(uk('Зеленський закликав Німеччину передати ракети Taurus.')), ['DEU>UKR:missiles:opinion'])
  })

  test('"Про це заявив X" attributes the sentence before; a headline signed after a dash', () => {
    const a = uk('Іран поставив Росії безпілотники. Про це заявив держсекретар США Ентоні Блінкен.')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:confirmed'])
    assert.equal(a.support[0]!.attributedTo, 'Ентоні Блінкен')
    const b = uk('Постачання КНДР снарядів Росії є критичною проблемою, – Буданов.')
    assert.deepEqual(claimsOf(b), ['PRK>RUS:artillery_ammunition:confirmed'])
    assert.equal(b.support[0]!.attributedTo, 'Буданов')
  })

  test('"за словами X" names the source', () => {
    assert.deepEqual(claimsOf(uk('За словами Кірбі, Іран направив до Криму своїх інструкторів.')), ['IRN>RUS:trainers:confirmed'])
  })

  test('at the request of a state is no request for a transfer', () => {
    assert.deepEqual(claimsOf(uk('За запитом Росії Північна Корея передала їй снаряди, заявив посол США Роберт Вуд.')), ['PRK>RUS:artillery_ammunition:confirmed'])
  })
})

describe('Ukrainian: quotations and speakers', () => {
  test('guillemets and „…“ with a dash incise', () => {
    assert.deepEqual(speakers('«Ми передамо Україні ще 40 танків», — заявив міністр оборони Польщі Владислав Косіняк-Камиш.'), ['Владислав Косіняк-Камиш: Ми передамо Україні ще 40 танків'])
    assert.deepEqual(speakers('„Іран уже передав Росії ракети“, – сказав Володимир Зеленський.'), ['Володимир Зеленський: Іран уже передав Росії ракети'])
  })

  test('dialogue lines opened by a dash', () => {
    assert.deepEqual(speakers('— Ми не постачаємо зброю Росії, — заявив міністр закордонних справ Ірану Аббас Аракчі. — Це пропаганда.'), ['Аббас Аракчі: Ми не постачаємо зброю Росії,', 'Аббас Аракчі: Це пропаганда.'])
  })

  test('a block quotation signed on the next line', () => {
    const a = uk('Ми надзвичайно стурбовані тим, що Іран передав Росії балістичні ракети.\n– сказав на брифінгу речник Держдепартаменту Метью Міллер.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Метью Міллер'])
    assert.deepEqual(triplesOf(a), ['IRN>RUS:missiles'])
  })

  test('a clause ending in a colon before the quotation paragraph, a signature on the line after it', () => {
    assert.deepEqual(speakers('Зеленський наголосив:\n«Іран передав Росії балістичні ракети, і ми маємо докази».'), ['Зеленський: Іран передав Росії балістичні ракети, і ми маємо докази'])
    assert.deepEqual(speakers('«Іран передав Росії балістичні ракети, і ми маємо докази».\n– наголосив Володимир Зеленський.'), ['Володимир Зеленський: Іран передав Росії балістичні ракети, і ми маємо докази'])
    assert.deepEqual(speakers('Президент Зеленський: «Іран передав Росії ракети».'), ['Зеленський: Іран передав Росії ракети'])
  })

  test('a quotation opening its paragraph after a paragraph of reported speech is that speaker\'s', () => {
    const text = 'Посол США Роберт Вуд зазначив, що КНДР передає Росії ракети.\nВідео дня\n"Минулого року Північна Корея передала Росії понад 100 балістичних ракет для ударів по Україні'
    assert.deepEqual(uk(text).quotes.map((q) => q.speaker), ['Роберт Вуд'])
    // Back-reference after an incise: "Як передає УНІАН, про це сказав…".
    const a = uk('КНДР готується передати Росії ракети. Як передає УНІАН, про це на засіданні Радбезу ООН сказав посол США Роберт Вуд.')
    assert.deepEqual(a.support.map((c) => c.attributedTo), ['Роберт Вуд'])
  })

  test('a role word with no name is the person named before', () => {
    assert.deepEqual(speakers('Президент Володимир Зеленський виступив на пресконференції. "Іран веде з Росією діалог про ракети", - сказав очільник держави.'), ['Володимир Зеленський: Іран веде з Росією діалог про ракети'])
  })
})

describe('Ukrainian "росія" and "рф" in lower case', () => {
  test('росія as a supplier', () => {
    const triples = triplesOf(analyze('Тепер росія передає Північній Кореї технології виробництва ракет.', 'uk'))
    assert.ok(triples.includes('RUS>PRK:technical_support'))
    assert.deepEqual(triples.filter((t) => !t.startsWith('RUS>PRK')), [])
  })
  test('росії as a recipient', () => {
    assert.deepEqual(triplesOf(analyze('Іран передав росії сотні дронів.', 'uk')), ['IRN>RUS:drones'])
  })
  test('рф as a supplier', () => {
    assert.deepEqual(triplesOf(analyze('рф передала Ірану винищувачі Су-35.', 'uk')), ['RUS>IRN:aircraft'])
  })
})

describe('Ukrainian: appositions, sources of materiel, expected deliveries', () => {
  test('"країна-агресор" followed by the name takes the case of its head word', () => {
    assert.deepEqual(triplesOf(uk('Постачання Іраном дронів країні-агресору РФ є загрозою для Європи.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(uk('Китай продає країні-агресору росії мікросхеми.')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(uk('Санкції проти країни-агресора рф не зупинили постачання Іраном ракет Москві.')), ['IRN>RUS:missiles'])
  })

  test('units named as the source of materiel are not sent', () => {
    assert.deepEqual(triplesOf(uk('Мінськ передає Москві бронетехніку з резервних підрозділів.')), ['BLR>RUS:armour'])
    assert.deepEqual(triplesOf(uk('Білорусь передала росії гармати з бойових підрозділів.')), ['BLR>RUS:other_weapons'])
    assert.deepEqual(triplesOf(uk('Росія перекинула до Білорусі танки та солдатів.')), ['RUS>BLR:armour', 'RUS>BLR:troops'])
    assert.deepEqual(triplesOf(uk('Росія отримала снаряди з КНДР і солдатів.')), ['PRK>RUS:artillery_ammunition', 'PRK>RUS:troops'])
  })

  test('guns and howitzers are weapons', () => {
    assert.deepEqual(triplesOf(uk('Словаччина передала Україні 16 самохідних гаубиць.')), ['SVK>UKR:other_weapons'])
    assert.deepEqual(triplesOf(uk('Польща передала Україні гармати.')), ['POL>UKR:other_weapons'])
  })

  test('what a state expects from another is a planned delivery', () => {
    assert.deepEqual(claimsOf(uk('Тегеран очікує від Москви винищувачів Су-35.')), ['RUS>IRN:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(uk('Іран чекає від Росії нового озброєння.')), ['RUS>IRN:other_weapons:alleged_future'])
    assert.deepEqual(claimsOf(uk('Україна чекає на відповідь від партнерів.')), [])
  })
})

describe('Ukrainian: "за" gives the ground of sanctions and thanks', () => {
  test('"санкції проти X за постачання": the one sanctioned supplies, not the one who sanctions', () => {
    assert.deepEqual(triplesOf(uk('ЄС запровадив санкції проти Ірану за постачання дронів Росії.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(uk('Британія запровадила санкції проти Ірану за постачання балістичних ракет хуситам.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(uk('Вашингтон запровадив санкції проти Білорусі за передачу снарядів Росії.')), ['BLR>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(uk('США запровадили санкції проти Судану за порушення прав людини.')), [])
  })

  test('"подякував X за передачу": the one thanked supplies the one who thanks', () => {
    assert.deepEqual(triplesOf(uk('Зеленський подякував Данії за передачу винищувачів F-16.')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(uk('Президент Азербайджану подякував Туреччині за постачання безпілотників Bayraktar.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(uk('Зеленський подякував Німеччині за передачу танків Україні.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(uk('Україна подякувала Німеччині за підтримку.')), [])
  })
})

describe('Ukrainian: "не X, а Y" puts the object right', () => {
  test('the materiel after ", а" is given; the materiel after "не" is denied', () => {
    assert.deepEqual(claimsOf(uk('Іран не ракети передає Хезболлі, а дрони.')), ['IRN>HEZBOLLAH:missiles:denied', 'IRN>HEZBOLLAH:drones:reported'])
    assert.deepEqual(claimsOf(uk('Росія передає Судану не танки, а гелікоптери.')), ['RUS>SDN:armour:denied', 'RUS>SDN:aircraft:reported'])
    assert.deepEqual(claimsOf(uk('Туреччина продала Азербайджану не винищувачі, а безпілотники Bayraktar.')), ['TUR>AZE:aircraft:denied', 'TUR>AZE:drones:reported'])
  })

  test('a negation of the verb still denies all that is named', () => {
    assert.deepEqual(claimsOf(uk('Росія не передає Судану танки і гелікоптери.')), ['RUS>SDN:armour:denied', 'RUS>SDN:aircraft:denied'])
  })
})

describe('Ukrainian: a platform is where words were written, not who wrote them', () => {
  test('"написав дипломат у своєму Telegram-каналі": the speaker is the one the role names', () => {
    assert.deepEqual(speakers('Речник МЗС Ірану Насер Канані прокоментував постачання. «Ми не передавали жодних ракет хуситам», — написав дипломат у своєму Telegram-каналі.'), ['Насер Канані: Ми не передавали жодних ракет хуситам'])
    assert.deepEqual(speakers('Речник хуситів Мохаммед Абдель Салам відповів журналістам. «Ми отримуємо ракети з Ірану», — написав він у своєму Twitter.'), ['Мохаммед Абдель Салам: Ми отримуємо ракети з Ірану'])
    assert.deepEqual(speakers('«Хусити отримують ракети з Ірану», — заявив Буданов у Telegram.'), ['Буданов: Хусити отримують ракети з Ірану'])
  })
})

describe('Ukrainian: embassies and missions speak for their state', () => {
  test('"повідомило посольство/постійне представництво X": an official statement', () => {
    assert.deepEqual(claimsOf(uk('Іран передав хуситам 20 ракет. Про це повідомило Посольство Ірану в Ємені.')), ['IRN>YEM:missiles:confirmed'])
    assert.deepEqual(claimsOf(uk('Іран передав хуситам 20 ракет. Про це повідомило Постійне представництво Ірану при ООН.')), ['IRN>YEM:missiles:confirmed'])
    assert.deepEqual(claimsOf(uk('Туреччина продала Азербайджану безпілотники, повідомила делегація Туреччини при НАТО.')), ['TUR>AZE:drones:confirmed'])
  })
})
