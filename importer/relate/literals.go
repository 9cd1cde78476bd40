package relate

import (
	"regexp"
	"strings"

	"github.com/kgx/kgx/importer/lexicon"
	"github.com/kgx/kgx/importer/segment"
)

// moneyRE finds amounts of money in German and English: "30 Millionen
// Dollar", "18 Mio. Euro", "$13.7 billion", "€ 2,5 Mrd.", "US$ 5 million".
var moneyRE = regexp.MustCompile(`(?i)(?:(?:US)?\$|€|£)\s?\d+(?:[.,]\d+)*(?:\s?(?:million|billion|trillion|bn|mn|Mio\.?|Mrd\.?|Millionen|Milliarden))?` +
	`|\d+(?:[.,]\d+)*\s?(?:Millionen|Milliarden|Mio\.|Mrd\.|Tausend|million|billion|trillion)?\s?(?:Euro|Dollar|US-Dollar|Franken|Pfund|Yen|Yuan|dollars|euros|pounds|EUR|USD)\b`)

// moneyIn returns the first amount of money in the sentence text, or "".
func moneyIn(sentence string) string {
	if !strings.ContainsAny(sentence, "0123456789") || !hasCurrency(sentence) {
		return "" // no digits or no currency: no regular expression needed
	}
	return strings.TrimSpace(moneyRE.FindString(sentence))
}

func hasCurrency(s string) bool {
	if strings.ContainsAny(s, "$€£") {
		return true
	}
	ls := segment.Lower(s)
	for _, c := range currencyWords {
		if strings.Contains(ls, c) {
			return true
		}
	}
	return false
}

// currencyWords are the currency names and codes (lowercase) that make a number an amount of money (words.tsv).
var currencyWords = lexicon.WordList("currency_words")
