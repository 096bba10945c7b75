package number

import (
	"math"
	"strings"
	"testing"
	"time"

	"cryptoatlas/data/lex"
)

func TestParseNumberForms(t *testing.T) {
	tests := []struct {
		text   string
		value  float64
		max    float64 // 0 unless a range
		unit   Unit
		approx Approx
		span   string // the text the figure covers
	}{
		{"has acquired over 6,200 BTC", 6200, 0, BTC, Over, "over 6,200 BTC"},
		{"a balance of 6,190.18 bitcoin", 6190.18, 0, BTC, Exact, "6,190.18 bitcoin"},
		{"valued at about $745 million.", 745e6, 0, USD, About, "about $745 million"},
		{"worth approx. $270 million", 270e6, 0, USD, About, "approx. $270 million"},
		{"possession of 198-thousand-109 BTC", 198109, 0, BTC, Exact, "198-thousand-109 BTC"},
		{"holds over 8,000 $BTC now", 8000, 0, BTC, Over, "over 8,000 $BTC"},
		{"stealing 500-thousand ether", 500000, 0, NoUnit, Exact, "500-thousand"},
		{"owns just 2,988 Bitcoin—only a fraction", 2988, 0, BTC, Exact, "2,988 Bitcoin"},
		{"est. 1,500 MW of rigs", 1500, 0, PowerMW, Estimated, "est. 1,500 MW"},
		{"a $1.4bn facility", 1.4e9, 0, USD, Exact, "$1.4bn"},
		{"a $6.7B budget", 6.7e9, 0, USD, Exact, "$6.7B"},
		{"a $55m grant", 55e6, 0, USD, Exact, "$55m"},
		{"holds 198K BTC", 198e3, 0, BTC, Exact, "198K BTC"},
		{"Allemagne – 0,007 BTC", 0.007, 0, BTC, Exact, "0,007 BTC"},
		{"die 1,3 Milliarden US-Dollar wert sind", 1.3e9, 0, USD, Exact, "1,3 Milliarden US-Dollar"},
		{"mehr als 12.000 Bitcoin", 12000, 0, BTC, Over, "mehr als 12.000 Bitcoin"},
		{"über 12'200 Bitcoins", 12200, 0, BTC, Over, "über 12'200 Bitcoins"},
		{"un préstamo de mil 400 millones de dólares", 1.4e9, 0, USD, Exact, "mil 400 millones de dólares"},
		{"5.875,76 BTC", 5875.76, 0, BTC, Exact, "5.875,76 BTC"},
		{"rund 1’250’000 Nutzer", 1250000, 0, NoUnit, About, "rund 1’250’000"},
		{"two thousand megawatts", 2000, 0, PowerMW, Exact, "two thousand megawatts"},
		{"1.2 gigawatts for miners", 1200, 0, PowerMW, Exact, "1.2 gigawatts"},
		{"a 1.2GW allocation", 1200, 0, PowerMW, Exact, "1.2GW"},
		{"some 500 kW of capacity", 0.5, 0, PowerMW, About, "some 500 kW"},
		{"16 billion kilowatt-hours a year", 16, 0, EnergyTWh, Exact, "16 billion kilowatt-hours"},
		{"16 billion kilowatt\u2011hours a year", 16, 0, EnergyTWh, Exact, "16 billion kilowatt\u2011hours"},
		{"4,000 GWh", 4, 0, EnergyTWh, Exact, "4,000 GWh"},
		{"3.5 terawatt hours", 3.5, 0, EnergyTWh, Exact, "3.5 terawatt hours"},
		{"900 MWh", 0.0009, 0, EnergyTWh, Exact, "900 MWh"},
		{"between 15 million and 20 million citizens", 15e6, 20e6, NoUnit, Exact, "between 15 million and 20 million"},
		{"entre 12 millions et 18 millions de personnes", 12e6, 18e6, NoUnit, Exact, "entre 12 millions et 18 millions"},
		{"entre 3 millones y 4 millones de personas", 3e6, 4e6, NoUnit, Exact, "entre 3 millones y 4 millones"},
		{"tra 2 milioni e 3 milioni di persone", 2e6, 3e6, NoUnit, Exact, "tra 2 milioni e 3 milioni"},
		{"15 to 20 million people", 15e6, 20e6, NoUnit, Exact, "15 to 20 million"},
		{"колеблется от 1300 до 1700 МВт", 1300, 1700, PowerMW, Exact, "от 1300 до 1700 МВт"},
		{"16 млрд кВт⋅ч в год", 16, 0, EnergyTWh, Exact, "16 млрд кВт⋅ч"},
		{"около 120 ТВт·ч", 120, 0, EnergyTWh, About, "около 120 ТВт·ч"},
		{"16 миллиардов киловатт-часов", 16, 0, EnergyTWh, Exact, "16 миллиардов киловатт-часов"},
		{"около 25 мегаватт", 25, 0, PowerMW, About, "около 25 мегаватт"},
		{"15\u201320 million users", 15e6, 20e6, NoUnit, Exact, "15\u201320 million"},
		{"$1-2 billion", 1e9, 2e9, USD, Exact, "$1-2 billion"},
		// Forms met in real articles.
		{"worth US$1.1bil now", 1.1e9, 0, USD, Exact, "US$1.1bil"},
		{"nearly 5.8-million people", 5.8e6, 0, NoUnit, Nearly, "nearly 5.8-million"},
		{"with 3–4 GW of capacity", 3000, 4000, PowerMW, Exact, "3–4 GW"},
		{"holds 13.000 Bitcoin", 13000, 0, BTC, Exact, "13.000 Bitcoin"},
		{"seized 1,399 Bitcoin Cash", 1399, 0, OtherCurrency, Exact, "1,399 Bitcoin Cash"},
		// The real set's other languages.
		{"un préstamo de 1,4 mil millones de dólares", 1.4e9, 0, USD, Exact, "1,4 mil millones de dólares"},
		{"valorados en 580 millones de dólares", 580e6, 0, USD, Exact, "580 millones de dólares"},
		{"unos 2,5 millones de usuarios", 2.5e6, 0, NoUnit, About, "unos 2,5 millones"},
		{"un prêt de 3 milliards de dollars", 3e9, 0, USD, Exact, "3 milliards de dollars"},
		{"destina 500 megavatios a la minería", 500, 0, PowerMW, Exact, "500 megavatios"},
		{"cerca de 2,5 milhões de usuários", 2.5e6, 0, NoUnit, About, "cerca de 2,5 milhões"},
		{"5 mil bitcoins", 5000, 0, BTC, Exact, "5 mil bitcoins"},
		{"1,399 bitcoin cash reserves", 1399, 0, BTC, Exact, "1,399 bitcoin"},
		{"a 1.250.000 count", 1.25e6, 0, NoUnit, Exact, "1.250.000"},
		{"a 100-megawatt site", 100, 0, PowerMW, Exact, "100-megawatt"},
		{"a 3-billion-dollar loan", 3e9, 0, USD, Exact, "3-billion-dollar"},
		{"World Bank approves $400-M loan", 400e6, 0, USD, Exact, "$400-M"},
		{"the $400-member club", 400, 0, USD, Exact, "$400"},
		{"einen 540-Millionen-$-Kredit", 540e6, 0, USD, Exact, "540-Millionen-$"},
		{"a 2-million-strong crowd", 2e6, 0, NoUnit, Exact, "2-million"},
		{"its $2.8 billion Bitcoin stash", 2.8e9, 0, USD, Exact, "$2.8 billion"},
		{"for SDR 484 million", 484e6, 0, OtherCurrency, Exact, "SDR 484 million"},
		{"round $292 million in coins", 292e6, 0, USD, About, "round $292 million"},
		{"US$2 billion", 2e9, 0, USD, Exact, "US$2 billion"},
		{"has allocated 2 000 megawatts for mining", 2000, 0, PowerMW, Exact, "2 000 megawatts"},
		{"about 640 Mega Watts of electrical power", 640, 0, PowerMW, About, "about 640 Mega Watts"},
		{"consumen 16 mil millones de kilovatios-hora por año", 16, 0, EnergyTWh, Exact, "16 mil millones de kilovatios-hora"},
		{"verbraucht jährlich etwa 9 Milliarden Kilowattstunden", 9, 0, EnergyTWh, About, "etwa 9 Milliarden Kilowattstunden"},
		{"yılda 9 milyar kilovatsaat elektrik", 9, 0, EnergyTWh, Exact, "9 milyar kilovatsaat"},
		{"o capacitate totală de 600 megawati", 600, 0, PowerMW, Exact, "600 megawati"},
		{"zużywają 120 megawatów energii", 120, 0, PowerMW, Exact, "120 megawatów"},
		{"2 gigavat elektrik tüketiyor", 2000, 0, PowerMW, Exact, "2 gigavat"},
		{"zbylých 233 bitcoinů", 233, 0, BTC, Exact, "233 bitcoinů"},
		{"zaistila 124 bitcoinov", 124, 0, BTC, Exact, "124 bitcoinov"},
		{"takavarikoi 1666 bitcoinia", 1666, 0, BTC, Exact, "1666 bitcoinia"},
		{"trị giá khoảng 24 tỷ USD", 24e9, 0, USD, Exact, "24 tỷ USD"},
		{"het noodkrediet van 50 miljard dollar", 50e9, 0, USD, Exact, "50 miljard dollar"},
		{"12 milyar dolarlık kredi", 12e9, 0, USD, Exact, "12 milyar dolarlık"},
		{"warte łącznie 5 mld dolarów", 5e9, 0, USD, Exact, "5 mld dolarów"},
		{"ma 1200 bitcoinów", 1200, 0, BTC, Exact, "1200 bitcoinów"},
		{"расходуется 9 млрд кВт·ч электроэнергии", 9, 0, EnergyTWh, Exact, "9 млрд кВт·ч"},
		{"рассчитана на 120 МВт", 120, 0, PowerMW, Exact, "120 МВт"},
		{"valorados entre 17.000 y 20.000 millones de dólares", 17e9, 20e9, USD, Exact, "entre 17.000 y 20.000 millones de dólares"},
		{"some 1\u00a0250 megawatts", 1250, 0, PowerMW, About, "some 1\u00a0250 megawatts"},
		{"ampliar a U$S 56.300 millones el préstamo", 56.3e9, 0, USD, Exact, "U$S 56.300 millones"},
		{"USD 3 billion", 3e9, 0, USD, Exact, "USD 3 billion"},
		{"3 billion US dollars", 3e9, 0, USD, Exact, "3 billion US dollars"},
		{"€500 million", 500e6, 0, OtherCurrency, Exact, "€500 million"},
		{"un prêt de 4,1 milliards $ pour le Kenya", 4.1e9, 0, USD, Exact, "4,1 milliards $"},
		{"une aide de 900 millions $ US au Malawi", 900e6, 0, USD, Exact, "900 millions $ US"},
		{"un fonds de 35 millions $ CA", 35e6, 0, OtherCurrency, Exact, "35 millions $ CA"},
		{"soit 3,8 milliards € au total", 3.8e9, 0, OtherCurrency, Exact, "3,8 milliards €"},
		{"HK$400 million", 400e6, 0, OtherCurrency, Exact, "HK$400 million"},
		{"im Wert zwischen 18 und 23 Milliarden US-Dollar", 18e9, 23e9, USD, Exact, "zwischen 18 und 23 Milliarden US-Dollar"},
		{"um saldo de 194 mil BTCs", 194000, 0, BTC, Exact, "194 mil BTCs"},
		{"US holdings now exceed 316,000 BTC", 316000, 0, BTC, Over, "exceed 316,000 BTC"},
		{"one thousand thousand people", 1e6, 0, NoUnit, Exact, "one thousand thousand"},
		{"found that 2.4 one thousand thousand people own", 2.4e6, 0, NoUnit, Exact, "2.4 one thousand thousand"},
		{"two thousand million dollars", 2e9, 0, USD, Exact, "two thousand million dollars"},
		{"has approved a$ 7bn loan", 7e9, 0, USD, Exact, "$ 7bn"},
		{"A$2 billion", 2e9, 0, OtherCurrency, Exact, "A$2 billion"},
		{"Rs 50 crore", 50e7, 0, OtherCurrency, Exact, "Rs 50 crore"},
		{"has drawn Sh212 billion so far", 212e9, 0, OtherCurrency, Exact, "Sh212 billion"},
		{"out of a possible Sh318.4 billion", 318.4e9, 0, OtherCurrency, Exact, "Sh318.4 billion"},
		{"a budget of KSh3.2 trillion", 3.2e12, 0, OtherCurrency, Exact, "KSh3.2 trillion"},
		{"with 2 a 3 GW de poder", 2000, 3000, PowerMW, Exact, "2 a 3 GW"},
		{"PKR 1.2 trillion", 1.2e12, 0, OtherCurrency, Exact, "PKR 1.2 trillion"},
		{"12% of adults", 12, 0, Percent, Exact, "12%"},
		{"nearly 40 percent", 40, 0, Percent, Nearly, "nearly 40 percent"},
		{"an estimated 5 million users", 5e6, 0, NoUnit, Estimated, "an estimated 5 million"},
		{"five million users", 5e6, 0, NoUnit, Exact, "five million"},
		{"half a million people", 5e5, 0, NoUnit, Exact, "half a million"},
		{"two hundred and fifty thousand", 250e3, 0, NoUnit, Exact, "two hundred and fifty thousand"},
		{"twenty-five million", 25e6, 0, NoUnit, Exact, "twenty-five million"},
		{"more than 1,000 BTC", 1000, 0, BTC, Over, "more than 1,000 BTC"},
		{"at least 300 MW", 300, 0, PowerMW, AtLeast, "at least 300 MW"},
		{"up to 20,000 BTC", 20000, 0, BTC, UpTo, "up to 20,000 BTC"},
		{"less than 100 BTC", 100, 0, BTC, Under, "less than 100 BTC"},
		{"a 6,200-plus BTC stash", 6200, 0, BTC, Over, "6,200-plus BTC"},
		{"rose from 5,000 to 6,200 BTC", 6200, 0, BTC, Exact, "6,200 BTC"},
		{"to increase its bailout loan to Egypt from US$3 billion to $8 billion", 8e9, 0, USD, Exact, "$8 billion"},
		{"~13,000 BTC", 13000, 0, BTC, About, "~13,000 BTC"},
		{"400 EH/s", 400, 0, Hashrate, Exact, "400 EH/s"},
		{"roughly 2000 MW", 2000, 0, PowerMW, About, "roughly 2000 MW"},
		{"1,5 million", 1.5e6, 0, NoUnit, Exact, "1,5 million"},
		{"a nearly $US3 billion bailout", 3e9, 0, USD, Nearly, "nearly $US3 billion"},
		{"a $NZ2 million grant", 2e6, 0, OtherCurrency, Exact, "$NZ2 million"},
		{"plus de 6 millions de Français", 6e6, 0, NoUnit, Over, "plus de 6 millions"},
		{"sits on 50,000 seized bitcoins", 50000, 0, BTC, Exact, "50,000 seized bitcoins"},
		{"posee más de 7.000 bitcoins", 7000, 0, BTC, Over, "más de 7.000 bitcoins"},
		{"cerca de 1,2 milhão", 1.2e6, 0, NoUnit, About, "cerca de 1,2 milhão"},
	}
	for _, tt := range tests {
		q, ok := Parse(tt.text)
		if !ok {
			t.Errorf("%q: no figure found", tt.text)
			continue
		}
		if !near(q.Value, tt.value) || !near(q.Max, tt.max) || q.Unit != tt.unit || q.Approx != tt.approx {
			t.Errorf("%q: got %g..%g %v %q, want %g..%g %v %q", tt.text, q.Value, q.Max, q.Unit, q.Approx, tt.value, tt.max, tt.unit, tt.approx)
		}
		if got := tt.text[q.Start:q.End]; got != tt.span {
			t.Errorf("%q: span %q, want %q", tt.text, got, tt.span)
		}
	}
}

