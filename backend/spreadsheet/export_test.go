package spreadsheet

// SetTestHookNext installs fn to run before every row is decoded (nil
// removes it), so tests can simulate a decoder that panics.
func SetTestHookNext(fn func()) { testHookNext = fn }
