import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analyze, claimsOf, triplesOf } from '../../../test/knowledge.js'
import { buildDocumentContext } from '../document-context.js'
import { findPeople } from '../find-people.js'
import { knowledge } from '../../../test/knowledge.js'

const ar = (text: string): ReturnType<typeof analyze> => analyze(text, 'ar')

describe('Arabic: word order and clitics', () => {
  test('verb–subject–object: the first actor after the verb supplies, the second receives', () => {
    assert.deepEqual(claimsOf(ar('زودت كوريا الشمالية روسيا بملايين القذائف المدفعية.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(triplesOf(ar('زودت إيران حزب الله بصواريخ دقيقة.')), ['IRN>HEZBOLLAH:missiles'])
    assert.deepEqual(triplesOf(ar('زودت روسيا ميانمار بمقاتلات سوخوي 30.')), ['RUS>MMR:aircraft'])
  })

  test('subject before the verb after أن / إن, and a recipient after إلى or the clitic ل', () => {
    assert.deepEqual(triplesOf(ar('وقال مسؤول إن كوريا الشمالية أرسلت آلاف الجنود إلى روسيا.')), ['PRK>RUS:troops'])
    assert.deepEqual(triplesOf(ar('وبحسب تقارير إعلامية، باعت الصين مكونات إلكترونية لروسيا.')), ['CHN>RUS:components_dual_use'])
    assert.deepEqual(triplesOf(ar('أرسلت الإمارات أسلحة إلى السودان عبر تشاد.')), ['ARE>SDN:other_weapons'])
  })

  test('a verb after a glued و opens a clause whose subject follows the verb', () => {
    assert.deepEqual(triplesOf(ar('تدعم بيلاروسيا روسيا، وقد أرسلت مينسك عشرين دبابة إلى روسيا.')), ['BLR>RUS:armour'])
  })

  test('the verbal noun: its agent follows it, or "من قبل" names it', () => {
    assert.deepEqual(triplesOf(ar('بدأ إرسال إيران مسيرات إلى روسيا في أغسطس.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ar('وتدين إيران بيع السعودية أسلحة من قبل الولايات المتحدة.')), ['USA>SAU:other_weapons'])
    assert.deepEqual(claimsOf(ar('اتهمت الولايات المتحدة إيران بتزويد الحوثيين بصواريخ مضادة للسفن.')), ['IRN>YEM:missiles:asserted'])
  })

  test('wars other than Russia–Ukraine', () => {
    assert.deepEqual(triplesOf(ar('قدمت تركيا مسيرات بيرقدار إلى أذربيجان.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(ar('اشترت أذربيجان أسلحة من إسرائيل.')), ['ISR>AZE:other_weapons'])
    assert.deepEqual(triplesOf(ar('تلقت إسرائيل قنابل موجهة من الولايات المتحدة.')), ['USA>ISR:other_weapons'])
    assert.deepEqual(triplesOf(ar('تمول قطر حركة حماس بملايين الدولارات.')), ['QAT>HAMAS:financial'])
    assert.deepEqual(triplesOf(ar('أرسلت روسيا مستشارين عسكريين إلى باماكو.')), ['RUS>MLI:technical_support'])
  })
})

describe('Arabic: kinds of support', () => {
  test('"احتمالية"، "إمكانية": a possible transfer is one to come', () => {
    assert.deepEqual(claimsOf(analyze('تخشى موسكو من احتمالية شراء أوكرانيا للمسيرات التركية.', 'ar')), ['TUR>UKR:drones:alleged_future'])
    assert.deepEqual(claimsOf(analyze('ناقش الوزيران احتمال إرسال ألمانيا دبابات إلى أوكرانيا.', 'ar')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(analyze('تزداد المخاوف من إمكانية إرسال فرنسا طائرات مقاتلة إلى أوكرانيا.', 'ar')), ['FRA>UKR:aircraft:alleged_future'])
  })

  test('acquiring, training, deploying', () => {
    assert.deepEqual(claimsOf(ar('تعتزم بولندا شراء مقاتلات إف-35 من الولايات المتحدة.')), ['USA>POL:aircraft:alleged_future'])
    assert.deepEqual(triplesOf(ar('دربت بريطانيا آلاف الجنود الأوكرانيين.')), ['GBR>UKR:trainers'])
    assert.deepEqual(triplesOf(ar('نشرت كوريا الشمالية آلاف الجنود في منطقة كورسك.')), ['PRK>RUS:troops'])
  })

  test('use by origin is reported: "مسيرات إيرانية الصنع", "صواريخ كورية شمالية"', () => {
    assert.deepEqual(claimsOf(ar('استخدمت القوات الروسية مسيرات إيرانية الصنع في الهجوم على أوديسا.')), ['IRN>RUS:drones:reported'])
    assert.deepEqual(triplesOf(ar('وأكدت وزارة الدفاع الأوكرانية أن روسيا أطلقت صواريخ كورية شمالية على خاركيف.')), ['PRK>RUS:missiles'])
  })

  test('launching from a territory is access to it', () => {
    assert.deepEqual(triplesOf(ar('أطلقت روسيا مسيرات من أراضي بيلاروسيا على كييف.')), ['BLR>RUS:territory_access'])
  })

  test('money with military aid is financial support', () => {
    assert.deepEqual(triplesOf(ar('قدمت الولايات المتحدة مساعدات عسكرية بقيمة مليار دولار لإسرائيل.')), ['USA>ISR:financial'])
  })

  test('production on another state\'s soil is a production licence', () => {
    assert.deepEqual(triplesOf(ar('ساعدت إيران في إنتاج مسيرات في روسيا.')), ['IRN>RUS:production_licence'])
  })
})

describe('Arabic: cargo, interceptions, verbal nouns after a verb', () => {
  test('a vessel carrying foreign materiel bound for a state: the origin supplies the destination', () => {
    assert.deepEqual(triplesOf(ar('ضبطت البحرية سفينة تحمل صواريخ إيرانية كانت متجهة إلى اليمن.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(ar('صادر خفر السواحل قاربا محملا ببنادق إيرانية متجها إلى الصومال.')), ['IRN>SOM:small_arms'])
    assert.deepEqual(triplesOf(ar('تحمل الشاحنات الروسية أسلحة على الجبهة.')), [])
    assert.deepEqual(triplesOf(ar('تحمل إيران المسؤولية عن التصعيد في المنطقة.')), [])
  })

  test('intercepting a vessel or a rifle is no air defence; intercepting what flies is', () => {
    assert.deepEqual(triplesOf(ar('أعلنت البحرية الأمريكية اعتراض سفينة تحمل بنادق إيرانية كانت متجهة إلى اليمن.')), ['IRN>YEM:small_arms'])
    assert.deepEqual(triplesOf(ar('اعترضت القوات الأمريكية بنادق إيرانية في طريقها إلى اليمن.')).filter((t) => t.endsWith('air_defence')), [])
    assert.deepEqual(triplesOf(ar('اعترضت الأردن مسيرات إيرانية أطلقت باتجاه إسرائيل.')), ['JOR>ISR:air_defence'])
  })

  test('the buyer right after the verbal noun of buying comes before the subject of the sentence', () => {
    assert.deepEqual(triplesOf(ar('عبرت إسرائيل عن قلقها من احتمال شراء مصر للمسيرات الصينية.')), ['CHN>EGY:drones'])
    assert.deepEqual(triplesOf(ar('تسعى روسيا إلى شراء صواريخ باليستية من إيران.')), ['IRN>RUS:missiles'])
  })

  test('verb first: the state between the governing verb and the verbal noun supplies', () => {
    assert.deepEqual(claimsOf(ar('قررت ألمانيا إرسال دبابات إلى أوكرانيا.')), ['DEU>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(ar('تحاول إيران نقل متطوعين إلى سوريا.')), ['IRN>SYR:troops:alleged_future'])
    assert.deepEqual(triplesOf(ar('أعلنت بريطانيا تقديم صواريخ لأوكرانيا.')), ['GBR>UKR:missiles'])
    assert.deepEqual(triplesOf(ar('انتقدت روسيا إرسال أسلحة إلى أوكرانيا.')), [])
  })

  test('indefinite قوات and volunteers sent abroad are troops', () => {
    assert.deepEqual(triplesOf(ar('أرسلت روسيا قوات إلى سوريا.')), ['RUS>SYR:troops'])
    assert.deepEqual(triplesOf(ar('ترسل إيران قوات جديدة إلى العراق.')), ['IRN>IRQ:troops'])
    assert.deepEqual(triplesOf(ar('استخدمت القوات الروسية صواريخ كورية شمالية.')), ['PRK>RUS:missiles'])
  })
})

describe('Arabic: status', () => {
  test('future with the clitic س and with سوف, يعتزم', () => {
    assert.deepEqual(claimsOf(ar('ستزود ألمانيا أوكرانيا بمنظومات دفاع جوي إضافية.')), ['DEU>UKR:air_defence:alleged_future'])
    assert.deepEqual(claimsOf(ar('أعلنت الولايات المتحدة أنها سترسل دبابات أبرامز إلى أوكرانيا.')), ['USA>UKR:armour:alleged_future'])
    assert.deepEqual(claimsOf(ar('سوف ترسل فرنسا مدافع إلى أوكرانيا.')), ['FRA>UKR:other_weapons:alleged_future'])
  })

  test('denial, negation and refusal', () => {
    assert.deepEqual(claimsOf(ar('نفت طهران أنها زودت موسكو بصواريخ باليستية.')), ['IRN>RUS:missiles:denied'])
    assert.deepEqual(claimsOf(ar('وقال كيربي إن إيران لم ترسل صواريخ باليستية إلى روسيا.')), ['IRN>RUS:missiles:denied'])
    assert.deepEqual(claimsOf(ar('رفضت ألمانيا تزويد أوكرانيا بصواريخ تاوروس.')), ['DEU>UKR:missiles:denied'])
    assert.deepEqual(claimsOf(ar('لن ترسل فرنسا قوات برية إلى أوكرانيا، قال ماكرون.')), ['FRA>UKR:troops:denied'])
  })

  test('an official on the record confirms; media reports are reported', () => {
    assert.deepEqual(claimsOf(ar('قال المتحدث باسم البنتاغون بات رايدر إن كوريا الشمالية أرسلت آلاف الجنود إلى روسيا.')), ['PRK>RUS:troops:confirmed'])
    assert.deepEqual(claimsOf(ar('أرسلت كوريا الشمالية قذائف مدفعية إلى روسيا، بحسب تقارير إعلامية.')), ['PRK>RUS:artillery_ammunition:reported'])
  })
})

describe('Arabic: quotations and speakers', () => {
  test('«…» and “…” after قال, with the speaker from the people lexicon', () => {
    const a = ar('وقال جون كيربي: «لقد زودت إيران روسيا بمئات الطائرات المسيرة».')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['جون كيربي'])
    assert.deepEqual(claimsOf(a), ['IRN>RUS:drones:confirmed'])
    const b = ar('وقال الرئيس الأوكراني فولوديمير زيلينسكي إن “الصين تزود روسيا بالبارود”.')
    assert.deepEqual(b.quotes.map((q) => q.speaker), ['فولوديمير زيلينسكي'])
  })

  test('a name no lexicon knows: a given name and the words after it, after its role', () => {
    const a = ar('وقال الناطق باسم الخارجية الإيرانية حميد رضائي إن «هذه الاتهامات كاذبة تماما ولا أساس لها».')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['حميد رضائي'])
  })

  test('a reporting verb with no subject speaks for the last speaker', () => {
    const a = ar('وقال جون كيربي إن «الوضع خطير جدا في المنطقة اليوم».\nوأضاف أن «إيران أرسلت مسيرات إلى روسيا خلال الأسابيع الماضية».')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['جون كيربي', 'جون كيربي'])
    assert.deepEqual(a.support.map((c) => c.attributedTo), ['جون كيربي'])
  })

  test('a short quotation after a channel, a ship or a day, or naming an outlet, is a name', () => {
    const a = ar('وقال القائد، بحسب قناة «العربية الحدث»، إن السفينة «يو إس إس ماسون» اعترضت صاروخين يوم «الأحد».')
    assert.deepEqual(a.quotes, [])
    const b = ar('وقال الضابط، بحسب «فرانس برس»، إن «الشحنة كانت تحوي صواريخ مضادة للدبابات».')
    assert.deepEqual(b.quotes.map((q) => q.text), ['الشحنة كانت تحوي صواريخ مضادة للدبابات'])
  })

  test('an institution speaks: وزارة الخارجية الصينية', () => {
    const a = ar('وقالت وزارة الخارجية الصينية إن «بكين لا تبيع أسلحة فتاكة لأي طرف في النزاع».')
    assert.deepEqual(a.quotes.map((q) => q.speaker), ['وزارة الخارجية الصينية'])
  })

  test('evidence and quotes are exact substrings of the text', () => {
    const text = 'وقال جون كيربي: «لقد زودت إيران روسيا بمئات الطائرات المسيرة»، وأرسلت طهران أيضا صواريخ إلى روسيا.'
    const a = ar(text)
    assert.ok(a.support.length > 0)
    for (const c of a.support) assert.equal(text.slice(c.evidence.start, c.evidence.end), c.evidence.text)
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text)
  })
})

describe('Arabic: names without capitals', () => {
  const people = (text: string): string[] => findPeople(buildDocumentContext(text, knowledge.languages.get('ar')!, knowledge)).map((p) => p.name)

  test('a given name opens a name; a surname alone refers back to it', () => {
    assert.deepEqual(people('قال كيفن جونيغان إن السفن اعترضت الشحنة. وأضاف جونيغان أن الشحنة كبيرة.'), ['كيفن جونيغان', 'جونيغان'])
  })

  test('a given name alone, or followed by a known word, is no name', () => {
    assert.deepEqual(people('زار جون روسيا أمس.'), [])
  })
})

describe('Arabic: "X الصنع" names the maker', () => {
  test('materiel "made in X" used by another side is supplied by X', () => {
    assert.deepEqual(triplesOf(ar('استخدم حزب الله صواريخ سورية الصنع.')), ['SYR>HEZBOLLAH:missiles'])
    assert.deepEqual(triplesOf(ar('أطلق الحوثيون طائرات مسيرة إيرانية الصنع على السفن.')), ['IRN>YEM:drones'])
    assert.deepEqual(triplesOf(ar('استخدمت القوات الروسية قذائف صينية الصنع في الهجوم.')), ['CHN>RUS:artillery_ammunition'])
  })
})

describe('Arabic: a territory used as a depot or corridor', () => {
  test('"X تستخدم Y مخزنا/معبرا لأسلحة Z": X supplies Z, Y gives Z its territory', () => {
    assert.deepEqual(triplesOf(ar('تستخدم روسيا بيلاروسيا معبرا للأسلحة التي تذهب إلى صربيا.')).sort(), ['BLR>SRB:territory_access', 'RUS>SRB:other_weapons'])
    assert.deepEqual(triplesOf(ar('تستعمل إيران العراق ممرا للصواريخ التابعة لحزب الله.')).sort(), ['IRN>HEZBOLLAH:missiles', 'IRQ>HEZBOLLAH:territory_access'])
    assert.deepEqual(triplesOf(ar('إيران تواصل استخدام سوريا مستودعا للمسيرات المتجهة إلى الحوثيين.')).sort(), ['IRN>YEM:drones', 'SYR>YEM:territory_access'])
    assert.deepEqual(triplesOf(ar('بنت الشركة مخزنا جديدا في الميناء.')), [])
  })

  test('"لا تزال" / "ما زالت" mean "still", not a negation', () => {
    assert.deepEqual(claimsOf(ar('لا تزال إيران ترسل أسلحة إلى الحوثيين.')), ['IRN>YEM:other_weapons:reported'])
    assert.deepEqual(claimsOf(ar('ما زالت كوريا الشمالية تزود روسيا بالقذائف.')), ['PRK>RUS:artillery_ammunition:reported'])
    assert.deepEqual(claimsOf(ar('ولا زالت بيلاروسيا تصلح دبابات روسية.')), ['BLR>RUS:maintenance:reported'])
  })
})

describe('Arabic: organs, soil, origin predicates, money', () => {
  test('personnel "من الحرس الثوري" are sent by that organ of the supplying state', () => {
    const a = ar('أرسلت إيران مستشارين من الحرس الثوري إلى العراق.')
    assert.deepEqual(a.support.map((c) => `${c.supplier}>${c.recipient}:${c.category}:${c.via}`), ['IRN>IRQ:technical_support:IRGC'])
    assert.deepEqual(ar('طهران أرسلت قوات من الحرس الثوري إلى سوريا.').support.map((c) => c.via), ['IRGC'])
    assert.deepEqual(ar('أرسلت روسيا جنودا من سوريا إلى ليبيا.').support.map((c) => `${c.supplier}>${c.recipient}:${c.via}`), ['RUS>LBY:null'])
  })

  test('taking part in making weapons on another state\'s soil is technical support to it', () => {
    assert.deepEqual(triplesOf(ar('يقول مسؤولون إن خبراء إيرانيين يشاركون في صناعة المسيرات على الأراضي الروسية.')), ['IRN>RUS:technical_support'])
    assert.deepEqual(triplesOf(ar('نعتقد أن ممثلين صينيين يشاركون في تصنيع القذائف على الأراضي الروسية.')), ['CHN>RUS:technical_support'])
  })

  test('"… التي استخدمها X هي صناعة Y": the origin predicate of the antecedent names the supplier', () => {
    assert.deepEqual(triplesOf(ar('الأسلحة التي استخدمها حزب الله هي صناعة سورية.')), ['SYR>HEZBOLLAH:other_weapons'])
    assert.deepEqual(triplesOf(ar('الصواريخ التي أطلقها الحوثيون على السفن هي صناعة إيرانية.')), ['IRN>YEM:missiles'])
    assert.deepEqual(triplesOf(ar('المسيرات التي استخدمتها روسيا في الهجوم هي من صنع إيران.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ar('الدبابات التي أرسلتها بولندا إلى أوكرانيا هي من صنع روسيا.')), ['POL>UKR:armour'])
  })

  test('"دفع مبلغ/أموال": paying a sum funds; a noun of means ("عن طريق", "من خلال") has the clause\'s subject', () => {
    assert.deepEqual(triplesOf(ar('دفعت قطر مبلغا كبيرا لحركة حماس.')), ['QAT>HAMAS:financial'])
    assert.deepEqual(triplesOf(ar('تدفع إيران أموالا للحوثيين كل شهر.')), ['IRN>YEM:financial'])
    assert.deepEqual(triplesOf(ar('تدعم إيران النظام عن طريق دفع مبالغ للسوريين.')), ['IRN>SYR:financial'])
    assert.deepEqual(triplesOf(ar('ساعدت إيران روسيا من خلال إرسال مسيرات إلى موسكو.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ar('دفع الجيش بتعزيزات إلى الحدود.')), [])
  })

  test('an intelligence service of a state speaks for it: its statement confirms', () => {
    assert.deepEqual(claimsOf(ar('وقالت المخابرات الأوكرانية إن إيران أرسلت صواريخ باليستية إلى روسيا.')), ['IRN>RUS:missiles:confirmed'])
    assert.deepEqual(claimsOf(ar('قالت الاستخبارات البريطانية إن كوريا الشمالية أرسلت قذائف إلى روسيا.')), ['PRK>RUS:artillery_ammunition:confirmed'])
  })

  test('"الرئيسي" (main) is an adjective, not the Iranian president', () => {
    assert.deepEqual(triplesOf(ar('إيران هي المورد الرئيسي للمسيرات إلى روسيا.')), ['IRN>RUS:drones'])
    assert.equal(ar('روسيا حليف رئيسي لسوريا.').support.length, 0)
  })

  test('a straight quotation mark right after a colon opens a quotation, even before a space', () => {
    const a = ar('وقال الوزير خالد العلي:" علينا الاستعداد لمواجهة هذا التهديد".')
    assert.deepEqual(a.quotes.map((q) => [q.speaker, q.text]), [['خالد العلي', 'علينا الاستعداد لمواجهة هذا التهديد']])
  })
})

describe('Arabic: the ground of sanctions and thanks', () => {
  test('"عقوبات ضد X لتزويدها…", "بسبب تزويد…": the one sanctioned supplies, not the one who sanctions', () => {
    assert.deepEqual(triplesOf(ar('فرضت بريطانيا عقوبات ضد إيران لتزويدها روسيا بالصواريخ.')), ['IRN>RUS:missiles'])
    assert.deepEqual(triplesOf(ar('فرضت الولايات المتحدة عقوبات ضد كوريا الشمالية لتزويدها روسيا بالقذائف.')), ['PRK>RUS:artillery_ammunition'])
    assert.deepEqual(triplesOf(ar('فرض الاتحاد الأوروبي عقوبات على إيران بسبب تزويد روسيا بالمسيرات.')), ['IRN>RUS:drones'])
    assert.deepEqual(triplesOf(ar('فرضت واشنطن عقوبات ضد السودان بسبب انتهاكات حقوق الإنسان.')), [])
  })

  test('"شكر X Y على تسليم…": Y, thanked after the subject, supplies X', () => {
    assert.deepEqual(triplesOf(ar('شكر زيلينسكي ألمانيا على تسليم الدبابات.')), ['DEU>UKR:armour'])
    assert.deepEqual(triplesOf(ar('شكر الرئيس الأذربيجاني تركيا على تزويد بلاده بالمسيرات.')), ['TUR>AZE:drones'])
    assert.deepEqual(triplesOf(ar('زيلينسكي شكر الدنمارك على إرسال طائرات إف-16 إلى أوكرانيا.')), ['DNK>UKR:aircraft'])
    assert.deepEqual(triplesOf(ar('شكر زيلينسكي ألمانيا على دعمها.')), [])
  })
})
