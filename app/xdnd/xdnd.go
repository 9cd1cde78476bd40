// Package xdnd is a minimal X11 drag-and-drop source (the XDND protocol,
// version 5) for kgx's end-to-end tests: it drops files on a window of
// another program exactly as a file manager would.
//
// The exchange: find the target's XdndAware window, own XdndSelection,
// send XdndEnter (offering text/uri-list) and XdndPosition, wait for
// XdndStatus, send XdndDrop, answer the target's SelectionRequest with the
// file URIs, and wait for XdndFinished.
package xdnd

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// Source is a connection to an X display acting as a drag source.
type Source struct {
	conn   *xgb.Conn
	root   xproto.Window
	win    xproto.Window
	atoms  map[string]xproto.Atom
	events chan xgb.Event
}

// Dial connects to the X display (for example ":99").
func Dial(display string) (*Source, error) {
	conn, err := xgb.NewConnDisplay(display)
	if err != nil {
		return nil, fmt.Errorf("xdnd: connect to %s: %w", display, err)
	}
	s := &Source{conn: conn, atoms: map[string]xproto.Atom{}, events: make(chan xgb.Event, 64)}
	screen := xproto.Setup(conn).DefaultScreen(conn)
	s.root = screen.Root
	for _, name := range []string{"XdndAware", "XdndEnter", "XdndLeave", "XdndPosition", "XdndStatus", "XdndDrop", "XdndFinished",
		"XdndSelection", "XdndActionCopy", "text/uri-list", "WM_NAME", "_NET_WM_NAME", "UTF8_STRING"} {
		r, err := xproto.InternAtom(conn, false, uint16(len(name)), name).Reply()
		if err != nil {
			conn.Close()
			return nil, fmt.Errorf("xdnd: atom %s: %w", name, err)
		}
		s.atoms[name] = r.Atom
	}
	s.win, err = xproto.NewWindowId(conn)
	if err != nil {
		conn.Close()
		return nil, err
	}
	if err := xproto.CreateWindowChecked(conn, 0, s.win, s.root, 0, 0, 1, 1, 0, xproto.WindowClassInputOnly,
		screen.RootVisual, 0, nil).Check(); err != nil {
		conn.Close()
		return nil, fmt.Errorf("xdnd: source window: %w", err)
	}
	go func() {
		for {
			ev, err := conn.WaitForEvent()
			if ev == nil && err == nil {
				close(s.events)
				return
			}
			if ev != nil {
				s.events <- ev
			}
		}
	}()
	return s, nil
}

// Close closes the connection.
func (s *Source) Close() { s.conn.Close() }

