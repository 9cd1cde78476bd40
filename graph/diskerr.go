package graph

import (
	"errors"
	"fmt"
)

// SQLite's primary result codes that say something about the place a
// project lives in.
const (
	sqliteBusy     = 5
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteFull     = 13
	sqliteCantOpen = 14
)

// ErrNoRoom and ErrReadOnly say that a project's place refused a write; the
// project is as it was before that write.
var (
	ErrNoRoom   = errors.New("the disk is full")
	ErrReadOnly = errors.New("the project's place is read-only")
)

// placeError turns SQLite's answers about the disk into errors a person can
// act on, naming the project; other errors pass unchanged.
func placeError(path string, err error) error {
	code, ok := sqliteCode(err)
	if !ok {
		return err
	}
	switch code {
	case sqliteFull:
		return fmt.Errorf("%w: %s could not grow; free some space and import again (what was imported before stays): %v", ErrNoRoom, path, err)
	case sqliteReadOnly:
		return fmt.Errorf("%w: %s cannot be written; copy it somewhere writable, or open it there: %v", ErrReadOnly, path, err)
	case sqliteCantOpen:
		return fmt.Errorf("%s cannot be opened or created there (a read-only or missing folder?): %w", path, err)
	case sqliteIOErr:
		return fmt.Errorf("the disk failed while writing %s (full, removed, or read-only?): %w", path, err)
	}
	return err
}

// sqliteCode returns the primary SQLite result code err carries.
func sqliteCode(err error) (int, bool) {
	var c interface{ Code() int }
	if err == nil || !errors.As(err, &c) {
		return 0, false
	}
	return c.Code() & 0xff, true
}

// IsBusy reports whether err says another writer held the project longer
// than the store waits for it.
func IsBusy(err error) bool {
	code, ok := sqliteCode(err)
	return ok && code == sqliteBusy
}
