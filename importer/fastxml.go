package importer

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"salesrhythm"
)

// Every XML part is read one way: a handler sees its start tags, end tags
// and text as events. Two readers produce the events. encoding/xml's
// RawToken reads anything; a lexer of our own reads an unpacked part
// several times faster, but only in the plain form every spreadsheet
// writer uses: no comments, CDATA, doctype or processing instructions but
// the XML declaration, only the five predefined entities and character
// references, ASCII names. On anything else — and on anything the decoder
// would call broken — the lexer gives up and the decoder reads the part
// afresh, with a fresh handler. Where the lexer reads a part, its events are
// exactly the decoder's (FuzzLexer holds it to that), so one handler gives
// the same cells whichever reader fed it.

// event is one token of a part's XML. Names lose their prefix, as RawToken
// gives them (x:row is a row): the importer never needs to tell
// namespaces apart.
type event struct {
	kind  byte   // '<' a start tag (an empty element's is followed by its end), '/' an end tag, 't' text
	local []byte // a tag's name without its prefix
	text  []byte // text, as written when raw, else decoded
	raw   bool   // read by the lexer: text and attribute values are still as written
	spans []span // a start tag's attributes read by the lexer
	attrs []xml.Attr
}

// span is one attribute as the lexer found it.
type span struct{ local, value []byte }

func (e *event) start(local string) bool { return e.kind == '<' && string(e.local) == local }
func (e *event) end(local string) bool   { return e.kind == '/' && string(e.local) == local }

