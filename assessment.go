package salesrhythm

// Role keys of the leader self-assessment (DOMAIN.md §5).
const (
	RoleStrategist  = "strategist"
	RoleCoordinator = "coordinator"
	RoleLocomotive  = "locomotive"
	RoleCoach       = "coach"
	RoleServant     = "servant"
	RoleInnovator   = "innovator"
	RoleHead        = "head"
)

// DefaultAssessment returns the article's 21 questions and its role key:
// question n scores role (n-1) mod 7. The article lost question 19; ours is
// written in its spirit (see DOMAIN.md §5).
func DefaultAssessment() AssessmentConfig {
	roles := []Choice{
		{Key: RoleStrategist, Label: T("Strategist", "Stratéga")},
		{Key: RoleCoordinator, Label: T("Leader-coordinator", "Irányító-koordinátor")},
		{Key: RoleLocomotive, Label: T("Locomotive (mobiliser)", "Lendületadó")},
		{Key: RoleCoach, Label: T("Coach-consultant", "Mentor-tanácsadó")},
		{Key: RoleServant, Label: T("Servant leader", "Szolgáló vezető")},
		{Key: RoleInnovator, Label: T("Critic-innovator", "Kritikus-újító")},
		{Key: RoleHead, Label: T("Head, not performer", "Vezető, nem végrehajtó")},
	}
	texts := []Text{
		T("Do you know the company's long-term goals (3–5 years) and strategy, did you help shape them, and do you believe you know how to reach them?",
			"Ismeri a cég hosszú távú (3–5 éves) céljait és stratégiáját, részt vett a kialakításukban, és meg van győződve arról, hogy tudja, hogyan lehet elérni őket?"),
		T("Do you give your people clear quantitative goals on the key figures of their work and explain how their work is judged?",
			"Egyértelmű, számszerű célokat tűz ki a munkatársai elé munkájuk fő mutatóira, és elmondja nekik, mi alapján értékeli a munkájukat?"),
		T("Do you \"fire up\" your people, so that thanks to you they set themselves more ambitious goals?",
			"Tűzbe hozza a munkatársait, és Önnek köszönhetően nagyobb célokat vállalnak?"),
		T("Do your people regularly come to you for professional advice (not for approvals or signatures), to consult on hard cases?",
			"Rendszeresen Önhöz fordulnak a munkatársai szakmai tanácsért (nem jóváhagyásért vagy aláírásért), hogy megbeszéljék Önnel a nehéz eseteket?"),
		T("Do you try to give your people everything their work needs, so they don't waste time chasing it?",
			"Igyekszik mindent megadni a munkatársainak, amire a munkájukhoz szükségük van, hogy ne a keresgélés vigye el az idejüket?"),
		T("Are your people never satisfied with what is, always looking for new approaches, methods and technologies?",
			"A munkatársai sosem elégszenek meg azzal, ami van, és folyamatosan új megközelítéseket, módszereket, technológiákat keresnek?"),
		T("Do you have someone who handles VIP sales, so that you need not meet VIP clients yourself?",
			"Van olyan munkatársa, aki a kiemelt (VIP-) ügyfelekkel foglalkozik, így Önnek nem kell személyesen találkoznia velük?"),
		T("Do you explain to your people not only today's urgent problems but also the company's long-term (1–3–5 year) goals and strategy?",
			"A napi sürgős ügyek mellett a cég hosszú távú (1–3–5 éves) céljait és stratégiáját is elmagyarázza a munkatársainak?"),
		T("Do you check your people's weekly results, discuss the reasons with them and agree the plans for next week?",
			"Ellenőrzi a munkatársai heti eredményeit, megbeszéli velük az eredmények okait, és megállapodik velük a jövő heti tervekben?"),
		T("Do you remind your people of deadlines and push them?",
			"Emlékezteti a munkatársait a határidőkre, és sürgeti őket?"),
		T("Do you regularly train your people in the work's technology by personal example?",
			"Rendszeresen tanítja a munkatársait az értékesítés módszereire, személyes példával megmutatva, hogyan kell elvégezni a feladatot?"),
		T("When units have trouble working together, do you step in at once and help solve it?",
			"Ha a csapatok vagy részlegek között akadozik az együttműködés, azonnal bekapcsolódik, és segít megoldani a problémát?"),
		T("Do you regularly and constructively criticise the status quo, with a proposal for change or jointly generated ideas?",
			"Rendszeresen és építő szándékkal bírálja a fennálló állapotokat, és a bírálathoz változtatási javaslatot vagy közösen kidolgozott ötleteket is hoz?"),
		T("Is it true that you have no sales plan of your own, and your plan is the sum of your people's plans?",
			"Igaz, hogy nincs saját értékesítési terve, és az Ön terve a munkatársai terveinek összege?"),
		T("Do your people take an active part in shaping the marketing strategy, the annual goals and the annual planning?",
			"A munkatársai aktívan részt vesznek a marketingstratégia kialakításában, az éves célok kitűzésében és az éves tervezésben?"),
		T("Do you develop work standards with your people and discuss changes to the work's technology and processes?",
			"A munkatársaival közösen dolgozza ki a munkavégzés normáit, és megbeszéli velük az értékesítési módszerek és folyamatok változásait?"),
		T("For each task, do you create the need to finish it, including by starting another task that needs this one done?",
			"Minden feladatnál megteremti a befejezés kényszerét, például úgy, hogy elindít egy újabb feladatot, amelyhez az elsőnek már készen kell lennie?"),
		T("For each direct report, do you know what he or she must learn step by step, on their own and with professional trainers?",
			"Minden közvetlen beosztottjáról tudja, mit kell lépésről lépésre megtanulnia – önállóan és szakmai trénerek segítségével?"),
		T("Do you shield your people from work that keeps them from clients, and do they know they can rely on you for it?",
			"Megóvja a munkatársait azoktól a teendőktől, amelyek elvonják őket az ügyfelektől, és ők is tudják, hogy ebben számíthatnak Önre?"),
		T("Do you keep generating ideas for the sales system, and do your people follow your example?",
			"Folyamatosan új ötletekkel áll elő az értékesítési rendszer fejlesztésére, és a munkatársai is követik a példáját?"),
		T("Do you sell only in three cases: to show how, to help the plan at most once a month, or to understand a seller or a buyer?",
			"Kizárólag három esetben értékesít személyesen: ha meg kell mutatnia egy munkatársának, hogyan kell csinálni; ha a terv teljesítéséhez segítség kell (legfeljebb havonta egyszer); vagy ha meg akarja érteni egy értékesítő vagy egy vevő sajátosságait, hogy aztán erre tanítsa a munkatársait?"),
	}
	qs := make([]Question, len(texts))
	for i, t := range texts {
		qs[i] = Question{Role: roles[i%len(roles)].Key, Text: t}
	}
	return AssessmentConfig{Roles: roles, Questions: qs, Advice: defaultAdvice()}
}

