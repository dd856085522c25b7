// Package gen writes synthetic news articles for testing and measuring
// reconcile: clusters of articles about invented events, told with varied
// phrasing, with disagreements injected on purpose and lookalikes that must
// not be flagged, and a truth file that says which lines are which.
//
// Every name (countries, cities, people, parties) is built from syllable
// tables and checked against reconcile's list of real places, so nothing in
// the output refers to real events. The output depends only on Options:
// the same seed gives the same bytes.
package gen
