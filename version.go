package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Stamped at build time by make (go build -ldflags "-X main.version=…
// -X main.commit=… -X main.date=…"); a plain go build leaves them empty
// and Go's build information fills in what it knows.
var (
	version = ""
	commit  = ""
	date    = ""
)

// fallbackVersion is the version a build without stamping reports.
const fallbackVersion = "0.2.0-dev"

// versionLine is what `kgx version` prints and the About box shows:
// "0.2.0 (commit 1a2b3c4d5e6f, built 2026-12-05T10:00:00Z)".
func versionLine(version, commit, date string, info *debug.BuildInfo) string {
	dirty := false
	if info != nil {
		stamped := commit != ""
		for _, s := range info.Settings {
			switch {
			case s.Key == "vcs.revision" && !stamped:
				commit = s.Value
			case s.Key == "vcs.time" && date == "":
				date = s.Value
			case s.Key == "vcs.modified" && !stamped:
				dirty = s.Value == "true"
			}
		}
		if version == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			version = strings.TrimPrefix(info.Main.Version, "v")
		}
	}
	if version == "" {
		version = fallbackVersion
	}
	var parts []string
	if commit != "" {
		c := "commit " + commit[:min(12, len(commit))]
		if dirty {
			c += " with local changes"
		}
		parts = append(parts, c)
	}
	if date != "" {
		parts = append(parts, "built "+date)
	}
	if len(parts) == 0 {
		return version
	}
	return fmt.Sprintf("%s (%s)", version, strings.Join(parts, ", "))
}

// buildVersion is this program's version line.
func buildVersion() string {
	info, _ := debug.ReadBuildInfo()
	return versionLine(version, commit, date, info)
}
