package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kgx/kgx/graph/kg"
)

// Edit is one entry of a project's edit log.
type Edit struct {
	ID      int64
	At      string
	Kind    string // merge, rename, split, type, delete, relation-delete, document-remove
	Summary string
	Undone  bool
}

// ErrNothingToUndo and ErrNothingToRedo are returned by Undo and Redo at
// the ends of the log.
var (
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrNothingToRedo = errors.New("nothing to redo")
	ErrAmbiguous     = errors.New("more than one entity has that name")
)

// edit runs apply in one transaction as a logged, undoable edit over the
// scope; apply returns entities it created, which join the scope. A new
// edit drops the undone ones (there is no redo after a new edit).
func (s *Store) edit(ctx context.Context, kind, summary string, sc scope, apply func(tx *sql.Tx) ([]int64, error)) (Edit, error) {
	e, err := s.logEdit(ctx, kind, summary, sc, apply)
	return e, placeError(s.path, err)
}

func (s *Store) logEdit(ctx context.Context, kind, summary string, sc scope, apply func(tx *sql.Tx) ([]int64, error)) (Edit, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Edit{}, err
	}
	defer tx.Rollback()
	before, err := capture(ctx, tx, sc)
	if err != nil {
		return Edit{}, err
	}
	created, err := apply(tx)
	if err != nil {
		return Edit{}, err
	}
	sc.Entities = append(sc.Entities, created...)
	after, err := capture(ctx, tx, sc)
	if err != nil {
		return Edit{}, err
	}
	payload, err := jsonString(journalEntry{Summary: summary, Scope: sc, Before: before, After: after})
	if err != nil {
		return Edit{}, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM edits WHERE undone = 1`); err != nil {
		return Edit{}, err
	}
	at := time.Now().UTC().Format(time.RFC3339)
	res, err := tx.ExecContext(ctx, `INSERT INTO edits(at, kind, payload) VALUES(?,?,?)`, at, kind, payload)
	if err != nil {
		return Edit{}, err
	}
	id, _ := res.LastInsertId()
	return Edit{ID: id, At: at, Kind: kind, Summary: summary}, tx.Commit()
}

// Undo reverts the latest edit that is in force and returns it.
func (s *Store) Undo(ctx context.Context) (Edit, error) {
	return s.walk(ctx, `SELECT id, at, kind, payload FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1`, ErrNothingToUndo, true)
}

// Redo applies again the earliest undone edit and returns it.
func (s *Store) Redo(ctx context.Context) (Edit, error) {
	return s.walk(ctx, `SELECT id, at, kind, payload FROM edits WHERE undone = 1 ORDER BY id LIMIT 1`, ErrNothingToRedo, false)
}

func (s *Store) walk(ctx context.Context, pick string, none error, undo bool) (Edit, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Edit{}, err
	}
	defer tx.Rollback()
	var e Edit
	var payload string
	if err := tx.QueryRowContext(ctx, pick).Scan(&e.ID, &e.At, &e.Kind, &payload); errors.Is(err, sql.ErrNoRows) {
		return Edit{}, none
	} else if err != nil {
		return Edit{}, err
	}
	entry, err := decodeEntry(payload)
	if err != nil {
		return Edit{}, fmt.Errorf("edit %d: %w", e.ID, err)
	}
	img := entry.After
	if undo {
		img = entry.Before
	}
	if err := restore(ctx, tx, entry.Scope, img); err != nil {
		return Edit{}, fmt.Errorf("edit %d: %w", e.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE edits SET undone = ? WHERE id = ?`, undo, e.ID); err != nil {
		return Edit{}, err
	}
	e.Summary, e.Undone = entry.Summary, undo
	return e, tx.Commit()
}

// Log returns the edits, oldest first.
func (s *Store) Log(ctx context.Context) ([]Edit, error) {
	var out []Edit
	err := s.eachRow(ctx, `SELECT id, at, kind, payload, undone FROM edits ORDER BY id`, func(sc scanner) error {
		var e Edit
		var payload string
		if err := sc.Scan(&e.ID, &e.At, &e.Kind, &payload, &e.Undone); err != nil {
			return err
		}
		entry, err := decodeEntry(payload)
		e.Summary = entry.Summary
		out = append(out, e)
		return err
	})
	return out, err
}

