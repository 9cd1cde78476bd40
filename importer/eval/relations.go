package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgx/kgx/importer"
)

// RelReport is the recall of gold relations of one kind.
type RelReport struct {
	Corpus, Relation string
	Predicates       []string // the canonical predicates that count as right
	Gold             int      // distinct (head, tail) pairs per document
	Right            int      // found with one of Predicates, in the gold direction
	Connected        int      // found with any relation between the two
}

// RightRecall is Right/Gold.
func (r RelReport) RightRecall() float64 { return ratio(r.Right, r.Gold) }

// ConnectedRecall is Connected/Gold.
func (r RelReport) ConnectedRecall() float64 { return ratio(r.Connected, r.Gold) }

type relDoc struct {
	Lang      string `json:"lang"`
	Text      string `json:"text"`
	Relations []struct {
		Head     *string  `json:"head"`
		Relation string   `json:"relation"`
		Tail     *string  `json:"tail"`
		HeadAl   []string `json:"head_aliases"`
		TailAl   []string `json:"tail_aliases"`
	} `json:"relations"`
}

// relMap maps a corpus relation to the canonical predicates that express
// it; reversed means the corpus's head is kgx's object.
type relMap struct {
	preds    []string
	reversed bool
}

var smartdataRels = map[string]relMap{
	"Acquisition":            {[]string{"acquires"}, false},
	"OrganizationLeadership": {[]string{"ceo_of", "chair_of", "employee_of", "founder_of"}, false},
}

var redocredRels = map[string]relMap{
	"owned by":                     {[]string{"owns"}, true},
	"employer":                     {[]string{"employee_of", "ceo_of", "chair_of", "founder_of"}, false},
	"parent organization":          {[]string{"subsidiary_of"}, false},
	"subsidiary":                   {[]string{"subsidiary_of"}, true},
	"headquarters location":        {[]string{"based_in"}, false},
	"founded by":                   {[]string{"founder_of"}, true},
	"chairperson":                  {[]string{"chair_of"}, true},
	"manufacturer":                 {[]string{"produces"}, true},
	"product or material produced": {[]string{"produces"}, false},
	"member of":                    {[]string{"member_of"}, false},
	"member of political party":    {[]string{"member_of"}, false},
}

