package read

import (
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Reading an article never goes on the network: an HTML page that names
// images, scripts, styles, frames, a refresh and a base on a listening
// local server is read with the server never dialled, and its scripts and
// styles never reach the text.
func TestReadingNeverDialsOut(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no local network to listen on:", err)
	}
	defer ln.Close()
	var dials atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			dials.Add(1)
			c.Close()
		}
	}()
	u := "http://" + ln.Addr().String()
	page := fmt.Sprintf(`<html><head><title>Bosch kauft Startup</title><base href="%[1]s/">
<meta http-equiv="refresh" content="0; url=%[1]s/next"><link rel="stylesheet" href="%[1]s/s.css">
<script src="%[1]s/a.js"></script><script>fetch("%[1]s/x"); document.write("SCRIPTTEXT")</script>
<style>@import url("%[1]s/i.css"); body{background:url(%[1]s/bg.png)}</style></head>
<body><article><h1>Bosch kauft Startup</h1><img src="%[1]s/p.jpg" srcset="%[1]s/p2.jpg 2x">
<p>Der Technologiekonzern Bosch übernimmt das Münchner Startup Konux. Der Kaufpreis wurde nicht genannt.</p>
<iframe src="%[1]s/frame"></iframe><video src="%[1]s/v.mp4"></video><object data="%[1]s/o"></object>
<p>Bosch-Chef Stefan Hartung sprach von einem wichtigen Schritt für das Geschäft mit Bahntechnik.</p></article></body></html>`, u)
	d, err := Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // a late fetch would have arrived by now
	if n := dials.Load(); n > 0 {
		t.Errorf("reading the page dialled the network %d times", n)
	}
	if !strings.Contains(d.Text, "Konux") || strings.Contains(d.Text, "SCRIPTTEXT") || strings.Contains(d.Text, "background") {
		t.Errorf("text read: %q", d.Text)
	}
}
