package data

import (
	"strings"

	"cryptoatlas/data/lex"
)

// The extractor's whole vocabulary: every word that tells it something is in the one
// table below (init), under the classes it belongs to. To change what a word means,
// change it here; no other file lists words.

// The extractor's search windows, in tokens: how far from a figure a word may stand and
// still bear on it. Named once so a reader can find and weigh them.
const (
	windowImminent         = 12 // "sur le point de finaliser un accord de prêt de 1,3 milliard": the phrase opens a longer clause
	windowPlan             = 8  // a plan word before a figure: "plans to buy as much as 1,000 BTC"
	windowHave             = 6  // "has" before a purchase verb and its figure: "has so far acquired 6,200 BTC"
	windowValue            = 5  // a value word before a dollar amount: "valued at about $745 million"
	windowGovernFront      = 4  // a flow word before a figure: "sold some 50,000 BTC"
	windowGovernBack       = 3  // a flow word after a figure: "1,200 BTC moved"
	windowSetOff           = 5  // "the sale, in 2014, of 30,000 bitcoins": a phrase set off by commas that the governing word reaches past
	windowRaiseTo          = 14 // "to increase the power draw of its Rio Cuarto mining facility in Argentina to 100 MW": the infinitive of raising before "to"
	windowAgo              = 6  // "USD 800,000 in Bitcoin four years ago": the "ago" that dates a value to the past
	windowTimesPopulation  = 6  // "casi 1,5 veces de lo que sería la población": a multiple before a population it compares with
	windowConducted        = 4  // "conducted among more than 40,000 citizens": a study's verb before the people it asked
	windowThanList         = 6  // "more Bitcoin than China and the UK, with": the countries a "than" compares
	windowCollapsedFrom    = 5  // "from US$3 billion to": the words between "from" and "to" in a change read as one figure
	windowSinceDate        = 4  // "since the start of 2024": the "since" before a date
	windowCapable          = 4  // "capable of consuming 850 megawatts": what machines could draw
	windowAfterReview      = 10 // "US$79.1 million for Mongolia following two rounds of reviews": the review after a sum
	windowRestate          = 10 // "This puts it at a value of $71.6 billion": a value early in a sentence that refers back
	windowPerHead          = 4  // "per citizen" after a figure and its words: "$1,000 in bitcoin per citizen"
	windowHoldersAre       = 8  // people, a verb of holding, then the copula before their count: "le persone che possiedono crypto-asset sono"
	windowInEffect         = 5  // a law and the word of its taking effect: "The law went into effect", "la ley entró en vigor"
	windowProgrammeAmount  = 9  // a programme's noun before "d'un montant de" and its sum: "L'accord global, d'un montant de"
	windowYardstick        = 7  // a word of likeness and the country compared with: "comparable to the annual consumption of Ireland"
	windowGiver            = 3  // a country and its verb of giving a loan: "Russia has given a credit line"
	windowFollowed         = 4  // a verb of following and the leader after it: "segue a ruota gli Stati Uniti"
	windowNotTheState      = 4  // a negation and the state after it: "non appartengono realmente al governo"
	windowWalletWith       = 6  // a wallet firm before "with" and its count of users: "la billetera virtual con más de 5,5 millones"
	windowValuedThing      = 6  // a flow word before the coins a value phrase prices: "vendió reservas de BTC por un valor de"
	windowNearFigure       = 6  // a cue word reaches the nearest figure of its unit within this
	windowNounAfter        = 3  // a noun the figure modifies: "$1.4 billion IMF loan", "2,000MW Mining Plan"
	windowTargetYear       = 8  // a target year after a figure: "500 megawatts by 2027"
	windowWorldwide        = 8  // "global" beside a figure in a clause naming a country: "2,000 MW of global hashrate"
	windowEarlierLoan      = 8  // "an earlier" sum and its loan's noun: "an earlier $3 billion, 46-month Extended Fund Facility"
	labelLineMax           = 80 // bytes: a label line is short ("Estimated Value: $7.37 billion")
	labelMax               = 40 // bytes: and its label shorter, before the colon
	windowBrackets         = 12 // a bracket's opening and a figure inside it: "(who took a similar move on September 7, 2021)"
	windowHoldersNamed     = 3  // "holders include Bhutan", "holders such as Finland": the holders are the countries
	windowRegionOwns       = 3  // a continent's possessive and the figure it owns: "Africa's estimated total 53 million"
	windowVerbLast         = 4  // a verb that closes its clause after the phrase it governs: "als gesetzliches Zahlungsmittel einführte"
	windowTenderWhich      = 6  // a relative "which" and the legal tender it adopts: ", which the country adopted as legal tender"
	windowLegalTender      = 12 // "legal tender" and its date: "made bitcoin legal tender in September 2021"
	windowPeopleAfter      = 4  // the counted noun after a count: "15 million registered crypto users", "15.59 million domestic crypto asset investors"
	windowPeopleFront      = 6  // the counted noun before a count: "puts its crypto users at 33 million"
	windowRelativeVerbs    = 16 // "que tinham bitcoins (moeda virtual) ao final de 2022, e não informaram": a relative clause's second verb
	windowDemonym          = 6  // a demonym after a count: "20 million young Pakistanis"
	windowCoordinatedTo    = 12 // "to X ... and under the RSF to Y": the first "to" a second is coordinated with
	windowApprovedUnder    = 9  // "approved US$113 million under a 36-month Extended Fund Facility": the arrangement after "under"
	windowCountryWith      = 9  // "a small landlocked kingdom in the Himalaya with 800,000 people": the country noun before "with"
	windowSeekAfter        = 8  // "$1 billion in financing that El Salvador is seeking": a seeking verb after the sum
	windowPairedList       = 8  // "India and Pakistan are the top-rated countries with 27.4 million and 26.4 million": the list before the figures
	windowChangedFrom      = 10 // "increases the EFF arrangement from the $3 billion originally approved in December 2022 to $8 billion"
	windowGenerate         = 4  // "the dam generates a staggering 14 gigawatts": what generators make
	windowShareAside       = 20 // "1.9 million people in the UK population (equivalent to 3.86% of adults over 18 years old) hold"
	windowWithinPopulation = 5  // "1.9 million people in the UK population": the population word after the count
	windowBrokenDown       = 30 // "por 10 mil 200 millones de dólares: 4 mil 200 millones vendrán del FMI y 6 mil millones de bancos": the parts after a colon
	windowHoldersIn        = 5  // "27.4 million crypto owners in the United States": the country right after the counted people
	windowMarketValue      = 6  // "the crypto market value reached $572.5 billion": a market's size, not a holding
	windowLimitAfter       = 3  // "380 MW electric power limits": the limit named after the figure
	windowCoinsSold        = 5  // "the bitcoins were then sold": the coins either side of the verb of selling
	windowPaymentsAfter    = 14 // "porte à 346,1 millions de dollars, soit environ 205 milliards de FCFA, le volume des décaissements"
	windowAgreementFor     = 14 // "un acuerdo entre el Gobierno salvadoreño y el FMI por 1.400 millones": the agreement before "por"
	windowRestated         = 12 // "US$ 378 milhões (R$ 2,1 bilhões, na cotação atual) em bitcoins": the bracket restating a sum
	windowSubsetAfter      = 6  // "140,000 people invest in cryptocurrency margins": the part named after the count
	windowVictims          = 5  // "120,000 inversores chinos fueron víctimas": the word after the count
	windowOverLife         = 6  // "USD440 million over the course of three years": the span after "over"
	windowTrancheValue     = 7  // "a segunda tranche de financiamento para Angola no valor de": the tranche the value phrase closes
	windowTenderNow        = 8  // "El Salvador today has become the first country ... legal tender": the time word before the phrase
	windowStarted          = 3  // "5 million people started investing": the verb right after the count
	windowCondition        = 6  // "Once the review is approved": a condition shortly before the approval
	windowNow              = 4  // "which currently holds around 6,276 BTC": "now" shortly before the figure
	windowThanCountry      = 20 // "more than whole countries like Norway (124 TWh) or Chile (74 TWh)": "than" before the compared countries' figures
	windowPassive          = 6  // "320 MW of mining load was disconnected": a passive after the figure
	windowTraded           = 5  // "the overall transaction of Bitcoin alone is worth": a trade's word before the value word
	windowPurchaseValued   = 16 // "compró más de 1.000 monedas de bitcoin por un valor de 100 millones": a purchase before its price
	windowLender           = 10 // "from" and a lender after a loan: "borrowed $390 million ... from Australia"
	windowNegation         = 6  // a negation before a figure: "India doesn't have 100 million crypto users"
	windowSince            = 12 // a "since" phrase that a date closes
	windowBrings           = 10 // a verb bringing a sum "to" a new total: "bringing total access under the ECF to"
	windowChangedLater     = 6  // a relative clause after a figure's noun phrase: "a $6 billion IMF programme in 2019, which was increased to $7bn"
	windowSeizedThen       = 8  // what became of coins after "seized": "22 Bitcoin seized in a 2021 case disappeared"
	windowIncrement        = 10 // a verb of change before "by" and a figure: "the extension of its loan to Honduras by $215.8 million"
	windowLoanValue        = 16 // a loan word before "a total value of": "a Facility (July 2019 to September 2022) with a total value of $6 billion"
	windowBracket          = 8  // a bracket after a count, skipped to its counted noun: "19 million (1.33%) crypto users"
	windowSurvey           = 5  // a survey word before the people it asked: "une enquête menée auprès de 6.000 adultes"
	windowAugment          = 8  // an increment word before the other-currency sum it adds: "an augmentation of access of the equivalent of SDR 32.3 million"
	windowRankedAfter      = 9  // a ranking word before "after" a country: "the second largest cryptocurrency holder in the ASEAN region after Thailand"
	windowUndeclared       = 10 // "25,126 people who hold bitcoin and did not declare it"
	windowApprovedLoan     = 12 // and the loan before its verb: "Los acuerdos del FMI de 36 meses para Honduras fueron aprobados"
	windowApprovedFor      = 8  // "The 27-month EFF for Ecuador was approved in September 2020 for about $6.5 billion"
	windowChangedIt        = 16 // "a $2.3 billion facility was agreed in April 2021, but it was later raised to"
	windowHadObtained      = 14 // "La RCA avait déjà reçu du FMI une première facilité de crédit rapide de 7,9 millions", "the $5.2 billion loan it had secured"
	windowContributes      = 8  // "contributing to the total annual consumption of two billion kWh"
	windowSDR              = 5  // "special drawing rights (SDR) of 1.472 billion ($1.9 billion)"
	windowFloorAfterVerb   = 8  // "teriam, ao final de 2022, pelo menos 0,05 Bitcoin"
	windowVerbAfterPeople  = 4  // "25.126 pessoas físicas teriam", "25.126 pessoas que tinham"
	windowNumberOfCoins    = 10 // "portant le nombre total de bitcoins du pays à 550"
	windowBroughtTo        = 7  // "portando la scorta totale del paese a 1.291 monete"
	windowShareAsCount     = 4  // ", which makes up around 4.25 million citizens"
	windowTotaling         = 10 // "240 unidades do token, totalizando 22 milhões de dólares"
	windowEach             = 4  // "chacune fonctionnant à 40 mégawatts"
	windowHeldSubject      = 3  // "the US BTC holdings to be $12 billion"
	windowUsingOther       = 6  // "fewer than three million Nigerians invest in the capital market,"
	windowHavePurchase     = 5  // "has over the years, accumulated approximately 215,000 BTC"
	windowAfterEvent       = 8  // "after a record-breaking forfeiture of 127,271 BTC"
	windowReported         = 6  // "announced on Friday that it had approved"
	windowSupply           = 6  // "With the supply of BTC capped at 21 million coins"
	windowPassiveAfter     = 8  // "3,046 BTC being known to have been bought"
	windowSource           = 8  // a source named after "according to": "According to a tracker and the comparison platform,"
)

// cue is a class of word that tells the extractor what a figure is about. Each word in a
// sentence with figures is looked up once and its classes OR-ed per clause.
type cue uint64

const (
	cueHold         cue = 1 << iota // holds, holdings, reserve, stash, owns, balance, treasury
	cuePurchase                     // bought, acquired, purchased: a purchase, or with "has" a total
	cueHave                         // has, have, had: makes a purchase verb a running total
	cueLoss                         // sold, stolen, hacked, lost, moved: not the country's holdings
	cuePlan                         // plans, will, proposes, bill: not yet true
	cueLoan                         // loan, bailout, facility, arrangement
	cueProgram                      // programme, package, deal: a loan only with a lender named
	cueTranche                      // tranche, disbursement, repaid: part of a loan, not its size
	cueMining                       // mining, miners
	cueGlobal                       // global, worldwide, network: not one country's figure
	cueCapacity                     // installed, generating: national capacity, not an allocation
	cueValue                        // valued, worth, value
	cuePrice                        // price, per, each, apiece: a price, not a total
	cuePeople                       // citizens, people, users, holders
	cueCrypto                       // crypto, cryptocurrency, bitcoin, digital assets
	cueRepeal                       // ended, repealed, scrapped: legal tender taken away
	cueRate                         // daily, day, week, month: a rate, not a stock
	cueTotal                        // total, totalling, cumulative
	cueEnd                          // ending, expires, runs: "ending in 2027"
	cueCompare                      // than, like, unlike, following: the next country is a comparison
	cuePrep                         // in, from, with, to, for, of, by: the next country is not a subject
	cueConj                         // while, whereas, but, although: a new clause begins
	cueCryptoPeople                 // users, holders, investors: people counted as crypto users by context
	cueNegation                     // not, never, no: the loss word after it did not happen
	cueWorldwide                    // worldwide, globally: the whole clause is about the world
	cuePopulation                   // population, inhabitants: people counted as a nation
	cueIncrement                    // another, additional: a purchase added, not the total
	cueSeize                        // seized, confiscated: coins the state took
	cueRank                         // leads, tops, follows, ranks: a ranking of holders
)

// cueMetrics are the cues that say what a figure measures: people, holdings, mining, loans.
const cueMetrics = cuePeople | cueCryptoPeople | cueHold | cueMining | cueLoan | cueValue

// role is a class of grammar or reference: what a word says about the words around it,
// rather than what a figure is about. Looked up where a rule needs it: is(w, role).
// Roles number more than a machine word's bits, so a word's roles are a small bit set.
type role uint8

