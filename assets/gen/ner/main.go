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
)

func main() {
	corpora := flag.String("corpora", "../shared/corpora", "the shared corpora folder")
	out := flag.String("out", "assets/models", "output folder")
	flag.Parse()
	x, err := importer.NewExtractor()
	if err != nil {
		log.Fatal(err)
	}
	// train from the rules alone, whatever models are embedded now
	x = x.WithNER("de", nil).WithNER("en", nil)
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
		path := filepath.Join(*out, "ner_"+lang+".bin.gz")
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
		fmt.Fprintf(os.Stderr, "%s: %d sentences, %d features, %d bytes\n", path, len(sents), m.Features(), fi.Size())
	}
}
