package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// A project file says it is one, and in which format, in its SQLite header.
const (
	applicationID = 0x6B677821 // "kgx!"
	// schemaVersion is the project format this kgx writes: 1 had no hidden
	// flag on entities; 2 has it.
	schemaVersion = 2
)

var (
	// ErrNotProject is returned for a file that is not a kgx project; it is
	// left as it was.
	ErrNotProject = errors.New("not a kgx project file")
	// ErrNewerProject is returned for a project written by a newer kgx; it
	// is left as it was.
	ErrNewerProject = errors.New("written by a newer kgx")
	// ErrDamaged is returned for a project file that is cut short or
	// otherwise broken; Backups lists the copies kept beside it.
	ErrDamaged = errors.New("the project file is damaged")
)

// keepBackups is how many backups of a project are kept; older ones go.
const keepBackups = 5

// Open opens the project at path, creating it (and its folder) if needed.
// A project of an earlier format is migrated after a backup copy is kept
// beside it; a newer one, a foreign SQLite database or any other file is
// refused and left unchanged. Any number of processes may open one project:
// write transactions take the write lock when they begin and wait for it.
func Open(path string) (*Store, error) {
	st, err := open(path)
	if err != nil {
		return nil, fmt.Errorf("open project %s: %w", path, placeError(path, err))
	}
	return st, nil
}

func open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	// no journal-mode pragma yet: a foreign database must stay as it is
	dsn := "file:" + filepath.ToSlash(path) + "?_pragma=busy_timeout(30000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := prepare(db, path); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: path}, nil
}

// checkHeader refuses a file that exists, is not empty and is no SQLite
// database, and a database cut short (its header says how long it is),
// reading only its first bytes.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if n == 0 {
		return nil // empty: a new project
	}
	if n < 16 || string(head[:16]) != "SQLite format 3\x00" {
		return ErrNotProject
	}
	if err != nil {
		return fmt.Errorf("%w: it ends inside its header (%d bytes)%s", ErrDamaged, n, backupHint(path))
	}
	return checkLength(f, head, path)
}

// checkLength compares the file's length with the page count its header
// states (when that count is valid, as SQLite writes it).
func checkLength(f *os.File, head []byte, path string) error {
	be16 := func(i int) int { return int(head[i])<<8 | int(head[i+1]) }
	be32 := func(i int) int64 {
		return int64(head[i])<<24 | int64(head[i+1])<<16 | int64(head[i+2])<<8 | int64(head[i+3])
	}
	pageSize := int64(be16(16))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages, counter, validFor := be32(28), be32(24), be32(92)
	fi, err := f.Stat()
	if err != nil || pages == 0 || counter != validFor {
		return err
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		return nil // pages not yet copied into the file wait in its write-ahead log
	}
	if want := pages * pageSize; fi.Size() < want {
		return fmt.Errorf("%w: it is cut short (%d of %d bytes)%s", ErrDamaged, fi.Size(), want, backupHint(path))
	}
	return nil
}

// Backups returns the backup copies kept beside a project, newest first.
func Backups(path string) []string {
	ext := filepath.Ext(path)
	m, _ := filepath.Glob(path[:len(path)-len(ext)] + ".*" + ext + ".bak")
	sort.Sort(sort.Reverse(sort.StringSlice(m))) // the names end in their time
	return m
}

// backupHint names the newest backup for an error message.
func backupHint(path string) string {
	b := Backups(path)
	if len(b) == 0 {
		return "; no backup of it was kept"
	}
	return fmt.Sprintf("; the newest backup is %s (open a copy of it, e.g. with File → Open project… or kgx --store)", b[0])
}

// format is what a database file holds, as far as kgx is concerned.
type format struct {
	appID, version int
	tables         map[string]bool
}

func readFormat(ctx context.Context, q execQuerier) (format, error) {
	f := format{tables: map[string]bool{}}
	if err := q.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&f.appID); err != nil {
		return f, err
	}
	if err := q.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&f.version); err != nil {
		return f, err
	}
	rows, err := q.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		return f, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return f, err
		}
		f.tables[name] = true
	}
	return f, rows.Err()
}

// kind says what to do with a file of this format: "new", "current",
// "migrate", or an error for one to refuse.
func (f format) kind() (string, error) {
	switch {
	case f.appID == applicationID && f.version > schemaVersion:
		return "", fmt.Errorf("%w (project format %d; this kgx reads up to %d): update kgx to open it", ErrNewerProject, f.version, schemaVersion)
	case f.appID == applicationID && f.version == schemaVersion:
		return "current", nil
	case f.appID == applicationID:
		return "migrate", nil
	case f.appID != 0:
		return "", fmt.Errorf("%w: an SQLite database of another program (application id %#x)", ErrNotProject, f.appID)
	case len(f.tables) == 0:
		return "new", nil
	case f.tables["entities"] && f.tables["relations"] && f.tables["documents"] && f.tables["meta"]:
		return "migrate", nil // made by a kgx before the format was stamped
	}
	return "", fmt.Errorf("%w: an SQLite database with other tables; kgx leaves it unchanged", ErrNotProject)
}

// prepare makes a new file a project, migrates an older one (keeping a
// backup first), and refuses what is not a project of a known format.
func prepare(db *sql.DB, path string) error {
	ctx := context.Background()
	f, err := readFormat(ctx, db)
	if err != nil {
		return err
	}
	kind, err := f.kind()
	if err != nil {
		return err
	}
	if kind == "migrate" {
		if _, err := Backup(ctx, db, path, fmt.Sprintf("format%d", f.version)); err != nil {
			return fmt.Errorf("no backup before the migration, so none was made: %w", err)
		}
	}
	if _, err := db.ExecContext(ctx, `PRAGMA journal_mode=WAL`); err != nil || kind == "current" {
		return err
	}
	return upgrade(ctx, db)
}

// upgrade brings the tables to the current format in one write transaction;
// another process that did it first leaves nothing to do.
func upgrade(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	f, err := readFormat(ctx, tx)
	if err != nil {
		return err
	}
	if kind, err := f.kind(); err != nil || kind == "current" {
		return err
	}
	if _, err := tx.ExecContext(ctx, schema); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `SELECT hidden FROM entities LIMIT 0`); err != nil {
		if _, err := tx.ExecContext(ctx, `ALTER TABLE entities ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0`); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d`, applicationID, schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// Backup writes a consistent copy of the project beside it
// (NAME.kgx → NAME.20261205T101500-why.kgx.bak) and returns its path;
// the oldest beyond the last five are removed.
func Backup(ctx context.Context, db execQuerier, path, why string) (string, error) {
	ext := filepath.Ext(path)
	dst := fmt.Sprintf("%s.%s-%s%s.bak", path[:len(path)-len(ext)], time.Now().UTC().Format("20060102T150405.000"), why, ext)
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, dst); err != nil {
		return "", err
	}
	backups := Backups(path)
	for _, old := range backups[min(keepBackups, len(backups)):] {
		os.Remove(old)
	}
	return dst, nil
}

// Backup keeps a copy of the project before a risky bulk change.
func (s *Store) Backup(ctx context.Context, why string) (string, error) {
	return Backup(ctx, s.db, s.path, why)
}

// Version returns a number that changes whenever another connection (another
// kgx process) commits to the project; the window polls it to show what
// others add.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v)
	return v, err
}
