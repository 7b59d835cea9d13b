//! Entities within an article: people (with titles), organisations, documents, and the
//! light coreference that resolves `He`, `the statement`, `Rubio` to the fullest name.
//!
//! The table is built in one pass over the words of the text: every run of capitalised
//! words is a candidate name. Leading titles and nationality words are peeled off a
//! person's name (`US Secretary of State Marco Rubio` is `Marco Rubio`, with the title
//! `secretary`); a run holding an organisation word (`Department`, `Ministry`, `Party`) or
//! written in capitals (`CNN`) is an organisation. People are merged by their last name, so
//! `Rubio`, `Secretary Rubio` and `Marco Rubio` are one entity named by its fullest form.
//!
//! [`EntityTable::resolve`] maps any mention span to a name: a pronoun to the last person
//! named before it, a title (`the Secretary`) to the person who bore it, a surname to the
//! full name, an organisation's common noun (`the ministry`) to the last organisation
//! named with it.

use std::borrow::Cow;
use std::hash::{BuildHasherDefault, Hasher};

/// The table's maps: keyed by short strings of one article, hashed with [`FxHasher`].
type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A small fast hasher for short string keys (the multiply-rotate mix of rustc's FxHash),
/// in place of SipHash, whose flooding defence the per-article tables do not need.
#[derive(Debug, Clone, Copy, Default)]
struct FxHasher {
    hash: u64,
}

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

use crate::lexicon::{WordTable, letter, slots_for, words_in};
use crate::model::{Entity, EntityKind, Span};
use crate::text::Document;

/// Words that are titles or roles before a name (lower case, without a full stop).
pub(crate) const TITLES: &[&str] = &[
    "acting",
    "activist",
    "actor",
    "admiral",
    "affairs",
    "agriculture",
    "ambassador",
    "analyst",
    "archbishop",
    "assistant",
    "associate",
    "attorney",
    "author",
    "bishop",
    "brig",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cmdr",
    "coach",
    "col",
    "colonel",
    "columnist",
    "commander",
    "commerce",
    "commissioner",
    "congressman",
    "congresswoman",
    "constable",
    "councillor",
    "councilman",
    "councilwoman",
    "counsel",
    "defence",
    "defense",
    "delegate",
    "deputy",
    "det",
    "detective",
    "director",
    "doctor",
    "dr",
    "economist",
    "economy",
    "editor",
    "education",
    "emperor",
    "energy",
    "envoy",
    "executive",
    "expert",
    "external",
    "farmer",
    "father",
    "finance",
    "first",
    "foreign",
    "former",
    "founder",
    "gen",
    "general",
    "gov",
    "governor",
    "health",
    "historian",
    "home",
    "homeland",
    "host",
    "immigration",
    "insp",
    "inspector",
    "interior",
    "judge",
    "justice",
    "king",
    "labor",
    "labour",
    "lady",
    "lawyer",
    "leader",
    "lieut",
    "lord",
    "lt",
    "maj",
    "major",
    "manager",
    "mayor",
    "minister",
    "mla",
    "mp",
    "mpp",
    "mr",
    "mrs",
    "ms",
    "nurse",
    "officer",
    "organiser",
    "organizer",
    "owner",
    "player",
    "pm",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "resident",
    "rev",
    "reverend",
    "scientist",
    "sec",
    "secretary",
    "security",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "singer",
    "sir",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "state",
    "student",
    "superintendent",
    "supt",
    "teacher",
    "trade",
    "transport",
    "treasurer",
    "treasury",
    "veteran",
    "vice",
    "volunteer",
    "war",
    "whip",
    "writer",
];

/// Title words that name a portfolio (`Foreign Affairs Minister`), never a person alone:
/// a mention ending in one is the department, not its minister.
const PORTFOLIOS: &[&str] = &[
    "affairs",
    "agriculture",
    "commerce",
    "defence",
    "defense",
    "economy",
    "education",
    "energy",
    "finance",
    "health",
    "homeland",
    "immigration",
    "interior",
    "labor",
    "labour",
    "security",
    "trade",
    "transport",
    "treasury",
];

/// Words that make a capitalised run an organisation.
pub(crate) const ORG_WORDS: &[&str] = &[
    "administration",
    "agency",
    "airlines",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "center",
    "centre",
    "chamber",
    "channel",
    "church",
    "city",
    "club",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "daily",
    "department",
    "embassy",
    "federation",
    "force",
    "forum",
    "foundation",
    "front",
    "fund",
    "globe",
    "government",
    "group",
    "guard",
    "guardian",
    "herald",
    "hospital",
    "house",
    "inc",
    "institute",
    "institution",
    "journal",
    "league",
    "ltd",
    "media",
    "ministry",
    "movement",
    "navy",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "press",
    "program",
    "programme",
    "radio",
    "railroad",
    "railway",
    "reuters",
    "secretariat",
    "senate",
    "service",
    "society",
    "station",
    "telegraph",
    "television",
    "times",
    "tribunal",
    "tribune",
    "tv",
    "union",
    "unit",
    "university",
];

/// Determiners that open a description (`The prime minister`), never its head.
const DETERMINERS: &[&str] = &["a", "an", "that", "the", "these", "this", "those"];

/// Capitalised words that start a sentence without starting a name.
const FUNCTION: &[&str] = &[
    "a",
    "about",
    "according",
    "additionally",
    "advertisement",
    "after",
    "again",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "any",
    "april",
    "as",
    "asked",
    "at",
    "august",
    "because",
    "before",
    "below",
    "both",
    "but",
    "by",
    "can",
    "continues",
    "could",
    "december",
    "despite",
    "did",
    "do",
    "does",
    "dr",
    "during",
    "each",
    "earlier",
    "even",
    "every",
    "february",
    "for",
    "friday",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "january",
    "july",
    "june",
    "last",
    "later",
    "many",
    "march",
    "may",
    "meanwhile",
    "might",
    "monday",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "notably",
    "november",
    "now",
    "october",
    "of",
    "on",
    "one",
    "or",
    "other",
    "our",
    "over",
    "saturday",
    "september",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "story",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thursday",
    "to",
    "tuesday",
    "under",
    "until",
    "we",
    "wednesday",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yet",
    "you",
];

/// Day and month names, never part of a name.
const CALENDAR: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "friday",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "monday",
    "nov",
    "november",
    "oct",
    "october",
    "saturday",
    "sept",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Common nouns that stand for an organisation named before (`the company`).
const ORG_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "airline",
    "army",
    "association",
    "authority",
    "automaker",
    "bank",
    "board",
    "campaign",
    "carmaker",
    "channel",
    "charity",
    "club",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "department",
    "district",
    "embassy",
    "firm",
    "foundation",
    "government",
    "group",
    "hospital",
    "institute",
    "insurer",
    "league",
    "lender",
    "military",
    "ministry",
    "network",
    "newspaper",
    "office",
    "organisation",
    "organization",
    "party",
    "police",
    "railroad",
    "railway",
    "regulator",
    "retailer",
    "school",
    "service",
    "station",
    "team",
    "union",
    "university",
    "utility",
    "watchdog",
];

/// Countries, regions and their adjectives, which make a capitalised run no person's name.
const PLACES: &[&str] = &[
    "afghan",
    "afghanistan",
    "africa",
    "african",
    "alberta",
    "america",
    "american",
    "arab",
    "arabia",
    "article",
    "asia",
    "asian",
    "australia",
    "australian",
    "avenue",
    "b.c",
    "beijing",
    "below",
    "brazil",
    "bridge",
    "britain",
    "british",
    "california",
    "canada",
    "canadian",
    "china",
    "chinese",
    "christmas",
    "citizenship",
    "city",
    "columbia",
    "continued",
    "county",
    "day",
    "east",
    "eastern",
    "egypt",
    "egyptian",
    "england",
    "english",
    "europe",
    "european",
    "florida",
    "france",
    "french",
    "german",
    "germany",
    "immigration",
    "india",
    "indian",
    "iran",
    "iranian",
    "iraq",
    "iraqi",
    "island",
    "islands",
    "israel",
    "israeli",
    "italian",
    "italy",
    "japan",
    "japanese",
    "kenya",
    "kenyan",
    "korea",
    "korean",
    "lake",
    "london",
    "manitoba",
    "mexican",
    "mexico",
    "montreal",
    "moscow",
    "mountain",
    "nigeria",
    "north",
    "northern",
    "ontario",
    "ottawa",
    "pakistan",
    "pakistani",
    "paris",
    "park",
    "province",
    "quebec",
    "river",
    "road",
    "russia",
    "russian",
    "saskatchewan",
    "saudi",
    "scotia",
    "somali",
    "somalia",
    "south",
    "southern",
    "spain",
    "spanish",
    "state",
    "states",
    "statistics",
    "street",
    "syria",
    "syrian",
    "texas",
    "toronto",
    "town",
    "turkey",
    "turkish",
    "u.k",
    "u.s",
    "uk",
    "ukraine",
    "ukrainian",
    "us",
    "usa",
    "vancouver",
    "washington",
    "west",
    "western",
    "york",
    "zealand",
];

/// Words before a place name.
const PLACE_LEAD: &[&str] = &[
    "across",
    "around",
    "at",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "outside",
    "throughout",
    "to",
    "toward",
    "towards",
    "visit",
    "visited",
    "within",
];

/// Personal pronouns that may stand for a person.
pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "i", "we", "they"];

fn lower_in(list: &[&str], w: &str) -> bool {
    let w = w.trim_end_matches('.');
    w.len() <= 24 && listed(list, w)
}

/// The word lists the table reads most, indexed together (see [`crate::lexicon`]).
const INDEXED: [&[&str]; 7] = [
    TITLES, ORG_WORDS, FUNCTION, CALENDAR, ORG_NOUNS, PLACES, PLACE_LEAD,
];
static INDEX: WordTable<{ words_in(&INDEXED) }, { slots_for(words_in(&INDEXED)) }> =
    WordTable::build(&INDEXED);

/// The first and last letters of the [`INDEXED`] words together, by length: most words
/// in no list are refused by it before [`INDEX`] hashes them.
static INDEX_ENDS: WordEnds = WordEnds::of(&INDEXED);

/// For each word length up to [`WordEnds::MAX_LEN`] and first letter ([`letter`]), the
/// set of last letters that words of a group of lists have.
struct WordEnds([[u32; 27]; WordEnds::MAX_LEN + 1]);

impl WordEnds {
    /// The longest word looked for.
    const MAX_LEN: usize = 24;

    const fn of(lists: &[&[&str]]) -> WordEnds {
        let mut t = [[0u32; 27]; WordEnds::MAX_LEN + 1];
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let w = lists[l][i].as_bytes();
                assert!(!w.is_empty() && w.len() <= WordEnds::MAX_LEN);
                t[w.len()][letter(w[0]) as usize] |= 1 << letter(w[w.len() - 1]);
                i += 1;
            }
            l += 1;
        }
        WordEnds(t)
    }

    /// Whether a word of the lists may be `w` (any ASCII case): false when none has its
    /// length, first and last letters.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match (self.0.get(b.len()), b.first(), b.last()) {
            (Some(row), Some(&f), Some(&l)) => row[letter(f) as usize] >> letter(l) & 1 == 1,
            _ => false,
        }
    }
}

