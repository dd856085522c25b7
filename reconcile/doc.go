// Package reconcile is the engine's front door. Run reads articles, extracts
// their claims, stores them, matches them across sources and reports where
// the sources disagree:
//
//	load → extract → store → match → compare → report
//
// Each step is its own package under reconcile/; this package wires them
// together with one Options struct.
package reconcile
