import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

const ru = (text: string) => analyze(text, 'ru')
const speakers = (text: string): string[] => ru(text).quotes.map((q) => `${q.speaker ?? `(${q.role})`}: ${q.text}`)

describe('Russian: who supplies whom', () => {
  test('a dative recipient needs no preposition, in both aspects', () => {
    assert.deepEqual(claimsOf(ru('Иран поставляет России ударные беспилотники Shahed.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(ru('КНДР передала России более миллиона артиллерийских снарядов.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(ru('Норвегия выделила Украине 500 миллионов долларов.')), ['NOR>UKR:financial:reported'])
  })

  test('a perfective present is a future', () => {
    assert.deepEqual(claimsOf(ru('Германия передаст Украине еще два комплекса IRIS-T.')), ['DEU>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(ru('Франция планирует поставить Украине истребители Mirage.')), ['FRA>UKR:aircraft:alleged_future'])
  })

  test('the instrumental is the agent of a passive or of a noun', () => {
    assert.deepEqual(triplesOf(ru('Беспилотники были поставлены Ираном в Россию через Каспийское море.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ru('Снаряды были переданы России Северной Кореей.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(ru('Иранские беспилотники использовались Россией для атак на энергетическую инфраструктуру.')), ['IRN>RUS:drones'])
  })

  test('"в" with the accusative is a destination, with the locative a place', () => {
    assert.deepEqual(triplesOf(ru('Пхеньян направил в Россию около 10 тысяч солдат.')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(ru('Поставки северокорейских ракет в Россию продолжаются, сообщили в Пентагоне.')), ['PRK>RUS:missiles'])
  })

  test('the buyer is the subject, the seller after "у" or "от"', () => {
    assert.deepEqual(triplesOf(ru('Россия закупила у Ирана сотни беспилотников.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ru('Россия получила от КНДР баллистические ракеты KN-23.')), ['PRK>RUS:missiles'])
  })

  test('supply implied by origin, the adjective before or after the noun', () => {
    assert.deepEqual(claimsOf(ru('Российские войска применили северокорейские ракеты при ударе по Харькову.')), ['PRK>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(ru('Российская армия использует иранские беспилотники Shahed.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(ru('Россия использует беспилотники иранского производства.')), ['IRN>RUS:drones:reported'])
  })

  test('training, repair, production', () => {
    assert.deepEqual(triplesOf(ru('Британские инструкторы обучают украинских военных в Великобритании.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(ru('Белоруссия ремонтирует российскую бронетехнику.')), ['BLR>RUS:maintenance'])
    assert.deepEqual(triplesOf(ru('Иранские военные помогли России наладить производство беспилотников в Татарстане.')), ['IRN>RUS:production_licence'])
  })

  test('an accusative object receives what equipping verbs give', () => {
    assert.deepEqual(triplesOf(ru('Иран вооружает «Хезболлу» ракетами.')), ['IRN>HEZBOLLAH:missiles'])
  })

  test('other wars: the Houthis, Israel, Azerbaijan, Myanmar', () => {
    assert.deepEqual(claimsOf(ru('По данным разведки, Иран якобы передал хуситам крылатые ракеты.')), ['IRN>YEM:missiles:reported'])
    assert.deepEqual(triplesOf(ru('США поставили Израилю тысячи управляемых бомб.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(ru('Турция продала Азербайджану беспилотники Bayraktar.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(ru('Россия поставляет оружие хунте Мьянмы.')), ['RUS>MMR:other_weapons'])
    assert.deepEqual(triplesOf(ru('Китайские компании поставляют России микроэлектронику и станки.')), ['CHN>RUS:components_dual_use'])
  })
})

describe('Russian: verb–subject order', () => {
  test('the states after an announcing or promising verb that follows the trigger supply', () => {
    assert.deepEqual(claimsOf(ru('О намерении предоставить Киеву танки также сообщили Великобритания, Норвегия и Польша.')), ['GBR>UKR:armour:alleged_future', 'NOR>UKR:armour:alleged_future', 'POL>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(ru('Передать Украине ракеты Taurus пообещала Германия.')), ['DEU>UKR:missiles:alleged_future'])
  })
})

describe('Russian: statuses', () => {
  test('a news agency reports', () => {
    const a = ru('Иран поставил России беспилотники, сообщает ТАСС со ссылкой на источник.')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:reported'])
    assert.equal(a.support[0]!.attributedTo, 'ТАСС')
  })

  test('negation, denial and refusal', () => {
    assert.deepEqual(claimsOf(ru('Соединенные Штаты не будут отправлять войска на Украину, заявил Байден.')), ['USA>UKR:troops:denied'])
    assert.deepEqual(claimsOf(ru('Иран отрицает поставки оружия России.')), ['IRN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(ru('Германия отказалась передавать Киеву ракеты Taurus.')), ['DEU>UKR:missiles:denied'])
  })

  test('a request is an opinion; the one asked would supply, the one asking receive', () => {
    assert.deepEqual(claimsOf(ru('Зеленский призвал Германию поставить ракеты Taurus.')), ['DEU>UKR:missiles:opinion'])
  })

  test('an accusation by officials is asserted', () => {
    assert.deepEqual(claimsOf(ru('Иран поставляет хуситам оружие, утверждают американские чиновники.')), ['IRN>YEM:other_weapons:asserted'])
  })

  test('"Об этом заявил X" attributes the sentence before', () => {
    const a = ru('Иран поставил России беспилотники. Об этом заявил госсекретарь США Энтони Блинкен.')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:confirmed'])
    assert.equal(a.support[0]!.attributedTo, 'Энтони Блинкен')
  })

  test('"по словам X" names the source', () => {
    const a = ru('По словам Кирби, Иран направил в Крым своих инструкторов.')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:trainers:confirmed'])
    assert.equal(a.support[0]!.attributedTo, 'Кирби')
  })
})

describe('Russian: quotations and speakers', () => {
  test('guillemets with a dash incise', () => {
    assert.deepEqual(speakers('«Мы передадим Украине еще 40 танков», — заявил министр обороны Польши Владислав Косиняк-Камыш.'), ['Владислав Косиняк-Камыш: Мы передадим Украине еще 40 танков'])
  })

  test("the author's words between two dashes split a quotation; both parts are the speaker's", () => {
    assert.deepEqual(speakers('"Никаких поставок не было, - сказал Дмитрий Песков. - Это очередной вброс".'), ['Дмитрий Песков: Никаких поставок не было,', 'Дмитрий Песков: Это очередной вброс'])
  })

  test('dialogue lines opened by a dash', () => {
    assert.deepEqual(speakers('— Мы не поставляем оружие России, — заявил министр иностранных дел Ирана Аббас Аракчи. — Это пропаганда.'), ['Аббас Аракчи: Мы не поставляем оружие России,', 'Аббас Аракчи: Это пропаганда.'])
  })

  test('a role word with no name is the person named before', () => {
    const quotes = speakers('Официальный представитель МИД России Мария Захарова выступила на брифинге. «Эти самолеты станут законной целью», — отметила дипломат.')
    assert.deepEqual(quotes, ['Мария Захарова: Эти самолеты станут законной целью'])
  })

  test('a surname in another case still names the speaker', () => {
    const a = ru('Пресс-секретарь Кремля Дмитрий Песков ответил журналистам. «Это фейк», — сказал Песков.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Дмитрий Песков'])
  })

  test('a quoted name is not a quotation', () => {
    assert.deepEqual(speakers('Об этом сообщил телеканал «Россия-24», заявил Песков.'), [])
  })
})

describe('Russian: "за" gives the ground of sanctions and thanks', () => {
  test('"санкции против X за поставки": the one sanctioned supplies, not the one who sanctions', () => {
    assert.deepEqual(triplesOf(ru('ЕС ввел санкции против Ирана за поставки дронов России.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ru('Британия ввела санкции против Ирана за поставки баллистических ракет хуситам.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(ru('Вашингтон ввел санкции против Белоруссии за передачу снарядов России.')), ['BLR>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(ru('США ввели санкции против Судана за нарушения прав человека.')), [])
  })

  test('"поблагодарил X за передачу": the one thanked, in the accusative, supplies the one who thanks', () => {
    assert.deepEqual(triplesOf(ru('Зеленский поблагодарил Данию за передачу истребителей F-16.')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(ru('Президент Азербайджана поблагодарил Турцию за поставки беспилотников Bayraktar.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(ru('Зеленский поблагодарил Германию за передачу танков Украине.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(ru('Украина поблагодарила Германию за поддержку.')), [])
  })
})

describe('Russian: «не X, а Y» puts the object right', () => {
  test('the materiel after ", а" is given; the materiel after "не" is denied', () => {
    assert.deepEqual(claimsOf(ru('Иран передает Хезболле не ракеты, а дроны.')), ['IRN>HEZBOLLAH:missiles:denied', 'IRN>HEZBOLLAH:drones:reported'])
    assert.deepEqual(claimsOf(ru('Россия поставляет Судану не танки, а вертолеты.')), ['RUS>SDN:armour:denied', 'RUS>SDN:aircraft:reported'])
    assert.deepEqual(claimsOf(ru('Турция продала Азербайджану не истребители, а беспилотники Bayraktar.')), ['TUR>AZE:aircraft:denied', 'TUR>AZE:drones:reported'])
  })

  test('a negation of the verb still denies all that is named', () => {
    assert.deepEqual(claimsOf(ru('Россия не поставляет Судану танки и вертолеты.')), ['RUS>SDN:armour:denied', 'RUS>SDN:aircraft:denied'])
  })
})

describe('Russian: embassies and missions speak for their state', () => {
  test('«сообщило посольство/постоянное представительство X»: an official statement', () => {
    assert.deepEqual(claimsOf(ru('Иран передал хуситам 20 ракет. Об этом сообщило Посольство Ирана в Йемене.')), ['IRN>YEM:missiles:confirmed'])
    assert.deepEqual(claimsOf(ru('Иран передал хуситам 20 ракет. Об этом сообщило Постоянное представительство Ирана при ООН.')), ['IRN>YEM:missiles:confirmed'])
    assert.deepEqual(claimsOf(ru('Турция продала Азербайджану беспилотники, сообщила делегация Турции при НАТО.')), ['TUR>AZE:drones:confirmed'])
  })
})
