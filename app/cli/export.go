package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/kgx/kgx/graph"
	"github.com/kgx/kgx/graph/layout"
	"github.com/kgx/kgx/graph/render"
)

// ImageOptions say how an image export looks.
type ImageOptions struct {
	Width, Height int     // in view units (pixels at scale 1; points for PDF)
	Scale         float64 // PNG only: 2 doubles the pixel size, same picture
	Background    string  // light, dark or transparent
	Title         string
	Legend        bool
	Cooccurrence  bool // draw related_to links
}

func (r *runner) exportCmd(args []string) int {
	fs, storePath := r.flags("export")
	format := fs.String("format", "", "png, svg, pdf, json, nquads, graphml, gexf, csv or cypher")
	out := fs.String("o", "", "output file, or - for standard output")
	var opt ImageOptions
	fs.IntVar(&opt.Width, "width", 1600, "image width (pixels at scale 1)")
	fs.IntVar(&opt.Height, "height", 1200, "image height (pixels at scale 1)")
	fs.Float64Var(&opt.Scale, "scale", 1, "PNG pixel density (2 doubles the pixel size)")
	fs.StringVar(&opt.Background, "background", "light", "light, dark or transparent")
	fs.StringVar(&opt.Title, "title", "", "title written in the top-left corner")
	fs.BoolVar(&opt.Legend, "legend", true, "draw the legend")
	fs.BoolVar(&opt.Cooccurrence, "cooccurrence", false, "draw co-occurrence (same sentence) links")
	noCo := fs.Bool("no-cooccurrence", false, "leave co-occurrence links out (the default)")
	if _, err := parse(fs, args); err != nil {
		return ExitNotImplemented
	}
	if *noCo {
		opt.Cooccurrence = false
	}
	switch *format {
	case "png", "svg", "pdf", "json", "nquads", "graphml", "gexf", "csv", "cypher":
	default:
		fmt.Fprintf(r.stderr, "kgx export: --format %q: use png, svg, pdf, json, nquads, graphml, gexf, csv or cypher\n", *format)
		return ExitNotImplemented
	}
	if _, err := render.PaletteNamed(opt.Background); err != nil {
		fmt.Fprintln(r.stderr, "kgx export:", err)
		return ExitNotImplemented
	}
	st, ok := r.open("export", *storePath)
	if !ok {
		return ExitFailed
	}
	defer st.Close()
	g, err := st.Load(r.ctx)
	if err != nil {
		fmt.Fprintln(r.stderr, "kgx export:", err)
		return ExitFailed
	}
	if *format == "csv" {
		return r.exportCSV(g, *out)
	}
	if *out == "" {
		*out = "-"
		if *format == "png" || *format == "svg" || *format == "pdf" {
			*out = "kgx-graph." + *format
		}
	}
	if err := writeTo(*out, r.stdout, func(w io.Writer) error { return Export(r.ctx, g, *format, w, opt) }); err != nil {
		fmt.Fprintf(r.stderr, "kgx export: %s: %v\n", *out, err)
		return ExitFailed
	}
	if *out != "-" {
		fmt.Fprintf(r.stderr, "wrote %s\n", *out)
	}
	return ExitOK
}

// exportCSV writes nodes.csv and relationships.csv for neo4j-admin into dir.
func (r *runner) exportCSV(g *graph.Graph, dir string) int {
	if dir == "" || dir == "-" {
		fmt.Fprintln(r.stderr, "kgx export: --format csv writes two files: name a folder with -o DIR")
		return ExitNotImplemented
	}
	if err := g.WriteNeo4jCSV(dir, exchange(r.ctx, g)); err != nil {
		fmt.Fprintf(r.stderr, "kgx export: %s: %v\n", dir, err)
		return ExitFailed
	}
	fmt.Fprintf(r.stderr, "wrote %s and %s\n", filepath.Join(dir, "nodes.csv"), filepath.Join(dir, "relationships.csv"))
	return ExitOK
}

// exchange is what the data formats carry beyond the graph: settled
// positions and the colours the window gives each type.
func exchange(ctx context.Context, g *graph.Graph) graph.Exchange {
	x, y := layout.Settle(ctx, g, 600)
	return graph.Exchange{X: x, Y: y, Color: func(i int) (uint8, uint8, uint8) {
		c := render.TypeColor(g.Nodes[i].Type)
		return c.R, c.G, c.B
	}}
}

// Export writes g in a format: png, svg, pdf, json, nquads, graphml,
// gexf or cypher. Images show the whole graph, fitted, with the layout
// settled from the stored positions (which are kept), in the window's
// styles.
func Export(ctx context.Context, g *graph.Graph, format string, w io.Writer, opt ImageOptions) error {
	switch format {
	case "json":
		return g.WriteJSON(w)
	case "nquads":
		return g.WriteNQuads(w)
	case "graphml":
		return g.WriteGraphML(w, exchange(ctx, g))
	case "gexf":
		return g.WriteGEXF(w, exchange(ctx, g))
	case "cypher":
		return g.WriteCypher(w, exchange(ctx, g))
	}
	pal, err := render.PaletteNamed(opt.Background)
	if err != nil {
		return err
	}
	x, y := layout.Settle(ctx, g, 600)
	s := render.FromGraph(g, x, y, render.Options{ShowWeak: opt.Cooccurrence, Palette: pal})
	s.ShowLegend, s.Title = opt.Legend, opt.Title
	rr, err := render.NewRenderer()
	if err != nil {
		return err
	}
	switch format {
	case "svg":
		return rr.WriteSVG(w, s, opt.Width, opt.Height)
	case "pdf":
		return rr.WritePDF(w, s, opt.Width, opt.Height)
	}
	if opt.Scale <= 0 || opt.Scale > 16 {
		return fmt.Errorf("png: scale %g: use a number from 0.1 to 16", opt.Scale)
	}
	pw, ph := int(float64(opt.Width)*opt.Scale+0.5), int(float64(opt.Height)*opt.Scale+0.5)
	return rr.WritePNG(w, s, pw, ph, opt.Scale)
}
