package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kgx/kgx/graph/kg"
)

// GraphData is graph data read from a file: kgx's JSON export or N-Quads.
type GraphData struct {
	Documents []Document
	Entities  []DataEntity
	Triples   []DataTriple
}

// DataEntity is an entity of graph data; Ref is its id within the file.
type DataEntity struct {
	Ref, Name, Type string
	Aliases         []string
	Mentions        int
}

// DataTriple is a relation of graph data between entity refs, or from an
// entity to a literal.
type DataTriple struct {
	Subject, Predicate, Object, Literal, Label string
	Confidence                                 float64
	Evidence                                   []Evidence
}

// ErrNoGraph is returned for a graph file without entities.
var ErrNoGraph = errors.New("no entities in the file")

// ReadJSON reads graph data in kgx's JSON format (DESIGN.md).
func ReadJSON(r io.Reader) (*GraphData, error) {
	var in struct {
		Documents []jsonDoc    `json:"documents"`
		Entities  []jsonEntity `json:"entities"`
		Triples   []jsonTriple `json:"triples"`
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(&in); err != nil {
		return nil, fmt.Errorf("json: %w", err)
	}
	g := &GraphData{}
	for _, d := range in.Documents {
		g.Documents = append(g.Documents, Document{ID: d.ID, Title: d.Title, Path: d.Path, Lang: d.Lang, Date: d.Date, Author: d.Author})
	}
	for _, e := range in.Entities {
		if e.ID == "" || e.Name == "" {
			return nil, fmt.Errorf("json: an entity without id or name")
		}
		g.Entities = append(g.Entities, DataEntity{Ref: e.ID, Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: e.Mentions})
	}
	for _, t := range in.Triples {
		dt := DataTriple{Subject: t.Subject, Predicate: t.Predicate, Object: t.Object, Literal: t.ObjectLiteral,
			Label: t.Label, Confidence: t.Confidence}
		for _, ev := range t.Evidence {
			lbl := ev.Label
			if lbl == "" {
				lbl = t.Label
			}
			dt.Evidence = append(dt.Evidence, Evidence{Doc: ev.Doc, Sentence: ev.Sentence, Start: ev.Start, End: ev.End, Label: lbl})
		}
		g.Triples = append(g.Triples, dt)
	}
	if len(g.Entities) == 0 {
		return nil, ErrNoGraph
	}
	return g, nil
}

// ReadNQuads reads graph data written by WriteNQuads: relation quads whose
// label is their document, names, types and aliases in the urn:kgx:meta
// graph. Relations read this way keep their documents but no sentences.
func ReadNQuads(r io.Reader) (*GraphData, error) {
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	g := &GraphData{}
	ents := map[string]*DataEntity{}
	docs := map[string]*Document{}
	prov := newProvenance()
	entity := func(v quad.Value) (string, bool) {
		iri, ok := v.(quad.IRI)
		if !ok {
			return "", false
		}
		s := string(iri)
		if !strings.HasPrefix(s, EntityNS) {
			return "", false
		}
		if ents[s] == nil {
			name := s[strings.LastIndex(s, "/")+1:]
			if n, err := url.PathUnescape(name); err == nil {
				name = n
			}
			ents[s] = &DataEntity{Ref: s, Name: name, Type: "MISC", Mentions: 1}
			g.Entities = append(g.Entities, DataEntity{Ref: s}) // filled in below
		}
		return s, true
	}
	doc := func(v quad.Value) string {
		iri, ok := v.(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), DocumentNS) {
			return ""
		}
		id := strings.TrimPrefix(string(iri), DocumentNS)
		if docs[id] == nil {
			docs[id] = &Document{ID: id, Title: id, Lang: ""}
		}
		return id
	}
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("n-quads: %w", err)
		}
		pred, _ := q.Predicate.(quad.IRI)
		label, _ := q.Label.(quad.IRI)
		switch {
		case string(label) == provGraph:
			prov.add(q, entity, doc)
		case string(label) == metaGraph:
			if id := doc(q.Subject); id != "" {
				switch string(pred) {
				case dcTitle:
					docs[id].Title = quad.ToString(q.Object)
				case dcSource:
					docs[id].Path = quad.ToString(q.Object)
				}
				continue
			}
			ref, ok := entity(q.Subject)
			if !ok {
				continue
			}
			switch string(pred) {
			case rdfsLabel:
				ents[ref].Name = quad.ToString(q.Object)
			case rdfType:
				if t, ok := q.Object.(quad.IRI); ok {
					ents[ref].Type = strings.TrimPrefix(string(t), PredicateNS)
				}
			case PredicateNS + "alias":
				ents[ref].Aliases = append(ents[ref].Aliases, quad.ToString(q.Object))
			}
		case strings.HasPrefix(string(pred), PredicateNS):
			s, ok := entity(q.Subject)
			if !ok {
				continue
			}
			t := DataTriple{Subject: s, Predicate: strings.TrimPrefix(string(pred), PredicateNS), Confidence: 0.5}
			if o, ok := entity(q.Object); ok {
				t.Object = o
			} else {
				t.Literal = quad.ToString(q.Object)
			}
			t.Label = t.Predicate
			if id := doc(q.Label); id != "" {
				t.Evidence = []Evidence{{Doc: id}}
			}
			g.Triples = append(g.Triples, t)
		}
	}
	prov.apply(g, ents, docs)
	for i := range g.Entities {
		g.Entities[i] = *ents[g.Entities[i].Ref]
	}
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g.Documents = append(g.Documents, *docs[id])
	}
	if len(g.Entities) == 0 {
		return nil, ErrNoGraph
	}
	return g, nil
}

