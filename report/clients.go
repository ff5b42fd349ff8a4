package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"salesrhythm"
	"salesrhythm/analysis"
)

// clients writes each manager's client base from the client profiles,
// joined with the call registers and the deals.
func (b *book) clients() {
	r := b.in.Result
	cc := b.in.Config.Clients
	top := ""
	if len(cc.Potentials) > 0 {
		top = cc.Potentials[0].Label.In(b.loc)
	}
	sheet := b.newSheet(t("Client base", "Ügyfélkör"), fmt.Sprintf(t("dormant: no contact for more than %d days", "alvó: több mint %d napja nincs kapcsolat").In(b.loc), cc.DormantDays))
	cols := []column{col("ID", "Azonosító", 10), col("Name", "Név", 22), col("Client profiles", "Ügyfélnyilvántartás", 14),
		col("Clients", "Ügyfelek", 9), col("Active", "Aktív", 9), col("Prospects", "Leendő ügyfelek", 10), col("Dormant", "Alvó", 9),
		col("Lost", "Elvesztett", 10), col("No status", "Állapot nélkül", 10), col("New in the profiles", "Új a nyilvántartásban", 13),
		col("New clients – actual", "Új ügyfelek – tény", 12), col("New clients – target", "Új ügyfelek – cél", 12),
		column{t("Not called: "+top, "Nem hívott: "+top), 13}, col("Next contacts overdue", "Elmaradt kapcsolatfelvételek", 14),
		col("Called without a profile", "Nyilvántartás nélkül hívott", 14), col("New clients without a profile", "Új ügyfél nyilvántartás nélkül", 14)}
	var rows [][]any
	for _, c := range r.Clients {
		rows = append(rows, []any{c.Person, b.name(c.Person), b.received(c.Received), c.Clients, c.Active, c.Prospects, c.Dormant, c.Lost, c.NoStatus,
			c.New, c.NewClients, c.NewClientsTarget, len(c.TopNotCalled), len(c.Overdue), len(c.CalledWithoutProfile), len(c.NewWithoutProfile)})
	}
	next := b.table(sheet, "clients", headerRow, cols, rows)
	b.freeze(sheet, 2)
	if n := len(rows); n > 0 && n <= nativeChartLimit {
		var series []excelize.ChartSeries
		for c := 5; c <= 8; c++ {
			series = append(series, excelize.ChartSeries{Name: headerRef(sheet, c, headerRow), Categories: ref(sheet, 2, firstRow, firstRow+n-1), Values: ref(sheet, c, firstRow, firstRow+n-1)})
		}
		b.chart(sheet, cell(1, next), excelize.ColStacked, t("Client base by status", "Ügyfélkör állapot szerint"), series, false, 900, 340)
		next += 19
	}
	list := func(name string, title salesrhythm.Text, clients func(analysis.ClientBase) []string) {
		b.heading(sheet, next, title.In(b.loc))
		var rows [][]any
		for _, c := range r.Clients {
			for _, x := range clients(c) {
				rows = append(rows, []any{c.Person, b.name(c.Person), x})
			}
		}
		next = b.table(sheet, name, next+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Client", "Ügyfél", 26)}, rows)
	}
	b.heading(sheet, next, reckoned(b.in.Result, t("Next contacts overdue at month end", "A hónap végén elmaradt kapcsolatfelvételek"), t("Next contacts overdue", "Elmaradt kapcsolatfelvételek"), b.loc))
	var orows [][]any
	for _, c := range r.Clients {
		for _, f := range c.Overdue {
			orows = append(orows, []any{c.Person, b.name(c.Person), f.Client, f.NextContact, f.LastContact, f.Ref.File})
		}
	}
	next = b.table(sheet, "overdue", next+1, []column{col("ID", "Azonosító", 0), col("Name", "Név", 0), col("Client", "Ügyfél", 0),
		col("Next contact was due", "A kapcsolatfelvétel esedékes volt", 14), col("Last contact", "Utolsó kapcsolat", 14), fileCol(30)}, orows)
	list("topnotcalled", t("Clients of potential "+top+" not called this month", "A hónapban nem hívott ügyfelek (potenciál: "+top+")"),
		func(c analysis.ClientBase) []string { return c.TopNotCalled })
	list("nocalledprofile", t("Called this month, without a profile", "A hónapban hívott, nyilvántartásban nem szereplő ügyfelek"),
		func(c analysis.ClientBase) []string { return c.CalledWithoutProfile })
	list("nonewprofile", t("New clients of the month's deals, without a profile", "A hónap új ügyfelei, nyilvántartás nélkül"),
		func(c analysis.ClientBase) []string { return c.NewWithoutProfile })
}