// TestSignsAndPowers: a minus sign or "minus" makes a figure negative; the dash of a
// range or a name does not; a base and an exponent are marked as such.
func TestSignsAndPowers(t *testing.T) {
	tests := []struct {
		text            string
		negative, power bool
		span            string
	}{
		{"holds -5 BTC now", true, false, "-5 BTC"},
		{"holds \u2212700 BTC now", true, false, "\u2212700 BTC"},
		{"fell to minus 2,000 megawatts", true, false, "minus 2,000 megawatts"},
		{"a (-40 MW) swing", true, false, "-40 MW"},
		{"between 10-20 MW", false, false, "between 10-20 MW"},
		{"COVID-19 cases", false, false, "19"},
		{"holds 10^308 BTC", false, true, "10"},
	}
	for _, tt := range tests {
		q, ok := Parse(tt.text)
		if !ok {
			t.Errorf("%q: no figure", tt.text)
			continue
		}
		if q.Negative != tt.negative || q.Power != tt.power || tt.text[q.Start:q.End] != tt.span {
			t.Errorf("%q: negative %v power %v span %q, want %v %v %q", tt.text, q.Negative, q.Power, tt.text[q.Start:q.End], tt.negative, tt.power, tt.span)
		}
	}
}

func TestNotFigures(t *testing.T) {
	for _, text := range []string{
		"one of the first countries",
		"three exchanges closed",
		"in 2021",
		"the 5th largest",
		"version 1.2.3",
		"the three Bitcoin-holding nations",   // an adjective, not three coins
		"pressured CAR's 2023 Bitcoin repeal", // a year before a noun, not 2,023 coins
		"0000000EH/",                          // a hash-rate unit cut off at the end of the text (found by fuzzing)
	} {
		toks := lex.Tokenize(nil, text, 0, len(text))
		qs, _ := Scan(nil, nil, text, toks, nil)
		for _, q := range qs {
			if q.Unit != NoUnit || q.Magnitude {
				t.Errorf("%q: unexpected figure %q", text, text[q.Start:q.End])
			}
		}
	}
}

