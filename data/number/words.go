package number

import "cryptoatlas/data/lex"

// wordKind classifies the words the number parser cares about. One table lookup per
// word keeps the scanner fast; everything else is just "not a number word".
type wordKind uint8

const (
	wNone      wordKind = iota
	wNumber             // one, twenty, hundred (value in num; hundred is a multiplier)
	wMagnitude          // thousand, million, bn, crore (value in num)
	wUnit               // BTC, megawatts, kWh, percent (unit, scale)
	wCurrency           // dollars, euros, USD, EUR (unit: USD or Other)
	wMonth              // January .. December and their abbreviations (num = 1..12)
	wDateWord           // year, month, today: words relative dates are made of
	wRelStart           // the first word of a relative date: last, this, that, earlier
)

type wordInfo struct {
	kind     wordKind
	num      float64
	unit     Unit
	scale    float64 // multiplies the value into the unit's canonical form
	attached bool    // only counts when written without a space after the number ("55m")
	dotLang  bool    // a magnitude only languages that group thousands with dots use ("millones")
	foreign  bool    // a number word of another language: a number only before a magnitude ("dez milhões", not "dos Bitcoins")
}

var words = map[string]wordInfo{}

// IsCurrencyWord reports whether a lower-case word names a currency ("dollar", "rupees",
// "pesos"): the one list of currency words the project has.
func IsCurrencyWord(w string) bool { return words[w].kind == wCurrency }

// IsMagnitudeWord reports whether a lower-case word scales a number ("million", "bn",
// "crore").
func IsMagnitudeWord(w string) bool { return words[w].kind == wMagnitude }

// IsMonth reports whether the lower-case word w names a month ("june", "sept").
func IsMonth(w string) bool { return words[w].kind == wMonth }

// IsWeekday reports whether the lower-case word w names a day of the week, in English,
// Spanish, Portuguese, French, Italian or German ("tuesday", "martes", "mardi").
func IsWeekday(w string) bool { return weekdays[w] }

var weekdays = map[string]bool{}

func init() {
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
		"segunda", "segunda-feira", "terça", "terça-feira", "quarta", "quarta-feira", "quinta", "quinta-feira", "sexta", "sexta-feira",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"} {
		weekdays[w] = true
	}
}

// wordFilter skips the map look-up for words that cannot be in it.
var wordFilter lex.WordFilter

