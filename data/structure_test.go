package data

import "testing"

// TestSentenceSplitting checks where sentences end, including text copied with the space
// after a full stop lost ("country.More than").
func TestSentenceSplitting(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ghana leads the region.More than 4 million people own crypto.",
			[]string{"Ghana leads the region.", "More than 4 million people own crypto."}},
		{"See example.com for the data. It is public.",
			[]string{"See example.com for the data.", "It is public."}},
		{"The U.S. holds coins, e.g. seized ones.",
			[]string{"The U.S. holds coins, e.g. seized ones."}},
		{"Node.Js and ASP.Net stay whole.",
			[]string{"Node.Js and ASP.Net stay whole."}},
	}
	for _, tt := range tests {
		a, err := Parse("t.txt", "", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range a.Blocks {
			for _, s := range b.Sentences {
				got = append(got, a.Slice(s))
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: sentences %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: sentence %d %q, want %q", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

// TestQuotedHeadlineIsTitle: a headline that opens with a quotation is the title, not the
// first question under it.
func TestQuotedHeadlineIsTitle(t *testing.T) {
	for _, first := range []string{"\"We kept every coin\": three questions on Estonia's reserve", "“We kept every coin”: three questions on Estonia's reserve"} {
		a, err := Parse("t.txt", "", []byte(first+"\n\nEstonia kept its coins. We asked why.\n\nQ: How many coins does Estonia hold?\n\nA: About 250 BTC."))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != first {
			t.Errorf("title %q, want %q", a.Title, first)
		}
	}
}

// TestSiteFurnitureIsNoTitle: a saved page's skip link or a summary box's label is
// never taken as the article's title.
func TestSiteFurnitureIsNoTitle(t *testing.T) {
	for _, first := range []string{"Skip to main content", "TLDR", "Key points", "PRESS RELEASE", "PRESS RELEASE\nFOR IMMEDIATE RELEASE"} {
		a, err := Parse("t.txt", "", []byte(first+"\n\nEstonia holds a small bitcoin reserve\n\nThe Estonian treasury holds 250 BTC."))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Estonia holds a small bitcoin reserve" {
			t.Errorf("opening %q: title %q", first, a.Title)
		}
	}
}

// TestLongQuestionHeadlineIsTitle: a text's first line may be a headline longer than a
// heading, or a question; a first line of two sentences is the lead, not a headline.
func TestLongQuestionHeadlineIsTitle(t *testing.T) {
	for _, tt := range []struct{ first, want string }{
		{"State Bitcoin Rankings for the Year: Which Government Holds the Most Coins in Europe Right Now?",
			"State Bitcoin Rankings for the Year: Which Government Holds the Most Coins in Europe Right Now?"},
		{"Estonia kept its coins. The treasury says it will hold them for years to come!", "t"},
	} {
		a, err := Parse("t.txt", "", []byte(tt.first+"\n\nThe Estonian treasury holds 250 BTC."))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("first line %q: title %q, want %q", tt.first, a.Title, tt.want)
		}
	}
}
