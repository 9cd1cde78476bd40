package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/kgx/kgx/importer"
)

// Documents annotated with character-offset entity spans, used as extra
// training text: SmartData (German news) and Re-DocRED (English Wikipedia).
const (
	SmartDataTrain = "relations/smartdata_de_train.jsonl"
	SmartDataDev   = "relations/smartdata_de_dev.jsonl"
	ReDocREDDev    = "relations/redocred_en_dev.jsonl"
)

// ReadSpanDocs reads a JSONL corpus of {"text", "entities": [{"type",
// "start", "end"}]} (character offsets) and returns its sentences, cut and
// tokenised by the importer, with PER/ORG/LOC/MISC spans. Other entity
// types, and origin adjectives annotated as places ("British", "Münchner";
// GermEval calls them LOCderiv and does not score them), count as outside.
func ReadSpanDocs(x *importer.Extractor, dir, file string) ([]Sentence, error) {
	f, err := os.Open(filepath.Join(dir, file))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var out []Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<22), 1<<22)
	for sc.Scan() {
		var d struct {
			Text     string `json:"text"`
			Entities []struct {
				Type       string `json:"type"`
				Start, End int
			} `json:"entities"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", file, err)
		}
		// character offsets → byte offsets
		byteAt := make([]int, 0, len(d.Text)+1)
		for i := range d.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(d.Text))
		nchar := utf8.RuneCountInString(d.Text)
		type ent struct {
			start, end int
			typ        string
		}
		var ents []ent
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > nchar || e.Start >= e.End {
				continue
			}
			typ := e.Type
			s, t := byteAt[e.Start], byteAt[e.End]
			if typ == "LOC" && x.IsOriginAdjective(d.Text[s:t]) {
				continue
			}
			if typ == "PER" || typ == "ORG" || typ == "LOC" || typ == "MISC" {
				ents = append(ents, ent{s, t, typ})
			}
		}
		for _, s := range importer.Segment(d.Text) {
			var sent Sentence
			for _, tok := range s.Tokens {
				sent.Tokens = append(sent.Tokens, tok.Text)
			}
			for _, e := range ents {
				from, to := -1, -1
				for i, tok := range s.Tokens {
					if tok.Start >= e.start && tok.End <= e.end {
						if from < 0 {
							from = i
						}
						to = i + 1
					}
				}
				if from >= 0 {
					sent.Spans = append(sent.Spans, Span{from, to, e.typ})
				}
			}
			if len(sent.Tokens) > 0 {
				out = append(out, sent)
			}
		}
	}
	return out, sc.Err()
}
