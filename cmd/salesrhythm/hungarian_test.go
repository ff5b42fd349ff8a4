package main

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"salesrhythm"
)

// TestHungarianDemoSpeaksHungarian runs a small demo with --locale hu and
// looks for any English text of the program — every message of the
// catalogue and every label pair, split at their verbs — in everything the
// run wrote: the console, the templates and filled workbooks of the inbox,
// the report, the Friday packs, the scorecards and the feedback copies
// (cells, comments, sheet names, chart titles, data-validation messages).
// Every string must also be valid UTF-8 with no replacement character.
func TestHungarianDemoSpeaksHungarian(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := cli(t, dir, "demo", "--locale", "hu", "--managers", "5", "--month", "2026-11", "--seed", "5", "company")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s", code, errs)
	}
	english := englishFragments()
	if len(english.phrases) < 200 {
		t.Fatalf("only %d English phrases to look for: is the catalogue registered?", len(english.phrases))
	}
	check := func(where, s string) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
			t.Errorf("%s: not valid UTF-8: %q", where, s)
		}
		if p := english.find(s); p != "" {
			t.Errorf("%s: English %q in %q", where, p, s)
		}
	}
	for i, line := range strings.Split(out+errs, "\n") {
		check("console line "+strconv.Itoa(i+1), line)
	}
	files := 0
	err := filepath.WalkDir(filepath.Join(dir, "company"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".xlsx" || strings.HasPrefix(d.Name(), "~$") {
			return err
		}
		files++
		rel, _ := filepath.Rel(dir, path)
		for part, text := range workbookTexts(t, path) {
			check(rel+":"+part, text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 20 {
		t.Errorf("only %d workbooks scanned", files)
	}
}

// fragments is the English the program can write: whole phrases of two
// words or more, and single words that are a text on their own.
type fragments struct {
	phrases []string
	words   map[string]bool
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]|\n`)
var word = regexp.MustCompile(`[A-Za-z]{2,}`)

func englishFragments() fragments {
	entries := salesrhythm.Texts()
	var hungarian []string
	for _, e := range entries {
		hungarian = append(hungarian, e.Hu...)
	}
	inHungarian := func(s string) bool {
		return slices.ContainsFunc(hungarian, func(h string) bool { return strings.Contains(h, s) })
	}
	f := fragments{words: map[string]bool{}}
	seen := map[string]bool{}
	for _, e := range entries {
		for _, en := range e.En {
			if slices.Contains(e.Hu, en) {
				continue
			}
			for _, part := range verb.Split(en, -1) {
				part = strings.Trim(part, " .,;:()·—–-\"'/")
				if seen[part] || inHungarian(part) {
					continue
				}
				seen[part] = true
				switch n := len(word.FindAllString(part, -1)); {
				case n >= 2 && len(part) >= 8:
					f.phrases = append(f.phrases, part)
				case n == 1 && len(part) >= 4 && word.FindString(part) == part:
					f.words[part] = true
				}
			}
		}
	}
	return f
}

// find returns the English in s, or "".
func (f fragments) find(s string) string {
	s = strings.TrimSpace(s)
	if f.words[strings.Trim(s, " .:")] {
		return s
	}
	for _, p := range f.phrases {
		if i := strings.Index(s, p); i >= 0 && !letterAt(s, i-1) && !letterAt(s, i+len(p)) {
			return p
		}
	}
	return ""
}

// workbookTexts returns every text a workbook shows, by part: cell strings,
// comments, sheet names, chart titles and data-validation messages, but
// not the machine metadata.
func workbookTexts(t *testing.T, path string) map[string]string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	out := map[string]string{}
	n := 0
	for _, zf := range z.File {
		if !strings.HasSuffix(zf.Name, ".xml") || strings.HasPrefix(zf.Name, "docProps/") || strings.Contains(zf.Name, "_rels") || zf.Name == "[Content_Types].xml" {
			continue
		}
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(r)
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %s: %v", path, zf.Name, err)
			}
			switch x := tok.(type) {
			case xml.CharData:
				if s := strings.TrimSpace(string(x)); s != "" {
					n++
					out[zf.Name+"#"+strconv.Itoa(n)] = s
				}
			case xml.StartElement:
				for _, a := range x.Attr {
					switch a.Name.Local {
					case "error", "errorTitle", "prompt", "promptTitle":
						n++
						out[zf.Name+"@"+a.Name.Local+strconv.Itoa(n)] = a.Value
					case "name":
						if x.Name.Local == "sheet" {
							n++
							out[zf.Name+"@sheet"+strconv.Itoa(n)] = a.Value
						}
					}
				}
			}
		}
		r.Close()
	}
	return out
}

// letterAt reports whether s has a letter at byte i, around a match.
func letterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && i > 0 {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return unicode.IsLetter(r)
}
