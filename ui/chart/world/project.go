package world

import "math"

// equalEarth projects longitude and latitude (degrees) with the Equal Earth projection
// (Šavrič, Patterson and Jenny, 2018): equal-area, so a country's size on the map is its
// size on the globe. x runs from about -2.71 to 2.71, y from -1.32 (south) to 1.32.
func equalEarth(lon, lat float64) (x, y float64) {
	const (
		a1, a2, a3, a4 = 1.340264, -0.081106, 0.000893, 0.003796
	)
	m := math.Sqrt(3) / 2
	lam := lon * math.Pi / 180
	th := math.Asin(m * math.Sin(lat*math.Pi/180))
	t2 := th * th
	t6 := t2 * t2 * t2
	x = 2 * math.Sqrt(3) * lam * math.Cos(th) / (3 * (9*a4*t6*t2 + 7*a3*t6 + 3*a2*t2 + a1))
	y = th * (a4*t6*t2 + a3*t6 + a2*t2 + a1)
	return x, y
}