func init() {
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range small {
		words[w] = wordInfo{kind: wNumber, num: float64(i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		words[w] = wordInfo{kind: wNumber, num: float64(20 + 10*i)}
	}
	words["hundred"] = wordInfo{kind: wNumber, num: 100}
	// The real set's other languages write counts in words too ("dez milhões", "cinq
	// millions", "zwei Millionen", "dua juta"); alone they are small and never a figure.
	for w, v := range map[string]float64{
		"un": 1, "uno": 1, "una": 1, "um": 1, "uma": 1, "ein": 1, "eine": 1, "satu": 1,
		"dos": 2, "dois": 2, "duas": 2, "deux": 2, "zwei": 2, "due": 2, "dua": 2,
		"tres": 3, "três": 3, "trois": 3, "drei": 3, "tre": 3, "tiga": 3,
		"cuatro": 4, "quatro": 4, "quatre": 4, "vier": 4, "quattro": 4, "empat": 4,
		"cinco": 5, "cinq": 5, "fünf": 5, "cinque": 5, "lima": 5,
		"seis": 6, "sechs": 6, "sei": 6, "enam": 6,
		"siete": 7, "sete": 7, "sieben": 7, "sette": 7, "tujuh": 7,
		"ocho": 8, "oito": 8, "huit": 8, "acht": 8, "otto": 8, "delapan": 8,
		"nueve": 9, "nove": 9, "neuf": 9, "neun": 9, "sembilan": 9,
		"diez": 10, "dez": 10, "dix": 10, "zehn": 10, "dieci": 10, "sepuluh": 10,
		"veinte": 20, "vinte": 20, "vingt": 20, "zwanzig": 20, "venti": 20,
	} {
		if _, taken := words[w]; !taken {
			words[w] = wordInfo{kind: wNumber, num: v, foreign: true}
		}
	}
	words["dozen"] = wordInfo{kind: wNumber, num: 12}

	for w, v := range map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "bil": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
		// The languages of the real set besides English: Spanish, Portuguese, French,
		// Italian, German, Indonesian ("1,4 mil millones", "2,5 milhões", "3 milliards").
		"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
		"milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6, "bilhão": 1e9, "bilhões": 1e9,
		"milliard": 1e9, "milliards": 1e9, "millions": 1e6,
		"milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9,
		"millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mio": 1e6, "mrd": 1e9,
		"juta": 1e6, "miliar": 1e9, "ribu": 1e3,
		// Turkish and Russian ("16 milyar kilovatsaat", "16 млрд кВт·ч").
		"milyon": 1e6, "milyar": 1e9, "млн": 1e6, "млрд": 1e9,
		"тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
		"миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6,
		"мільярд": 1e9, "мільярда": 1e9, "мільярдів": 1e9,
		// Polish ("5 mld dolarów", "1,2 mln osób").
		"mld": 1e9, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9, "milionów": 1e6, "miliony": 1e6,
		// Dutch ("50 miljard dollar", "1,2 miljoen Nederlanders").
		"miljard": 1e9, "miljoen": 1e6,
		// Vietnamese ("khoảng 24 tỷ USD", "17 triệu người").
		"tỷ": 1e9, "triệu": 1e6, "nghìn": 1e3,
	} {
		words[w] = wordInfo{kind: wMagnitude, num: v}
	}
	// "1.400 millones": the magnitude's language groups thousands with dots, whatever
	// the language the rest of the article is written in.
	for _, w := range []string{"millón", "millon", "millones", "millardo", "millardos", "milhão", "milhões", "milhao",
		"milhoes", "bilhão", "bilhões", "milione", "milioni", "miliardo", "miliardi", "millionen", "milliarde",
		"milliarden", "mio", "mrd", "juta", "miliar", "milyon", "milyar", "mld", "miliard", "miliardy", "miliardów", "milionów", "miliony", "miljard", "miljoen", "tỷ", "triệu"} {
		inf := words[w]
		inf.dotLang = true
		words[w] = inf
	}
	for w, v := range map[string]float64{"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12} {
		words[w] = wordInfo{kind: wMagnitude, num: v, attached: true}
	}

	units := map[string]wordInfo{
		"btc": {unit: BTC, scale: 1}, "btcs": {unit: BTC, scale: 1}, "xbt": {unit: BTC, scale: 1},
		"bitcoin": {unit: BTC, scale: 1}, "bitcoins": {unit: BTC, scale: 1}, "bitcoines": {unit: BTC, scale: 1},
		"bitcóin": {unit: BTC, scale: 1}, "bitcóines": {unit: BTC, scale: 1},
		"bitcoinów": {unit: BTC, scale: 1}, "bitcoiny": {unit: BTC, scale: 1}, // Polish
		"биткоин": {unit: BTC, scale: 1}, "биткоина": {unit: BTC, scale: 1}, "биткоинов": {unit: BTC, scale: 1}, // Russian
		"биткойн": {unit: BTC, scale: 1}, "биткойна": {unit: BTC, scale: 1}, "биткойнов": {unit: BTC, scale: 1},
		"bitcoinů":  {unit: BTC, scale: 1},                                                                          // Czech
		"bitcoinov": {unit: BTC, scale: 1}, "bitcoinia": {unit: BTC, scale: 1}, "bitcoinien": {unit: BTC, scale: 1}, // Slovak, Finnish
		"mw": {unit: PowerMW, scale: 1}, "megawatt": {unit: PowerMW, scale: 1}, "megawatts": {unit: PowerMW, scale: 1},
		"gw": {unit: PowerMW, scale: 1e3}, "gigawatt": {unit: PowerMW, scale: 1e3}, "gigawatts": {unit: PowerMW, scale: 1e3},
		"kw": {unit: PowerMW, scale: 1e-3}, "kilowatt": {unit: PowerMW, scale: 1e-3}, "kilowatts": {unit: PowerMW, scale: 1e-3},
		"terawatt": {unit: PowerMW, scale: 1e6}, "terawatts": {unit: PowerMW, scale: 1e6},
		"megavatios": {unit: PowerMW, scale: 1}, "megavatio": {unit: PowerMW, scale: 1}, "mégawatts": {unit: PowerMW, scale: 1},
		"mégawatt": {unit: PowerMW, scale: 1}, "gigavatios": {unit: PowerMW, scale: 1e3}, "gigavatio": {unit: PowerMW, scale: 1e3},
		"kilovatios": {unit: PowerMW, scale: 1e-3}, "kilovatio": {unit: PowerMW, scale: 1e-3}, "quilowatts": {unit: PowerMW, scale: 1e-3},
		"kilowattheures": {unit: EnergyTWh, scale: 1e-9}, "kilowattheure": {unit: EnergyTWh, scale: 1e-9},
		"mégawattheures": {unit: EnergyTWh, scale: 1e-6}, "térawattheures": {unit: EnergyTWh, scale: 1}, "gigawattheures": {unit: EnergyTWh, scale: 1e-3},
		"kilowattstunden": {unit: EnergyTWh, scale: 1e-9}, "kilowattstunde": {unit: EnergyTWh, scale: 1e-9},
		"megawattstunden": {unit: EnergyTWh, scale: 1e-6}, "gigawattstunden": {unit: EnergyTWh, scale: 1e-3},
		"terawattstunden": {unit: EnergyTWh, scale: 1}, "kilovatsaat": {unit: EnergyTWh, scale: 1e-9},
		"gigavatsaat": {unit: EnergyTWh, scale: 1e-3}, "teravatsaat": {unit: EnergyTWh, scale: 1},
		"квт": {unit: PowerMW, scale: 1e-3}, "мвт": {unit: PowerMW, scale: 1}, "гвт": {unit: PowerMW, scale: 1e3}, "твт": {unit: PowerMW, scale: 1e6},
		// Russian, Ukrainian and Belarusian words: "25 мегаватт", "2,5 гигаватта", "16 миллиардов киловатт-часов".
		"киловатт": {unit: PowerMW, scale: 1e-3}, "киловатта": {unit: PowerMW, scale: 1e-3},
		"мегаватт": {unit: PowerMW, scale: 1}, "мегаватта": {unit: PowerMW, scale: 1}, "мегаваттов": {unit: PowerMW, scale: 1},
		"мегават": {unit: PowerMW, scale: 1}, "мегаватів": {unit: PowerMW, scale: 1},
		"гигаватт": {unit: PowerMW, scale: 1e3}, "гигаватта": {unit: PowerMW, scale: 1e3}, "гигаваттов": {unit: PowerMW, scale: 1e3},
		"megawati": {unit: PowerMW, scale: 1}, "gigawati": {unit: PowerMW, scale: 1e3}, // Romanian
		"megawatów": {unit: PowerMW, scale: 1}, "gigawatów": {unit: PowerMW, scale: 1e3}, // Polish
		"megavat": {unit: PowerMW, scale: 1}, "gigavat": {unit: PowerMW, scale: 1e3}, // Turkish
		"kwh": {unit: EnergyTWh, scale: 1e-9}, "mwh": {unit: EnergyTWh, scale: 1e-6},
		"gwh": {unit: EnergyTWh, scale: 1e-3}, "twh": {unit: EnergyTWh, scale: 1},
		"percent": {unit: Percent, scale: 1}, "pct": {unit: Percent, scale: 1},
		"eh": {unit: Hashrate, scale: 1}, "exahash": {unit: Hashrate, scale: 1}, "exahashes": {unit: Hashrate, scale: 1},
		"th": {unit: Hashrate, scale: 1}, "ph": {unit: Hashrate, scale: 1},
	}
	for w, u := range units {
		u.kind = wUnit
		words[w] = u
	}
	for _, w := range []string{"dollar", "dollars", "usd", "usdt", "usdc", "dólar", "dólares", "dollari", "dolar",
		"dolarlık", "doları", "dolarów", // Turkish "12 milyar dolarlık kredi", Polish "5 mld dolarów"
		"доллар", "доллара", "долларов", "долларах"} { // Russian "6,3 миллиарда долларов"
		words[w] = wordInfo{kind: wCurrency, unit: USD, scale: 1}
	}
	for _, w := range []string{"euro", "euros", "eur", "pound", "pounds", "sterling", "gbp", "yen", "jpy",
		"yuan", "renminbi", "rmb", "cny", "rupee", "rupees", "pkr", "inr", "rs", "sh", "ksh", "kes", "naira", "ngn",
		"peso", "pesos", "ruble", "rubles", "rouble", "roubles", "lira", "won", "shilling", "shillings",
		"rand", "dirham", "dirhams", "riyal", "riyals", "franc", "francs", "colones", "colón", "colon", "birr", "tenge",
		"cedi", "cedis", "kwacha", "baht", "ringgit", "dinar", "dinars", "taka", "ngultrum", "hryvnia", "hryvnias",
		"brl", "reais", "ars", "mxn", "clp", "zar", "egp", "uah", "kzt", "thb", "php", "idr", "rupiah", "vnd", "krw", "chf",
		"cad", "aud", "sgd", "hkd", "aed", "sar", "rub", "pln", "czk", "huf", "ron", "bgn", "lkr", "bdt", "ghs", "ugx", "tzs",
		"etb", "sek", "nok", "dkk", "bolívares", "рублей", "рубля", // "BRL 200.7 million", "USD" aside: ISO codes
		"sdr", "sdrs", "xdr", "dts", "deg"} { // SDR (French DTS, Spanish DEG): the IMF's special drawing rights, in which it states loans
		words[w] = wordInfo{kind: wCurrency, unit: OtherCurrency, scale: 1}
	}

	for _, w := range []string{"year", "month", "today", "yesterday", "ago"} {
		words[w] = wordInfo{kind: wDateWord}
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, m := range months {
		words[m] = wordInfo{kind: wMonth, num: float64(i + 1)}
	}
	// German capitalises its months as English does; those spelled otherwise.
	for w, m := range map[string]int{"januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12} {
		words[w] = wordInfo{kind: wMonth, num: float64(m)}
	}
	// Spanish, Portuguese, French and Italian months, written in lower case: a month only
	// with a year after it ("marzo de 2025", "fin mars 2016"), as "mars" and "mai" are also
	// other words.
	for i, ms := range [][]string{{"enero", "janeiro", "janvier", "gennaio"}, {"febrero", "fevereiro", "février", "febbraio"},
		{"marzo", "março", "mars"}, {"abril", "avril", "aprile"}, {"mayo", "maio", "maggio"}, {"junio", "junho", "juin", "giugno"},
		{"julio", "julho", "juillet", "luglio"}, {"agosto", "août"}, {"septiembre", "setiembre", "setembro", "septembre", "settembre"},
		{"octubre", "outubro", "octobre", "ottobre"}, {"noviembre", "novembro", "novembre"}, {"diciembre", "dezembro", "décembre", "dicembre"}} {
		for _, w := range ms {
			words[w] = wordInfo{kind: wMonth, num: float64(i + 1), foreign: true}
		}
	}
	for w, m := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		words[w] = wordInfo{kind: wMonth, num: float64(m), attached: true}
	}
}

func init() {
	for _, r := range relatives {
		if _, ok := words[r.words[0]]; !ok {
			words[r.words[0]] = wordInfo{kind: wRelStart}
		}
	}
	for w := range words {
		wordFilter.Add(w)
	}
}

// hourWords turn a power unit into energy when they follow it: "megawatt-hours",
// "terawatt hours", "kilovatios-hora", "kilowatt heures", "megawatt ore".
var hourWords = map[string]bool{"hours": true, "hour": true, "h": true, "hora": true, "horas": true,
	"heure": true, "heures": true, "ora": true, "ore": true, "ч": true, "час": true, "часа": true, "часов": true}

// abbreviatedMagnitudes are magnitudes written short with a period ("тыс.", "млн.",
// "mln.", "mld."), which may stand between a figure and its unit.
var abbreviatedMagnitudes = map[string]bool{"тыс": true, "млн": true, "млрд": true, "трлн": true, "mln": true, "mld": true,
	"mio": true, "mrd": true, "bn": true}

// betweenWords open a range "between A and B" in the real set's languages ("entre A et
// B", "entre A y B", "tra A e B", "zwischen A und B"); rangeArticles may follow them and
// the word that joins the two ("tra i 15 e i 20 milioni", "entre os 3 e os 5 milhões").
var betweenWords = map[string]bool{"between": true, "entre": true, "tra": true, "fra": true, "zwischen": true}

// IsAbbreviatedMagnitude reports whether the lower-case word w is a magnitude written
// short, which a period may follow without ending the sentence ("тыс.", "mln.").
func IsAbbreviatedMagnitude(w string) bool { return abbreviatedMagnitudes[w] }

// IsBetweenWord reports whether the lower-case word w opens a range "between A and B".
func IsBetweenWord(w string) bool { return betweenWords[w] }

var rangeArticles = map[string]bool{"i": true, "gli": true, "le": true, "les": true, "los": true, "las": true, "os": true, "as": true}

// coinParticiples stand between a count and its coins: "50,000 seized bitcoins", "61,000
// confiscated BTC", "50.000 beschlagnahmten Bitcoins" (Romance languages put the
// participle after the coins: "1.000 bitcoins incautados").
var coinParticiples = map[string]bool{
	"seized": true, "confiscated": true, "forfeited": true, "impounded": true, "stolen": true, "mined": true,
	"remaining": true, "purchased": true, "acquired": true, "hacked": true, "frozen": true, "recovered": true,
	"beschlagnahmten": true, "beschlagnahmte": true, "sichergestellten": true, "konfiszierten": true, "konfiszierte": true,
	"eingezogenen": true, "gestohlenen": true, "geschürften": true, "gekauften": true, "erworbenen": true, "verbleibenden": true,
}

// qualifiersByLast holds the qualifiers by their last word, the one right before a
// figure, in the order of qualifiers (longer phrases first).
var qualifiersByLast = func() map[string][]qualifierPhrase {
	m := map[string][]qualifierPhrase{}
	for _, q := range qualifiers {
		last := q.words[len(q.words)-1]
		m[last] = append(m[last], q)
	}
	return m
}()

// vague words before number words leave the number unwritten: "a few hundred thousand",
// "several million", "many thousands".
var vague = map[string]bool{"few": true, "several": true, "many": true, "couple": true, "dozens": true, "hundreds": true}

// qualifiers maps the words directly before a figure to its canonical approximation.
// Longer phrases are tried first, so "just over" wins over "over".
type qualifierPhrase struct {
	words  []string
	approx Approx
}

var qualifiers = []qualifierPhrase{
	{[]string{"in", "excess", "of"}, Over},
	{[]string{"upwards", "of"}, Over},
	{[]string{"just", "over"}, Over},
	{[]string{"just", "under"}, Nearly},
	{[]string{"more", "than"}, Over},
	{[]string{"mehr", "als"}, Over},
	// The real set's other languages: French, Spanish, Portuguese, Italian, German,
	// Indonesian ("plus de 6 millions", "más de 7.000", "cerca de 1,2 milhão").
	{[]string{"plus", "de"}, Over},
	{[]string{"más", "de"}, Over},
	{[]string{"mais", "de"}, Over},
	{[]string{"più", "di"}, Over},
	{[]string{"lebih", "dari"}, Over},
	{[]string{"moins", "de"}, Under},
	{[]string{"menos", "de"}, Under},
	{[]string{"meno", "di"}, Under},
	{[]string{"weniger", "als"}, Under},
	{[]string{"au", "moins"}, AtLeast},
	{[]string{"al", "menos"}, AtLeast},
	{[]string{"pelo", "menos"}, AtLeast},
	{[]string{"alrededor", "de"}, About},
	{[]string{"cerca", "de"}, About},
	{[]string{"près", "de"}, Nearly},
	{[]string{"environ"}, About},
	{[]string{"unos"}, About},
	{[]string{"unas"}, About},
	{[]string{"aproximadamente"}, About},
	{[]string{"rund"}, About},
	{[]string{"etwa"}, About},
	{[]string{"sekitar"}, About},
	{[]string{"casi"}, Nearly},
	{[]string{"quase"}, Nearly},
	{[]string{"quasi"}, Nearly},
	{[]string{"hampir"}, Nearly},
	{[]string{"über"}, Over},
	{[]string{"mindestens"}, AtLeast},
	// Russian ("около 25 мегаватт", "более 17 млн", "почти 2 ГВт").
	{[]string{"около"}, About},
	{[]string{"примерно"}, About},
	{[]string{"порядка"}, About},
	{[]string{"более"}, Over},
	{[]string{"свыше"}, Over},
	{[]string{"почти"}, Nearly},
	{[]string{"менее"}, Under},
	{[]string{"до"}, UpTo},
	{[]string{"as", "many", "as"}, UpTo},
	{[]string{"as", "much", "as"}, UpTo},
	{[]string{"close", "to"}, About},
	{[]string{"an", "estimated"}, Estimated},
	{[]string{"estimated", "at"}, Estimated},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"up", "to"}, UpTo},
	{[]string{"less", "than"}, Under},
	{[]string{"fewer", "than"}, Under},
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"approximately"}, About},
	{[]string{"approx"}, About},
	{[]string{"roughly"}, About},
	{[]string{"round"}, About}, // as spun copies write "around"
	{[]string{"some"}, About},
	{[]string{"circa"}, About},
	{[]string{"estimated"}, Estimated},
	{[]string{"nearly"}, Nearly},
	{[]string{"almost"}, Nearly},
	{[]string{"over"}, Over},
	{[]string{"above"}, Over},
	{[]string{"exceed"}, Over}, // "US holdings now exceed 316,000 BTC"
	{[]string{"exceeds"}, Over},
	{[]string{"exceeding"}, Over},
	{[]string{"surpass"}, Over},
	{[]string{"surpasses"}, Over},
	{[]string{"under"}, Under},
	{[]string{"below"}, Under},
}

