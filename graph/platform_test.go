package graph

import (
	"os"
	"runtime"
	"testing"
)

func TestProjectPathsOnEachSystem(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, c := range []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"linux", map[string]string{"HOME": "/home/anna"}, "/home/anna/.config/kgx/default.kgx"},
		{"linux", map[string]string{"HOME": "/home/anna", "XDG_CONFIG_HOME": "/data/conf"}, "/data/conf/kgx/default.kgx"},
		{"darwin", map[string]string{"HOME": "/Users/anna"}, "/Users/anna/Library/Application Support/kgx/default.kgx"},
		{"windows", map[string]string{"AppData": `C:\Users\anna\AppData\Roaming`}, `C:\Users\anna\AppData\Roaming\kgx\default.kgx`},
		{"windows", map[string]string{"AppData": `C:\x`, "KGX_STORE": `D:\research.kgx`}, `D:\research.kgx`},
	} {
		if got, err := DefaultPathFor(c.goos, env(c.env)); err != nil || got != c.want {
			t.Errorf("%s %v: %q %v, want %q", c.goos, c.env, got, err, c.want)
		}
	}
	if _, err := DefaultPathFor("windows", env(nil)); err == nil {
		t.Error("Windows without %AppData% gives a path")
	}
	// on this system the seam agrees with Go's own answer
	if want, err := os.UserConfigDir(); err == nil {
		if got, _ := ConfigDir(runtime.GOOS, os.Getenv); got != want {
			t.Errorf("ConfigDir(%s) = %q, os.UserConfigDir = %q", runtime.GOOS, got, want)
		}
	}
}