// TestVagueNumberWords: "a few hundred thousand" writes no number.
func TestVagueNumberWords(t *testing.T) {
	for _, text := range []string{"a few hundred thousand participants", "several million users", "many thousand miners"} {
		toks := lex.Tokenize(nil, text, 0, len(text))
		if qs, _ := Scan(nil, nil, text, toks, nil); len(qs) > 0 {
			t.Errorf("%q: unexpected figure %q", text, text[qs[0].Start:qs[0].End])
		}
	}
}

// TestLocalDollarsInBrackets: a bare dollar sum in brackets after one written as US
// dollars is the writer's own currency; after a bare one it stays dollars.
func TestLocalDollarsInBrackets(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Unit
	}{
		{"a $US3 billion ($4.5 billion) bailout", OtherCurrency},
		{"a US$2 billion ($2.7 billion) loan", OtherCurrency},
		{"a $2 billion ($2.7 billion) loan", USD},
	} {
		toks := lex.Tokenize(nil, tt.text, 0, len(tt.text))
		qs, _ := Scan(nil, nil, tt.text, toks, nil)
		if len(qs) != 2 || qs[0].Unit != USD || qs[1].Unit != tt.want {
			t.Errorf("%q: got %+v, want the bracketed sum in %v", tt.text, qs, tt.want)
		}
	}
}

