// Package ptytest opens pseudo-terminals for tests of what a program does
// only on a terminal, such as colouring its output. Where the system has no
// pseudo-terminals the test that asks for one is skipped.
package ptytest