// roleSet holds the roles one word plays.
type roleSet [4]uint64

func (s *roleSet) add(r role)     { s[r/64] |= 1 << (r % 64) }
func (s roleSet) has(r role) bool { return s[r/64]&(1<<(r%64)) != 0 }
func (s *roleSet) union(t roleSet) {
	for i := range s {
		s[i] |= t[i]
	}
}

const (
	roleCountryNoun          role = iota // country, nation, government: "the country" may refer back to one named
	roleRanked                           // first, only, largest: "the first country" picks one of many, refers to none
	roleManyStates                       // countries, governments, nations: many states, none named
	roleRegion                           // neighbouring, African, developing: an adjective before an unnamed country
	roleSomeOf                           // another, other, several, two: "another country" is not a named one
	roleStateNoun                        // government, authorities, police, officials: a demonym before them stands for the state
	roleNotState                         // civil servants, companies, banks: a possessive owning them is not the state
	roleHolderVerb                       // use, own, hold, trade, invest: what counted people do with crypto
	roleShareVerb                        // owning, holding, using: a share of a population that holds crypto
	roleOpener                           // after, before, while, since: a phrase of its own begins after a figure
	roleMinerRef                         // they, sites, operations, facilities: words for miners already named
	roleConsume                          // consumes, uses, draws: the verb of a clause whose subject uses power
	roleAdopt                            // adopted, made, recognised: verbs giving bitcoin legal-tender status
	roleRigsTaken                        // seized, confiscated, shut, dismantled: mining machines no longer running
	roleOneEvent                         // seizure, confiscation, case, raid: "from this seizure" names one of several
	roleWhole                            // total, sum, stash, haul, holdings: "of the total" takes a share of a whole
	roleShareOf                          // which, this, these, that: "of which 94,643 BTC", "half of this"
	roleShareWord                        // half, part, most, some: "half of this — 94,643 BTC"
	roleBatch                            // batches, tranches, purchases: "two batches of 200 BTC" are parts
	roleDifference                       // below, above, behind, ahead: "4,000 BTC below the U.S. total"
	roleComparative                      // more, less, fewer: a difference when "than" follows
	roleStill                            // now, still, already, currently: between "has" and its coin count
	roleFxReserve                        // international, foreign, gold: reserves that are not bitcoin
	roleSaying                           // said, says, estimated, found: a verb of saying before a clause
	roleCopula                           // is, was, stands, totals: a value stated of the clause's subject
	rolePlanNoun                         // plan, proposal, target, goal: a figure's phrase closing on a plan
	roleNewcomer                         // new, additional, fresh: people who joined, not every holder
	rolePhraseEnd                        // according, last, this, since: words that close a count's phrase
	roleCoin                             // bitcoin, btc, bitcoins: "$3.3 billion in Bitcoin" is held in coins
	rolePackage                          // package, packages: a financing package counting other lenders
	roleRateWord                         // per, each, every, apiece: after an amount, a rate
	roleRateAdverb                       // daily, weekly, monthly, annually: after an amount, a rate
	roleBeforeValue                      // worth, valued, about, roughly: words between a holding and its bracketed value
	roleStartsIf                         // if, should: a sentence opening with a condition is hypothetical
	roleLive                             // living, live, lives: people living in a country are its population
	roleEverHeld                         // held, owned, ever: after "have", people who ever held crypto
	roleAccess                           // access: "granting access equivalent to $3 billion" names a loan's size
	roleValueThing                       // investment, assets: what a value may be the value of
	rolePriceWord                        // price, trading, traded: "at" after them prices one coin
	roleEndPrep                          // through, until, till, to, by: a date that ends a period
	roleWallet                           // wallet, address: one wallet's balance is a part of a state's coins
	roleGrace                            // grace, deadline, meeting: a year that is not a loan's end
	rolePast                             // "up from", "down from", "a rise from": the figure an earlier one
	rolePeak                             // peak, pico: "a peak of 1,500MW", "at its peak" name an earlier level
	roleHigh                             // high, height: an earlier level only after "from" ("down from an all-time high of"), not "a record high of"
	roleTimes                            // twice, double, half: "twice Germany's" compares with that country
	rolePlatform                         // exchange, platform, app: the users of one firm, not a country's
	roleNotPeople                        // wallets, accounts, addresses: counted things that are not people
	roleReach                            // tops, hits, exceeds, surpasses: a value reached
	roleGrid                             // grid, electricity, demand: a country's whole power, not mining's
	roleOtherCoin                        // ethereum, tokens, tether: coins that are not bitcoin
	roleChange                           // decreased, rose, fell: a count changing, not stated
	roleFacilityKind                     // credit, fund, financing: "facility" names a loan after them
	roleReport                           // revealed, reported, according: what a source says, not what it has
	roleAdoption                         // ownership, adoption, usage: rates of people holding crypto
	roleRumour                           // rumours, alleged: a holding said, not stated
	roleBody                             // association, council, body: a platform word naming a group of firms
	roleAsk                              // does, is, can: a sentence opening with them and ending "?" asks
	roleWholeWallet                      // treasury, reserve, cold: a wallet that is the state\'s whole holding
	roleExpand                           // expanding, raise, boost: a figure raised "to" is a target
	roleAmass                            // accumulated, amassed: buying over time, which builds a holding
	roleLenderStart                      // the first word of a lender's name ("imf", "international", "world"): the sentence may name one
	roleEarlier                          // earlier, previous, anteriores: with an estimate, one superseded
	roleEstimate                         // estimates, estimaciones: what "earlier" supersedes
	roleCoinNoun                         // coins, monedas, unidades: a count of them in a bitcoin sentence is of bitcoin
	roleIndexName                        // Index, Indeks, Report: a ranking's name, "the Global Crypto Adoption Index"
	roleDrawSum                          // draw, drew, accessed: a sum a borrower draws right after it is a part of its loan
	roleTheMany                          // the, les, los, os: a plural definite article, "les 5 800 BTC du Salvador" naming whose
	roleGenerating                       // generating, production: a country's generation, whatever mining a clause named before
	rolePersonPronoun                    // he, she: a person, never a state, as a clause's subject ("said he had 6,528 BTC")
	roleChangeFrom                       // from, da, de: after a change verb, the level it started from ("aumentate da 6.101 BTC")
	roleReckoning                        // estimated, tally, puts: a count given as one reckoning among others
	roleLoseVerb                         // lost, lose: with roleLostThing after a count of people, a fraud's victims
	roleLostThing                        // their, money, funds, savings: what the victims lost
	roleStatedWhole                      // amount, total, sum: "80 MW of this amount" is a part of a figure stated before
	rolePayment                          // payment, pago: "recognized bitcoin as a form of payment" is no legal tender
	roleIn                               // in, en, dans: "in the country" places a figure
	roleInThe                            // no, na, nel, au: "in the" written as one word ("no país")
	roleNumberOf                         // number, count, quantidade: "the number of holders ... reached 21 million"
	roleSeek                             // seeking, buscando: a sum a country is seeking, even after it ("que El Salvador está buscando")
	roleCondition                        // if, once, upon, when: an approval still to come ("Once the review is approved")
	roleAllCrypto                        // cryptocurrencies, tokens: every coin held, not only bitcoin
	roleLoansPlural                      // loans, préstamos: a sum of several loans is what a country owes
	roleTraded                           // transaction, trading, turnover: a value traded, not held
	roleMarket                           // market, marketplace: the worth of a whole market, not a holding
	roleValueWordAfterMarket             // price, value, rate: "market price" prices coins, it is no market's worth
	rolePhase                            // phase, stage: a project's phase is its plan ("the first phase consists of 200MW")
	roleRunning                          // operational, online, completed: what a phase already runs
	roleOfficials                        // officials, ministers, executives: people whose coins are their own
	roleCBDC                             // enaira, cbdc: a central bank\'s digital currency, not crypto
	roleTogether                         // collectively, combined: a total of many
	roleNow                              // today, now, currently: a figure of the present beside a planned one
	roleCompareVerb                      // compared, comparison: a figure brought in to compare
	roleSuperior                         // superior, mayor, supérieur: with roleCompareLink after, "more than"
	roleCompareLink                      // al, à, que, als: after roleSuperior ("superior al", "supérieure à")
	roleRelPronoun                       // which, who, que, qui, che: opening a relative clause
	rolePeoplePronoun                    // they, them, their: people named before, again
	roleSurvey                           // survey, surveyed, respondents: people asked, a sample of a study
	roleOtherAsset                       // gold, ounces, bonds, shares: assets whose value is not of coins
	roleAssumed                          // assumed, supposed, claim: a word hedging the figure after it in its clause
	roleContinent                        // continent, region, africa, europe: a region the clause speaks of, not a country
	roleTermFuture                       // will, expected, scheduled: the future a loan's agreed term runs into, not a plan
	roleLocality                         // zone, city, province, municipality: a place within a country
	roleJurisdiction                     // jurisdiction: a state a clause speaks of without naming it
	roleHouseholds                       // households, homes: a population's own use of power
	roleSubset                           // aged, margins, futures: a part of a country's holders
	roleDeclare                          // declared, reported: what holders who did not do it are a part of
	roleHad                              // had, avait, había: the past perfect's auxiliary
	roleObtained                         // secured, received, reçu: what a past perfect says a borrower got
	roleCoinModified                     // farms, miners, ATMs: "three bitcoin farms" counts farms, not coins
	roleBring                            // bringing, portant, llevando: "bringing the number of bitcoins to"
	roleGermanAux                        // sind, wurden, hat: German's auxiliary, its participle last in the clause
	roleSeat                             // based, headquartered, sede: "based in Cambodia" says where a firm sits
	roleJoin                             // and, or, y, et and articles: what may stand between coordinated countries
	roleEstimateVerb                     // estima, calcula, reckons: a firm that reckons a country's count reports it
	roleHadOnce                          // tinham, teriam: "pessoas que tinham pelo menos 0,05 bitcoin"
	roleRatePrep                         // por, par, al: "1 BTC por día"
	roleRatePeriod                       // día, jour, mes: the period after a Romance rate preposition
	roleAverage                          // average, mean, median: "the global average" is a comparison
	roleContribute                       // contributing, adding: "contributing to the total annual consumption"
	roleSupply                           // supply, cap, capped: bitcoin's own supply
	roleNumberNoun                       // number, nombre, número: "the number of bitcoins ... to 550"
	roleOneSite                          // farm, mine, warehouse: one site, when indefinite and unnamed
	roleAfterEvent                       // after, following, tras: "after a record forfeiture of 127,271 BTC"
	roleReceive                          // receive, recibirá: a sum received is a payment, unless a loan noun names it
	roleAnnounce                         // announced, stated, told: reported speech follows
	roleMedia                            // newspaper, agency, outlet: a demonym before them names a source, not a figure's country
	roleLimit                            // limit, cap, ceiling: a bound set on mining's power, not what it draws
	roleShortage                         // shortage, deficit, scarcity: power a country lacks, not mining's
	roleComparable                       // comparable, akin, сопоставимо: "comparable to the consumption of Ireland" names a yardstick
	roleCompareFiller                    // to, the, consumption of: words between roleComparable and the country it compares with
	roleExportPower                      // exports, exporta: power sold abroad, not mining's
	roleGiveLoan                         // given, granted, extended: a country before it lends the loan after it
	roleFirstOnes                        // first, initial, primeras: "bought its first 200 coins", a purchase, not the total
	roleAddsTo                           // suma, añade, ajoute: "suma 21 bitcoin a sus reservas", coins added to a stock
	roleLawNoun                          // law, ley, loi: "the law went into effect", the bitcoin law of a text on legal tender
	roleInEffect                         // effect, force, vigor: "went into effect", "entró en vigor", "trat in Kraft"
	roleOrWord                           // or, soit, ou: ", or the equivalent of 3 million people", a share restated as a count
	roleEquivalentNoun                   // equivalent, équivalent: "soit l'équivalent de 3 millions de personnes"
	roleProvenance                       // through, via, from: after "acquired", how coins were come by, not a purchase
	roleAmountNoun                       // montant, monto, amount: "d'un montant de", an agreement's sum
	roleHoldsSum                         // holds, boasting: a verb of holding right before a dollar sum
	roleReserveNoun                      // reserves, holdings, reservas: a stock of coins ("las reservas salvadoreñas")
	roleFollowVerb                       // follows, segue, suit: "La Cina segue a ruota gli Stati Uniti", the leader followed
	roleTimeClause                       // when, while, cuando: "when BTC was valued around $5,000", a clause of a past moment
	roleIsNow                            // è, es, sono, sind: a present copula of another language before a sum ("il valore ... è di circa 780 milioni", "le persone che possiedono crypto sono circa 2,8 milioni"), not "era de"
	roleWalletApp                        // wallet, billetera: a wallet firm whose users are counted ("la billetera virtual con más de 5,5 millones de usuarios"), not a state's wallet of coins
	roleCrimeNoun                        // fraud, scam, heist: "a China fraud scheme" is no state's
	roleDrawn                            // received, drawn: a sum taken under a loan, not its size
	roleBrings                           // brings, raises: "brings the total to" a new sum
	roleCalledOff                        // cancelled, expired: a loan that no longer runs
	roleApprove                          // approved, signed: what the clause grants is no longer a proposal
	roleBe                               // is, are, was: "is going to", "is to provide"
	roleOf                               // of, de, da, della: a share "of" the population in any of the set's languages
	roleObjectPronoun                    // it, them: "Swedes hold it" holds the crypto named before
	roleSiteNoun                         // operation, facility, farm: a figure before one is that site's
	roleGenerate                         // generated, produced: a country's generation, not mining's draw
	rolePlant                            // plant, station, dam: a generator's capacity, not mining's
	roleGenerator                        // wind, solar: "a 280-megawatt wind farm" is a generator, not a mining site
	roleCurtail                          // curtailed, released, shed: power miners gave back to the grid
	roleHaveAux                          // have, had, hanno, ont: the auxiliary of "have held" in the set's languages
	roleSurveyDoc                        // report, results, findings: "a survey report of 2,768 adults" is still a survey's sample
	roleAmountsTo                        // amounting, amounts, totalling: "amounts to $773 million" gives a total
	roleRestate                          // makes up, equals, represents: ", which makes up around 4.25 million citizens"
	roleDebtStock                        // exposure, outstanding, arrears: what a country owes, not one loan
	roleValueLink                        // im, von, de: the small words of "im Wert von", "por un valor de"
	roleEach                             // each, chacune, cada: "each running at 40 megawatts" is one unit's
	roleCaseName                         // case, affair, trial: "the 320 Bitcoin case" names a case, not a holding
	roleRespectively                     // respectively, respectivamente: lists paired by position, in the set's languages
	roleWith                             // with, com, con, avec: "with 22 million, 20 million and 19 million users"
	roleAheadOf                          // antes, devant: "antes do Brasil" compares with that country
	roleFrom                             // from, dari: "up from", "naik dari" name an earlier figure
	roleAfterwards                       // then, later, subsequently: what became of coins after they were taken
	roleLinked                           // linked, tied, attributed, belonging: "the 6,118 BTC linked to El Salvador" names the owner
	roleWorthAfter                       // wert: German puts "worth" after the value ("1,3 Milliarden US-Dollar wert")
	rolePerPrep                          // per, pro, por, par: before a head noun, a share for each
	rolePerHead                          // capita, kopf, head: "per capita", "pro Kopf" make a figure a rate
	roleGuessers                         // analysts, experts, observers: "some analysts estimate" hedges what follows
	roleDaily                            // daily, quotidiennement: energy used in a day, not a year
	roleDay                              // day, jour, día: "per day", "par jour"
	roleFirm                             // giant, miner, operator: "a Singaporean bitcoin mining giant" is a firm
	roleUnits                            // units, unidades, unités: "213 mil unidades de bitcoin" counts coins
	roleDefinite                         // the, its, this, el, o, le, il: "the country", "el país" refer back to one named
	roleToward                           // to, à: what a sum is brought "to" ("porte le montant total ... à 41,6 millions")
	roleOriginally                       // originally, ursprünglich: a figure from before a change ("ursprünglich 49.857 BTC")
	roleRequestNoun                      // request, demande, solicitud: "the request for a $1.3 billion loan" is a loan asked for
	roleReview                           // review, revue, revisión: a programme review, on whose completion a tranche is paid
	roleOtherInvestment                  // mutual, stock, smartphone: "2.6 crore mutual fund investors", "750 million smartphone users" hold something else
	roleComingVerb                       // start, open, reach: after "to" in a headline, what is yet to happen ("500 MW mine to start operation")
	roleYieldVerb                        // producing, mined, earned: "producing over $1.1 billion in BTC" is a flow, not a holding
	roleIncreaseNoun                     // augmentation, increase, top-up: after a sum, the sum is the change ("a $5 billion augmentation")
	roleBegan                            // started, began, começaram: after a count of people, newcomers ("started investing")
	roleSold                             // sold, liquidated, vendeu: a state that sold coins may no longer hold what it seized
	roleToday                            // today, hoy, heute: the day the article was written
	roleThisDay                          // this, este, on, am: before a weekday, a day of the article's week ("este martes")
	roleBecomes                          // becomes, se convierte: with legal tender, an adoption
	roleWorks                            // construction, building: a plan while the works go on
	roleCompleted                        // completed, finished: works done, no plan
	roleWorking                          // exploitation, extraction, acuñación: beside a crypto word, mining ("l'exploitation Bitcoin")
	roleProvidesFor                      // prevê, prévoit: after an agreement, what it lays down, not a plan
	roleVictim                           // victims, defrauded, víctimas: beside a count of people, a fraud's victims
	roleAnniversary                      // anniversary, aniversario: a date of marking the adoption, not of the adoption
	roleDemonstrative                    // this, that, este, ce: "this number" refers to a count stated before
	roleAgreement                        // agreement, acuerdo, accord: "an agreement with the IMF for $3 billion"
	roleTalks                            // negociaciones, trattative: talks, a plan until a clause says the loan was approved
	roleReached                          // reached, llegaron, chegaram: with an agreement after it, talks that ended in a deal
	roleAgo                              // ago, hace, vor: counting time back ("One year ago today")
	roleForSum                           // for, por, pour: before a sum, what a loan or an agreement is for
	roleIndirect                         // indirectly, indirectamente: coins held through shares in firms, not by the state
	roleConducted                        // conducted, realizado, menée: a study carried out on the people counted after it
	rolePartly                           // partially, partly, half: before roleCompleted, works not done
	roleLevelFrom                        // von: with roleLevelTo after, German's change from one level to another
	roleLevelTo                          // auf: after roleLevelFrom ("von 6.109 BTC ... auf 6.349 BTC")
	roleSinceWord                        // since, desde, depuis, seit: a span counted from a date to now
	roleCapable                          // capable, capaces, capaz: what machines could do, not what they do
	roleAfterReview                      // following, after, upon, under: before roleReview, a review done that pays a tranche
	roleThoseMany                        // these, those, all: before roleManyStates opening a clause ("these entities hold")
	roleEver                             // ever, jemals: before a verb of holding, anyone who once held
	roleSeveral                          // multiple, several, other, various, range: before roleLenders, lenders besides one
	roleLenders                          // creditors, lenders, partners, donors: after roleSeveral
	roleFiscal                           // fiscal, financial: with "year", a budget's year, not a loan's
	roleSellVerb                         // sell, auction, vender: the infinitive of a sale to come
	roleInfinitive                       // to, de, a, zu: before roleSellVerb
	roleKeepVerb                         // retain, keep, conserver: coins a state is to keep are held now
	roleFutureAux                        // will, would, será, sera: after a figure, the clause tells of what is to come
	roleRankedBehind                     // follows, trails, behind, folgt: before the country another is ranked behind
	roleRegionWord                       // region, bloc: "in the region" after a figure, a whole region's
	roleAgencyNoun                       // service, bureau, agency: capitalised after a country, one agency of its state
	roleAnd                              // and, y, e, et, und: the conjunction that closes a list or joins two verbs
	roleWorthWord                        // worth, valued: right before a value, after roleWasWere
	roleReplaces                         // replaces, replacing, reemplaza: before the loan a new one takes the place of
	roleWasWere                          // was, were: a past state, with "since" before it a change's start
	roleStillToDraw                      // remaining, undisbursed, disponibles: beside a loan's sum, what is left of it
	roleWithFigure                       // with, mit, con: before the figure of the country ranked
	roleThoseCoins                       // the, these, those: before coins, coins the article told of ("did not seize the bitcoins")
	roleDeny                             // denies, niega, dément: a holding or seizure said not to be
	roleSaleNoun                         // sale, venta, Verkauf: selling named as a thing ("la venta de reservas de BTC")
	roleIndefinite                       // a, un, una, um: the indefinite article before a value word ("por un valor de")
	roleImagine                          // imagine, imaginez: opening a sentence, a figure made up for scale
	roleAsIf                             // as, como, comme: with "if"/"si" after, a supposition
	roleMadeAs                           // as, als, sebagai: "Bitcoin as the national currency", what a thing is made
	roleIfWord                           // if, si: after roleAsIf
	roleOfWhichOne                       // dont, davon: "of which" in one word
	roleSeekPast                         // buscou, buscó, pidió, pediu: sought, a plan only with a loan as its object
	roleBill                             // bill, proposal, proyecto, projeto: a plan until passed ("aprobó el proyecto de ley")
	roleWhich                            // which, quais, cuales, cui: after "of", "dos", "de", "di", "of which"
	roleOverSpan                         // over, across, durante, sur: a sum paid over a span of time after it
	roleSpanUnit                         // years, months, años, mois: the span's unit
	roleTotaling                         // totaling, totalizando: coins "totaling" a sum are worth it
	roleMonitored                        // monitored, SMP: a programme the IMF's staff only monitors
	roleReference                        // référence, referencia: "programme de référence", one the IMF's staff monitors
	roleSoldPronoun                      // os, los, les, them, it: what was sold, standing for coins named
	roleAddedAfter                       // adicionales, supplémentaires: written after a figure, an addition ("50 MW adicionales")
	roleActual                           // actual, real, фактическое: "the actual number is" corrects a figure stated before
	roleRemainder                        // still, noch, remain, left: what is still held of coins that came in
	roleSuperlative                      // größte, mayor, top, leading: a rank among holders ("der größte Bitcoin-Besitzer")
)