// entityRef is an entity as an edit names it.
type entityRef struct {
	ID         int64
	Key, Name  string
	Type       string
	searchedAs string
}

// resolveEntity finds the entity called name (canonical name or alias,
// folded), or "#id"; an ambiguous name is an error that lists the ids.
func resolveEntity(ctx context.Context, tx execQuerier, name string) (entityRef, error) {
	var ids []int64
	if id, err := strconv.ParseInt(strings.TrimPrefix(name, "#"), 10, 64); strings.HasPrefix(name, "#") && err == nil {
		ids = []int64{id}
	} else {
		var err error
		ids, err = queryIDs(ctx, tx, `SELECT e.id FROM entities e WHERE e.id IN (SELECT entity FROM aliases WHERE folded = ?)
			ORDER BY (SELECT count(*) FROM aliases a WHERE a.entity = e.id AND a.folded = ? AND a.alias = e.name) DESC, e.id`, Fold(name), Fold(name))
		if err != nil {
			return entityRef{}, err
		}
		if len(ids) == 0 {
			ids, err = namedLike(ctx, tx, name)
			if err != nil {
				return entityRef{}, err
			}
		}
	}
	if len(ids) == 0 {
		return entityRef{}, fmt.Errorf("%w: %q", ErrNoEntity, name)
	}
	if len(ids) > 1 {
		return entityRef{}, fmt.Errorf("%w: %q is #%d and #%d; name one by its #id", ErrAmbiguous, name, ids[0], ids[1])
	}
	r := entityRef{ID: ids[0], searchedAs: name}
	err := tx.QueryRowContext(ctx, `SELECT key, name, type FROM entities WHERE id = ?`, r.ID).Scan(&r.Key, &r.Name, &r.Type)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("%w: %q", ErrNoEntity, name)
	}
	return r, err
}

// queryIDs runs a query whose rows are one id each and returns the ids.
func queryIDs(ctx context.Context, tx execQuerier, q string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// namedLike finds entities by canonical name, folded, for projects whose
// names are not all in the alias table. O(entities).
func namedLike(ctx context.Context, tx execQuerier, name string) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM entities ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var n string
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		if Fold(n) == Fold(name) {
			ids = append(ids, id)
		}
	}
	return ids, rows.Err()
}

