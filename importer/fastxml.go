package importer

import (
	"bytes"
	"html"
	"strconv"
	"strings"
)

// Two parts of every workbook are read by hand rather than through
// encoding/xml, because they are large and the importer needs little of
// them: the shared strings (every text of the workbook, instructions
// included) and the styles (fonts, fills and borders, of which only the
// number formats matter). Each fast path handles the plain form Excel,
// LibreOffice, openpyxl and excelize write, and gives up — falling back to
// the decoder, which reports broken XML — on anything else.

// fastSharedStrings reads the <si> items of a shared-strings part: the text
// of their <t> elements outside phonetic runs. ok is false when the part is
// not in the plain form.
func fastSharedStrings(body []byte) (out []string, ok bool) {
	if bytes.Contains(body, []byte("<![CDATA[")) || !bytes.HasSuffix(bytes.TrimSpace(body), []byte("</sst>")) {
		return nil, false
	}
	rest := body
	var sb strings.Builder
	for {
		i := indexTag(rest, "si")
		if i < 0 {
			return out, true
		}
		rest = rest[i:]
		gt := bytes.IndexByte(rest, '>')
		if gt < 0 {
			return nil, false
		}
		if rest[gt-1] == '/' { // <si/>
			out = append(out, "")
			rest = rest[gt+1:]
			continue
		}
		end := bytes.Index(rest, []byte("</si>"))
		if end < 0 {
			return nil, false
		}
		item := rest[:end]
		rest = rest[end+5:]
		sb.Reset()
		for {
			t := indexTag(item, "t")
			if t < 0 {
				break
			}
			if ph := bytes.Index(item, []byte("<rPh")); ph >= 0 && ph < t {
				// skip the phonetic run
				e := bytes.Index(item[ph:], []byte("</rPh>"))
				if e < 0 {
					return nil, false
				}
				item = item[ph+e+6:]
				continue
			}
			item = item[t:]
			gt := bytes.IndexByte(item, '>')
			if gt < 0 {
				return nil, false
			}
			if item[gt-1] == '/' { // <t/>
				item = item[gt+1:]
				continue
			}
			close := bytes.Index(item, []byte("</t>"))
			if close < gt {
				return nil, false
			}
			sb.WriteString(text(item[gt+1 : close]))
			item = item[close+4:]
		}
		out = append(out, sb.String())
	}
}

// indexTag finds the start of the next <name> or <name …> in b, -1 if none.
func indexTag(b []byte, name string) int {
	at := 0
	for {
		i := bytes.Index(b[at:], []byte("<"+name))
		if i < 0 {
			return -1
		}
		i += at
		if j := i + 1 + len(name); j < len(b) && (b[j] == '>' || b[j] == ' ' || b[j] == '/' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') {
			return i
		}
		at = i + 1
	}
}

// text decodes character data: entities, and line ends as XML normalises
// them.
func text(b []byte) string {
	s := string(b)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// element returns the first <name …>…</name> element of body, however it
// is prefixed (<x:name>), or nil.
func element(body []byte, name string) []byte {
	for at := 0; ; {
		i := bytes.Index(body[at:], []byte(name))
		if i < 0 {
			return nil
		}
		i += at
		at = i + 1
		start := bytes.LastIndexByte(body[:i], '<')
		if start < 0 || bytes.ContainsAny(body[start+1:i], " \t\r\n/>\"") {
			continue
		}
		prefix := string(body[start+1 : i])
		closing := []byte("</" + prefix + name + ">")
		end := bytes.Index(body[i:], closing)
		if end < 0 {
			return nil
		}
		return body[start : i+end+len(closing)]
	}
}

// scanSheet reads the <sheetData> of a sheet part in its plain form: rows
// of cells with a value (<v>), an inline string (<is>) and a formula
// (<f>), unprefixed, without comments or CDATA. It reports false, having
// read nothing the caller keeps, on anything else — the decoder then reads
// the part and reports what is broken.
func scanSheet(body []byte, sb *sheetBuilder) bool {
	start := indexTag(body, "sheetData")
	if start < 0 {
		return false
	}
	gt := bytes.IndexByte(body[start:], '>')
	if gt < 0 {
		return false
	}
	if body[start+gt-1] == '/' { // <sheetData/>
		return true
	}
	end := bytes.Index(body, []byte("</sheetData>"))
	if end < 0 {
		return false
	}
	data := body[start+gt+1 : end]
	if bytes.Contains(data, []byte("<!")) || bytes.Contains(data, []byte("<?")) {
		return false
	}
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		if len(data) == 0 {
			return true
		}
		tag, rest, ok := element0(data, "row")
		if !ok {
			return false
		}
		sb.startRow(attrValue(tag, "r"))
		if selfClosing(tag) {
			sb.endRow()
			data = rest
			continue
		}
		close := bytes.Index(rest, []byte("</row>"))
		if close < 0 {
			return false
		}
		if !scanCells(rest[:close], sb) {
			return false
		}
		sb.endRow()
		data = rest[close+len("</row>"):]
	}
}