func TestListSharesUnit(t *testing.T) {
	text := "Bhutan and El Salvador hold 13,000 and 6,100 BTC, respectively."
	toks := lex.Tokenize(nil, text, 0, len(text))
	qs, _ := Scan(nil, nil, text, toks, nil)
	if len(qs) != 2 || qs[0].Unit != BTC || qs[1].Unit != BTC || qs[0].Value != 13000 {
		t.Fatalf("got %+v", qs)
	}
}

// TestForeignMonthNeedsYear: a Romance month name is a date only with its year, as
// "Mars" and "mai" are also other words.
func TestForeignMonthNeedsYear(t *testing.T) {
	for _, text := range []string{"the Mars rover landed", "Mars is red", "en mai, le FMI"} {
		toks := lex.Tokenize(nil, text, 0, len(text))
		var s Scanner
		_, ds := s.Scan(nil, nil, text, toks, lex.LowerWords(nil, text, strings.ToLower(text), toks, nil))
		if len(ds) != 0 {
			t.Errorf("%q: %d dates, want none", text, len(ds))
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		text string
		span string
		when string // resolved with no publication date
		prep string
	}{
		{"legal tender in September 2021.", "September 2021", "2021-09", "in"},
		{"In May, Pakistan allocated", "May", "--05", "in"},
		{"on September 7, 2021 the law", "September 7, 2021", "2021-09-07", "on"},
		{"from 7 September 2021", "7 September 2021", "2021-09-07", "from"},
		{"reforms scheduled through 2027.", "2027", "2027", "through"},
		{"extend the arrangement until end-November 2017", "end-November 2017", "2017-11", "until"},
		{"el programa se extiende hasta finales de marzo de 2026", "finales de marzo de 2026", "2026-03", "hasta"},
		{"un arrangement qui reste en place jusqu'en 2028.", "2028", "2028", "jusqu'à"},
		{"prolongation de l'accord jusqu'à fin mars 2019", "fin mars 2019", "2019-03", "jusqu'à"},
		{"a lei entrou em vigor em 7 de setembro de 2021", "7 de setembro de 2021", "2021-09-07", "em"},
		{"published 2025-03-12", "2025-03-12", "2025-03-12", ""},
		{"by mid-2025", "mid-2025", "2025", "by"},
		{"as of Sept. 2024", "Sept. 2024", "2024-09", "as of"},
	}
	for _, tt := range tests {
		toks := lex.Tokenize(nil, tt.text, 0, len(tt.text))
		_, ds := Scan(nil, nil, tt.text, toks, nil)
		if len(ds) != 1 {
			t.Errorf("%q: %d dates", tt.text, len(ds))
			continue
		}
		d := ds[0]
		if got := tt.text[d.Start:d.End]; got != tt.span {
			t.Errorf("%q: span %q, want %q", tt.text, got, tt.span)
		}
		if got := d.Resolve(zeroTime, When{}).String(); got != tt.when {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.when)
		}
		if d.Prep != tt.prep {
			t.Errorf("%q: prep %q, want %q", tt.text, d.Prep, tt.prep)
		}
	}
}

