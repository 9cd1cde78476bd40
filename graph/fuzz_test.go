package graph

import (
	"bytes"
	"strings"
	"testing"
)

// The graph-data readers and the query parser take any input without
// panicking; `make fuzz` runs each for a short time.

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"documents":[{"id":"d","title":"T"}],"entities":[{"id":"e1","name":"ZTE","type":"ORG"}],` +
		`"triples":[{"subject":"e1","predicate":"based_in","object_literal":"China","evidence":[{"doc":"d","sentence":"s","start":0,"end":1}]}]}`))
	f.Add([]byte(`{"entities":[{"id":"e1"}],"triples":[{"subject":"e9","object":"e1"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) { ReadJSON(bytes.NewReader(b)) })
}

func FuzzReadNQuads(f *testing.F) {
	f.Add([]byte(`<urn:kgx:e1> <urn:kgx:p:acquires> <urn:kgx:e2> <urn:kgx:doc:d1> .` + "\n" +
		`<urn:kgx:e1> <http://www.w3.org/2000/01/rdf-schema#label> "ZTE"@de .`))
	f.Add([]byte(`_:a <p> "x\u00e9"^^<http://www.w3.org/2001/XMLSchema#string> .`))
	f.Fuzz(func(t *testing.T, b []byte) { ReadNQuads(bytes.NewReader(b)) })
}

func FuzzParseQuery(f *testing.F) {
	for _, q := range []string{`?x classifies ZTE`, `?a acquires ?b . ?b based_in USA where type(?a) = ORG and confidence >= 0.6`,
		`"Lixin Cheng" ?p ?y`, `* * * where document = "a b"`, `?x`, `where`, `"unclosed`} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		parsed, err := ParseQuery(q)
		if err == nil && parsed == nil {
			t.Error("no query and no error")
		}
		if err != nil && !strings.Contains(err.Error(), "query") && err.Error() == "" {
			t.Error("an empty error")
		}
	})
}