/// One of the [`INDEXED`] lists: its bit in [`INDEX`].
#[derive(Clone, Copy)]
struct Words(u64);

impl Words {
    /// Like [`lower_in`]: whether `w`, less trailing full stops, is in the list.
    #[inline]
    fn has(self, w: &str) -> bool {
        self.in_lists(Words::lists_of(w))
    }

    /// The bits of the [`INDEXED`] lists that hold `w`, less trailing full stops: asked
    /// once for a word that many lists are asked about.
    #[inline]
    fn lists_of(w: &str) -> u64 {
        // Most words end in a letter: nothing to trim.
        let w = if w.ends_with('.') {
            w.trim_end_matches('.')
        } else {
            w
        };
        if w.len() <= 24 && INDEX_ENDS.may_hold(w) {
            INDEX.flags(w)
        } else {
            0
        }
    }

    /// Whether this list is among `lists` (bits from [`Words::lists_of`]).
    #[inline]
    fn in_lists(self, lists: u64) -> bool {
        lists & self.0 != 0
    }
}

const TITLE_SET: Words = Words(1 << 0);
const ORG_WORD_SET: Words = Words(1 << 1);
const FUNCTION_SET: Words = Words(1 << 2);
const CALENDAR_SET: Words = Words(1 << 3);
const ORG_NOUN_SET: Words = Words(1 << 4);
const PLACE_SET: Words = Words(1 << 5);
const PLACE_LEAD_SET: Words = Words(1 << 6);

/// Whether `w` (any ASCII case) is in `list`: lists of more than a dozen words are kept
/// sorted (by lower-case bytes) and searched by halves, smaller ones scanned.
pub(crate) fn listed(list: &[&str], w: &str) -> bool {
    if list.len() <= 12 {
        return list.iter().any(|x| x.eq_ignore_ascii_case(w));
    }
    debug_assert!(list.windows(2).all(|p| p[0] < p[1]), "unsorted word list");
    let w = w.as_bytes();
    list.binary_search_by(|x| cmp_lower(x.as_bytes(), w))
        .is_ok()
}

/// Compares `a` and `b` byte by byte as if both were in ASCII lower case.
#[inline]
fn cmp_lower(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
        if x != y {
            return x.cmp(&y);
        }
    }
    a.len().cmp(&b.len())
}

/// Common given names borne mostly by men, lower case, sorted: a first name gives a
/// person's gender when no title does.
#[rustfmt::skip]
const MALE_GIVEN_NAMES: &[&str] = &[
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "alan", "albert",
    "alejandro", "alex", "alexander", "alexei", "alfred", "ali", "alistair", "amir",
    "andre", "andreas", "andrew", "andy", "angelo", "anthony", "antoine", "anton",
    "antonio", "arnold", "arthur", "barack", "barry", "ben", "benjamin", "bernard", "bill",
    "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brendan", "brett",
    "brian", "bruce", "bryan", "byron", "calvin", "carl", "carlos", "chad", "charles",
    "charlie", "chris", "christian", "christopher", "chuck", "clark", "claude", "clayton",
    "clifford", "clint", "cody", "colin", "connor", "craig", "curtis", "dale", "dan",
    "daniel", "danny", "darren", "dave", "david", "dean", "dennis", "derek", "diego",
    "dmitry", "dominic", "don", "donald", "doug", "douglas", "duncan", "dustin", "dwayne",
    "dwight", "eddie", "edward", "edwin", "elijah", "emmanuel", "eric", "erik", "ernest",
    "ethan", "eugene", "evan", "felix", "fernando", "francis", "francisco", "frank",
    "franklin", "fred", "frederick", "gabriel", "gary", "gavin", "geoff", "geoffrey",
    "george", "gerald", "gerard", "gordon", "graham", "grant", "greg", "gregory", "guy",
    "hamid", "hans", "harold", "harry", "hassan", "hector", "henry", "howard", "hugh",
    "hugo", "ian", "igor", "isaac", "ivan", "jack", "jacob", "jake", "james", "jamie",
    "jared", "jason", "javier", "jay", "jean", "jeff", "jeffrey", "jeremy", "jerome",
    "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan",
    "jorge", "jose", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl",
    "keith", "ken", "kenneth", "kevin", "khalid", "kurt", "kyle", "lance", "larry",
    "lawrence", "leo", "leonard", "lewis", "liam", "lloyd", "louis", "luc", "lucas", "luis",
    "luke", "malcolm", "marc", "marco", "marcus", "mario", "mark", "martin", "matt",
    "matthew", "maurice", "max", "michael", "miguel", "mike", "mitch", "mitchell",
    "mohamed", "mohammad", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick",
    "nicolas", "nigel", "noah", "norman", "oliver", "omar", "oscar", "owen", "pablo",
    "patrick", "paul", "pedro", "pete", "peter", "phil", "philip", "phillip", "pierre",
    "rafael", "ralph", "randy", "raul", "ray", "raymond", "reza", "ricardo", "richard",
    "rick", "rob", "robert", "roberto", "rod", "rodney", "roger", "ron", "ronald", "ross",
    "roy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "sergey", "seth",
    "shane", "shaun", "shawn", "simon", "stanley", "stephen", "steve", "steven", "stuart",
    "tariq", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony",
    "travis", "trevor", "tyler", "victor", "vincent", "vladimir", "walter", "warren",
    "wayne", "william", "willie", "yusuf", "zachary",
];

/// Common given names borne mostly by women, lower case, sorted.
#[rustfmt::skip]
const FEMALE_GIVEN_NAMES: &[&str] = &[
    "abigail", "ada", "adriana", "agnes", "aisha", "alexandra", "alice", "alicia", "alison",
    "allison", "amanda", "amber", "amy", "ana", "andrea", "angela", "angelina", "anita",
    "ann", "anna", "anne", "annie", "april", "ashley", "audrey", "barbara", "beatrice",
    "becky", "belinda", "beth", "betty", "beverly", "bonnie", "brenda", "bridget",
    "brittany", "caitlin", "camille", "carla", "carmen", "carol", "caroline", "carolyn",
    "cassandra", "catherine", "cathy", "cecilia", "charlene", "charlotte", "chelsea",
    "cheryl", "chloe", "christina", "christine", "cindy", "claire", "clara", "claudia",
    "colleen", "connie", "courtney", "crystal", "cynthia", "dana", "daniela", "danielle",
    "daphne", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy",
    "eileen", "elaine", "eleanor", "elena", "elizabeth", "ella", "ellen", "emily", "emma",
    "erica", "erin", "esther", "eva", "evelyn", "fatima", "fiona", "florence", "frances",
    "gail", "gemma", "georgia", "gillian", "gina", "gloria", "grace", "hannah", "harriet",
    "hayley", "heather", "heidi", "helen", "hillary", "holly", "irene", "isabel",
    "isabella", "jacqueline", "jane", "janet", "janice", "jasmine", "jeanne", "jennifer",
    "jenny", "jessica", "jill", "joan", "joanne", "jodi", "josephine", "joy", "joyce",
    "judith", "judy", "julia", "julie", "june", "karen", "kate", "katherine", "kathleen",
    "kathryn", "kathy", "katie", "katy", "kay", "kelly", "kimberly", "kirsten", "kristen",
    "kristin", "laura", "lauren", "leah", "lila", "lily", "lina", "linda", "lindsay",
    "lisa", "liz", "lois", "lori", "louise", "lucy", "lydia", "lynn", "madeleine", "maggie",
    "margaret", "maria", "marie", "marilyn", "marina", "marion", "marissa", "martha",
    "mary", "maureen", "megan", "melanie", "melissa", "meredith", "michelle", "mildred",
    "miranda", "molly", "monica", "nadia", "nancy", "naomi", "natalia", "natalie",
    "natasha", "nicole", "nina", "nora", "olga", "olivia", "pamela", "patricia", "paula",
    "pauline", "peggy", "penny", "priya", "rachel", "rebecca", "regina", "renee", "rita",
    "roberta", "rosa", "rose", "ruth", "sabrina", "sally", "samantha", "sandra", "sara",
    "sarah", "shannon", "sharon", "sheila", "shirley", "sofia", "sonia", "sophia", "sophie",
    "stacy", "stella", "stephanie", "sue", "susan", "suzanne", "sylvia", "tamara", "tanya",
    "tara", "teresa", "theresa", "tiffany", "tina", "tracy", "valerie", "vanessa",
    "veronica", "victoria", "virginia", "wendy", "yvonne", "zoe",
];

/// The given names, indexed together: bit 0 for a woman's, bit 1 for a man's.
const GIVEN_NAMES: [&[&str]; 2] = [FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES];
static GIVEN_NAME_INDEX: WordTable<
    { words_in(&GIVEN_NAMES) },
    { slots_for(words_in(&GIVEN_NAMES)) },
> = WordTable::build(&GIVEN_NAMES);

/// The first word of `name` (split at white space, as [`str::split_whitespace`] does) when
/// it has two words or more.
fn first_of_several(name: &str) -> Option<&str> {
    if !name.is_ascii() {
        let mut words = name.split_whitespace();
        return match (words.next(), words.next()) {
            (Some(first), Some(_)) => Some(first),
            _ => None,
        };
    }
    // (The ASCII characters of white space: tab to carriage return, and space.)
    let space = |c: &u8| matches!(c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ');
    let b = name.as_bytes();
    let start = b.iter().position(|c| !space(c))?;
    let end = start + b[start..].iter().position(space)?;
    b[end..]
        .iter()
        .any(|c| !space(c))
        .then(|| &name[start..end])
}

/// The gender a given name tells: `Some(true)` for a woman, `Some(false)` for a man.
fn given_name_gender(first: &str) -> Option<bool> {
    let lists = GIVEN_NAME_INDEX.flags(first);
    if lists & 1 != 0 {
        Some(true)
    } else if lists & 2 != 0 {
        Some(false)
    } else {
        None
    }
}

/// Whether `w` is a day or month name (`Friday`, `Sept.`).
pub(crate) fn is_calendar(w: &str) -> bool {
    CALENDAR_SET.has(w)
}

/// Whether `w` is a common noun that stands for an organisation (`company`, `team`).
pub(crate) fn is_org_noun(w: &str) -> bool {
    ORG_NOUN_SET.has(w)
}

/// Whether `w` is a title word (`President`, `Sen.`, `Secretary`).
pub(crate) fn is_title(w: &str) -> bool {
    TITLE_SET.has(w)
}

/// The title `w` is (as [`is_title`] tells), as its index in [`TITLES`].
fn title_of(w: &str) -> Option<u8> {
    if !is_title(w) {
        return None;
    }
    title_index(w)
}

/// The index in [`TITLES`] of title word `w` (one [`is_title`] holds).
fn title_index(w: &str) -> Option<u8> {
    let i = INDEX.index(w.trim_end_matches('.'))?;
    debug_assert!(i < TITLES.len());
    u8::try_from(i).ok()
}

/// The title `w` is when it is written exactly as in [`TITLES`] (lower case, no full
/// stop), as its index there.
fn title_exactly(w: &str) -> Option<u8> {
    let i = INDEX.index(w).filter(|&i| TITLES.get(i) == Some(&w))?;
    u8::try_from(i).ok()
}

/// Whether `w` is a capitalised word (or an initial, or an acronym).
#[inline]
fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `w` is a compound adjective on a name (`Calgary-based`, `Vancouver-bound`).
fn is_compound_adjective(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.len() > 2 && tail.chars().all(char::is_lowercase))
}