var roleWords = map[string]roleSet{}

// answersNo, after one of answerLeads, begin an answer that denies the question before it:
// "200K BTC in state reserves? Unfortunately no".
var (
	answerLeads = []string{"", "unfortunately ", "sadly ", "well, "}
	answersNo   = []string{"no", "not really", "not quite", "nope"}
)

// is reports whether the lower-case word w plays any of the roles rs.
func is(w string, rs ...role) bool {
	if !cueFilter.Maybe(w) {
		return false
	}
	set := roleWords[w]
	for _, r := range rs {
		if set.has(r) {
			return true
		}
	}
	return false
}

var cueWords = map[string]cue{}

// cueFilter skips the map look-up for words that cannot be cue words.
var cueFilter lex.WordFilter

// cueOf returns the cue classes of a lower-case word.
func cueOf(w string) cue {
	if len(w) > 1 && (w[0] == 0xd0 || w[0] == 0xd1) {
		return cyrillicCue(w) // a Cyrillic word: by its stem
	}
	if !cueFilter.Maybe(w) {
		return 0
	}
	return cueWords[w]
}

// cyrillicStems are the stems of the Russian (and Ukrainian) words the grammar reads.
// Russian inflects every noun, verb and adjective ("майнинг", "майнинга",
// "майнингом", "майнинговых"), so a word is read by the stem it starts with rather
// than listed in each form.
var cyrillicStems = []struct {
	stem string
	c    cue
}{
	{"майнинг", cueMining}, {"майнер", cueMining}, {"майнін", cueMining}, {"криптоферм", cueMining},
	{"резерв", cueHold}, {"крипторезерв", cueHold}, {"владе", cueHold}, {"запас", cueHold}, {"хранит", cueHold}, {"распоряжени", cueHold},
	{"изъя", cueSeize}, {"конфиск", cueSeize},
	{"прода", cueLoss}, {"перевел", cueLoss}, {"перевёл", cueLoss},
	{"купил", cuePurchase}, {"покупк", cuePurchase}, {"приобрет", cuePurchase},
	{"кредит", cueLoan}, {"заем", cueLoan}, {"заём", cueLoan}, {"займ", cueLoan},
	{"криптовалют", cueCrypto}, {"биткоин", cueCrypto}, {"биткойн", cueCrypto},
	{"стоимост", cueValue}, {"эквивалент", cueValue}, {"оценива", cueValue},
	{"готов", cuePlan}, {"обеща", cuePlan}, {"пообеща", cuePlan},
	{"человек", cuePeople}, {"граждан", cuePeople},
	{"владельц", cuePeople | cueCryptoPeople}, {"пользовател", cuePeople | cueCryptoPeople}, {"инвестор", cuePeople | cueCryptoPeople},
	{"миров", cueGlobal}, {"глобальн", cueGlobal}, {"планет", cueGlobal},
	{"планир", cuePlan}, {"намерен", cuePlan}, {"предлага", cuePlan}, {"законопроект", cuePlan}, {"собира", cuePlan},
	{"транш", cueTranche}, {"выплат", cueTranche},
	{"программ", cueProgram}, {"соглашени", cueProgram},
	{"установленн", cueCapacity},
	{"совокупн", cueTotal}, {"суммарн", cueTotal},
	{"ежеднев", cueRate}, {"ежемесяч", cueRate},
	{"отмен", cueRepeal},
	{"дополнительн", cueIncrement},
}

// cyrillicCue is the cue of a Cyrillic word: what the word lists give it, and what the
// stems it starts with do.
func cyrillicCue(w string) cue {
	c := cueWords[w]
	for _, s := range cyrillicStems {
		if strings.HasPrefix(w, s.stem) {
			c |= s.c
		}
	}
	return c
}

