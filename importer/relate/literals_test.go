package relate

import "testing"

func TestMoney(t *testing.T) {
	for in, want := range map[string]string{
		"eine Investition von 30 Millionen Dollar angekündigt": "30 Millionen Dollar",
		"für 18 Mio. Euro":                     "18 Mio. Euro",
		"for approximately $13.7 billion":      "$13.7 billion",
		"Garantien über 7,5 Milliarden Euro":   "7,5 Milliarden Euro",
		"paid 63 billion dollars":              "63 billion dollars",
		"im Jahr 2017 mit 5 Prozent Wachstum":  "",
		"81 Flieger von Air Berlin übernehmen": "",
	} {
		if got := moneyIn(in); got != want {
			t.Errorf("moneyIn(%q) = %q, want %q", in, got, want)
		}
	}
}
