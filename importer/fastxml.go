package importer

import (
	"bytes"
	"html"
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
