package lexicon

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

// WordList returns the words of one list of words.tsv in file order.
func WordList(name string) []string { return wordLists()[name] }

// WordSet returns the words of one list of words.tsv as a set.
func WordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, w := range WordList(name) {
		m[w] = true
	}
	return m
}

// RoleSuffix is a German compound ending that names a role, and its predicate.
type RoleSuffix struct{ Suffix, Pred string }

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

// RoleTable maps the words of one kind of roles.tsv to their predicates.
func RoleTable(kind string) map[string]string {
	m := map[string]string{}
	for _, f := range roleLines() {
		if f[0] == kind {
			m[f[1]] = f[2]
		}
	}
	return m
}

// RoleSuffixes returns the compound suffixes of roles.tsv in file order.
func RoleSuffixes() []RoleSuffix {
	var s []RoleSuffix
	for _, f := range roleLines() {
		if f[0] == "suffix" {
			s = append(s, RoleSuffix{f[1], f[2]})
		}
	}
	return s
}