// resolve finds entities for an edit, outside its transaction.
func (s *Store) resolve(ctx context.Context, names ...string) ([]entityRef, error) {
	var out []entityRef
	for _, n := range names {
		r, err := resolveEntity(ctx, s.db, n)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// MergeEntities merges entity b into a: b's names become a's aliases, its
// relations, mentions and documents move to a (a relation a already has
// gains b's evidence), and a later import that finds b's key or names
// lands on a.
func (s *Store) MergeEntities(ctx context.Context, a, b string) (Edit, error) {
	refs, err := s.resolve(ctx, a, b)
	if err != nil {
		return Edit{}, err
	}
	ra, rb := refs[0], refs[1]
	if ra.ID == rb.ID {
		return Edit{}, fmt.Errorf("%q and %q are one entity already", a, b)
	}
	summary := fmt.Sprintf("merge %s (#%d) into %s (#%d)", rb.Name, rb.ID, ra.Name, ra.ID)
	return s.edit(ctx, "merge", summary, scope{Entities: []int64{ra.ID, rb.ID}}, func(tx *sql.Tx) ([]int64, error) {
		return nil, mergeInto(ctx, tx, ra, rb)
	})
}

func mergeInto(ctx context.Context, tx *sql.Tx, a, b entityRef) error {
	if err := moveRelations(ctx, tx, b.ID, a.ID, nil); err != nil {
		return err
	}
	for _, q := range []string{
		`INSERT OR IGNORE INTO aliases(entity, alias, folded) SELECT ?, alias, folded FROM aliases WHERE entity = ?`,
		`INSERT INTO doc_entities(doc, entity, mentions) SELECT doc, ?, mentions FROM doc_entities WHERE entity = ? AND true
			ON CONFLICT(doc, entity) DO UPDATE SET mentions = mentions + excluded.mentions`,
		`UPDATE entities SET mentions = mentions + (SELECT mentions FROM entities WHERE id = ?2) WHERE id = ?1`,
		`UPDATE redirects SET entity = ?1 WHERE entity = ?2`,
		`INSERT OR IGNORE INTO suppressed(subject, predicate, object, literal) SELECT CASE subject WHEN ?2 THEN ?1 ELSE subject END,
			predicate, CASE object WHEN ?2 THEN ?1 ELSE object END, literal FROM suppressed WHERE subject = ?2 OR object = ?2`,
		`DELETE FROM suppressed WHERE subject = ?2 OR object = ?2`,
	} {
		if _, err := tx.ExecContext(ctx, q, a.ID, b.ID); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO redirects(key, entity) VALUES(?, ?)`, b.Key, a.ID); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM entities WHERE id = ?`, b.ID)
	return err
}

// moveRelations moves relations of entity from to entity to (those keep
// filters, when not nil, by id): a relation that to has already gains the
// moved one's evidence; one that would join to with itself is dropped.
func moveRelations(ctx context.Context, tx *sql.Tx, from, to int64, keep func(int64) bool) error {
	type rel struct {
		id, subj, obj int64
		pred, lit     string
	}
	var rels []rel
	rows, err := tx.QueryContext(ctx, `SELECT id, subject, object, predicate, literal FROM relations WHERE subject = ? OR object = ?`, from, from)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r rel
		rows.Scan(&r.id, &r.subj, &r.obj, &r.pred, &r.lit)
		rels = append(rels, r)
	}
	rows.Close()
	for _, r := range rels {
		if keep != nil && !keep(r.id) {
			continue
		}
		if r.subj == from {
			r.subj = to
		}
		if r.obj == from {
			r.obj = to
		}
		if err := rehome(ctx, tx, r.id, r.subj, r.pred, r.obj, r.lit); err != nil {
			return err
		}
	}
	return nil
}

// rehome gives relation id new ends, or joins it into the relation that
// already has them.
func rehome(ctx context.Context, tx *sql.Tx, id, subj int64, pred string, obj int64, lit string) error {
	if subj == obj && lit == "" {
		_, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE id = ?`, id)
		return err
	}
	var other int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM relations WHERE subject = ? AND predicate = ? AND object = ? AND literal = ? AND id != ?`,
		subj, pred, obj, lit, id).Scan(&other)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = tx.ExecContext(ctx, `UPDATE relations SET subject = ?, object = ? WHERE id = ?`, subj, obj, id)
		return err
	}
	if err != nil {
		return err
	}
	for _, q := range []string{
		`INSERT OR IGNORE INTO evidence(relation, doc, sentence, start, end, label) SELECT ?1, doc, sentence, start, end, label FROM evidence WHERE relation = ?2`,
		`UPDATE relations SET confidence = max(confidence, (SELECT confidence FROM relations WHERE id = ?2)) WHERE id = ?1`,
		`DELETE FROM relations WHERE id = ?2`,
	} {
		if _, err := tx.ExecContext(ctx, q, other, id); err != nil {
			return err
		}
	}
	return nil
}