/// Whether `w` is written in capitals (`CNN`, `NATO`): two letters or more.
fn is_acronym(w: &str) -> bool {
    // ASCII words byte by byte: a lower-case letter refuses the word at once.
    let mut capitals = 0;
    for &b in w.as_bytes() {
        if b >= 0x80 {
            return is_acronym_unicode(w);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        capitals += usize::from(b.is_ascii_uppercase());
    }
    capitals >= 2
}

/// [`is_acronym`] over any characters.
fn is_acronym_unicode(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// The words of `text` in `span` as spans: letters, digits, inner `.`, `-`, `'`, `’`, `&`.
/// A trailing possessive `'s` / `’s` is left out of the word.
pub(crate) fn tokens(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let s = span.slice(text);
    let base = span.start;
    let mut p = 0;
    std::iter::from_fn(move || {
        let (start, end, next) = next_word(s, p)?;
        p = next;
        Some(Span::new(base + start, base + end))
    })
}

/// Fills `out` with the words of `text` in `span` (as [`tokens`] gives them), appended.
fn tokens_into(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = span.slice(text);
    let base = span.start;
    let bytes = s.as_bytes();
    let class = |p: usize| bytes.get(p).map(|&b| BYTE_CLASS[usize::from(b)]);
    // As [`next_word`] reads words, in one loop.
    let mut p = 0;
    loop {
        while matches!(class(p), Some(ByteClass::Other | ByteClass::Joiner)) {
            p += 1;
        }
        let start = p;
        match class(p) {
            None => break,
            Some(ByteClass::Alnum) => {
                p = ascii_alnum_run(bytes, p + 1);
                if matches!(class(p), None | Some(ByteClass::Other)) {
                    out.push(Span::new(base + start, base + p));
                    continue;
                }
            }
            Some(_) => {}
        }
        let Some((start, end, next)) = next_token(s, start) else {
            break;
        };
        out.push(Span::new(base + start, base + end));
        p = next;
    }
}

/// A byte's class for [`next_word`]: an ASCII letter or digit, ASCII punctuation that may
/// join a word's parts (`.`, `-`, `'`, `&`), any other ASCII byte, or a non-ASCII byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Other,
    Alnum,
    Joiner,
    NonAscii,
}

/// [`ByteClass`] of each byte.
const BYTE_CLASS: [ByteClass; 256] = {
    let mut t = [ByteClass::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            ByteClass::Alnum
        } else if matches!(b as u8, b'.' | b'-' | b'\'' | b'&') {
            ByteClass::Joiner
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    t
};

/// [`next_token`], with the common case read byte by byte: ASCII punctuation and spaces
/// skipped, then a word of ASCII letters and digits that ends at the end or at another
/// ASCII byte than a letter, a digit or a joiner. Anything else is left to
/// [`next_token`] from where the word (or the non-ASCII byte) starts.
#[inline]
fn next_word(s: &str, mut p: usize) -> Option<(usize, usize, usize)> {
    let bytes = s.as_bytes();
    let start = loop {
        match BYTE_CLASS[usize::from(*bytes.get(p)?)] {
            ByteClass::Other | ByteClass::Joiner => p += 1,
            ByteClass::Alnum => break p,
            ByteClass::NonAscii => return next_token(s, p),
        }
    };
    let end = ascii_alnum_run(bytes, start + 1);
    match bytes.get(end) {
        None => Some((start, end, end)),
        Some(&b) if BYTE_CLASS[usize::from(b)] == ByteClass::Other => Some((start, end, end)),
        Some(_) => next_token(s, start),
    }
}

/// Whether each ASCII byte is a letter or digit (non-ASCII bytes are decoded instead).
const ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The next word of `s` from byte `p`: its start and end, and where to go on from.
#[inline]
fn next_token(s: &str, mut p: usize) -> Option<(usize, usize, usize)> {
    let bytes = s.as_bytes();
    // Skip to the first letter or digit (ASCII bytes tested in place).
    let start = loop {
        let b = *bytes.get(p)?;
        let at = p;
        if b < 0x80 {
            p += 1;
            if ASCII_ALNUM[usize::from(b)] {
                break at;
            }
        } else if let Some(c) = general_punctuation(bytes, p) {
            p += c.len_utf8();
        } else {
            let c = s.get(p..)?.chars().next()?;
            p += c.len_utf8();
            if c.is_alphanumeric() {
                break at;
            }
        }
    };
    let mut end = p;
    loop {
        // A run of ASCII letters and digits.
        p = ascii_alnum_run(bytes, p);
        end = end.max(p);
        let Some(&b) = bytes.get(p) else {
            break;
        };
        let (d, dlen) = if b < 0x80 {
            (b as char, 1)
        } else if let Some(c) = general_punctuation(bytes, p) {
            (c, 3)
        } else {
            let Some(c) = s.get(p..).and_then(|r| r.chars().next()) else {
                break;
            };
            if c.is_alphanumeric() {
                p += c.len_utf8();
                end = p;
                continue;
            }
            (c, c.len_utf8())
        };
        if !matches!(d, '.' | '-' | '\'' | '’' | '&') {
            break;
        }
        // Keep inner punctuation only when a letter follows (U.S., O'Neil);
        // keep an abbreviation's full stop (Mr.) when a capital letter's word.
        let rest = p + dlen;
        let possessive = matches!(d, '\'' | '’')
            && matches!(bytes.get(rest), Some(b's' | b'S'))
            && !alnum_at(s, rest + 1);
        if possessive {
            // Skip the `'s` of a possessive.
            p = rest + 1;
            break;
        }
        if alnum_at(s, rest) {
            end = rest;
            p = rest;
        } else {
            break;
        }
    }
    Some((start, end, p))
}

/// The character at byte `p` when it is one of General Punctuation's first 64 (U+2000 to
/// U+203F: the spaces, dashes and curly quotes of news text, none a letter or digit),
/// read from its three bytes without decoding.
#[inline]
fn general_punctuation(bytes: &[u8], p: usize) -> Option<char> {
    match bytes.get(p..p + 3)? {
        &[0xe2, 0x80, last] => char::from_u32(0x2000 + u32::from(last & 0x3f)),
        _ => None,
    }
}

/// Where the run of ASCII letters and digits from byte `p` of `bytes` ends: eight bytes
/// at a time, then byte by byte.
#[inline]
fn ascii_alnum_run(bytes: &[u8], mut p: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    while let Some(chunk) = bytes.get(p..p + 8) {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(lanes);
        // Per byte, as in `agreement::lexicon`: ASCII, and a letter once lower-cased or a
        // digit (no carry crosses a byte: every lane is at most 0x7f before each addition).
        let low = (x | (0x20 * ONES)) & (0x7f * ONES);
        let letters =
            (low + (0x80 - u64::from(b'a')) * ONES) & !(low + (0x80 - u64::from(b'z') - 1) * ONES);
        let ascii = x & (0x7f * ONES);
        let digits = (ascii + (0x80 - u64::from(b'0')) * ONES)
            & !(ascii + (0x80 - u64::from(b'9') - 1) * ONES);
        let other = !((letters | digits) & !x) & HIGH;
        if other != 0 {
            return p + (other.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while let Some(&b) = bytes.get(p) {
        if b < 0x80 && ASCII_ALNUM[usize::from(b)] {
            p += 1;
        } else {
            break;
        }
    }
    p
}

/// Whether the character at byte `p` of `s` (if any) is a letter or digit.
#[inline]
fn alnum_at(s: &str, p: usize) -> bool {
    match s.as_bytes().get(p) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => s
            .get(p..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric),
    }
}

/// A person's or organisation's name found in the text, before merging.
#[derive(Debug, Clone)]
struct Found {
    /// The name part (titles peeled off for people).
    name: Span,
    /// The whole run as printed, titles included.
    run: Span,
    kind: EntityKind,
    /// The number of words of the name.
    words: usize,
    /// The last word of the name.
    last: Span,
    /// The title words before the name: a range of [`Finds::titles`].
    titles: std::ops::Range<usize>,
}

/// The names found in a document, and the titles before them.
#[derive(Debug, Default)]
struct Finds {
    found: Vec<Found>,
    /// Titles as indexes into [`TITLES`], in runs ([`Found::titles`]).
    titles: Vec<u8>,
}

impl Finds {
    /// Records the whole of a run (`run`, its words) as the name of a `kind`.
    fn whole(&mut self, run: &[Span], kind: EntityKind) {
        let whole = Span::new(run[0].start, run[run.len() - 1].end);
        self.found.push(Found {
            name: whole,
            run: whole,
            kind,
            words: run.len(),
            last: run[run.len() - 1],
            titles: 0..0,
        });
    }
}

/// The words ([`tokens`]) of every sentence of a document, found once and shared by the
/// later stages, which would otherwise tokenise every sentence again.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceWords {
    /// The document's text length and sentences, to tell whether a document is this one.
    text_len: usize,
    sentences: Vec<Span>,
    /// The words of all sentences, in order.
    words: Vec<Span>,
    /// `ends[i]`: one past the index of sentence `i`'s last word in `words`.
    ends: Vec<usize>,
}

impl SentenceWords {
    /// Tokenises every sentence of `doc`.
    #[inline(never)]
    fn new(doc: &Document<'_>) -> Self {
        let text = doc.text();
        let sentences = doc.sentences().to_vec();
        let mut words = Vec::with_capacity(text.len() / 5);
        let mut ends = Vec::with_capacity(sentences.len());
        for &sent in &sentences {
            tokens_into(text, sent, &mut words);
            ends.push(words.len());
        }
        SentenceWords {
            text_len: text.len(),
            sentences,
            words,
            ends,
        }
    }

    /// The words of sentence `i`.
    pub(crate) fn sentence(&self, i: usize) -> &[Span] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.words[start..self.ends[i]]
    }

    /// Whether these are the words of `doc` (same text length and sentences).
    fn of(&self, doc: &Document<'_>) -> bool {
        self.text_len == doc.text().len() && self.sentences == doc.sentences()
    }
}

/// What one pass over the words of a document finds: the runs of capitalised words, and
/// where sentences (or their subjects after an opening phrase) start.
struct Scan {
    found: Finds,
    /// (start, whether the word opens the sentence itself, not after `The`).
    subject_starts: Vec<(usize, bool)>,
    /// Words right after the comma that closes an opening phrase.
    comma_starts: Vec<usize>,
    /// The words that start with an ASCII capital: (sentence, word) indexes, in order.
    capitals: Vec<(usize, usize)>,
}

impl Scan {
    /// Scans the words of every sentence of `doc`.
    #[inline(never)]
    fn of(doc: &Document<'_>, sentence_words: &SentenceWords) -> Scan {
        let text = doc.text();
        // (About a name in every ten words.)
        let mut found = Finds {
            found: Vec::with_capacity(sentence_words.words.len() / 10),
            titles: Vec::new(),
        };
        // (start, whether the word opens the sentence itself, not after `The`).
        let mut subject_starts: Vec<(usize, bool)> = Vec::new();
        // Words right after the comma that closes an opening phrase (`Down the street, Mike
        // McFadden ...`): the subject, when a verb follows the name.
        let mut comma_starts: Vec<usize> = Vec::new();
        let mut capitals: Vec<(usize, usize)> = Vec::new();
        let bytes = text.as_bytes();
        let mut run = Run::default();
        let mut run_words: Vec<&str> = Vec::new();
        // The last paragraph tested for a caption, whether it is one, and its credit lead.
        let mut caption_of: Option<(usize, bool, Option<usize>)> = None;
        for (si, &sent) in doc.sentences().iter().enumerate() {
            let para = doc.paragraph_at(sent.start);
            // A photo caption or credit (`(Jane Roe/CBC)`) has no subject of the story.
            let (caption, lead) = match (para, caption_of) {
                (None, _) => (false, None),
                (Some(p), Some((q, c, lead))) if p == q => (c, lead),
                (Some(p), _) => {
                    let para_text = doc.paragraphs()[p].slice(text);
                    let lead = credit_lead(para_text);
                    let c = is_caption(para_text, lead);
                    caption_of = Some((p, c, lead));
                    (c, lead)
                }
            };
            // (`The Canadian Press A train ...`: the credit is dropped, and no `Press A`.)
            let credit_cut = para
                .map(|p| doc.paragraphs()[p])
                .filter(|p| p.start == sent.start)
                .and(lead)
                .map(|k| sent.start + k);
            run.clear();
            let words = sentence_words.sentence(si);
            let mut last_end = sent.start;
            let mut before_run = "";
            for (ti, &w) in words.iter().enumerate() {
                // Past the first two words, a word in lower case (or a number) outside a run
                // records nothing.
                if ti >= 2
                    && run.is_empty()
                    && bytes
                        .get(w.start)
                        .is_some_and(|&b| b < 0x80 && !b.is_ascii_uppercase())
                {
                    last_end = w.end;
                    continue;
                }
                if bytes.get(w.start).is_some_and(u8::is_ascii_uppercase) {
                    capitals.push((si, ti));
                }
                let first = ti == 0;
                let prev_word = || match ti {
                    0 => "",
                    _ => words[ti - 1].slice(text),
                };
                if !caption && (ti == 0 || ti == 1 && FUNCTION_SET.has(prev_word())) {
                    let opening = text.get(sent.start..w.start).unwrap_or("");
                    if !opening.contains('(') {
                        subject_starts.push((w.start, ti == 0));
                    }
                }
                let word = w.slice(text);
                // (Spans of words start and end on character boundaries.)
                let gap = bytes.get(last_end..w.start).unwrap_or(b"");
                let capital = is_cap(word);
                if !caption && ti > 1 && ti <= 30 && capital && gap == b", " {
                    comma_starts.push(w.start);
                }
                // (See [`joins`].)
                let joined =
                    gap == b" " || joins(text.get(last_end..w.start).unwrap_or(""), prev_word());
                if credit_cut == Some(w.start) {
                    // The credit names who took the photo, no one in the story.
                    run.clear();
                } else if !joined {
                    flush(text, &mut run, &mut found, before_run, &mut run_words);
                }
                // (The word's lists, looked up once for the run.)
                let lists = if capital { Words::lists_of(word) } else { 0 };
                let cap = capital
                    && word != "I"
                    && !(first && FUNCTION_SET.in_lists(lists))
                    && !CALENDAR_SET.in_lists(lists);
                let linker = !run.is_empty() && is_linker(word);
                if cap || linker {
                    if run.is_empty() {
                        before_run = prev_word();
                    }
                    let lists = if capital {
                        lists
                    } else {
                        Words::lists_of(word)
                    };
                    run.push(w, lists);
                } else {
                    flush(text, &mut run, &mut found, before_run, &mut run_words);
                }
                last_end = w.end;
            }
            flush(text, &mut run, &mut found, before_run, &mut run_words);
        }
        Scan {
            found,
            subject_starts,
            comma_starts,
            capitals,
        }
    }
}

/// The entities of one article and the names their mentions resolve to.
#[derive(Debug, Clone, Default)]
pub struct EntityTable<'a> {
    entities: Vec<Entity<'a>>,
    /// Every mention: (span of the whole run, entity index), in text order.
    mentions: Vec<(Span, usize)>,
    /// Mentions that open their sentence (its subject, most likely): (start, entity index,
    /// whether the mention opens the sentence itself and a verb or an apposition follows).
    subjects: Vec<(usize, usize, bool)>,
    /// Per entity: a person confirmed by a title or a mention of the surname alone.
    confirmed: Vec<bool>,
    /// Per entity: `Some(true)` for a woman, `Some(false)` for a man, as far as the
    /// article's titles and pronouns tell.
    gender: Vec<Option<bool>>,
    /// Title words borne by people: (title, entity index), latest last; titles as indexes
    /// into [`TITLES`].
    titles: Vec<(u8, usize)>,
    /// The last bearer of each title, by title.
    title_index: HashMap<u8, usize>,
    /// People by the head noun of an apposition once given them (`defenceman`).
    descriptions: HashMap<String, usize>,
    /// People by the lower-case last word of their name.
    surnames: Surnames,
    /// People by their name.
    people: HashMap<String, usize>,
    /// The words of every sentence.
    words: SentenceWords,
}

impl<'a> EntityTable<'a> {
    /// Builds the table for a segmented document.
    pub fn build(doc: &Document<'a>) -> Self {
        let text = doc.text();
        let sentence_words = SentenceWords::new(doc);
        let Scan {
            found,
            subject_starts,
            comma_starts,
            capitals,
        } = Scan::of(doc, &sentence_words);
        let mut table = EntityTable {
            words: sentence_words,
            ..EntityTable::default()
        };
        let Finds { found, titles } = found;
        let assigned = assign(text, &found, &mut table.entities);
        let mut confirmed = vec![false; table.entities.len()];
        let mut gender = vec![(0u32, 0u32); table.entities.len()];
        // (Each entity's mentions counted first, to be held without growing.)
        let mut counts = vec![0usize; table.entities.len()];
        for &e in &assigned {
            counts[e] += 1;
        }
        for (ent, &n) in table.entities.iter_mut().zip(&counts) {
            ent.mentions.reserve_exact(n);
        }
        table.mentions.reserve_exact(found.len());
        for (f, &e) in found.iter().zip(&assigned) {
            table.entities[e].mentions.push(f.run);
            table.mentions.push((f.run, e));
            if let Ok(k) = subject_starts.binary_search_by_key(&f.run.start, |&(s, _)| s) {
                // `Mamadou Dia was ...`, `Tareq Hadad, the co-founder ...`: a name that
                // opens its sentence before a verb or an apposition.
                let after = text.get(f.run.end..).unwrap_or("");
                let credit = after.trim_start().starts_with('/');
                let after = after.strip_prefix(',').unwrap_or(after);
                let strong = subject_starts[k].1
                    && after.starts_with(' ')
                    && after[1..].starts_with(|c: char| c.is_lowercase());
                // `Mark Duffy/The Associated Press`: a photo credit, no subject.
                if !credit {
                    table.subjects.push((f.run.start, e, strong));
                }
            } else if comma_starts.binary_search(&f.run.start).is_ok() {
                // `When asked, Mulder didn't hesitate`: a name after an opening phrase,
                // before a verb (not `Smith, Jones and Brown`).
                let after = text.get(f.run.end..).unwrap_or("");
                let verb = after.strip_prefix(' ').is_some_and(|r| {
                    r.starts_with(|c: char| c.is_lowercase())
                        && r.split([' ', ',', '.', ';', ':'])
                            .next()
                            .is_some_and(|v| !FUNCTION_SET.has(v))
                });
                if verb {
                    table.subjects.push((f.run.start, e, true));
                }
            }
            let f_titles = &titles[f.titles.clone()];
            for &t in f_titles {
                table.titles.push((t, e));
            }
            // A person is confirmed by a title or by a mention of the surname alone.
            if !f_titles.is_empty() || f.kind != EntityKind::Person {
                confirmed[e] = true;
            }
            // Gender from the first of two or more names (a weaker sign than a title).
            if f.kind == EntityKind::Person {
                if let Some(first) = first_of_several(f.name.slice(text)) {
                    match given_name_gender(first) {
                        Some(true) => gender[e].1 += 2,
                        Some(false) => gender[e].0 += 2,
                        None => {}
                    }
                }
            }
            // Gender from a title.
            for &t in f_titles {
                match TITLES[usize::from(t)] {
                    "mr" | "sir" | "lord" | "king" | "prince" | "father" => gender[e].0 += 4,
                    "mrs" | "ms" | "lady" | "queen" | "princess" => gender[e].1 += 4,
                    _ => {}
                }
            }
        }
        // (Found in text order, they are most likely sorted already.)
        if !table.mentions.is_sorted_by_key(|(s, _)| s.start) {
            table.mentions.sort_by_key(|(s, _)| s.start);
        }
        for ent in &mut table.entities {
            ent.mentions.sort();
        }
        // Entities in order of first mention; remap indexes.
        // (By first mention, then by index: the keys made once.)
        let mut firsts: Vec<(usize, usize)> = table
            .entities
            .iter()
            .enumerate()
            .map(|(e, ent)| (ent.mentions.first().map_or(usize::MAX, |s| s.start), e))
            .collect();
        firsts.sort_unstable();
        let idx: Vec<usize> = firsts.into_iter().map(|(_, e)| e).collect();
        let mut remap = vec![0; idx.len()];
        for (new, &old) in idx.iter().enumerate() {
            remap[old] = new;
        }
        let mut ents: Vec<Option<Entity<'a>>> = table.entities.drain(..).map(Some).collect();
        table.entities = idx.iter().filter_map(|&o| ents[o].take()).collect();
        for m in &mut table.mentions {
            m.1 = remap[m.1];
        }
        for t in &mut table.titles {
            t.1 = remap[t.1];
        }
        for t in &mut table.subjects {
            t.1 = remap[t.1];
        }
        table.subjects.sort_unstable();
        for &(t, e) in &table.titles {
            table.title_index.insert(t, e);
        }
        // `Caleb Jones, a rookie defenceman,`: the apposition's head noun describes the
        // person (`the rookie defenceman` later).
        for &(run, e) in &table.mentions {
            if table.entities[e].kind != EntityKind::Person {
                continue;
            }
            let after = text.get(run.end..).unwrap_or("");
            let Some(rest) = after.strip_prefix(", ") else {
                continue;
            };
            let Some(desc) = ["a ", "an ", "the "]
                .iter()
                .find_map(|d| rest.strip_prefix(d))
            else {
                continue;
            };
            let end = desc
                .find([',', '.', ';', '(', '—'])
                .filter(|&i| i <= 60)
                .unwrap_or(0);
            let head = desc[..end].split_whitespace().last().unwrap_or("");
            if !head.is_empty() && head.chars().all(|c| c.is_lowercase() || c == '-') {
                table.descriptions.insert(head.to_string(), e);
            }
        }
        expand_acronyms(text, &table.words, &capitals, &mut table.entities);
        for (e, ent) in table.entities.iter().enumerate() {
            if ent.kind == EntityKind::Person {
                table.surnames.insert(last_word(&ent.name), e);
                table.people.entry(ent.name.to_string()).or_insert(e);
            }
        }
        table.confirmed = idx.iter().map(|&o| confirmed[o]).collect();
        table.gender = idx
            .iter()
            .map(|&o| match gender[o] {
                (m, f) if m > f => Some(false),
                (m, f) if f > m => Some(true),
                _ => None,
            })
            .collect();
        table
    }

    /// The fullest name the article gives the entity mentioned at `span`, if any.
    ///
    /// A pronoun resolves to the last person named before it; a title (`the Secretary`)
    /// to the person who bore it; a surname or a titled surname to the full name; a common
    /// noun of an organisation (`the ministry`) to the last organisation named with it;
    /// another capitalised phrase to itself without its article.
    pub fn resolve(&self, doc: &Document<'a>, span: Span) -> Option<Cow<'a, str>> {
        let text = doc.text();
        let t = span.slice(text).trim();
        if t.is_empty() {
            return None;
        }
        let words: Vec<Span> = tokens(text, span).collect();
        let first = words.first()?.slice(text);
        if words.len() == 1 && lower_in(PERSON_PRONOUNS, first) {
            return self
                .person_before(span.start)
                .map(|e| self.entities[e].name.clone());
        }
        // `the rookie defenceman`: a description given in an apposition.
        if lower_in(&["the", "this", "that"], first) && words.len() >= 2 {
            let last = words[words.len() - 1].slice(text);
            if let Some(&e) = self.descriptions.get(last) {
                return Some(self.entities[e].name.clone());
            }
        }
        // A common noun heads the mention (`South Korean officials`): no name.
        let final_word = words.last()?.slice(text);
        if !is_cap(final_word)
            && !is_title(final_word)
            && !ORG_WORD_SET.has(final_word)
            && !ORG_NOUN_SET.has(final_word)
        {
            return None;
        }
        // `A Vancouver peewee hockey coach`: an indefinite description names nobody.
        if !is_cap(final_word) && lower_in(&["a", "an", "one", "another"], first) {
            return None;
        }
        // A person named in the mention (`Sen. Richard Shelby of Alabama`).
        for w in words.iter().rev() {
            let ws = w.slice(text);
            if !is_cap(ws) || is_title(ws) {
                continue;
            }
            let i = self.mentions.partition_point(|(s, _)| s.end <= w.start);
            if let Some(&(s, e)) = self.mentions.get(i) {
                if s.start <= w.start
                    && w.end <= s.end
                    && self.entities[e].kind == EntityKind::Person
                {
                    return Some(self.entities[e].name.clone());
                }
            }
        }
        // The entity mentioned exactly here, or whose run covers the head.
        // (`The Calgary-based railway`: a compound adjective is no head.)
        // (`The prime minister`: the article opening the sentence is no head.)
        let head = words
            .iter()
            .enumerate()
            .rev()
            .find(|&(i, w)| {
                let ws = w.slice(text);
                is_cap(ws)
                    && !is_title(ws)
                    && !is_compound_adjective(ws)
                    && (i > 0 || !lower_in(DETERMINERS, ws))
            })
            .map(|(_, w)| *w);
        // `the WHL commissioner`: a lower-case title heads the mention, and its holder is
        // named rather than the capitalised modifier.
        let last = words.last()?.slice(text);
        if head.is_some() && !is_cap(last) && is_title(last) {
            if let Some(&e) = title_exactly(last).and_then(|t| self.title_index.get(&t)) {
                return Some(self.entities[e].name.clone());
            }
        }
        if let Some(h) = head {
            let i = self.mentions.partition_point(|(s, _)| s.end <= h.start);
            if let Some(&(s, e)) = self.mentions.get(i) {
                if s.start <= h.start && h.end <= s.end {
                    return Some(self.entities[e].name.clone());
                }
            }
            let surname_of = |e: usize| last_word(&self.entities[e].name);
            if let Some(e) = self.surnames.get(h.slice(text), surname_of) {
                return Some(self.entities[e].name.clone());
            }
        }
        // A title or an organisation's common noun: `the Secretary`, `the ministry`.
        // (`Global Affairs`, `the Treasury`: a department, not the minister of it.)
        if is_title(last) && !lower_in(PORTFOLIOS, last) {
            if let Some(&e) = title_of(last).and_then(|t| self.title_index.get(&t)) {
                return Some(self.entities[e].name.clone());
            }
        }
        if ORG_WORD_SET.has(last) && !is_cap(first)
            || (first.eq_ignore_ascii_case("the") && ORG_WORD_SET.has(last))
        {
            let before = self.mentions.partition_point(|(s, _)| s.start < span.start);
            if let Some(&(_, e)) = self.mentions[..before]
                .iter()
                .rev()
                .take(64)
                .find(|(_, e)| {
                    let ent = &self.entities[*e];
                    ent.kind == EntityKind::Organisation
                        && ent
                            .name
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(last))
                })
            {
                return Some(self.entities[e].name.clone());
            }
        }
        if !is_cap(last)
            && ORG_NOUN_SET.has(last)
            && lower_in(&["the", "its", "this", "that"], first)
        {
            // `the company`: the last organisation named before.
            let before = self.mentions.partition_point(|(s, _)| s.start < span.start);
            if let Some(&(_, e)) = self.mentions[..before]
                .iter()
                .rev()
                .take(64)
                .find(|(_, e)| self.entities[*e].kind == EntityKind::Organisation)
            {
                return Some(self.entities[e].name.clone());
            }
        }
        head.map(|_| {
            let start = words
                .iter()
                .find(|w| !FUNCTION_SET.has(w.slice(text)))
                .map_or(span.start, |w| w.start);
            let end = words.last().map_or(span.end, |w| w.end);
            Cow::Borrowed(Span::new(start, end.max(start)).slice(text))
        })
    }

    /// The index of the last person mentioned before byte `at`.
    fn person_before(&self, at: usize) -> Option<usize> {
        let before = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(64)
            .find(|(_, e)| self.entities[*e].kind == EntityKind::Person)
            .map(|&(_, e)| e)
    }

    /// The last person named as the subject of a sentence before byte `at`: where the
    /// mention starts and the person's name.
    pub fn subject_person_before(
        &self,
        at: usize,
        female: Option<bool>,
    ) -> Option<(usize, Cow<'a, str>)> {
        let before = self.subjects.partition_point(|(s, _, _)| *s < at);
        self.subjects[..before]
            .iter()
            .rev()
            .take(32)
            .find(|&&(_, e, strong)| {
                // A person confirmed by a title or a lone surname, or whose first name
                // tells a gender, or who opens a sentence before its verb.
                self.entities[e].kind == EntityKind::Person
                    && (strong
                        || self.confirmed.get(e).copied().unwrap_or(false)
                        || self.gender.get(e).copied().flatten().is_some())
                    && self.agrees(e, female)
            })
            .map(|&(s, e, _)| (s, self.entities[e].name.clone()))
    }

    /// The name of the last person mentioned before byte `at` who may be referred to as
    /// `she` (`female`) or `he`: one whose gender is known to differ is passed over.
    pub fn agreeing_person_before(&self, at: usize, female: Option<bool>) -> Option<Cow<'a, str>> {
        let before = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(64)
            .find(|(_, e)| self.entities[*e].kind == EntityKind::Person && self.agrees(*e, female))
            .map(|&(_, e)| self.entities[e].name.clone())
    }

    fn agrees(&self, e: usize, female: Option<bool>) -> bool {
        match (female, self.gender.get(e).copied().flatten()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    /// Whether the person named `name` may be referred to as `she` (`female`) or `he`.
    pub fn name_agrees(&self, name: &str, female: Option<bool>) -> bool {
        self.people
            .get(name)
            .is_none_or(|&e| self.agrees(e, female))
    }

    /// The name of the organisation mentioned last before byte `at`, if any.
    pub fn last_organisation_before(&self, at: usize) -> Option<Cow<'a, str>> {
        let before = self.mentions.partition_point(|(s, _)| s.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .take(64)
            .find(|(_, e)| self.entities[*e].kind == EntityKind::Organisation)
            .map(|&(_, e)| self.entities[e].name.clone())
    }

    /// Whether `name` is the name of a person of the table.
    pub fn is_person(&self, name: &str) -> bool {
        self.people.contains_key(name)
    }

    /// The name of the person mentioned last before byte `at`, if any.
    pub fn last_person_before(&self, at: usize) -> Option<Cow<'a, str>> {
        self.person_before(at)
            .map(|e| self.entities[e].name.clone())
    }

    /// The words of each sentence of `doc`, when this table was built from it.
    pub(crate) fn sentence_words(&self, doc: &Document<'_>) -> Option<&SentenceWords> {
        self.words.of(doc).then_some(&self.words)
    }

    /// The entities, in order of first mention.
    pub fn entities(&self) -> &[Entity<'a>] {
        &self.entities
    }

    /// The entities, consumed.
    pub fn into_entities(self) -> Vec<Entity<'a>> {
        self.entities
    }
}

