// Package record turns coded event mentions into the record's answers:
// relations that hold over time between two actors (who recognizes whom,
// as of a date, and on what evidence) and dyad timelines. It is pure logic
// over mentions the store hands it: no I/O, no clock.
//
// Rules (documented here because users rely on them):
//
//   - Only asserted mentions count. Retracted mentions are the store's
//     business: the caller leaves them out.
//   - Mentions with the same EventID are one happening (one piece of
//     evidence, several sources); its date is the most precise date its
//     mentions give (the earliest among equals).
//   - Partial dates: a date that starts or strengthens a relation counts
//     from its FIRST day ("2025-07" recognition is in force as of
//     2025-07-01); a date that ends or weakens one counts from its LAST day
//     (a "2025-07" break takes effect on 2025-07-31). AsOf itself, when
//     partial, is its last day. Output shows partial dates with their
//     precision: "2025-07 (month precision)". A later, more precise start
//     that falls inside a partial Since refines it (recognition,
//     diplomatic relations, designation only: they open by one act).
//   - An empty AsOf is the last day of the latest mention date.
//   - The sides of a relation are states (RUS, RUSGOV and RUSMIL are all
//     Russia; Source and Target are "RUS"); international organisations
//     keep their full code (IGOUNO). When both sides belong to one state
//     (AFGGOV against AFGINS) the full codes keep them apart.
//   - An end or easing with no open relation opens nothing; it is added to
//     the end evidence of the latest ended period of that pair, if any.
//
// Kinds:
//
//   - recognition (directed): 054 starts it. It ends by an explicit
//     withdrawal of recognition (a 16x mention whose words say withdraw,
//     revoke, rescind, derecognize … recognition) or by the recognizing
//     side breaking diplomatic relations: 161 only when the trigger or
//     sentence says break, sever, rupture or cut ties. A downgrade or the
//     expulsion of a diplomat (161 "downgraded", 166x) does not end it.
//   - diplomatic-relations (undirected): 054 establishes or restores, 161
//     with break wording breaks.
//   - sanctions (directed): 163 imposes (state active); 085 eases (state
//     eased: ease, relax, loosen, suspend, partially) or lifts (state
//     lifted, the relation ends: lift, remove, end, scrap, revoke, repeal).
//     The trigger's words decide before the sentence's; with neither, 085
//     is an easing. A 163 after an easing makes the sanctions active again.
//   - designation (directed): 1729 designates, 0819 removes
//     (CONVENTIONS.md §3).
//   - armed-conflict (undirected): any 18x–20x mention opens or extends
//     it; a 0871 ceasefire ends it; the next violent event opens a new
//     period. With no violent event for 365 days (after the last day of
//     the latest violent date) it is over: Until is that last violent date
//     and the reason says so.
//   - agreement (undirected): 057 signed; each signing date is its own
//     relation and stays in force.
//   - military-aid (directed): 072 forms one dated series per pair: Since
//     is the first, Last the latest, Count the number of happenings.
package record

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/chancery/chancery/event"
)

// Query asks which relations hold.
type Query struct {
	AsOf   string // YYYY-MM-DD, YYYY-MM or YYYY (its last day); "" is the latest mention date
	Kind   Kind   // "" is every kind
	Source string // actor code; a country code covers all its actor codes ("AFG" covers AFGGOV)
	Target string
	// Either also matches directed kinds with source and target swapped
	// (undirected kinds always match both ways).
	Either bool
	// History also returns periods that ended on or before AsOf.
	History bool
}

// Evidence is one mention behind a relation.
type Evidence struct {
	MentionID string `json:"mention_id"`
	EventID   string `json:"event_id,omitempty"`
	Date      string `json:"date"`
	Code      string `json:"code"`
	Source    string `json:"source"`
	Target    string `json:"target"`
	Sentence  string `json:"sentence"`
	Trigger   string `json:"trigger"`
	ArticleID string `json:"article_id"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// Relation is one period of a relation as of the query date.
type Relation struct {
	Kind        Kind     `json:"kind"`
	Source      string   `json:"source"`
	Target      string   `json:"target"`
	SourceName  string   `json:"source_name,omitempty"`
	TargetName  string   `json:"target_name,omitempty"`
	SourceCodes []string `json:"source_codes"`
	TargetCodes []string `json:"target_codes"`
	State       string   `json:"state"`
	Since       string   `json:"since"`
	// SincePrecision is "day", "month" or "year".
	SincePrecision string `json:"since_precision"`
	// StateSince is the date of the latest change of state after the start
	// (sanctions eased), empty when the state is the starting one.
	StateSince string `json:"state_since,omitempty"`
	// Until and EndReason are set when the relation ended on or before AsOf.
	Until          string `json:"until,omitempty"`
	UntilPrecision string `json:"until_precision,omitempty"`
	EndReason      string `json:"end_reason,omitempty"`
	// Last is the latest date of a series (military aid).
	Last string `json:"last,omitempty"`
	// Count is the number of happenings in Evidence.
	Count       int        `json:"count"`
	Evidence    []Evidence `json:"evidence"`
	EndEvidence []Evidence `json:"end_evidence,omitempty"`
}

// SinceText is Since for people, with its precision when partial.
func (r Relation) SinceText() string { return parseOrZero(r.Since).Text() }

// UntilText is Until for people, with its precision when partial.
func (r Relation) UntilText() string { return parseOrZero(r.Until).Text() }

// Relations answers q from mentions: the relations in force as of q.AsOf
// (and, with q.History, those that ended), each with its evidence, in kind
// order, then by start date.
func Relations(mentions iter.Seq[event.Event], q Query) ([]Relation, error) {
	if _, err := ParseKind(string(q.Kind)); err != nil {
		return nil, err
	}
	var asOf time.Time
	if q.AsOf != "" {
		d, err := ParseDate(q.AsOf)
		if err != nil {
			return nil, fmt.Errorf("record: as-of: %w", err)
		}
		asOf = d.Last()
	}
	hs, latest := collect(mentions, q)
	if asOf.IsZero() {
		asOf = latest
	}
	var out []Relation
	for _, group := range groupPairs(hs) {
		for _, p := range build(group) {
			if r, ok := p.at(asOf, q.History); ok {
				out = append(out, orient(r, q))
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Relation) int {
		return cmp.Or(
			cmp.Compare(slices.Index(kinds, a.Kind), slices.Index(kinds, b.Kind)),
			parseOrZero(a.Since).First().Compare(parseOrZero(b.Since).First()),
			cmp.Compare(a.Source, b.Source),
			cmp.Compare(a.Target, b.Target))
	})
	return out, nil
}

// orient turns an undirected relation so that its Source side is the one
// the query named.
func orient(r Relation, q Query) Relation {
	if r.Kind.Directed() {
		return r
	}
	swap := (q.Source != "" && !matchesAny(q.Source, r.SourceCodes) && matchesAny(q.Source, r.TargetCodes)) ||
		(q.Source == "" && q.Target != "" && !matchesAny(q.Target, r.TargetCodes) && matchesAny(q.Target, r.SourceCodes))
	if swap {
		r.Source, r.Target = r.Target, r.Source
		r.SourceName, r.TargetName = r.TargetName, r.SourceName
		r.SourceCodes, r.TargetCodes = r.TargetCodes, r.SourceCodes
	}
	return r
}
