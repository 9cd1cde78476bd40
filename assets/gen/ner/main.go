// Command ner trains the importer's entity taggers on the shared corpora
// and writes assets/models/ner_de.bin.gz and ner_en.bin.gz.
//
//	go run ./assets/gen/ner -corpora ../shared/corpora -out assets/models
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgx/kgx/importer"
	"github.com/kgx/kgx/importer/eval"
	"github.com/kgx/kgx/importer/tagger"
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "the shared corpora folder")
	out := flag.String("out", "assets/models", "output folder")
	flag.Parse()
	x, err := importer.NewExtractor()
	if err != nil {
		log.Fatal(err)
	}
	// train from the rules alone, whatever models are embedded now; the
	// part-of-speech taggers first, as the entity taggers use their tags
	x = x.WithNER("de", nil).WithNER("en", nil)
	for lang, files := range map[string][]string{"de": {eval.GSDDev, eval.GSDTest}, "en": {eval.EWTDev, eval.EWTTest}} {
		var words, tags [][]string
		for _, f := range files {
			s, err := eval.ReadTreebank(*corpora, f)
			if err != nil {
				log.Fatal(err)
			}
			for _, t := range s {
				words, tags = append(words, t.Words), append(tags, t.Tags)
			}
		}
		m := x.TrainPOS(lang, words, tags, eval.Epochs)
		save(filepath.Join(*out, "pos_"+lang+".bin.gz"), m, len(words))
		x = x.WithPOS(lang, m)
	}
	sets := map[string][]string{
		"de": {eval.GermEvalDev, eval.GermEvalTest, eval.SmartDataTrain, eval.SmartDataDev},
		"en": {eval.UNERDev, eval.UNERTest, eval.Wikigold, eval.SECFin5, eval.ReDocREDDev},
	}
	for _, lang := range []string{"de", "en"} {
		var sents []eval.Sentence
		for _, f := range sets[lang] {
			var s []eval.Sentence
			var err error
			if strings.HasSuffix(f, ".jsonl") {
				s, err = eval.ReadSpanDocs(x, *corpora, f)
			} else {
				s, err = eval.ReadCorpus(*corpora, f)
			}
			if err != nil {
				log.Fatal(err)
			}
			sents = append(sents, s...)
		}
		words := make([][]string, len(sents))
		tags := make([][]string, len(sents))
		for i, s := range sents {
			words[i], tags[i] = s.Tokens, s.Tags()
		}
		m := x.TrainNER(lang, words, tags, eval.Epochs)
		save(filepath.Join(*out, "ner_"+lang+".bin.gz"), m, len(sents))
	}
}

func save(path string, m *tagger.Model, sentences int) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fi, _ := os.Stat(path)
	fmt.Fprintf(os.Stderr, "%s: %d sentences, %d features, %d bytes\n", path, sentences, m.Features(), fi.Size())
}
