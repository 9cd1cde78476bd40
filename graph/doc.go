// Package graph is kgx's knowledge graph: the project store (one SQLite file
// per project), the in-memory graph used for traversal and layout input, and
// the data formats (JSON, N-Quads).
//
// Data flows one way: importer results are written to a Store with
// Store.AddResult, one transaction per document; Store.Load reads the whole
// project into a Graph for the view, queries and exports.
package graph
