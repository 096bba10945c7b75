package country

import "testing"

func TestByNumericGivesTheISO2TheAppUses(t *testing.T) {
	for code, want := range map[int]string{222: "SV", 64: "BT", 586: "PK", 840: "US", 643: "RU", 32: "AR"} {
		c, ok := ByNumeric(code)
		if !ok || c.ISO2 != want {
			t.Errorf("ByNumeric(%d) = %q, %v; want %s", code, c.ISO2, ok, want)
		}
	}
	for _, code := range []int{0, -99, 999} {
		if c, ok := ByNumeric(code); ok {
			t.Errorf("ByNumeric(%d) = %s, want none", code, c.ISO2)
		}
	}
}