// attr returns the value of a start tag's first attribute named local,
// whatever its prefix; "" when it has none.
func (e *event) attr(local string) string {
	for _, a := range e.spans {
		if string(a.local) == local {
			return decode(a.value)
		}
	}
	for _, a := range e.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// attrBytes is attr without the copy: the value as written where it reads
// as written, valid until the next event.
func (e *event) attrBytes(local string) []byte {
	for _, a := range e.spans {
		if string(a.local) == local {
			if asWritten(a.value) {
				return a.value
			}
			return unescape(nil, a.value)
		}
	}
	for _, a := range e.attrs {
		if a.Name.Local == local {
			return []byte(a.Value)
		}
	}
	return nil
}

// appendBytes appends a text event's text, decoded, to dst.
func (e *event) appendBytes(dst []byte) []byte {
	if !e.raw || asWritten(e.text) {
		return append(dst, e.text...)
	}
	return unescape(dst, e.text)
}

// appendText appends a text event's text, decoded.
func (e *event) appendText(sb *strings.Builder) {
	if !e.raw {
		sb.Write(e.text)
		return
	}
	if asWritten(e.text) {
		sb.Write(e.text)
		return
	}
	sb.Write(unescape(nil, e.text))
}

// decode returns text or an attribute value the lexer read, decoded.
func decode(b []byte) string {
	if asWritten(b) {
		return string(b)
	}
	return string(unescape(nil, b))
}

// asWritten reports whether b reads as it is written.
func asWritten(b []byte) bool { return bytes.IndexByte(b, '&') < 0 && bytes.IndexByte(b, '\r') < 0 }

// handler takes the events of one part; errStop ends the reading early.
type handler func(e *event) error

// errStop ends a walk early, without error: the rest of the part is not
// needed.
var errStop = errors.New("stop")

// walkBytes feeds the events of a part's XML to the handler begin returns,
// by the lexer when it can, else by the decoder (calling begin again). It
// returns a partError when the XML is broken or cut short.
func walkBytes(part string, body []byte, begin func() handler) error {
	if ok, err := lex(body, begin()); ok {
		return err
	}
	return walkReader(part, bytes.NewReader(body), begin())
}

// walkReader feeds the events of a part's XML, read by encoding/xml, to h.
// RawToken itself does not notice elements left open at the end; this does.
func walkReader(part string, r io.Reader, h handler) error {
	d := xml.NewDecoder(r)
	depth := 0
	var e event
	for {
		tok, err := d.RawToken()
		if err == io.EOF && depth != 0 {
			err = io.ErrUnexpectedEOF
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return &partError{part, salesrhythm.Tr("broken XML: %s", err.Error())}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			e = event{kind: '<', local: []byte(t.Name.Local), attrs: t.Attr}
		case xml.EndElement:
			depth--
			e = event{kind: '/', local: []byte(t.Name.Local)}
		case xml.CharData:
			e = event{kind: 't', text: t}
		default:
			continue
		}
		if err := h(&e); err == errStop {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// lex feeds the events of body to h. ok is false when body leaves the
// plain form the lexer reads, h then having seen some of it; err is what h
// returned other than errStop.
func lex(body []byte, h handler) (ok bool, err error) {
	var e event
	var spans []span // reused from tag to tag
	depth := 0
	declared := false
	for i := 0; ; {
		lt := bytes.IndexByte(body[i:], '<')
		if lt < 0 {
			lt = len(body) - i
		}
		if lt > 0 {
			text := body[i : i+lt]
			if !plainText(text, false) {
				return false, nil
			}
			e = event{kind: 't', text: text, raw: true}
			if err := h(&e); err != nil {
				return true, stopped(err)
			}
			i += lt
		}
		if i == len(body) {
			return depth == 0, nil
		}
		var n int
		e.spans = spans
		n, ok = lexTag(body[i:], &e)
		if cap(e.spans) > cap(spans) {
			spans = e.spans
		}
		switch {
		case !ok:
			return false, nil
		case e.kind == '?':
			// The XML declaration, once and first, as the decoder checks it.
			if declared || !isXMLDecl(body[i:i+n]) {
				return false, nil
			}
			declared = true
			i += n
			continue
		}
		declared = true
		i += n
		selfClosing := e.kind == '>'
		if selfClosing {
			e.kind = '<'
		}
		if e.kind == '<' {
			depth++
		} else {
			depth--
		}
		if err := h(&e); err != nil {
			return true, stopped(err)
		}
		if selfClosing {
			depth--
			e = event{kind: '/', local: e.local, raw: true}
			if err := h(&e); err != nil {
				return true, stopped(err)
			}
		}
	}
}

func stopped(err error) error {
	if err == errStop {
		return nil
	}
	return err
}

// xmlDecl is the XML declarations the decoder takes: version 1.0, UTF-8.
var xmlDecl = regexp.MustCompile(`^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*("1\.0"|'1\.0')` +
	`([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*("(?i:utf-8)"|'(?i:utf-8)'))?` +
	`([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*("yes"|'yes'|"no"|'no'))?[ \t\r\n]*\?>`)

// isXMLDecl reports whether decl is an XML declaration the decoder takes,
// the ones every spreadsheet writer uses at a glance.
func isXMLDecl(decl []byte) bool {
	switch string(decl) {
	case `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`, `<?xml version="1.0" encoding="UTF-8"?>`:
		return true
	}
	return xmlDecl.Match(decl)
}

// lexTag reads the tag that opens b into e: kind '<' a start tag, '>' an
// empty element's, '/' an end tag, '?' a processing instruction (n spans
// it). ok is false for anything else or anything broken.
func lexTag(b []byte, e *event) (n int, ok bool) {
	if len(b) < 2 {
		return 0, false
	}
	switch b[1] {
	case '!':
		return 0, false
	case '?':
		end := bytes.Index(b, []byte("?>"))
		if end < 0 {
			return 0, false
		}
		e.kind = '?'
		return end + 2, true
	case '/':
		i, local, ok := lexName(b, 2)
		if !ok {
			return 0, false
		}
		i = skipSpace(b, i)
		if i >= len(b) || b[i] != '>' {
			return 0, false
		}
		*e = event{kind: '/', local: local, raw: true}
		return i + 1, true
	}
	i, local, ok := lexName(b, 1)
	if !ok {
		return 0, false
	}
	*e = event{kind: '<', local: local, raw: true, spans: e.spans[:0]}
	for {
		i = skipSpace(b, i)
		if i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case '/':
			if i+1 >= len(b) || b[i+1] != '>' {
				return 0, false
			}
			e.kind = '>'
			return i + 2, true
		case '>':
			return i + 1, true
		}
		var name []byte
		if i, name, ok = lexName(b, i); !ok {
			return 0, false
		}
		i = skipSpace(b, i)
		if i >= len(b) || b[i] != '=' {
			return 0, false
		}
		i = skipSpace(b, i+1)
		if i >= len(b) || b[i] != '"' && b[i] != '\'' {
			return 0, false
		}
		end := bytes.IndexByte(b[i+1:], b[i])
		if end < 0 {
			return 0, false
		}
		value := b[i+1 : i+1+end]
		if !plainText(value, true) {
			return 0, false
		}
		e.spans = append(e.spans, span{name, value})
		i += end + 2
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// lexName reads an ASCII XML name at b[i:] and returns where it ends and
// its local part, as the decoder splits it: after a single colon with text
// on both sides of it, else the whole name.
func lexName(b []byte, i int) (end int, local []byte, ok bool) {
	start, colon := i, -1
	for ; i < len(b); i++ {
		switch nameByte[b[i]] {
		case nameStart:
		case ':':
			if colon >= 0 {
				return 0, nil, false
			}
			colon = i
		case nameMore:
			if i == start {
				return 0, nil, false
			}
		case nameNot:
			return 0, nil, false
		default:
			if i == start {
				return 0, nil, false
			}
			if colon > start && colon < i-1 {
				return i, b[colon+1 : i], true
			}
			return i, b[start:i], true
		}
	}
	return 0, nil, false // a name runs to the end of the part
}

// nameByte sorts bytes for lexName: ASCII letters and _ may start a name,
// digits, . and - continue one, a byte of a multi-byte character the lexer
// leaves to the decoder, and anything else ends it.
var nameByte = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_':
			t[c] = nameStart
		case c == ':':
			t[c] = ':'
		case '0' <= c && c <= '9' || c == '.' || c == '-':
			t[c] = nameMore
		case c >= utf8.RuneSelf:
			t[c] = nameNot
		}
	}
	return t
}()

const (
	nameStart = 'a'
	nameMore  = '0'
	nameNot   = 0x80
)

// plainText reports whether text (or an attribute value) reads as written
// but for entities and line ends: XML characters in valid UTF-8, entities
// only of the five predefined kinds or references to characters, no < and,
// outside attributes, no ]]>.
func plainText(b []byte, inAttr bool) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if plainByte[c] {
			i++
			continue
		}
		switch {
		case c == '&':
			n := entityLen(b[i:])
			if n == 0 {
				return false
			}
			i += n
		case c == '<':
			return false
		case c == ']' && !inAttr && bytes.HasPrefix(b[i:], []byte("]]>")):
			return false
		case c >= 0x20 && c < utf8.RuneSelf || c == '\t' || c == '\n' || c == '\r':
			i++
		case c < utf8.RuneSelf:
			return false
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 || !xmlChar(r) {
				return false
			}
			i += size
		}
	}
	return true
}

