package store

import (
	"context"
	"database/sql"
	"fmt"
	"github.com/chancery/chancery/when"
	"strings"
	"unicode"

	"github.com/chancery/chancery/event"
)

// where builds the conditions of a filter over mentions (alias m, with
// articles a) or events (alias e).
func (s *DB) where(f Filter, events bool) (string, []any, error) {
	var conds []string
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	t := "m"
	if events {
		t = "e"
	}
	for _, v := range []string{f.Actor, f.Source, f.Target, f.Country, f.Code, f.Root} {
		if !isCode(v, 0, 32, actorChars) {
			return "", nil, fmt.Errorf("filter value %q is not upper-case letters and digits: %w", v, ErrInvalid)
		}
	}
	side := func(col, v string) string { // prefix of the code, or the country
		c := t + "." + col + "_code LIKE ?"
		args = append(args, v+"%")
		if len(v) == 3 {
			c += " OR " + t + "." + col + "_country = ?"
			args = append(args, v)
		}
		return c
	}
	if f.Actor != "" {
		conds = append(conds, "("+side("source", f.Actor)+" OR "+side("target", f.Actor)+")")
	}
	if f.Source != "" {
		conds = append(conds, "("+side("source", f.Source)+")")
	}
	if f.Target != "" {
		conds = append(conds, "("+side("target", f.Target)+")")
	}
	if f.Country != "" {
		add("("+t+".source_country = ? OR "+t+".target_country = ?)", f.Country, f.Country)
	}
	if f.Code != "" {
		add(t+".code LIKE ?", f.Code+"%")
	}
	if f.Root != "" {
		add(t+".root = ?", f.Root)
	}
	if f.Quad != 0 {
		add(t+".quad = ?", f.Quad)
	}
	for _, d := range []string{f.From, f.To} {
		if err := checkDate(d); err != nil {
			return "", nil, fmt.Errorf("filter: %v: %w", err, ErrInvalid)
		}
	}
	if f.From != "" {
		add(t+".date_start >= ?", when.FirstDay(f.From))
	}
	if f.To != "" {
		add("("+t+".date_start <> '' AND "+t+".date_start <= ?)", when.LastDay(f.To))
	}
	if f.EventID != "" {
		add(t+".event_id = ?", f.EventID)
	}
	words := textWords(f.Text)
	if events {
		if f.Modality != "" && f.Modality != event.Asserted {
			add("1 = 0")
		}
		if f.Article != "" || len(words) > 0 {
			sub := "SELECT 1 FROM mentions m WHERE m.event_id = e.event_id"
			var subArgs []any
			if f.Article != "" {
				sub += " AND m.article_id = ?"
				subArgs = append(subArgs, f.Article)
			}
			if len(words) > 0 {
				c, a := s.d.TextMatch("m", words)
				sub += " AND " + c
				subArgs = append(subArgs, a...)
			}
			add("EXISTS ("+sub+")", subArgs...)
		}
	} else {
		if f.Modality != "" {
			add("m.modality = ?", string(f.Modality))
		}
		if f.Article != "" {
			add("m.article_id = ?", f.Article)
		}
		if len(words) > 0 {
			c, a := s.d.TextMatch("m", words)
			add(c, a...)
		}
		if !f.IncludeRetracted {
			add("NOT a.retracted AND NOT m.wrong")
		}
	}
	w := ""
	if len(conds) > 0 {
		w = " WHERE " + strings.Join(conds, " AND ")
	}
	return w, args, nil
}

// textWords splits a search into lower-case words.
func textWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func page(f Filter) string {
	if f.Limit <= 0 && f.Offset <= 0 {
		return ""
	}
	limit := int64(f.Limit)
	if limit <= 0 {
		limit = 1<<63 - 1
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, max(f.Offset, 0))
}

// Mentions streams the mentions that pass f.
func (s *DB) Mentions(ctx context.Context, f Filter, fn func(Mention) error) error {
	w, args, err := s.where(f, false)
	if err != nil {
		return fmt.Errorf("store: mentions: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT m.event_id, m.wrong, a.retracted, a.url, a.title, a.published, `+
		prefixed("m.", mentionCols)+` FROM mentions m JOIN articles a ON a.id = m.article_id`+w+
		` ORDER BY m.date_start, m.article_id, m.sentence_index, m.id`+page(f)), args...)
	if err != nil {
		return fmt.Errorf("store: mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanMention(rows)
		if err != nil {
			return fmt.Errorf("store: mentions: %w", err)
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: mentions: %w", err)
	}
	return nil
}

func prefixed(p, cols string) string {
	parts := strings.Split(cols, ",")
	for i, c := range parts {
		parts[i] = p + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}

func scanMention(rows *sql.Rows) (Mention, error) {
	var m Mention
	e := &m.Event
	var eventID, cue, dcue sql.NullString
	var cs, ce, ds, de int
	var dateStart, dateYear, modality string
	err := rows.Scan(&eventID, &m.Wrong, &m.Retracted, &e.Article.URL, &e.Article.Title, &e.Article.Published,
		&e.ID, &e.Article.ID, &e.Sentence.Index, &e.Sentence.Text, &e.Sentence.Span[0], &e.Sentence.Span[1],
		&e.Trigger.Text, &e.Trigger.Span[0], &e.Trigger.Span[1],
		&e.Source.Code, &e.Source.Country, &e.Source.Name, &e.Source.Text, &e.Source.Span[0], &e.Source.Span[1],
		&e.Target.Code, &e.Target.Country, &e.Target.Name, &e.Target.Text, &e.Target.Span[0], &e.Target.Span[1],
		&e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.Plover.Type, &e.Plover.Mode, &e.CAMEO,
		&modality, &cue, &cs, &ce,
		&e.Date, &dateStart, &dateYear, &e.DateBasis, &dcue, &ds, &de,
		&e.Rule, &e.Confidence, &e.Coder.Version, &e.Coder.Dictionaries)
	if err != nil {
		return m, err
	}
	e.EventID, e.Modality = eventID.String, event.Modality(modality)
	if cue.Valid {
		e.ModalityCue = &event.Cue{Text: cue.String, Span: event.Span{cs, ce}}
	}
	if dcue.Valid {
		e.DateCue = &event.Cue{Text: dcue.String, Span: event.Span{ds, de}}
	}
	return m, nil
}

// Events streams the merged events that pass f.
func (s *DB) Events(ctx context.Context, f Filter, fn func(Event) error) error {
	w, args, err := s.where(f, true)
	if err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	rows, err := s.r.QueryContext(ctx, s.q(`SELECT `+eventCols+` FROM events e`+w+
		` ORDER BY e.date_start, e.code, e.source_code, e.target_code, e.event_id`+page(f)), args...)
	if err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return fmt.Errorf("store: events: %w", err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	return nil
}
