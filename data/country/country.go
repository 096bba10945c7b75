// Package country is the project's one country table: ISO codes, names, region, capital
// and currency from github.com/biter777/countries, plus the names news text uses that the
// library lacks (aliases.go), and a matcher that finds country names in tokens.
package country

import (
	"sort"
	"strings"
	"sync"

	"github.com/biter777/countries"
)

// Country is reference data for one country or territory.
type Country struct {
	ISO2, ISO3 string
	Name       string // the common English name ("Russia", not "Russian Federation")
	Official   string // the library's name
	Region     string
	Capital    string
	Currency   string
	Flag       string // the regional-indicator emoji
}

// commonNames replaces the library's formal or dated names with the names readers know.
var commonNames = map[string]string{
	"BN": "Brunei", "BO": "Bolivia", "BQ": "Caribbean Netherlands", "CD": "DR Congo",
	"CG": "Republic of the Congo", "CI": "Côte d'Ivoire", "CV": "Cabo Verde", "CZ": "Czechia",
	"FK": "Falkland Islands", "FM": "Micronesia", "HK": "Hong Kong", "IM": "Isle of Man",
	"IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "LY": "Libya",
	"MD": "Moldova", "MF": "Saint Martin", "MK": "North Macedonia", "MO": "Macau",
	"PS": "Palestine", "RU": "Russia", "SX": "Sint Maarten", "SY": "Syria", "SZ": "Eswatini",
	"TL": "Timor-Leste", "TR": "Türkiye", "TW": "Taiwan", "TZ": "Tanzania",
	"VA": "Vatican City", "VE": "Venezuela", "VG": "British Virgin Islands",
	"VI": "US Virgin Islands", "VN": "Vietnam",
}

// corrections mend reference data the library has out of date.
var corrections = map[string]func(*Country){
	"KZ": func(c *Country) { c.Capital = "Astana" },                       // renamed back in 2022
	"SV": func(c *Country) { c.Currency = "US Dollar" },                   // dollarised in 2001
	"EC": func(c *Country) { c.Currency = "US Dollar" },                   // dollarised in 2000
	"HR": func(c *Country) { c.Currency = "Euro" },                        // since 2023
	"SL": func(c *Country) { c.Currency = "Leone" },                       // redenominated 2022
	"VE": func(c *Country) { c.Currency = "Bolívar" },                     // several redenominations
	"MK": func(c *Country) { c.Official = "Republic of North Macedonia" }, // cleaner than the library's
}

var (
	once   sync.Once
	byISO2 map[string]*Country
	all    []*Country
)

func load() {
	once.Do(func() {
		byISO2 = make(map[string]*Country, 256)
		// Each field is asked for on its own: code.Info() would also build the country's
		// subdivision list, which costs a fifth of a second over all countries at start-up.
		for _, code := range countries.All() {
			iso2 := code.Alpha2()
			if iso2 == "" || iso2 == "YU" || iso2 == "AN" {
				continue // historical codes
			}
			c := &Country{
				ISO2:     iso2,
				ISO3:     code.Alpha3(),
				Official: code.String(),
				Name:     code.String(),
				Region:   code.Region().String(),
				Capital:  code.Capital().String(),
				Currency: code.Currency().String(),
				Flag:     code.Emoji(),
			}
			if n, ok := commonNames[c.ISO2]; ok {
				c.Name = n
			}
			if fix, ok := corrections[c.ISO2]; ok {
				fix(c)
			}
			if c.Capital == "None" {
				c.Capital = ""
			}
			if c.Currency == "Unknown" {
				c.Currency = ""
			}
			byISO2[c.ISO2] = c
			all = append(all, c)
		}
		sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	})
}

// ByISO2 returns the country with the given two-letter code (any case).
func ByISO2(code string) (Country, bool) {
	load()
	c, ok := byISO2[strings.ToUpper(code)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// ByName returns the country whose common name, library name, alias or code is name.
func ByName(name string) (Country, bool) {
	load()
	if c, ok := ByISO2(name); ok && len(name) == 2 {
		return c, true
	}
	m := matcher()
	if iso, ok := m.exact[strings.ToLower(strings.TrimSpace(name))]; ok {
		return ByISO2(iso)
	}
	return Country{}, false
}

// All returns every country in the table, sorted by name.
func All() []Country {
	load()
	out := make([]Country, len(all))
	for i, c := range all {
		out[i] = *c
	}
	return out
}

// Names returns every name the matcher knows for a country (aliases, demonyms, codes),
// for filters that should find "Britain" under the United Kingdom.
func Names(iso2 string) []string {
	m := matcher()
	return m.names[strings.ToUpper(iso2)]
}
