package country

import "golang.org/x/text/language"

// aliases are the names news text uses for a country beyond the ISO library's own name:
// short and common names, former names still in use, and demonyms (adjective and plural
// people forms). Matched case-insensitively, but only where the text capitalises the word.
var aliases = map[string][]string{
	"AD": {"Andorra", "Principality of Andorra", "Andorran", "Andorrans"},
	"AE": {"United Arab Emirates", "Emirates", "Emirati", "Emiratis"},
	// No "Afghani": that is the currency.
	"AF": {"Afghanistan", "Afghan", "Afghans"},
	"AG": {"Antigua and Barbuda", "Antigua", "Antiguan", "Antiguans", "Barbudan", "Barbudans"},
	"AL": {"Albania", "Republic of Albania", "Albanian", "Albanians"},
	"AM": {"Armenia", "Republic of Armenia", "Armenian", "Armenians"},
	"AO": {"Angola", "Republic of Angola", "Angolan", "Angolans"},
	"AR": {
		"Argentina", "Argentine Republic", "Argentine", "Argentinian", "Argentines",
		"Argentinians",
	},
	"AT": {"Austria", "Republic of Austria", "Austrian", "Austrians"},
	"AU": {
		"Australia", "Commonwealth of Australia", "Australian", "Australians", "Aussie",
		"Aussies",
	},
	"AZ": {
		"Azerbaijan", "Republic of Azerbaijan", "Azerbaijani", "Azerbaijanis", "Azeri",
		"Azeris",
	},
	"BA": {
		"Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "Bosnia",
		"Bosnian", "Bosnians",
	},
	"BB": {"Barbados", "Barbadian", "Barbadians", "Bajan", "Bajans"},
	"BD": {"Bangladesh", "People's Republic of Bangladesh", "Bangladeshi", "Bangladeshis"},
	"BE": {"Belgium", "Kingdom of Belgium", "Belgian", "Belgians"},
	"BF": {"Burkina Faso", "Burkina", "Burkinabe", "Burkinabè", "Burkinabé"},
	"BG": {"Bulgaria", "Republic of Bulgaria", "Bulgarian", "Bulgarians"},
	"BH": {"Bahrain", "Kingdom of Bahrain", "Bahraini", "Bahrainis"},
	"BI": {"Burundi", "Republic of Burundi", "Burundian", "Burundians"},
	"BJ": {"Benin", "Republic of Benin", "Beninese"},
	"BN": {"Brunei", "Brunei Darussalam", "Bruneian", "Bruneians"},
	"BO": {"Bolivia", "Plurinational State of Bolivia", "Bolivian", "Bolivians"},
	"BR": {"Brazil", "Federative Republic of Brazil", "Brazilian", "Brazilians"},
	"BS": {"Bahamas", "Commonwealth of the Bahamas", "Bahamian", "Bahamians"},
	"BT": {"Bhutan", "Kingdom of Bhutan", "Bhutanese"},
	"BW": {"Botswana", "Republic of Botswana", "Botswanan", "Botswanans", "Motswana", "Batswana"},
	"BY": {"Belarus", "Republic of Belarus", "Belarusian", "Belarusians"},
	"BZ": {"Belize", "Belizean", "Belizeans"},
	"CA": {"Canada", "Canadian", "Canadians"},
	// "Congolese" is given to CD only: in news it far more often means the DRC.
	"CD": {
		"DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
		"Congo-Kinshasa", "Congolese",
	},
	// No "Central African" demonym: it also names the region and its CFA franc zone.
	"CF": {"Central African Republic", "Central Africa Republic"},
	"CG": {"Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo"},
	"CH": {"Switzerland", "Swiss Confederation", "Swiss"},
	"CI": {"Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Ivorian", "Ivorians"},
	"CL": {"Chile", "Republic of Chile", "Chilean", "Chileans"},
	"CM": {"Cameroon", "Republic of Cameroon", "Cameroonian", "Cameroonians"},
	"CN": {"China", "People's Republic of China", "Chinese"},
	"CO": {"Colombia", "Republic of Colombia", "Colombian", "Colombians"},
	"CR": {"Costa Rica", "Costa Rican", "Costa Ricans"},
	"CU": {"Cuba", "Republic of Cuba", "Cuban", "Cubans"},
	"CV": {
		"Cape Verde", "Cabo Verde", "Cape Verdean", "Cape Verdeans", "Cabo Verdean",
		"Cabo Verdeans",
	},
	"CY": {"Cyprus", "Republic of Cyprus", "Cypriot", "Cypriots"},
	"CZ": {"Czech Republic", "Czechia", "Czech", "Czechs"},
	"DE": {"Germany", "Federal Republic of Germany", "German", "Germans"},
	"DJ": {"Djibouti", "Republic of Djibouti", "Djiboutian", "Djiboutians"},
	"DK": {"Denmark", "Kingdom of Denmark", "Danish", "Dane", "Danes"},
	// "Dominican" is also Dominica's demonym, but in news it nearly always means DO.
	"DM": {"Dominica", "Commonwealth of Dominica"},
	"DO": {"Dominican Republic", "Dominican", "Dominicans"},
	"DZ": {"Algeria", "Algerian", "Algerians"},
	"EC": {
		"Ecuador", "Republic of Ecuador", "Ecuadorian", "Ecuadorians", "Ecuadorean",
		"Ecuadoreans",
	},
	"EE": {"Estonia", "Republic of Estonia", "Estonian", "Estonians"},
	"EG": {"Egypt", "Arab Republic of Egypt", "Egyptian", "Egyptians"},
	"ER": {"Eritrea", "Eritrean", "Eritreans"},
	"ES": {"Spain", "Kingdom of Spain", "Spanish", "Spaniard", "Spaniards"},
	"ET": {"Ethiopia", "Ethiopian", "Ethiopians"},
	"FI": {"Finland", "Republic of Finland", "Finnish", "Finn", "Finns"},
	"FJ": {"Fiji", "Republic of Fiji", "Fijian", "Fijians"},
	// No "Micronesian": it also names the wider Pacific region.
	"FM": {"Micronesia", "Federated States of Micronesia"},
	"FR": {"France", "French Republic", "French"},
	"GA": {"Gabon", "Gabonese Republic", "Gabonese"},
	// No "English": in news it is far more often the language.
	"GB": {
		"United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "Britain",
		"Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "British",
		"Briton", "Britons", "Scottish", "Welsh", "Northern Irish",
	},
	"GD": {"Grenada", "Grenadian", "Grenadians"},
	"GE": {"Georgia", "Georgian", "Georgians"},
	"GH": {"Ghana", "Republic of Ghana", "Ghanaian", "Ghanaians"},
	"GM": {"Gambia", "Republic of the Gambia", "Gambian", "Gambians"},
	"GN": {"Guinea", "Republic of Guinea", "Guinean", "Guineans"},
	"GQ": {
		"Equatorial Guinea", "Republic of Equatorial Guinea", "Equatorial Guinean",
		"Equatorial Guineans", "Equatoguinean", "Equatoguineans",
	},
	"GR": {"Greece", "Hellenic Republic", "Greek", "Greeks"},
	"GT": {"Guatemala", "Republic of Guatemala", "Guatemalan", "Guatemalans"},
	"GW": {"Guinea-Bissau", "Guinea Bissau", "Bissau-Guinean", "Bissau-Guineans"},
	"GY": {"Guyana", "Guyanese"},
	"HK": {
		"Hong Kong", "Hong Kong SAR", "Hongkonger", "Hongkongers", "Hong Konger",
		"Hong Kongers",
	},
	"HN": {"Honduras", "Republic of Honduras", "Honduran", "Hondurans"},
	"HR": {"Croatia", "Republic of Croatia", "Croatian", "Croatians", "Croat", "Croats"},
	"HT": {"Haiti", "Republic of Haiti", "Haitian", "Haitians"},
	"HU": {"Hungary", "Hungarian", "Hungarians"},
	"ID": {"Indonesia", "Republic of Indonesia", "Indonesian", "Indonesians"},
	"IE": {"Ireland", "Republic of Ireland", "Irish"},
	"IL": {"Israel", "State of Israel", "Israeli", "Israelis"},
	"IN": {"India", "Republic of India", "Bharat", "Indian", "Indians"},
	"IQ": {"Iraq", "Republic of Iraq", "Iraqi", "Iraqis"},
	"IR": {"Iran", "Islamic Republic of Iran", "Iranian", "Iranians"},
	"IS": {"Iceland", "Icelandic", "Icelander", "Icelanders"},
	"IT": {"Italy", "Italian Republic", "Italian", "Italians"},
	"JM": {"Jamaica", "Jamaican", "Jamaicans"},
	"JO": {"Jordan", "Hashemite Kingdom of Jordan", "Jordanian", "Jordanians"},
	"JP": {"Japan", "Japanese"},
	"KE": {"Kenya", "Republic of Kenya", "Kenyan", "Kenyans"},
	"KG": {"Kyrgyzstan", "Kyrgyz Republic", "Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"},
	"KH": {"Cambodia", "Kingdom of Cambodia", "Cambodian", "Cambodians"},
	"KI": {"Kiribati", "I-Kiribati"},
	"KM": {"Comoros", "Union of the Comoros", "Comorian", "Comorians"},
	"KN": {
		"Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts",
		"St. Kitts", "Kittitian", "Kittitians", "Nevisian", "Nevisians",
	},
	"KP": {"North Korea", "Democratic People's Republic of Korea", "North Korean", "North Koreans"},
	"KR": {
		"South Korea", "Korea", "Republic of Korea", "South Korean", "South Koreans", "Korean",
		"Koreans",
	},
	"KW": {"Kuwait", "State of Kuwait", "Kuwaiti", "Kuwaitis"},
	"KZ": {
		"Kazakhstan", "Republic of Kazakhstan", "Kazakh", "Kazakhstani", "Kazakhs",
		"Kazakhstanis",
	},
	"LA": {"Laos", "Lao PDR", "Lao People's Democratic Republic", "Lao", "Laotian", "Laotians"},
	"LB": {"Lebanon", "Lebanese Republic", "Lebanese"},
	"LC": {
		"Saint Lucia", "St Lucia", "St. Lucia", "Saint Lucian", "Saint Lucians", "St Lucian",
		"St Lucians",
	},
	"LI": {"Liechtenstein", "Principality of Liechtenstein", "Liechtensteiner", "Liechtensteiners"},
	"LK": {"Sri Lanka", "Sri Lankan", "Sri Lankans"},
	"LR": {"Liberia", "Republic of Liberia", "Liberian", "Liberians"},
	"LS": {"Lesotho", "Kingdom of Lesotho", "Basotho", "Mosotho"},
	"LT": {"Lithuania", "Republic of Lithuania", "Lithuanian", "Lithuanians"},
	"LU": {
		"Luxembourg", "Grand Duchy of Luxembourg", "Luxembourger", "Luxembourgers",
		"Luxembourgish",
	},
	"LV": {"Latvia", "Republic of Latvia", "Latvian", "Latvians"},
	"LY": {"Libya", "Libyan", "Libyans"},
	"MA": {"Morocco", "Kingdom of Morocco", "Moroccan", "Moroccans"},
	"MC": {
		"Monaco", "Principality of Monaco", "Monegasque", "Monegasques", "Monégasque",
		"Monégasques",
	},
	"MD": {"Moldova", "Republic of Moldova", "Moldovan", "Moldovans"},
	"ME": {"Montenegro", "Montenegrin", "Montenegrins"},
	"MG": {"Madagascar", "Republic of Madagascar", "Malagasy"},
	"MH": {"Marshall Islands", "Republic of the Marshall Islands", "Marshallese"},
	"MK": {
		"North Macedonia", "Republic of North Macedonia", "Macedonia", "North Macedonian",
		"North Macedonians", "Macedonian", "Macedonians",
	},
	"ML": {"Mali", "Republic of Mali", "Malian", "Malians"},
	"MM": {"Myanmar", "Burma", "Burmese"},
	"MN": {"Mongolia", "Mongolian", "Mongolians"},
	"MO": {"Macau", "Macao", "Macau SAR", "Macao SAR", "Macanese"},
	"MR": {"Mauritania", "Islamic Republic of Mauritania", "Mauritanian", "Mauritanians"},
	"MT": {"Malta", "Republic of Malta", "Maltese"},
	"MU": {"Mauritius", "Republic of Mauritius", "Mauritian", "Mauritians"},
	"MV": {"Maldives", "Republic of Maldives", "Maldivian", "Maldivians"},
	"MW": {"Malawi", "Republic of Malawi", "Malawian", "Malawians"},
	"MX": {"Mexico", "United Mexican States", "Mexican", "Mexicans"},
	"MY": {"Malaysia", "Malaysian", "Malaysians"},
	"MZ": {"Mozambique", "Republic of Mozambique", "Mozambican", "Mozambicans"},
	"NA": {"Namibia", "Republic of Namibia", "Namibian", "Namibians"},
	"NE": {"Niger", "Republic of Niger", "Nigerien", "Nigeriens"},
	"NG": {"Nigeria", "Federal Republic of Nigeria", "Nigerian", "Nigerians"},
	"NI": {"Nicaragua", "Republic of Nicaragua", "Nicaraguan", "Nicaraguans"},
	"NL": {"Netherlands", "Holland", "Kingdom of the Netherlands", "Dutch"},
	"NO": {"Norway", "Kingdom of Norway", "Norwegian", "Norwegians"},
	"NP": {"Nepal", "Nepali", "Nepalis", "Nepalese"},
	"NR": {"Nauru", "Republic of Nauru", "Nauruan", "Nauruans"},
	"NZ": {"New Zealand", "New Zealander", "New Zealanders", "Kiwi", "Kiwis"},
	"OM": {"Oman", "Sultanate of Oman", "Omani", "Omanis"},
	"PA": {"Panama", "Republic of Panama", "Panamanian", "Panamanians"},
	"PE": {"Peru", "Republic of Peru", "Peruvian", "Peruvians"},
	"PG": {"Papua New Guinea", "Papua New Guinean", "Papua New Guineans"},
	"PH": {
		"Philippines", "Republic of the Philippines", "Philippine", "Filipino", "Filipinos",
		"Filipina", "Filipinas",
	},
	"PK": {"Pakistan", "Islamic Republic of Pakistan", "Pakistani", "Pakistanis"},
	// No singular "Pole": it also matches "North Pole" and "South Pole".
	"PL": {"Poland", "Republic of Poland", "Polish", "Poles"},
	"PR": {"Puerto Rico", "Puerto Rican", "Puerto Ricans"},
	"PS": {
		"Palestine", "State of Palestine", "Palestinian Territories",
		"Occupied Palestinian Territory", "Palestinian", "Palestinians",
	},
	"PT": {"Portugal", "Portuguese Republic", "Portuguese"},
	"PW": {"Palau", "Republic of Palau", "Palauan", "Palauans"},
	"PY": {"Paraguay", "Republic of Paraguay", "Paraguayan", "Paraguayans"},
	"QA": {"Qatar", "State of Qatar", "Qatari", "Qataris"},
	"RO": {"Romania", "Romanian", "Romanians"},
	"RS": {"Serbia", "Republic of Serbia", "Serbian", "Serbians", "Serb", "Serbs"},
	"RU": {"Russia", "Russian Federation", "Russian", "Russians"},
	"RW": {"Rwanda", "Republic of Rwanda", "Rwandan", "Rwandans"},
	"SA": {
		"Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi", "Saudis", "Saudi Arabian",
		"Saudi Arabians",
	},
	"SB": {"Solomon Islands", "Solomons", "Solomon Islander", "Solomon Islanders"},
	"SC": {"Seychelles", "Republic of Seychelles", "Seychellois"},
	"SD": {"Sudan", "Republic of the Sudan", "Sudanese"},
	"SE": {"Sweden", "Kingdom of Sweden", "Swedish", "Swede", "Swedes"},
	"SG": {"Singapore", "Republic of Singapore", "Singaporean", "Singaporeans"},
	"SI": {"Slovenia", "Republic of Slovenia", "Slovenian", "Slovenians", "Slovene", "Slovenes"},
	"SK": {"Slovakia", "Slovak Republic", "Slovak", "Slovaks", "Slovakian", "Slovakians"},
	"SL": {"Sierra Leone", "Republic of Sierra Leone", "Sierra Leonean", "Sierra Leoneans"},
	"SM": {"San Marino", "Republic of San Marino", "Sammarinese"},
	"SN": {"Senegal", "Republic of Senegal", "Senegalese"},
	"SO": {"Somalia", "Federal Republic of Somalia", "Somali", "Somalis", "Somalian", "Somalians"},
	"SR": {"Suriname", "Surinam", "Republic of Suriname", "Surinamese"},
	"SS": {"South Sudan", "Republic of South Sudan", "South Sudanese"},
	// Not bare "Sao Tome" / "São Tomé": that is also the capital.
	"ST": {"São Tomé and Príncipe", "Sao Tome and Principe", "Santomean", "Santomeans"},
	"SV": {
		"El Salvador", "Republic of El Salvador", "Salvadoran", "Salvadorans", "Salvadorean",
		"Salvadoreans",
	},
	"SY": {"Syria", "Syrian Arab Republic", "Syrian", "Syrians"},
	"SZ": {"Eswatini", "Kingdom of Eswatini", "Swaziland", "Swazi", "Swazis"},
	"TD": {"Chad", "Republic of Chad", "Chadian", "Chadians"},
	"TG": {"Togo", "Togolese Republic", "Togolese"},
	"TH": {"Thailand", "Kingdom of Thailand", "Thai", "Thais"},
	"TJ": {
		"Tajikistan", "Republic of Tajikistan", "Tajik", "Tajiks", "Tajikistani",
		"Tajikistanis",
	},
	"TL": {"Timor-Leste", "Timor Leste", "East Timor", "Timorese", "East Timorese"},
	"TM": {"Turkmenistan", "Turkmen", "Turkmens"},
	"TN": {"Tunisia", "Republic of Tunisia", "Tunisian", "Tunisians"},
	"TO": {"Tonga", "Kingdom of Tonga", "Tongan", "Tongans"},
	"TR": {
		"Turkey", "Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye", "Turkish",
		"Turk", "Turks",
	},
	"TT": {
		"Trinidad and Tobago", "Trinidad & Tobago", "Trinidad", "Trinidadian", "Trinidadians",
		"Tobagonian", "Tobagonians",
	},
	"TV": {"Tuvalu", "Tuvaluan", "Tuvaluans"},
	// "Republic of China" is Taiwan's official name; the longer "People's Republic of
	// China" (CN) wins where both match.
	"TW": {"Taiwan", "Republic of China", "Chinese Taipei", "Taiwanese"},
	"TZ": {"Tanzania", "United Republic of Tanzania", "Tanzanian", "Tanzanians"},
	"UA": {"Ukraine", "Ukrainian", "Ukrainians"},
	"UG": {"Uganda", "Republic of Uganda", "Ugandan", "Ugandans"},
	"US": {"United States", "United States of America", "America", "American", "Americans"},
	"UY": {"Uruguay", "Oriental Republic of Uruguay", "Uruguayan", "Uruguayans"},
	"UZ": {
		"Uzbekistan", "Republic of Uzbekistan", "Uzbek", "Uzbeks", "Uzbekistani",
		"Uzbekistanis",
	},
	"VA": {"Vatican", "Vatican City", "Vatican City State", "Holy See"},
	"VC": {
		"Saint Vincent and the Grenadines", "St Vincent and the Grenadines",
		"St. Vincent and the Grenadines", "Saint Vincent", "St Vincent", "St. Vincent",
		"Vincentian", "Vincentians",
	},
	"VE": {"Venezuela", "Bolivarian Republic of Venezuela", "Venezuelan", "Venezuelans"},
	"VN": {"Vietnam", "Viet Nam", "Việt Nam", "Socialist Republic of Vietnam", "Vietnamese"},
	"VU": {"Vanuatu", "Republic of Vanuatu", "Ni-Vanuatu"},
	"WS": {"Samoa", "Independent State of Samoa", "Samoan", "Samoans"},
	"XK": {"Kosovo", "Republic of Kosovo", "Kosovar", "Kosovars", "Kosovan", "Kosovans"},
	"YE": {"Yemen", "Republic of Yemen", "Yemeni", "Yemenis"},
	"ZA": {"South Africa", "Republic of South Africa", "South African", "South Africans"},
	"ZM": {"Zambia", "Republic of Zambia", "Zambian", "Zambians"},
	"ZW": {"Zimbabwe", "Republic of Zimbabwe", "Zimbabwean", "Zimbabweans"},
}

