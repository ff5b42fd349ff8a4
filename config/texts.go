package config

import "salesrhythm"

// The configuration's part of the catalogue, keyed by the English format.
var _ = []salesrhythm.Message{
	salesrhythm.Msg("configuration", "beállítások"),
	salesrhythm.Msg("is a folder, not a config file", "mappa, nem beállításfájl"),
	salesrhythm.Msg("cannot read the config file: %s", "a beállításfájl nem olvasható: %s"),
	salesrhythm.Msg("there is no such config file", "nincs ilyen beállításfájl"),
	salesrhythm.Msg("unknown key ('salesrhythm init' in an empty folder writes a config.yaml with every setting)",
		"ismeretlen kulcs (a „salesrhythm init” egy üres mappában minden beállítást tartalmazó config.yaml fájlt készít)"),
	salesrhythm.Msg("unknown key; did you mean %s?", "ismeretlen kulcs; talán erre gondolt: %s?"),
	salesrhythm.Msg("must be a number", "számnak kell lennie"),
	salesrhythm.Msg("must be a whole number", "egész számnak kell lennie"),
	salesrhythm.Msg("must be true or false", "true vagy false lehet"),
	salesrhythm.Msg("wrong type: %s", "rossz típus: %s"),
	salesrhythm.Msg("sets no setting (a typo? variables are SALESRHYTHM_ and the key in capitals, dots as underscores)",
		"egyik beállítást sem adja meg (elírás? a változók neve SALESRHYTHM_ és a kulcs nagybetűvel, a pontok helyén aláhúzással)"),
	salesrhythm.Msg("sets no setting; did you mean %s?", "egyik beállítást sem adja meg; talán erre gondolt: %s?"),
	salesrhythm.Msg("not valid YAML: %s", "nem érvényes YAML: %s"),
}
