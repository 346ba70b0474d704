package store

import (
	"crypto/sha256"
	"encoding/hex"
	"github.com/chancery/chancery/when"
	"sort"
)

// Events are merged within a partition: mentions with the same source code,
// target code and event code in the same year. Only a qualifying mention
// (asserted, not marked wrong, article not retracted) belongs to an event.

// partKey names a partition.
type partKey struct{ Source, Target, Code, Year string }

// partRow is one mention of a partition, with what merging needs.
type partRow struct {
	MentionID, EventID, Date string
	Qualifies                bool
	Cluster, Domain          string // the original article and its domain
	Ingested                 string
	SourceCountry            string
	TargetCountry            string
	Root                     string
	Quad                     int
	Goldstein                float64
}

// eventRow is an event as stored, with its partition year.
type eventRow struct {
	Event
	Year    string
	Members []string // mention ids
}

// eventID is a stable hash of what defines an event.
func eventID(k partKey, date, extra string) string {
	h := sha256.Sum256([]byte(k.Code + "|" + k.Source + "|" + k.Target + "|" + date + "|" + extra))
	return hex.EncodeToString(h[:8])
}

// merge groups a partition's qualifying mentions into events. The result
// depends only on the set of mentions, not on the order they arrived: each
// distinct day is an event; a month joins the earliest day event inside it,
// else is its own event; a year joins the earliest day or month event in
// it, else is its own event. An undated mention is an event of its own.
func merge(k partKey, rows []partRow) []eventRow {
	byDate := map[string][]partRow{}
	var undated []partRow
	for _, r := range rows {
		switch {
		case !r.Qualifies:
		case r.Date == "":
			undated = append(undated, r)
		default:
			byDate[r.Date] = append(byDate[r.Date], r)
		}
	}
	dates := make([]string, 0, len(byDate))
	for d := range byDate {
		dates = append(dates, d)
	}
	// Most precise first, then by date.
	sort.Slice(dates, func(i, j int) bool {
		if len(dates[i]) != len(dates[j]) {
			return len(dates[i]) > len(dates[j])
		}
		return dates[i] < dates[j]
	})
	var keys []string // event dates, sorted by start then precision
	groups := map[string][]partRow{}
	for _, d := range dates {
		key := ""
		for _, c := range keys {
			if contains(d, c) {
				key = c
				break
			}
		}
		if key == "" {
			key = d
			keys = append(keys, d)
			sort.Slice(keys, func(i, j int) bool {
				si, sj := when.FirstDay(keys[i]), when.FirstDay(keys[j])
				if si != sj {
					return si < sj
				}
				return len(keys[i]) > len(keys[j])
			})
		}
		groups[key] = append(groups[key], byDate[d]...)
	}
	out := make([]eventRow, 0, len(keys)+len(undated))
	for _, key := range keys {
		out = append(out, build(k, key, eventID(k, key, ""), groups[key]))
	}
	for _, r := range undated {
		out = append(out, build(k, "", eventID(k, "", r.MentionID), []partRow{r}))
	}
	return out
}

// build makes one event from its mentions.
func build(k partKey, date, id string, rows []partRow) eventRow {
	sort.Slice(rows, func(i, j int) bool { return rows[i].MentionID < rows[j].MentionID })
	first := rows[0]
	e := eventRow{Year: k.Year, Event: Event{
		ID: id, Date: date, Precision: precision(date),
		Code: k.Code, Root: first.Root, Quad: first.Quad, Goldstein: first.Goldstein,
		Source: k.Source, Target: k.Target,
		SourceCountry: first.SourceCountry, TargetCountry: first.TargetCountry,
		NumMentions: len(rows),
	}}
	clusters, domains := map[string]bool{}, map[string]bool{}
	seen := ""
	for _, r := range rows {
		clusters[r.Cluster] = true
		domains[r.Domain] = true
		if seen == "" || r.Ingested < seen {
			seen = r.Ingested
		}
		e.Members = append(e.Members, r.MentionID)
	}
	e.NumArticles, e.NumSources = len(clusters), len(domains)
	e.FirstSeen = parseStamp(seen)
	return e
}
