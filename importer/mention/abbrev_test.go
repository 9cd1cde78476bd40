package mention

import "testing"

func TestIsAbbreviationOf(t *testing.T) {
	for _, tc := range []struct {
		short, name string
		want        bool
	}{
		{"TKMS", "ThyssenKrupp Marine Systems", true},
		{"UEFA", "Union of European Football Associations", true},
		{"EZB", "Europäische Zentralbank", true},
		{"GM", "General Motors", true},
		{"DVAG", "Deutsche Vermögensberatung", true}, // letters of the name's words, in order
		{"BMW", "General Motors", false},
		{"Ford", "Ford Motor", false}, // not written in capitals
		{"X", "Xerox", false},
	} {
		if got := isAbbreviationOf(tc.short, tc.name); got != tc.want {
			t.Errorf("isAbbreviationOf(%q, %q) = %v", tc.short, tc.name, got)
		}
	}
}
