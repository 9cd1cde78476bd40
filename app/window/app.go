package window

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/kgx/kgx/assets"
	"github.com/kgx/kgx/graph"
)

// AppID is kgx's application id (preferences, desktop integration).
const AppID = "dev.kgx.explorer"

// Exit codes of Run.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// Run opens the window on the project given by --store (or the default
// project), imports any files named in args, and returns the exit code
// when the window closes. version is shown in the About box and metadata.
func Run(args []string, version string) int {
	fs := flag.NewFlagSet("kgx", flag.ContinueOnError)
	storePath := fs.String("store", "", "project file (.kgx)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	fyneapp.SetMetadata(fyne.AppMetadata{ID: AppID, Name: "kgx", Version: version, Build: 1,
		Icon: fyne.NewStaticResource("icon.png", assets.Icon()), Migrations: map[string]bool{"fyneDo": true}})
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	prefs := a.Preferences()
	setLanguage(prefs.StringWithFallback(prefLanguage, langSystem))
	a.Settings().SetTheme(themeFor(prefs.StringWithFallback(prefTheme, themeSystem)))
	var err error
	project, files := projectArg(*storePath, fs.Args())
	path := startProject(project, prefs.String(prefLast))
	if path == "" {
		if path, err = graph.DefaultPath(); err != nil {
			fmt.Fprintln(os.Stderr, "kgx:", err)
			return exitFailed
		}
	}
	st, openErr := graph.Open(path)
	if openErr != nil {
		// the window still opens, on an empty scratch project, and says
		// what is wrong with the project and how to get its backup
		fmt.Fprintln(os.Stderr, "kgx:", openErr)
		if st, err = graph.Open(filepath.Join(os.TempDir(), fmt.Sprintf("kgx-untitled-%d.kgx", os.Getpid()))); err != nil {
			fmt.Fprintln(os.Stderr, "kgx:", err)
			return exitFailed
		}
	}
	ui, err := newUI(a, st)
	if err != nil {
		st.Close()
		fmt.Fprintln(os.Stderr, "kgx:", err)
		return exitFailed
	}
	defer func() { ui.store.Close() }()
	ui.restoreView()
	a.Lifecycle().SetOnStarted(ui.fitWindow)
	ui.win.SetCloseIntercept(func() { ui.saveView(); ui.win.Close() })
	if openErr == nil {
		ui.remember(st.Path())
	}
	ui.win.Show()
	ui.reload(true)
	go ui.watchOthers() // fyne.Do hands each look to the main goroutine
	if openErr != nil {
		ui.offerBackup(path, openErr)
	}
	if len(files) > 0 {
		ui.importPaths(files, nil)
	}
	a.Run()
	ui.stop(context.Background())
	return exitOK
}