// notBTCBefore lists nouns that make "bitcoin" an adjective ("5 million bitcoin users"),
// so the number counts the noun, not coins.
var notBTCBefore = map[string]bool{
	"users": true, "holders": true, "owners": true, "investors": true, "wallets": true, "addresses": true,
	"miners": true, "mining": true, "machines": true, "atms": true, "atm": true, "transactions": true,
	"etfs": true, "etf": true, "price": true, "prices": true, "companies": true, "firms": true,
	"accounts": true, "payments": true, "transfers": true, "trades": true, "nodes": true, "rigs": true,
	"merchants": true, "businesses": true, "ownership": true, "adoption": true,
}

// linkWords join a number to its unit or counted noun in the real set's other languages:
// "580 millones de dólares", "2,5 milioni di utenti".
var linkWords = map[string]bool{"de": true, "di": true}

// LinkWord reports whether the lower-case word joins a number to its counted noun in
// another language: the "de" of "2,5 millones de usuarios".
func LinkWord(w string) bool { return linkWords[w] }

// bitcoinForks are the second words of coins forked from bitcoin and named after it
// ("Bitcoin Cash", "Bitcoin SV"): capitalised after "Bitcoin", they name another coin.
var bitcoinForks = map[string]bool{"cash": true, "sv": true, "gold": true, "diamond": true}