// exonyms are the names Spanish, Portuguese, French, Italian, German (and, for the
// Koreas, Indonesian; Vietnamese "Mỹ" and Romanian short names CLDR's names do not
// give) give the countries the
// real set's articles in those languages write about ("Estados Unidos", "Allemagne"):
// names only, never demonyms, and none an English word or another country shares.
var exonyms = map[string][]string{
	"AE": {"Emiratos Árabes Unidos", "Emirados Árabes Unidos", "Émirats arabes unis", "Emirati Arabi Uniti", "Vereinigten Arabischen Emirate", "Vereinigten Arabischen Emiraten"},
	"AR": {"Argentine"},
	"BG": {"Bulgarie", "Bulgária"},
	"BR": {"Brasil", "Brésil", "Brasile"},
	"BT": {"Bután", "Butão", "Bhoutan"},
	"CA": {"Canadá"},
	"CF": {"República Centroafricana", "República Centro-Africana", "République centrafricaine", "Repubblica Centrafricana", "Zentralafrikanischen Republik"},
	"CH": {"Suiza", "Suíça", "Suisse", "Svizzera", "Schweiz"},
	"CN": {"Chine", "Cina", "Tiongkok"},
	"AT": {"Österreich"},
	"DE": {"Alemania", "Alemanha", "Allemagne", "Germania", "Deutschland"},
	"EG": {"Egipto", "Egito", "Égypte", "Egypte", "Egitto"},
	"ES": {"España", "Espanha", "Espagne", "Spagna"},
	"SV": {"le Salvador", "du Salvador", "au Salvador"}, // French; "Salvador" alone is also a Brazilian city
	"ET": {"Etiopía", "Etiópia", "Éthiopie", "Ethiopie", "Etiopia"},
	"FI": {"Finlandia", "Finlândia", "Finlande"},
	"FR": {"Francia", "França"},
	"GB": {"Reino Unido", "Royaume-Uni", "Regno Unito", "Inggris", "Großbritannien", "Grande-Bretagne", "Gran Bretaña", "Gran Bretagna", "Grã-Bretanha", "Vereinigte Königreich", "Vereinigten Königreich", "Vereinigten Königreichs", "Marea Britanie"},
	"GE": {"Geórgia", "Géorgie"},
	"ID": {"Indonésia", "Indonésie"},
	"IN": {"Índia", "Inde"},
	"IR": {"Irán", "Irã", "Irão"},
	"IS": {"Islandia", "Islândia", "Islande", "Islanda"},
	"IT": {"Italie", "Itália", "Italia"},
	"JP": {"Japón", "Japão", "Japon", "Giappone"},
	"KE": {"Kenia", "Quênia", "Quénia"},
	"KG": {"Kirguistán", "Quirguistão", "Kirghizistan"},
	"KP": {"Corea del Norte", "Coreia do Norte", "Corée du Nord", "Corea del Nord", "Korea Utara"},
	"KR": {"Corea del Sur", "Coreia do Sul", "Corée du Sud", "Corea del Sud", "Korea Selatan"},
	"KZ": {"Kazajistán", "Kazajstán", "Cazaquistão", "Kazakistan"},
	"MA": {"Marruecos", "Marrocos", "Maroc", "Marocco"},
	"MX": {"México", "Mexique", "Messico"},
	"MY": {"Malasia", "Malásia", "Malaisie"},
	"NG": {"Nigéria"},
	"NL": {"Países Bajos", "Países Baixos", "Pays-Bas", "Paesi Bassi"},
	"NO": {"Noruega", "Norvège", "Norvegia"},
	"PA": {"Panamá"},
	"PE": {"Perú", "Pérou"},
	"PK": {"Pakistán", "Paquistão"},
	"PL": {"Polonia", "Polônia", "Pologne"},
	"PY": {"Paraguai"},
	"RU": {"Rusia", "Rússia", "Russie"},
	"SE": {"Suecia", "Suécia", "Suède", "Svezia"},
	"TH": {"Tailandia", "Tailândia", "Thaïlande"},
	"TJ": {"Tayikistán", "Tadjikistan"},
	"TR": {"Turquía", "Turquia", "Turquie", "Turchia"},
	"UA": {"Ucrania", "Ucrânia", "Ucraina"},
	"US": {"Estados Unidos", "États-Unis", "Etats-Unis", "Stati Uniti", "Vereinigte Staaten", "Vereinigten Staaten", "Amerika Serikat", "Mỹ", "Statele Unite"},
	"VE": {"Vénézuéla"},
	"VN": {"Vietnã"},
	"ZA": {"Sudáfrica", "África do Sul", "Afrique du Sud", "Sudafrica"},
}

