package report

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"

	chart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"salesrhythm"
	"salesrhythm/analysis"
)

// picture is one chart image for the Summary and the charts folder.
type picture struct {
	name  string // file name, e.g. fulfilment.png
	title salesrhythm.Text
	png   []byte
}

var (
	green  = drawing.ColorFromHex("63BE7B")
	amber  = drawing.ColorFromHex("FFC000")
	red    = drawing.ColorFromHex("E06666")
	blue   = drawing.ColorFromHex("2F5597")
	grey   = drawing.ColorFromHex("A6A6A6")
	target = drawing.ColorFromHex("C00000")
)

// pictures renders the Summary's charts with go-chart.
func (b *book) pictures() ([]picture, error) {
	var out []picture
	for _, mk := range []func() (picture, error){b.fulfilmentPicture, b.weeklyRevenuePicture, b.compliancePicture, b.funnelPicture} {
		p, err := mk()
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	if p, ok, err := b.trendPicture(); err != nil || ok {
		out = append(out, p)
		return out, err
	}
	return out, nil
}

// topAndBottom keeps a readable chart for any department size: everyone
// when there are at most 2n, else the n best and the n worst.
func topAndBottom[T any](xs []T, n int) (shown []T, hidden int) {
	if len(xs) <= 2*n {
		return xs, 0
	}
	out := append(append([]T{}, xs[:n]...), xs[len(xs)-n:]...)
	return out, len(xs) - 2*n
}

// namedFraction is one bar of a fraction chart, coloured by its band when
// banded (unranked people in grey), else by the band its value falls in.
type namedFraction struct {
	label  string
	v      analysis.Fraction
	band   analysis.Band
	banded bool
}

// fractionBars sorts bars best first and keeps the top and bottom N, each
// coloured by band; it also says how many were left out.
func (b *book) fractionBars(bars []namedFraction) ([]chart.Value, int) {
	sort.SliceStable(bars, func(i, j int) bool { return bars[i].v.Value > bars[j].v.Value })
	shown, hidden := topAndBottom(bars, b.in.Config.Report.Top)
	var values []chart.Value
	for _, x := range shown {
		band := b.banded(x.v).band
		if x.banded {
			band = x.band
		}
		values = append(values, chart.Value{Label: x.label, Value: x.v.Value, Style: chart.Style{FillColor: bandColor(band)}})
	}
	return values, hidden
}

func (b *book) fulfilmentPicture() (picture, error) {
	title := t("Revenue fulfilment by person", "Árbevétel-teljesítés személyenként")
	// While the month is in progress the bands are of the pace, and so
	// are the bars.
	paced := b.in.Result.InProgress()
	if paced {
		title = t("Revenue: pace by person", "Árbevétel: ütem személyenként")
	}
	var bars []namedFraction
	for _, p := range b.in.Result.People {
		if f := p.Measures.Revenue.Standing(paced); f.Valid {
			bars = append(bars, namedFraction{p.Name, f, p.Band, true})
		}
	}
	values, hidden := b.fractionBars(bars)
	d := b.in.Result.Department.Measures.Revenue.Fulfilment
	if paced {
		d = b.in.Result.Department.Measures.Revenue.Pace
	}
	if d.Valid {
		values = append(values, chart.Value{Label: t("Department", "Osztály").In(b.loc), Value: d.Value, Style: chart.Style{FillColor: blue}})
	}
	sub := ""
	if hidden > 0 {
		sub = fmt.Sprintf(t(" (top and bottom %d of %d)", " (a legjobb és a leggyengébb %d fő; összesen %d fő)").In(b.loc), b.in.Config.Report.Top, len(bars))
	}
	return b.barPicture("fulfilment.png", title, title.In(b.loc)+sub, values, true, []float64{1}, b.bandKey(true)...)
}

func bandColor(band analysis.Band) drawing.Color {
	switch band {
	case analysis.BandLeader:
		return green
	case analysis.BandLaggard:
		return red
	case analysis.BandCore:
		return amber
	}
	return grey
}

func (b *book) weeklyRevenuePicture() (picture, error) {
	title := t("Revenue by week", "Árbevétel hetente")
	var values []chart.Value
	for _, w := range b.in.Result.WeeklyRevenue {
		_, n := w.Week.Start.ISOWeek()
		values = append(values, chart.Value{Label: fmt.Sprintf(t("Week %d", "%d. hét").In(b.loc), n), Value: w.Revenue, Style: chart.Style{FillColor: blue}})
	}
	return b.barPicture("weekly-revenue.png", title, title.In(b.loc)+" ("+salesrhythm.CurrencyName(b.in.Config.Currency, b.loc)+")", values, false, nil)
}

func (b *book) compliancePicture() (picture, error) {
	title := t("Meeting compliance by leader", "Normakövetés vezetőnként")
	var bars []namedFraction
	for _, c := range b.in.Result.Compliance {
		if c.Score.Valid {
			bars = append(bars, namedFraction{label: c.Name, v: c.Score})
		}
	}
	values, _ := b.fractionBars(bars)
	return b.barPicture("compliance.png", title, title.In(b.loc), values, true, nil, b.bandKey(false)...)
}

func (b *book) funnelPicture() (picture, error) {
	title := t("The funnel", "Az értékesítési tölcsér")
	var values []chart.Value
	for _, s := range b.in.Result.Funnel.Steps {
		label := s.Label.In(b.loc) + " (" + s.Source.In(b.loc) + ")"
		values = append(values, chart.Value{Label: label, Value: float64(s.Count), Style: chart.Style{FillColor: blue}})
	}
	return b.barPicture("funnel.png", title, title.In(b.loc), values, false, nil)
}

// barPicture renders a bar chart; lines are drawn across it at the given
// values (the 100 % target). An empty chart says so instead of failing.
func (b *book) barPicture(name string, title salesrhythm.Text, heading string, values []chart.Value, percent bool, lines []float64, key ...keyEntry) (picture, error) {
	if len(values) == 0 {
		values = []chart.Value{{Label: t("no data", "nincs adat").In(b.loc), Value: 0, Style: chart.Style{FillColor: grey}}}
	}
	hi := 0.0
	for _, v := range values {
		hi = math.Max(hi, v.Value)
	}
	for _, l := range lines {
		hi = math.Max(hi, l)
	}
	if hi <= 0 {
		hi = 1
	}
	ticks, hi := niceTicks(hi*1.05, percent, b.loc)
	const width, height = 960, 420
	per := (width - 140) / len(values) // the plot's width shared by the bars
	barWidth := max(6, min(120, per*7/10))
	for i := range values {
		values[i].Style.StrokeColor = values[i].Style.FillColor
		values[i].Style.StrokeWidth = 1
	}
	formatter := func(v any) string {
		f, _ := v.(float64)
		return axisLabel(f, percent, b.loc)
	}
	c := chart.BarChart{
		Title:      heading,
		TitleStyle: chart.Style{FontSize: 13, FontColor: drawing.ColorFromHex("1F3864")},
		Width:      width,
		Height:     height,
		BarWidth:   barWidth,
		BarSpacing: max(2, per-barWidth),
		Background: chart.Style{Padding: chart.Box{Top: 48, Left: 16, Right: 16, Bottom: bottomPadding(values) + keyHeight(key)}},
		XAxis:      xAxis(len(values)),
		YAxis: chart.YAxis{
			Range:          &chart.ContinuousRange{Min: 0, Max: hi},
			ValueFormatter: formatter,
			Ticks:          ticks,
			Style:          chart.Style{FontSize: 8},
		},
		Bars: values,
	}
	for _, l := range lines {
		c.Elements = append(c.Elements, referenceLine(l, hi))
	}
	if len(key) > 0 {
		c.Elements = append(c.Elements, drawKey(key, height))
	}
	var buf bytes.Buffer
	if err := c.Render(chart.PNG, &buf); err != nil {
		return picture{}, fmt.Errorf("chart %s: %w", name, err)
	}
	return picture{name: name, title: title, png: buf.Bytes()}, nil
}

// niceTicks chooses round axis ticks from 0 to at least hi: steps of 1, 2,
// 2.5 or 5 times a power of ten, five or six of them.
func niceTicks(hi float64, percent bool, l salesrhythm.Locale) ([]chart.Tick, float64) {
	raw := hi / 5
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	step := pow * 10
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*pow >= raw {
			step = m * pow
			break
		}
	}
	top := math.Ceil(hi/step-1e-9) * step
	var ticks []chart.Tick
	for v := 0.0; v <= top+step/2; v += step {
		ticks = append(ticks, chart.Tick{Value: v, Label: axisLabel(v, percent, l)})
	}
	return ticks, top
}

