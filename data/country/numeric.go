package country

import "github.com/biter777/countries"

// ByNumeric returns the country with the ISO 3166-1 numeric code (64 for Bhutan, 222
// for El Salvador), the code map data such as Natural Earth's shapes carry. It is the
// one place numeric codes turn into the ISO2 codes the rest of the project uses.
func ByNumeric(code int) (Country, bool) {
	if code <= 0 {
		return Country{}, false
	}
	c := countries.ByNumeric(code)
	if c == countries.Unknown {
		return Country{}, false
	}
	return ByISO2(c.Alpha2())
}