// exonymLanguages are the languages whose names for every country (CLDR's, through
// golang.org/x/text/language/display) the matcher reads beside the exonyms above.
var exonymLanguages = []language.Tag{language.Spanish, language.Portuguese, language.French, language.Italian, language.German, language.Russian, language.Polish, language.Turkish, language.Dutch, language.Indonesian, language.Norwegian, language.Swedish, language.Czech, language.Vietnamese, language.Romanian}

// notExonyms are CLDR country names that are also a person's name, a city or a common
// word capitalised at a sentence's start: never read as the country.
var notExonyms = map[string]bool{
	"Salvador": true, "Granada": true, "Maurice": true, "Mauricio": true, "Maurício": true, "Maurizio": true,
	"Reunión": true, "Réunion": true, "Reunião": true, "Riunione": true, "Gana": true, "Georgia": true, "Jordan": true,
	"Chad": true, "Niger": true, "Guernsey": true, "Jersey": true, "Man": true,
}

// peopleWords are how Spanish, Portuguese, French, Italian and German name a country's
// people in the plural, in lower case as the look-up reads them ("26 milhões de
// brasileiros", "1,3 milioni gli italiani", "1,5 Millionen Marokkaner"). Read only right
// after a count, as the people it counts; words English or another country shares
// ("americanos", "indios") and German adjectives of a currency or a firm ("Schweizer
// Franken", "Deutsche Bank") are left out.
var peopleWords = map[string][]string{
	"AE": {"emiratíes", "emiratis", "émiratis", "emiratini"},
	"AR": {"argentinos", "argentins", "argentini", "argentinier"},
	"AT": {"österreicher"},
	"AU": {"australianos", "australiens", "australiani", "australier"},
	"BO": {"bolivianos", "boliviens", "boliviani"},
	"BR": {"brasileños", "brasileiros", "brésiliens", "brasiliani", "brasilianer"},
	"CA": {"canadienses", "canadenses", "canadiens", "canadesi", "kanadier"},
	"CH": {"suizos", "suíços", "suisses", "svizzeri"},
	"CL": {"chilenos", "chiliens", "cileni"},
	"CN": {"chinos", "chineses", "chinois", "cinesi", "chinesen"},
	"CO": {"colombianos", "colombiens", "colombiani", "kolumbianer"},
	"CU": {"cubanos", "cubains", "cubani"},
	"DE": {"alemanes", "alemães", "allemands", "tedeschi"},
	"EC": {"ecuatorianos", "equatorianos", "équatoriens", "ecuadoriani"},
	"EG": {"egipcios", "egípcios", "égyptiens", "egiziani", "ägypter"},
	"ES": {"españoles", "espanhóis", "espagnols", "spagnoli", "spanier"},
	"FR": {"franceses", "français", "francesi", "franzosen"},
	"GB": {"británicos", "britânicos", "britanniques", "britannici", "briten"},
	"HN": {"hondureños", "hondurenhos", "honduriens"},
	"ID": {"indonesios", "indonésios", "indonésiens", "indonesiani", "indonesier"},
	"IN": {"indianos", "indiens", "indiani", "inder"},
	"IR": {"iraníes", "iranianos", "iraniens", "iraniani", "iraner"},
	"IT": {"italianos", "italiens", "italiani", "italiener"},
	"JP": {"japoneses", "japonais", "giapponesi", "japaner"},
	"KE": {"keniatas", "quenianos", "kényans", "keniani", "kenianer"},
	"KR": {"surcoreanos", "sul-coreanos", "sud-coréens", "sudcoreani"},
	"MA": {"marroquíes", "marroquinos", "marocains", "marocchini", "marokkaner"},
	"MX": {"mexicanos", "mexicains", "messicani", "mexikaner"},
	"NG": {"nigerianos", "nigérians", "nigeriani", "nigerianer"},
	"NL": {"neerlandeses", "holandeses", "néerlandais", "olandesi", "niederländer"},
	"PE": {"peruanos", "péruviens", "peruviani"},
	"PH": {"filipinos", "philippins", "filippini", "philippiner"},
	"PK": {"pakistaníes", "paquistaneses", "pakistanais", "pakistani", "pakistaner"},
	"PL": {"polacos", "poloneses", "polonais", "polacchi"},
	"PT": {"portugueses", "portugais", "portoghesi"},
	"PY": {"paraguayos", "paraguaios", "paraguayens", "paraguaiani"},
	"RU": {"rusos", "russos", "russes", "russi", "russen"},
	"SV": {"salvadoreños", "salvadorenhos", "salvadoriens", "salvadoregni", "salvadorianer"},
	"TH": {"tailandeses", "thaïlandais", "thailandesi", "thailänder"},
	"TR": {"turcos", "turcs", "turchi", "türken"},
	"UA": {"ucranianos", "ukrainiens", "ucraini", "ukrainer"},
	"US": {"estadounidenses", "norte-americanos", "statunitensi"},
	"UY": {"uruguayos", "uruguaios", "uruguayens", "uruguaiani"},
	"VE": {"venezolanos", "venezuelanos", "vénézuéliens", "venezuelani", "venezolaner"},
	"VN": {"vietnamitas", "vietnamiens", "vietnamiti", "vietnamesen"},
	"ZA": {"sudafricanos", "sul-africanos", "sud-africains", "sudafricani", "südafrikaner"},
}