// keyHeight is the room a chart's key takes below its labels.
func keyHeight(key []keyEntry) int {
	if len(key) == 0 {
		return 0
	}
	return 24
}

// bottomPadding leaves room for tilted labels, and for long ones, which
// go-chart wraps below the plot.
func bottomPadding(values []chart.Value) int {
	if rotation(len(values)) != 0 {
		return 80
	}
	for _, v := range values {
		if len(v.Label) > 20 {
			return 44
		}
	}
	return 16
}

// xAxis is the style of a bar chart's labels: tilted on a crowded chart,
// and then each on one line — wrapped, a tilted label shows only its first
// word ("Mészáros" of Mészáros Orsolya).
func xAxis(bars int) chart.Style {
	s := chart.Style{FontSize: 8, TextRotationDegrees: rotation(bars)}
	if s.TextRotationDegrees != 0 {
		s.TextWrap = chart.TextWrapNone
	}
	return s
}

// rotation tilts the labels of crowded charts.
func rotation(n int) float64 {
	if n > 8 {
		return 45
	}
	return 0
}

// referenceLine draws a dashed line across the plot at value v of a 0..max
// axis.
// keyEntry is a colour of a chart and what it means.
type keyEntry struct {
	color drawing.Color
	text  string
}

// bandKey says what the colours of bars coloured by band mean: the
// thresholds, and with unranked, the grey of the provisional and the
// unranked.
func (b *book) bandKey(unranked bool) []keyEntry {
	rk := b.in.Config.Ranking
	sign := "%"
	if b.loc == salesrhythm.Hungarian {
		sign = "\u00a0%"
	}
	lead, lag := b.threshold(rk.LeaderPercent)+sign, b.threshold(rk.LaggardPercent)+sign
	key := []keyEntry{
		{green, fmt.Sprintf(t("%s or more", "legalább %s").In(b.loc), lead)},
		{amber, b.threshold(rk.LaggardPercent) + "–" + lead},
		{red, fmt.Sprintf(t("below %s", "%s alatt").In(b.loc), lag)},
	}
	if unranked {
		key = append(key, keyEntry{grey, t("provisional or not ranked", "előzetes vagy rangsoron kívül").In(b.loc)})
	}
	return key
}