// defaultAdvice is one sentence per role: what a leader with three solid
// YES in it does, in the words of its three questions.
func defaultAdvice() []Choice {
	return []Choice{
		{Key: RoleStrategist, Label: T("Knows and helps shape the company's long-term goals, explains them to the team and has them take part in the planning.",
			"Ismeri és alakítja a cég hosszú távú céljait, elmagyarázza őket a csapatnak, és bevonja a munkatársait a tervezésbe.")},
		{Key: RoleCoordinator, Label: T("Gives clear figures to reach, reviews each week's results with the team and agrees the standards of the work with them.",
			"Egyértelmű számszerű célokat tűz ki, hetente átbeszéli az eredményeket a csapattal, és velük együtt alakítja ki a munkavégzés normáit.")},
		{Key: RoleLocomotive, Label: T("Fires the team up to ambitious goals, keeps the deadlines in view and makes every task one that needs finishing.",
			"Nagy célokra lelkesíti a csapatot, szem előtt tartja a határidőket, és minden feladatnál megteremti a befejezés kényszerét.")},
		{Key: RoleCoach, Label: T("Is asked for advice on hard cases, teaches by example and knows what each direct report must learn next.",
			"Nehéz esetekben hozzá fordulnak tanácsért, személyes példával tanít, és tudja, melyik beosztottjának mit kell legközelebb megtanulnia.")},
		{Key: RoleServant, Label: T("Gives the team what their work needs, steps in at once when units stall and keeps them free for their clients.",
			"Megadja a csapatnak, amire a munkájához szüksége van, azonnal bekapcsolódik, ha az együttműködés akadozik, és szabaddá teszi a munkatársait az ügyfeleik számára.")},
		{Key: RoleInnovator, Label: T("Questions the status quo with proposals and ideas, and the team follows, always looking for better methods.",
			"Javaslatokkal és ötletekkel bírálja a fennálló állapotokat, és a csapat követi ebben: mindig jobb módszereket keres.")},
		{Key: RoleHead, Label: T("Leads rather than sells: someone else handles the VIP sales, the plan is the team's, and they sell only to teach or to understand.",
			"Vezet, nem maga értékesít: a kiemelt ügyfelekkel más foglalkozik, a terv a csapaté, és csak azért értékesít, hogy tanítson vagy megértsen.")},
	}
}
