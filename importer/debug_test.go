package importer

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestDebugArticle prints what the importer finds in the file named by
// $KGX_DEBUG; it is a development aid and skips otherwise.
func TestDebugArticle(t *testing.T) {
	p := os.Getenv("KGX_DEBUG")
	if p == "" {
		t.Skip("set KGX_DEBUG to an article file to print its extraction")
	}
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	d, err := LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract(context.Background(), d, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range r.Mentions {
		fmt.Printf("M %d %q norm=%q %s head=%q conf=%.2f\n", m.Sent, m.Text, m.Norm, m.Type, m.Head, m.Conf)
	}
	for _, e := range r.Entities {
		fmt.Printf("E %s %q %s %v %d\n", e.Key, e.Name, e.Type, e.Aliases, e.Mentions)
	}
	for _, rel := range r.Relations {
		if rel.Predicate == "related_to" && os.Getenv("KGX_DEBUG_ALL") == "" {
			continue
		}
		obj := rel.Literal
		if rel.Object >= 0 {
			obj = r.Entities[rel.Object].Name
		}
		fmt.Printf("R %s —%s→ %s [%s] %.2f\n", r.Entities[rel.Subject].Name, rel.Predicate, obj, rel.Label, rel.Confidence)
	}
}