// RenameEntity gives entity a new canonical name; the old one stays an alias.
func (s *Store) RenameEntity(ctx context.Context, name, newName string) (Edit, error) {
	newName = strings.TrimSpace(newName)
	if newName == "" {
		return Edit{}, errors.New("the new name is empty")
	}
	refs, err := s.resolve(ctx, name)
	if err != nil {
		return Edit{}, err
	}
	r := refs[0]
	summary := fmt.Sprintf("rename %s (#%d) to %s", r.Name, r.ID, newName)
	return s.edit(ctx, "rename", summary, scope{Entities: []int64{r.ID}}, func(tx *sql.Tx) ([]int64, error) {
		if _, err := tx.ExecContext(ctx, `UPDATE entities SET name = ? WHERE id = ?`, newName, r.ID); err != nil {
			return nil, err
		}
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO aliases(entity, alias, folded) VALUES(?,?,?)`, r.ID, newName, Fold(newName))
		return nil, err
	})
}

// SetEntityType changes an entity's type (PER, ORG, LOC, PRODUCT, EVENT, MISC).
func (s *Store) SetEntityType(ctx context.Context, name, typ string) (Edit, error) {
	typ = strings.ToUpper(typ)
	if !slices.Contains([]string{kg.PER, kg.ORG, kg.LOC, kg.PRODUCT, kg.EVENT, kg.MISC}, typ) {
		return Edit{}, fmt.Errorf("type %q: use PER, ORG, LOC, PRODUCT, EVENT or MISC", typ)
	}
	refs, err := s.resolve(ctx, name)
	if err != nil {
		return Edit{}, err
	}
	r := refs[0]
	summary := fmt.Sprintf("type of %s (#%d): %s → %s", r.Name, r.ID, r.Type, typ)
	return s.edit(ctx, "type", summary, scope{Entities: []int64{r.ID}}, func(tx *sql.Tx) ([]int64, error) {
		_, err := tx.ExecContext(ctx, `UPDATE entities SET type = ? WHERE id = ?`, typ, r.ID)
		return nil, err
	})
}

// DeleteEntity removes an entity with its relations; a later import that
// finds it again leaves it out.
func (s *Store) DeleteEntity(ctx context.Context, name string) (Edit, error) {
	return s.DeleteEntities(ctx, name)
}

// DeleteEntities removes entities with their relations as one edit (one
// step of undo).
func (s *Store) DeleteEntities(ctx context.Context, names ...string) (Edit, error) {
	refs, err := s.resolve(ctx, names...)
	if err != nil {
		return Edit{}, err
	}
	return s.edit(ctx, "delete", "delete "+refList(refs), scope{Entities: refIDs(refs)}, func(tx *sql.Tx) ([]int64, error) {
		for _, r := range refs {
			// a negative entity in a redirect marks the key as deleted (and keeps it in this edit's scope)
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO redirects(key, entity) VALUES(?, ?)`, r.Key, -r.ID); err != nil {
				return nil, err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE subject = ?1 OR object = ?1`, r.ID); err != nil {
				return nil, err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM entities WHERE id = ?`, r.ID); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
}

// refList names entities for an edit's summary: "Lenovo (#1), Ungarn (#2)".
func refList(refs []entityRef) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = fmt.Sprintf("%s (#%d)", r.Name, r.ID)
	}
	return strings.Join(parts, ", ")
}

func refIDs(refs []entityRef) []int64 {
	ids := make([]int64, len(refs))
	for i, r := range refs {
		ids[i] = r.ID
	}
	return ids
}

// DeleteRelation removes relation id; the same relation read again from
// any article stays out.
func (s *Store) DeleteRelation(ctx context.Context, id int64) (Edit, error) {
	var subj, obj int64
	var pred, lit string
	err := s.db.QueryRowContext(ctx, `SELECT subject, object, predicate, literal FROM relations WHERE id = ?`, id).Scan(&subj, &obj, &pred, &lit)
	if errors.Is(err, sql.ErrNoRows) {
		return Edit{}, fmt.Errorf("no relation has the id %d", id)
	} else if err != nil {
		return Edit{}, err
	}
	ents := []int64{subj}
	if obj != 0 {
		ents = append(ents, obj)
	}
	summary := fmt.Sprintf("delete relation %d (#%d %s #%d%s)", id, subj, pred, obj, lit)
	return s.edit(ctx, "relation-delete", summary, scope{Entities: ents}, func(tx *sql.Tx) ([]int64, error) {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO suppressed(subject, predicate, object, literal) VALUES(?,?,?,?)`, subj, pred, obj, lit); err != nil {
			return nil, err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE id = ?`, id)
		return nil, err
	})
}

