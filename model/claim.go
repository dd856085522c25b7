package model

import (
	"fmt"
	"strings"
)

// ClaimKind is the family a claim belongs to.
type ClaimKind uint8

// The claim families. The zero value means unknown.
const (
	ClaimUnknown  ClaimKind = iota
	QuantityClaim           // a count, amount, share, age or duration: "82 drones"
	TimeClaim               // when something happened or until when: "on Feb. 24, 2022", "through 2026"
	RoleClaim               // a title or role of a person: "former President Donald Trump"
)

var claimKindNames = [...]string{ClaimUnknown: "", QuantityClaim: "quantity", TimeClaim: "date", RoleClaim: "role"}

// String returns the kind's name as used in JSON: quantity, date or role.
func (k ClaimKind) String() string {
	if int(k) < len(claimKindNames) {
		return claimKindNames[k]
	}
	return fmt.Sprintf("claimkind(%d)", k)
}

// ParseClaimKind returns the claim kind named s, or an error.
func ParseClaimKind(s string) (ClaimKind, error) {
	for i, n := range claimKindNames {
		if n == s && s != "" {
			return ClaimKind(i), nil
		}
	}
	return ClaimUnknown, fmt.Errorf("unknown claim kind %q (want quantity, date or role)", s)
}

// DeputyPrefix starts the title of a deputy: the deputy of a minister holds
// the title "deputy minister", a title of its own that conflicts with
// "minister" when both are held at once.
const DeputyPrefix = "deputy "

// AssistantPrefix starts the title of an assistant to a title's holder:
// "assistant chief constable", a rank below "deputy chief constable".
const AssistantPrefix = "assistant "

// Undeputized returns title without the prefix of a deputy's or an
// assistant's title: "deputy chief constable" -> "chief constable".
func Undeputized(title string) string {
	if t, ok := strings.CutPrefix(title, DeputyPrefix); ok {
		return t
	}
	return strings.TrimPrefix(title, AssistantPrefix)
}

// IsRank reports whether title, without a deputy's or an assistant's
// prefix, is a military or police rank: one person holds one at a time.
func IsRank(title string) bool { return ranks[Undeputized(title)] }

// ranks are the military and police ranks of the titles lexicon list.
var ranks = map[string]bool{
	"general": true, "lieutenant general": true, "major general": true, "brigadier general": true,
	"brigadier": true, "colonel": true, "lieutenant colonel": true, "captain": true, "lieutenant": true,
	"sergeant": true, "admiral": true, "vice admiral": true, "rear admiral": true, "commodore": true,
	"constable": true, "chief constable": true, "superintendent": true, "chief superintendent": true,
	"inspector": true, "chief inspector": true,
	"first officer": true, "second officer": true, "chief engineer": true, // a ship's or an airliner's
}

// EarlierEvent is the version of a figure or a date of another, earlier
// event than the story's own, named to compare with it or recalled by its
// year: "the supermarket shooting that killed 10", "the 2011 earthquake".
// Such claims are set only against claims of such an event.
const EarlierEvent = "earlier event"

// SaidEvent is the measure of a day that dates a statement: "officials
// said on Friday", "told reporters Thursday". The day someone spoke may
// confirm a summary's date (a story told the day it happened), but it
// contradicts no date of the story's events. A year or a month said on
// is left eventless: "were warned in 2014" may be the misdated fact.
const SaidEvent = "say"

// Additional is the version of a count beyond those counted before:
// "another 117", "three more bodies". It names no document, so such counts
// with no verb are not compared across articles as a plan's drafts are.
const Additional = "additional"

// PeakVersion is the version of a figure at its highest ("employed 300
// people at its peak"): no count of the time of writing, which not even
// the article's own summary restates.
const PeakVersion = "peak"

// PartVersion is the version of a part of a count that names a place of
// its own ("At least 38 people have died, 11 of them in Kellmoor"), or is
// set off by a comma with no verb of its own ("37 were treated, none of
// them seriously"): a count of some, which no other report's total is set
// against.
const PartVersion = "part"

// EachVersion is the version of a figure of each one of several things,
// not of them all: "can each carry up to 180 passengers", "every $10
// increase in the oil price". Such a figure is set only against another
// figure of each.
const EachVersion = "each"

// EquivalentVersion is the version of a figure given as another's
// equivalent: "bought the ring for £18, the equivalent of around £320
// today". It is a conversion, not the figure, and not even the article's
// own summary is set against it unless it says so too.
const EquivalentVersion = "equivalent"

// CapacityVersion is the version of what a thing can hold or is made for:
// "designed for 1,200 inmates", "licensed to carry 120 passengers" (the
// versions list's "capacity"). It is no count of what it held, which not
// even the article's own summary restates.
const CapacityVersion = "capacity"

// DemandVersion is the version of a sum or a share one side asked for:
// "demanded $12 million", "the 9% it is demanding" (the versions list's
// "demand"). It is no sum paid, which not even the article's own summary
// restates.
const DemandVersion = "demand"

// Disputed is the version of a count the article sets apart from another
// count it names: "caused 26,000 deaths, a figure higher than the
// government's own count". It is one side's estimate, not the count the
// other side gives, and is set only against other disputed counts.
const Disputed = "disputed"

