package importer

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgx/kgx/importer/lexicon"
)

// Every word list the importer's stages (and the lexicon) name exists in words.tsv: a
// misspelt list name would otherwise be an empty set, silently.
func TestWordListsExist(t *testing.T) {
	var files []string
	filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".go") {
			files = append(files, p)
		}
		return err
	})
	re := regexp.MustCompile(`\bWord(?:Set|List)\("([^"]+)"\)`)
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
