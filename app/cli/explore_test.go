package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// zteStore imports an article written for this test into a new project.
func zteStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	store := filepath.Join(dir, "p.kgx")
	article := filepath.Join(dir, "zte.txt")
	os.WriteFile(article, []byte("Kongress stuft ZTE als Gefahr ein\n\n"+
		"Der US-Kongress hat ZTE und Huawei als Gefahr für die nationale Sicherheit eingestuft.\n"+
		"Lixin Cheng, CEO von ZTE USA, widersprach.\n"+
		"ZTE USA ist eine Tochter von ZTE.\n"+
		"Der chinesische Konzern ZTE konkurriert mit dem Rivalen Huawei."), 0o644)
	if _, stderr, code := run(t, "import", "--store", store, article); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	return store
}

func TestQueryCommand(t *testing.T) {
	store := zteStore(t)
	out, stderr, code := run(t, "query", "--store", store, "?x", "classifies", "ZTE")
	if code != 0 || !strings.Contains(out, "US-Kongress") || !strings.Contains(out, "nationale Sicherheit") {
		t.Errorf("table: %d %q %q", code, out, stderr)
	}
	out, _, code = run(t, "query", "--store", store, "--format", "json", `?p ceo_of "ZTE USA"`)
	var ans struct {
		Vars []string
		Rows []struct {
			Bindings  map[string]struct{ Name, Type string }
			Relations []struct {
				Predicate string
				Evidence  []struct{ Sentence, Title string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &ans); err != nil || code != 0 {
		t.Fatalf("json: %v %s", err, out)
	}
	if len(ans.Rows) != 1 || ans.Rows[0].Bindings["p"].Name != "Lixin Cheng" || ans.Rows[0].Bindings["p"].Type != "PER" ||
		ans.Rows[0].Relations[0].Evidence[0].Title != "Kongress stuft ZTE als Gefahr ein" {
		t.Errorf("json answer: %+v", ans)
	}
	out, _, _ = run(t, "query", "--store", store, "--format", "csv", "?a ceo_of ?b . ?b subsidiary_of ?c")
	if !strings.HasPrefix(out, "a,b,c,relations,evidence\n") || !strings.Contains(out, "Lixin Cheng,ZTE USA,ZTE,") {
		t.Errorf("csv: %q", out)
	}
	_, stderr, code = run(t, "query", "--store", store, "?x classifies")
	if code != ExitNotImplemented || !strings.Contains(stderr, "query:1:14: expected a term after \"classifies\"\n?x classifies\n             ^") {
		t.Errorf("malformed: exit %d, %q", code, stderr)
	}
}

func TestPathNeighboursRankStats(t *testing.T) {
	store := zteStore(t)
	out, stderr, code := run(t, "path", "--store", store, "Lixin Cheng", "Huawei")
	if code != 0 || !strings.Contains(out, "1. Lixin Cheng —ceo_of→ ZTE USA —subsidiary_of→ ZTE —competitor_of→ Huawei") ||
		!strings.Contains(out, "“Lixin Cheng, CEO von ZTE USA, widersprach.”") {
		t.Errorf("path: %d\n%s%s", code, out, stderr)
	}
	if _, stderr, code := run(t, "path", "--store", store, "Lixin Cheng", "Nokia"); code != ExitFailed || !strings.Contains(stderr, `no entity is called "Nokia"`) {
		t.Errorf("unknown entity: %d %q", code, stderr)
	}
	out, _, code = run(t, "neighbours", "--store", store, "--depth", "1", "ZTE")
	if code != 0 || !strings.Contains(out, "US-Kongress") || strings.Contains(out, "Lixin Cheng  ") {
		t.Errorf("neighbours: %d\n%s", code, out)
	}
	out, _, code = run(t, "rank", "--store", store, "--top", "1")
	if code != 0 || !strings.Contains(out, "1     ZTE ") {
		t.Errorf("rank: %d\n%s", code, out)
	}
	out, _, code = run(t, "stats", "--store", store)
	if code != 0 || !strings.Contains(out, "components 1") || !strings.Contains(out, "top by pagerank ZTE") || !strings.Contains(out, "top by degree ZTE") {
		t.Errorf("stats: %d\n%s", code, out)
	}
}

func TestEditCommands(t *testing.T) {
	store := zteStore(t)
	out, stderr, code := run(t, "entity", "merge", "--store", store, "ZTE", "ZTE USA")
	if code != 0 || !strings.Contains(out, "merge ZTE USA") {
		t.Fatalf("merge: %d %s %s", code, out, stderr)
	}
	out, _, _ = run(t, "query", "--store", store, `"Lixin Cheng" ceo_of ?x`)
	if !strings.Contains(out, "\nZTE\n") {
		t.Errorf("after the merge Lixin Cheng heads ZTE:\n%s", out)
	}
	if out, _, code = run(t, "undo", "--store", store); code != 0 || !strings.Contains(out, "undid edit 1") {
		t.Errorf("undo: %d %s", code, out)
	}
	out, _, _ = run(t, "query", "--store", store, `"Lixin Cheng" ceo_of ?x`)
	if !strings.Contains(out, "ZTE USA") {
		t.Errorf("after undo Lixin Cheng heads ZTE USA again:\n%s", out)
	}
	if _, _, code = run(t, "redo", "--store", store); code != 0 {
		t.Error("redo failed")
	}
	if out, _, _ = run(t, "log", "--store", store); !strings.Contains(out, "merge ZTE USA (#") || strings.Contains(out, "undone") {
		t.Errorf("log:\n%s", out)
	}
	for _, args := range [][]string{
		{"entity", "rename", "ZTE", "ZTE Corporation"}, {"entity", "type", "Huawei", "ORG"},
		{"relation", "delete", "1"}, {"document", "remove", "Kongress stuft ZTE als Gefahr ein"},
	} {
		if out, stderr, code := run(t, append(append([]string{}, args...), "--store", store)...); code != 0 {
			t.Errorf("%v: %d %s %s", args, code, out, stderr)
		}
	}
	if out, _, _ := run(t, "stats", "--store", store); !strings.Contains(out, "documents 0") {
		t.Errorf("after removing the only document:\n%s", out)
	}
	if _, stderr, code := run(t, "entity", "merge", "--store", store, "Nokia", "ZTE"); code != ExitFailed || !strings.Contains(stderr, `"Nokia"`) {
		t.Errorf("unknown name: %d %s", code, stderr)
	}
	if _, _, code := run(t, "entity", "frobnicate", "--store", store, "ZTE"); code != ExitNotImplemented {
		t.Errorf("unknown edit: %d", code)
	}
}