// stateAdjectives are how Spanish, Portuguese, French and Italian say a state's own in
// lower case after the noun ("el gobierno salvadoreño", "le gouvernement britannique",
// "o governo butanês"): singular forms, masculine and feminine, whose plurals add an "s".
// Read only right after a word for a government or its offices (StateAdjective's
// callers), so no adjective English or another country shares is listed ("americano").
var stateAdjectives = map[string][]string{
	"AR": {"argentino", "argentina", "argentin", "argentine"},
	"BG": {"búlgaro", "búlgara", "bulgare", "bulgaro"},
	"BR": {"brasileño", "brasileña", "brasileiro", "brasileira", "brésilien", "brésilienne", "brasiliano"},
	"BT": {"butanés", "butanesa", "butanês", "bhoutanais", "bhoutanaise", "bhutanese"},
	"CA": {"canadiense", "canadense", "canadien", "canadienne", "canadese"},
	"CF": {"centroafricano", "centroafricana", "centro-africano", "centro-africana", "centrafricain", "centrafricaine", "centrafricano"},
	"CN": {"chino", "china", "chinês", "chinesa", "chinois", "chinoise", "cinese"},
	"DE": {"alemán", "alemana", "alemão", "alemã", "allemand", "allemande", "tedesco", "tedesca"},
	"ET": {"etíope", "éthiopien", "éthiopienne", "etiope"},
	"FI": {"finlandés", "finlandesa", "finlandês", "finlandais", "finlandaise", "finlandese"},
	"FR": {"francés", "francesa", "francês", "français", "française", "francese"},
	"GB": {"británico", "británica", "britânico", "britânica", "britannique", "britannico", "britannica"},
	"IR": {"iraní", "iraniano", "iraniana", "iranien", "iranienne"},
	"ES": {"español", "española", "espanhol", "espanhola", "espagnol", "espagnole", "spagnolo", "spagnola"},
	"JP": {"japonés", "japonesa", "japonês", "japonais", "japonaise", "giapponese"},
	"KR": {"surcoreano", "surcoreana", "sul-coreano", "sul-coreana", "sud-coréen", "sud-coréenne", "sudcoreano", "sudcoreana"},
	"NO": {"noruego", "noruega", "norueguês", "norueguesa", "norvégien", "norvégienne", "norvegese"},
	"SE": {"sueco", "sueca", "suédois", "suédoise", "svedese"},
	"TR": {"turco", "turca", "turc", "turque"},
	"KZ": {"kazajo", "kazaja", "cazaque", "kazakh", "kazakhe", "kazako", "kazaka"},
	"MX": {"mexicano", "mexicana", "mexicain", "mexicaine", "messicano", "messicana"},
	"NG": {"nigeriano", "nigeriana", "nigérian", "nigériane"},
	"PK": {"paquistaní", "paquistanês", "paquistanesa", "pakistanais", "pakistanaise", "pakistano", "pakistana"},
	"PY": {"paraguayo", "paraguaya", "paraguaio", "paraguaia", "paraguayen", "paraguayenne", "paraguaiano"},
	"RU": {"ruso", "rusa", "russo", "russa", "russe"},
	"SV": {"salvadoreño", "salvadoreña", "salvadorenho", "salvadorenha", "salvadorien", "salvadorienne", "salvadoregno", "salvadoregna"},
	"UA": {"ucraniano", "ucraniana", "ukrainien", "ukrainienne", "ucraino", "ucraina"},
	"US": {"estadounidense", "norte-americano", "norte-americana", "américain", "américaine", "étatsunien", "étatsunienne", "états-unien", "états-unienne", "statunitense"},
	"VE": {"venezolano", "venezolana", "venezuelano", "venezuelana", "vénézuélien", "vénézuélienne", "venezuelano"},
}