// SplitEntity makes alias its own entity (same type): the alias moves to
// it, with the relations whose every sentence uses the alias and none the
// entity's own name.
func (s *Store) SplitEntity(ctx context.Context, name, alias string) (Edit, error) {
	refs, err := s.resolve(ctx, name)
	if err != nil {
		return Edit{}, err
	}
	r := refs[0]
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM aliases WHERE entity = ? AND folded = ?`, r.ID, Fold(alias)).Scan(&n); err != nil {
		return Edit{}, err
	}
	if n == 0 || Fold(alias) == Fold(r.Name) {
		return Edit{}, fmt.Errorf("%q is not an alias of %s (its own name cannot be split off)", alias, r.Name)
	}
	summary := fmt.Sprintf("split %s off %s (#%d)", alias, r.Name, r.ID)
	return s.edit(ctx, "split", summary, scope{Entities: []int64{r.ID}}, func(tx *sql.Tx) ([]int64, error) {
		res, err := tx.ExecContext(ctx, `INSERT INTO entities(key, name, type, mentions) VALUES(?,?,?,0)`,
			"split:"+r.Key+":"+Fold(alias), alias, r.Type)
		if err != nil {
			return nil, err
		}
		id, _ := res.LastInsertId()
		if _, err := tx.ExecContext(ctx, `UPDATE aliases SET entity = ? WHERE entity = ? AND folded = ?`, id, r.ID, Fold(alias)); err != nil {
			return nil, err
		}
		uses := func(rel int64) bool { return relationUses(ctx, tx, rel, alias, r.Name) }
		return []int64{id}, moveRelations(ctx, tx, r.ID, id, uses)
	})
}

// relationUses reports whether every sentence of relation rel contains
// alias and none contains name (folded).
func relationUses(ctx context.Context, tx *sql.Tx, rel int64, alias, name string) bool {
	rows, err := tx.QueryContext(ctx, `SELECT sentence FROM evidence WHERE relation = ?`, rel)
	if err != nil {
		return false
	}
	defer rows.Close()
	seen := false
	for rows.Next() {
		var sent string
		rows.Scan(&sent)
		f := Fold(sent)
		if !strings.Contains(f, Fold(alias)) || strings.Contains(f, Fold(name)) {
			return false
		}
		seen = true
	}
	return seen
}

// RemoveDocument removes an article and what only it supported: its
// evidence, relations left without evidence, and entities no other
// document mentions.
func (s *Store) RemoveDocument(ctx context.Context, doc string) (Edit, error) {
	var id, title string
	err := s.db.QueryRowContext(ctx, `SELECT id, title FROM documents WHERE id = ? OR (length(?) >= 6 AND id LIKE ? || '%') OR title = ? LIMIT 1`,
		doc, doc, doc, doc).Scan(&id, &title)
	if errors.Is(err, sql.ErrNoRows) {
		return Edit{}, fmt.Errorf("no document has the id or title %q", doc)
	} else if err != nil {
		return Edit{}, err
	}
	ents, err := queryIDs(ctx, s.db, `SELECT entity FROM doc_entities WHERE doc = ?1 UNION SELECT r.subject FROM relations r JOIN evidence e ON e.relation = r.id
		WHERE e.doc = ?1 UNION SELECT r.object FROM relations r JOIN evidence e ON e.relation = r.id WHERE e.doc = ?1 AND r.object != 0`, id)
	if err != nil {
		return Edit{}, err
	}
	summary := fmt.Sprintf("remove document %q (%s)", title, id[:min(12, len(id))])
	return s.edit(ctx, "document-remove", summary, scope{Entities: ents, Docs: []string{id}}, func(tx *sql.Tx) ([]int64, error) {
		for _, q := range []string{
			// relations only this document supported go, with their evidence
			`DELETE FROM relations WHERE id IN (SELECT relation FROM evidence WHERE doc = ?1)
				AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation = relations.id AND e.doc != ?1)`,
			`DELETE FROM evidence WHERE doc = ?1`,
			`DELETE FROM doc_entities WHERE doc = ?1`,
			`DELETE FROM documents WHERE id = ?1`,
		} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return nil, err
			}
		}
		for _, e := range ents { // entities no document mentions any more
			if _, err := tx.ExecContext(ctx, `DELETE FROM relations WHERE (subject = ?1 OR object = ?1) AND NOT EXISTS (SELECT 1 FROM doc_entities WHERE entity = ?1)`, e); err != nil {
				return nil, err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM entities WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM doc_entities WHERE entity = ?1)`, e); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
}

// SetHidden hides an entity from views and images, or shows it again; it
// still answers queries and paths.
func (s *Store) SetHidden(ctx context.Context, name string, hidden bool) (Edit, error) {
	return s.SetHiddenAll(ctx, hidden, name)
}

// SetHiddenAll hides or shows entities as one edit.
func (s *Store) SetHiddenAll(ctx context.Context, hidden bool, names ...string) (Edit, error) {
	refs, err := s.resolve(ctx, names...)
	if err != nil {
		return Edit{}, err
	}
	kind, verb := "hide", "hide"
	if !hidden {
		kind, verb = "unhide", "show"
	}
	return s.edit(ctx, kind, verb+" "+refList(refs), scope{Entities: refIDs(refs)}, func(tx *sql.Tx) ([]int64, error) {
		for _, r := range refs {
			if _, err := tx.ExecContext(ctx, `UPDATE entities SET hidden = ? WHERE id = ?`, hidden, r.ID); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
}
