package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Every exploring command works on a project built from the real sample
// articles (../shared/articles, outside the repository; skipped without it).
func TestCommandsOnSampleArticles(t *testing.T) {
	dir := "../../../shared/articles"
	if _, err := os.Stat(filepath.Join(dir, "de_zdnet_zte.txt")); err != nil {
		t.Skip("../shared/articles is not here; the sample-article test needs it")
	}
	var files []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	store := filepath.Join(t.TempDir(), "articles.kgx")
	if out, stderr, code := run(t, append([]string{"import", "--store", store}, files...)...); code != 0 {
		t.Fatalf("import: %d\n%s%s", code, out, stderr)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "?x classifies ZTE"}, "US-Kongress"},
		{[]string{"query", "--format", "json", `"Lixin Cheng" ceo_of ?y`}, `"ZTE USA"`},
		{[]string{"path", "Lixin Cheng", "Huawei"}, "1. Lixin Cheng —ceo_of→ ZTE USA"},
		{[]string{"neighbours", "ZTE"}, "US-Kongress"},
		{[]string{"rank", "--top", "5"}, "pagerank"},
		{[]string{"stats"}, "communities"},
		{[]string{"export", "--format", "gexf"}, "<gexf"},
		{[]string{"export", "--format", "graphml"}, "<graphml"},
		{[]string{"export", "--format", "cypher"}, "MERGE"},
		{[]string{"entity", "rename", "US-Kongress", "US Congress"}, "rename US-Kongress"},
		{[]string{"query", `?x classifies ZTE`}, "US Congress"},
		{[]string{"undo"}, "undid"},
		{[]string{"query", `?x classifies ZTE`}, "US-Kongress"},
	} {
		out, stderr, code := run(t, append([]string{tc.args[0], "--store", store}, tc.args[1:]...)...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("kgx %s: exit %d, want %q in\n%s%s", strings.Join(tc.args, " "), code, tc.want, out, stderr)
		}
	}
}

// kgx eval --articles scores the development articles as the outside
// measurement does (skipped without them or without python3).
func TestEvalArticles(t *testing.T) {
	dir, scorer := "../../../shared/articles/dev", "../../../shared/tools/score_articles.py"
	if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
		t.Skip("../shared/articles/dev is not here")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is not installed")
	}
	out, stderr, code := run(t, "eval", "--articles", dir, "--scorer", scorer)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !strings.HasPrefix(lines[len(lines)-1], "docs=") || !strings.Contains(lines[len(lines)-1], "core_labeled=") {
		t.Errorf("eval --articles: %d\n%s%s", code, out, stderr)
	}
	if _, stderr, code := run(t, "eval", "--articles", t.TempDir()); code != ExitFailed || !strings.Contains(stderr, "gold.json") {
		t.Errorf("a folder without gold: %d %s", code, stderr)
	}
}
