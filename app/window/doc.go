// Package window is kgx's window: the interactive graph view, the details
// and documents panels, drag-and-drop import and image export. It is a
// sibling of the command line (app/cli), which it does not import; main
// wires the two. It is the only package that imports fyne.io/fyne/v2/app
// (as fyneapp).
package window
