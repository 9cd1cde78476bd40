package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"debug/pe"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgx/kgx/app/xdnd"
)

// These tests check what `make dist` built; `make smoke` runs them with
// KGX_DIST (the dist folder), KGX_BIN (the installed program) and
// KGX_PREFIX (where the Linux package was installed). Without them they skip.

func distDir(t *testing.T) string {
	d := os.Getenv("KGX_DIST")
	if d == "" {
		t.Skip("KGX_DIST is not set: run `make smoke` to check the packages")
	}
	return d
}

func distFile(t *testing.T, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(distDir(t), pattern))
	if len(m) != 1 {
		t.Fatalf("dist/%s: %d files", pattern, len(m))
	}
	return m[0]
}

// The checksums list both packages and match them.
func TestDistChecksums(t *testing.T) {
	dir := distDir(t)
	f, err := os.Open(filepath.Join(dir, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for sc := bufio.NewScanner(f); sc.Scan(); n++ {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("SHA256SUMS line %q", sc.Text())
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != sum {
			t.Errorf("%s does not match its checksum", name)
		}
	}
	if n != 2 {
		t.Errorf("SHA256SUMS lists %d files, want the two packages", n)
	}
}

// The Windows program is a 64-bit GUI executable with an icon and a
// version resource.
func TestDistWindowsExecutable(t *testing.T) {
	z, err := zip.OpenReader(distFile(t, "kgx-*-windows-amd64.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var exe []byte
	for _, f := range z.File {
		if filepath.Base(f.Name) == "kgx.exe" {
			r, _ := f.Open()
			exe, _ = io.ReadAll(r)
			r.Close()
		}
	}
	if exe == nil {
		t.Fatal("the zip holds no kgx.exe")
	}
	p, err := pe.NewFile(bytes.NewReader(exe))
	if err != nil {
		t.Fatal(err)
	}
	oh, ok := p.OptionalHeader.(*pe.OptionalHeader64)
	if !ok || p.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Fatalf("not a PE32+ x86-64 executable: machine %#x", p.Machine)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		t.Errorf("subsystem %d, want the Windows GUI (%d): a console would open with it", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI)
	}
	types := resourceTypes(t, p, oh)
	for _, want := range []uint32{3, 14, 16} { // RT_ICON, RT_GROUP_ICON, RT_VERSION
		if !types[want] {
			t.Errorf("no resource of type %d (icon 3, icon group 14, version 16): %v", want, types)
		}
	}
}

// resourceTypes lists the type ids in the root of the resource directory.
func resourceTypes(t *testing.T, p *pe.File, oh *pe.OptionalHeader64) map[uint32]bool {
	t.Helper()
	dd := oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
	for _, s := range p.Sections {
		if dd.VirtualAddress < s.VirtualAddress || dd.VirtualAddress >= s.VirtualAddress+s.VirtualSize {
			continue
		}
		data, err := s.Data()
		if err != nil {
			t.Fatal(err)
		}
		root := data[dd.VirtualAddress-s.VirtualAddress:]
		named, ids := binary.LittleEndian.Uint16(root[12:]), binary.LittleEndian.Uint16(root[14:])
		out := map[uint32]bool{}
		for i := 0; i < int(named)+int(ids); i++ {
			out[binary.LittleEndian.Uint32(root[16+8*i:])] = true
		}
		return out
	}
	t.Fatal("the executable has no resource section")
	return nil
}

// The Linux package holds the program, the desktop entry with the .kgx
// MIME type, the icon in the hicolor sizes and the installing Makefile.
func TestDistLinuxPackage(t *testing.T) {
	f, err := os.Open(distFile(t, "kgx-*-linux-amd64.tar.xz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	xz := exec.Command("xz", "-dc")
	xz.Stdin = f
	out, err := xz.Output()
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	tr := tar.NewReader(bytes.NewReader(out))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		_, rest, _ := strings.Cut(h.Name, "/")
		b, _ := io.ReadAll(tr)
		files[rest] = b
	}
	for _, want := range []string{"bin/kgx", "Makefile", "LICENSE", "share/mime/packages/dev.kgx.explorer.xml",
		"share/icons/hicolor/48x48/apps/dev.kgx.explorer.png", "share/icons/hicolor/256x256/apps/dev.kgx.explorer.png"} {
		if files[want] == nil {
			t.Errorf("the package lacks %s", want)
		}
	}
	desktop := string(files["share/applications/dev.kgx.explorer.desktop"])
	for _, want := range []string{"Exec=kgx %F", "MimeType=application/x-kgx-project;", "Icon=dev.kgx.explorer"} {
		if !strings.Contains(desktop, want) {
			t.Errorf("the desktop entry lacks %q:\n%s", want, desktop)
		}
	}
	if !bytes.Contains(files["share/mime/packages/dev.kgx.explorer.xml"], []byte(`<glob pattern="*.kgx"/>`)) {
		t.Error("the MIME type does not claim *.kgx")
	}
}

// The installed program starts on a fresh project named as a .kgx file,
// takes the demo articles dropped on its window, exports a PNG, and says
// its version.
func TestInstalledProgram(t *testing.T) {
	bin, prefix := os.Getenv("KGX_BIN"), os.Getenv("KGX_PREFIX")
	if bin == "" {
		t.Skip("KGX_BIN is not set: run `make smoke` to try the installed program")
	}
	for _, f := range []string{"share/applications/dev.kgx.explorer.desktop", "share/mime/packages/dev.kgx.explorer.xml",
		"share/icons/hicolor/128x128/apps/dev.kgx.explorer.png"} {
		if _, err := os.Stat(filepath.Join(prefix, f)); err != nil {
			t.Errorf("not installed: %v", err)
		}
	}
	if d, _ := os.ReadFile(filepath.Join(prefix, "share/applications/dev.kgx.explorer.desktop")); !bytes.Contains(d, []byte("Exec="+bin+" %F")) {
		t.Errorf("the installed desktop entry does not start %s:\n%s", bin, d)
	}
	out, err := exec.Command(bin, "version").Output()
	if v := os.Getenv("KGX_VERSION"); err != nil || !strings.HasPrefix(string(out), "kgx "+v+" (commit ") {
		t.Errorf("kgx version: %q %v", out, err)
	}
	display := startXvfb(t)
	dir := t.TempDir()
	store := filepath.Join(dir, "smoke.kgx")
	env := append(os.Environ(), "DISPLAY="+display, "LANG=en_US.UTF-8", "KGX_STORE=", "HOME="+dir)
	gui := exec.Command(bin, store)
	gui.Env = env
	if err := gui.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gui.Process.Kill(); gui.Wait() })
	src, err := xdnd.Dial(display)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	win, err := src.FindWindow("smoke.kgx", 60*time.Second) // the title is "kgx — smoke.kgx"
	if err != nil {
		t.Fatalf("no window titled after the project: %v", err)
	}
	if err := src.WaitMapped(win, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	demo, _ := filepath.Glob("assets/demo/*.txt")
	dropFiles(t, src, win, demo)
	waitForEntities(t, bin, store, env, []string{"Microsoft", "Bayer"})
	img := filepath.Join(dir, "smoke.png")
	if out, err := run(env, bin, "export", "--store", store, "--format", "png", "-o", img); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	checkPNG(t, img)
}

func run(env []string, bin string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	return cmd.CombinedOutput()
}

// checkPNG fails unless path is a PNG with a picture on it (not one colour).
func checkPNG(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	colours := map[string]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[fmt.Sprint(r>>12, g>>12, bl>>12)] = true
		}
	}
	if b.Dx() < 400 || b.Dy() < 300 || len(colours) < 4 {
		t.Errorf("%s: %v with %d colours, not a drawn graph", path, b, len(colours))
	}
}
