package graph

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

// canonical writes everything a project says, in a fixed order and
// without its internal ids, so two projects can be compared whole.
func canonical(g *Graph) string {
	var lines []string
	for _, d := range g.Documents {
		lines = append(lines, fmt.Sprintf("doc %s|%s|%s|%s|%s|%s", d.ID, d.Title, d.Path, d.Lang, d.Date, d.Author))
	}
	name := func(id int64) string { return g.Node(id).Name }
	for _, n := range g.Nodes {
		al := slices.Clone(n.Aliases)
		slices.Sort(al)
		docs := slices.Clone(n.Docs)
		slices.Sort(docs)
		lines = append(lines, fmt.Sprintf("entity %s|%s|%v|%d|%v", n.Name, n.Type, al, n.Mentions, docs))
	}
	for _, e := range g.Edges {
		obj := e.Literal
		if e.To != 0 {
			obj = name(e.To)
		}
		var evs []string
		for _, ev := range e.Evidence {
			evs = append(evs, fmt.Sprintf("%s|%s|%d|%d|%s", ev.Doc, ev.Sentence, ev.Start, ev.End, ev.Label))
		}
		slices.Sort(evs)
		lines = append(lines, fmt.Sprintf("relation %s|%s|%s|%s|%g|%v", name(e.From), e.Predicate, obj, e.Label, e.Confidence, evs))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func TestRoundTripsLoseNothing(t *testing.T) {
	ctx := context.Background()
	st := mustStore(t)
	x := lenovo()
	x.Doc.Date, x.Doc.Author = "2026-11-30", "Anna Berger"
	x.Relations = append(x.Relations, kg.Relation{Subject: 0, Predicate: "invests_in", Object: -1, Literal: "30 Millionen Euro",
		Label: "investiert", Confidence: 0.55, Sentence: "Lenovo investiert 30 Millionen Euro.", Start: 93, End: 129})
	for _, e := range []kg.Extraction{x, second()} {
		if _, err := st.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	orig, _ := st.Load(ctx)
	want := canonical(orig)
	var js, nq bytes.Buffer
	if err := orig.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if err := orig.WriteNQuads(&nq); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		read func() (*GraphData, error)
	}{
		{"json", func() (*GraphData, error) { return ReadJSON(bytes.NewReader(js.Bytes())) }},
		{"nquads", func() (*GraphData, error) { return ReadNQuads(bytes.NewReader(nq.Bytes())) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.read()
			if err != nil {
				t.Fatal(err)
			}
			back := mustStore(t)
			if _, err := back.AddGraph(ctx, data); err != nil {
				t.Fatal(err)
			}
			g, _ := back.Load(ctx)
			if got := canonical(g); got != want {
				t.Errorf("round trip changed the project:\n--- got\n%s\n--- want\n%s", got, want)
			}
		})
	}
}
