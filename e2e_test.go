package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/jezek/xgb/xproto"
	"github.com/kgx/kgx/app/xdnd"
)

// startXvfb starts a virtual X server and returns its display name.
func startXvfb(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Skip("Xvfb is not installed (apt-get install xvfb); the end-to-end test needs it")
	}
	for n := 90; n < 140; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		cmd := exec.Command(bin, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() })
		for i := 0; i < 50; i++ {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return display
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("Xvfb %s did not start", display)
	}
	t.Fatal("no free X display")
	return ""
}

func buildKgx(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kgx")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestEndToEndDrop starts the real kgx window under Xvfb, drops an article
// on it through the X11 XDND protocol, and checks with `kgx export` that
// the project holds its entities.
func TestEndToEndDrop(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	display := startXvfb(t)
	bin := buildKgx(t)
	dir := t.TempDir()
	store := filepath.Join(dir, "e2e.kgx")
	env := append(os.Environ(), "DISPLAY="+display, "LANG=en_US.UTF-8", "KGX_STORE=")

	// The seed article when the shared folder is there, else a text of ours.
	article, want := "../shared/articles/de_zdnet_zte.txt", []string{"ZTE", "Huawei", "Lixin Cheng", "US-Kongress"}
	if _, err := os.Stat(article); err != nil {
		article = filepath.Join(dir, "lenovo.txt")
		os.WriteFile(article, []byte("Der chinesische Computerhersteller Lenovo hat ein Werk in Ungarn eröffnet.\nYang Yuanqing, CEO von Lenovo, sprach von einem wichtigen Schritt."), 0o644)
		want = []string{"Lenovo", "Yang Yuanqing", "Ungarn"}
	}

	gui := exec.Command(bin, "--store", store)
	gui.Env = env
	var guiOut bytes.Buffer
	gui.Stdout, gui.Stderr = &guiOut, &guiOut
	if err := gui.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		gui.Process.Kill()
		gui.Wait()
		if t.Failed() {
			t.Logf("kgx output:\n%s", guiOut.String())
		}
	})

	src, err := xdnd.Dial(display)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	win, err := src.FindWindow("kgx", 60*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if err := src.WaitMapped(win, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	dropFiles(t, src, win, []string{article})
	waitForEntities(t, bin, store, env, want)
	screenshot(t, display, dir)
}

// dropFiles drops files on the window through XDND; a window that has just
// appeared may not take drops yet, so it tries again a few times.
func dropFiles(t *testing.T, src *xdnd.Source, win xproto.Window, files []string) {
	t.Helper()
	for attempt := 1; ; attempt++ {
		err := src.DropFiles(win, files, 30*time.Second)
		if err == nil {
			return
		}
		if !errors.Is(err, xdnd.ErrRefused) || attempt == 20 {
			t.Fatalf("drop (attempt %d): %v", attempt, err)
		}
		src.Leave(win)
		time.Sleep(500 * time.Millisecond)
	}
}

// waitForEntities polls the project through the command line (the import
// runs in the window's background) until it names every entity in want.
func waitForEntities(t *testing.T, bin, store string, env, want []string) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	var missing []string
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, bin, "export", "--store", store, "--format", "json")
		cmd.Env = env
		out, err := cmd.Output()
		cancel()
		var g struct{ Entities []struct{ Name string } }
		if err == nil && json.Unmarshal(out, &g) == nil && len(g.Entities) > 0 {
			names := map[string]bool{}
			for _, e := range g.Entities {
				names[e.Name] = true
			}
			missing = missing[:0]
			for _, w := range want {
				if !names[w] {
					missing = append(missing, w)
				}
			}
			if len(missing) == 0 {
				return
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("after the drop the project lacks %v", missing)
}

// screenshot saves the screen for a person to look at, where ImageMagick is installed.
func screenshot(t *testing.T, display, dir string) {
	if _, err := exec.LookPath("import"); err != nil {
		return
	}
	time.Sleep(time.Second)
	out := filepath.Join(dir, "e2e.png")
	cmd := exec.Command("import", "-window", "root", out)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	if cmd.Run() == nil {
		if keep := os.Getenv("KGX_E2E_SHOT"); keep != "" {
			b, _ := os.ReadFile(out)
			os.WriteFile(keep, b, 0o644)
		}
	}
}

// A command-line run prints nothing from Fyne, also in a C.UTF-8 locale
// (Debian's default), and `kgx version` prints the version main stamps.
func TestCommandLineIsQuiet(t *testing.T) {
	bin := buildKgx(t)
	store := filepath.Join(t.TempDir(), "p.kgx")
	for _, lang := range []string{"C.UTF-8", "C", "de_DE.UTF-8"} {
		cmd := exec.Command(bin, "stats", "--store", store)
		cmd.Env = append(os.Environ(), "LANG="+lang, "LC_ALL=", "LC_MESSAGES=")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("LANG=%s kgx stats: %v\n%s", lang, err, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("LANG=%s kgx stats wrote to stderr:\n%s", lang, stderr.String())
		}
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil || !bytes.HasPrefix(out, []byte("kgx ")) {
		t.Errorf("kgx version: %q %v", out, err)
	}
}

// Several kgx processes importing disjoint folders into one project, with
// an edit made meanwhile: every document lands exactly once and the edit
// stays.
func TestParallelImportProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	bin := buildKgx(t)
	dir := t.TempDir()
	store := filepath.Join(dir, "shared.kgx")
	if out, err := exec.Command(bin, "import", "--store", store, "assets/demo").CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	const procs, each = 4, 25
	var cmds []*exec.Cmd
	for p := 0; p < procs; p++ {
		folder := filepath.Join(dir, fmt.Sprintf("in%d", p))
		os.MkdirAll(folder, 0o755)
		for i := 0; i < each; i++ {
			text := fmt.Sprintf("Firma%d%d übernimmt Werk\n\nDie Firma%d%d AG übernimmt das Werk der Muster%d%d GmbH in Leipzig.", p, i, p, i, p, i)
			os.WriteFile(filepath.Join(folder, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644)
		}
		cmd := exec.Command(bin, "import", "--store", store, folder)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("process %d:\n%s", p, out.String())
			}
		})
	}
	if out, err := exec.Command(bin, "entity", "rename", "--store", store, "Microsoft", "Microsoft Corp.").CombinedOutput(); err != nil {
		t.Errorf("rename during the imports: %v\n%s", err, out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("import process %d: %v", i, err)
		}
	}
	out, err := exec.Command(bin, "export", "--store", store, "--format", "json").Output()
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Documents []struct{ Path string }
		Entities  []struct{ Name string }
	}
	if err := json.Unmarshal(out, &g); err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, d := range g.Documents {
		seen[d.Path]++
	}
	if len(g.Documents) != procs*each+2 {
		t.Errorf("%d documents, want %d", len(g.Documents), procs*each+2)
	}
	for p, n := range seen {
		if n != 1 {
			t.Errorf("%s is in the project %d times", p, n)
		}
	}
	renamed := false
	for _, e := range g.Entities {
		renamed = renamed || e.Name == "Microsoft Corp."
	}
	if !renamed {
		t.Error("the rename made during the imports is lost")
	}
}
