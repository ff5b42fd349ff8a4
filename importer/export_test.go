package importer

// SetTestHook replaces the hook called before a file's sheets are read.
func SetTestHook(f func(rel string)) func() {
	old := testHook
	testHook = f
	return func() { testHook = old }
}