/// The entity of each name found (index into `entities`, which it fills): people first,
/// by their longest form, each indexed by its last name, so that a shorter form (`Rubio`,
/// `Secretary Rubio`) joins the person of the full name; any other name by itself.
#[inline(never)]
fn assign<'a>(text: &'a str, found: &[Found], entities: &mut Vec<Entity<'a>>) -> Vec<usize> {
    let mut by_last = ByKey::with_capacity(found.len());
    let mut assigned = vec![0; found.len()];
    for i in merge_order(found) {
        let f = &found[i];
        let name = f.name.slice(text);
        let key: &str = match f.kind {
            EntityKind::Person => f.last.slice(text),
            _ => name,
        };
        let hash = lower_hash(key);
        // (A surname alone may name a person found with a full name.)
        let hit = by_last
            .get(key, hash)
            .find(|&e| entities[e].kind == f.kind)
            .or_else(|| {
                (f.kind != EntityKind::Person)
                    .then(|| {
                        by_last
                            .get(key, hash)
                            .find(|&e| entities[e].kind == EntityKind::Person)
                    })
                    .flatten()
            });
        assigned[i] = hit.unwrap_or_else(|| {
            entities.push(Entity {
                name: Cow::Borrowed(name),
                kind: f.kind,
                mentions: Vec::new(),
            });
            let e = entities.len() - 1;
            by_last.insert(key, hash, e);
            e
        });
    }
    assigned
}