// Nationwide is the place of a count of a whole country ("85 people have
// been killed nationwide"): another place than any one town or region of
// it, and the place a report that names none most likely means.
const Nationwide = "nationwide"

// Statewide is the place of a count of a whole state or province of a
// country ("53 percent of flood claims have been paid across the whole of
// the state"): another place than any town of it.
const Statewide = "statewide"

// VoteTally is the subject of a vote's tally ("The board voted 5-2"): a
// pair of figures like a match result, but one that reports of the same
// vote share and compare.
const VoteTally = "vote tally"

// Distance is the subject of a distance that names no thing it is
// measured from: a length travelled ("covered roughly 1.4 million
// kilometres"), or how far one thing is from another ("passed within
// 115,000 miles of Earth").
const Distance = "distance"

// DistanceFrom opens the subject of a distance from a thing the text names
// with a common noun: "landed about 240 meters from the road" is a
// "distance from road", "80 km from the nearest town" a "distance from
// nearest town". Two distances are from one thing when they name it by
// one head noun, or one by the first word of the other's compound ("the
// finish" and "the finish line"); distances from things named apart are
// compared only within one article, as distances that name nothing.
const DistanceFrom = "distance from "

// Carry is the measure of the people or things a vessel or vehicle carries
// ("a helicopter carrying six passengers"): the size of the group aboard,
// which a figure of "all" of them gives whatever they then did.
const Carry = "carry"

// Outage and Closure are the subjects of a span something was out of
// service or shut: "systems were down for nine days", "the line would
// remain closed for six days". The state says what lasted, so two such
// spans of one story need no name in common.
const (
	Outage  = "outage"
	Closure = "closure"
)

// TimeTo opens the subject of how long an act took, named by its verb:
// "took 22 minutes to clear the building" and "cleared the stands in 14
// minutes" are each a "time to clear". The act says what lasted, as a
// state does for Outage.
const TimeTo = "time to "

// RoleInfo is what a role claim says about a person.
type RoleInfo struct {
	Title  string `json:"title"`            // normalized title: "president", "spokesman", "son-in-law"
	Status string `json:"status,omitempty"` // "former", "acting", "elect", "late", or "" for a current role
	Of     string `json:"of,omitempty"`     // whose or of what: "Trump", "Kremlin", "Russia's sovereign wealth fund"
}

// Claim is one checkable statement read from a source: a value together with
// what it is about and the context that decides what it can be compared with.
//
// Slots hold normalized, lower-case keys (entity names are resolved to their
// canonical form by the match step); an empty slot means the text did not say.
// Claims are never modified after they are stored.
//
// Kind and Section stand together so that they share one word. Only role
// claims have a RoleInfo, so a claim holds a pointer to it, nil for none,
// behind Role and SetRole: 8 bytes instead of 48 on every other claim. The
// RoleInfo it points to is never changed, so copies of a claim may share it.
// A Claim is 440 bytes.
type Claim struct {
	ID       string    // stable identifier: source hash prefix, kind and byte offset
	Kind     ClaimKind // family of the claim
	Section  Section   // where in the article the sentence stands
	Span     Span      // the quote: the words that carry the value
	Quote    string    // exact text of Span
	Sentence Range     // the whole sentence, in the source of Span; zero when unknown
	Text     string    // exact text of Sentence

	Subject string    // what is counted ("drones"), what happened ("invasion"), or the person of a role
	Measure string    // the predicate: "launch", "intercept", "kill"; "age"; a role title
	Value   Value     // what is asserted
	role    *RoleInfo // nil for no role; see Role and SetRole

	Actor   string // who did it: "russia"
	Target  string // at or against whom: "ukraine"
	Origin  string // whose counted things these are: "ukrainian drones" -> "ukraine"
	Place   string // where: "cherkasy"
	Period  string // over which window: "overnight", "week"
	Version string // which draft or revision: "initial", "revised"; "update" for "rose to"
	SaidBy  string // who is quoted or credited: "ukraine's air force"

	Parent   string   // ID of the whole this claim is part of ("63 of which" -> "82 drones")
	Entities []string // entities named in the sentence, canonical names
	Context  Words    // content-word lemmas of the claim's clause, for topic similarity
}

// Pos returns the start of the claim's quote.
func (c *Claim) Pos() Pos { return c.Span.Start }

// Role returns what a role claim says about a person, or the zero RoleInfo
// when the claim says nothing of a role.
func (c *Claim) Role() RoleInfo {
	if c.role == nil {
		return RoleInfo{}
	}
	return *c.role
}

// SetRole sets what the claim says about a person's role; the zero RoleInfo
// clears it. It leaves the claim as it is when r is its role already.
func (c *Claim) SetRole(r RoleInfo) {
	switch {
	case r == (RoleInfo{}):
		c.role = nil
	case c.role == nil || *c.role != r:
		p := new(RoleInfo) // not &r, which would move r to the heap on every call
		*p = r
		c.role = p
	}
}

// SentenceSpan returns the span of the claim's sentence: Sentence in the
// source of Span, or the zero Span when Sentence is zero.
func (c *Claim) SentenceSpan() Span {
	if c.Sentence.IsZero() {
		return Span{}
	}
	return c.Sentence.In(c.Span.Source)
}
