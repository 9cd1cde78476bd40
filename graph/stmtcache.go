package graph

import (
	"context"
	"database/sql"
)

// cachedTx runs a transaction's queries through statements it prepares
// once: an import runs the same dozen queries for every entity and
// relation, and preparing (parsing) them again each time was half of the
// commit's time.
type cachedTx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
	// noneSuppressed says the project has no deleted relations (nil: not
	// asked yet); the transaction holds the write lock, so it stays true
	noneSuppressed *bool
	maxRelation    int64 // the largest relation id written or seen; -1: not asked yet
}

func newCachedTx(tx *sql.Tx) *cachedTx {
	return &cachedTx{Tx: tx, stmts: map[string]*sql.Stmt{}, maxRelation: -1}
}

func (c *cachedTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s, ok := c.stmts[q]; ok {
		return s, nil
	}
	s, err := c.Tx.PrepareContext(ctx, q) // closed with the transaction
	if err != nil {
		return nil, err
	}
	c.stmts[q] = s
	return s, nil
}

func (c *cachedTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

func (c *cachedTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.QueryContext(ctx, args...)
}

func (c *cachedTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	s, err := c.stmt(ctx, q)
	if err != nil {
		return c.Tx.QueryRowContext(ctx, q, args...) // the same error, as a row
	}
	return s.QueryRowContext(ctx, args...)
}

// suppressed reports whether the person deleted relation r (a row of
// suppressed); a project without any such row answers without a query.
func (c *cachedTx) suppressed(ctx context.Context, r relation) (bool, error) {
	if c.noneSuppressed == nil {
		var some bool
		if err := c.Tx.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM suppressed)`).Scan(&some); err != nil {
			return false, err
		}
		none := !some
		c.noneSuppressed = &none
	}
	if *c.noneSuppressed {
		return false, nil
	}
	var n int
	err := c.QueryRowContext(ctx, `SELECT count(*) FROM suppressed WHERE subject=? AND predicate=? AND object=? AND literal=?`,
		r.Subject, r.Predicate, r.Object, r.Literal).Scan(&n)
	return n > 0, err
}

// relationsBefore notes the largest relation id before the transaction
// writes any (once).
func (c *cachedTx) relationsBefore(ctx context.Context) error {
	if c.maxRelation >= 0 {
		return nil
	}
	return c.Tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM relations`).Scan(&c.maxRelation)
}

// newRelation reports whether the relation row id, just written, is new:
// SQLite gives a new row an id above every id in the table, so it is new
// when it is above the largest id written or seen before it.
func (c *cachedTx) newRelation(id int64) bool {
	if id <= c.maxRelation {
		return false
	}
	c.maxRelation = id
	return true
}
