// Package apperr gives errors a stable code that the UI and the command
// line translate, while keeping the wrapped cause for logs.
package apperr

import (
	"errors"
	"fmt"
)

// Codes shared across packages. A code is also an i18n key under
// "errors." in the frontend locale files, so renaming one is a breaking
// change for both locales.
const (
	CodeInternal = "internal"
	CodeNotFound = "not_found"
	CodeInvalid  = "invalid_input"
)

// Error is an error with a stable code and a detail for the person.
type Error struct {
	Code   string
	Detail string
	Err    error
}

// New returns an Error with the given code and detail.
func New(code, detail string) *Error {
	return &Error{Code: code, Detail: detail}
}

// Wrap returns an Error with the given code that wraps err.
func Wrap(code string, err error) *Error {
	return &Error{Code: code, Detail: err.Error(), Err: err}
}

func (e *Error) Error() string {
	if e.Detail == "" {
		return e.Code
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Detail)
}

func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is an *Error with the same code, so that
// errors.Is(err, apperr.New(code, "")) matches on the code alone.
func (e *Error) Is(target error) bool {
	var t *Error
	if !errors.As(target, &t) {
		return false
	}
	return t.Code == e.Code
}

// CodeOf returns the code of the first *Error in err's chain, or
// CodeInternal when there is none.
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// UIError is the one shape in which every bound method reports failure
// to the frontend: a code to translate and a detail to show beside it.
type UIError struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// ForUI turns any error into a UIError. It is installed as the Wails
// ErrorFormatter, so a rejected promise in JavaScript always carries it.
func ForUI(err error) any {
	var e *Error
	if errors.As(err, &e) {
		return UIError{Code: e.Code, Detail: e.Detail}
	}
	return UIError{Code: CodeInternal, Detail: err.Error()}
}
