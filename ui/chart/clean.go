package chart

// clean makes a spec safe to draw, whoever built it: a value that is not a finite,
// non-negative number is drawn as "not stated" (go-chart hangs on NaN, and no figure
// here can be negative), and a chart with nothing stated gets the "no figures" panel.
func clean(s Spec) Spec {
	slots := make([]Slot, len(s.Slots))
	stated := false
	for i, sl := range s.Slots {
		if sl.Stated && (!finite(sl.Value) || sl.Value < 0 || (sl.Range && (!finite(sl.Max) || sl.Max < sl.Value))) {
			sl.Stated, sl.Label, sl.Range = false, "", false
		}
		var others, othersMax []float64
		var labels []string
		for j, v := range sl.Others {
			hi := v
			if j < len(sl.OthersMax) {
				hi = sl.OthersMax[j]
			}
			if !sl.Stated || !finite(v) || v < 0 || !finite(hi) || hi < v {
				continue
			}
			others, othersMax = append(others, v), append(othersMax, hi)
			if j < len(sl.OtherLabels) {
				labels = append(labels, sl.OtherLabels[j])
			}
		}
		sl.Others, sl.OthersMax = others, othersMax
		if len(labels) == len(others) {
			sl.OtherLabels = labels
		} else {
			sl.OtherLabels = nil
		}
		stated = stated || sl.Stated
		slots[i] = sl
	}
	s.Slots = slots
	if !stated && s.Empty == "" {
		s.Empty = EmptyMessage
	}
	return s
}