// drawKey writes the key along the bottom of a chart height pixels high.
func drawKey(key []keyEntry, height int) chart.Renderable {
	return func(r chart.Renderer, box chart.Box, defaults chart.Style) {
		r.SetFont(defaults.Font)
		r.SetFontSize(8)
		r.SetFontColor(drawing.ColorFromHex("404040"))
		x, y := box.Left, height-10
		for _, k := range key {
			r.SetFillColor(k.color)
			r.SetStrokeColor(k.color)
			r.MoveTo(x, y-9)
			r.LineTo(x+10, y-9)
			r.LineTo(x+10, y+1)
			r.LineTo(x, y+1)
			r.Close()
			r.FillStroke()
			r.Text(k.text, x+14, y)
			x += 14 + r.MeasureText(k.text).Width() + 18
		}
	}
}

func referenceLine(v, hi float64) chart.Renderable {
	return func(r chart.Renderer, box chart.Box, _ chart.Style) {
		y := box.Bottom - int(float64(box.Height())*v/hi)
		r.SetStrokeColor(target)
		r.SetStrokeWidth(2)
		r.SetStrokeDashArray([]float64{6, 4})
		r.MoveTo(box.Left, y)
		r.LineTo(box.Right, y)
		r.Stroke()
		r.SetStrokeDashArray(nil)
	}
}

// axisLabel writes an axis value in the locale's style, with no decimals:
// 30,000,000 and 80% in English, 30 000 000 and 80 % in Hungarian. The
// image takes plain spaces, which every font draws.
func axisLabel(f float64, percent bool, l salesrhythm.Locale) string {
	s := salesrhythm.FormatDecimal(f, 0, l)
	if percent {
		s = salesrhythm.FormatDecimal(f*100, 0, l) + "%"
		if l == salesrhythm.Hungarian {
			s = strings.TrimSuffix(s, "%") + " %"
		}
	}
	return strings.ReplaceAll(s, "\u00a0", " ")
}
