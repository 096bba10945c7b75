package data

import "testing"

func TestPlausiblePrice(t *testing.T) {
	tests := []struct {
		price float64
		year  int
		want  bool
	}{
		{100000, 2025, true},
		{10618, 2025, false}, // 207,189 coins "worth nearly $2.2 billion" in 2025
		{41, 2023, false},    // 46,351 coins "worth around US$ 1.9 million"
		{500, 2013, true},
		{60000, 2017, false},
		{41, 0, true},        // no year: only what no year ever saw is refused
		{5e6, 0, false},      // no bitcoin ever cost five million dollars
		{300000, 2027, true}, // after the table: three times its last year's range
		{0, 2021, false},
	}
	for _, tt := range tests {
		if got := plausiblePrice(tt.price, tt.year); got != tt.want {
			t.Errorf("plausiblePrice(%v, %d) = %v, want %v", tt.price, tt.year, got, tt.want)
		}
	}
}