// changeVerbReach is how many words before "from X to Y" a change verb may stand.
const changeVerbReach = 7

// changeVerbs before "from X to Y" make it a change, not a range: the figure is Y.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "increased": true, "increase": true, "increases": true,
	"grew": true, "grown": true, "grow": true, "climbed": true, "jumped": true, "up": true, "fell": true,
	"fallen": true, "dropped": true, "declined": true, "down": true, "cut": true, "raised": true,
	"boosted": true, "expanded": true, "reduced": true, "lowered": true, "went": true, "gone": true,
	"surged": true, "swelled": true, "shrank": true, "slipped": true, "doubled": true, "tripled": true,
	"increasing": true, "rising": true, "growing": true, "bringing": true, "brought": true, "moved": true,
	"augmenter": true, "augmenté": true, "aumentar": true, "aumentó": true, "aumentou": true, "aumentare": true,
	"ampliar": true, "elevar": true, "erhöhen": true, "erhöht": true, "steigern": true,
	// "portant les réserves de 6 101 à 6 189 bitcoins", "elevando su reserva de 5.000 a 6.000"
	"portant": true, "porté": true, "portée": true, "passé": true, "passée": true, "passant": true,
	"elevando": true, "llevando": true, "levando": true, "aumentando": true,
}

// datePreps are the words before a date that say how the date relates to the event.
var datePreps = map[string]bool{
	"in": true, "on": true, "since": true, "through": true, "thru": true, "until": true, "till": true,
	"by": true, "from": true, "to": true, "before": true, "after": true, "during": true, "of": true,
	"throughout": true, "starting": true, "ending": true, "into": true, "between": true, "and": true,
	"last": true, "this": true, "early": true, "late": true, "mid": true, "next": true, "as": true,
	"hasta": true, "até": true, "bis": true, "fino": true, "en": true, "em": true, "à": true, "au": true,
	"al": true, "ao": true, "el": true,
}

// endOfPeriod are the words for the end of a month or year before its date: "end-March
// 2025", "fin mars 2016", "finales de 2025".
var endOfPeriod = map[string]bool{"end": true, "fin": true, "finales": true, "fines": true, "final": true, "fim": true, "fine": true, "ende": true}
