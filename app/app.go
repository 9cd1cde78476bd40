package app

import (
	"context"
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/kgx/kgx/app/cli"
	"github.com/kgx/kgx/assets"
)

// AppID is kgx's application id (preferences, desktop integration).
const AppID = "dev.kgx.explorer"

// Run opens the window on the project given by --store (or the default
// project), imports any files named in args, and returns the exit code
// when the window closes.
func Run(args []string) int {
	fs := flag.NewFlagSet("kgx", flag.ContinueOnError)
	storePath := fs.String("store", "", "project file (.kgx)")
	if err := fs.Parse(args); err != nil {
		return cli.ExitNotImplemented
	}
	st, err := cli.OpenStore(*storePath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgx:", err)
		return cli.ExitFailed
	}
	defer st.Close()
	fyneapp.SetMetadata(fyne.AppMetadata{ID: AppID, Name: "kgx", Version: cli.Version, Build: 1,
		Icon: fyne.NewStaticResource("icon.png", assets.Icon()), Migrations: map[string]bool{"fyneDo": true}})
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	ui, err := newUI(a, st)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kgx:", err)
		return cli.ExitFailed
	}
	a.Lifecycle().SetOnStarted(ui.fitWindow)
	ui.win.Show()
	ui.reload(true)
	if len(fs.Args()) > 0 {
		ui.importPaths(fs.Args(), nil)
	}
	a.Run()
	ui.stop(context.Background())
	return cli.ExitOK
}