// stateAdjectivesBefore are how German says a state's own: a lower-case adjective before
// the noun ("die britische Regierung", "deutsche Staatsanwälte"), given in its -e form;
// its -en, -er and -es forms are read too. Read only right before a word for a government
// or its offices. A region's ("sächsische") is its country's: the coins its police hold
// are the state's.
var stateAdjectivesBefore = map[string][]string{
	"AR": {"argentinische"},
	"AT": {"österreichische"},
	"BG": {"bulgarische"},
	"BR": {"brasilianische"},
	"BT": {"bhutanische"},
	"CA": {"kanadische"},
	"CH": {"schweizerische"},
	"CN": {"chinesische"},
	"DE": {"deutsche", "sächsische", "bayerische"},
	"FI": {"finnische"},
	"FR": {"französische"},
	"GB": {"britische"},
	"GE": {"georgische"},
	"IN": {"indische"},
	"IR": {"iranische"},
	"JP": {"japanische"},
	"KP": {"nordkoreanische"},
	"KR": {"südkoreanische"},
	"KZ": {"kasachische"},
	"NG": {"nigerianische"},
	"NO": {"norwegische"},
	"PK": {"pakistanische"},
	"PL": {"polnische"},
	"RU": {"russische"},
	"SV": {"salvadorianische", "salvadorische"},
	"TR": {"türkische"},
	"UA": {"ukrainische"},
	"US": {"us-amerikanische", "amerikanische"},
	"VE": {"venezolanische"},
}

