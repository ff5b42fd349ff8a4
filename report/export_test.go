package report

// Names returns the file names of chart images.
func Names(pics []picture) []string {
	var out []string
	for _, p := range pics {
		out = append(out, p.name)
	}
	return out
}
