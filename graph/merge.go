package graph

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/kgx/kgx/graph/kg"
)

// OpenExisting opens a project file that must exist already (a source to
// read from): a missing file is an error, not a new project.
func OpenExisting(path string) (*Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open project %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("open project %s: is a folder", path)
	}
	return Open(path)
}

// MergeProject copies another project into this one in one transaction:
// documents (with their text) deduplicated by id, entities joined by key,
// redirect, name or alias of the same type, relations joined with their
// evidence. Merging the same project twice changes nothing the second time.
func (s *Store) MergeProject(ctx context.Context, src *Store) (AddStats, error) {
	var st AddStats
	if src.path == s.path {
		return st, errors.New("a project cannot be merged into itself")
	}
	g, err := src.Load(ctx)
	if err != nil {
		return st, fmt.Errorf("read %s: %w", src.path, err)
	}
	if _, err := s.Backup(ctx, "before-merge"); err != nil {
		return st, fmt.Errorf("no backup before the merge, so no merge: %w", err)
	}
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, err
	}
	defer sqlTx.Rollback()
	tx := newCachedTx(sqlTx)
	if st.Duplicate, err = s.copyDocuments(ctx, tx, src, g); err != nil || st.Duplicate {
		return st, err
	}
	ids, err := copyEntities(ctx, tx, src, g, &st)
	if err != nil {
		return st, err
	}
	for _, e := range g.Edges {
		subj, obj := ids[e.From], ids[e.To]
		if subj == 0 || e.To != 0 && (obj == 0 || obj == subj) {
			continue
		}
		evs := e.Evidence
		if len(evs) == 0 {
			evs = []Evidence{{}}
		}
		for _, ev := range evs {
			created, err := addRelation(ctx, tx, relation{Subject: subj, Predicate: e.Predicate, Object: obj, Literal: e.Literal, Label: e.Label,
				Confidence: e.Confidence}, ev)
			if err != nil {
				return st, err
			}
			if created {
				st.NewRels++
			}
		}
		st.Relations++
	}
	return st, tx.Commit()
}

// copyDocuments copies the source's documents that are new here; dup
// reports that every one of them was here already.
func (s *Store) copyDocuments(ctx context.Context, tx execQuerier, src *Store, g *Graph) (dup bool, err error) {
	known := 0
	for _, d := range g.Documents {
		var text string
		if err := src.db.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, d.ID).Scan(&text); err != nil {
			return false, err
		}
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO documents(id, title, path, lang, date, author, imported_at, text)
			VALUES(?,?,?,?,?,?,?,?)`, d.ID, d.Title, d.Path, d.Lang, d.Date, d.Author, d.ImportedAt, text)
		if err != nil {
			return false, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			known++
		}
	}
	return len(g.Documents) > 0 && known == len(g.Documents), nil
}

// copyEntities joins each source entity to one here (or creates it) and
// returns source id → id here.
func copyEntities(ctx context.Context, tx *cachedTx, src *Store, g *Graph, st *AddStats) (map[int64]int64, error) {
	ids := map[int64]int64{}
	for _, n := range g.Nodes {
		var key string
		if err := src.db.QueryRowContext(ctx, `SELECT key FROM entities WHERE id = ?`, n.ID).Scan(&key); err != nil {
			return nil, err
		}
		id, created, err := upsertEntity(ctx, tx, kg.Entity{Key: key, Name: n.Name, Type: n.Type, Aliases: n.Aliases, Mentions: n.Mentions})
		if err != nil {
			return nil, fmt.Errorf("entity %q: %w", n.Name, err)
		}
		if id == 0 {
			continue // deleted here
		}
		ids[n.ID] = id
		st.Entities++
		if created {
			st.NewEnts++
		}
		for _, d := range n.Docs {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO doc_entities(doc, entity, mentions) VALUES(?,?,1)`, d, id); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}
