package graph

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// provenance collects the urn:kgx:provenance graph while N-Quads are read:
// relations as nodes with label, confidence and evidence, mentions and
// document metadata.
type provenance struct {
	rels     map[string]*DataTriple
	relOrder []string
	evs      map[string]*provEvidence
	mentions map[string]int
	docMeta  map[string]map[string]string
}

type provEvidence struct {
	rel, key string
	ev       Evidence
}

func newProvenance() *provenance {
	return &provenance{rels: map[string]*DataTriple{}, evs: map[string]*provEvidence{}, mentions: map[string]int{}, docMeta: map[string]map[string]string{}}
}

// add takes one quad of the provenance graph; entity and doc register the
// entities and documents it names, as the reader does for the others.
func (p *provenance) add(q quad.Quad, entity func(quad.Value) (string, bool), doc func(quad.Value) string) {
	subj, _ := q.Subject.(quad.IRI)
	pred, _ := q.Predicate.(quad.IRI)
	s := string(subj)
	switch {
	case strings.HasPrefix(s, relationNS):
		p.relation(s, string(pred), q.Object, entity)
	case strings.HasPrefix(s, evidenceNS):
		p.evidence(s, string(pred), q.Object, doc)
	case strings.HasPrefix(s, DocumentNS):
		id := doc(q.Subject)
		if p.docMeta[id] == nil {
			p.docMeta[id] = map[string]string{}
		}
		p.docMeta[id][string(pred)] = quad.ToString(q.Object)
	case string(pred) == pvMentions:
		if ref, ok := entity(q.Subject); ok {
			p.mentions[ref] = int(number(q.Object))
		}
	}
}

func (p *provenance) relation(s, pred string, o quad.Value, entity func(quad.Value) (string, bool)) {
	t := p.rels[s]
	if t == nil {
		t = &DataTriple{}
		p.rels[s] = t
		p.relOrder = append(p.relOrder, s)
	}
	switch pred {
	case pvSubject:
		t.Subject, _ = entity(o)
	case pvObject:
		t.Object, _ = entity(o)
	case pvPredicate:
		t.Predicate = quad.ToString(o)
	case pvLiteral:
		t.Literal = quad.ToString(o)
	case pvLabel:
		t.Label = quad.ToString(o)
	case pvConfidence:
		t.Confidence = number(o)
	}
}

func (p *provenance) evidence(s, pred string, o quad.Value, doc func(quad.Value) string) {
	e := p.evs[s]
	if e == nil {
		e = &provEvidence{key: s}
		p.evs[s] = e
	}
	switch pred {
	case pvRelation:
		e.rel = string(o.(quad.IRI))
	case pvDocument:
		e.ev.Doc = doc(o)
	case pvSentence:
		e.ev.Sentence = quad.ToString(o)
	case pvStart:
		e.ev.Start = int(number(o))
	case pvEnd:
		e.ev.End = int(number(o))
	case pvLabel:
		e.ev.Label = quad.ToString(o)
	}
}

// number reads a typed literal (or its text) as a number.
func number(v quad.Value) float64 {
	switch x := v.(type) {
	case quad.Int:
		return float64(x)
	case quad.Float:
		return float64(x)
	}
	f, _ := strconv.ParseFloat(quad.ToString(v), 64)
	return f
}

// apply puts what was collected into the graph data: the relation nodes
// replace the plain relation quads (which carry less), evidence in order.
func (p *provenance) apply(g *GraphData, ents map[string]*DataEntity, docs map[string]*Document) {
	for ref, n := range p.mentions {
		if e := ents[ref]; e != nil {
			e.Mentions = n
		}
	}
	for id, m := range p.docMeta {
		if d := docs[id]; d != nil {
			d.Lang, d.Date, d.Author = m[dcLanguage], m[dcDate], m[dcCreator]
		}
	}
	if len(p.rels) == 0 {
		return
	}
	keys := make([]string, 0, len(p.evs))
	for k := range p.evs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return evidenceLess(keys[a], keys[b]) })
	for _, k := range keys {
		if t := p.rels[p.evs[k].rel]; t != nil {
			t.Evidence = append(t.Evidence, p.evs[k].ev)
		}
	}
	g.Triples = g.Triples[:0]
	for _, s := range p.relOrder {
		g.Triples = append(g.Triples, *p.rels[s])
	}
}

// evidenceLess orders evidence IRIs (…:relation/k) by relation and k as numbers.
func evidenceLess(a, b string) bool {
	na, nb := evidenceNumbers(a), evidenceNumbers(b)
	if na[0] != nb[0] {
		return na[0] < nb[0]
	}
	return na[1] < nb[1]
}

func evidenceNumbers(s string) [2]int {
	rel, k, _ := strings.Cut(strings.TrimPrefix(s, evidenceNS), "/")
	r, _ := strconv.Atoi(rel)
	n, _ := strconv.Atoi(k)
	return [2]int{r, n}
}
