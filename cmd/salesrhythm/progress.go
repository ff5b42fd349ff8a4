package main

import (
	"fmt"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressBar shows files done of total, the rate and the time left on
// stderr, once a run has taken more than two seconds — and only when stderr
// is a terminal and --quiet is not given.
type progressBar struct {
	a      *app
	label  string
	start  time.Time
	mu     sync.Mutex
	last   time.Time
	shown  bool
	active bool
}

func (a *app) progress(label string) *progressBar {
	active := !a.quiet
	if f, ok := a.stderr.(*os.File); !ok || !term.IsTerminal(int(f.Fd())) {
		active = false
	}
	return &progressBar{a: a, label: label, start: time.Now(), active: active}
}

func (p *progressBar) update(done, total int) {
	if !p.active {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	elapsed := now.Sub(p.start)
	if elapsed < 2*time.Second || now.Sub(p.last) < 200*time.Millisecond && done < total {
		return
	}
	p.last, p.shown = now, true
	rate := float64(done) / elapsed.Seconds()
	left := time.Duration(float64(total-done)/rate) * time.Second
	fmt.Fprintf(p.a.stderr, "\r%s   ", p.a.text("%s %d/%d files · %.0f/s · %s left", p.label, done, total, rate, left.Round(time.Second).String()))
}

func (p *progressBar) done() {
	if p.shown {
		fmt.Fprint(p.a.stderr, "\r\033[K")
	}
}
