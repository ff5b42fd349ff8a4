package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"

	"salesrhythm"
	"salesrhythm/config"
	"salesrhythm/demo"
)

// The archive of BenchmarkHistory200: twelve months of a 200-manager
// department, made once per test binary, outside the timings.
var (
	archiveDir  string
	archiveOnce = sync.OnceValue(func() error {
		dir, err := os.MkdirTemp("", "salesrhythm-bench-")
		if err != nil {
			return err
		}
		archiveDir = filepath.Join(dir, "company")
		_, err = demo.Generate(context.Background(), archiveDir, demo.Options{Month: salesrhythm.Month{Year: 2026, Month: 11}, Managers: 200, Seed: 1, Months: 12})
		return err
	})
)

// runIn runs the command line in dir, with stdout and stderr thrown away.
func runIn(b *testing.B, dir string, env map[string]string, args ...string) {
	b.Helper()
	for k, v := range env {
		b.Setenv(k, v)
	}
	b.Chdir(dir)
	var errs bytes.Buffer
	err := run(context.Background(), args, io.Discard, &errs)
	if code := exitCode(err); code != exitOK && code != exitInputError {
		b.Fatalf("%v: exit %d: %v\n%s", args, code, err, errs.String())
	}
}

// peakRSS is the most memory the process has held so far, in MB.
func peakRSS() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}

// BenchmarkHistory200 times, on twelve months of a 200-manager department,
// the month's report with one month of history and no cache (the
// single-month report), with six months of history through a cold and a
// warm cache and twelve through a warm one, and reading each of six months
// alone (check, the sum the cold history is measured against). peak-MB is the process's peak
// so far: run one sub-benchmark at a time (-bench History200/6-warm) to
// see each one's.
func BenchmarkHistory200(b *testing.B) {
	if err := archiveOnce(); err != nil {
		b.Fatal(err)
	}
	cache := filepath.Join(archiveDir, "out", ".cache")
	report := func(months int) []string {
		return []string{"report", "--month", "2026-11", "--quiet", "--out", filepath.Join(archiveDir, "out", fmt.Sprintf("bench-%d.xlsx", months))}
	}
	env := func(months int) map[string]string {
		return map[string]string{"SALESRHYTHM_REPORT_HISTORY_MONTHS": fmt.Sprint(months)}
	}
	for _, tc := range []struct {
		name   string
		months int
		warm   bool
	}{{"1-single", 1, false}, {"6-cold", 6, false}, {"6-warm", 6, true}, {"12-warm", 12, true}} {
		b.Run(tc.name, func(b *testing.B) {
			if tc.warm {
				runIn(b, archiveDir, env(tc.months), report(tc.months)...)
			}
			for b.Loop() {
				if !tc.warm {
					b.StopTimer()
					os.RemoveAll(cache)
					b.StartTimer()
				}
				runIn(b, archiveDir, env(tc.months), report(tc.months)...)
			}
			b.ReportMetric(peakRSS(), "peak-MB")
		})
	}
	b.Run("6-each-month-read", func(b *testing.B) {
		for b.Loop() {
			for m := 6; m <= 11; m++ {
				runIn(b, archiveDir, nil, "check", "--month", fmt.Sprintf("2026-%02d", m), "--quiet")
			}
		}
		b.ReportMetric(peakRSS(), "peak-MB")
	})
}

func TestMain(m *testing.M) {
	// The tests choose their language; the system's locale is not theirs.
	for _, name := range config.SystemLocaleVars {
		os.Unsetenv(name)
	}
	code := m.Run()
	if archiveDir != "" {
		os.RemoveAll(filepath.Dir(archiveDir))
	}
	os.Exit(code)
}
