// Package app is kgx's window: the interactive graph view, the details and
// documents panels, drag-and-drop import and image export. It is the only
// package that imports fyne.io/fyne/v2/app (as fyneapp).
package app