func init() {
	add := func(c cue, words ...string) {
		for _, w := range words {
			cueWords[w] |= c
		}
	}
	add(cueHold, "hold", "holds", "holding", "holdings", "held", "maintains", "reserve", "reserves", "stash", "stashes",
		"stockpile", "stockpiles", "own", "owns", "owned", "balance", "balances",
		"possesses", "possess", "possessing", "custody", "coffers", "retains", "keeps", "kept",
		"stores", "controls", "control", "controlled", "controlling", "stack", "stacks", "hoard", "hoards", "holder", "accumulating", "amassing",
		"possession", "owner", "commands", "portfolio", "portfolios")
	add(cuePurchase, "acquisition", "acquisitions", "purchasing", "buying", "acquiring", "bought", "buy", "buys", "purchased", "purchase", "purchases", "acquired", "acquire",
		"acquires", "accumulated", "accumulate", "amassed", "amass", "added", "adds", "add", "adding",
		"bags", "bagged", "scooped", "snapped", "stacked", "stockpiled", "hoarded")
	// Seized coins are the state's (unless the article states a larger total they are part of).
	add(cueSeize, "seized", "seize", "seizes", "seizing", "seizure", "confiscated", "confiscate", "confiscates", "confiscation", "confiscating",
		"forfeited", "forfeiture", "forfeitures", "recovered", "impounded")
	add(cueHave, "has", "have", "had", "having")
	add(cueLoss, "sold", "sell", "sells", "selling", "sale", "stole", "stolen", "steal", "theft", "hack",
		"hacked", "hackers", "hacker", "heist", "exploit", "exploited", "drained", "lost", "lose", "laundered",
		"laundering", "returned", "moved", "moving", "move", "moves", "transferred", "transferring", "transfer", "transfers", "sent", "deposited", "received",
		"liquidated", "auctioned", "auctioning", "shifted", "shifting", "emptied", "emptying", "auction", "dumped", "dumps", "dumping", "offloaded", "offload", "offloads", "offloading", "unload", "unloaded", "unloads", "unloading", "dump", "fined", "penalty", "ransom", "scam",
		"scammed", "fraud", "donated", "outflows", "withdrew", "withdrawn", "sending", "send", "sends", "distributed",
		"distributing", "disappeared", "vanished", "missing", "misplaced")
	add(cuePlan, "plan", "plans", "planned", "planning", "will", "would", "could", "might", "propose",
		"proposes", "proposed", "proposal", "bill", "aims", "aim", "aiming", "aimed", "target", "targets", "intends", "intended", "intention", "intentions",
		"intend", "considering", "consider", "considers", "seeks", "seek", "wants", "hopes", "hope",
		"pledged", "pledge", "pledges", "build", "building", "constructing", "promised", "promise", "envisions", "envisages", "expects", "expected", "expect", "expecting",
		"may", "should", "goal", "ambition", "eyeing", "eyes", "mulls", "mulling", "weighs", "weighing",
		"if", "unless", "whether", "hypothetical", "hypothetically", "campaign", "campaigned", "campaigns",
		"urge", "urged", "urges", "advocate", "advocated",
		"advocates", "proposing", "projected", "projects", "projection", "forecast", "forecasts",
		"envisaged", "slated", "upcoming", "potential", "potentially", "future", "seeking", "pursues", "pursuing", "targeting",
		"requested", "requesting", "negotiating", "negotiate", "talks", "applied", "applying", "sought",
		"anticipating", "anticipates", "anticipate", "anticipated", "asks", "asking", "likely", "principle", "requests", "constructing",
		"preparing", "prepares", "prepare", "possibility", "discussions", "discussing", "discutido", "discutiendo", "discutindo", "discutant", "discutendo",
		"develop", "negotiations", "negotiation", "exploring", "explore", "explores")
	add(cueLoan, "loan", "loans", "bailout", "bailouts", "facility", "facilities", "arrangement", "arrangements", "eff", "ecf", "sba", "rcf", "rfi",
		"stand-by", "standby", "credit",
		"lending", "borrowed", "borrow", "borrowing", "lend", "lends", "lent")
	add(cueProgram, "programme", "program", "package", "deal", "agreement", "support", "financing", "rescue", "funding", "assistance")
	add(cueTranche, "tranche", "tranches", "disbursement", "disbursements", "disbursed", "disburse", "dilim", "dilimi", "dilimini", "pembayaran", "cicilan",
		"installment", "instalment", "installments", "instalments", "repaid", "repay", "repayment",
		"repayments", "released", "payment", "payout", "unlock", "unlocks", "unlocking", "unlocked", "release",
		"releases", "releasing")
	add(cueMining, "mining", "miners", "miner", "mine", "mines", "hashing", "hosting", "crypto-mining",
		"bitcoin-mining", "rigs", "rig", "hashpower", "cryptomining", "cryptominers", "cryptominer")
	add(cueGlobal, "global", "globally", "worldwide", "world", "world's", "network", "network's",
		"entire", "planet", "earth")
	add(cueWorldwide, "global", "globally", "worldwide")
	add(cuePopulation, "population", "populations", "inhabitants", "populous", "census")
	add(cueCapacity, "installed", "potencial", "potentiel", "potenziale", "generating", "generation", "nameplate", "rated", "demand", "instalada", "instalado",
		"installée", "installé", "generación", "geração", "hydroelectric", "erzeugungskapazität", "wasserkraft")
	add(cueValue, "valued", "worth", "value", "valuing", "valuation", "equivalent", "equal", "equals", "amounting")
	add(cuePrice, "price", "prices", "priced", "per", "each", "apiece", "trading", "traded", "trades", "trade",
		"costs", "cost", "coin", "at")
	add(cuePeople, "citizens", "people", "users", "user", "holders", "investors", "adults", "residents",
		"individuals", "owners", "persons", "traders", "consumers", "households", "inhabitants", "savers",
		"adopters", "participants", "hodlers")
	add(cueCryptoPeople, "ownership", "adoption", "users", "user", "holders", "investors", "owners", "traders", "adopters", "hodlers")
	add(cueCrypto, "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin", "bitcoins", "btc", "digital", "virtual",
		"crypto-assets", "cryptoassets", "stablecoins", "stablecoin", "tokens", "coins", "web3", "usdt", "usdc", "tether")
	add(cueRepeal, "ended", "end", "ends", "ending", "removed", "remove", "removes", "removal", "modified", "modify", "repealed", "repeal", "repeals", "revokes", "scraps", "abolishes",
		"revoked", "revoke", "scrapped", "scrap", "dropped", "drop", "reversed", "reverse", "reversal",
		"abolished", "abolish", "stripped", "strip", "rescinded", "rescind", "amended", "amend", "withdrew",
		"withdrawn", "longer", "ceased", "voluntary", "optional", "downgraded", "restricts", "restricted",
		"bans", "banned", "prohibits", "prohibited")
	add(cueRate, "daily", "day", "week", "weekly", "month", "monthly", "hour", "block", "annually")
	add(cueTotal, "total", "totals", "totalling", "totaling", "cumulative", "overall", "altogether", "tally")
	add(cueEnd, "ending", "ends", "end", "ended", "expired", "expires", "expire", "expiring", "runs", "run", "running", "lasting",
		"lasts", "concludes", "spanning", "scheduled", "extends", "extending", "finish", "finishes", "conclude",
		"vigour", "vigor", "force")
	add(cueCompare, "than", "like", "unlike", "following", "behind", "trailing", "versus", "vs",
		"compared", "similar", "copying", "mirroring", "emulating", "including",
		"после", "чем", "позади") // Russian: "second after the US", "than", "behind"
	// Russian words read whole, beside the stems (cyrillicStems). Not "в мире": mostly a
	// ranking ("второе место в мире").
	add(cueGlobal, "сеть", "сети")
	add(cueValue, "сумму") // "на сумму более $522 млн": to the sum of
	add(cuePlan, "будет", "будут", "может", "могут", "план", "плана", "планы")
	add(cueNegation, "не", "нет", "ни")
	add(cueConj, "но", "однако", "тогда")
	add(cueTotal, "всего", "общая", "общий", "общей", "общего", "общую", "общем")
	add(cueIncrement, "еще", "ещё")
	add(cuePrep, "in", "from", "with", "to", "for", "of", "by", "at", "on", "into", "between", "against",
		"toward", "towards", "about", "across", "within", "via", "among", "including", "than", "like",
		"unlike", "over", "under", "through", "visiting", "visited", "met", "alongside", "beside", "besides",
		"entre", "zwischen", "tra")
	add(cueConj, "while", "whereas", "but", "although", "though", "meanwhile", "however", "mentre", "mientras", "enquanto", "tandis", "während", "alors",
		"pero", "aber")
	add(cueNegation, "not", "never", "no", "nor", "without", "doesn't", "don't", "didn't", "isn't", "não", "nicht",
		"aren't", "wasn't", "hasn't", "haven't", "won't", "cannot", "can't", "denies", "denied", "deny")
	add(cueRank, "leads", "led", "tops", "topped", "follows", "followed", "ranks", "ranked", "trails", "trailing",
		"list", "ranking", "place", "spot", "position", "comes", "sits", "stands", "lead", "rank", "surpassed", "surpasses",
		"surpassing", "overtook", "overtaken", "overtakes", "outranks")
	add(cueIncrement, "another", "additional", "extra", "further", "latest", "new", "more", "augmentation", "augmented", "top-up", "add-on", "added",
		"suplementar", "adicional", "adicionales", "adicionais", "supplémentaire", "supplémentaires", "weitere", "weiteren",
		"zusätzliche", "zusätzlichen", "ampliación", "ampliação", "ampliamento", "otras", "otros", "outras", "outros", "autres", "altri", "altre")
	addRole := func(r role, words ...string) {
		for _, w := range words {
			set := roleWords[w]
			set.add(r)
			roleWords[w] = set
		}
	}
	addRole(roleCountryNoun, "country", "nation", "government", "kingdom", "republic", "state", "island", "fund",
		"archipelago", "authorities", "administration", "emirate", "federation", "monarchy", "sultanate",
		"principality", "territory")
	addRole(roleRanked, "first", "only", "last", "second", "third", "largest", "biggest", "smallest", "next",
		"same", "other", "latest")
	addRole(roleManyStates, "countries", "governments", "nations", "states", "jurisdictions", "entities", "golfo", "golfe")
	addRole(roleRegion, "neighbouring", "neighboring", "other", "small", "smaller", "african", "asian", "european",
		"latin", "gulf", "central", "developing", "emerging", "unnamed", "unidentified")
	addRole(roleSomeOf, "another", "other", "a", "an", "one", "some", "several", "two", "three", "four", "five",
		"many", "certain", "multiple", "few", "various", "numerous", "both", "these", "those", "which", "unnamed", "single",
		"certains", "certaines", "plusieurs", "algunos", "alguns", "varios", "alcuni")
	addRole(roleStateNoun, "government", "govt", "authorities", "authority", "state", "treasury", "central", "police",
		"ministry", "customs", "regime", "administration", "officials", "prosecutors", "courts", "court", "army",
		"military", "sovereign", "national", "federal", "public", "king", "royal", "president", "parliament",
		"lawmakers", "legislators", "regulators", "regulator", "people", "citizens", "users", "investors",
		"holders", "adults", "residents", "miners", "mining", "households", "traders", "enforcement")
	addRole(roleNotState, "civil", "servants", "officials", "politicians", "lawmakers", "mps", "companies", "firms",
		"banks", "richest", "billionaires", "exchanges", "exchange", "largest", "biggest", "citizens", "residents",
		"people", "investors", "businesses", "criminals", "hackers")
	addRole(roleHolderVerb, "use", "used", "own", "owned", "hold", "held", "trade", "traded", "invest", "invested",
		"bought", "buy")
	addRole(roleShareVerb, "owning", "owns", "holding", "holds", "using", "uses", "trading", "investing")
	addRole(roleOpener, "after", "before", "while", "since", "when", "as", "following", "despite", "although",
		"though", "because", "but", "and", "which")
	addRole(roleMinerRef, "they", "these", "those", "such", "sites", "operations", "facilities", "operators", "farms",
		"firms", "companies")
	addRole(roleConsume, "consumes", "consumed", "uses", "used", "draws", "drew", "requires", "required", "require", "need", "needs", "consume", "draw",
		"accounts", "eats", "takes", "demands", "gobbles", "is", "was")
	addRole(roleAdopt, "adopted", "adopt", "adopts", "adopting", "made", "recognized", "recognised", "declared", "become",
		"became", "introduced", "legalized", "legalised", "approved", "passed",
		"granted", "given")
	addRole(roleLimit, "limit", "limits", "limiting", "cap", "caps", "capped", "capping", "ceiling",
		"restrict", "restricts", "restricted", "restricting", "hindern", "hindert", "begrenzen", "begrenzt", "beschränken")
	addRole(roleDrawn, "received", "receives", "receive", "drawn", "drew", "draws", "draw")
	addRole(roleBrings, "brings", "bringing", "brought", "bring", "raises", "raising", "raised", "takes", "taking", "took",
		"increasing", "porte", "portant", "porté", "eleva", "elevando")
	addRole(roleCalledOff, "canceled", "cancelled", "scrapped", "terminated", "abandoned", "suspended", "collapsed", "derailed",
		"expired", "lapsed", "failed", "defunct")
	addRole(roleApprove, "approved", "approves", "ratified", "ratifies", "signed", "signs", "passed", "passes")
	addRole(roleSeekPast, "buscou", "buscó", "pidió", "pediu", "chercha", "cercò", "sought")
	addRole(roleBill, "bill", "proposal", "law", "proyecto", "projeto", "projet", "propuesta", "proposta", "disegno", "законопроект")
	addRole(roleBe, "is", "are", "was", "were", "am")
	addRole(roleOf, "of", "de", "da", "do", "del", "della", "du", "des", "dos", "das", "di")
	addRole(roleObjectPronoun, "it", "them", "these", "those", "one", "some", "any", "such")
	addRole(roleSiteNoun, "operation", "facility", "site", "farm", "centre", "center")
	addRole(roleGenerate, "generated", "generates", "produced", "produces", "producing", "produce", "generate", "erzeugt", "erzeugen", "erzeugte")
	addRole(rolePlant, "plant", "station", "dam", "reactor")
	addRole(roleGenerator, "wind", "solar", "photovoltaic", "eólico", "eólica", "solaire", "éolien", "eolico")
	addRole(roleCrimeNoun, "fraud", "frauds", "scam", "scams", "scheme", "schemes", "ponzi", "heist", "gang", "syndicate", "cartel")
	addRole(roleCurtail, "curtailed", "curtail", "curtails", "curtailing", "curtailment", "released", "releasing",
		"shed", "sheds", "shedding", "freed", "freeing")
	addRole(roleShortage, "shortage", "shortages", "scarcity", "deficit", "deficits", "shortfall", "shortfalls", "déficit", "déficits",
		"defizit", "дефицит", "дефицита", "escasez", "carence", "pénurie", "carenza")
	addRole(roleComparable, "comparable", "similar", "akin", "equivalent", "close", "rivals", "rivalling", "rivaling", "matches",
		"сопоставимо", "сопоставима", "сопоставим", "сравнимо", "сравнима", "equiparable", "comparável", "semelhante",
		"équivalente", "vergleichbar", "paragonabile", "simile", "similaire", "parecido")
	addRole(roleCompareFiller, "to", "with", "of", "the", "that", "a", "à", "al", "au", "de", "del", "du", "da", "do", "della", "mit", "dem",
		"с", "со", "entire", "whole", "annual", "yearly", "total", "electricity", "power", "energy", "consumption", "usage", "use", "demand",
		"потреблением", "потребление", "потреблению", "электроэнергии", "consumo", "consommation", "verbrauch", "stromverbrauch", "il", "la", "el")
	addRole(roleGiveLoan, "given", "gave", "gives", "granted", "grants", "extended", "extends", "provided", "provides", "offered",
		"offers", "lent", "lends", "otorgó", "otorga", "concedió", "concede", "concedeu", "accordé", "accorde", "octroyé", "gewährt",
		"gewährte", "предоставила", "предоставил", "выделила", "выделил")
	addRole(roleLawNoun, "law", "ley", "lei", "loi", "legge", "gesetz", "закон")
	addRole(roleInEffect, "effect", "force", "vigor", "vigore", "vigueur", "kraft", "силу")
	addRole(roleOrWord, "or", "soit", "ou", "o", "oppure")
	addRole(roleEquivalentNoun, "equivalent", "équivalent", "equivalente")
	addRole(roleProvenance, "through", "via", "from", "thanks")
	addRole(roleAmountNoun, "montant", "monto", "montante", "amount", "importe", "importo")
	addRole(roleHoldsSum, "holds", "boasting", "boasts", "controls", "owns")
	addRole(roleReserveNoun, "reserves", "reserve", "holdings", "stash", "treasuries", "reserva", "reservas", "réserve", "réserves", "riserva",
		"riserve", "tenencias", "reserven")
	addRole(roleFollowVerb, "follows", "trails", "sigue", "segue", "suit", "folgt")
	addRole(roleTimeClause, "when", "as", "while", "after", "before", "since", "until", "cuando", "quand", "quando", "als")
	addRole(roleIsNow, "é", "è", "es", "est", "son", "sono", "são", "sont", "sind")
	addRole(roleWalletApp, "wallet", "billetera", "carteira", "portefeuille")
	addRole(roleAddsTo, "adds", "added", "suma", "sumó", "añade", "añadió", "agrega", "agregó", "adiciona", "adicionou", "acrescenta",
		"ajoute", "ajouté", "aggiunge", "aggiunto", "fügt")
	addRole(roleFirstOnes, "first", "initial", "primeras", "primeros", "primeiras", "primeiros", "premiers", "premières", "primi", "prime",
		"ersten")
	addRole(roleExportPower, "exports", "export", "exported", "exporting", "exporta", "exportan", "exporte", "exportent", "exportiert",
		"esporta", "экспортирует", "экспорт")
	addRole(roleRigsTaken, "seized", "confiscated", "confiscating", "seizing", "shut", "dismantled", "raided",
		"uncovered", "busted", "discovered",
		"impounded", "disconnected", "unplugged", "shutter", "shuttered", "closed")
	addRole(roleCaseName, "case", "cases", "affair", "scandal", "trial", "probe", "investigation", "lawsuit", "saga")
	addRole(roleOneEvent, "seizure", "confiscation", "case", "operation", "raid", "hack", "bust", "investigation", "seizures")
	addRole(roleWhole, "total", "sum", "stash", "haul", "holdings", "trove", "hoard", "cache")
	addRole(roleShareOf, "which", "this", "these", "that", "those", "them", "it")
	addRole(roleShareWord, "half", "part", "most", "some")
	addRole(roleBatch, "batches", "batch", "tranches", "purchases", "purchase", "lot", "lots")
	addRole(roleDifference, "below", "above", "behind", "short", "ahead")
	addRole(roleComparative, "more", "less", "fewer", "más", "mais", "plus", "più", "mehr", "menos", "moins", "meno", "weniger")
	addRole(roleStill, "now", "still", "already", "currently", "reportedly", "collectively", "together")
	addRole(roleFxReserve, "international", "foreign", "exchange", "fx", "gold", "currency", "forex", "official")
	addRole(roleSaying, "that", "the", "said", "says", "say", "estimated", "estimate", "estimates", "calculated",
		"found", "shows", "show")
	addRole(roleCopula, "is", "was", "are", "were", "stand", "stands", "stood", "reached", "reaches", "totals", "totaled", "totalled")
	addRole(roleCopula, "foi", "fue", "était", "era", "é", "es", "est")
	addRole(rolePlanNoun, "plan", "plans", "proposal", "target", "goal")
	addRole(roleNewcomer, "new", "additional", "more", "fresh")
	addRole(rolePhraseEnd, "according", "last", "this", "in", "by", "as", "and", "since", "after", "before", "now", "today")
	addRole(roleCoin, "bitcoin", "btc", "bitcoins")
	addRole(rolePackage, "package", "packages")
	addRole(roleRateWord, "per", "each", "every", "apiece")
	addRole(roleRateAdverb, "daily", "weekly", "monthly", "annually", "quotidiennement", "diariamente", "giornalmente", "täglich")
	addRole(roleUnits, "units", "unidades", "unités", "unità", "unit")
	addRole(roleFirm, "giant", "miner", "operator", "conglomerate", "group", "startup", "start-up")
	addRole(roleDaily, "daily", "quotidiennement", "quotidienne", "quotidien", "diariamente", "giornalmente", "täglich")
	addRole(roleDay, "day", "jour", "día", "dia", "giorno", "tag", "hari")
	addRole(roleBeforeValue, "worth", "valued", "or", "about", "roughly", "around", "approximately", "approx", "some",
		"nearly", "over")
	addRole(roleStartsIf, "if", "should")
	addRole(roleLive, "living", "live", "lives", "leben", "lebt", "viven", "vive", "vivem", "vivent", "vivono")
	addRole(roleEverHeld, "held", "owned", "ever", "posseduto", "detenuto", "poseído", "possédé", "détenu", "possuído", "possuíram")
	addRole(roleHaveAux, "have", "had", "hanno", "avevano", "han", "habían", "ont", "avaient", "têm", "tinham", "já")
	addRole(roleAccess, "access", "amount", "monto", "montant", "importo", "montante", "enveloppe", "acceso", "acesso", "accès", "accesso")
	addRole(roleValueThing, "investment", "assets")
	addRole(rolePriceWord, "price", "trading", "traded")
	addRole(roleEndPrep, "through", "thru", "until", "till", "to", "by", "hasta", "até", "jusqu'à", "bis", "fino")
	addRole(roleReport, "revealed", "reveals", "reported", "reports", "according", "said", "says", "say", "shows", "showed",
		"estimates", "estimated", "noted", "notes", "found", "finds", "highlights", "highlighted", "indicates", "indicated", "points", "pointed",
		"explained", "explains", "stated", "states", "told", "confirmed", "confirms",
		"dijo", "explicó", "afirmó", "señaló", "indicó", "disse", "explicou", "afirmou", "informou",
		"déclaré", "expliqué", "affirmé", "indiqué", "dichiarato", "spiegato", "sagte", "erklärte")
	addRole(roleAdoption, "ownership", "adoption", "usage")
	addRole(roleRumour, "rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "alleged", "purported", "speculated",
		"speculation", "myth", "myths", "mito", "mythe", "mythos")
	addRole(roleOfficials, "officials", "ministers", "executives", "politicians", "lawmakers", "servants", "mps",
		"legislators", "deputies", "bureaucrats", "servidores", "funcionários", "funcionarios", "fonctionnaires", "funzionari",
		"pejabat", "beamte", "beamten", "regierungsbeamte", "regierungsbeamten", "staatsdiener", "funcionário", "funcionario", "fonctionnaire", "funzionario")
	addRole(roleCBDC, "cbdc", "cbdcs", "enaira", "e-naira", "e-cedi", "e-hkd", "e-cny", "e-rupee", "sand-dollar")
	addRole(roleNow, "today", "now", "currently")
	addRole(roleSurvey, "survey", "surveyed", "surveys", "poll", "polled", "respondents", "responden", "encuestados", "entrevistados",
		"enquête", "encuesta", "pesquisa", "sondaggio", "sondage", "survei",
		"sample", "interviewed", "screening", "screened", "asked",
		"questioned", "study")
	addRole(roleGuessers, "analysts", "experts", "observers", "analystes", "experts", "observateurs", "analistas",
		"expertos", "especialistas", "analisti", "esperti", "osservatori")
	addRole(rolePerHead, "capita", "kopf", "head", "person", "inhabitant", "citizen", "resident", "bürger", "einwohner", "habitante",
		"ciudadano", "persona", "pessoa", "cidadão", "habitant", "citoyen", "personne", "abitante", "cittadino")
	addRole(rolePerPrep, "per", "pro", "por", "par")
	addRole(roleLinked, "linked", "tied", "attributed", "belonging", "held", "owned")
	addRole(roleAfterwards, "then", "later", "subsequently", "eventually", "afterwards", "afterward")
	addRole(roleFrom, "from", "dari", "daripada")
	addRole(roleAheadOf, "antes", "atrás", "detrás", "delante", "devant", "derrière", "davanti", "dietro")
	addRole(roleWith, "with", "com", "con", "avec", "dengan", "mit")
	addRole(roleRespectively, "respectively", "respectivamente", "respectivement", "rispettivamente")
	addRole(roleAmountsTo, "amounting", "amounts", "amounted", "amount", "totalling", "totaling", "ammonta", "ammontano", "asciende", "ascienden",
		"ascendem", "montant")
	addRole(roleDebtStock, "exposure", "exposures", "outstanding", "arrears", "indebtedness")
	addRole(roleRestate, "makes", "make", "made", "up", "amounts", "amounting", "amounted", "to", "equals", "equal", "equates",
		"equating", "represents", "representing", "translates", "translating", "corresponds", "corresponding", "is", "means", "or")
	addRole(roleSurveyDoc, "report", "results", "findings", "data", "study", "informe", "estudio", "relatório", "estudo", "rapport", "étude",
		"rapporto", "studio", "bericht", "studie")
	addRole(roleCompareVerb, "compared", "compares", "comparing", "comparison")
	addRole(roleSuperior, "superior", "superiores", "supérieur", "supérieure", "supérieurs", "superiore", "superiori",
		"mayor", "mayores", "maior", "maiores", "höher", "größer")
	addRole(roleCompareLink, "al", "a", "à", "au", "aux", "ao", "aos", "que", "als")
	addRole(roleRelPronoun, "which", "who", "que", "qui", "che", "cuyo", "cuya")
	addRole(rolePeoplePronoun, "they", "them", "their")
	addRole(roleTogether, "collectively", "combined", "altogether", "together")
	addRole(roleExpand, "expand", "expands", "expanding", "expansion", "raise", "raises", "raising", "increases", "boosts", "lifts", "boost", "boosting", "grow", "growing",
		"elevate", "increase", "increasing", "scale", "scaling", "lift", "lifting", "extend", "extends", "extension",
		"augment", "augments", "augmented", "augmentation", "top", "topped", "aumento", "aumentar", "ampliación", "ampliação", "ampliar",
		"augmenter", "aumentare", "erhöhen", "porter", "elevar", "ramp", "ramps", "ramping")
	addRole(roleWholeWallet, "treasury", "reserve", "cold", "main", "national", "official", "sovereign")
	addRole(roleAsk, "does", "do", "did", "is", "are", "was", "can", "could", "will", "would", "has", "have", "should")
	addRole(roleBody, "association", "associations", "council", "body", "federation", "chamber", "alliance")
	addRole(roleChange, "decreased", "increased", "raised", "fell", "dropped", "rose", "grew", "surged", "declined", "plunged", "renegotiated", "restructured",
		"climbed", "jumped", "slipped", "dipped", "rising", "growing", "grown", "expanded", "increasing", "falling",
		"diminished", "reduced", "lowered", "curtailed", "fallen", "risen", "appreciated", "depreciated", "aumentate", "aumentato", "aumentata", "aumentati",
		"aumentó", "aumentaron", "aumentou", "aumentaram", "augmenté", "augmentée", "augmentés", "augmentées", "subió", "subiu",
		"cayó", "caiu", "disminuyó", "diminuiu", "creció", "cresceu", "crecido", "aumentado", "crescido", "disminuido", "soared", "skyrocketed", "ballooned", "plummeted", "spiked", "leapt", "leaped", "doubled", "tripled",
		"reduziert", "reduzierte", "gesunken", "sank", "gestiegen", "stieg", "erhöht", "erhöhte",
		"went", "passaram", "passou", "pasaron", "pasó", "passé", "passée", "passés", "passées", "passato", "passata", "passati", "passate")
	addRole(roleFacilityKind, "credit", "fund", "financing", "lending", "extended", "sustainability", "resilience",
		"ecf", "eff", "rcf", "loan", "liquidity")
	addRole(roleOtherCoin, "ethereum", "eth", "ether", "tokens", "solana", "sol", "xrp", "usdt", "tether",
		"stablecoins", "altcoins", "dogecoin", "bnb", "trx", "tron")
	addRole(roleJurisdiction, "jurisdiction")
	addRole(roleHouseholds, "households", "household", "homes", "houses", "residential")
	addRole(roleHad, "had", "avait", "avaient", "había", "habían", "tinha", "tinham", "aveva", "avevano")
	addRole(roleObtained, "secured", "received", "obtained", "got", "signed", "approved", "reçu", "obtenu", "signé", "recibido", "obtenido",
		"firmado", "recebido", "obtido", "assinado", "ricevuto", "ottenuto", "firmato",
		"struck", "reached", "agreed", "clinched", "sealed", "concluded", "conclu", "accordé", "alcanzado", "acordado", "fechado", "concordado", "raggiunto")
	addRole(roleCoinModified, "farms", "farm", "mines", "miners", "machines", "rigs", "atms", "atm", "addresses", "wallets",
		"transactions", "companies", "firms", "exchanges", "users", "investors", "holders", "owners", "funds", "etfs", "projects",
		"businesses", "operations", "facilities", "centres", "centers", "nodes", "merchants", "accounts")
	addRole(roleSeat, "based", "headquartered", "located", "sede", "sediada", "sediado", "basée", "basé", "basada", "basado",
		"ubicada", "ubicado", "situé", "située", "berbasis")
	addRole(roleJoin, "and", "dan", "or", "the", "y", "e", "et", "ou", "o", "u", "el", "la", "los", "las", "a", "os", "as", "le", "les")
	addRole(roleEstimateVerb, "estima", "estiman", "estime", "stima", "calcula", "calculates", "reckons")
	addRole(roleHadOnce, "tinham", "tinha", "teriam", "tenían", "tendrían")
	addRole(roleRatePrep, "por", "par", "al", "ao", "pro")
	addRole(roleRatePeriod, "día", "dia", "jour", "giorno", "mes", "mês", "mois", "semana", "semaine", "tag", "monat")
	addRole(roleAverage, "average", "mean", "median")
	addRole(roleContribute, "contributing", "contributes", "adding")
	addRole(roleSupply, "supply", "cap", "capped", "circulating", "circulation", "circulante", "circulación", "circulação", "oferta", "offre", "offerta", "fixada", "fijada", "plafonnée", "limitada")
	addRole(roleNumberNoun, "number", "nombre", "número")
	addRole(roleOneSite, "farm", "mine", "warehouse")
	addRole(roleBring, "bringing", "brings", "brought", "portant", "porte", "portando", "porta", "llevando", "lleva", "elevando", "eleva", "levando", "leva", "taking", "pushing")
	addRole(roleAfterEvent, "after", "following", "tras", "après", "após", "dopo", "nach")
	addRole(roleReceive, "receive", "receives", "received", "receiving", "recibirá", "recibió", "recebe", "receberá", "recebeu", "recevra", "reçoit")
	addRole(roleAnnounce, "announced", "announces", "stated", "states", "told", "added", "confirmed", "explained")
	addRole(roleMedia, "newspaper", "newspapers", "daily", "outlet", "outlets", "media", "magazine", "broadcaster", "tabloid", "publication",
		"journal", "press", "website", "portal", "account", "tracker", "analyst", "analysts", "blogger", "influencer")
	addRole(roleSubset, "aged", "margin", "margins", "futures", "derivatives")
	addRole(roleDeclare, "declare", "declared", "declaring", "report", "reported", "declarar", "declararam", "declaram",
		"declarou", "declarado", "declarados", "declaró", "declararon", "déclaré", "déclarés", "déclarer", "dichiarato", "dichiarati",
		"declaração", "declaración", "déclaration", "disclose", "disclosed", "informaram", "informou", "informar")
	addRole(roleLocality, "zone", "city", "town", "province", "municipality", "district", "state's", "canton", "region")
	addRole(roleTermFuture, "will", "expected", "expects", "scheduled", "set", "due")
	addRole(roleContinent, "continent", "continent's", "africa", "africa's", "europe", "europe's", "asia", "asia's",
		"region", "region's", "oceania", "eurozone")
	addRole(roleAssumed, "assumed", "presumed", "supposed", "claim", "claims", "controversial", "unverified", "unconfirmed", "disputed")
	addRole(roleOtherAsset, "gold", "ounces", "silver", "bonds", "shares", "stocks", "equities", "property", "oil", "etf", "etfs",
		"barrels", "tonnes", "ouro", "oro", "petróleo", "barris", "barriles", "toneladas", "onças", "onzas")
	addRole(roleGrid, "grid", "electricity", "demand", "consumption", "generation", "capacity", "capability", "surplus", "excedente", "excédent",
		"demanda", "consumo", "demande", "consommation", "domanda", "nachfrage")
	addRole(roleWallet, "wallet", "wallets", "address", "addresses")
	addRole(roleGrace, "meeting", "meet", "session", "vote", "assessment", "mission", "grace", "moratorium", "deadline", "repayments", "repayment")
	addRole(rolePast, "up", "down", "rise", "increase", "jump", "growth", "climb", "drop", "decline", "fall", "naik", "turun")
	addRole(rolePast, "decrease", "reduction", "cut", "gain", "surge")
	addRole(roleAmass, "accumulated", "accumulating", "accumulate", "amassed", "amassing", "amass", "acumulou", "acumuló",
		"accumulé", "amassé", "accumulato", "stockpiled")
	addRole(roleEarlier, "earlier", "previous", "prior", "older", "initial", "original", "anteriores", "anterior", "précédentes", "précédent", "précédente", "precedenti", "precedente", "previo", "prévio")
	addRole(roleEstimate, "estimates", "estimate", "estimaciones", "estimativas", "estimations", "stime")
	addRole(roleCoinNoun, "coins", "monedas", "moedas", "monete", "pièces", "unidades", "unités", "unità", "keping", "монет", "монеты")
	addRole(roleStateNoun, "gobierno", "gouvernement", "governo", "estado", "état", "stato", "régimen", "régime",
		"ejecutivo", "executivo", "exécutif", "esecutivo", "tesoro", "tesouro", "trésor", "ministerio", "ministério", "ministère",
		"ministero", "autoridades", "autorités", "autorità", "presidente", "président", "parlamento", "parlement", "congreso",
		"douane", "douanes", "aduana", "aduanas", "alfândega", "dogana", "policía", "polícia", "polizia", "fiscalía", "justice", "justicia",
		"regierung", "bundesregierung", "behörden", "behörde", "polizei", "strafverfolgungsbehörden", "staatsanwaltschaft",
		"staatsanwälte", "zentralbank", "energieministerium", "finanzministerium", "justiz")
	addRole(roleIndexName, "index", "indeks", "índice", "indice", "report", "ranking", "barometer")
	addRole(roleDrawSum, "draw", "draws", "drew", "drawn", "accessed")
	addRole(roleTheMany, "the", "les", "los", "las", "os", "as", "i", "gli", "le", "die")
	addRole(roleGenerating, "generating", "generation", "production", "producción", "produção", "produzione", "génération", "generación", "geração", "generazione", "erzeugung", "erzeugungskapazität")
	addRole(rolePersonPronoun, "he", "she", "ele", "ela", "il", "elle", "er", "sie", "lui", "lei")
	addRole(roleChangeFrom, "from", "dari", "daripada", "da", "de", "desde", "von", "depuis")
	addRole(roleReckoning, "estimates", "estimate", "estimated", "estimation", "estimaciones", "estimativas", "estimations",
		"stime", "estimé", "estimée", "estimado", "estimada", "estimados", "estimadas", "estimato", "stimato", "tally", "put", "puts", "places")
	addRole(roleLoseVerb, "lost", "lose")
	addRole(roleAgo, "ago", "hace", "há", "fa", "vor")
	addRole(roleForSum, "for", "por", "pour")
	addRole(roleIndirect, "indirect", "indirectly", "indirectamente", "indirecta", "indirecto", "indiretamente", "indireta", "indireto",
		"indirectement", "indirecte", "indirettamente", "indiretta", "indiretto", "indirekt", "indirekte")
	addRole(roleConducted, "conducted", "realizado", "realizada", "llevado", "llevada", "menée", "mené", "réalisée", "réalisé",
		"condotto", "condotta", "durchgeführt", "feita", "feito")
	addRole(rolePartly, "partially", "partly", "half", "parcialmente", "partiellement", "parzialmente", "teilweise")
	addRole(roleLevelFrom, "von")
	addRole(roleLevelTo, "auf")
	addRole(roleSinceWord, "since", "desde", "depuis", "seit", "dal", "dall", "dall'inizio", "dall’inizio")
	addRole(roleCapable, "capable", "capables", "capaces", "capaz", "capazes", "capaci", "fähig")
	addRole(roleAfterReview, "following", "after", "upon", "under")
	addRole(roleThoseMany, "these", "those", "all")
	addRole(roleEver, "ever", "jemals", "già", "déjà")
	addRole(roleSeveral, "multiple", "several", "other", "various", "range")
	addRole(roleLenders, "creditors", "lenders", "partners", "donors", "allies")
	addRole(roleFiscal, "fiscal", "financial", "budget")
	addRole(roleSellVerb, "sell", "auction", "liquidate", "offload", "vender", "vendre", "vendere", "verkaufen", "leiloar", "subastar")
	addRole(roleInfinitive, "to", "de", "a", "à", "zu", "di")
	addRole(roleStillToDraw, "available", "remaining", "undisbursed", "disponibles", "disponível", "disponíveis",
		"restantes", "pendientes", "pendentes", "disponibili", "restanti")
	addRole(roleReplaces, "replaces", "replacing", "replaced", "supersedes", "reemplaza", "sustituye", "substitui", "remplace", "sostituisce", "ersetzt")
	addRole(roleWorthWord, "worth", "valued")
	addRole(roleWasWere, "was", "were")
	addRole(roleAnd, "and", "y", "e", "et", "und", "ed")
	addRole(roleAgencyNoun, "service", "bureau", "agency", "marshals")
	addRole(roleRegionWord, "region", "bloc", "subregion", "continent")
	addRole(roleRankedBehind, "follows", "trails", "behind", "folgt", "hinter", "sigue", "segue", "suit", "segue")
	addRole(roleWithFigure, "with", "mit", "con", "com", "avec")
	addRole(roleFutureAux, "will", "would", "será", "serán", "serão", "sera", "seront", "sarà", "saranno")
	addRole(roleKeepVerb, "keep", "retain", "conserver", "garder", "retener", "conservar", "manter", "reter", "behalten", "mantenere", "conservare")
	addRole(roleThoseCoins, "the", "these", "those")
	addRole(roleDeny, "deny", "denies", "denied", "denying", "refutes", "refuted", "niega", "negó", "nega", "negou", "dément",
		"démenti", "smentisce", "bestreitet", "dementiert")
	addRole(roleSaleNoun, "sale", "sales", "selling", "sell-off", "liquidation", "venta", "ventas", "venda", "vendas", "vente", "ventes",
		"vendita", "vendite", "verkauf", "verkaufs")
	addRole(roleIndefinite, "a", "an", "un", "una", "um", "uma", "une", "ein", "einen", "einem")
	addRole(roleImagine, "imagine", "imaginez", "imagina")
	addRole(roleAsIf, "as", "como", "comme")
	addRole(roleMadeAs, "as", "como", "comme", "als", "come", "sebagai", "качестве")
	addRole(roleIfWord, "if", "si")
	addRole(roleOfWhichOne, "dont", "davon")
	addRole(roleWhich, "which", "quais", "cuales", "cui")
	addRole(roleOverSpan, "over", "across", "durante", "sur", "em", "en")
	addRole(roleSpanUnit, "years", "year", "months", "años", "anos", "ans", "meses", "mois")
	addRole(roleTotaling, "totaling", "totalling", "totalizando", "totalisant", "totalizzando", "sumando", "somando")
	addRole(roleMonitored, "monitored", "smp")
	addRole(roleReference, "référence", "referencia", "referência")
	addRole(roleSoldPronoun, "os", "los", "les", "las", "them", "it")
	addRole(roleReached, "reached", "struck", "concluded", "llegaron", "llegó", "alcanzaron", "alcanzó", "chegaram", "chegou", "raggiunto", "parvenus", "parvenu", "conclu")
	addRole(roleTalks, "trattative", "negociaciones", "negociações", "négociations", "negoziati", "conversaciones", "talks", "negotiations")
	addRole(roleAgreement, "agreement", "deal", "acuerdo", "acordo", "accord", "accordo", "convenio", "arrangement")
	addRole(roleDemonstrative, "this", "that", "it", "the", "este", "esta", "ese", "esse", "essa", "ce", "cette", "questo", "questa", "diese", "dieser")
	addRole(roleAnniversary, "anniversary", "aniversario", "aniversário", "anniversaire", "anniversario", "jahrestag", "birthday")
	addRole(roleVictim, "victims", "víctimas", "vítimas", "victimes", "vittime", "opfer", "defrauded", "scammed", "duped",
		"deceived", "cheated", "swindled", "tricked", "conned", "defrauding", "deceiving", "scamming", "cheating",
		"escroqué", "estafó", "estafado", "enganou", "lesou", "truffato", "betrogen")
	addRole(roleProvidesFor, "prevê", "prevé", "prévoit", "prevede", "contempla", "contemple", "provides", "envisages")
	addRole(roleWorking, "exploitation", "extraction", "extracción", "extração", "estrazione", "acuñación", "cunhagem", "minting")
	addRole(roleWorks, "construction", "construcción", "construção", "costruzione", "building", "build", "constructing", "unfinished", "half-built")
	addRole(roleCompleted, "completed", "complete", "finished", "concluded", "completada", "completado", "concluída", "concluído", "terminée", "terminé", "achevée", "completata", "completato")
	addRole(roleToday, "today", "tonight", "hoy", "hoje", "oggi", "aujourd'hui", "heute", "jetzt")
	addRole(roleThisDay, "this", "on", "este", "esta", "nesta", "neste", "ce", "cette", "questo", "am", "desde")
	addRole(roleBecomes, "becomes", "becoming", "convierte", "torna", "devient", "diventa", "wird", "ist")
	addRole(roleSold, "sold", "liquidated", "auctioned", "offloaded", "dumped", "vendeu", "venderam", "vendió", "vendieron", "vendidos",
		"vendu", "vendus", "venduto", "venduti", "verkauft", "verkaufte", "verkauften")
	addRole(roleBegan, "started", "began", "begun", "começaram", "começou", "empezaron", "comenzaron", "commencé", "iniziato", "joined")
	addRole(roleIncreaseNoun, "augmentation", "increase", "top-up", "add-on", "boost", "addition", "adición", "adição", "ajout", "aggiunta", "aumento", "ampliación", "ampliação", "rise")
	addRole(roleYieldVerb, "producing", "produced", "produciendo", "produjo", "produziu", "produzindo", "mined", "minado", "minados",
		"generated", "generating", "generando", "gerou", "earned", "earning", "revenue", "revenues", "ingresos", "receita")
	addRole(roleComingVerb, "start", "begin", "open", "launch", "commence", "resume", "go", "come", "be", "reach", "hit", "exceed",
		"top", "double", "triple", "expand", "rise", "grow", "get", "receive", "become")
	addRole(roleOtherInvestment, "mutual", "fund", "stock", "stocks", "equity", "equities", "demat", "bond", "bonds", "gold", "forex", "shares",
		"smartphone", "internet", "broadband", "facebook", "whatsapp", "bank")
	addRole(roleReview, "review", "reviews", "revue", "revues", "revisión", "revisiones", "revisão", "revisões", "revisione", "überprüfung")
	addRole(roleRequestNoun, "request", "requests", "demande", "solicitud", "richiesta", "application")
	addRole(roleOriginally, "originally", "initially", "ursprünglich", "originalmente", "inicialmente", "initialement", "inizialmente", "originariamente",
		"previously", "précédemment", "anteriormente", "zuvor")
	addRole(roleAddedAfter, "adicional", "adicionales", "adicionais", "supplémentaire", "supplémentaires", "aggiuntivi", "aggiuntive", "additional")
	addRole(roleLostThing, "their", "money", "funds", "savings")
	addRole(roleStatedWhole, "amount", "total", "sum", "figure", "capacity", "volume", "montant", "monto", "montante", "totale")
	addRole(rolePayment, "payment", "pago", "pagamento", "paiement")
	addRole(roleIn, "in", "en", "dans", "em")
	addRole(roleInThe, "no", "na", "nel", "au")
	addRole(roleNumberOf, "number", "count", "total", "tally", "nombre", "número", "numero", "quantidade", "cantidad", "quantité", "количество", "число")
	addRole(roleRemainder, "still", "noch", "remain", "remains", "remaining", "left", "übrig", "verbleibende", "restantes", "restent", "restano")
	addRole(roleSuperlative, "größte", "größter", "größten", "zweitgrößte", "zweitgrößter", "zweitgrößten", "drittgrößte", "drittgrößter",
		"drittgrößten", "mayor", "maior", "top", "leading")
	addRole(roleActual, "actual", "real", "true", "réel", "réelle", "verdadera", "verdadero", "verdadeira", "verdadeiro", "tatsächliche",
		"tatsächlichen", "effettivo", "effettiva", "фактическое", "фактическая", "реальное", "реальная")
	addRole(roleCondition, "if", "once", "upon", "when", "pending", "after", "until", "subject", "si")
	addRole(roleAllCrypto, "cryptocurrencies", "cryptoassets", "crypto-assets", "tokens", "altcoins", "assets", "activos", "ativos", "actifs",
		"kryptowährungen", "criptomonedas", "criptomoedas", "cryptomonnaies", "criptovalute", "criptoactivos", "criptoativos", "cryptoactifs")
	addRole(roleValueLink, "im", "von", "of", "de", "di", "un", "por", "per", "um")
	addRole(roleEach, "each", "chacune", "chacun", "cada", "ciascuna", "ciascuno", "jeweils")
	addRole(roleLoansPlural, "loans", "préstamos", "empréstimos", "prêts", "prestiti", "credits")
	addRole(roleTraded, "transaction", "transactions", "trading", "trade", "turnover", "volume", "volumes")
	addRole(roleMarket, "market", "markets", "marketplace", "mercado", "marché", "mercato", "pasar", "markt")
	addRole(roleValueWordAfterMarket, "price", "prices", "value", "values", "rate", "rates", "valuation", "pricing")
	addRole(rolePhase, "phase", "stage", "fase", "étape", "project")
	addRole(roleRunning, "operational", "online", "running", "completed", "complete", "commissioned", "energized",
		"energised", "operating", "launched", "opened", "finished", "connected", "live")
	addRole(rolePeak, "peak", "pico", "pic", "apogeo", "auge", "puncak")
	addRole(roleHigh, "high", "height", "haut", "máximo")
	addRole(roleTimes, "twice", "double", "triple", "thrice", "half", "times")
	addRole(rolePlatform, "exchange", "platform", "app", "company", "firm", "exchange's", "platform's",
		"corporate", "corporation", "game", "games", "game's")
	addRole(roleNotPeople, "wallets", "accounts", "addresses", "downloads", "transactions", "apps")
	addRole(roleReach, "tops", "topped", "hits", "hit", "exceeds", "exceeded", "surpasses", "surpassed",
		"crosses", "crossed", "nears", "passes", "passed", "reach", "reached", "reaches", "reaching")
	otherLanguages(add, addRole)
	for _, l := range lenders {
		addRole(roleLenderStart, l.words[0])
	}
	for w := range cueWords {
		cueFilter.Add(w)
	}
	for w := range roleWords {
		cueFilter.Add(w)
	}
}

