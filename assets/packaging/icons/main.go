// Command icons writes the application icon in the sizes of the freedesktop
// hicolor theme: OUT/SIZExSIZE/apps/NAME.png for each size.
//
//	go run ./assets/packaging/icons -src assets/icon.png -name dev.kgx.explorer -out DIR
package main

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"
)

var sizes = []int{16, 24, 32, 48, 64, 128, 256} // the icon is 256 pixels: no larger size is made up

func main() {
	src := flag.String("src", "assets/icon.png", "the icon, a square PNG")
	name := flag.String("name", "dev.kgx.explorer", "the icon's name (the app id)")
	out := flag.String("out", "", "the hicolor folder to write into")
	flag.Parse()
	if err := run(*src, *name, *out); err != nil {
		fmt.Fprintln(os.Stderr, "icons:", err)
		os.Exit(1)
	}
}

func run(src, name, out string) error {
	if out == "" {
		return fmt.Errorf("name the output folder with -out")
	}
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	for _, n := range sizes {
		dst := image.NewRGBA(image.Rect(0, 0, n, n))
		draw.CatmullRom.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Over, nil)
		path := filepath.Join(out, fmt.Sprintf("%dx%d", n, n), "apps", name+".png")
		if err := write(path, dst); err != nil {
			return err
		}
	}
	return nil
}

func write(path string, img image.Image) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
