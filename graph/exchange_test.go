package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The structure GraphML's schema requires: keys declared before the graph,
// every data element naming a declared key, unique node ids, edges between
// declared nodes.
func TestGraphMLStructure(t *testing.T) {
	g := zteGraph()
	g.Nodes[0].Name = `Kongress <"USA"> & Co`
	var buf bytes.Buffer
	if err := g.WriteGraphML(&buf, Exchange{Color: func(int) (uint8, uint8, uint8) { return 1, 2, 3 }}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
		Keys    []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Type string `xml:"type,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		keys[k.ID] = true
	}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if ids[n.ID] {
			t.Errorf("node id %s twice", n.ID)
		}
		ids[n.ID] = true
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("undeclared key %s", d.Key)
			}
		}
	}
	if doc.Graph.EdgeDefault != "directed" || len(doc.Graph.Nodes) != 8 || len(doc.Graph.Edges) != 9 { // 7 entities + 1 literal
		t.Errorf("%s graph, %d nodes, %d edges", doc.Graph.EdgeDefault, len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s → %s to an undeclared node", e.Source, e.Target)
		}
	}
	if doc.Graph.Nodes[0].Data[0].Value != `Kongress <"USA"> & Co` {
		t.Errorf("name not escaped and read back: %q", doc.Graph.Nodes[0].Data[0].Value)
	}
	if !strings.Contains(buf.String(), `<data key="color">#010203</data>`) || !strings.Contains(buf.String(), `<data key="pagerank">`) {
		t.Error("colour or PageRank missing")
	}
}

func TestGEXFStructure(t *testing.T) {
	g := zteGraph()
	var buf bytes.Buffer
	if err := g.WriteGEXF(&buf, Exchange{}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
		Version string   `xml:"version,attr"`
		Graph   struct {
			Attributes []struct {
				Class string `xml:"class,attr"`
				Attr  []struct {
					ID string `xml:"id,attr"`
				} `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []struct {
				ID       string `xml:"id,attr"`
				Label    string `xml:"label,attr"`
				Position struct {
					X string `xml:"x,attr"`
				} `xml:"http://gexf.net/1.3/viz position"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string  `xml:"source,attr"`
				Target string  `xml:"target,attr"`
				Label  string  `xml:"label,attr"`
				Weight float64 `xml:"weight,attr"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if doc.Version != "1.3" || len(doc.Graph.Attributes) != 2 || len(doc.Graph.Nodes) != 8 || len(doc.Graph.Edges) != 9 {
		t.Fatalf("version %s, %d attribute classes, %d nodes, %d edges", doc.Version, len(doc.Graph.Attributes), len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	if doc.Graph.Nodes[0].Position.X == "" || doc.Graph.Edges[0].Label != "classifies" || doc.Graph.Edges[0].Weight != 0.8 {
		t.Errorf("viz position, edge label or weight missing: %+v %+v", doc.Graph.Nodes[0], doc.Graph.Edges[0])
	}
}

func TestNeo4jCSVAndCypher(t *testing.T) {
	g := zteGraph()
	dir := filepath.Join(t.TempDir(), "neo4j")
	if err := g.WriteNeo4jCSV(dir, Exchange{}); err != nil {
		t.Fatal(err)
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if fi, _ := f.Stat(); fi.Mode().Perm() != 0o644 {
			t.Errorf("%s mode %v, want 0644", name, fi.Mode().Perm())
		}
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	nodes, rels := read("nodes.csv"), read("relationships.csv")
	if nodes[0][0] != "id:ID" || nodes[0][len(nodes[0])-1] != ":LABEL" || len(nodes) != 9 {
		t.Errorf("nodes.csv header %v, %d rows", nodes[0], len(nodes))
	}
	if strings.Join(rels[0][:3], ",") != ":START_ID,:END_ID,:TYPE" || len(rels) != 10 || rels[1][2] != "CLASSIFIES" {
		t.Errorf("relationships.csv header %v, %d rows, first %v", rels[0], len(rels), rels[1])
	}
	var buf bytes.Buffer
	if err := g.WriteCypher(&buf, Exchange{}); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if strings.Count(s, "MERGE (n:Entity") != 8 || strings.Count(s, "]->(b)") != 9 || !strings.Contains(s, "[r:CEO_OF {id: 3}]") {
		t.Errorf("cypher:\n%s", s)
	}
	if !strings.Contains(s, `n.aliases = ['ZTE Corporation']`) {
		t.Error("aliases not a Cypher list")
	}
}