// plainByte marks the bytes plainText passes as they are: ASCII
// characters but & < and ], which need a closer look.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 0x20 && c != '&' && c != '<' && c != ']' || c == '\t' || c == '\n' || c == '\r'
	}
	return t
}()

// xmlChar reports whether r may appear in XML (XML 1.0 §2.2).
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

var entities = map[string]byte{"lt": '<', "gt": '>', "amp": '&', "apos": '\'', "quot": '"'}

// entityLen returns the length of the entity that opens b, 0 when it is
// not one the lexer reads.
func entityLen(b []byte) int {
	semi := bytes.IndexByte(b[:min(len(b), 12)], ';')
	if semi < 2 {
		return 0
	}
	if _, ok := entities[string(b[1:semi])]; ok {
		return semi + 1
	}
	if _, ok := charRef(b[1:semi]); ok {
		return semi + 1
	}
	return 0
}

// charRef reads the #65 or #x41 of a character reference.
func charRef(ref []byte) (rune, bool) {
	if len(ref) < 2 || ref[0] != '#' {
		return 0, false
	}
	digits, base := ref[1:], rune(10)
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 || len(digits) > 7 {
		return 0, false
	}
	var r rune
	for _, c := range digits {
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			return 0, false
		}
		r = r*base + d
	}
	return r, xmlChar(r)
}

// unescape appends text as the decoder reads it to dst: entities decoded,
// \r\n and \r as \n. The text is one plainText accepted.
func unescape(dst, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case '&':
			semi := bytes.IndexByte(b[i:], ';')
			name := b[i+1 : i+semi]
			if c, ok := entities[string(name)]; ok {
				dst = append(dst, c)
			} else {
				r, _ := charRef(name)
				dst = utf8.AppendRune(dst, r)
			}
			i += semi
		case '\r':
			dst = append(dst, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		default:
			dst = append(dst, c)
		}
	}
	return dst
}
