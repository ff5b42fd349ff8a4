package analysis

import (
	"slices"
	"strings"
	"testing"

	"salesrhythm"
)

func TestPolicyInForce(t *testing.T) {
	score := salesrhythm.Default()
	score.Ranking.Metric = salesrhythm.MetricScore
	score.Ranking.Prorate = false
	score.Ranking.LeaderPercent = 95.5
	tests := []struct {
		name string
		cfg  salesrhythm.Config
		key  string
		want salesrhythm.Text
	}{
		{
			name: "default ranking", cfg: salesrhythm.Default(), key: "ranking-in-force",
			want: salesrhythm.T(
				"Ranking metric: fulfilment (revenue). Leader: 100% or more; laggard: below 80%. Ranked: people employed on at least 10 working days of the month. While the month is in progress, the ranking and the bands use the pace instead of the fulfilment. Targets of people employed for part of the month: pro-rated.",
				"Rangsorolási mutató: teljesítés (árbevétel). Élenjáró: legalább 100\u00a0%; lemaradó: 80\u00a0% alatt. Rangsorolva: aki a hónapban legalább 10 munkanapon állományban volt. Amíg a hónap tart, a rangsor és a sávok az ütemen alapulnak, nem a teljesítésen. A hónap egy részében állományban lévők céljai: időarányosak."),
		},
		{
			name: "weighted score without pro-rating", cfg: score, key: "ranking-in-force",
			want: salesrhythm.T(
				"Ranking metric: score, weights revenue 0.6, deals 0.2, calls 0.1, client meetings 0.1. Leader: 95.5% or more; laggard: below 80%. Ranked: people employed on at least 10 working days of the month. While the month is in progress, the ranking and the bands use the pace instead of the fulfilment. Targets of people employed for part of the month: not pro-rated.",
				"Rangsorolási mutató: pontszám; súlyok: árbevétel: 0,6; üzletkötések: 0,2; hívások: 0,1; ügyféltalálkozók: 0,1. Élenjáró: legalább 95,5\u00a0%; lemaradó: 80\u00a0% alatt. Rangsorolva: aki a hónapban legalább 10 munkanapon állományban volt. Amíg a hónap tart, a rangsor és a sávok az ütemen alapulnak, nem a teljesítésen. A hónap egy részében állományban lévők céljai: nem időarányosak."),
		},
		{
			name: "daily norm", cfg: salesrhythm.Default(), key: "norm-morning-meeting",
			want: salesrhythm.T(
				"Group lead, head of sales: 1 each working day; start 09:00 ± 5 min; length 10–20 min; weight 1.",
				"Csoportvezető, értékesítési vezető: minden munkanapon 1 alkalom; kezdés: 09:00 (±5 perc); időtartam: 10–20 perc; súly: 1."),
		},
		{
			name: "weekly norm on a weekday", cfg: salesrhythm.Default(), key: "norm-weekly-meeting",
			want: salesrhythm.T(
				"Group lead, head of sales: 1 each week, on Friday (the week's last working day when that is not a working day); start 17:00 ± 15 min; length 45–75 min; weight 1.",
				"Csoportvezető, értékesítési vezető: hetente 1 alkalom, pénteken (ha az nem munkanap, a hét utolsó munkanapján); kezdés: 17:00 (±15 perc); időtartam: 45–75 perc; súly: 1."),
		},
		{
			name: "weekly norm per report with no weekday", cfg: salesrhythm.Default(), key: "norm-joint-visit",
			want: salesrhythm.T(
				"Group lead, head of sales: 1 each week per direct report, by the week's last working day; weight 1.",
				"Csoportvezető, értékesítési vezető: hetente 1 alkalom minden közvetlen beosztottal, legkésőbb a hét utolsó munkanapján; súly: 1."),
		},
		{
			name: "monthly norm kept off another event's day", cfg: salesrhythm.Default(), key: "norm-monthly-meeting",
			want: salesrhythm.T(
				"Commercial director: 1 each month; length 90–120 min; not on a day with a weekly meeting; weight 1.",
				"Kereskedelmi igazgató: havonta 1 alkalom; időtartam: 90–120 perc; nem eshet olyan napra, amelyen heti tervezőértekezlet volt; súly: 1."),
		},
		{
			name: "time table", cfg: salesrhythm.Default(), key: "time-table-in-force",
			want: salesrhythm.T(
				"Slots of 30 min from 08:00 to 19:00. Active selling: calls; client meeting; proposals & paperwork.",
				"30 perces idősávok 08:00 és 19:00 között. Aktív értékesítés: telefonálás; ügyféltalálkozó; ajánlatírás és papírmunka."),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range Policy(tt.cfg) {
				if r.Key == tt.key {
					if r.Text != tt.want {
						t.Errorf("got\n%s\n%s\nwant\n%s\n%s", r.Text.En, r.Text.Hu, tt.want.En, tt.want.Hu)
					}
					return
				}
			}
			t.Errorf("no rule %s", tt.key)
		})
	}
	held := salesrhythm.Default()
	held.Compliance.Credit = salesrhythm.CreditHeld
	for _, tt := range []struct {
		cfg  salesrhythm.Config
		want salesrhythm.Text
	}{
		{salesrhythm.Default(), salesrhythm.T(
			"Strict: a held event earns credit only when it is on time and of the right length, each where the norm sets it; held but not credited otherwise (compliance.credit: strict).",
			"Szigorú: a megtartott esemény csak akkor számít be, ha időben volt és megfelelő hosszú, amennyiben a norma ezeket előírja; egyébként megtartott, de nem beszámított (compliance.credit: strict).")},
		{held, salesrhythm.T(
			"Held: every held event earns credit, on time and of the right length or not (compliance.credit: held).",
			"Megtartás: minden megtartott esemény beszámít, akár időben volt és megfelelő hosszú, akár nem (compliance.credit: held).")},
	} {
		t.Run("credit rule "+tt.cfg.Compliance.Credit, func(t *testing.T) {
			for _, r := range Policy(tt.cfg) {
				if r.Key == "credit-in-force" {
					if r.Text != tt.want {
						t.Errorf("got %+v, want %+v", r.Text, tt.want)
					}
					return
				}
			}
			t.Error("no rule credit-in-force")
		})
	}
	t.Run("switched-off norm", func(t *testing.T) {
		cfg := salesrhythm.Default()
		cfg.Norms[4].Count = 0 // the head's training
		i := slices.IndexFunc(Policy(cfg), func(r Rule) bool { return r.Key == "norm-training" })
		r := Policy(cfg)[i]
		if want := salesrhythm.T("Head of sales: switched off.", "Értékesítési vezető: kikapcsolva."); r.Text != want {
			t.Errorf("got %+v, want %+v", r.Text, want)
		}
	})
}

// TestPolicySaysWhoEachOutputIsFor: the Policy sheet opens with whom each
// output is for, in both languages, and names the files to hand out.
func TestPolicySaysWhoEachOutputIsFor(t *testing.T) {
	r := Policy(salesrhythm.Default())[0]
	if r.Key != "outputs" {
		t.Fatalf("the first rule is %q", r.Key)
	}
	for _, text := range r.Text.All() {
		for _, part := range []string{"salesrhythm-", "people/", "scorecard-", "week/", "friday-pack-"} {
			if !strings.Contains(text, part) {
				t.Errorf("%q does not name %s", text, part)
			}
		}
	}
}
