package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), "0.0.0-test", args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestImportExportStats(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "a.kgx")
	article := filepath.Join(dir, "bayer.txt")
	os.WriteFile(article, []byte("Bayer-Chef Bill Anderson will den Konzern umbauen.\nDer Leverkusener Konzern Bayer hatte Monsanto übernommen."), 0o644)
	bad := filepath.Join(dir, "broken.docx")
	os.WriteFile(bad, []byte("not a zip"), 0o644)

	out, _, code := run(t, "import", "--store", store, article, bad)
	if code != ExitFailed {
		t.Errorf("a failing file must give exit 1, got %d", code)
	}
	if !strings.Contains(out, "ok ") || !strings.Contains(out, "FAILED") || !strings.Contains(out, "broken.docx") {
		t.Errorf("summary lines:\n%s", out)
	}
	out, _, code = run(t, "stats", "--store", store)
	if code != 0 || !strings.Contains(out, "documents 1") {
		t.Errorf("stats: %d %s", code, out)
	}
	out, _, code = run(t, "export", "--store", store, "--format", "json")
	if code != 0 {
		t.Fatalf("export json exit %d", code)
	}
	var g struct {
		Entities []struct{ Name, Type string }
		Triples  []struct{ Predicate string }
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, tr := range g.Triples {
		found = found || tr.Predicate == "ceo_of"
	}
	if !found {
		t.Errorf("no ceo_of in %s", out)
	}
	img := filepath.Join(dir, "g.png")
	if _, stderr, code := run(t, "export", "--store", store, "--format", "png", "-o", img); code != 0 {
		t.Fatalf("export png: %s", stderr)
	}
	f, _ := os.Open(img)
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width < 800 || cfg.Height < 600 {
		t.Errorf("png %dx%d, %v", cfg.Width, cfg.Height, err)
	}
	if out, _, code := run(t, "query", "--store", store, "?x ceo_of ?y"); code != 0 || !strings.Contains(out, "Bill Anderson") {
		t.Errorf("query: exit %d, %s", code, out)
	}
	if _, stderr, code := run(t, "merge", "--store", store, filepath.Join(dir, "missing.kgx")); code != ExitFailed || !strings.Contains(stderr, "missing.kgx") {
		t.Errorf("merge of a missing project: exit %d, %s", code, stderr)
	}
	for _, f := range []string{"graphml", "gexf", "cypher"} {
		if out, stderr, code := run(t, "export", "--store", store, "--format", f); code != 0 || !strings.Contains(out, "Bill Anderson") {
			t.Errorf("%s: exit %d %s", f, code, stderr)
		}
	}
	csvDir := filepath.Join(dir, "neo4j")
	if _, stderr, code := run(t, "export", "--store", store, "--format", "csv", "-o", csvDir); code != 0 {
		t.Errorf("csv: %s", stderr)
	} else if b, _ := os.ReadFile(filepath.Join(csvDir, "relationships.csv")); !strings.Contains(string(b), "CEO_OF") {
		t.Errorf("relationships.csv: %s", b)
	}
}

func TestVersion(t *testing.T) {
	out, _, code := run(t, "version")
	if code != 0 || !strings.HasPrefix(out, "kgx ") {
		t.Errorf("version: %d %q", code, out)
	}
}
