//go:build !linux

package safefile

import "errors"

// renameNoReplace is not available here: the caller falls back to a link.
func renameNoReplace(old, new string) error { return errors.ErrUnsupported }