/// The order names are merged in: people first, longest first, then in text order.
fn merge_order(found: &[Found]) -> Vec<usize> {
    /// Names shorter than this are sorted in buckets.
    const WORDS: usize = 64;
    let bucket =
        |f: &Found| usize::from(f.kind != EntityKind::Person) * WORDS + WORDS - 1 - f.words;
    // Names found in text order (as the scan finds them) and short: a stable bucket sort,
    // by kind and number of words.
    if found.windows(2).all(|p| p[0].name.start < p[1].name.start)
        && found.iter().all(|f| f.words < WORDS)
    {
        let mut starts = [0usize; 2 * WORDS + 1];
        for f in found {
            starts[bucket(f) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut order = vec![0; found.len()];
        for (i, f) in found.iter().enumerate() {
            let b = bucket(f);
            order[starts[b]] = i;
            starts[b] += 1;
        }
        return order;
    }
    sorted_merge_order(found)
}

/// [`merge_order`] by a sort of keys: the kind and the number of words (packed into one
/// number), the start, the index.
fn sorted_merge_order(found: &[Found]) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let other = u64::from(f.kind != EntityKind::Person) << 63;
            (other | ((u64::MAX >> 1) - f.words as u64), f.name.start, i)
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// Entities by a key word in any case (compared as [`str::to_lowercase`] gives it), each key
/// holding the entities inserted with it in their order: a map from the key's hash to the
/// first and last entity of that hash, and a link from each entity to the next.
#[derive(Default)]
struct ByKey<'t> {
    ends: HashMap<u64, (usize, usize)>,
    /// Per entity, its key and the next entity of its hash (`usize::MAX` for none).
    links: Vec<(&'t str, usize)>,
}

impl<'t> ByKey<'t> {
    fn with_capacity(n: usize) -> Self {
        ByKey {
            ends: HashMap::with_capacity_and_hasher(n, Default::default()),
            links: Vec::with_capacity(n),
        }
    }

    /// Adds entity `e` under `key` (hashed by [`lower_hash`]): each entity once, in the
    /// order of their indexes.
    fn insert(&mut self, key: &'t str, hash: u64, e: usize) {
        debug_assert_eq!(self.links.len(), e);
        self.links.push((key, usize::MAX));
        match self.ends.entry(hash) {
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let (_, last) = o.get_mut();
                self.links[*last].1 = e;
                *last = e;
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((e, e));
            }
        }
    }

    /// The entities under `key` (hashed by [`lower_hash`]), in the order they were
    /// inserted.
    fn get<'s>(&'s self, key: &'s str, hash: u64) -> impl Iterator<Item = usize> + 's {
        let mut at = self.ends.get(&hash).map_or(usize::MAX, |&(first, _)| first);
        std::iter::from_fn(move || {
            while at != usize::MAX {
                let e = at;
                let (k, next) = self.links[e];
                at = next;
                if same_lower(k, key) {
                    return Some(e);
                }
            }
            None
        })
    }
}

/// People by the last word of their name in any case ([`same_lower`]): for each, the person
/// named first. A map from the word's [`lower_hash`] to the first and last person of that
/// hash, and a link from each person to the next (in the order of their entity indexes).
#[derive(Debug, Clone, Default)]
struct Surnames {
    ends: HashMap<u64, (usize, usize)>,
    next: HashMap<usize, usize>,
}

impl Surnames {
    /// Adds person `e` (entity indexes ascending) of last word `surname`.
    fn insert(&mut self, surname: &str, e: usize) {
        match self.ends.entry(lower_hash(surname)) {
            std::collections::hash_map::Entry::Occupied(mut o) => {
                let (_, last) = o.get_mut();
                self.next.insert(*last, e);
                *last = e;
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((e, e));
            }
        }
    }

    /// The first person whose last word (`surname_of` an entity index) is `word` in any
    /// case.
    fn get<'s>(&self, word: &str, surname_of: impl Fn(usize) -> &'s str) -> Option<usize> {
        let mut at = self.ends.get(&lower_hash(word)).map(|&(first, _)| first);
        while let Some(e) = at {
            if same_lower(surname_of(e), word) {
                return Some(e);
            }
            at = self.next.get(&e).copied();
        }
        None
    }
}

