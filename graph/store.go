package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/kgx/kgx/graph/kg"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// Store is an open project file.
type Store struct {
	db   *sql.DB
	path string
}

const schema = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, title TEXT NOT NULL, path TEXT NOT NULL, lang TEXT NOT NULL,
	date TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entities(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
	type TEXT NOT NULL, mentions INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS aliases(entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, alias TEXT NOT NULL,
	folded TEXT NOT NULL, PRIMARY KEY(entity, alias));
CREATE INDEX IF NOT EXISTS aliases_folded ON aliases(folded);
CREATE TABLE IF NOT EXISTS doc_entities(doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, mentions INTEGER NOT NULL, PRIMARY KEY(doc, entity));
CREATE TABLE IF NOT EXISTS relations(id INTEGER PRIMARY KEY, subject INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	predicate TEXT NOT NULL, object INTEGER NOT NULL DEFAULT 0, literal TEXT NOT NULL DEFAULT '', label TEXT NOT NULL,
	confidence REAL NOT NULL, UNIQUE(subject, predicate, object, literal));
CREATE TABLE IF NOT EXISTS evidence(relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
	doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, sentence TEXT NOT NULL, start INTEGER NOT NULL,
	end INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', PRIMARY KEY(relation, doc, start));
CREATE TABLE IF NOT EXISTS positions(entity INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
	x REAL NOT NULL, y REAL NOT NULL, pinned INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS edits(id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL,
	undone INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS redirects(key TEXT PRIMARY KEY, entity INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS suppressed(subject INTEGER NOT NULL, predicate TEXT NOT NULL, object INTEGER NOT NULL,
	literal TEXT NOT NULL DEFAULT '', PRIMARY KEY(subject, predicate, object, literal));
`

// DefaultPath returns the project used when none is given: $KGX_STORE, else
// kgx/default.kgx under the user's configuration directory.
func DefaultPath() (string, error) {
	p, err := DefaultPathFor(runtime.GOOS, os.Getenv)
	if err != nil {
		return "", fmt.Errorf("no project given and no user directory: %w", err)
	}
	return p, nil
}

// Path returns the project file's path.
func (s *Store) Path() string { return s.path }

// Close closes the project file.
func (s *Store) Close() error { return s.db.Close() }

// AddStats says what one document's import changed.
type AddStats struct {
	Duplicate          bool // the same text was imported before; nothing changed
	Entities, NewEnts  int
	Relations, NewRels int
}

// Add writes one document with its entities and relations in a single
// transaction. Entities join existing ones with the same key, or with a
// name or alias of the same type; relations join existing ones with the
// same subject, predicate and object and gain the new evidence. Importing
// the same text again changes nothing.
func (s *Store) Add(ctx context.Context, r kg.Extraction) (AddStats, error) {
	stats, err := s.addTogether(ctx, []kg.Extraction{r})
	return stats[0], placeError(s.path, err)
}

// AddAll writes several documents as Add does, in one transaction: a
// commit costs about as much as storing a news article, so an import saves
// what is ready together. When one document fails, each is written on its
// own, so that the others are kept; its error is errs[i]. err is the
// transaction's own failure (busy, disk full), when none was saved.
func (s *Store) AddAll(ctx context.Context, rs []kg.Extraction) (stats []AddStats, errs []error, err error) {
	stats, err = s.addTogether(ctx, rs)
	errs = make([]error, len(rs))
	var failed docError
	if !errors.As(err, &failed) {
		return stats, errs, placeError(s.path, err)
	}
	for i, r := range rs {
		stats[i], errs[i] = s.Add(ctx, r)
	}
	return stats, errs, nil
}

// docError is a document's failure in a transaction of several.
type docError struct{ err error }

func (e docError) Error() string { return e.err.Error() }
func (e docError) Unwrap() error { return e.err }

// addTogether writes documents in one transaction, or none of them.
func (s *Store) addTogether(ctx context.Context, rs []kg.Extraction) ([]AddStats, error) {
	stats := make([]AddStats, len(rs))
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return stats, err
	}
	defer sqlTx.Rollback()
	tx := newCachedTx(sqlTx)
	for i, r := range rs {
		if stats[i], err = addDocument(ctx, tx, r); err != nil {
			return make([]AddStats, len(rs)), docError{err}
		}
	}
	return stats, sqlTx.Commit()
}

// addDocument writes one document with its entities and relations in tx.
func addDocument(ctx context.Context, tx *cachedTx, r kg.Extraction) (AddStats, error) {
	var st AddStats
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, r.Doc.ID).Scan(&n); err != nil {
		return st, err
	}
	if n > 0 {
		st.Duplicate = true
		return st, nil
	}
	d := r.Doc
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents(id, title, path, lang, date, author, imported_at, text) VALUES(?,?,?,?,?,?,?,?)`,
		d.ID, d.Title, d.Path, d.Lang, d.Date, d.Author, time.Now().UTC().Format(time.RFC3339), d.Text); err != nil {
		return st, err
	}
	ids := make([]int64, len(r.Entities))
	for i, e := range r.Entities {
		id, created, err := upsertEntity(ctx, tx, e)
		if err != nil {
			return st, fmt.Errorf("entity %q: %w", e.Name, err)
		}
		ids[i] = id
		if id == 0 {
			continue // the person deleted it
		}
		st.Entities++
		if created {
			st.NewEnts++
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO doc_entities(doc, entity, mentions) VALUES(?,?,?)
			ON CONFLICT(doc, entity) DO UPDATE SET mentions = mentions + excluded.mentions`, d.ID, id, e.Mentions); err != nil {
			return st, err
		}
	}
	for i, rel := range r.Relations {
		if rel.Subject < 0 || rel.Subject >= len(ids) || rel.Object >= len(ids) {
			return st, fmt.Errorf("relation %d names entities %d and %d of %d", i, rel.Subject, rel.Object, len(ids))
		}
		var obj int64
		if rel.Object >= 0 {
			obj = ids[rel.Object]
		}
		subj := ids[rel.Subject]
		if subj == obj && rel.Literal == "" || subj == 0 || rel.Object >= 0 && obj == 0 {
			continue // two document entities joined one project entity, or an end was deleted
		}
		created, err := addRelation(ctx, tx, relation{Subject: subj, Predicate: rel.Predicate, Object: obj, Literal: rel.Literal,
			Label: rel.Label, Confidence: rel.Confidence}, Evidence{Doc: d.ID, Sentence: rel.Sentence, Start: rel.Start, End: rel.End, Label: rel.Label})
		if err != nil {
			return st, err
		}
		st.Relations++
		if created {
			st.NewRels++
		}
	}
	return st, nil
}

// relation is a relation's row in the store.
type relation struct {
	Subject, Object int64 // Object is 0 for a literal
	Predicate       string
	Literal, Label  string
	Confidence      float64
}

// addRelation adds a relation, or joins the same one already there (same
// subject, predicate, object), and records its evidence.
func addRelation(ctx context.Context, tx *cachedTx, r relation, ev Evidence) (created bool, err error) {
	if gone, err := tx.suppressed(ctx, r); err != nil || gone {
		return false, err // the person deleted this relation: it stays out
	}
	if err := tx.relationsBefore(ctx); err != nil {
		return false, err
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO relations(subject, predicate, object, literal, label, confidence) VALUES(?,?,?,?,?,?)
		ON CONFLICT(subject, predicate, object, literal) DO UPDATE SET confidence = max(confidence, excluded.confidence) RETURNING id`,
		r.Subject, r.Predicate, r.Object, r.Literal, r.Label, r.Confidence).Scan(&id); err != nil {
		return false, err
	}
	created = tx.newRelation(id)
	if ev.Doc != "" {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO evidence(relation, doc, sentence, start, end, label) VALUES(?,?,?,?,?,?)`,
			id, ev.Doc, ev.Sentence, ev.Start, ev.End, ev.Label); err != nil {
			return false, err
		}
	}
	return created, nil
}

type execQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// upsertEntity finds the project entity for a document entity or creates it.
func upsertEntity(ctx context.Context, tx *cachedTx, e kg.Entity) (id int64, created bool, err error) {
	// the usual case, an entity of this key, counts its mentions at once
	err = tx.QueryRowContext(ctx, `UPDATE entities SET mentions = mentions + ? WHERE key = ? RETURNING id`, e.Mentions, e.Key).Scan(&id)
	counted := err == nil
	if errors.Is(err, sql.ErrNoRows) {
		// a key the person merged into another entity, or deleted (negative)
		err = tx.QueryRowContext(ctx, `SELECT entity FROM redirects WHERE key = ?`, e.Key).Scan(&id)
		if err == nil && id < 0 {
			return 0, false, nil
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		// a known name or alias of the same type
		names := append([]string{e.Name}, e.Aliases...)
		for _, n := range names {
			err = tx.QueryRowContext(ctx, `SELECT a.entity FROM aliases a JOIN entities x ON x.id = a.entity
				WHERE a.folded = ? AND x.type = ? ORDER BY a.entity LIMIT 1`, Fold(n), e.Type).Scan(&id)
			if err == nil || !errors.Is(err, sql.ErrNoRows) {
				break
			}
		}
	}
	if errors.Is(err, sql.ErrNoRows) && e.Type == "PER" && !strings.Contains(e.Name, " ") {
		// a surname alone ("Winterkorn") joins the one known person with that surname
		ids, qerr := queryIDs(ctx, tx, `SELECT id FROM entities WHERE type = 'PER' AND name LIKE '% ' || ? LIMIT 2`, e.Name)
		if qerr != nil {
			return 0, false, qerr
		}
		if len(ids) == 1 {
			id, err = ids[0], nil
		}
	}
	if errors.Is(err, sql.ErrNoRows) {
		res, err := tx.ExecContext(ctx, `INSERT INTO entities(key, name, type, mentions) VALUES(?,?,?,?)`, e.Key, e.Name, e.Type, e.Mentions)
		if err != nil {
			return 0, false, err
		}
		id, _ = res.LastInsertId()
		created, counted = true, true
	} else if err != nil {
		return 0, false, err
	}
	if !counted {
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET mentions = mentions + ? WHERE id = ?`, e.Mentions, id); err != nil {
			return 0, false, err
		}
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO aliases(entity, alias, folded) VALUES(?,?,?)`, id, a, Fold(a)); err != nil {
			return 0, false, err
		}
	}
	return id, created, nil
}

// OpenOrDefault opens the project at path, or the default project
// (DefaultPath) when path is empty.
func OpenOrDefault(path string) (*Store, error) {
	if path == "" {
		p, err := DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return Open(path)
}

// Fold is the comparison form of a name (kg.Fold): "U.S." meets
// "US" and "Air-Berlin" meets "Air Berlin".
func Fold(s string) string { return kg.Fold(s) }

// Stats are the counts of a project.
type Stats struct{ Documents, Entities, Relations int }

// Stats counts the documents, entities and relations of the project.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM relations)`).Scan(&st.Documents, &st.Entities, &st.Relations)
	return st, err
}

// Position is a node's place in the layout.
type Position struct {
	X, Y   float64
	Pinned bool
}

// SavePositions stores layout positions, keyed by entity id, in one transaction.
func (s *Store) SavePositions(ctx context.Context, pos map[int64]Position) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for id, p := range pos {
		if _, err := tx.ExecContext(ctx, `INSERT INTO positions(entity, x, y, pinned) VALUES(?,?,?,?)
			ON CONFLICT(entity) DO UPDATE SET x=excluded.x, y=excluded.y, pinned=excluded.pinned`, id, p.X, p.Y, p.Pinned); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// DocumentText returns the full text of an imported document.
func (s *Store) DocumentText(ctx context.Context, id string) (string, error) {
	var text string
	err := s.db.QueryRowContext(ctx, `SELECT text FROM documents WHERE id = ?`, id).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("no document %s in %s", id, s.path)
	}
	return text, err
}