// otherLanguages adds the words of the real set's other languages (Spanish, Portuguese,
// French, Italian, and Indonesian for people counted) that the grammar reads: what is held, seized, mined, lent and
// counted, and the words of plans and value. Only content words: none that English
// also writes with another sense.
func otherLanguages(add func(cue, ...string), addRole func(role, ...string)) {
	add(cueHold, "portafolio", "portfólio", "portafoglio", "posee", "poseen", "poseía", "posesión", "possesso", "posse", "gardent", "garde", "guarda", "guardan", "mantém", "mantêm",
		"detenga", "detengan", "détienne", "détiennent", "detenha", "detenham", "contrôle", "contrôlés", "contrôlé", "controla", "controlados", "controlado", "controlla", "controllati", "contiennent", "contient", "contienen", "contém", "contêm", "reserva", "reservas", "tenencias", "acumula", "acumulam", "acumulan", "acumulado", "acumulados", "almacena", "almacenan", "armazena", "stocke",
		"possui", "detém", "réserve", "réserves", "détient", "détenait", "possède", "avoirs",
		"possiede", "possiedano", "detiene", "riserva", "riserve", "détiennent", "possèdent", "possédant", "détenant", "detienen",
		"possiedono", "detengono", "possuem", "detêm", "memiliki", "dimiliki", "menyimpan", "simpanan", "kepemilikan", "memegang",
		"dispose", "disposent", "poder", "détenir", "détenteur", "détenteurs", "mantiene", "mantienen", "conserva", "conservan",
		"custodia", "custódia", "scorta", "scorte", "détenus", "détenues", "détenu", "détenue", "stockés", "stockées", "stocké", "stockée",
		"possuindo", "poseyendo", "detendo", "possuía", "detinha", "detenere", "detentor", "detentora", "tenedor",
		"détiendrait", "détiendraient", "posséderait", "posséderaient", "deterrebbe", "deterrebbero", "possiederebbe", "possiederebbero")
	add(cueHave, "tiene", "tienen", "tenía", "tem", "têm")
	add(cueSeize, "incautó", "incautados", "incautado", "incautación", "decomisó", "confiscó", "confiscados", "confiscado",
		"apreendeu", "apreenderam", "apreendidos", "confiscou", "confiscaram", "saisi", "saisis", "saisie", "confisqué", "confisqués", "confisqua", "saisit",
		"sequestrato", "sequestrati", "confiscato", "confiscati", "apreensão", "apreensões", "apreendido", "apreendida", "apreendidas", "sequestro", "saisies", "incautaciones")
	add(cueLoss, "vendió", "vendidos", "venta", "vendeu", "venda", "vendu", "vendus", "vente", "venduto", "venduti", "vendita",
		"robados", "roubados", "volés", "rubati", "robar", "robó", "roubar", "roubou", "rubare", "vender", "venderá", "venderán", "vendre", "vendra", "vendere", "venderà",
		"subasta", "subastará", "subastar", "subastado", "subastados", "subastó", "leilão", "leiloar", "leiloados", "leiloou", "leiloaram", "leiloado", "leiloada", "asta", "retiré", "retirés",
		"retirado", "retirados", "retirou", "ritirato", "ritirati", "transféré", "transférés", "transferidos", "trasferiti",
		"transferencia", "transferencias", "transferência", "transferências", "transfert", "transferts", "trasferimento",
		"memindahkan", "pemindahan", "dipindahkan", "menerima", "diterima")
	add(cuePurchase, "compró", "compra", "compras", "adquirió", "adquiriendo", "comprando", "adquirindo", "achetant", "acquistando", "añade", "agrega", "adiciona", "ajoute", "aggiunge", "comprato", "acquistati", "comprou", "adquiriu", "acheté", "achète", "achètent", "achat", "achats",
		"acquistato", "acquisto", "amassé", "accumulé", "acumulou", "accumulato", "agregó", "añadió", "añadido", "agregado",
		"adicionou", "acrescentou", "acrescentaram", "adicionaram", "agregaron", "añadieron", "sumó", "sumaron", "ajouté", "aggiunto", "hinzugefügt",
		"membeli", "dibeli", "pembelian", "aquisição", "aquisições", "adquisición", "adquisiciones")
	add(cueHave, "ont", "hanno")
	add(cuePlan, "geplant", "geplante", "geplanten", "planen", "planten", "vorgesehen", "planea", "planos", "plano", "planes", "prevé", "prevén", "prévoient", "preveem", "prevedono", "pretende", "podría", "propuesta", "proyecto", "quiere", "planeja", "prevê",
		"poderia", "proposta", "projeto", "prévoit", "vise", "visait", "visent", "visant", "envisage", "pourrait", "projet", "prevede", "intende", "potrebbe",
		"progetto", "espera", "esperan", "espère", "espèrent", "spera", "sperano", "esperamos", "negociando", "negocia",
		"négocie", "negoziando", "pode", "podem", "puede", "pueden", "peut", "peuvent", "può", "possono",
		"deverá", "deverão", "deberá", "deberán", "devrait", "devraient", "dovrebbe", "dovrebbero", "irá", "irão",
		"buscando", "procura", "procurando", "cherche", "solicitando", "richiede", "disegno", "solicitado", "pedido", "conversaciones", "trattative", "negociaciones", "negociações", "négociations", "negoziati",
		"sera", "seront", "será", "serán", "serão", "planeando", "planejando", "intenciones", "intención", "intenção", "intenções",
		"negociação", "negociación", "négociation", "negoziazione", "previsto", "prevista", "previstos", "previstas", "prévu", "prévue", "prévus", "prévues",
		"demandé", "sollicité", "sollicite", "serait", "seraient", "estaría", "estaria", "sería", "serían", "tendría", "tendrían",
		"alcanzaría", "alcanzarían", "llegaría", "llegarían", "superaría", "superarían", "seria", "seriam", "teria", "atingiria", "possibilidade", "posibilidad", "possibilité", "possibilità",
		"rencana", "berencana", "direncanakan", "akan", "bernegosiasi", "negosiasi", "memperluas", // Indonesian
		"pourraient", "podrían", "poderiam", "potrebbero", "buscado", "buscaba", "buscava", "solicitó", "solicitou", "solicitaron", "solicitaram", "solicitan") // not "buscou o FMI": turned to it
	addRole(roleSeek, "seeking", "seeks", "requesting", "requested", "sought", "buscando", "procurando", "solicitando", "pedindo", "cherche")
	add(cueLoan, "préstamo", "préstamos", "empréstimo", "empréstimos", "prêt", "prêts", "prestito", "prestiti", "rescate", "resgate",
		"crédit", "crédito", "credito", "fec", "mede", "frpc", "saf", "emprestar", "empresta", "emprestará", "emprestou",
		"prestar", "prestará", "prestó", "prêter", "prêtera", "prête", "prestare", "presterà", "pinjaman", "talangan",
		"kredi", "kredinin", "kredisi", "kredisinin", // Turkish "12 milyar dolarlık kredi"
		"krediet", "noodkrediet", "lening", "leningen", // Dutch
		"kredit", "kredits", "kredite", "darlehen", "darlehens", "hilfskredit", "notkredit", "kreditabkommen", "kreditprogramm",
		"kreditprogramms", "kreditlinie", "kreditvereinbarung", "kreditpaket") // German
	add(cueProgram, "programa", "programas", "acuerdo", "acuerdos", "financiamiento", "financiación", "acordo", "acordos", "financiamento", "accord", "accords",
		"financement", "programma", "accordo", "finanziamento", "aide", "ayuda", "ajuda", "aiuto", "convenio",
		"respaldo", "apoyo", "apoio", "soutien", "sostegno")
	add(cueTranche, "verser", "versement", "versé", "desembolso", "desembolsos", "tramo", "décaissement", "décaissements", "erogazione", "desembolsa", "desembolsará",
		"desembolsou", "desembolsar", "libera", "liberará", "liberar", "liberó", "liberaría", "liberarían", "liberaria", "envía", "enviará", "envia", "débloque", "débloquera", "versera",
		"trasferire", "erogare", "erogato", "erogata", "erogati", "sblocca", "sbloccare", "sbloccato", "rata",
		"completará", "completarán", "completaría", "completarían", "completarão", "compléteront", "complétera", // "los US$498 millones completarán el respaldo": the last part
		"adelanto", "adelantos", "adiantamento", "adiantamentos") // "un adelanto por el 40% del préstamo (US$ 8.000 millones)"
	add(cueMining, "minería", "mineros", "minado", "mineração", "mineradores", "mineradoras", "minage", "mineurs", "minier", "miniers", "minière", "minières", "minatori",
		"criptomineras", "criptomineros", "criptominería", "criptomineração", "mineras", "minera", "pelombong",
		"madencilik", "madenciliği", "madenciliğe", "madenciler", "madencileri", "penambang", "penambangan", "майнинг", "майнинга", "майнингу", "майнеры", "майнеров")
	add(cueGlobal, "mundial", "mundo", "mondial", "mondiale", "monde", "mondo")
	add(cuePopulation, "población", "habitantes", "população", "habitants", "popolazione", "abitanti")
	add(cueValue, "valora", "valoran", "avaliada", "avaliado", "avaliadas", "valorados", "valorado", "valor", "saldo", "solde", "equivalente", "equivalentes", "équivalent", "équivalents", "equivalem", "equivale", "equivalen", "valen", "avaliados", "valeur", "évalués", "valore", "valutati", "bernilai", "senilai", "setara",
		"valorada", "valoradas", "valorisés", "valorisé", "valorisée", "valorisées", "valorisation", "avaliado", "avaliada", "avaliadas", "évalué", "évaluée", "évaluées", "valutato", "valutata", "vale", "valem", "vaut", "valent", "nilai",
		"valia", "valiam", "valía", "valían", "valait", "valaient", "valeva", "valevano")
	add(cuePeople, "ciudadanos", "personas", "usuarios", "inversores", "adultos", "cidadãos", "pessoas", "usuários",
		"utilizadores", "investidores", "citoyens", "personnes", "utilisateurs", "investisseurs", "adultes",
		"détenteurs", "cittadini", "persone", "utenti", "investitori", "adulti", "pengguna", "orang", "pemilik",
		"habitantes", "habitants", "abitanti", "detentores", "poseedores", "possuidores", "investor",
		"cpfs", "contribuintes", "declarantes", "taxpayers", "propriétaires", "propietarios", "proprietários", "proprietari", "possessori", "connazionali", "compatriotas", "compatriotes")
	add(cueCryptoPeople, "usuarios", "inversores", "usuários", "utilizadores", "investidores", "utilisateurs",
		"investisseurs", "détenteurs", "utenti", "investitori", "pengguna", "pemilik", "detentores", "poseedores",
		"possuidores", "investor", "possessori")
	add(cueRank, "sigue", "siguen", "segue", "seguem", "lidera", "lideram", "lideran", "ocupa", "posição", "posición", "encabeza", "mène", "classement", "atrás", "detrás", "derrière",
		"seguida", "seguido", "seguidos", "seguidas", "suivi", "suivie", "seguita", "seguito", "rangliste", "platz", "spitze", "folgt", "folgen")
	add(cueCrypto, "criptomonedas", "criptomoneda", "criptomoeda", "cripto", "criptoactivos", "criptomoedas", "criptoativos", "criptoactivo", "criptoativo", "cryptoactif", "criptoattività",
		"cryptomonnaies", "cryptomonnaie", "cryptos", "cryptoactifs", "criptovalute", "criptovaluta", "kripto",
		"digitais", "digitales", "numériques", "digitali")
	add(cuePopulation, "penduduk", "populasi")
	addRole(roleHolderVerb, "usan", "utilizan", "poseen", "invierten", "usam", "possuem", "investem", "utilisent",
		"possèdent", "détiennent", "usano", "possiedono", "possiedano", "detengono", "detienen", "detêm", "tienen", "têm")
	addRole(roleShareVerb, "utilizar", "usar", "poseer", "possuir", "utiliser", "posséder", "détenir", "usare", "utilizzare",
		"possedere", "utilizando", "usando", "poseyendo", "possuindo", "utilisant", "possédant")
	addRole(roleTimes, "veces", "vezes", "fois", "volte", "mal", "doppio", "triplo", "doble", "dobro", "metà", "mitad", "moitié")
	addRole(roleMinerRef, "estas", "estos", "operaciones", "instalaciones", "granjas", "granja", "operações", "instalações", "operadores", "operadoras", "opérateurs", "betreiber",
		"ces", "opérations", "installations", "fermes", "diese", "anlagen", "farmen", "activity", "activities", "actividad", "atividade", "activité", "attività")
	addRole(roleAdopt, "adoptó", "adoptado", "aprobó", "aprobado", "aprobados", "aprobada", "aprobadas", "adotou", "adotado", "aprovou", "aprovado", "aprovados", "aprovada", "adopté", "adopte", "approuvés", "approuvée",
		"approuvé", "adottato", "approvato", "adoptar", "adotar", "adottare", "convirtió", "tornou", "devenu",
		"devenue", "convertido", "reconocer", "reconoció", "reconocido", "reconhecer", "reconheceu", "reconhecido", "reconnaître", "reconnu", "riconoscere", "riconosciuto")
	addRole(roleCoin, "bitcoins", "bitcoines", "bitcóin", "bitcóines")
	add(cueCrypto, "bitcóin", "bitcóines")
	german(add, addRole)
	moreLanguages(add)
}