/// Whether `a` and `b` are the same in lower case ([`str::to_lowercase`]).
fn same_lower(a: &str, b: &str) -> bool {
    // (Words that differ only in the case of ASCII letters are the same in lower case.)
    if eq_ignore_ascii_case(a.as_bytes(), b.as_bytes()) {
        true
    } else if a.is_ascii() && b.is_ascii() {
        false
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// A hash of `w` in lower case ([`str::to_lowercase`]): words the same in lower case
/// ([`same_lower`]) hash the same. ASCII words are hashed in place.
fn lower_hash(w: &str) -> u64 {
    if w.is_ascii() {
        ascii_lower_hash(w.as_bytes())
    } else {
        ascii_lower_hash(w.to_lowercase().as_bytes())
    }
}

/// The [`FxHasher`] hash of `b` with its ASCII capitals made lower case, eight bytes at
/// a time.
fn ascii_lower_hash(b: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        h.add(lower8(load8(c)));
    }
    let rest = chunks.remainder();
    h.add(lower8(load8(rest)) ^ ((rest.len() as u64) << 59));
    h.hash
}

/// [`slice::eq_ignore_ascii_case`] eight bytes at a time.
fn eq_ignore_ascii_case(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len()
        && a.chunks(8)
            .zip(b.chunks(8))
            .all(|(x, y)| lower8(load8(x)) == lower8(load8(y)))
}

/// The bytes of `b` (at most eight) as a little-endian `u64`, zero above: overlapping
/// loads of 4, 2 or 1 bytes, which agree where they overlap.
#[inline]
fn load8(b: &[u8]) -> u64 {
    let n = b.len();
    match *b {
        [a0, a1, a2, a3, a4, a5, a6, a7] => u64::from_le_bytes([a0, a1, a2, a3, a4, a5, a6, a7]),
        _ if n >= 4 => {
            let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
            let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
            lo | hi << (8 * (n - 4))
        }
        _ if n >= 2 => {
            let lo = u64::from(u16::from_le_bytes([b[0], b[1]]));
            let hi = u64::from(u16::from_le_bytes([b[n - 2], b[n - 1]]));
            lo | hi << (8 * (n - 2))
        }
        _ => b.first().map_or(0, |&c| u64::from(c)),
    }
}

/// Each ASCII capital among the eight bytes of `x` made lower case (other bytes kept).
#[inline]
const fn lower8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let h = x & LOW7;
    // Bit 7 of each byte: its low seven bits are at least 'A' / over 'Z' (no carries out).
    let from_a = h + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = h + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & !x & HIGH;
    x | upper >> 2
}

/// Where the caption starts in a paragraph led by its credit (`The Canadian Press A train
/// derailment is shown ...`): the byte after `Press `, when capitalised words lead to it and
/// a capital follows.
fn credit_lead(para: &str) -> Option<usize> {
    let mut n = para.len().min(40);
    while !para.is_char_boundary(n) {
        n -= 1;
    }
    // (The first ` Press ` within the window: a `P` after a space.)
    let window = &para.as_bytes()[..n];
    let i = memchr::memchr_iter(b'P', window)
        .filter(|&p| p >= 1)
        .map(|p| p - 1)
        .find(|&i| window.get(i..i + 7) == Some(b" Press "))?;
    let next = i + " Press ".len();
    (para[..i].split(' ').all(is_cap)
        && para[next..].starts_with(char::is_uppercase)
        && !para[next..].starts_with("Agency"))
    .then_some(next)
}

/// Whether paragraph `para` (led by a credit at `lead`, [`credit_lead`]) is a photo caption
/// or credit: it ends with a parenthesised credit (`(Jane Roe/CBC)`, `( THE CANADIAN PRESS
/// FILE PHOTO )`).
fn is_caption(para: &str, lead: Option<usize>) -> bool {
    if para.starts_with("Open this photo in gallery") {
        return true;
    }
    if lead.is_some() {
        return true;
    }
    let end = para.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let Some(body) = end.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = &body[open + 1..];
    credit.len() <= 80
        && (credit.contains('/')
            || credit.contains("PRESS")
            || credit.contains("Photo")
            || credit.contains("PHOTO")
            || credit.contains("Images"))
}

/// Names each organisation known by an acronym (`IRCC`) by its long form where the article
/// spells it out (`Immigration, Refugees and Citizenship Canada`): a run of capitalised
/// words, over commas and `and`, `of`, `for`, `the`, whose initials are the acronym's
/// letters. One pass over the words that start with a capital (`capitals`, from
/// [`Scan`]), each starting at most a few runs.
#[inline(never)]
fn expand_acronyms<'a>(
    text: &'a str,
    words: &SentenceWords,
    capitals: &[(usize, usize)],
    entities: &mut [Entity<'a>],
) {
    let mut wanted: HashMap<u64, Option<Span>> = HashMap::default();
    // The first letters of the wanted acronyms (bit 0 for `A`): a run starting with another
    // letter is not looked for.
    let mut first_letters = 0u32;
    for ent in entities.iter() {
        if ent.kind != EntityKind::Organisation || !is_acronym(&ent.name) {
            continue;
        }
        if let Some(key) = Initials::of_acronym(&ent.name) {
            wanted.insert(key.packed, None);
            first_letters |= 1 << key.first_letter();
        }
    }
    if wanted.is_empty() {
        return;
    }
    let sentence_words = words;
    // (A run's initials start with its first word's first letter: an ASCII capital.)
    for &(si, i) in capitals {
        let words = sentence_words.sentence(si);
        let wanted_first = matches!(text.as_bytes().get(words[i].start),
            Some(&b) if first_letters & 1 << (b - b'A') != 0);
        if !wanted_first || is_acronym(words[i].slice(text)) {
            continue;
        }
        let mut initials = Initials::default();
        // Up to twice as many words as letters, the linking words included.
        for k in i..words.len().min(i + 2 * Initials::MAX) {
            let w = words[k].slice(text);
            if k > i {
                let gap = text.get(words[k - 1].end..words[k].start).unwrap_or("");
                if !gap.bytes().all(|c| c == b' ' || c == b',') {
                    break;
                }
            }
            if matches!(w, "and" | "of" | "for" | "the" | "on") {
                continue;
            }
            if !is_cap(w) || is_acronym(w) || !initials.push(w) {
                break;
            }
            if initials.len >= 2 {
                if let Some(slot @ None) = wanted.get_mut(&initials.packed) {
                    *slot = Some(Span::new(words[i].start, words[k].end));
                }
            }
        }
    }
    for ent in entities.iter_mut() {
        if ent.kind != EntityKind::Organisation || !is_acronym(&ent.name) {
            continue;
        }
        let Some(key) = Initials::of_acronym(&ent.name) else {
            continue;
        };
        if let Some(Some(long)) = wanted.get(&key.packed) {
            // A long form of titles (`Chief Executive Officer`) names no organisation.
            if tokens(text, *long).any(|w| !is_title(w.slice(text))) {
                ent.name = Cow::Borrowed(long.slice(text));
            }
        }
    }
}

