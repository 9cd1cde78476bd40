package graph

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgx/kgx/graph/kg"
)

// smallDisk mounts a tmpfs of the given options for the test, or skips
// where the machine does not allow it (not root, no mount).
func smallDisk(t *testing.T, opts string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small or read-only disk needs root; skipped")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("this machine cannot mount a tmpfs (%v: %s); skipped", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

func bigArticle(i int) kg.Extraction {
	x := article(9, i)
	x.Doc.Text = strings.Repeat("Siemens übernimmt einen weiteren Softwarehersteller in Europa. ", 400)
	return x
}

// On a full disk an import fails with a clear error and the project keeps
// every document imported before, and opens.
func TestDiskFullKeepsWhatWasImported(t *testing.T) {
	dir := smallDisk(t, "size=400k")
	path := filepath.Join(dir, "p.kgx")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ok := 0
	var full error
	for i := 0; i < 200 && full == nil; i++ {
		if _, err := st.Add(context.Background(), bigArticle(i)); err != nil {
			full = err
		} else {
			ok++
		}
	}
	if !errors.Is(full, ErrNoRoom) || !strings.Contains(full.Error(), path) {
		t.Fatalf("filling the disk: %v (after %d articles)", full, ok)
	}
	st.Close()
	st, err = Open(path)
	if err != nil {
		t.Fatalf("the project does not open after the disk filled: %v", err)
	}
	defer st.Close()
	g, err := st.Load(context.Background())
	if err != nil || len(g.Documents) != ok {
		t.Errorf("%d documents after the full disk, %d were imported; %v", len(g.Documents), ok, err)
	}
}

// A project in a read-only place gives a clear error and is left as it was.
func TestReadOnlyPlace(t *testing.T) {
	dir := smallDisk(t, "size=2m")
	path := filepath.Join(dir, "p.kgx")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Add(context.Background(), article(0, 0))
	st.Close()
	before, _ := os.ReadFile(path)
	if out, err := exec.Command("mount", "-o", "remount,ro", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v %s", err, out)
	}
	st, err = Open(path)
	if err == nil {
		_, err = st.Add(context.Background(), article(0, 1))
		st.Close()
	}
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("writing to a read-only project: %v", err)
	}
	t.Logf("writing to a read-only project: %v", err)
	if _, err := Open(filepath.Join(dir, "new.kgx")); err == nil || !strings.Contains(err.Error(), "read-only") && !strings.Contains(err.Error(), "cannot be opened or created") {
		t.Errorf("creating a project in a read-only folder: %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the read-only project changed")
	}
}
