package importer

import (
	"sync"

	"github.com/kgx/kgx/assets"
)

// wordLists are the closed word lists of assets/lexicon/words.tsv, read once:
// list name → words in file order.
var wordLists = sync.OnceValue(func() map[string][]string {
	lists := map[string][]string{}
	err := assets.EachLine("words.tsv", func(f []string) {
		if len(f) >= 2 {
			lists[f[0]] = append(lists[f[0]], f[1])
		}
	})
	if err != nil {
		panic(err) // the table is embedded: a failure is a broken build, caught by every test
	}
	return lists
})

// wordList returns the words of one list of words.tsv in file order.
func wordList(name string) []string { return wordLists()[name] }

// wordSet returns the words of one list of words.tsv as a set.
func wordSet(name string) map[string]bool { return setOf(wordList(name)...) }

type roleSuffix struct{ suffix, pred string }

// roleLines are the lines of roles.tsv: kind, word, predicate.
var roleLines = sync.OnceValue(func() [][]string {
	var lines [][]string
	err := assets.EachLine("roles.tsv", func(f []string) {
		if len(f) >= 3 {
			lines = append(lines, f)
		}
	})
	if err != nil {
		panic(err) // embedded: a failure is a broken build
	}
	return lines
})

// roleTable maps the words of one kind of roles.tsv to their predicates.
func roleTable(kind string) map[string]string {
	m := map[string]string{}
	for _, f := range roleLines() {
		if f[0] == kind {
			m[f[1]] = f[2]
		}
	}
	return m
}

// roleSuffixList returns the compound suffixes of roles.tsv in file order.
func roleSuffixList() []roleSuffix {
	var s []roleSuffix
	for _, f := range roleLines() {
		if f[0] == "suffix" {
			s = append(s, roleSuffix{f[1], f[2]})
		}
	}
	return s
}
