package graph

import (
	"io"
	"net/url"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// IRIs of kgx's RDF vocabulary.
const (
	EntityNS    = "urn:kgx:entity:"
	PredicateNS = "https://kgx.dev/ns/"
	DocumentNS  = "urn:kgx:doc:"
	rdfsLabel   = "http://www.w3.org/2000/01/rdf-schema#label"
	rdfType     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	dcTitle     = "http://purl.org/dc/terms/title"
	dcSource    = "http://purl.org/dc/terms/source"
	metaGraph   = "urn:kgx:meta"
	provGraph   = "urn:kgx:provenance"
	relationNS  = "urn:kgx:relation:"
	evidenceNS  = "urn:kgx:evidence:"
	dcLanguage  = "http://purl.org/dc/terms/language"
	dcDate      = "http://purl.org/dc/terms/date"
	dcCreator   = "http://purl.org/dc/terms/creator"
)

// Provenance predicates (kgx's vocabulary) of the urn:kgx:provenance graph.
const (
	pvMentions   = PredicateNS + "mentions"
	pvSubject    = PredicateNS + "subject"
	pvPredicate  = PredicateNS + "predicate"
	pvObject     = PredicateNS + "object"
	pvLiteral    = PredicateNS + "literal"
	pvLabel      = PredicateNS + "label"
	pvConfidence = PredicateNS + "confidence"
	pvRelation   = PredicateNS + "relation"
	pvDocument   = PredicateNS + "document"
	pvSentence   = PredicateNS + "sentence"
	pvStart      = PredicateNS + "start"
	pvEnd        = PredicateNS + "end"
)

// EntityIRI is the IRI of an entity in RDF exports.
func EntityIRI(n *Node) quad.IRI {
	return quad.IRI(EntityNS + strconvI(n.ID) + "/" + url.PathEscape(Fold(n.Name)))
}

func strconvI(i int64) string { return EntityRef(i)[1:] }

// Quads returns the graph as RDF quads: one quad per relation and source
// document, with the document as the quad's label (its named graph), plus
// names, types and document titles in the urn:kgx:meta graph.
func (g *Graph) Quads() []quad.Quad {
	var qs []quad.Quad
	meta := quad.IRI(metaGraph)
	iri := map[int64]quad.IRI{}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		iri[n.ID] = EntityIRI(n)
		qs = append(qs, quad.Make(iri[n.ID], quad.IRI(rdfsLabel), quad.String(n.Name), meta),
			quad.Make(iri[n.ID], quad.IRI(rdfType), quad.IRI(PredicateNS+n.Type), meta))
		for _, a := range n.Aliases {
			qs = append(qs, quad.Make(iri[n.ID], quad.IRI(PredicateNS+"alias"), quad.String(a), meta))
		}
	}
	for _, d := range g.Documents {
		doc := quad.IRI(DocumentNS + d.ID)
		qs = append(qs, quad.Make(doc, quad.IRI(dcTitle), quad.String(d.Title), meta),
			quad.Make(doc, quad.IRI(dcSource), quad.String(d.Path), meta))
	}
	for _, e := range g.Edges {
		var obj quad.Value = quad.String(e.Literal)
		if e.To != 0 {
			obj = iri[e.To]
		}
		docs := map[string]bool{}
		for _, ev := range e.Evidence {
			if docs[ev.Doc] {
				continue
			}
			docs[ev.Doc] = true
			qs = append(qs, quad.Make(iri[e.From], quad.IRI(PredicateNS+e.Predicate), obj, quad.IRI(DocumentNS+ev.Doc)))
		}
	}
	return append(qs, g.provenance(iri)...)
}

// provenance is what the relation quads cannot say, in the
// urn:kgx:provenance graph: mentions, document metadata, and each relation
// as a node with its label, confidence and evidence sentences, so that
// reading the file back loses nothing.
func (g *Graph) provenance(iri map[int64]quad.IRI) []quad.Quad {
	pg := quad.IRI(provGraph)
	var qs []quad.Quad
	add := func(s quad.Value, p string, o quad.Value) { qs = append(qs, quad.Make(s, quad.IRI(p), o, pg)) }
	for _, n := range g.Nodes {
		add(iri[n.ID], pvMentions, quad.Int(n.Mentions))
	}
	for _, d := range g.Documents {
		doc := quad.IRI(DocumentNS + d.ID)
		add(doc, dcLanguage, quad.String(d.Lang))
		add(doc, dcDate, quad.String(d.Date))
		add(doc, dcCreator, quad.String(d.Author))
	}
	for _, e := range g.Edges {
		rel := quad.IRI(relationNS + strconvI(e.ID))
		add(rel, pvSubject, iri[e.From])
		add(rel, pvPredicate, quad.String(e.Predicate))
		if e.To != 0 {
			add(rel, pvObject, iri[e.To])
		} else {
			add(rel, pvLiteral, quad.String(e.Literal))
		}
		add(rel, pvLabel, quad.String(e.Label))
		add(rel, pvConfidence, quad.Float(e.Confidence))
		for k, ev := range e.Evidence {
			evIRI := quad.IRI(evidenceNS + strconvI(e.ID) + "/" + strconvI(int64(k)))
			add(evIRI, pvRelation, rel)
			add(evIRI, pvDocument, quad.IRI(DocumentNS+ev.Doc))
			add(evIRI, pvSentence, quad.String(ev.Sentence))
			add(evIRI, pvStart, quad.Int(ev.Start))
			add(evIRI, pvEnd, quad.Int(ev.End))
			add(evIRI, pvLabel, quad.String(ev.Label))
		}
	}
	return qs
}

// WriteNQuads writes the graph as N-Quads (see Quads).
func (g *Graph) WriteNQuads(w io.Writer) error {
	nw := nquads.NewWriter(w)
	if _, err := nw.WriteQuads(g.Quads()); err != nil {
		nw.Close()
		return err
	}
	return nw.Close()
}
