package data

import "cryptoatlas/data/lex"

// cue is a class of word that tells the extractor what a figure is about. Each word in a
// sentence with figures is looked up once and its classes OR-ed per clause.
type cue uint32

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
	cuePart                         // of: "of the total", "of which": a share of a stated whole
	cueSeize                        // seized, confiscated: coins the state took
	cueRank                         // leads, tops, follows, ranks: a ranking of holders
)

var cueWords = map[string]cue{}

// cueFilter skips the map look-up for words that cannot be cue words.
var cueFilter lex.WordFilter

// cueOf returns the cue classes of a lower-case word.
func cueOf(w string) cue {
	if !cueFilter.Maybe(w) {
		return 0
	}
	return cueWords[w]
}

func init() {
	add := func(c cue, words ...string) {
		for _, w := range words {
			cueWords[w] |= c
		}
	}
	add(cueHold, "hold", "holds", "holding", "holdings", "held", "reserve", "reserves", "stash", "stashes",
		"stockpile", "stockpiles", "own", "owns", "owned", "balance", "balances",
		"possesses", "possess", "custody", "wallet", "wallets", "coffers", "retains", "keeps", "kept",
		"controls", "control", "controlled", "controlling", "stack", "stacks", "hoard", "hoards", "holder",
		"possession", "owner")
	add(cuePurchase, "bought", "buy", "buys", "purchased", "purchase", "purchases", "acquired", "acquire",
		"acquires", "accumulated", "accumulate", "amassed", "amass", "added", "adds", "add",
		"bags", "bagged", "scooped", "snapped")
	// Seized coins are the state's (unless the article states a larger total they are part of).
	add(cueSeize, "seized", "seize", "seizes", "seizing", "confiscated", "confiscate", "confiscates",
		"forfeited", "recovered", "impounded")
	add(cueHave, "has", "have", "had", "having")
	add(cueLoss, "sold", "sell", "sells", "selling", "sale", "stole", "stolen", "steal", "theft", "hack",
		"hacked", "hackers", "hacker", "heist", "exploit", "exploited", "drained", "lost", "lose", "laundered",
		"laundering", "moved", "moving", "move", "moves", "transferred", "transferring", "sent", "deposited",
		"liquidated", "auctioned", "auction", "dumped", "offloaded", "fined", "penalty", "ransom", "scam",
		"scammed", "fraud", "donated", "outflows", "withdrew", "withdrawn", "sending", "send", "sends")
	add(cuePlan, "plan", "plans", "planned", "planning", "will", "would", "could", "might", "propose",
		"proposes", "proposed", "proposal", "bill", "aims", "aim", "aiming", "target", "targets", "intends",
		"intend", "considering", "consider", "considers", "seeks", "seek", "wants", "hopes", "hope",
		"pledged", "pledge", "pledges", "promised", "promise", "envisions", "envisages", "expects", "expected",
		"may", "should", "goal", "ambition", "eyeing", "eyes", "mulls", "mulling", "weighs", "weighing",
		"if", "unless", "whether", "hypothetical", "hypothetically", "campaign", "campaigned", "campaigns",
		"suggest", "suggests", "suggested", "suggesting", "urge", "urged", "urges", "advocate", "advocated",
		"advocates", "proposing", "projected", "projects", "projection", "forecast", "forecasts",
		"envisaged", "slated", "upcoming", "potential", "potentially", "future")
	add(cueLoan, "loan", "loans", "bailout", "bailouts", "facility", "arrangement", "eff", "ecf", "sba", "rcf",
		"stand-by", "standby", "credit",
		"lending", "borrowed", "borrow", "borrowing")
	add(cueProgram, "programme", "program", "package", "deal", "agreement", "support", "financing", "rescue")
	add(cueTranche, "tranche", "tranches", "disbursement", "disbursements", "disbursed", "disburse",
		"installment", "instalment", "installments", "instalments", "repaid", "repay", "repayment",
		"repayments", "released", "payment", "payout")
	add(cueMining, "mining", "miners", "miner", "mine", "mines", "hashing", "hosting", "crypto-mining",
		"bitcoin-mining", "rigs", "rig", "hashpower")
	add(cueGlobal, "global", "globally", "worldwide", "world", "world's", "network", "network's",
		"entire", "planet", "earth")
	add(cueWorldwide, "global", "globally", "worldwide")
	add(cuePopulation, "population", "populations", "inhabitants", "populous", "census")
	add(cueCapacity, "installed", "generating", "generation", "nameplate", "rated", "demand")
	add(cueValue, "valued", "worth", "value", "valuing", "valuation", "equivalent", "equal", "equals", "amounting")
	add(cuePrice, "price", "prices", "priced", "per", "each", "apiece", "trading", "traded", "trades", "trade",
		"costs", "cost", "coin", "at")
	add(cuePeople, "citizens", "people", "users", "holders", "investors", "adults", "residents",
		"individuals", "owners", "persons", "traders", "consumers", "households", "inhabitants", "savers")
	add(cueCryptoPeople, "users", "holders", "investors", "owners", "traders")
	add(cueCrypto, "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin", "btc", "digital", "virtual",
		"crypto-assets", "cryptoassets", "stablecoins", "stablecoin", "tokens", "coins", "web3", "usdt", "usdc", "tether")
	add(cueRepeal, "ended", "end", "ends", "ending", "removed", "remove", "removes", "repealed", "repeal",
		"revoked", "revoke", "scrapped", "scrap", "dropped", "drop", "reversed", "reverse", "reversal",
		"abolished", "abolish", "stripped", "strip", "rescinded", "rescind", "amended", "amend", "withdrew",
		"withdrawn", "longer", "ceased", "voluntary", "optional", "downgraded")
	add(cueRate, "daily", "day", "week", "weekly", "month", "monthly", "hour", "block", "annually")
	add(cueTotal, "total", "totals", "totalling", "totaling", "cumulative", "overall", "altogether", "tally")
	add(cueEnd, "ending", "ends", "end", "ended", "expired", "expires", "expire", "expiring", "runs", "run", "running", "lasting",
		"lasts", "concludes", "spanning", "scheduled", "extends", "extending")
	add(cueCompare, "than", "like", "unlike", "following", "behind", "trailing", "versus", "vs",
		"compared", "similar", "copying", "mirroring", "emulating", "including")
	add(cuePrep, "in", "from", "with", "to", "for", "of", "by", "at", "on", "into", "between", "against",
		"toward", "towards", "about", "across", "within", "via", "among", "including", "than", "like",
		"unlike", "over", "under", "through", "visiting", "visited", "met", "alongside", "beside", "besides")
	add(cueConj, "while", "whereas", "but", "although", "though", "meanwhile", "however")
	add(cueNegation, "not", "never", "no", "nor", "without", "doesn't", "don't", "didn't", "isn't",
		"aren't", "wasn't", "hasn't", "haven't", "won't", "cannot", "can't", "denies", "denied", "deny")
	add(cueRank, "leads", "led", "tops", "topped", "follows", "followed", "ranks", "ranked", "trails", "trailing",
		"list", "ranking", "place", "spot", "position", "comes", "sits", "stands")
	add(cueIncrement, "another", "additional", "extra", "further", "latest", "new", "more")
	add(cuePart, "of")
	for w := range cueWords {
		cueFilter.Add(w)
	}
}

// lenders are institutions named as the source of a loan; a country after "from" on a
// loan is a lender too.
var lenders = []struct {
	words []string
	name  string
}{
	{[]string{"international", "monetary", "fund"}, "IMF"},
	{[]string{"imf"}, "IMF"},
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
