package main

import (
	"fmt"
	"io"
)

func fprintf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...)
}
