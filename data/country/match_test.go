package country

import (
	"strings"
	"testing"

	"cryptoatlas/data/lex"
)

// found lists the ISO codes the matcher finds in text, in order.
func found(text string) []string {
	toks := lex.Tokenize(nil, text, 0, len(text))
	var out []string
	for i := 0; i < len(toks); i++ {
		m, n, ok := Match(text, toks, i)
		if n > 0 {
			i += n - 1
		}
		if ok {
			out = append(out, m.ISO2)
		}
	}
	return out
}

func TestMatchNamesAliasesAndDemonyms(t *testing.T) {
	tests := []struct{ text, want string }{
		{"El Salvador’s reserve grew", "SV"},
		{"Salvadoran officials said", "SV"},
		{"The U.S. dollar and the UK pound", "US GB"},
		{"Britain and the United States of America", "GB US"},
		{"the People's Republic of China and the Republic of China", "CN TW"},
		{"Guinea‑Bissau, Guinea and Papua New Guinea", "GW GN PG"},
		{"Côte d’Ivoire", "CI"},
		{"Cote d'Ivoire and Ivory Coast", "CI CI"},
		{"DR Congo and the Republic of the Congo", "CD CG"},
		{"North Korean hackers, South Korea and Korea", "KP KR KR"},
		{"Pakistani traders and Pakistanis", "PK PK"},
		{"the Central African Republic (CAR)", "CF CF"},
		{"Russia, the Russian Federation", "RU RU"},
		{"Türkiye, also known as Turkey", "TR TR"},
		{"the UAE and the United Arab Emirates", "AE AE"},
		{"miners in Quebec, Sichuan and Inner Mongolia", "CA CN CN"},
		{"farms in Abkhazia and in Texas", "GE US"},
		{"Estados Unidos, Alemania y el Reino Unido", "US DE GB"},
		{"les États-Unis et la République centrafricaine", "US CF"},
		{"o Brasil e a Rússia", "BR RU"},
		{"EE.UU. y Corea del Sur", "US KR"},
		// CLDR's names, through golang.org/x/text: no table here lists these.
		{"financiamiento para Afganistán y Moçambique", "AF MZ"},
		{"en faveur de la Gambie et du Libéria", "GM LR"},
		{"Jordanien und Mosambik", "JO MZ"},
		{"Island hält Bitcoin, Kanadas Miner auch", "IS CA"},
		{"Việt Nam and Viet Nam", "VN VN"},
		{"antara India dan Tiongkok", "IN CN"},
		{"kryptogruvedrift i Sverige og Norge", "SE NO"},
		{"Kazachstan a Island", "KZ IS"},
		// Russian names in their cases, formed from CLDR's by their endings.
		{"майнинг в России и в Казахстане", "RU KZ"},
		{"резерв Сальвадора, кредит для Кении, фермы Ирана", "SV KE IR"},
		{"после того как Китай и Канаду", "CN CA"},
		{"правительство США и РФ", "US RU"},
		// Leaders and agencies stand for their state.
		{"Bukele said, and Milei agreed with Putin", "SV AR RU"},
		{"Shehbaz Sharif and the BKA", "PK DE"},
		{"HMRC, the Metropolitan Police and Sachsens Polizei", "GB GB DE"},
		{"le Bureau du Bitcoin et o Escritório de Bitcoin", "SV SV"},
	}
	for _, tt := range tests {
		if got := strings.Join(found(tt.text), " "); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMatchIgnoresLookAlikes(t *testing.T) {
	for _, text := range []string{
		"Latin America and South America",
		"Bank of America raised its forecast",
		"a US$2 billion loan",
		"let us see; the car was red",
		"Michael Jordan and Chad Smith",
		"New Mexico and New Jersey",
		"the South China Sea",
		"Mauricio Macri y Granada", // a first name and a Spanish city, though CLDR names countries so
		"Maurice a dit que Salvador",
		"Rhode Island, Long Island and the Canary Islands", // German's Iceland, and its genitive, as the end of a place
		"Trump Media and Nawaz Sharif's putin",             // a firm named after a leader; a surname two leaders share; lower case
	} {
		if got := found(text); len(got) != 0 {
			t.Errorf("%q: found %v", text, got)
		}
	}
}

// A possessive ("Pakistan’s") and a German genitive ("Russlands") own what follows them.
func TestPossessiveIsReported(t *testing.T) {
	for _, tt := range []struct{ text, iso2, name string }{
		{"Pakistan’s plan and the Philippines' rules", "PK", "Pakistan"},
		{"Russlands Bitcoin-Miner", "RU", "Russlands"},
	} {
		toks := lex.Tokenize(nil, tt.text, 0, len(tt.text))
		m, _, ok := Match(tt.text, toks, 0)
		if !ok || m.ISO2 != tt.iso2 || !m.Possessive || tt.text[m.Start:m.End] != tt.name {
			t.Errorf("%q: %+v", tt.text, m)
		}
	}
}

func TestEveryUNMemberHasAliases(t *testing.T) {
	if len(aliases) < 193 {
		t.Errorf("%d countries have aliases; every UN member state should", len(aliases))
	}
	for iso := range aliases {
		c, ok := ByISO2(iso)
		if !ok || c.Name == "" || c.ISO3 == "" {
			t.Errorf("%s: not in the country table", iso)
		}
	}
}

func TestReferenceData(t *testing.T) {
	c, ok := ByName("Salvadoran")
	if !ok || c.ISO2 != "SV" || c.ISO3 != "SLV" || c.Capital != "San Salvador" || c.Currency != "US Dollar" || c.Region == "" {
		t.Errorf("%+v", c)
	}
	if c, _ := ByISO2("kz"); c.Capital != "Astana" {
		t.Errorf("Kazakhstan capital %q", c.Capital)
	}
}

func BenchmarkMatch(b *testing.B) {
	text := "In May, Pakistan allocated 2,000 megawatts while El Salvador, the United States and the UK held bitcoin."
	toks := lex.Tokenize(nil, text, 0, len(text))
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		for j := range toks {
			Match(text, toks, j)
		}
	}
}

func TestStateAdjectives(t *testing.T) {
	for _, tt := range []struct{ word, iso2 string }{
		{"salvadoreño", "SV"}, {"salvadoreños", "SV"}, {"britannique", "GB"}, {"butanês", "BT"},
		{"centrafricaine", "CF"}, {"estadounidense", "US"},
		{"americano", ""}, {"government", ""}, // an adjective two countries share; an English word
	} {
		got, ok := StateAdjective(tt.word)
		if ok != (tt.iso2 != "") || got != tt.iso2 {
			t.Errorf("StateAdjective(%q) = %q, %v; want %q", tt.word, got, ok, tt.iso2)
		}
	}
	for _, tt := range []struct{ word, iso2 string }{
		{"britische", "GB"}, {"deutschen", "DE"}, {"sächsischer", "DE"}, {"us-amerikanisches", "US"},
		{"britisch", ""}, {"deutschland", ""}, {"regierung", ""}, // no ending; a name; a noun
	} {
		got, ok := StateAdjectiveBefore(tt.word)
		if ok != (tt.iso2 != "") || got != tt.iso2 {
			t.Errorf("StateAdjectiveBefore(%q) = %q, %v; want %q", tt.word, got, ok, tt.iso2)
		}
	}
}