// scanCells reads the cells of one row.
func scanCells(data []byte, sb *sheetBuilder) bool {
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		if len(data) == 0 {
			return true
		}
		tag, rest, ok := element0(data, "c")
		if !ok {
			return false
		}
		sb.startCell(attrValue(tag, "r"), attrValue(tag, "s"), attrValue(tag, "t"))
		if selfClosing(tag) {
			sb.endCell()
			data = rest
			continue
		}
		close := bytes.Index(rest, []byte("</c>"))
		if close < 0 {
			return false
		}
		if !scanCell(rest[:close], sb) {
			return false
		}
		sb.endCell()
		data = rest[close+len("</c>"):]
	}
}

// scanCell reads a cell's <f>, <v> and <is>.
func scanCell(data []byte, sb *sheetBuilder) bool {
	for {
		data = bytes.TrimLeft(data, " \t\r\n")
		if len(data) == 0 {
			return true
		}
		var name string
		switch {
		case bytes.HasPrefix(data, []byte("<f")):
			name = "f"
		case bytes.HasPrefix(data, []byte("<v")):
			name = "v"
		case bytes.HasPrefix(data, []byte("<is")):
			name = "is"
		default:
			return false
		}
		tag, rest, ok := element0(data, name)
		if !ok {
			return false
		}
		body := []byte(nil)
		if !selfClosing(tag) {
			close := bytes.Index(rest, []byte("</"+name+">"))
			if close < 0 {
				return false
			}
			body, rest = rest[:close], rest[close+len(name)+3:]
		}
		switch name {
		case "f":
			sb.formula = sb.inCell
		case "v":
			if bytes.IndexByte(body, '<') >= 0 {
				return false
			}
			sb.hasValue = sb.inCell
			sb.val.WriteString(text(body))
		case "is":
			sb.hasValue = sb.inCell
			s, ok := fastSharedStrings(append(append([]byte("<sst><si>"), body...), "</si></sst>"...))
			if !ok || len(s) != 1 {
				return false
			}
			sb.val.WriteString(s[0])
		}
		data = rest
	}
}

// element0 splits the start tag of element name that opens data from the
// rest; the name must end there (so "c" does not match "col").
func element0(data []byte, name string) (tag, rest []byte, ok bool) {
	if indexTag(data, name) != 0 {
		return nil, nil, false
	}
	gt := bytes.IndexByte(data, '>')
	if gt < 0 {
		return nil, nil, false
	}
	return data[:gt+1], data[gt+1:], true
}

func selfClosing(tag []byte) bool { return len(tag) > 1 && tag[len(tag)-2] == '/' }

// attrValue returns the value of an attribute of a start tag, quoted either
// way, with entities decoded; "" when absent.
func attrValue(tag []byte, name string) string {
	for at := 0; ; {
		i := bytes.Index(tag[at:], []byte(name))
		if i < 0 {
			return ""
		}
		i += at
		at = i + 1
		j := i + len(name)
		if i == 0 || !isSpace(tag[i-1]) {
			continue
		}
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		if j >= len(tag) || tag[j] != '=' {
			continue
		}
		j++
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		if j >= len(tag) || (tag[j] != '"' && tag[j] != '\'') {
			return ""
		}
		q := tag[j]
		k := bytes.IndexByte(tag[j+1:], q)
		if k < 0 {
			return ""
		}
		return text(tag[j+1 : j+1+k])
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// scanStyles reads the number formats and the cell formats from those two
// elements of a styles part (as element cuts them out): for each cell
// format, whether it shows a date or time.
func scanStyles(numFmts, cellXfs []byte) []bool {
	custom := map[int]string{}
	eachTag(numFmts, "numFmt", func(tag []byte) {
		if id, err := strconv.Atoi(attrValue(tag, "numFmtId")); err == nil {
			custom[id] = attrValue(tag, "formatCode")
		}
	})
	var dates []bool
	eachTag(cellXfs, "xf", func(tag []byte) {
		id, _ := strconv.Atoi(attrValue(tag, "numFmtId"))
		code, ok := custom[id]
		dates = append(dates, (ok && isDateFormat(code)) || (!ok && builtinDate(id)))
	})
	return dates
}

// eachTag calls fn with every start tag of element local (prefixed or not)
// in b.
func eachTag(b []byte, local string, fn func(tag []byte)) {
	for at := 0; at < len(b); {
		i := bytes.IndexByte(b[at:], '<')
		if i < 0 {
			return
		}
		i += at
		gt := bytes.IndexByte(b[i:], '>')
		if gt < 0 {
			return
		}
		tag := b[i : i+gt+1]
		at = i + gt + 1
		name := tag[1:]
		if j := bytes.IndexAny(name, " \t\r\n/>"); j >= 0 {
			name = name[:j]
		}
		if k := bytes.IndexByte(name, ':'); k >= 0 {
			name = name[k+1:]
		}
		if string(name) == local {
			fn(tag)
		}
	}
}
