package graph

import (
	"encoding/json"
	"io"
	"strconv"
)

// JSON shapes of DESIGN.md's `kgx export --format json`.
type (
	jsonDoc struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Path   string `json:"path"`
		Lang   string `json:"lang"`
		Date   string `json:"date,omitempty"`
		Author string `json:"author,omitempty"`
	}
	jsonEntity struct {
		ID       string   `json:"id"`
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Mentions int      `json:"mentions"`
	}
	jsonEvidence struct {
		Doc      string `json:"doc"`
		Sentence string `json:"sentence"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Label    string `json:"label,omitempty"` // the words in this sentence, when they differ from the triple's
	}
	jsonTriple struct {
		Subject       string         `json:"subject"`
		Predicate     string         `json:"predicate"`
		Object        string         `json:"object,omitempty"`
		ObjectLiteral string         `json:"object_literal,omitempty"`
		Label         string         `json:"label"`
		Confidence    float64        `json:"confidence"`
		Evidence      []jsonEvidence `json:"evidence"`
	}
	jsonGraph struct {
		Documents []jsonDoc    `json:"documents"`
		Entities  []jsonEntity `json:"entities"`
		Triples   []jsonTriple `json:"triples"`
	}
)

// EntityRef is the id of an entity in the JSON export: "e" + its number.
func EntityRef(id int64) string { return "e" + strconv.FormatInt(id, 10) }

// WriteJSON writes the graph in kgx's JSON format (DESIGN.md), indented.
func (g *Graph) WriteJSON(w io.Writer) error {
	out := jsonGraph{Documents: []jsonDoc{}, Entities: []jsonEntity{}, Triples: []jsonTriple{}}
	for _, d := range g.Documents {
		out.Documents = append(out.Documents, jsonDoc{ID: d.ID, Title: d.Title, Path: d.Path, Lang: d.Lang, Date: d.Date, Author: d.Author})
	}
	for _, n := range g.Nodes {
		al := n.Aliases
		if al == nil {
			al = []string{}
		}
		out.Entities = append(out.Entities, jsonEntity{ID: EntityRef(n.ID), Name: n.Name, Type: n.Type, Aliases: al, Mentions: n.Mentions})
	}
	for _, e := range g.Edges {
		t := jsonTriple{Subject: EntityRef(e.From), Predicate: e.Predicate, Label: e.Label, Confidence: e.Confidence,
			Evidence: []jsonEvidence{}}
		if e.To != 0 {
			t.Object = EntityRef(e.To)
		} else {
			t.ObjectLiteral = e.Literal
		}
		for _, ev := range e.Evidence {
			lbl := ev.Label
			if lbl == e.Label {
				lbl = ""
			}
			t.Evidence = append(t.Evidence, jsonEvidence{Doc: ev.Doc, Sentence: ev.Sentence, Start: ev.Start, End: ev.End, Label: lbl})
		}
		out.Triples = append(out.Triples, t)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
