// Command kgx is a desktop knowledge-graph explorer for news articles.
// With a subcommand it runs headless (see DESIGN.md); otherwise it opens
// the window.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/kgx/kgx/app"
	"github.com/kgx/kgx/app/cli"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		code := cli.Run(ctx, args, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(app.Run(args))
}
