// Package model holds the small value types that flow through reconcile:
// sources and positions, the claims read from them, the entities they
// mention, and the discrepancies and agreements found between them.
//
// The package imports only the standard library. Every other package of the
// project may import it; it imports none of them. Values of these types are
// treated as immutable once they leave the step that built them.
package model
