package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"salesrhythm"
	"salesrhythm/internal/safefile"
)

// csvFiles writes each table as a CSV file: UTF-8 with a byte-order mark,
// so that Excel reads accented letters right; the locale's list separator
// and decimal mark (a comma and a point in English, a semicolon and a comma
// in Hungarian), as Excel of that language expects; dates as YYYY-MM-DD,
// which every Excel reads; rows end in CRLF.
type csvFiles struct {
	dir    string
	loc    salesrhythm.Locale
	order  []*table
	spools map[*table]*spoolCSV
}

type spoolCSV struct {
	f   *os.File
	buf *bufio.Writer
	w   *csv.Writer
}

// bom is the byte-order mark of UTF-8.
const bom = "\ufeff"

func (c *csvFiles) open(tables []*table) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	c.spools = map[*table]*spoolCSV{}
	for _, tb := range tables {
		f, err := os.CreateTemp(c.dir, "."+tb.key+".*.tmp")
		if err != nil {
			c.close(false)
			return err
		}
		s := &spoolCSV{f: f, buf: bufio.NewWriterSize(f, 1<<16)}
		s.w = csv.NewWriter(s.buf)
		s.w.UseCRLF = true
		if c.loc == salesrhythm.Hungarian {
			s.w.Comma = ';'
		}
		c.spools[tb], c.order = s, append(c.order, tb)
		s.buf.WriteString(bom)
		header := make([]string, len(tb.cols))
		for i, col := range tb.cols {
			header[i] = safeText(col.label.In(c.loc))
		}
		if err := s.w.Write(header); err != nil {
			c.close(false)
			return err
		}
	}
	return nil
}

func (c *csvFiles) add(tb *table, r row) error {
	rec := make([]string, len(r))
	for i, v := range r {
		rec[i] = c.format(v)
	}
	return c.spools[tb].w.Write(rec)
}

// format writes a value as text: numbers with the locale's decimal mark,
// text made safe.
func (c *csvFiles) format(v any) string {
	switch x := v.(type) {
	case salesrhythm.Date:
		return x.String()
	case salesrhythm.Clock:
		return x.String()
	case int:
		return strconv.Itoa(x)
	case float64:
		return formatNumber(x, c.loc)
	case string:
		return safeText(x)
	}
	return ""
}

// safeText keeps a text a text in a spreadsheet: a value that starts with
// = + - @, a tab or a carriage return gets a ' before it, which Excel and
// LibreOffice read as "what follows is text".
func safeText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (c *csvFiles) close(commit bool) error {
	var first error
	for _, tb := range c.order {
		s := c.spools[tb]
		s.w.Flush()
		err := s.w.Error()
		if err == nil {
			err = s.buf.Flush()
		}
		if err == nil && commit && first == nil {
			err = safefile.Write(filepath.Join(c.dir, tb.key+".csv"), safefile.Replace, func(w io.Writer) error {
				_, err := io.Copy(w, io.NewSectionReader(s.f, 0, 1<<62))
				return err
			})
		}
		if err != nil && first == nil {
			first = err
		}
		s.f.Close()
		os.Remove(s.f.Name())
	}
	return first
}
