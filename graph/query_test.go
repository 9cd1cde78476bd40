package graph

import (
	"errors"
	"strings"
	"testing"
)

// zteGraph is a small project written for these tests: who classifies
// whom, who leads what, where the companies sit.
func zteGraph() *Graph {
	g := &Graph{Documents: []Document{{ID: "d1aaaaaa", Title: "Kongress stuft ZTE ein", Path: "/a/zte.txt"}, {ID: "d2bbbbbb", Title: "Huawei news", Path: "/a/huawei.txt"}}}
	for i, n := range []struct{ name, typ, alias string }{
		{"US-Kongress", "ORG", "Congress"}, {"ZTE", "ORG", "ZTE Corporation"}, {"Huawei", "ORG", ""},
		{"Lixin Cheng", "PER", ""}, {"ZTE USA", "ORG", ""}, {"USA", "LOC", "United States"}, {"China", "LOC", ""},
	} {
		node := Node{ID: int64(i + 1), Name: n.name, Type: n.typ}
		if n.alias != "" {
			node.Aliases = []string{n.alias}
		}
		g.Nodes = append(g.Nodes, node)
	}
	rel := func(from int64, pred string, to int64, conf float64, doc, sentence string) {
		g.Edges = append(g.Edges, Edge{ID: int64(len(g.Edges) + 1), From: from, To: to, Predicate: pred, Confidence: conf,
			Label: pred, Evidence: []Evidence{{Doc: doc, Sentence: sentence}}})
	}
	rel(1, "classifies", 2, 0.8, "d1aaaaaa", "Der US-Kongress stuft ZTE als Gefahr ein.")
	rel(1, "classifies", 3, 0.8, "d1aaaaaa", "Der US-Kongress stuft auch Huawei als Gefahr ein.")
	rel(4, "ceo_of", 5, 0.85, "d1aaaaaa", "Lixin Cheng, CEO von ZTE USA, widersprach.")
	rel(5, "subsidiary_of", 2, 0.7, "d1aaaaaa", "ZTE USA ist die US-Tochter von ZTE.")
	rel(2, "based_in", 7, 0.9, "d1aaaaaa", "Der chinesische Konzern ZTE ...")
	rel(5, "based_in", 6, 0.5, "d2bbbbbb", "ZTE USA sitzt in Texas, USA.")
	rel(2, "competitor_of", 3, 0.6, "d2bbbbbb", "ZTE und Huawei konkurrieren.")
	rel(2, "related_to", 6, 0.2, "d1aaaaaa", "ZTE will in den USA wachsen.")
	g.Edges = append(g.Edges, Edge{ID: 9, From: 2, Predicate: "invests_in", Literal: "30 Millionen Dollar", Confidence: 0.6})
	g.Reindex()
	return g
}

func run(t *testing.T, g *Graph, q string) *Answer {
	t.Helper()
	parsed, err := ParseQuery(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	a, err := g.Query(parsed)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return a
}

// rows renders the matches as "x=…,y=…" lines, sorted as found.
func rows(g *Graph, a *Answer) []string {
	var out []string
	for _, m := range a.Matches {
		var parts []string
		for _, v := range a.Vars {
			parts = append(parts, v+"="+g.Text(a.Value(m, v)))
		}
		out = append(out, strings.Join(parts, ","))
	}
	return out
}

func TestQueryForms(t *testing.T) {
	g := zteGraph()
	for _, tc := range []struct {
		q    string
		want string
	}{
		{`?x classifies ZTE`, "x=US-Kongress"},
		{`?x classifies zte`, "x=US-Kongress"},               // case
		{`?x classifies "ZTE Corporation"`, "x=US-Kongress"}, // alias
		{`Congress classifies ?y`, "y=ZTE|y=Huawei"},         // alias as subject
		{`ZTEs competitor_of ?y`, "y=Huawei"},                // genitive
		{`ZTE ?p ?y`, "p=based_in,y=China|p=competitor_of,y=Huawei|p=invests_in,y=30 Millionen Dollar"},
		{`ZTE related_to ?y`, "y=USA"}, // co-occurrence only by name
		{`?a ceo_of ?b . ?b subsidiary_of ?c`, "a=Lixin Cheng,b=ZTE USA,c=ZTE"},
		{`?a classifies ?b . ?b based_in China`, "a=US-Kongress,b=ZTE"},
		{`?x based_in ?y where type(?y) = LOC and confidence >= 0.6`, "x=ZTE,y=China"},
		{`?x based_in ?y where document = "huawei"`, "x=ZTE USA,y=USA"},
		{`?x based_in ?y where document != "Kongress stuft ZTE ein"`, "x=ZTE USA,y=USA"},
		{`* classifies ?y where type(?y) != PER`, "y=ZTE|y=Huawei"},
	} {
		got := strings.Join(rows(g, run(t, g, tc.q)), "|")
		if got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.q, got, tc.want)
		}
	}
}

func TestQueryEvidenceAndNotes(t *testing.T) {
	g := zteGraph()
	a := run(t, g, `Congress classifies * `)
	if len(a.Matches) != 1 || len(a.Matches[0].Relations) != 2 {
		t.Fatalf("one row (no variables) with both relations expected: %+v", a.Matches)
	}
	if ev := a.Matches[0].Relations[0].Evidence[0]; ev.Sentence == "" || g.Document(ev.Doc).Title != "Kongress stuft ZTE ein" {
		t.Errorf("evidence %+v", ev)
	}
	a = run(t, g, `?x acquires Nokia`)
	if len(a.Matches) != 0 || len(a.Notes) != 1 || !strings.Contains(a.Notes[0], `"Nokia"`) {
		t.Errorf("unknown name: %+v", a)
	}
}

func TestQueryErrors(t *testing.T) {
	for _, tc := range []struct {
		q   string
		col int
		msg string
	}{
		{`?x classifies`, 14, `expected a term after "classifies"`},
		{`?x classifies ZTE .`, 20, `expected a pattern`},
		{`?x classifies ZTE where`, 24, `expected a filter`},
		{`?x classifies ZTE where colour = red`, 25, `unknown filter "colour"`},
		{`?x classifies ZTE where confidence >= high`, 39, `confidence is compared with a number`},
		{`?x classifies ZTE where type(x) = ORG`, 30, `expected a ?variable`},
		{`"ZTE USA ceo_of ?x`, 1, `not closed`},
		{`?x classifies ZTE Huawei`, 19, `expected " . " or "where"`},
		{``, 1, `empty`},
	} {
		_, err := ParseQuery(tc.q)
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: error %v, want a QueryError", tc.q, err)
			continue
		}
		if qe.Col != tc.col || !strings.Contains(qe.Msg, tc.msg) {
			t.Errorf("%q: %v (column %d), want column %d and %q", tc.q, err, qe.Col, tc.col, tc.msg)
		}
	}
	q, _ := ParseQuery(`?x acquire ZTE`)
	_, err := zteGraph().Query(q)
	var qe *QueryError
	if !errors.As(err, &qe) || qe.Col != 4 || !strings.Contains(qe.Error(), "query:1:4: unknown predicate \"acquire\"") {
		t.Errorf("unknown predicate: %v", err)
	}
	if c := qe.Caret(); c != "?x acquire ZTE\n   ^" {
		t.Errorf("caret line %q", c)
	}
}
