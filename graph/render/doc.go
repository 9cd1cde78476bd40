// Package render draws a graph scene: directed, labelled relations with
// arrowheads, parallel relations bent apart, weaker dashed co-occurrence
// links, nodes sized by rank and coloured by type, labels placed by
// importance on a density grid, selection emphasis and a legend. One
// display list per frame feeds the window's raster (its own anti-aliased
// rasterizer), PNG, SVG and PDF, so an export shows what the window shows.
// It imports no Fyne.
package render
