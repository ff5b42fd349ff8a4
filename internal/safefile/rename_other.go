//go:build !linux

package safefile

import "errors"

// renameNoReplace is not available here: the caller falls back to a link.
var renameNoReplace = func(old, new string) error { return errors.ErrUnsupported }