// moreLanguages holds the words for holding and seizing of languages the real set meets
// in messy copies without reading them whole: Vietnamese ("chính phủ Mỹ đang nắm giữ
// khoảng 198.012 BTC"), Indonesian, Polish, Romanian, Czech and Norwegian.
func moreLanguages(add func(cue, ...string)) {
	add(cueHold, "giữ", // Vietnamese "nắm giữ", to hold
		"pemegang",                                               // Indonesian: holder
		"posiada", "posiadają", "rezerwa", "rezerwy", "rezerwie", // Polish
		"deține", "deţine", "dețin", "deţin", "rezervele", // Romanian
		"drží", "vlastní", "zásobě", "zásoba", // Czech
		"beholdning") // Norwegian
	add(cueLoss, "bán", "chuyển")              // Vietnamese: sold, moved
	add(cueValue, "trị")                       // Vietnamese "trị giá", worth
	add(cuePlan, "jika", "apabila", "kalau")   // Indonesian: if
	add(cueGlobal, "dunia")                    // Indonesian: "di seluruh dunia", worldwide
	add(cueSeize, "menyita", "disita", "tịch", // Indonesian "menyita", Vietnamese "tịch thu", to confiscate
		"przejętych", "przejęła", "zajęła", "confiscat", "sechestrat", "zabavil", "beslaglagt")
}