/// Up to [`Initials::MAX`] ASCII capitals packed into a `u64` (a byte each, the first
/// highest): the letters of an acronym, or the initials of the words of its long form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Initials {
    packed: u64,
    len: usize,
}

impl Initials {
    /// The most letters an acronym is looked for with.
    const MAX: usize = 6;

    /// The letters of acronym `name` less its full stops (`U.N.` is `UN`), when they are
    /// two to [`Initials::MAX`] ASCII capitals.
    fn of_acronym(name: &str) -> Option<Initials> {
        let mut key = Initials::default();
        for &b in name.as_bytes() {
            if b == b'.' {
                continue;
            }
            if !b.is_ascii_uppercase() || key.len == Self::MAX {
                return None;
            }
            key.add(b);
        }
        (key.len >= 2).then_some(key)
    }

    /// Adds the first letter of capitalised word `w`: false (and nothing added) when the
    /// letters are full or the letter is no ASCII capital, as no acronym then matches.
    fn push(&mut self, w: &str) -> bool {
        match w.as_bytes().first() {
            Some(&b) if b.is_ascii_uppercase() && self.len < Self::MAX => {
                self.add(b);
                true
            }
            _ => false,
        }
    }

    fn add(&mut self, b: u8) {
        self.packed = self.packed << 8 | u64::from(b);
        self.len += 1;
    }

    /// The first letter's index in the alphabet.
    fn first_letter(&self) -> u32 {
        u32::from((self.packed >> (8 * (self.len - 1))) as u8 - b'A')
    }
}

fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// Whether the words around `gap` (after word `prev`) hold together in a run: over
/// spaces only, and over the full stop of a title or an initial (`Mr. Hemming`, `John F.
/// Kennedy`).
fn joins(gap: &str, prev: &str) -> bool {
    gap.chars()
        .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{200b}' | '\u{feff}'))
        || (gap.starts_with('.')
            && gap[1..].chars().all(|c| c == ' ')
            && (is_title(prev) || prev.len() == 1 && is_cap(prev)))
}

/// Lower-case words that link the capitalised words of a name (`Department of State`,
/// `Ludwig van Beethoven`).
fn is_linker(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "del"
            | "da"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "du"
            | "dos"
            | "bin"
            | "al"
            | "for"
    )
}

/// A run of words that may be a name: their spans, and the [`INDEXED`] lists of each
/// ([`Words::lists_of`]).
#[derive(Debug, Default)]
struct Run {
    spans: Vec<Span>,
    lists: Vec<u64>,
}

impl Run {
    fn push(&mut self, w: Span, lists: u64) {
        self.spans.push(w);
        self.lists.push(lists);
    }

    fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn clear(&mut self) {
        self.spans.clear();
        self.lists.clear();
    }

    /// The words from `i` on, taken off this run.
    fn split_off(&mut self, i: usize) -> Run {
        Run {
            spans: self.spans.split_off(i),
            lists: self.lists.split_off(i),
        }
    }
}

/// Classifies a finished run of capitalised words and records it (`words`: a buffer for
/// the run's words, reused from run to run).
#[inline]
fn flush<'t>(
    text: &'t str,
    run: &mut Run,
    found: &mut Finds,
    before: &str,
    words: &mut Vec<&'t str>,
) {
    if !run.is_empty() {
        flush_run(text, run, found, before, words);
        run.clear();
    }
}

