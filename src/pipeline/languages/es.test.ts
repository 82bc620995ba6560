import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'

const es = (text: string) => analyze(text, 'es')

describe('Spanish: supply, acquisition and use', () => {
  test('a dropped subject after "pero" is the state named last, not one named earlier in the dateline', () => {
    assert.deepEqual(claimsOf(es('BRUSELAS, 3 Mar. - La ministra dijo que España mandará misiles a Ucrania, pero no cederá el sistema antiaéreo.')), ['ESP>UKR:missiles:alleged_future', 'ESP>UKR:air_defence:denied'])
    assert.deepEqual(claimsOf(es('MADRID, 4 Abr. - El Gobierno explicó que Portugal enviará obuses a Ucrania, pero no cederá sus carros de combate.')), ['PRT>UKR:other_weapons:alleged_future', 'PRT>UKR:armour:denied'])
    // "el país" is a state: a tie goes to the state, not to the organisation named after it.
    assert.deepEqual(claimsOf(es('Un representante de Corea del Norte ante la ONU negó el lunes que el país haya enviado soldados a Rusia.')), ['PRK>RUS:troops:denied'])
  })

  test('"acusar a X de" + infinitive: the accused X is the supplier, not a recipient', () => {
    assert.deepEqual(triplesOf(es('El Reino Unido acusó a Bielorrusia de entregar munición a Rusia.')), ['BLR>RUS:artillery_ammunition'])
    assert.deepEqual(claimsOf(es('Kiev acusa a Teherán de haber vendido drones a Moscú.')), ['IRN>RUS:drones:asserted'])
    assert.deepEqual(triplesOf(es('Washington acusó a Corea del Norte de enviar proyectiles de artillería a Rusia.')), ['PRK>RUS:artillery_ammunition'])
    // In French the asked party behind "à" does what the infinitive says.
    assert.deepEqual(triplesOf(analyze("Le ministre a demandé à l'Allemagne de livrer des chars Leopard à l'Ukraine.", 'fr')), ['DEU>UKR:armour'])
  })

  test('active verbs in the indefinido, the future and the perfect, with "a" before the recipient', () => {
    assert.deepEqual(claimsOf(es('Irán suministró drones Shahed a Rusia el año pasado.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(claimsOf(es('Alemania enviará dos sistemas Patriot a Ucrania el próximo mes.')), ['DEU>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(es('Francia ha entregado cañones Caesar a Ucrania, confirmó el ministro de Defensa.')), ['FRA>UKR:other_weapons:confirmed'])
    assert.deepEqual(triplesOf(es('Turquía vendió drones Bayraktar a Azerbaiyán.')), ['TUR>AZE:drones'])
    assert.deepEqual(claimsOf(es('Noruega donó 500 millones de euros a Ucrania.')), ['NOR>UKR:financial:reported'])
  })

  test('passives with "ser" and "por", and the reflexive passive whose supplier comes from "desde"', () => {
    assert.deepEqual(triplesOf(es('Los tanques Leopard fueron entregados a Ucrania por España en abril.')), ['ESP>UKR:armour'])
    assert.deepEqual(triplesOf(es('Se enviaron cien vehículos blindados a Ucrania desde Polonia.')), ['POL>UKR:armour'])
  })

  test('purchases and receipts: "comprar a" names the seller, "recibir de" the supplier', () => {
    assert.deepEqual(triplesOf(es('La junta birmana compró aviones de combate a Rusia.')), ['RUS>MMR:aircraft'])
    assert.deepEqual(triplesOf(es('Armenia compró sistemas de artillería a la India.')), ['IND>ARM:other_weapons'])
    assert.deepEqual(triplesOf(es('Arabia Saudí compró armas a Estados Unidos.')), ['USA>SAU:other_weapons'])
    assert.deepEqual(triplesOf(es('Israel recibió bombas guiadas de Estados Unidos.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(claimsOf(es('Washington aprobó la venta de misiles a Taiwán.')), ['USA>TWN:missiles:alleged_future'])
  })

  test('materiel of foreign make used by a party is supply by origin, reported', () => {
    assert.deepEqual(claimsOf(es('Los hutíes lanzaron misiles de fabricación iraní contra buques en el mar Rojo.')), ['IRN>YEM:missiles:reported'])
    assert.deepEqual(claimsOf(es('Rusia utilizó misiles norcoreanos contra Kiev.')), ['PRK>RUS:missiles:reported'])
  })

  test('training, deployment and equipping', () => {
    assert.deepEqual(triplesOf(es('El Reino Unido entrenó a miles de soldados ucranianos.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(es('Los instructores franceses formaron a pilotos ucranianos.')), ['FRA>UKR:trainers'])
    assert.deepEqual(claimsOf(es('Irán habría entrenado a combatientes hutíes en Yemen.')), ['IRN>YEM:trainers:reported'])
    assert.deepEqual(triplesOf(es('Rusia desplegó tropas en Malí.')), ['RUS>MLI:troops'])
    assert.deepEqual(triplesOf(es('Irán ha armado a Hamás durante años, reconoció el diplomático iraní.')), ['IRN>HAMAS:other_weapons'])
  })

  test('several categories and non-state recipients', () => {
    assert.deepEqual(triplesOf(es('Irán proporciona armas y financiación a Hezbolá, denunció el embajador israelí.')), ['IRN>HEZBOLLAH:financial', 'IRN>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(es('Wagner recibió armas de Corea del Norte, según la Casa Blanca.')), ['PRK>RUS:other_weapons'])
  })
})

describe('Spanish: statuses', () => {
  test('preparing or being ready to send is a plan ("a" before the infinitive is no auxiliary)', () => {
    assert.deepEqual(claimsOf(es('Irán se prepara a enviar misiles a Rusia.')), ['IRN>RUS:missiles:alleged_future'])
    assert.deepEqual(claimsOf(es('Irán estaría listo para enviar drones a Rusia.')), ['IRN>RUS:drones:alleged_future'])
    assert.deepEqual(claimsOf(es('España está dispuesta a enviar tanques a Ucrania.')), ['ESP>UKR:armour:alleged_future'])
  })

  test('conditional and "según" make a report; a future tense makes a plan', () => {
    assert.deepEqual(claimsOf(es('Según la inteligencia ucraniana, Corea del Norte habría enviado millones de proyectiles de artillería a Rusia.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(es('Pionyang envió soldados a Rusia, según Seúl.')), ['PRK>RUS:troops:confirmed'])
  })

  test('denials, negations and refusals', () => {
    assert.deepEqual(claimsOf(es('El Kremlin negó que Irán hubiera entregado misiles balísticos a Rusia.')), ['IRN>RUS:missiles:denied'])
    assert.deepEqual(claimsOf(es('China niega haber vendido armas letales a Rusia.')), ['CHN>RUS:other_weapons:denied'])
    assert.deepEqual(claimsOf(es('Estados Unidos no enviará tropas a Ucrania, afirmó el presidente.')), ['USA>UKR:troops:denied'])
    assert.deepEqual(claimsOf(es('El Gobierno de España ha rechazado enviar aviones de combate a Ucrania.')), ['ESP>UKR:aircraft:denied'])
  })

  test('a present tense ending like a future is no plan: "dispara" is not "disparará"', () => {
    assert.deepEqual(claimsOf(es('Rusia dispara misiles norcoreanos contra Járkov.')), ['PRK>RUS:missiles:reported'])
  })
})

describe('Spanish: quotes and speakers', () => {
  test('a reporting verb without a subject continues the last speaker (pro-drop); a sentence-opening "En"/"Después" is no name', () => {
    const speakers = (text: string): Array<string | null> => es(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('La ministra de Defensa, Margarita Robles, visitó la base de Zaragoza. Después ha añadido que "la ayuda seguirá llegando".'), ['Margarita Robles'])
    assert.deepEqual(speakers('El embajador Luis Ortega habló con la prensa el lunes. En mayo, aseguró que "las entregas son insuficientes".'), ['Luis Ortega'])
    assert.deepEqual(speakers('La ministra Ana Ruiz presentó el plan. Y ha dejado claro que "no habrá tropas sobre el terreno".'), ['Ana Ruiz'])
    assert.deepEqual(speakers('La portavoz Elena Vidal habló con los periodistas. "No hay pruebas", exclamó.'), ['Elena Vidal'])
  })

  test('"enviaremos", "debemos": first-person verbs in a quote stand for the speaker\'s state', () => {
    assert.deepEqual(claimsOf(es('La ministra de Defensa, Margarita Robles, ha dicho: «Enviaremos más misiles a Ucrania».')), ['ESP>UKR:missiles:alleged_future'])
  })

  test('«…», dijo X: the incise gives the speaker; "hemos" stands for the speaker\'s state', () => {
    const a = es('«No hemos suministrado armas a Rusia», dijo el portavoz de la Cancillería china Mao Ning.')
    assert.equal(a.quotes[0]!.speaker, 'Mao Ning')
    assert.deepEqual(claimsOf(a), ['CHN>RUS:other_weapons:denied'])
  })

  test('X declaró: «…» gives the quotation to the subject before the colon', () => {
    const a = es('El portavoz Dmitri Peskov declaró: «Rusia no ha recibido drones de Irán».')
    assert.equal(a.quotes[0]!.speaker, 'Dmitri Peskov')
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:denied'])
  })

  test('«…». Así lo afirmó X: the next sentence gives the words back to their speaker', () => {
    const a = es('«Vamos a enviar otro paquete de misiles Patriot a Ucrania». Así lo afirmó la ministra de Defensa, Margarita Robles.')
    assert.equal(a.quotes[0]!.speaker, 'Margarita Robles')
    assert.deepEqual(triplesOf(a), ['ESP>UKR:air_defence'])
  })
})

describe('Spanish: speakers without a name', () => {
  test('a body named by a lower-case noun speaks: "aseguraron los militares", "el gobierno afirmó"', () => {
    assert.equal(es('«Derribamos veinte drones esta noche», aseguraron los militares en un comunicado.').quotes[0]!.speaker, 'militares')
    assert.equal(es('«Los misiles llegaron por mar», afirmó el gobierno en un comunicado.').quotes[0]!.speaker, 'gobierno')
  })

  test('the role owning a body speaks, not the body: "el vocero de la diplomacia iraní apuntó"', () => {
    const a = es('El portavoz de Exteriores, Nasser Kanani, habló en Teherán. Después, el vocero de la diplomacia iraní apuntó que es «una excusa para la presencia militar».')
    assert.equal(a.quotes[0]!.speaker, 'Nasser Kanani')
  })

  test('"el presidente colombiano" is the person of that state just named, not the president named last', () => {
    const text = 'Gustavo Petro habló en Bogotá. El presidente ucraniano, Volodímir Zelenski, pidió armas. El presidente colombiano dijo que los dirigentes actuales «no tienen nada nuevo que ofrecer».'
    assert.equal(es(text).quotes[0]!.speaker, 'Gustavo Petro')
  })
})

describe('Spanish: clauses, cargo and anaphors', () => {
  test('"suministra armas y aconsejó a Washington": the addressee of a second verb of saying or asking is no recipient', () => {
    assert.deepEqual(triplesOf(es('El portavoz negó que China suministre armas y aconsejó a Washington que deje de acusar a otros.')), [])
    assert.deepEqual(triplesOf(es('Irán vende drones y exhortó a Moscú a pagar en oro.')), [])
    assert.deepEqual(triplesOf(es('Irán vende drones y misiles a Rusia.')), ['IRN>RUS:drones', 'IRN>RUS:missiles'])
  })

  test('a shipment "que iban desde X hasta Y" is a transfer from X to Y; without both, none', () => {
    assert.deepEqual(triplesOf(es('La marina incautó drones que iban desde Irán hasta los hutíes.')), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(es('Los guardacostas detuvieron un barco cargado de misiles de crucero iraníes con destino a Yemen.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(es('Los camiones que iban hacia el frente transportaban obuses.')), [])
  })

  test('"crudo" as an adjective ("fue igual de crudo") is no oil', () => {
    assert.deepEqual(triplesOf(es('El rechazo de Madrid a enviar más tanques a Ucrania fue igual de crudo.')).filter((t) => t.endsWith('economic')), [])
    assert.deepEqual(triplesOf(es('Rusia vendió petróleo crudo a la India.')), ['RUS>IND:economic'])
  })

  test('"el país" after "Estados Unidos aseguran que" is not the United States', () => {
    assert.deepEqual(triplesOf(es('Corea del Norte lo niega. Estados Unidos asegura que el país envía misiles a Rusia.')), ['PRK>RUS:missiles'])
  })
})

describe('Spanish: materiel as the object of a relative clause', () => {
  test('"los tanques que España envió a Ucrania están…"', () => {
    assert.deepEqual(triplesOf(es('Los tanques Leopard que España envió a Ucrania están en Polonia.')), ['ESP>UKR:armour'])
    assert.deepEqual(triplesOf(es('Los misiles que Corea del Norte vendió a Rusia fueron lanzados contra Járkov.')), ['PRK>RUS:missiles'])
  })
})

describe('Spanish: sanctions against the supplier', () => {
  test('"sanciones contra Irán por suministrar drones a Rusia": the sanctioned state supplies', () => {
    assert.deepEqual(triplesOf(es('La UE acordó imponer sanciones contra Irán por suministrar drones a Rusia.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(es('Washington anunció medidas contra Bielorrusia por haber entregado munición a Rusia.')), ['BLR>RUS:artillery_ammunition'])
  })
})

describe('Spanish: materiel added with "junto con"', () => {
  test('"envió soldados a Rusia, sobre todo a Kursk, junto con artillería y misiles": all of it is sent', () => {
    assert.deepEqual(triplesOf(es('Corea del Norte envió 10.000 soldados a Rusia en 2024, sobre todo a la región de Kursk, junto con artillería y misiles.')), ['PRK>RUS:troops', 'PRK>RUS:other_weapons', 'PRK>RUS:missiles'])
    assert.deepEqual(triplesOf(es('Irán entregó drones a Rusia en secreto, junto con munición de artillería.')), ['IRN>RUS:drones', 'IRN>RUS:artillery_ammunition'])
  })

  test('"junto con" after another verb adds nothing to the first transfer', () => {
    assert.deepEqual(triplesOf(es('Irán entregó drones a Rusia, que los lanzó contra Kiev junto con misiles propios.')), ['IRN>RUS:drones'])
  })
})

describe('Spanish: reported plans and other voices', () => {
  test('"anunció que mandaría": a conditional after a reporting verb and "que" is a plan of the speaker', () => {
    assert.deepEqual(claimsOf(es('España anunció que enviaría tanques a Ucrania.')), ['ESP>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(es('Alemania dijo que mandaría más drones a Ucrania.')), ['DEU>UKR:drones:alleged_future'])
    assert.deepEqual(claimsOf(es('Los medios aseguran que China estaría enviando drones a Rusia.')).map((c) => c.split(':').pop()), ['reported'])
  })
  test('words of time or of the hearer between the reporting verb and "que" keep the plan', () => {
    assert.deepEqual(claimsOf(es('España anunció en mayo que mandaría a Ucrania diez carros de combate Leopard.')), ['ESP>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(es('El Gobierno dijo el martes que España enviaría tanques a Ucrania.')), ['ESP>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(es('Kiev afirmó el martes que Irán estaría enviando drones a Rusia.')), ['IRN>RUS:drones:reported'])
  })

  test('a denial does not reach a plan other media report later in the sentence', () => {
    const claims = claimsOf(es('China negó que suministre armas a Rusia, después de que medios estadounidenses asegurasen que Pekín está considerando enviar munición a Moscú.'))
    assert.ok(claims.includes('CHN>RUS:artillery_ammunition:alleged_future'))
    assert.ok(claims.includes('CHN>RUS:other_weapons:denied'))
  })
})

describe('Spanish: the state accused or urged through a word for its government', () => {
  test('"acusó al Gobierno iraní de proporcionar", "al Gobierno de Irán", "instó al gobierno de España a enviar"', () => {
    assert.deepEqual(claimsOf(es('El ministro israelí ha acusado al Gobierno iraní de proporcionar armas a Hezbolá.')), ['IRN>HEZBOLLAH:other_weapons:asserted'])
    assert.deepEqual(claimsOf(es('Israel ha acusado al Gobierno de Irán de proporcionar armas a Hezbolá.')), ['IRN>HEZBOLLAH:other_weapons:asserted'])
    assert.deepEqual(claimsOf(es('Washington acusó al ejército iraní de suministrar drones a Rusia.')), ['IRN>RUS:drones:asserted'])
    assert.deepEqual(claimsOf(es('Kiev instó al gobierno de España a enviar más tanques a Ucrania.')), ['ESP>UKR:armour:opinion'])
  })
  test('a government accused of something else is given nothing', () => {
    assert.deepEqual(claimsOf(es('El ministro acusó al Gobierno de mentir sobre los drones iraníes.')), [])
  })
})

describe('Spanish: a relative whose subject follows its verb', () => {
  test('"los drones iraníes que emplea Rusia": the state after the verb uses them', () => {
    assert.deepEqual(triplesOf(es('Los drones iraníes que emplea Rusia son letales.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(es('Los drones iraníes que lanza Rusia contra Kiev son letales.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(es('Los tanques que Alemania envió a Ucrania llegaron en marzo.')), ['DEU>UKR:armour'])
  })
})

describe('Spanish: expected transfers', () => {
  test('"se espera que", "es de esperar que" before a subjunctive make a plan', () => {
    assert.deepEqual(claimsOf(es('Se espera que Alemania envíe más tanques a Ucrania en las próximas semanas.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(es('Se espera que Irán entregue misiles balísticos a Rusia este invierno, dijo un funcionario estadounidense.')), ['IRN>RUS:missiles:alleged_future'])
    assert.deepEqual(claimsOf(es('Es de esperar que Turquía venda drones a Azerbaiyán.')), ['TUR>AZE:drones:alleged_future'])
  })
})

describe('Spanish: a transfer called untrue', () => {
  test('"no es verdad", "no es cierta", "fraudulento", "propagandística" as the predicate of a transfer noun deny it', () => {
    assert.deepEqual(claimsOf(es('La entrega de cohetes iraníes a Hezbolá no es verdad, afirmó el ministro iraní.')), ['IRN>HEZBOLLAH:artillery_ammunition:denied'])
    assert.deepEqual(claimsOf(es('La venta de aviones rusos a la junta birmana no es cierta, dijo el portavoz del Kremlin.')), ['RUS>MMR:aircraft:denied'])
    assert.deepEqual(claimsOf(es('El envío de drones iraníes a los hutíes no es más que un intento fraudulento de Washington, declaró Teherán.')), ['IRN>YEM:drones:denied'])
    assert.deepEqual(claimsOf(es('El suministro de misiles turcos a Azerbaiyán no es más que una maniobra propagandística, según Ankara.')), ['TUR>AZE:missiles:denied'])
  })
})

describe('Spanish: concern about a transfer', () => {
  test('"expresó su preocupación por" the transfer of another is an accusation', () => {
    assert.deepEqual(claimsOf(es('Estados Unidos expresó su preocupación por el envío de drones iraníes a Rusia.')), ['IRN>RUS:drones:asserted'])
    assert.deepEqual(claimsOf(es('Israel mostró su preocupación por la entrega de misiles rusos a Hezbolá.')), ['RUS>HEZBOLLAH:missiles:asserted'])
    assert.deepEqual(claimsOf(es('Washington y sus aliados expresaron su preocupación por el envío de armas norcoreanas a Rusia.')), ['PRK>RUS:other_weapons:asserted'])
  })
})

describe('Spanish: promised materiel', () => {
  test('"prometió", "ha comprometido" with materiel and a recipient pledge a transfer still to come', () => {
    assert.deepEqual(claimsOf(es('España prometió tanques Leopard a Ucrania.')), ['ESP>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(es('Estados Unidos ha comprometido seis baterías Patriot para Israel.')), ['USA>ISR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(es('Irán prometió drones a los hutíes, según Washington.')), ['IRN>YEM:drones:alleged_future'])
    assert.deepEqual(claimsOf(es('Los tanques prometidos por España llegaron a Ucrania.')), ['ESP>UKR:armour:alleged_future'])
  })
  test('a promise to send stays a plan; a promise of no materiel gives nothing', () => {
    assert.deepEqual(claimsOf(es('España prometió enviar tanques a Ucrania.')), ['ESP>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(es('Rusia se comprometió a entregar aviones a la junta birmana.')), ['RUS>MMR:aircraft:alleged_future'])
    assert.deepEqual(claimsOf(es('Alemania prometió ayuda a Ucrania.')), [])
  })
})

describe('Spanish: a second verb of saying joined by "y" after a quotation', () => {
  test('"X denunció «…» y sostuvo que «…»": both quotations are X\'s, not the speaker before', () => {
    const speakers = (text: string): Array<string | null> => es(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('«No enviaremos tropas», ha dicho el portavoz del Kremlin, Dmitri Peskov. Horas antes, el portavoz del Ministerio de Exteriores de Israel, Lior Haiat, denunció «la difusión de información falsa sobre Hezbolá» y sostuvo que «no es más que una mentira».'), ['Dmitri Peskov', 'Lior Haiat', 'Lior Haiat'])
    assert.deepEqual(speakers('«La ayuda seguirá», afirmó el ministro ucraniano, Oleh Berezin. Después, la portavoz sudanesa, Amina Haroun, criticó «la injerencia de los Emiratos» y subrayó que «es inaceptable».'), ['Oleh Berezin', 'Amina Haroun', 'Amina Haroun'])
  })
  test('a verb after "y" with no one before the quotation still goes on with the last speaker', () => {
    const speakers = (text: string): Array<string | null> => es(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('«No enviaremos tropas», ha dicho el portavoz del Kremlin, Dmitri Peskov. «Es una provocación» y «una mentira», añadió.'), ['Dmitri Peskov', 'Dmitri Peskov', 'Dmitri Peskov'])
  })
})

describe('Spanish: a role word names the person who holds that very word', () => {
  test('"la ministra" after "la ministra …, X" and "el ministro …, Y" is X, not the minister named last', () => {
    const speakers = (text: string): Array<string | null> => es(text).quotes.map((q) => q.speaker)
    assert.deepEqual(speakers('La ministra de Defensa de España, Lucía Vera, habló con la prensa. La petición fue respaldada por el ministro de Defensa de Lituania, Tomas Rimkus, que citó un coste. La ministra pidió prudencia. «Hay que esperar y ver lo que se decide», afirmó.'), ['Lucía Vera'])
  })
})