// german holds the German words the real set's German articles use for holding,
// seizing, selling, valuing and counting people.
func german(add func(cue, ...string), addRole func(role, ...string)) {
	add(cueHold, "inhaber", "hält", "halten", "hielt", "besitzt", "besitzen", "besaß", "bestand", "bestände", "reserven", "besitz",
		"verfügt", "verfügen", "verfügte", "verwaltet", "verwalten", "bundesreserven", "staatsreserven", // "verfügt über Bitcoin im Wert von"
		"владеет", "владеют", "принадлежат") // Russian: "владеет всего 28 988 BTC"
	add(cueSeize, "beschlagnahmt", "beschlagnahmte", "beschlagnahmten", "sichergestellt", "sichergestellte", "eingezogen", "gesichert",
		"verbeurd", "inbeslaggenomen", "geconfisqueerd", "inbeslagname", // Dutch
		"beschlagnahme", "beschlagnahmung", "sicherstellung")
	add(cueLoss, "verkauft", "verkaufte", "verkauften", "verkaufen", "verkauf", "überwiesen", "transferiert", "verschoben", "bewegt", "zurückgekehrt", "geflossen")
	add(cueValue, "wert")
	add(cueMining, "schürfen", "schürfer", "schwarzminer", "bergbau", "bergbauländer", "bergbauländern", "bergleute", "eigengewinnungskapazität", "kryptomining",
		"mijnbouw", "cryptomining", // Dutch
		"gruvedrift", "gruvedriften", "kryptogruvedrift", "kryptogruvedriften", "kryptofabrikker", "kryptofabrikk", "gruvdrift", "kryptogruvor", "gruvanläggningar", "kryptoutvinning", // Norwegian, Swedish
		"kopalnia", "kopalnie", "kopalniami", "kopalni", "kopanie", "kopaczy", "koparki", // Polish
		"těžba", "těžby", "těžaři", "těžařů") // Czech
	add(cuePeople, "menschen", "personen", "nutzer", "anleger", "einwohner", "erwachsene", "besitzer", "investoren")
	add(cueCryptoPeople, "nutzer", "anleger", "besitzer", "investoren")
	add(cueCrypto, "kryptowährung", "kryptowährungen", "kryptowerte", "krypto")
	add(cuePopulation, "bevölkerung", "einwohner")
	addRole(roleOf, "der", "sebanyak")
	addRole(roleCountryNoun, "königreich", "regierung", "staat", "freistaat", "país", "pays", "paese", "nación", "nação",
		"gobierno", "governo", "gouvernement")
	addRole(roleToward, "to", "à", "auf")
	addRole(roleDefinite, "the", "its", "this", "el", "la", "o", "le", "il", "lo", "este", "esta", "ce", "cette",
		"questo", "questa", "das", "der", "die") // not "a": in English it is no determiner of a country named before
	addRole(rolePlatform, "empresa", "compañía", "plataforma", "billeteras", "aplicación", "aplicativo", "corretora", "société",
		"entreprise", "plateforme", "azienda", "piattaforma", "perusahaan", "unternehmen", "plattform")
	addRole(roleHolderVerb, "besitzen", "nutzen", "halten")
	addRole(roleReach, "atteindre", "atteint", "atingir", "atingiu", "alcanzar", "alcanzó", "alcançar", "alcançou", "raggiungere")
	addRole(roleWorthAfter, "wert", "geschätzt", "bewertet", "entspricht", "entsprechen", "entsprach")
	addRole(roleGermanAux, "sind", "ist", "wurden", "wurde", "haben", "hat", "werden", "wird")
	addRole(roleAdopt, "anerkannt", "eingeführt", "einführte", "verabschiedet", "verabschiedete", "erklärt", "erklärte", "gemacht", "machte")
}

