package importer

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/kgx/kgx/importer/lexicon"
)

// Every word list the importer's stages name exists in words.tsv: a
// misspelt list name would otherwise be an empty set, silently.
func TestWordListsExist(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`lexicon\.Word(?:Set|List)\("([a-z_]+)"\)`)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			n++
			if len(lexicon.WordList(m[1])) == 0 {
				t.Errorf("%s: word list %q is empty or missing in assets/lexicon/words.tsv", f, m[1])
			}
		}
	}
	if n < 50 {
		t.Errorf("found %d word-list references; the scan is broken", n)
	}
}