// AddGraph writes graph data into the project in one transaction: its
// documents, entities (joining known ones by name or alias of the same
// type) and relations with their evidence. A file whose documents are all
// in the project already changes nothing.
func (s *Store) AddGraph(ctx context.Context, g *GraphData) (AddStats, error) {
	var st AddStats
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, err
	}
	defer sqlTx.Rollback()
	tx := newCachedTx(sqlTx)
	known := 0
	for _, d := range g.Documents {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, d.ID).Scan(&n); err != nil {
			return st, err
		}
		known += n
	}
	if len(g.Documents) > 0 && known == len(g.Documents) {
		st.Duplicate = true
		return st, nil
	}
	inFile := map[string]bool{}
	for _, d := range g.Documents {
		inFile[d.ID] = true
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO documents(id, title, path, lang, date, author, imported_at, text)
			VALUES(?,?,?,?,?,?,?,'')`, d.ID, d.Title, d.Path, d.Lang, d.Date, d.Author, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return st, err
		}
	}
	ids := map[string]int64{}
	for _, e := range g.Entities {
		typ := e.Type
		if typ == "" {
			typ = "MISC"
		}
		id, created, err := upsertEntity(ctx, tx, kg.Entity{Key: "name:" + Fold(e.Name), Name: e.Name, Type: typ,
			Aliases: e.Aliases, Mentions: max(e.Mentions, 1)})
		if err != nil {
			return st, fmt.Errorf("entity %q: %w", e.Name, err)
		}
		ids[e.Ref] = id
		st.Entities++
		if created {
			st.NewEnts++
		}
	}
	for _, t := range g.Triples {
		subj, ok := ids[t.Subject]
		if !ok || t.Predicate == "" {
			continue
		}
		var obj int64
		if t.Literal == "" {
			if obj, ok = ids[t.Object]; !ok || obj == subj {
				continue
			}
		}
		evs := t.Evidence
		if len(evs) == 0 {
			evs = []Evidence{{}}
		}
		for _, ev := range evs {
			if ev.Doc != "" && !inFile[ev.Doc] {
				ev.Doc = "" // provenance outside the file cannot be kept
			}
			created, err := addRelation(ctx, tx, relation{Subject: subj, Predicate: t.Predicate, Object: obj, Literal: t.Literal, Label: t.Label,
				Confidence: t.Confidence}, ev)
			if err != nil {
				return st, err
			}
			if created {
				st.NewRels++
			}
			if ev.Doc != "" {
				for _, e := range []int64{subj, obj} {
					if e != 0 {
						if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO doc_entities(doc, entity, mentions) VALUES(?,?,1)`, ev.Doc, e); err != nil {
							return st, err
						}
					}
				}
			}
		}
		st.Relations++
	}
	return st, tx.Commit()
}