// regions are provinces, states and territories news names in place of their country
// where mining and crypto policy are reported: a figure in Quebec or Sichuan is one in
// Canada or China. Only names no country shares, and never a demonym.
var regions = map[string][]string{
	"CA": {"Quebec", "Québec", "Manitoba", "Alberta", "British Columbia", "Ontario", "Hydro-Québec", "Hydro-Quebec"},
	"CN": {"Sichuan", "Xinjiang", "Inner Mongolia", "Yunnan"},
	"DE": {"Saxony", "Bavaria", "Sachsen", "Sachsens", "Bayern", "North Rhine-Westphalia", "Nordrhein-Westfalen"},
	"GE": {"Abkhazia"},
	"IN": {"Delhi", "Delhi NCR", "Maharashtra", "Karnataka"},
	"RU": {"Irkutsk", "Siberia"},
	"US": {"Texas", "Wyoming", "Kentucky", "New Hampshire", "Arizona", "Utah"},
}

// acronyms are matched only with exactly this capitalisation, so "US" is the country
// but "us" is not, and "CAR" is the Central African Republic but "car" is not.
var acronyms = map[string][]string{
	"AE": {"UAE", "U.A.E."},
	"BA": {"BiH"},
	"CD": {"DRC", "RDC"},
	"CF": {"CAR"},
	"CN": {"PRC"},
	"GB": {"UK", "U.K."},
	"HK": {"HKSAR"},
	"KP": {"DPRK"},
	"KR": {"ROK"},
	"NZ": {"NZ"},
	"SA": {"KSA"},
	"US": {"US", "U.S.", "USA", "U.S.A.", "EUA", "EEUU", "EE.UU.", "EE. UU.", "США", "SUA"},
	"RU": {"РФ"},
}

