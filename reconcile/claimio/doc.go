// Package claimio writes claims as JSON Lines and reads them back, so that
// claims can be inspected, stored, or produced by another extractor.
//
// Each line is one JSON object with every slot of a model.Claim:
//
//	{"id":"7d830a97:q:1234","kind":"quantity","source":"a.txt","line":33,"column":5,
//	 "offset":1234,"end":1236,"section":"body","quote":"63","sentence":"...",
//	 "value":{"kind":"count","lo":63,"hi":63,"nominal":63,"text":"63"},
//	 "subject":"drones","measure":"intercept", ...}
//
// JSON has no infinity, so an open lower bound (-Inf) and an open upper bound
// (+Inf) are written as null, and null is read back as the open bound.
// Offsets count bytes from 0; lines and columns count from 1, columns in runes.
package claimio
