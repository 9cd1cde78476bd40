// Command kgx is a desktop knowledge-graph explorer for news articles.
// With a subcommand it runs headless (see DESIGN.md); otherwise it opens
// the window. main only wires: the command line and the window are
// siblings that know nothing of each other.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/kgx/kgx/app/cli"
	_ "github.com/kgx/kgx/app/locale" // before Fyne reads the locale
	"github.com/kgx/kgx/app/window"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		code := cli.Run(ctx, buildVersion(), args, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(window.Run(args, buildVersion()))
}
