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
}

func newCachedTx(tx *sql.Tx) *cachedTx { return &cachedTx{Tx: tx, stmts: map[string]*sql.Stmt{}} }

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