func TestMayAsVerbIsNotADate(t *testing.T) {
	text := "May regulators act? Officials may decide."
	toks := lex.Tokenize(nil, text, 0, len(text))
	if _, ds := Scan(nil, nil, text, toks, nil); len(ds) != 0 {
		t.Fatalf("found %d dates", len(ds))
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"over 6,200 BTC", "$1.4bn", "between 15 million and 20 million", "16 billion kilowatt-hours",
		"September 7, 2021", "1,5", "9999999999999999999999 trillion", "two hundred and fifty thousand", "€500 million ($545 million)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := lex.Tokenize(nil, text, 0, len(text))
		qs, ds := Scan(nil, nil, text, toks, nil)
		for _, q := range qs {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("span %d..%d outside %d", q.Start, q.End, len(text))
			}
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || math.IsNaN(q.Max) || math.IsInf(q.Max, 0) {
				t.Fatalf("non-finite value in %q", text)
			}
		}
		for _, d := range ds {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End {
				t.Fatalf("date span %d..%d outside %d", d.Start, d.End, len(text))
			}
			_ = strings.TrimSpace(d.Resolve(zeroTime, When{}).String())
		}
	})
}

var zeroTime time.Time

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func TestUnitCarriedToListItem(t *testing.T) {
	for _, text := range []string{
		"That leaves Chile behind only Peru, which holds 12,400 bitcoins, and Bolivia, with 3,150.",
		"It ranks ahead of Kenya (12,400 BTC) and Ghana (3,150).",
	} {
		toks := lex.Tokenize(nil, text, 0, len(text))
		qs, _ := Scan(nil, nil, text, toks, nil)
		if len(qs) != 2 || qs[1].Unit != BTC || qs[1].Value != 3150 {
			t.Errorf("%q: got %+v", text, qs)
		}
	}
	// A count of something named after it keeps its own unit.
	text := "Peru holds 12,400 BTC, with 3,150 people"
	toks := lex.Tokenize(nil, text, 0, len(text))
	if qs, _ := Scan(nil, nil, text, toks, nil); len(qs) != 2 || qs[1].Unit != NoUnit {
		t.Errorf("%q: got %+v", text, qs)
	}
}

func TestThousandsOfMillionsInWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64
	}{
		{"el convenio por 10 mil 200 millones de dólares", 10.2e9},
		{"4 mil 200 millones vendrán del FMI", 4.2e9},
		{"unos 3 mil millones de dólares", 3e9},
	} {
		toks := lex.Tokenize(nil, tt.text, 0, len(tt.text))
		qs, _ := Scan(nil, nil, tt.text, toks, nil)
		if len(qs) != 1 || qs[0].Value != tt.want {
			t.Errorf("%q: got %+v, want %v", tt.text, qs, tt.want)
		}
	}
}
