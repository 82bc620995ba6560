import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

const pt = (text: string) => analyze(text, 'pt')

describe('Portuguese: supply, acquisition and use', () => {
  test('active verbs with "à", "ao" and "para a" before the recipient, European and Brazilian spellings', () => {
    assert.deepEqual(claimsOf(pt('O Irão forneceu drones Shahed à Rússia.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(pt('A França entregou canhões Caesar à Ucrânia, confirmou o ministro da Defesa.')), ['FRA>UKR:other_weapons:confirmed'])
    assert.deepEqual(triplesOf(pt('A Turquia vendeu drones Bayraktar ao Azerbaijão.')), ['TUR>AZE:drones'])
    assert.deepEqual(claimsOf(pt('A Noruega doou 500 milhões de euros à Ucrânia.')), ['NOR>UKR:financial:reported'])
    assert.deepEqual(claimsOf(pt('Portugal vai enviar blindados M113 para a Ucrânia.')), ['PRT>UKR:armour:alleged_future'])
  })

  test('a sentence-initial article "A" is not the auxiliary "a": the future stays a plan', () => {
    assert.deepEqual(claimsOf(pt('A Alemanha enviará dois sistemas Patriot à Ucrânia no próximo mês.')), ['DEU>UKR:air_defence:alleged_future'])
  })

  test('passives with "ser" and "por/pela", "entregues" as an irregular participle', () => {
    assert.deepEqual(triplesOf(pt('Os tanques Leopard foram entregues à Ucrânia por Portugal em abril.')), ['PRT>UKR:armour'])
    assert.deepEqual(triplesOf(pt('Foram enviadas munições para a Ucrânia pela Alemanha.')), ['DEU>UKR:artillery_ammunition'])
  })

  test('purchases and receipts: bought "à/aos" seller, received "do/dos" supplier', () => {
    assert.deepEqual(triplesOf(pt('A junta birmanesa comprou aviões de combate à Rússia.')), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(pt('A Arménia comprou sistemas de artilharia à Índia.')), ['IND>ARM:other_weapons'])
    assert.deepEqual(triplesOf(pt('A Arábia Saudita comprou armas aos Estados Unidos.')), ['USA>SAU:other_weapons'])
    assert.deepEqual(triplesOf(pt('Israel recebeu bombas guiadas dos Estados Unidos.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(pt('Washington aprovou a venda de mísseis ao Egito.')), ['USA>EGY:missiles'])
  })

  test('materiel of foreign make used by a party is supply by origin, reported', () => {
    assert.deepEqual(claimsOf(pt('Os houthis lançaram mísseis de fabrico iraniano contra navios no mar Vermelho.')), ['IRN>YEM:missiles:reported'])
    assert.deepEqual(claimsOf(pt('A Rússia utilizou mísseis norte-coreanos contra Kiev.')), ['PRK>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(pt('A Rússia dispara mísseis norte-coreanos contra Kharkiv.')), ['PRK>RUS:missiles:reported'])
  })

  test('training, deployment and arming', () => {
    assert.deepEqual(triplesOf(pt('O Reino Unido treinou milhares de soldados ucranianos.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(pt('Os instrutores franceses treinaram pilotos ucranianos.')), ['FRA>UKR:trainers'])
    assert.deepEqual(claimsOf(pt('O Irã teria treinado combatentes houthis no Iêmen.')), ['IRN>YEM:trainers:reported'])
    assert.deepEqual(triplesOf(pt('A Rússia destacou tropas no Mali.')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(pt('O Irão tem armado o Hamas há anos, admitiu o diplomata iraniano.')), ['IRN>HAMAS:other_weapons'])
    assert.deepEqual(triplesOf(pt('O Irão fornece armas e financiamento ao Hezbollah, denunciou o embaixador israelita.')), ['IRN>HEZBOLLAH:financial', 'IRN>HEZBOLLAH:other_weapons'])
  })
})

describe('Portuguese: statuses', () => {
  test('being ready or willing to send is a plan', () => {
    assert.deepEqual(claimsOf(pt('O Irã está pronto a enviar mísseis à Rússia.')), ['IRN>RUS:missiles:alleged_future'])
    assert.deepEqual(claimsOf(pt('O Irã estaria disposto a enviar drones à Rússia.')), ['IRN>RUS:drones:alleged_future'])
    assert.deepEqual(claimsOf(pt('Berlim está disposta a ofertar tanques Leopard à Ucrânia.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(triplesOf(pt('A Alemanha ofertou veículos blindados à Ucrânia.')), ['DEU>UKR:armour'])
  })

  test('the conditional and "segundo" make a report', () => {
    assert.deepEqual(claimsOf(pt('Segundo os serviços de informações ucranianos, a Coreia do Norte teria enviado milhões de projéteis de artilharia à Rússia.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(pt('Pyongyang enviou soldados para a Rússia, segundo Seul.')), ['PRK>RUS:troops:confirmed'])
  })

  test('denials, negations and refusals', () => {
    assert.deepEqual(claimsOf(pt('O Kremlin negou que o Irã tenha entregado mísseis balísticos à Rússia.')), ['IRN>RUS:missiles:denied'])
    assert.deepEqual(claimsOf(pt('A China nega ter vendido armas letais à Rússia.')), ['CHN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(pt('Os Estados Unidos não vão enviar tropas para a Ucrânia, afirmou o presidente.')), ['USA>UKR:troops:denied'])
    assert.deepEqual(claimsOf(pt('O Governo brasileiro recusou enviar munições de tanques para a Ucrânia.')), ['BRA>UKR:artillery_ammunition:denied'])
  })
})

describe('Portuguese: quotes and speakers', () => {
  test('"…", disse X: the incise gives the speaker', () => {
    const a = pt('"Não fornecemos armas à Rússia", disse a porta-voz do Ministério dos Negócios Estrangeiros chinês, Mao Ning.')
    assert.equal(a.quotes[0]!.speaker, 'Mao Ning')
  })

  test('X declarou: «…»', () => {
    const a = pt('O porta-voz Dmitri Peskov declarou: «A Rússia não recebeu drones do Irão».')
    assert.equal(a.quotes[0]!.speaker, 'Dmitri Peskov')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:denied'])
  })

  test('a role written out ("a ministra com a pasta da Defesa") names the minister, "Nacional" is no name, "sustentou" reports', () => {
    const a = pt('A ministra da Defesa Nacional, Ana Costa, esteve em Bruxelas. "Os blindados chegam em março", sustentou Ana Costa. O colega da Estónia, Kaido Tamm, pediu mais munições. Questionada sobre isso, a ministra com a pasta da Defesa pediu calma. "Ainda vamos analisar o pedido", referiu.')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['Ana Costa', 'Ana Costa'])
    const b = pt('"Vamos esperar pelos parceiros", afirmou a ministra da Defesa Nacional.')
    assert.notEqual(b.quotes[0]?.speaker, 'Nacional')
  })
})

describe('Portuguese: recipients after a bare "a"', () => {
  test('"a" before a city or a state named without article is "to"', () => {
    assert.deepEqual(triplesOf(pt('A Coreia do Norte vendeu munições de artilharia a Moscovo.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(pt('Os Estados Unidos enviaram bombas guiadas a Israel.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(pt('A Polónia entregou caças MiG-29 a Kiev.')), ['POL>UKR:aircraft'])
  })

  test('"a" as the article before a state is no recipient', () => {
    assert.deepEqual(triplesOf(pt('A Rússia recebeu drones do Irão.')), ['IRN>RUS:drones'])
  })
})

describe('Portuguese: speakers without a name', () => {
  test('a reporting verb with no subject continues the speaker just named (pro-drop)', () => {
    const a = pt('O chefe da diplomacia, João Gomes, falou em Lisboa. "Os obuses chegam amanhã", disse.')
    assert.equal(a.quotes[0]!.speaker, 'João Gomes')
    const b = pt('Maria Lopes visitou a fábrica de munições. Depois, disse que "a produção vai duplicar".')
    assert.equal(b.quotes[0]!.speaker, 'Maria Lopes')
  })

  test('a body named by a lower-case noun speaks: "afirmam os militares", "a agência de inteligência afirmou"', () => {
    assert.equal(pt('"Abatemos vinte drones esta noite", afirmam os militares em comunicado.').quotes[0]!.speaker, 'militares')
    assert.equal(pt('"Os mísseis chegaram por mar", declarou o governo num comunicado.').quotes[0]!.speaker, 'governo')
    assert.ok(pt('A agência sul-coreana de inteligência afirmou que Pyongyang enviou soldados em "grande número" para a Rússia.').quotes[0]!.speaker)
  })

  test('"o Presidente brasileiro" is the person of that state just named, not the president named last', () => {
    const text = 'Lula da Silva falou em Brasília. O Presidente ucraniano, Volodymyr Zelensky, pediu armas. O Presidente brasileiro disse que os dirigentes atuais "não têm mais nada para oferecer".'
    assert.equal(pt(text).quotes[0]!.speaker, 'Lula da Silva')
    const dropped = 'Lula da Silva falou em Brasília. O Presidente ucraniano, Volodymyr Zelensky, pediu armas. O Presidente brasileiro vai propor um grupo, dizendo que os dirigentes "não têm ideias novas".'
    assert.equal(pt(dropped).quotes[0]!.speaker, 'Lula da Silva')
  })
})

describe('Portuguese: who an anaphor is, and whose denial it is', () => {
  test('"o país asiático" after "os Estados Unidos afirmam que" is not the United States', () => {
    assert.deepEqual(triplesOf(pt('A Coreia do Norte rejeitou as acusações. Os Estados Unidos afirmam que o país asiático envia mísseis à Rússia.')), ['PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(pt('O Irão nega tudo. Israel garante que o país envia drones ao Hezbollah.')), ['IRN>HEZBOLLAH:drones'])
  })

  test('a denial does not reach a claim another state reports after it', () => {
    const a = pt('A Coreia do Norte negou estar a vender armas a Moscovo, depois de os Estados Unidos afirmarem que o país asiático envia foguetes à Rússia.')
    assert.deepEqual(claimsOf(a).filter((c) => c.includes('missiles') || c.includes('artillery')).map((c) => c.endsWith(':denied')), [false])
    assert.ok(claimsOf(pt('O Irão negou ter enviado drones para a Rússia.')).every((c) => c.endsWith(':denied')))
  })
})

describe('Portuguese: materiel as the object of a relative clause', () => {
  test('"os tanques que Portugal enviou à Ucrânia estão…": the antecedent is what is given, the copula ends the clause', () => {
    assert.deepEqual(triplesOf(pt('Os tanques que Portugal enviou à Ucrânia estão na Alemanha.')), ['PRT>UKR:armour'])
    assert.deepEqual(triplesOf(pt('Os três tanques Leopard 2 A6 que Portugal disponibilizou à Ucrânia já estão prontos para seguir para o território ucraniano.')), ['PRT>UKR:armour'])
    assert.deepEqual(triplesOf(pt('Os drones que o Irão vendeu à Rússia são usados contra cidades.')), ['IRN>RUS:drones'])
  })

  test('without a recipient in the relative clause the antecedent is not read as given', () => {
    assert.deepEqual(triplesOf(pt('Os soldados aprendem a usar as armas que o Estado comprou.')), [])
  })
})

describe('Portuguese: sanctions against the supplier, units of tanks', () => {
  test('"sanções contra o Irão por fornecer drones à Rússia": the sanctioned state supplies', () => {
    assert.deepEqual(triplesOf(pt('A UE aprovou sanções contra o Irão por fornecer drones à Rússia.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(pt('Londres anunciou sanções contra a Bielorrússia por ter enviado munições à Rússia.')), ['BLR>RUS:artillery_ammunition'])
  })

  test('"batalhões de tanques" are armour, not troops', () => {
    assert.deepEqual(triplesOf(pt('A Alemanha vai montar, com os aliados, dois batalhões de tanques para a Ucrânia.')), ['DEU>UKR:armour'])
  })
})

describe('Portuguese: materiel added with "juntamente com"', () => {
  test('"enviou soldados à Rússia, sobretudo para Kursk, juntamente com artilharia e mísseis"', () => {
    assert.deepEqual(triplesOf(pt('A Coreia do Norte enviou soldados à Rússia no ano passado, sobretudo para a região de Kursk, juntamente com artilharia e mísseis.')), ['PRK>RUS:troops', 'PRK>RUS:other_weapons', 'PRK>RUS:missiles'])
  })
})

describe('Portuguese: reported plans', () => {
  test('"disseram que enviariam": a conditional after a reporting verb and "que" is a plan of the speaker', () => {
    assert.deepEqual(claimsOf(pt('Os Estados Unidos disseram que enviariam tanques Abrams à Ucrânia.')), ['USA>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(pt('A Alemanha anunciou que enviaria munições à Ucrânia.')), ['DEU>UKR:artillery_ammunition:alleged_future'])
    assert.deepEqual(claimsOf(pt('Os media afirmam que a China estaria a enviar drones à Rússia.')).map((c) => c.split(':').pop()), ['reported'])
  })
})

describe('Portuguese: a request turned down', () => {
  const voices = (text: string): string[] => pt(text).support.map((c) => `${c.supplier}>${c.recipient}:${c.status}:${c.attributedTo}`)
  test('"negou o pedido de X para que…": the denial is its subject’s, the request stays the opinion of X', () => {
    assert.deepEqual(voices('Lisboa negou o pedido de Kiev para que Portugal enviasse mais tanques à Ucrânia.'), ['PRT>UKR:denied:Lisboa', 'PRT>UKR:opinion:Kiev'])
    assert.deepEqual(voices('O governo espanhol negou o pedido da Ucrânia, para que a Espanha enviasse mísseis para Kiev.'), ['ESP>UKR:denied:governo espanhol', 'ESP>UKR:opinion:Ucrânia'])
  })
})

describe('Portuguese: hearsay, obligations and admissions', () => {
  // "terá enviado", "alegadamente", "poderá ter recebido": hearsay, whoever passes it on.
  test('the future perfect of hearsay and "alegadamente" report', () => {
    assert.deepEqual(claimsOf(pt('A Coreia do Norte terá enviado mísseis à Rússia, disse o ministro sul-coreano.')), ['PRK>RUS:missiles:reported'])
    assert.deepEqual(claimsOf(pt('Os Estados Unidos terão enviado mísseis à Ucrânia em segredo.')), ['USA>UKR:missiles:reported'])
    assert.deepEqual(claimsOf(pt('A Bielorrússia alegadamente enviou munições à Rússia.')), ['BLR>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(pt('A Rússia poderá ter recebido mísseis da Coreia do Norte.')), ['PRK>RUS:missiles:reported'])
  })
  test('"terá de enviar" is an obligation still to be met', () => {
    assert.deepEqual(claimsOf(pt('A Alemanha terá de enviar mais tanques à Ucrânia.')), ['DEU>UKR:armour:alleged_future'])
  })
  test('"admitiu", "reconheceu" admit', () => {
    assert.deepEqual(claimsOf(pt('O Irão admitiu ter enviado drones à Rússia.')), ['IRN>RUS:drones:confirmed'])
    assert.deepEqual(claimsOf(pt('A Bielorrússia reconheceu ter fornecido munições à Rússia.')), ['BLR>RUS:artillery_ammunition:confirmed'])
  })
})

describe('Portuguese: intelligence services, news agencies, "estará a"', () => {
  test('an intelligence service speaks for its state; a news agency reports; "estará a enviar" is hearsay', () => {
    assert.deepEqual(claimsOf(pt('De acordo com os serviços de informações sul-coreanos, a Coreia do Norte enviou soldados à Rússia.')), ['PRK>RUS:troops:confirmed'])
    assert.deepEqual(claimsOf(pt('Segundo os serviços secretos britânicos, o Irão enviou mísseis à Rússia.')), ['IRN>RUS:missiles:confirmed'])
    assert.deepEqual(claimsOf(pt('A Coreia do Norte envia projéteis à Rússia, segundo a agência de notícias Yonhap.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(pt('O Irão estará a enviar mísseis para a Rússia, disse o ministro ucraniano Dmytro Kuleba.')), ['IRN>RUS:missiles:reported'])
  })
})

describe('Portuguese: a relative whose subject follows its verb', () => {
  test('"os drones iranianos que lança a Rússia": the state after the verb uses them', () => {
    assert.deepEqual(triplesOf(pt('Os drones iranianos que lança a Rússia contra Kiev são letais.')), ['IRN>RUS:drones'])
  })
})

describe('Portuguese: a transfer called untrue', () => {
  test('"não é verdade", "não corresponde à verdade", "fraudulenta" as the predicate of a transfer noun deny it', () => {
    assert.deepEqual(claimsOf(pt('O fornecimento de mísseis iranianos aos houthis não é verdade, disse o porta-voz iraniano.')), ['IRN>YEM:missiles:denied'])
    assert.deepEqual(claimsOf(pt('A venda de aviões russos à junta birmanesa não corresponde à verdade, afirmou o Kremlin.')), ['RUS>MMR:aircraft:denied'])
    assert.deepEqual(claimsOf(pt('A entrega de foguetes iranianos ao Hezbollah é uma acusação fraudulenta, declarou Teerão.')), ['IRN>HEZBOLLAH:artillery_ammunition:denied'])
  })
})

describe('Portuguese: concern about a transfer', () => {
  test('"expressaram preocupação com" the transfer of another is an accusation', () => {
    assert.deepEqual(claimsOf(pt('Os Estados Unidos expressaram preocupação com o envio de armas iranianas para a Rússia.')), ['IRN>RUS:other_weapons:asserted'])
    assert.deepEqual(claimsOf(pt('Israel manifestou preocupação com a entrega de mísseis russos ao Hezbollah.')), ['RUS>HEZBOLLAH:missiles:asserted'])
  })
})

describe('Portuguese: promised materiel', () => {
  test('"prometeu", "comprometeram" with materiel and a recipient pledge a transfer still to come', () => {
    assert.deepEqual(claimsOf(pt('Portugal prometeu tanques Leopard à Ucrânia.')), ['PRT>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(pt('Os Estados Unidos comprometeram seis baterias Patriot para Israel.')), ['USA>ISR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(pt('O Irão prometeu drones aos houthis, segundo Washington.')), ['IRN>YEM:drones:alleged_future'])
  })
  test('a promise to send stays a plan; a promise of no materiel gives nothing', () => {
    assert.deepEqual(claimsOf(pt('Portugal prometeu enviar tanques à Ucrânia.')), ['PRT>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(pt('A Alemanha prometeu ajuda à Ucrânia.')), [])
  })
})

describe('Portuguese: a second verb of saying joined by "e" after a quotation', () => {
  test('"X denunciou "…" e sustentou que "…"": both quotations are X\'s, not the speaker before', () => {
    const speakers = (text: string): Array<string | null> => pt(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('"Não enviaremos tropas", disse o porta-voz do Kremlin, Dmitri Peskov. Horas antes, o porta-voz do Ministério dos Negócios Estrangeiros de Israel, Lior Haiat, denunciou "a campanha de mentiras sobre o Hezbollah" e sustentou que "não passa de propaganda".'), ['Dmitri Peskov', 'Lior Haiat', 'Lior Haiat'])
  })
})

describe('Portuguese: a role word names the person who holds that very word', () => {
  test('"a ministra" after "a ministra …, X" and "o ministro …, Y" is X, not the minister named last', () => {
    const speakers = (text: string): Array<string | null> => pt(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('A ministra da Defesa de Portugal, Helena Moura, falou aos jornalistas. O pedido foi apoiado pelo ministro da Defesa da Letónia, Andris Kalns, que avançou um custo. Questionada sobre isso, a ministra pediu cautela. "Vamos esperar e ver o que está a ser discutido", afirmou.'), ['Helena Moura'])
  })
})
