package data

import (
	"github.com/abadojack/whatlanggo"
)

// dotThousandsLangs are the languages of the real set that write a dot between
// thousands and a comma before decimals: "1.400 millones de dólares", "6.276 BTC".
// French writes a space there more often, but news copy writes dots too ("198.109
// bitcoins").
var dotThousandsLangs = map[whatlanggo.Lang]bool{
	whatlanggo.Spa: true, whatlanggo.Por: true, whatlanggo.Ita: true, whatlanggo.Deu: true,
	whatlanggo.Ind: true, whatlanggo.Nld: true, whatlanggo.Fra: true,
	whatlanggo.Vie: true, whatlanggo.Tur: true, whatlanggo.Ron: true, whatlanggo.Dan: true,
}

// spaceThousandsLangs write a space between thousands and never a dot: "41 200 bitcoinów",
// "28 988 BTC".
var spaceThousandsLangs = map[whatlanggo.Lang]bool{
	whatlanggo.Pol: true, whatlanggo.Ces: true, whatlanggo.Rus: true, whatlanggo.Ukr: true, whatlanggo.Nob: true, whatlanggo.Swe: true,
}

// detectedLangs are the languages the detector chooses among: English and those the
// real set is written in.
var detectedLangs = func() map[whatlanggo.Lang]bool {
	m := map[whatlanggo.Lang]bool{whatlanggo.Eng: true, whatlanggo.Fra: true}
	for l := range dotThousandsLangs {
		m[l] = true
	}
	for l := range spaceThousandsLangs {
		m[l] = true
	}
	return m
}()

// languageSample is how much of an article its language is told from.
const languageSample = 4096

// numberStyle tells from the article's language how it groups thousands: with dots
// or spaces (Spanish, Portuguese, Italian, German, Indonesian, Dutch, French). The number scanner asks only when it meets a number that reads differently
// by convention (number.Scanner.Style).
func numberStyle(text string) (dotThousands, spaceThousands bool) {
	sample := text[:min(len(text), languageSample)]
	lang := whatlanggo.DetectWithOptions(sample, whatlanggo.Options{Whitelist: detectedLangs}).Lang
	if lang == whatlanggo.Eng {
		return false, false
	}
	return dotThousandsLangs[lang], true
}
