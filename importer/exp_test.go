package importer

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestExpSentence(t *testing.T) {
	s := os.Getenv("KGX_SENT")
	if s == "" {
		t.Skip()
	}
	x, _ := NewExtractor()
	lang := os.Getenv("KGX_LANG")
	words := strings.Fields(s)
	t.Log(x.ModelTags(words, lang))
	sn, _ := sentenceOf(words)
	for _, m := range x.findMentions(0, sn, lang, nil) {
		t.Logf("rule %q %s byRule=%v head=%q", m.Text, m.Type, m.typeByRule, m.Head)
	}
	res, _ := x.ExtractTokens(context.Background(), [][]string{words}, lang)
	for _, m := range res.Mentions {
		t.Logf("final %q %s head=%q ent=%s", m.Text, m.Type, m.Head, res.Entities[m.Entity].Type)
	}
}

func TestExpWords(t *testing.T) {
	x, _ := NewExtractor()
	for _, w := range strings.Fields(os.Getenv("KGX_WORDS")) {
		t.Logf("%s noun=%v looks=%v known=%v orghead=%v common=%v demonym=%q class=%s", w, x.lex.IsGermanNoun(w), x.lex.LooksLikeGermanNoun(w), x.knownName(w), x.endsInOrgHead(w), x.lex.isCommonWord(w, "de"), x.lex.Demonym(w), x.tokenClass(w, "de"))
	}
}

func TestExpLemma(t *testing.T) {
	x, _ := NewExtractor()
	for _, w := range strings.Fields(os.Getenv("KGX_WORDS")) {
		t.Logf("%s lemma=%q", w, x.lex.NounLemma(w))
	}
}

func TestExpDemonym(t *testing.T) {
	x, _ := NewExtractor()
	for _, w := range strings.Fields(os.Getenv("KGX_WORDS")) {
		t.Logf("%s demonym=%q", w, x.lex.Demonym(w))
	}
}
