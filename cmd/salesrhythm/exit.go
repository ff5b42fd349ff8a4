package main

import "errors"

// Exit codes; doc.go documents them.
const (
	exitOK         = 0 // success
	exitInputError = 1 // finished, but the input had errors
	exitUsage      = 2 // bad command line or configuration
	exitCannotRun  = 3 // could not read or write what it needed
)

// exitError carries an exit code with the error to print.
type exitError struct {
	code  int
	err   error
	quiet bool // already reported on stdout; main prints nothing more
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(err error) error    { return &exitError{code: exitUsage, err: err} }
func cannotRun(err error) error     { return &exitError{code: exitCannotRun, err: err} }
func inputProblems(err error) error { return &exitError{code: exitInputError, err: err, quiet: true} }

// inputError is exit code 1 with the message printed: the input lacks
// something the command needs.
func inputError(err error) error { return &exitError{code: exitInputError, err: err} }

// exitCode maps an error from run to the process's exit code. Errors that
// carry no code come from cobra's parsing of the command line.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return exitUsage
}

func isQuiet(err error) bool {
	var e *exitError
	return errors.As(err, &e) && e.quiet
}
