package graph

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgx/kgx/graph/kg"
)

// Exchange is what the exchange formats (GraphML, GEXF, Neo4j CSV and
// Cypher) write besides the graph itself: ranks, groups, positions and
// colours per node, index-aligned with g.Nodes. Nil slices are computed
// (co-occurrence left out) or, for colours and positions, left out.
type Exchange struct {
	PageRank  []float64
	Degree    []int
	Community []int
	Color     func(i int) (r, g, b uint8)
	X, Y      []float64
}

// fill computes the ranks and groups that were not given.
func (x *Exchange) fill(g *Graph) {
	skip := func(e *Edge) bool { return e.Predicate == kg.CoOccurrence }
	if x.PageRank == nil {
		x.PageRank = g.PageRank(skip)
	}
	if x.Degree == nil {
		x.Degree = g.Degree(skip)
	}
	if x.Community == nil {
		x.Community = g.Communities(skip)
	}
	if x.X == nil {
		x.X, x.Y = make([]float64, len(g.Nodes)), make([]float64, len(g.Nodes))
		for i, n := range g.Nodes {
			x.X[i], x.Y[i] = n.X, n.Y
		}
	}
}

func nodeKey(id int64) string { return "e" + strconv.FormatInt(id, 10) }

var xmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;", "\n", "&#10;")

func xe(s string) string { return xmlText.Replace(s) }