// Relations scores relation recall on a JSONL corpus (SmartData or
// Re-DocRED as converted in ../shared/corpora/relations).
func Relations(ctx context.Context, x *importer.Extractor, name, path string, kinds map[string]relMap) ([]RelReport, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	reps := map[string]*RelReport{}
	var order []string
	for k, m := range kinds {
		reps[k] = &RelReport{Corpus: name, Relation: k, Predicates: m.preds}
	}
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var d relDoc
			if jerr := json.Unmarshal(line, &d); jerr != nil {
				return nil, fmt.Errorf("eval: %s: %w", path, jerr)
			}
			if err := scoreDoc(ctx, x, d, kinds, reps); err != nil {
				return nil, err
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	for k := range kinds {
		order = append(order, k)
	}
	var out []RelReport
	for _, k := range sortedKeys(order) {
		out = append(out, *reps[k])
	}
	return out, nil
}

func sortedKeys(ks []string) []string {
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func scoreDoc(ctx context.Context, x *importer.Extractor, d relDoc, kinds map[string]relMap, reps map[string]*RelReport) error {
	type key struct{ rel, head, tail string }
	gold := map[key][2][]string{}
	for _, r := range d.Relations {
		if _, ok := kinds[r.Relation]; !ok || r.Head == nil || r.Tail == nil {
			continue
		}
		gold[key{r.Relation, *r.Head, *r.Tail}] = [2][]string{append([]string{*r.Head}, r.HeadAl...), append([]string{*r.Tail}, r.TailAl...)}
	}
	if len(gold) == 0 {
		return nil
	}
	lang := d.Lang
	if lang == "" {
		lang = "de"
	}
	res, err := x.Extract(ctx, importer.Document{Text: strings.TrimSpace(d.Text)}, lang)
	if err != nil {
		return err
	}
	for k, names := range gold {
		rep := reps[k.rel]
		m := kinds[k.rel]
		rep.Gold++
		heads, tails := matching(res, names[0]), matching(res, names[1])
		right, connected := false, false
		for _, rel := range res.Relations {
			if rel.Object < 0 {
				continue
			}
			s, o := rel.Subject, rel.Object
			fwd := heads[s] && tails[o]
			back := heads[o] && tails[s]
			if fwd || back {
				connected = true
			}
			dir := fwd
			if m.reversed {
				dir = back
			}
			if dir || (fwd || back) && isSymmetric(rel.Predicate) {
				for _, p := range m.preds {
					if rel.Predicate == p {
						right = true
					}
				}
			}
		}
		if right {
			rep.Right++
		}
		if connected {
			rep.Connected++
		}
	}
	return nil
}

func isSymmetric(p string) bool {
	return p == "merges_with" || p == "partner_of" || p == "competitor_of"
}

// matching returns the entities whose name or an alias matches one of the
// gold names (compared folded; a one-word difference such as a legal form
// or a first name is allowed).
func matching(res *importer.Result, names []string) map[int]bool {
	out := map[int]bool{}
	surfaces := make([][]string, len(res.Entities)) // the gold names are surfaces: "der Deutschen Gesellschaft"
	for _, m := range res.Mentions {
		surfaces[m.Entity] = append(surfaces[m.Entity], m.Text)
	}
	for i, e := range res.Entities {
		for _, n := range append(append([]string{e.Name}, e.Aliases...), surfaces[i]...) {
			for _, g := range names {
				if namesMatch(n, g) {
					out[i] = true
				}
			}
		}
	}
	return out
}

func namesMatch(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if fa == "" || fb == "" {
		return false
	}
	if fa == fb {
		return true
	}
	wa, wb := strings.Fields(fa), strings.Fields(fb)
	short, long := wa, wb
	if len(wa) > len(wb) {
		short, long = wb, wa
	}
	if len(long)-len(short) != 1 {
		return false
	}
	// "Deutsche Bahn" ~ "Deutsche Bahn AG", "Müller" ~ "Matthias Müller"
	return strings.Join(long[1:], " ") == strings.Join(short, " ") || strings.Join(long[:len(long)-1], " ") == strings.Join(short, " ")
}

func fold(s string) string {
	s = strings.ToLower(s)
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", ".", "", "-", " ", ",", " ", "’s", "", "'s", "")
	return strings.Join(strings.Fields(r.Replace(s)), " ")
}

// RunRelations scores SmartData (train and dev) and Re-DocRED dev under
// dir. The entity taggers used are trained here on corpora that do not
// contain these documents (GermEval for German; UNER, wikigold and SEC for
// English), so no document is read by a model that has seen it.
func RunRelations(ctx context.Context, x *importer.Extractor, dir string) ([]RelReport, error) {
	rules := x.WithNER("de", nil).WithNER("en", nil)
	train := func(lang string, files ...string) (*importer.Extractor, error) {
		var sents []Sentence
		for _, f := range files {
			s, err := ReadCorpus(dir, f)
			if err != nil {
				return nil, err
			}
			sents = append(sents, s...)
		}
		return Train(rules, lang, sents, Epochs), nil
	}
	de, err := train("de", GermEvalDev, GermEvalTest)
	if err != nil {
		return nil, err
	}
	en, err := train("en", UNERDev, UNERTest, Wikigold, SECFin5)
	if err != nil {
		return nil, err
	}
	y := de.WithNER("en", en.NER("en"))
	var out []RelReport
	for _, c := range []struct {
		name, file string
		kinds      map[string]relMap
	}{
		{"SmartData train", SmartDataTrain, smartdataRels},
		{"SmartData dev", SmartDataDev, smartdataRels},
		{"Re-DocRED dev", ReDocREDDev, redocredRels},
	} {
		r, err := Relations(ctx, y, c.name, filepath.Join(dir, c.file), c.kinds)
		if err != nil {
			return out, err
		}
		out = append(out, r...)
	}
	return out, nil
}

// WriteRelations prints relation reports as a table.
func WriteRelations(w io.Writer, reps []RelReport) {
	fmt.Fprintf(w, "%-16s %-29s %5s  %-13s %-9s %s\n", "corpus", "relation", "gold", "right pred.", "connected", "counts as right")
	for _, r := range reps {
		if r.Gold == 0 {
			continue
		}
		fmt.Fprintf(w, "%-16s %-29s %5d  %-13.2f %-9.2f %s\n", r.Corpus, r.Relation, r.Gold, r.RightRecall(), r.ConnectedRecall(), strings.Join(r.Predicates, " "))
	}
}
