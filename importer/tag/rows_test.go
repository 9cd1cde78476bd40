package tag

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kgx/kgx/importer/lexicon"
)

func newTagger(t *testing.T) *Tagger {
	t.Helper()
	lex, err := lexicon.NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// Tagging with the kept rows of words and neighbours (Rows) gives the tags
// that all features hashed afresh give.
func TestRowsTagAsTheFullFeatures(t *testing.T) {
	x := newTagger(t)
	sents := map[string][]string{
		"de": {"Die Siemens AG baut in Erlangen ein neues Werk für 500 Millionen Euro .",
			"Vorstandschef Roland Busch sagte , man wolle wachsen .", "Gut ."},
		"en": {"Siemens will build a new plant in Erlangen for 500 million euros .",
			"Chief executive Roland Busch said the company wanted to grow .", "Yes"},
	}
	for lang, ss := range sents {
		m := x.pos[lang]
		if m == nil {
			t.Fatalf("no %s part-of-speech model", lang)
		}
		cache := Cache{}
		for pass := 0; pass < 2; pass++ { // the second from the kept rows
			for _, s := range ss {
				words := strings.Fields(s)
				got, want := x.Tags(words, lang, cache), x.TagPOS(m, words, lang)
				if !slices.Equal(got, want) {
					t.Errorf("%s: %v, want %v", s, got, want)
				}
			}
		}
	}
}

// A document's word cache goes on only to documents of its language: a
// word's features depend on the language.
func TestDocCacheKeepsLanguagesApart(t *testing.T) {
	x := newTagger(t)
	de := x.DocCache("de")
	x.Info(de, "Werk", "de")
	x.PutDocCache("de", de)
	for i := 0; i < 10; i++ {
		if _, ok := x.DocCache("en")["Werk"]; ok {
			t.Fatal("an English document got a German document's word cache")
		}
	}
	big := x.DocCache("de")
	for i := 0; i <= maxDocCache; i++ {
		big[strconv.Itoa(i)] = Pad
	}
	if len(big) <= maxDocCache {
		t.Fatal("the test's cache is not over the bound")
	}
	x.PutDocCache("de", big)
	if len(big) > maxDocCache {
		t.Errorf("a cache of %d words went on to the next document", len(big))
	}
}
