// Package extract turns a page into an article: the clean body text that
// every event span points into, with its title, byline, date and language.
// HTML goes through a readability library; pasted text goes through a chrome
// filter of our own. Both are pure functions of their input.
package extract
