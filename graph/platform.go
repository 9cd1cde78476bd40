package graph

import (
	"errors"
	"path/filepath"
	"strings"
)

// ConfigDir is where a desktop system keeps a user's settings, as
// os.UserConfigDir finds it, for any goos: the seam that lets the paths of
// macOS and Windows be tested on Linux.
//
//	linux, bsd: $XDG_CONFIG_HOME, else ~/.config
//	darwin:     ~/Library/Application Support
//	windows:    %AppData%
func ConfigDir(goos string, getenv func(string) string) (string, error) {
	switch goos {
	case "windows":
		if d := getenv("AppData"); d != "" {
			return d, nil
		}
		return "", errors.New("%AppData% is not set")
	case "darwin", "ios":
		if h := getenv("HOME"); h != "" {
			return filepath.Join(h, "Library", "Application Support"), nil
		}
		return "", errors.New("$HOME is not set")
	}
	if d := getenv("XDG_CONFIG_HOME"); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".config"), nil
	}
	return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME is set")
}

// windowsJoin joins path elements with backslashes (filepath.Join uses the
// separator of the system the program runs on).
func windowsJoin(p ...string) string { return strings.Join(p, `\`) }

// DefaultPathFor is DefaultPath for a system: $KGX_STORE, else
// kgx/default.kgx in the configuration folder.
func DefaultPathFor(goos string, getenv func(string) string) (string, error) {
	if p := getenv("KGX_STORE"); p != "" {
		return p, nil
	}
	dir, err := ConfigDir(goos, getenv)
	if err != nil {
		return "", err
	}
	if goos == "windows" {
		return windowsJoin(dir, "kgx", "default.kgx"), nil
	}
	return filepath.Join(dir, "kgx", "default.kgx"), nil
}
