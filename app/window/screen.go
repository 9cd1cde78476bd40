package window

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenPixels returns the primary monitor's size in pixels, or ok=false
// where no monitor is known (Fyne's test driver, a headless run). It must
// run on the main goroutine after the window exists.
func screenPixels() (w, h int, ok bool) {
	defer func() {
		if recover() != nil { // GLFW not started: nothing to fit
			ok = false
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return 0, 0, false
	}
	vm := m.GetVideoMode()
	if vm == nil || vm.Width <= 0 || vm.Height <= 0 {
		return 0, 0, false
	}
	return vm.Width, vm.Height, true
}

// fitSize returns the window size to ask for: want, made smaller where
// the screen (in pixels, at the canvas scale) has less room, keeping a
// margin for the window frame and panels.
func fitSize(want fyne.Size, screenW, screenH int, scale float32) fyne.Size {
	if scale <= 0 {
		scale = 1
	}
	maxW, maxH := float32(screenW)/scale*0.92, float32(screenH)/scale*0.88
	return fyne.NewSize(min(want.Width, maxW), min(want.Height, maxH))
}

// fitWindow shrinks the window to the screen it is on (FYNE_SCALE=2 on a
// small screen would otherwise make it larger than the screen).
func (u *UI) fitWindow() {
	w, h, ok := screenPixels()
	if !ok {
		return
	}
	want := fyne.NewSize(1280, 800)
	if got := fitSize(want, w, h, u.win.Canvas().Scale()); got != want {
		u.win.Resize(got)
	}
}