// FindWindow returns a top-level window that accepts drops (XdndAware) and
// whose title contains title, or an error after timeout.
func (s *Source) FindWindow(title string, timeout time.Duration) (xproto.Window, error) {
	deadline := time.Now().Add(timeout)
	for {
		if w, ok := s.search(s.root, title, 0); ok {
			return w, nil
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("xdnd: no XdndAware window titled %q within %s", title, timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (s *Source) search(w xproto.Window, title string, depth int) (xproto.Window, bool) {
	if depth > 0 && s.aware(w) && strings.Contains(s.name(w), title) {
		return w, true
	}
	tree, err := xproto.QueryTree(s.conn, w).Reply()
	if err != nil || depth > 3 {
		return 0, false
	}
	for _, c := range tree.Children {
		if found, ok := s.search(c, title, depth+1); ok {
			return found, true
		}
	}
	return 0, false
}

func (s *Source) prop(w xproto.Window, atom xproto.Atom) []byte {
	r, err := xproto.GetProperty(s.conn, false, w, atom, xproto.GetPropertyTypeAny, 0, 1024).Reply()
	if err != nil || r == nil {
		return nil
	}
	return r.Value
}

func (s *Source) aware(w xproto.Window) bool { return len(s.prop(w, s.atoms["XdndAware"])) >= 4 }

func (s *Source) name(w xproto.Window) string {
	if n := s.prop(w, s.atoms["_NET_WM_NAME"]); len(n) > 0 {
		return string(n)
	}
	return string(s.prop(w, s.atoms["WM_NAME"]))
}

func (s *Source) send(target xproto.Window, typ string, data ...uint32) error {
	for len(data) < 5 {
		data = append(data, 0)
	}
	ev := xproto.ClientMessageEvent{Format: 32, Window: target, Type: s.atoms[typ],
		Data: xproto.ClientMessageDataUnionData32New(data)}
	return xproto.SendEventChecked(s.conn, false, target, xproto.EventMaskNoEvent, string(ev.Bytes())).Check()
}

// WaitMapped waits until the window is shown on screen.
func (s *Source) WaitMapped(w xproto.Window, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if a, err := xproto.GetWindowAttributes(s.conn, w).Reply(); err == nil && a.MapState == xproto.MapStateViewable {
			return nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("xdnd: window %d not shown within %s", w, timeout)
}

// Leave tells the target that the drag left it (after a refusal).
func (s *Source) Leave(target xproto.Window) error { return s.send(target, "XdndLeave", uint32(s.win)) }

// ErrRefused is returned when the target does not accept the drop.
var ErrRefused = errors.New("xdnd: the target refused the drop")

// DropFiles drags the files onto the middle of target and drops them. It
// returns once the target reports XdndFinished.
func (s *Source) DropFiles(target xproto.Window, files []string, timeout time.Duration) error {
	var list strings.Builder
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return err
		}
		u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
		list.WriteString(u.String() + "\r\n")
	}
	geo, err := xproto.GetGeometry(s.conn, xproto.Drawable(target)).Reply()
	if err != nil {
		return fmt.Errorf("xdnd: target geometry: %w", err)
	}
	at, err := xproto.TranslateCoordinates(s.conn, target, s.root, int16(geo.Width/2), int16(geo.Height/2)).Reply()
	if err != nil {
		return fmt.Errorf("xdnd: target position: %w", err)
	}
	if err := xproto.SetSelectionOwnerChecked(s.conn, s.win, s.atoms["XdndSelection"], xproto.TimeCurrentTime).Check(); err != nil {
		return fmt.Errorf("xdnd: own XdndSelection: %w", err)
	}
	uriList := s.atoms["text/uri-list"]
	if err := s.send(target, "XdndEnter", uint32(s.win), 5<<24, uint32(uriList)); err != nil {
		return fmt.Errorf("xdnd: XdndEnter: %w", err)
	}
	pos := uint32(uint16(at.DstX))<<16 | uint32(uint16(at.DstY))
	if err := s.send(target, "XdndPosition", uint32(s.win), 0, pos, 0, uint32(s.atoms["XdndActionCopy"])); err != nil {
		return fmt.Errorf("xdnd: XdndPosition: %w", err)
	}
	deadline := time.After(timeout)
	dropped := false
	for {
		select {
		case <-deadline:
			return fmt.Errorf("xdnd: no answer from the target within %s (dropped: %v)", timeout, dropped)
		case ev, ok := <-s.events:
			if !ok {
				return errors.New("xdnd: connection closed")
			}
			switch e := ev.(type) {
			case xproto.ClientMessageEvent:
				d := e.Data.Data32
				switch e.Type {
				case s.atoms["XdndStatus"]:
					if dropped {
						continue
					}
					if d[1]&1 == 0 {
						return ErrRefused
					}
					if err := s.send(target, "XdndDrop", uint32(s.win), 0, 0); err != nil {
						return fmt.Errorf("xdnd: XdndDrop: %w", err)
					}
					dropped = true
				case s.atoms["XdndFinished"]:
					// XDND 5 puts "accepted" in bit 0 of data[1]; GLFW puts the byte
					// count of the file list there, so any non-zero value is success.
					if d[1] == 0 {
						return ErrRefused
					}
					return nil
				}
			case xproto.SelectionRequestEvent:
				prop := e.Property
				if prop == xproto.AtomNone {
					prop = e.Target
				}
				data := []byte(list.String())
				if err := xproto.ChangePropertyChecked(s.conn, xproto.PropModeReplace, e.Requestor, prop, uriList, 8,
					uint32(len(data)), data).Check(); err != nil {
					return fmt.Errorf("xdnd: hand over the file list: %w", err)
				}
				n := xproto.SelectionNotifyEvent{Time: e.Time, Requestor: e.Requestor, Selection: e.Selection, Target: e.Target, Property: prop}
				if err := xproto.SendEventChecked(s.conn, false, e.Requestor, xproto.EventMaskNoEvent, string(n.Bytes())).Check(); err != nil {
					return fmt.Errorf("xdnd: SelectionNotify: %w", err)
				}
			}
		}
	}
}
