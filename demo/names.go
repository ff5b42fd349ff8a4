package demo

import (
	"fmt"
	"strings"

	"salesrhythm"
)

var t = salesrhythm.T

// Hungarian names, family name first as Hungarians write them.
var (
	familyNames = []string{
		"Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas",
		"Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete",
		"Szilágyi", "Török", "Fehér", "Balázs", "Gál", "Kis", "Szűcs", "Kocsis", "Pintér", "Fodor",
		"Szalai", "Sipos", "Magyar", "Lukács", "Gulyás", "Bíró", "Király", "Katona", "László", "Jakab",
	}
	givenNames = []string{
		"Anna", "Péter", "László", "Zsófia", "Gábor", "Eszter", "Tamás", "Katalin", "Zoltán", "Éva",
		"Balázs", "Judit", "András", "Krisztina", "Attila", "Nóra", "Dávid", "Réka", "Bence", "Lilla",
		"Márton", "Dóra", "Ádám", "Boglárka", "Csaba", "Viktória", "Norbert", "Ildikó", "Levente", "Tímea",
		"István", "Ágnes", "Gergely", "Orsolya", "Ferenc", "Mónika", "Károly", "Edit", "Miklós", "Hanna",
	}
	// Groups are named after the towns the leads work from.
	towns = []string{
		"Budapest", "Debrecen", "Szeged", "Pécs", "Győr", "Miskolc", "Nyíregyháza", "Kecskemét", "Székesfehérvár", "Szombathely",
		"Eger", "Veszprém", "Sopron", "Kaposvár", "Zalaegerszeg", "Szolnok", "Tatabánya", "Békéscsaba", "Érd", "Dunaújváros",
	}
	clientNames = []string{
		"Alfa", "Béta", "Gamma", "Delta", "Omega", "Duna", "Tisza", "Balaton", "Mátra", "Bükk",
		"Pannon", "Hungária", "Kárpát", "Villám", "Napsugár", "Tölgy", "Fenyő", "Kristály", "Arany", "Ezüst",
		"Gránit", "Rubin", "Zafír", "Smaragd", "Opál", "Kelet", "Nyugat", "Dél", "Észak", "Sas",
		"Turul", "Szivárvány", "Hajnal", "Csillag", "Korona", "Mecsek", "Zemplén", "Rába", "Maros", "Kőrös",
	}
	clientTrades = []string{
		"", "", "", "Logisztika", "Építő", "Informatika", "Kereskedelmi", "Gépgyártó", "Agrár", "Nyomda",
		"Elektro", "Bútor", "Vendéglátó", "Szerviz", "Trans", "Med", "Pack", "Plast",
	}
	legalForms = []string{"Kft.", "Kft.", "Kft.", "Kft.", "Zrt.", "Zrt.", "Bt.", "Nyrt."}
)

// company is the demo company's name in config.yaml and on every workbook.
const companyName = "Napfény Kereskedelmi Kft."

// emailDomain is the demo company's mail domain, reserved for examples.
const emailDomain = "napfeny.example"

// groupName names the i-th lead's group after a town, numbering the towns
// once they run out.
func groupName(i int) string {
	name := towns[i%len(towns)]
	if n := i / len(towns); n > 0 {
		name = fmt.Sprintf("%s %d", name, n+1)
	}
	return name
}

var asciiFold = strings.NewReplacer(
	"á", "a", "é", "e", "í", "i", "ó", "o", "ö", "o", "ő", "o", "ú", "u", "ü", "u", "ű", "u",
	"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ö", "O", "Ő", "O", "Ú", "U", "Ü", "U", "Ű", "U",
)

// email makes a work address from a name written family name first.
func email(name string) string {
	family, given, _ := strings.Cut(strings.ToLower(asciiFold.Replace(name)), " ")
	return given + "." + family + "@" + emailDomain
}