/// [`flush`] for a run of one word or more.
fn flush_run<'t>(
    text: &'t str,
    run: &mut Run,
    found: &mut Finds,
    before: &str,
    words: &mut Vec<&'t str>,
) {
    // Linking words never end a run.
    while run.spans.last().is_some_and(|w| !is_cap(w.slice(text))) {
        run.spans.pop();
        run.lists.pop();
    }
    if run.is_empty() {
        return;
    }
    if run.spans.len() == 1 {
        flush_word(text, run.spans[0], run.lists[0], found, before);
        return;
    }
    // `Sen. Richard Shelby of Alabama`: `of` after a name (not after a title or an
    // organisation word) ends the name (after a title: from the third word on).
    if let Some(i) = (2..run.spans.len()).find(|&i| {
        let prev = run.lists[i - 1];
        run.spans[i].slice(text) == "of"
            && !TITLE_SET.in_lists(prev)
            && !ORG_WORD_SET.in_lists(prev)
            && run.lists[..i - 1].iter().any(|&l| TITLE_SET.in_lists(l))
    }) {
        let mut rest = run.split_off(i);
        flush(text, run, found, before, words);
        rest.spans.remove(0);
        rest.lists.remove(0);
        flush(text, &mut rest, found, "of", words);
        return;
    }
    words.clear();
    words.extend(run.spans.iter().map(|w| w.slice(text)));
    let (words, lists, run) = (&words[..], &run.lists[..], &mut run.spans);
    let whole = Span::new(run[0].start, run[run.len() - 1].end);
    // People: the name is what follows the last title word.
    let last_title = words
        .iter()
        .zip(lists)
        .rposition(|(w, &l)| TITLE_SET.in_lists(l) || *w == "of");
    let titled_person = last_title.is_some_and(|t| {
        let rest = &words[t + 1..];
        !rest.is_empty()
            && rest.len() <= 4
            && words[t] != "of"
            && !rest
                .iter()
                .zip(&lists[t + 1..])
                .any(|(w, &l)| ORG_WORD_SET.in_lists(l) || is_acronym(w))
    });
    let org = !titled_person
        && (lists.iter().any(|&l| ORG_WORD_SET.in_lists(l))
            || (words.len() == 1
                && is_acronym(words[0])
                && (2..=5).contains(&words[0].len())
                && !PLACE_SET.in_lists(lists[0])));
    if org {
        found.whole(run, EntityKind::Organisation);
        run.clear();
        return;
    }
    let name_from = last_title.map_or(0, |i| i + 1);
    if name_from >= words.len() {
        run.clear();
        return;
    }
    let name_words = &words[name_from..];
    let name_lists = &lists[name_from..];
    let titled = last_title.is_some_and(|t| words[t] != "of");
    // `Veterans Affairs Canada`, `Global Affairs Canada`: a department named for its
    // country, not a person titled `affairs`.
    if titled && name_words.len() == 1 && PLACE_SET.in_lists(name_lists[0]) {
        found.whole(run, EntityKind::Organisation);
        run.clear();
        return;
    }
    // A place (`in New York`) or a participle opening a sentence is no person.
    let place = !titled
        && (PLACE_LEAD_SET.has(before) || name_lists.iter().any(|&l| PLACE_SET.in_lists(l)));
    // (`Speaking Tuesday`: the participle opens the run; `Education Minister Rob Fleming`:
    // a surname in -ing after a title, or after a first name, is still a name.)
    let participle = !titled
        && name_words
            .first()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    let odd = participle || name_words.iter().any(|w| is_odd_name_word(w));
    if place || odd {
        found.whole(run, EntityKind::Other);
        run.clear();
        return;
    }
    if (name_words.len() >= 2 && name_words.len() <= 4) || titled {
        if name_words.iter().any(|w| is_acronym(w) && w.len() >= 2) {
            // `BC Hydro`: a name with an acronym is an organisation's.
            found.whole(run, EntityKind::Organisation);
            run.clear();
            return;
        }
        // `WHL commissioner Ron Robison`: a lower-case title right before the run is
        // the person's too.
        let from = found.titles.len();
        for (w, &l) in words[..name_from].iter().zip(lists) {
            if TITLE_SET.in_lists(l) {
                found.titles.extend(title_index(w));
            }
        }
        if !is_cap(before) {
            found.titles.extend(title_of(before));
        }
        found.found.push(Found {
            name: Span::new(run[name_from].start, whole.end),
            run: whole,
            kind: EntityKind::Person,
            words: run.len() - name_from,
            last: run[run.len() - 1],
            titles: from..found.titles.len(),
        });
    } else if name_words.len() == 1 {
        // A lone capitalised word: a surname perhaps; recorded as Other and merged with a
        // person of that last name when one is found. A person known by one name is
        // described as one (`Yuni, a resident of Lampung,`, `Roman, 45,`).
        let kind = if !is_acronym(name_words[0]) && person_apposition(text, whole.end) {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        found.whole(run, kind);
    }
    run.clear();
}

/// [`flush_run`] for a run of one capitalised word `w` (its [`INDEXED`] lists `lists`),
/// after the word `before`: the same tests, for one word.
fn flush_word(text: &str, w: Span, lists: u64, found: &mut Finds, before: &str) {
    let word = w.slice(text);
    let run = [w];
    let org = ORG_WORD_SET.in_lists(lists)
        || (is_acronym(word) && (2..=5).contains(&word.len()) && !PLACE_SET.in_lists(lists));
    if org {
        // (A title alone is no person: an organisation when it is one.)
        found.whole(&run, EntityKind::Organisation);
        return;
    }
    if TITLE_SET.in_lists(lists) {
        return;
    }
    // A place (`in New York`) or a participle opening a sentence is no person.
    let place = PLACE_LEAD_SET.has(before) || PLACE_SET.in_lists(lists);
    let odd = word.len() > 4 && word.ends_with("ing") || is_odd_name_word(word);
    let kind = if place || odd {
        EntityKind::Other
    } else if !is_acronym(word) && person_apposition(text, w.end) {
        // A lone capitalised word: a surname perhaps; recorded as Other and merged with
        // a person of that last name when one is found. A person known by one name is
        // described as one (`Yuni, a resident of Lampung,`, `Roman, 45,`).
        EntityKind::Person
    } else {
        EntityKind::Other
    };
    found.whole(&run, kind);
}

/// Whether `w` can be no word of a person's name: it holds a digit or is hyphenated
/// with a part in lower case (not `Jean-Pierre`), or it is a function word.
fn is_odd_name_word(w: &str) -> bool {
    // (One pass over the bytes for the rare digit or hyphen.)
    let b = w.as_bytes();
    if b.iter().any(|&c| c.is_ascii_digit() || c == b'-')
        && (b.iter().any(u8::is_ascii_digit)
            || w.chars().skip(1).any(char::is_lowercase) && w.split('-').any(|p| !is_cap(p)))
    {
        return true;
    }
    is_name_breaker(w)
}

/// Whether `w` is a short function word that no name holds (`by`, `the`, `with` ...).
fn is_name_breaker(w: &str) -> bool {
    // (Most words end in a letter: nothing to trim.)
    let w = if w.ends_with('.') {
        w.trim_end_matches('.')
    } else {
        w
    };
    w.len() <= 4
        && listed(
            &[
                "by", "for", "of", "the", "and", "on", "in", "at", "to", "with",
            ],
            w,
        )
}

/// Nouns that head an apposition describing a person, besides the titles.
const PERSON_NOUNS: &[&str] = &[
    "boy",
    "daughter",
    "friend",
    "girl",
    "grandfather",
    "grandmother",
    "husband",
    "man",
    "mother",
    "neighbor",
    "neighbour",
    "son",
    "survivor",
    "wife",
    "woman",
    "worker",
];

/// Whether the text at byte `at` opens an apposition that describes a person: `, 45,` or
/// `, a resident of ...` / `, an 18-year-old student who ...` (a title or a person's noun
/// heads it).
fn person_apposition(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && rest[digits..].starts_with(',') {
        return true;
    }
    let Some(desc) = ["a ", "an "].iter().find_map(|d| rest.strip_prefix(d)) else {
        return false;
    };
    let mut end = desc.find([',', '.', ';', '(', '—']).unwrap_or(desc.len());
    for stop in [" of ", " who ", " in ", " at ", " from ", " with ", " and "] {
        if let Some(i) = desc[..end].find(stop) {
            end = i;
        }
    }
    if end > 60 {
        return false;
    }
    let head = desc[..end].split_whitespace().last().unwrap_or("");
    head.chars().all(|c| c.is_lowercase() || c == '-')
        && (TITLE_SET.has(head) || lower_in(PERSON_NOUNS, head))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../examples/seed.txt");

    fn at(text: &str, needle: &str, nth: usize) -> Span {
        let s = text.match_indices(needle).nth(nth).map(|(i, _)| i).unwrap();
        Span::new(s, s + needle.len())
    }

    /// The tokenizer as it read characters before [`ascii_alnum_run`] and
    /// [`general_punctuation`]: the reference the faster one must agree with.
    fn next_token_chars(s: &str, mut p: usize) -> Option<(usize, usize, usize)> {
        let bytes = s.as_bytes();
        // Skip to the first letter or digit (ASCII bytes tested in place).
        let start = loop {
            let b = *bytes.get(p)?;
            let at = p;
            if b < 0x80 {
                p += 1;
                if ASCII_ALNUM[usize::from(b)] {
                    break at;
                }
            } else {
                let c = s.get(p..)?.chars().next()?;
                p += c.len_utf8();
                if c.is_alphanumeric() {
                    break at;
                }
            }
        };
        let mut end = p;
        loop {
            // A run of ASCII letters and digits.
            while let Some(&b) = bytes.get(p) {
                if b < 0x80 && ASCII_ALNUM[usize::from(b)] {
                    p += 1;
                } else {
                    break;
                }
            }
            end = end.max(p);
            let Some(&b) = bytes.get(p) else {
                break;
            };
            let (d, dlen) = if b < 0x80 {
                (b as char, 1)
            } else {
                let Some(c) = s.get(p..).and_then(|r| r.chars().next()) else {
                    break;
                };
                if c.is_alphanumeric() {
                    p += c.len_utf8();
                    end = p;
                    continue;
                }
                (c, c.len_utf8())
            };
            if !matches!(d, '.' | '-' | '\'' | '’' | '&') {
                break;
            }
            // Keep inner punctuation only when a letter follows (U.S., O'Neil);
            // keep an abbreviation's full stop (Mr.) when a capital letter's word.
            let rest = p + dlen;
            let possessive = matches!(d, '\'' | '’')
                && matches!(bytes.get(rest), Some(b's' | b'S'))
                && !alnum_at(s, rest + 1);
            if possessive {
                // Skip the `'s` of a possessive.
                p = rest + 1;
                break;
            }
            if alnum_at(s, rest) {
                end = rest;
                p = rest;
            } else {
                break;
            }
        }
        Some((start, end, p))
    }

    #[test]
    fn tokenizer_agrees_with_reading_characters() {
        let pieces = [
            "Trump",
            "’s",
            "'s",
            "s'",
            "s’",
            " ",
            ".",
            "U.S",
            "Mr",
            "W",
            ",",
            "35",
            "700",
            "é",
            "Ünal",
            "—",
            "“",
            "”",
            "-",
            "&",
            "T",
            "\u{a0}",
            "\u{2009}",
            "x",
            "1",
            "Co",
            "\n",
            "ʼ",
            "abcdefghij",
            "Z9",
            "@[`{",
            "\u{2071}",
            "\u{2040}",
            "é",
            "’S",
            "…",
        ];
        let mut seed = 7u64;
        for _ in 0..20000 {
            let mut t = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 59) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            for p in (0..=t.len()).filter(|&p| t.is_char_boundary(p)) {
                assert_eq!(next_token(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
                assert_eq!(next_word(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
            }
        }
        for b in 0..=0x7fu8 {
            let t = format!(
                "{}{}xyz{}",
                "ab".repeat(usize::from(b % 5)),
                b as char,
                "Q".repeat(9)
            );
            for p in 0..t.len() {
                assert_eq!(next_token(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
                assert_eq!(next_word(&t, p), next_token_chars(&t, p), "{t:?} at {p}");
            }
        }
    }

    #[test]
    fn merge_order_in_buckets_agrees_with_sorting() {
        let mut seed = 5u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for len in 0..200 {
            let mut start = 0;
            let found: Vec<Found> = (0..len)
                .map(|_| {
                    start += 1 + next(20);
                    let kind = [
                        EntityKind::Person,
                        EntityKind::Organisation,
                        EntityKind::Other,
                    ][next(3)];
                    let span = Span::new(start, start + 1);
                    Found {
                        name: span,
                        run: span,
                        kind,
                        words: 1 + next(6),
                        last: span,
                        titles: 0..0,
                    }
                })
                .collect();
            assert_eq!(merge_order(&found), sorted_merge_order(&found), "{len}");
        }
    }

    #[test]
    fn lower_case_keys_agree_with_to_lowercase() {
        let words = [
            "",
            "a",
            "A",
            "Rubio",
            "RUBIO",
            "rubio",
            "Rubiö",
            "RUBIÖ",
            "O'Neill",
            "o'neill",
            "Abcdefgh",
            "ABCDEFGH",
            "abcdefghi",
            "ABCDEFGHI",
            "ABCDEFGHIJKLMNOPQ",
            "Σ",
            "σ",
            "\u{212a}im",
            "kim",
            "Kim",
            "Ki",
            "@[`{",
            "`{@[",
            "İstanbul",
            "i̇stanbul",
        ];
        for a in words {
            for b in words {
                let same = a.to_lowercase() == b.to_lowercase();
                assert_eq!(same_lower(a, b), same, "{a} {b}");
                assert_eq!(
                    eq_ignore_ascii_case(a.as_bytes(), b.as_bytes()),
                    a.eq_ignore_ascii_case(b),
                    "{a} {b}"
                );
                if same {
                    assert_eq!(lower_hash(a), lower_hash(b), "{a} {b}");
                }
            }
        }
    }

    #[test]
    fn titles_peeled_and_surnames_resolved() {
        let doc = Document::new(SEED);
        let t = EntityTable::build(&doc);
        let r = |n: &str, k: usize| t.resolve(&doc, at(SEED, n, k)).map(|c| c.into_owned());
        assert_eq!(
            r("US Secretary of State Marco Rubio", 0).as_deref(),
            Some("Marco Rubio")
        );
        assert_eq!(r("Secretary Rubio", 0).as_deref(), Some("Marco Rubio"));
        assert_eq!(r("President Bukele", 0).as_deref(), Some("Nayib Bukele"));
        assert_eq!(r("CNN", 0).as_deref(), Some("CNN"));
        assert_eq!(
            r("the US Department of State", 0).as_deref(),
            Some("US Department of State")
        );
        assert_eq!(r("the Secretary", 0).as_deref(), Some("Marco Rubio"));
        assert!(
            t.entities()
                .iter()
                .any(|e| e.name == "Alexandra Hill Tinoco")
        );
    }

    #[test]
    fn word_sets_agree_with_their_lists() {
        let sets: [(Words, &[&str]); 7] = [
            (TITLE_SET, TITLES),
            (ORG_WORD_SET, ORG_WORDS),
            (FUNCTION_SET, FUNCTION),
            (CALENDAR_SET, CALENDAR),
            (ORG_NOUN_SET, ORG_NOUNS),
            (PLACE_SET, PLACES),
            (PLACE_LEAD_SET, PLACE_LEAD),
        ];
        for (set, list) in sets {
            for w in list {
                assert!(set.has(w) && set.has(&w.to_ascii_uppercase()), "{w}");
                assert!(set.has(&format!("{w}.")), "{w}");
                assert!(!set.has(&format!("{w}x")) || lower_in(list, &format!("{w}x")));
            }
            for w in [
                "", ".", "Mr.", "Sen.", "é", "the", "x", "Ministry", "Ontario",
            ] {
                assert_eq!(set.has(w), lower_in(list, w), "{w}");
            }
        }
    }

    #[test]
    fn word_lists_are_sorted_for_search() {
        for l in [MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES] {
            assert!(l.windows(2).all(|p| p[0] < p[1]));
        }
        for list in [
            TITLES, ORG_WORDS, FUNCTION, CALENDAR, PLACES, PLACE_LEAD, ORG_NOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(listed(TITLES, "Secretary") && listed(FUNCTION, "THE"));
    }

    #[test]
    fn description_from_an_apposition() {
        let text = "Caleb Jones, a rookie defenceman, scored twice. The rookie defenceman smiled.";
        let doc = Document::new(text);
        let t = EntityTable::build(&doc);
        assert_eq!(
            t.resolve(&doc, at(text, "The rookie defenceman", 0))
                .as_deref(),
            Some("Caleb Jones")
        );
    }

    #[test]
    fn pronoun_and_ministry() {
        let text = "Foreign Minister Anna Berg met the Ministry of Trade on Monday. She said the talks went well. The ministry agreed.";
        let doc = Document::new(text);
        let t = EntityTable::build(&doc);
        assert_eq!(
            t.resolve(&doc, at(text, "She", 0)).as_deref(),
            Some("Anna Berg")
        );
        assert_eq!(
            t.resolve(&doc, at(text, "The ministry", 0)).as_deref(),
            Some("Ministry of Trade")
        );
    }
}