// WriteGraphML writes g as GraphML (for yEd, Gephi, Cytoscape): nodes with
// name, type, aliases, mentions, degree, PageRank, community, position and
// colour; directed edges with predicate, label, confidence and evidence.
// Relations to literals become edges to literal nodes.
func (g *Graph) WriteGraphML(w io.Writer, x Exchange) error {
	x.fill(g)
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	keys := [][4]string{
		{"name", "node", "name", "string"}, {"type", "node", "type", "string"}, {"aliases", "node", "aliases", "string"},
		{"mentions", "node", "mentions", "int"}, {"degree", "node", "degree", "int"}, {"pagerank", "node", "pagerank", "double"},
		{"community", "node", "community", "int"}, {"x", "node", "x", "double"}, {"y", "node", "y", "double"},
		{"color", "node", "color", "string"}, {"predicate", "edge", "predicate", "string"}, {"label", "edge", "label", "string"},
		{"confidence", "edge", "confidence", "double"}, {"evidence", "edge", "evidence", "string"},
	}
	for _, k := range keys {
		fmt.Fprintf(bw, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k[0], k[1], k[2], k[3])
	}
	bw.WriteString(`  <graph id="kgx" edgedefault="directed">` + "\n")
	for i, n := range g.Nodes {
		fmt.Fprintf(bw, `    <node id="%s"><data key="name">%s</data><data key="type">%s</data>`, nodeKey(n.ID), xe(n.Name), n.Type)
		fmt.Fprintf(bw, `<data key="aliases">%s</data><data key="mentions">%d</data><data key="degree">%d</data>`,
			xe(strings.Join(n.Aliases, "; ")), n.Mentions, x.Degree[i])
		fmt.Fprintf(bw, `<data key="pagerank">%g</data><data key="community">%d</data><data key="x">%g</data><data key="y">%g</data>`,
			x.PageRank[i], x.Community[i], x.X[i], x.Y[i])
		if x.Color != nil {
			r, gg, b := x.Color(i)
			fmt.Fprintf(bw, `<data key="color">#%02x%02x%02x</data>`, r, gg, b)
		}
		bw.WriteString("</node>\n")
	}
	lits := g.literalNodes()
	for _, l := range lits.order {
		fmt.Fprintf(bw, `    <node id="%s"><data key="name">%s</data><data key="type">LITERAL</data></node>`+"\n", lits.id[l], xe(l))
	}
	for _, e := range g.Edges {
		to := lits.target(e)
		fmt.Fprintf(bw, `    <edge id="r%d" source="%s" target="%s"><data key="predicate">%s</data><data key="label">%s</data>`,
			e.ID, nodeKey(e.From), to, e.Predicate, xe(e.Label))
		fmt.Fprintf(bw, `<data key="confidence">%g</data><data key="evidence">%s</data></edge>`+"\n", e.Confidence, xe(evidenceText(g, &e)))
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// literals gives each distinct literal object a node id of its own.
type literals struct {
	order []string
	id    map[string]string
}

// target is the node id of a relation's object: its entity, or its literal's node.
func (l literals) target(e Edge) string {
	if e.To == 0 {
		return l.id[e.Literal]
	}
	return nodeKey(e.To)
}

func (g *Graph) literalNodes() literals {
	l := literals{id: map[string]string{}}
	for _, e := range g.Edges {
		if e.To == 0 && e.Literal != "" {
			if _, ok := l.id[e.Literal]; !ok {
				l.id[e.Literal] = "l" + strconv.Itoa(len(l.order)+1)
				l.order = append(l.order, e.Literal)
			}
		}
	}
	return l
}

// evidenceText joins a relation's sentences with their documents' titles.
func evidenceText(g *Graph, e *Edge) string {
	var parts []string
	for _, ev := range e.Evidence {
		title := g.DocumentTitle(ev.Doc)
		parts = append(parts, ev.Sentence+" ("+title+")")
	}
	return strings.Join(parts, " | ")
}

// WriteGEXF writes g as GEXF 1.3 for Gephi: node attributes (type,
// aliases, mentions, degree, PageRank, community), viz position, colour
// and size; directed edges with their predicate as label and kind,
// confidence as weight, and the relation's words and evidence.
func (g *Graph) WriteGEXF(w io.Writer, x Exchange) error {
	x.fill(g)
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
		`xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n" +
		`  <meta><creator>kgx</creator><description>knowledge graph read from news articles</description></meta>` + "\n" +
		`  <graph defaultedgetype="directed" mode="static">` + "\n" +
		`    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="aliases" title="aliases" type="string"/>` +
		`<attribute id="mentions" title="mentions" type="integer"/><attribute id="degree" title="degree" type="integer"/>` +
		`<attribute id="pagerank" title="pagerank" type="double"/><attribute id="community" title="community" type="integer"/></attributes>` + "\n" +
		`    <attributes class="edge"><attribute id="predicate" title="predicate" type="string"/><attribute id="label" title="label" type="string"/>` +
		`<attribute id="evidence" title="evidence" type="string"/></attributes>` + "\n    <nodes>\n")
	for i, n := range g.Nodes {
		fmt.Fprintf(bw, `      <node id="%s" label="%s"><attvalues><attvalue for="type" value="%s"/><attvalue for="aliases" value="%s"/>`,
			nodeKey(n.ID), xe(n.Name), n.Type, xe(strings.Join(n.Aliases, "; ")))
		fmt.Fprintf(bw, `<attvalue for="mentions" value="%d"/><attvalue for="degree" value="%d"/><attvalue for="pagerank" value="%g"/><attvalue for="community" value="%d"/></attvalues>`,
			n.Mentions, x.Degree[i], x.PageRank[i], x.Community[i])
		fmt.Fprintf(bw, `<viz:position x="%g" y="%g" z="0.0"/><viz:size value="%g"/>`, x.X[i], -x.Y[i], 4+2*float64(x.Degree[i]))
		if x.Color != nil {
			r, gg, b := x.Color(i)
			fmt.Fprintf(bw, `<viz:color r="%d" g="%d" b="%d"/>`, r, gg, b)
		}
		bw.WriteString("</node>\n")
	}
	lits := g.literalNodes()
	for _, l := range lits.order {
		fmt.Fprintf(bw, `      <node id="%s" label="%s"><attvalues><attvalue for="type" value="LITERAL"/></attvalues></node>`+"\n", lits.id[l], xe(l))
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for _, e := range g.Edges {
		to := lits.target(e)
		fmt.Fprintf(bw, `      <edge id="r%d" source="%s" target="%s" label="%s" kind="%s" weight="%g">`,
			e.ID, nodeKey(e.From), to, e.Predicate, e.Predicate, e.Confidence)
		fmt.Fprintf(bw, `<attvalues><attvalue for="predicate" value="%s"/><attvalue for="label" value="%s"/><attvalue for="evidence" value="%s"/></attvalues></edge>`+"\n",
			e.Predicate, xe(e.Label), xe(evidenceText(g, &e)))
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

// WriteNeo4jCSV writes nodes.csv and relationships.csv into dir with the
// headers neo4j-admin's bulk importer reads (:ID, :LABEL, :START_ID,
// :END_ID, :TYPE, typed properties); files are readable by all (0644).
func (g *Graph) WriteNeo4jCSV(dir string, x Exchange) error {
	x.fill(g)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	lits := g.literalNodes()
	err := writeCSVFile(filepath.Join(dir, "nodes.csv"), func(cw *csv.Writer) {
		cw.Write([]string{"id:ID", "name", "type", "aliases:string[]", "mentions:int", "degree:int", "pagerank:float", "community:int", ":LABEL"})
		for i, n := range g.Nodes {
			cw.Write([]string{nodeKey(n.ID), n.Name, n.Type, strings.Join(n.Aliases, ";"), strconv.Itoa(n.Mentions),
				strconv.Itoa(x.Degree[i]), strconv.FormatFloat(x.PageRank[i], 'g', -1, 64), strconv.Itoa(x.Community[i]), "Entity;" + n.Type})
		}
		for _, l := range lits.order {
			cw.Write([]string{lits.id[l], l, "LITERAL", "", "0", "0", "0", "0", "Literal"})
		}
	})
	if err != nil {
		return err
	}
	return writeCSVFile(filepath.Join(dir, "relationships.csv"), func(cw *csv.Writer) {
		cw.Write([]string{":START_ID", ":END_ID", ":TYPE", "id:long", "label", "confidence:float", "evidence"})
		for _, e := range g.Edges {
			to := lits.target(e)
			cw.Write([]string{nodeKey(e.From), to, strings.ToUpper(e.Predicate), strconv.FormatInt(e.ID, 10), e.Label,
				strconv.FormatFloat(e.Confidence, 'g', -1, 64), evidenceText(g, &e)})
		}
	})
}

func writeCSVFile(path string, fill func(*csv.Writer)) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	fill(cw)
	cw.Flush()
	if err := cw.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// cypherString quotes s for a Cypher string literal.
func cypherString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// WriteCypher writes a script of MERGE statements that creates or updates
// every entity (label Entity plus its type) and relation (its predicate in
// upper case as the type) in a Neo4j database; running it twice changes
// nothing.
func (g *Graph) WriteCypher(w io.Writer, x Exchange) error {
	x.fill(g)
	bw := bufio.NewWriter(w)
	bw.WriteString("// kgx knowledge graph: run with cypher-shell -f, or paste into Neo4j Browser\n")
	bw.WriteString("CREATE CONSTRAINT kgx_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n")
	for i, n := range g.Nodes {
		fmt.Fprintf(bw, "MERGE (n:Entity {id: %s}) SET n:%s, n.name = %s, n.type = %s, n.aliases = [%s], n.mentions = %d, n.pagerank = %g, n.community = %d;\n",
			cypherString(nodeKey(n.ID)), n.Type, cypherString(n.Name), cypherString(n.Type), cypherList(n.Aliases), n.Mentions, x.PageRank[i], x.Community[i])
	}
	lits := g.literalNodes()
	for _, l := range lits.order {
		fmt.Fprintf(bw, "MERGE (n:Entity:Literal {id: %s}) SET n.name = %s;\n", cypherString(lits.id[l]), cypherString(l))
	}
	for _, e := range g.Edges {
		to := lits.target(e)
		fmt.Fprintf(bw, "MATCH (a:Entity {id: %s}), (b:Entity {id: %s}) MERGE (a)-[r:%s {id: %d}]->(b) SET r.label = %s, r.confidence = %g, r.evidence = %s;\n",
			cypherString(nodeKey(e.From)), cypherString(to), strings.ToUpper(e.Predicate), e.ID, cypherString(e.Label), e.Confidence, cypherString(evidenceText(g, &e)))
	}
	return bw.Flush()
}

func cypherList(xs []string) string {
	out := make([]string, len(xs))
	for i, s := range xs {
		out[i] = cypherString(s)
	}
	return strings.Join(out, ", ")
}
