package lang

import (
	"strings"
	"sync"
)

// irregularVerbs lists English verbs with irregular past or participle:
// "base past participle", alternatives separated by "/". Prefixed verbs
// ("withdraw", "overthrow", "rebuild") are derived from their stems by
// verbStem unless listed here.
const irregularVerbs = `
abide abode/abided abode/abided
arise arose arisen
awake awoke awoken
be was/were been
bear bore borne/born
beat beat beaten/beat
become became become
begin began begun
behave behaved behaved
belie belied belied
bend bent bent
beseech besought/beseeched besought/beseeched
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burned/burnt burned/burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
dive dived/dove dived
do did done
draw drew drawn
dream dreamed/dreamt dreamed/dreamt
drink drank drunk
drive drove driven
dwell dwelt/dwelled dwelt/dwelled
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
fit fit/fitted fit/fitted
flee fled fled
fling flung flung
fly flew flown
forbid forbade/forbid forbidden
forecast forecast/forecasted forecast/forecasted
forget forgot forgotten
forgive forgave forgiven
forgo forwent forgone
forsake forsook forsaken
freeze froze frozen
get got got/gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung/hanged hung/hanged
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt/kneeled knelt/kneeled
knit knit/knitted knit/knitted
know knew known
lay laid laid
lead led led
lean leaned/leant leaned/leant
leap leaped/leapt leaped/leapt
learn learned/learnt learned/learnt
leave left left
lend lent lent
let let let
lie lay/lied lain/lied
light lit/lighted lit/lighted
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
mow mowed mown/mowed
overcome overcame overcome
pay paid paid
plead pleaded/pled pleaded/pled
prove proved proved/proven
put put put
quit quit/quitted quit/quitted
read read read
relay relayed relayed
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
saw sawed sawn/sawed
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
sew sewed sewn/sewed
shake shook shaken
shear sheared shorn/sheared
shed shed shed
shine shone/shined shone/shined
shoot shot shot
show showed shown/showed
shrink shrank/shrunk shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slink slunk slunk
slit slit slit
smell smelled/smelt smelled/smelt
sneak sneaked/snuck sneaked/snuck
sow sowed sown/sowed
speak spoke spoken
speed sped/speeded sped/speeded
spell spelled/spelt spelled/spelt
spend spent spent
spill spilled/spilt spilled/spilt
spin spun spun
spit spat/spit spat/spit
split split split
spoil spoiled/spoilt spoiled/spoilt
spread spread spread
spring sprang/sprung sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank/stunk stunk
strew strewed strewn/strewed
stride strode stridden
strike struck struck/stricken
string strung strung
strive strove/strived striven/strived
swear swore sworn
sweep swept swept
swell swelled swollen/swelled
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
thrive thrived/throve thrived/thriven
throw threw thrown
thrust thrust thrust
tread trod trodden/trod
understand understood understood
undertake undertook undertaken
upset upset upset
wake woke/waked woken/waked
wear wore worn
weave wove/weaved woven/weaved
wed wed/wedded wed/wedded
weep wept wept
wet wet/wetted wet/wetted
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
`

// verbPrefixes derive forms of prefixed verbs from irregular stems:
// "overthrow" from "throw", "rebuild" from "build", "become" from "come".
var verbPrefixes = [...]string{"with", "over", "under", "out", "up", "re", "mis", "fore", "un", "be"}

type irregular struct{ past, participle []string }

var irregularOnce = sync.OnceValues(func() (map[string]irregular, map[string]struct{}) {
	verbs := make(map[string]irregular, 200)
	parts := make(map[string]struct{}, 300)
	for line := range strings.SplitSeq(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		v := irregular{strings.Split(f[1], "/"), strings.Split(f[2], "/")}
		verbs[f[0]] = v
		for _, p := range v.participle {
			parts[p] = struct{}{}
		}
	}
	return verbs, parts
})

// participles is the set of irregular past participles.
func participles() map[string]struct{} {
	_, p := irregularOnce()
	return p
}

// lookupIrregular finds base in the table, directly or as prefix + stem. It
// returns the prefix ("" when direct) and the stem's entry.
func lookupIrregular(base string) (string, string, irregular, bool) {
	verbs, _ := irregularOnce()
	if v, ok := verbs[base]; ok {
		return "", base, v, true
	}
	for _, p := range verbPrefixes {
		stem, ok := strings.CutPrefix(base, p)
		if !ok || len(stem) < 3 {
			continue
		}
		if v, ok := verbs[stem]; ok {
			return p, stem, v, true
		}
	}
	return "", "", irregular{}, false
}
