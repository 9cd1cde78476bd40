package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionLine(t *testing.T) {
	info := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d"}, {Key: "vcs.time", Value: "2026-12-05T10:00:00Z"}}}
	for _, c := range []struct {
		version, commit, date string
		info                  *debug.BuildInfo
		want                  string
	}{
		{"1.2.3", "abcdef1234567890", "2026-12-01", nil, "1.2.3 (commit abcdef123456, built 2026-12-01)"},
		{"", "", "", info, fallbackVersion + " (commit 1a2b3c4d5e6f, built 2026-12-05T10:00:00Z)"},
		{"1.2.3", "", "", info, "1.2.3 (commit 1a2b3c4d5e6f, built 2026-12-05T10:00:00Z)"},
		{"", "", "", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}}, "0.3.0"},
		{"", "", "", nil, fallbackVersion},
	} {
		if got := versionLine(c.version, c.commit, c.date, c.info); got != c.want {
			t.Errorf("versionLine(%q, %q, %q) = %q, want %q", c.version, c.commit, c.date, got, c.want)
		}
	}
}