// lenders are institutions named as the source of a loan; a country after "from" on a
// loan is a lender too.
var lenders = []struct {
	words []string
	name  string
}{
	{[]string{"international", "monetary", "fund"}, "IMF"},
	{[]string{"imf"}, "IMF"},
	{[]string{"fmi"}, "IMF"}, // Spanish, Portuguese, French and Italian write the IMF so
	{[]string{"мвф"}, "IMF"}, // Russian
	{[]string{"международный", "валютный", "фонд"}, "IMF"},
	{[]string{"международного", "валютного", "фонда"}, "IMF"},
	{[]string{"fondo", "monetario", "internacional"}, "IMF"},
	{[]string{"fonds", "monétaire", "international"}, "IMF"},
	{[]string{"internationaal", "monetair", "fonds"}, "IMF"},
	{[]string{"banco", "mundial"}, "World Bank"},
	{[]string{"banque", "mondiale"}, "World Bank"},
	{[]string{"extended", "fund", "facility"}, "IMF"},
	{[]string{"extended", "credit", "facility"}, "IMF"},
	{[]string{"rapid", "financing", "instrument"}, "IMF"},
	{[]string{"resilience", "and", "sustainability", "facility"}, "IMF"},
	{[]string{"world", "bank"}, "World Bank"},
	{[]string{"asian", "development", "bank"}, "Asian Development Bank"},
	{[]string{"adb"}, "Asian Development Bank"},
	{[]string{"inter-american", "development", "bank"}, "Inter-American Development Bank"},
	{[]string{"inter", "-", "american", "development", "bank"}, "Inter-American Development Bank"},
	{[]string{"idb"}, "Inter-American Development Bank"},
	{[]string{"african", "development", "bank"}, "African Development Bank"},
	{[]string{"afdb"}, "African Development Bank"},
	{[]string{"islamic", "development", "bank"}, "Islamic Development Bank"},
	{[]string{"european", "investment", "bank"}, "European Investment Bank"},
	{[]string{"asian", "infrastructure", "investment", "bank"}, "Asian Infrastructure Investment Bank"},
	{[]string{"aiib"}, "Asian Infrastructure Investment Bank"},
	{[]string{"new", "development", "bank"}, "New Development Bank"},
	{[]string{"paris", "club"}, "Paris Club"},
}

// peopleNouns after a count make it a count of people.
func isPeopleNoun(w string) bool { return cueOf(w)&cuePeople != 0 }

// columnKinds are the words a table header names its columns with.
var columnKinds = map[string]string{
	"year": "year", "population": "population", "inhabitants": "population",
	"owners": "owners", "ownership": "owners", "users": "owners", "holders": "owners", "investors": "owners",
	"percentage": "percent", "percent": "percent", "share": "percent", "rate": "percent",
	"btc": "btc", "bitcoin": "btc", "bitcoins": "btc", "holdings": "btc", "amount": "btc",
	"usd": "usd", "value": "usd", "valuation": "usd", "worth": "usd", "valeur": "usd", "valor": "usd", "wert": "usd",
	"reserve": "btc", "reserves": "btc", "avoirs": "btc", "owned": "btc",
	"mw": "power", "megawatts": "power", "capacity": "power",
}

// imminentPhrases say that what follows is about to happen, not done: a plan.
var imminentPhrases = [][]string{{"about", "to"}, {"on", "the", "verge", "of"}, {"sur", "le", "point", "de"}, {"sur", "le", "point", "d'"},
	{"a", "punto", "de"}, {"prestes", "a"}, {"in", "procinto", "di"}, {"sul", "punto", "di"}, {"kurz", "vor"}}

// countryColumn are the words a table's header names the column of its countries with.
var countryColumn = map[string]bool{"country": true, "nation": true, "jurisdiction": true, "government": true,
	"pays": true, "país": true, "paese": true, "land": true, "nación": true, "negara": true}

// tenderPhrases name bitcoin's status as money: "legal tender", "an official currency".
var tenderPhrases = [][2]string{{"legal", "tender"}, {"legal", "currency"}, {"official", "currency"},
	{"curso", "legal"}, {"cours", "légal"}, {"corso", "legale"}, {"monnaie", "légale"}, {"moneda", "legal"},
	{"moeda", "legal"}, {"moneta", "legale"}, {"gesetzliches", "zahlungsmittel"}, {"gesetzlichen", "zahlungsmittel"}, {"gesetzlichem", "zahlungsmittel"}, {"moeda", "oficial"},
	{"moneda", "oficial"}, {"monnaie", "officielle"}, {"moneta", "ufficiale"}, {"legal", "money"}, {"official", "money"},
	{"valuta", "legale"}, {"divisa", "oficial"}, {"divisa", "legal"}, {"официальным", "платежным"}, {"официального", "платежного"},
	{"законным", "платежным"}, {"законного", "платежного"}, {"законное", "платежное"}, {"bitcoin", "law"}, {"ley", "bitcoin"}, {"lei", "bitcoin"}, {"loi", "bitcoin"}}

// tenderAsPairs name a country's own money, which is bitcoin's legal-tender status only
// when bitcoin is made it ("declared Bitcoin as the national currency in 2021",
// "menjadikan Bitcoin sebagai mata uang resmi"): alone, "the national currency" is the
// peso or the dollar.
var tenderAsPairs = map[[2]string]bool{{"national", "currency"}: true, {"uang", "resmi"}: true, {"moneda", "nacional"}: true,
	{"moeda", "nacional"}: true, {"monnaie", "nationale"}: true, {"moneta", "nazionale"}: true, {"landeswährung", ""}: true}

// tenderAsFirst holds tenderAsPairs' first words, asked before the pairs themselves.
var tenderAsFirst = func() *lex.WordFilter {
	f := &lex.WordFilter{}
	for p := range tenderAsPairs {
		f.Add(p[0])
	}
	return f
}()

// futureRomance reports whether w is a Spanish or Portuguese verb in the future tense,
// by its ending: "instalará", "superarán", "receberão".
func futureRomance(w string) bool {
	if len(w) < 6 || w[len(w)-1] < 0x80 && w[len(w)-1] != 'n' {
		return false // most words: no accented ending to check
	}
	return strings.HasSuffix(w, "rá") || strings.HasSuffix(w, "rán") || strings.HasSuffix(w, "rão") || strings.HasSuffix(w, "rás")
}

// setAsidePairs are the word pairs before a figure by which a sentence sets it aside for
// another: "instead of", "rather than", "au lieu des", "en lugar de", "em vez de".
var setAsidePairs = map[[2]string]bool{
	{"instead", "of"}: true, {"rather", "than"}: true, {"lieu", "des"}: true, {"lieu", "de"}: true, {"lieu", "du"}: true,
	{"lugar", "de"}: true, {"lugar", "del"}: true, {"vez", "de"}: true, {"vez", "dos"}: true, {"vez", "das"}: true,
}

// tenderPairs are tenderPhrases as word pairs, and tenderFirst their first words, for one
// pass over a whole article's words (extractor.tenderTalked).
var (
	tenderPairs = func() map[[2]string]bool {
		m := map[[2]string]bool{}
		for _, p := range tenderPhrases {
			m[p] = true
		}
		return m
	}()
	tenderFirst = func() *lex.WordFilter {
		f := &lex.WordFilter{}
		for _, p := range tenderPhrases {
			f.Add(p[0])
		}
		return f
	}()
)

// regionAdjectives name the part of the world a country referred to is in ("the South
// American country", "o país sul-americano", "the Central Asian nation"), as the country
// table names regions; longer phrases first, so "south american" is not "american".
var regionAdjectives = []struct{ words, region string }{
	{"south american", "South America"}, {"sul-americano", "South America"}, {"sudamericano", "South America"},
	{"sud-américain", "South America"}, {"central american", "North America"}, {"centroamericano", "North America"},
	{"centroamericana", "North America"}, {"north american", "North America"}, {"caribbean", "North America"},
	{"african", "Africa"}, {"africano", "Africa"}, {"africain", "Africa"}, {"asian", "Asia"}, {"asiático", "Asia"},
	{"asiatique", "Asia"}, {"himalayan", "Asia"}, {"european", "Europe"}, {"europeo", "Europe"}, {"européen", "Europe"},
	{"europeu", "Europe"},
}
