// Package assets embeds kgx's data files: the application icon, the demo
// articles, and the generated lexicons and gazetteers used by the importer.
// Each generated table is rebuilt by assets/gen/gen.sh; NOTICE.md names its
// source and licence.
package assets

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

//go:embed lexicon/*
var lexicons embed.FS

//go:embed demo/*
var demo embed.FS

//go:embed models
var models embed.FS

// Model returns the bytes of a trained model in models/, or an error
// wrapping fs.ErrNotExist.
func Model(name string) ([]byte, error) { return models.ReadFile("models/" + name) }

//go:embed i18n/*.json
var translations embed.FS

// Translation returns the interface text of a language (i18n/LANG.json:
// English text → translation), or an error wrapping fs.ErrNotExist.
func Translation(lang string) ([]byte, error) { return translations.ReadFile("i18n/" + lang + ".json") }

//go:embed NOTICE.md
var notice string

// Notice returns NOTICE.md: the sources and licences of the embedded data
// and models, for the About box.
func Notice() string { return notice }

//go:embed icon.png
var icon []byte

// Icon returns the PNG bytes of the kgx application icon.
func Icon() []byte { return icon }

// Demo returns the folder of demo articles written for kgx.
func Demo() fs.FS {
	sub, _ := fs.Sub(demo, "demo")
	return sub
}

// EachLine calls fn for every non-empty line of the named table in lexicon/
// (for example "de_nouns.tsv.gz"), split at tabs. Names ending in ".gz" are
// decompressed; lines starting with "#" are comments.
func EachLine(name string, fn func(fields []string)) error {
	f, err := lexicons.Open("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("assets: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("assets: %s: %w", name, err)
		}
		r = zr
	}
	return eachLine(r, fn)
}

func eachLine(r io.Reader, fn func([]string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != '#' {
			fn(strings.Split(l, "\t"))
		}
	}
	return sc.Err()
}
