// Package config reads .reconcile.yaml, the project configuration of
// reconcile, and applies it to reconcile.Options.
//
//	aliases:              # extra entity names: alias -> canonical
//	  Zelensky: Volodymyr Zelenskyy
//	lexicon:              # extra words per lexicon list: canonical -> surfaces
//	  measures:
//	    intercept: [shoot down, down]
//	tolerance: 0.05       # relative tolerance for figures, 0..1
//	severity:             # replaces the severity of a kind of finding
//	  updated-figure: low
//	ignore:               # findings dropped from reports; reason is required
//	  - path: "drafts/*.txt"
//	    kind: quantity-mismatch
//	    reason: drafts are checked by hand
//	defaults:             # used when the flag is not given
//	  format: [text, sarif=reconcile.sarif]
//	  min_severity: low
//	  fail_on: medium
//	  jobs: 4
//
// Unknown keys and bad values are errors that name the file and line. The
// file is found in the working directory or the nearest parent that has one.
package config
