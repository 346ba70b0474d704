// Package simhash fingerprints texts so that near-duplicates (the same wire
// story with a changed headline or an added line) have fingerprints a few
// bits apart.
package simhash

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// Shingle is the number of words in a shingle.
const Shingle = 3

// MinWords is the fewest words a text needs for its fingerprint to mean
// anything; shorter texts are never called near-duplicates.
const MinWords = 8

// Sum is the 64-bit SimHash of the text's lower-cased word shingles, and the
// number of words it saw.
func Sum(text string) (uint64, int) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var v [64]int
	h := fnv.New64a()
	add := func(ws []string) {
		h.Reset()
		for _, w := range ws {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for i := range v {
			if x&(1<<uint(i)) != 0 {
				v[i]++
			} else {
				v[i]--
			}
		}
	}
	if len(words) < Shingle {
		for _, w := range words {
			add([]string{w})
		}
	}
	for i := 0; i+Shingle <= len(words); i++ {
		add(words[i : i+Shingle])
	}
	var sum uint64
	for i, n := range v {
		if n > 0 {
			sum |= 1 << uint(i)
		}
	}
	return sum, len(words)
}

// Distance is the Hamming distance between two fingerprints.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Bands splits a fingerprint into four 16-bit bands. Two fingerprints at
// distance 3 or less agree on at least one band (pigeonhole), so an index
// on the bands finds every candidate.
func Bands(x uint64) [4]int64 {
	return [4]int64{int64(x & 0xffff), int64(x >> 16 & 0xffff), int64(x >> 32 & 0xffff), int64(x >> 48)}
}