// agencies are national bodies whose name alone says whose they are: a tax office,
// police, customs, regulator, central bank or grid operator that news names in place of
// its state ("the BKA holds 32,488 bitcoins", "4.1 million CPFs reported to the Receita
// Federal"). Matched with exactly this capitalisation; only names no other country uses.
// Grid operators (Tavanir, ANDE) are left out: news quotes them as sources of figures
// about miners, not as the ones who draw the power.
var agencies = map[string][]string{
	"AR": {"BCRA"},
	"BR": {"Receita Federal"},
	"DE": {"BKA", "Bundeskriminalamt", "BaFin"},
	"ES": {"Guardia Civil"},
	"FI": {"Tulli"},
	"GB": {"FCA", "HMRC", "Metropolitan Police"},
	"ID": {"OJK", "Bappebti"},
	"IN": {"RBI"},
	"KR": {"KOFIU"},
	"MX": {"Banxico"},
	"NG": {"CBN"},
	"PH": {"BSP"},
	"PK": {"SBP"},
	"SV": {"Bitcoin Office", "Oficina Nacional del Bitcoin", "ONBTC", "Bureau du Bitcoin", "Oficina del Bitcoin", "Oficina de Bitcoin", "Escritório do Bitcoin", "Escritório de Bitcoin"},
	"US": {"CFTC", "OFAC"},
}

// leaders are heads of state and government, and finance ministers, whose surname news
// uses in place of their state ("Bukele announced the purchase of 21 BTC", "Putin said
// miners use 16 billion kilowatt-hours"). Matched with exactly this capitalisation; only
// surnames no other figure of crypto news shares and none that names a firm ("Trump
// Media" holds its own coins).
var leaders = map[string][]string{
	"AR": {"Milei"},
	"BT": {"Tobgay"},
	"BY": {"Lukashenko"},
	"CF": {"Touadéra", "Touadera"},
	"KE": {"Ruto"},
	"KZ": {"Tokayev"},
	"PK": {"Aurangzeb", "Shehbaz Sharif"},
	"RU": {"Putin"},
	"SV": {"Bukele"},
	"VE": {"Maduro"},
}
