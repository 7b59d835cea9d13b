//! The word lists of the entity table, as data: titles, organisation words, function
//! words, calendar words, places, given names and the like, and the [`WordTable`] index
//! over the lists it reads most ([`INDEXED`]), with the questions asked of them (`is this
//! word a title?`, `which lists hold it?`).

use crate::lexicon::{WordTable, letter, same, slots_for, words_in};

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
    "customs",
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
pub(super) const PORTFOLIOS: &[&str] = &[
    "affairs",
    "agriculture",
    "commerce",
    "customs",
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

/// Acronyms of things, not bodies (`the MOU`, `the LRT line`, `GDP`): in capitals, still
/// no organisation.
pub(super) const THING_ACRONYMS: &[&str] = &[
    "cpi", "ev", "fta", "gdp", "ipo", "lng", "lrt", "moa", "mou", "nda", "suv", "vat",
];

/// Government bodies named by a portfolio (`the fisheries ministry`, `the state
/// department`): with a modifier, one of them is only an organisation whose name holds
/// the noun, never the last organisation named.
pub(super) const PORTFOLIO_BODIES: &[&str] = &["department", "embassy", "ministry"];

/// Title words that, written in lower case, are common nouns (`the state`): no bearer of
/// the title is meant.
pub(super) const COMMON_TITLES: &[&str] = &["state"];

/// Words that make a capitalised run an organisation.
pub(crate) const ORG_WORDS: &[&str] = &[
    "administration",
    "agency",
    "airlines",
    "airways",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "berhad",
    "bhd",
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
    "holdings",
    "hospital",
    "house",
    "inc",
    "industries",
    "institute",
    "institution",
    "journal",
    "league",
    "ltd",
    "media",
    "ministry",
    "motors",
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
    "technologies",
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
pub(super) const DETERMINERS: &[&str] = &["a", "an", "that", "the", "these", "this", "those"];

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

/// Short function words that no name holds (`by`, `the`, `with` ...).
const NAME_BREAKERS: &[&str] = &[
    "and", "at", "by", "for", "in", "of", "on", "the", "to", "with",
];

/// Personal pronouns that may stand for a person.
pub(crate) const PERSON_PRONOUNS: &[&str] =
    &["he", "she", "him", "her", "his", "i", "we", "they", "their"];

/// Nouns that head an apposition describing a person, besides the titles.
pub(super) const PERSON_NOUNS: &[&str] = &[
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

pub(super) fn lower_in(list: &[&str], w: &str) -> bool {
    let w = w.trim_end_matches('.');
    w.len() <= 24 && listed(list, w)
}

/// The word lists the table reads most, indexed together (see [`crate::lexicon`]).
const INDEXED: [&[&str]; 8] = [
    TITLES,
    ORG_WORDS,
    FUNCTION,
    CALENDAR,
    ORG_NOUNS,
    PLACES,
    PLACE_LEAD,
    NAME_BREAKERS,
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

    /// Whether a word of the lists may be the word of bytes `b` (any ASCII case): false when
    /// none has its length, first and last letters.
    #[inline]
    fn may_hold(&self, b: &[u8]) -> bool {
        match (self.0.get(b.len()), b.first(), b.last()) {
            (Some(row), Some(&f), Some(&l)) => row[letter(f) as usize] >> letter(l) & 1 == 1,
            _ => false,
        }
    }
}

/// One of the [`INDEXED`] lists: its bit in [`INDEX`].
#[derive(Clone, Copy)]
pub(super) struct Words(u64);

impl Words {
    /// Like [`lower_in`]: whether `w`, less trailing full stops, is in the list.
    #[inline]
    pub(super) fn has(self, w: &str) -> bool {
        self.in_lists(Words::lists_of(w))
    }

    /// The bits of the [`INDEXED`] lists that hold `w`, less trailing full stops: asked
    /// once for a word that many lists are asked about. (Inlined: it is asked of every
    /// capitalised word.)
    #[inline(always)]
    pub(super) fn lists_of(w: &str) -> u64 {
        Words::lists_of_bytes(w.as_bytes())
    }

    /// [`Words::lists_of`] a word given as bytes (a word of the text, whose span starts and
    /// ends characters).
    #[inline(always)]
    pub(super) fn lists_of_bytes(w: &[u8]) -> u64 {
        // Most words end in a letter: nothing to trim.
        let mut w = w;
        while let [rest @ .., b'.'] = w {
            w = rest;
        }
        Words::lists_of_token(w)
    }

    /// [`Words::lists_of_bytes`] of a word as the tokenizer gives it
    /// ([`tokens`](super::tokens::tokens)), which never ends in a full stop (one is kept only
    /// before a letter or digit, `U.S`): nothing to trim.
    #[inline(always)]
    pub(super) fn lists_of_token(w: &[u8]) -> u64 {
        // (The words [`INDEX_ENDS`] lets through are looked up without the table's own
        // filter on first and last letters, the same test over again.)
        if w.len() <= 24 && INDEX_ENDS.may_hold(w) {
            INDEX.flags_unfiltered(w)
        } else {
            0
        }
    }

    /// Whether this list is among `lists` (bits from [`Words::lists_of`]).
    #[inline]
    pub(super) fn in_lists(self, lists: u64) -> bool {
        lists & self.0 != 0
    }
}

pub(super) const TITLE_SET: Words = Words(1 << 0);
pub(super) const ORG_WORD_SET: Words = Words(1 << 1);
pub(super) const FUNCTION_SET: Words = Words(1 << 2);
pub(super) const CALENDAR_SET: Words = Words(1 << 3);
pub(super) const ORG_NOUN_SET: Words = Words(1 << 4);
pub(super) const PLACE_SET: Words = Words(1 << 5);
pub(super) const PLACE_LEAD_SET: Words = Words(1 << 6);
pub(super) const NAME_BREAKER_SET: Words = Words(1 << 7);

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

/// The gender a given name tells: `Some(true)` for a woman, `Some(false)` for a man.
pub(super) fn given_name_gender(first: &str) -> Option<bool> {
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

/// Titles that a man bears (`Mr`, `Sir`, `Father`).
const MALE_TITLES: &[&str] = &["mr", "sir", "lord", "king", "prince", "father"];

/// Titles that a woman bears (`Mrs`, `Ms`, `Queen`).
const FEMALE_TITLES: &[&str] = &["mrs", "ms", "lady", "queen", "princess"];

/// Whether `list` holds `w`, for the compiler.
const fn holds(list: &[&str], w: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if same(list[i].as_bytes(), w.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

/// The gender each of [`TITLES`] tells: `Some(false)` for a man's ([`MALE_TITLES`]),
/// `Some(true)` for a woman's ([`FEMALE_TITLES`]).
const TITLE_GENDERS: [Option<bool>; TITLES.len()] = {
    let mut t = [None; TITLES.len()];
    let mut i = 0;
    while i < TITLES.len() {
        if holds(MALE_TITLES, TITLES[i]) {
            t[i] = Some(false);
        } else if holds(FEMALE_TITLES, TITLES[i]) {
            t[i] = Some(true);
        }
        i += 1;
    }
    t
};

/// The gender title `t` (an index into [`TITLES`]) tells: `Some(true)` for a woman,
/// `Some(false)` for a man.
pub(super) fn title_gender(t: u8) -> Option<bool> {
    TITLE_GENDERS.get(usize::from(t)).copied().flatten()
}

/// The title `w` is (as [`is_title`] tells), as its index in [`TITLES`].
pub(super) fn title_of(w: &str) -> Option<u8> {
    // (One look-up: [`TITLES`] is the first of the indexed lists, its words the first
    // indexes.)
    let w = w.trim_end_matches('.');
    if w.len() > 24 || !INDEX_ENDS.may_hold(w.as_bytes()) {
        return None;
    }
    let i = INDEX.index(w).filter(|&i| i < TITLES.len())?;
    u8::try_from(i).ok()
}

/// The index in [`TITLES`] of title word `w` (one [`is_title`] holds).
pub(super) fn title_index(w: &str) -> Option<u8> {
    let i = INDEX.index(w.trim_end_matches('.'))?;
    debug_assert!(i < TITLES.len());
    u8::try_from(i).ok()
}

/// The title `w` is when it is written exactly as in [`TITLES`] (lower case, no full
/// stop), as its index there.
pub(super) fn title_exactly(w: &str) -> Option<u8> {
    let i = INDEX.index(w).filter(|&i| TITLES.get(i) == Some(&w))?;
    u8::try_from(i).ok()
}

/// Lower-case words that link the capitalised words of a name (`Department of State`,
/// `Ludwig van Beethoven`).
/// (The word's bytes: linkers are ASCII.)
pub(super) fn is_linker(w: &[u8]) -> bool {
    matches!(
        w,
        b"of"
            | b"de"
            | b"del"
            | b"da"
            | b"van"
            | b"von"
            | b"der"
            | b"den"
            | b"la"
            | b"le"
            | b"du"
            | b"dos"
            | b"bin"
            | b"al"
            | b"for"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_genders_agree_with_their_lists() {
        for (i, t) in TITLES.iter().enumerate() {
            let want = match *t {
                "mr" | "sir" | "lord" | "king" | "prince" | "father" => Some(false),
                "mrs" | "ms" | "lady" | "queen" | "princess" => Some(true),
                _ => None,
            };
            assert_eq!(title_gender(u8::try_from(i).unwrap()), want, "{t}");
        }
    }

    #[test]
    fn title_of_agrees_with_is_title_and_title_index() {
        let others = [
            "", ".", "Mr.", "sen..", "é", "the", "x", "Ministry", "Ontario", "MRS",
        ];
        let words = INDEXED
            .iter()
            .flat_map(|l| l.iter().copied())
            .chain(others)
            .flat_map(|w| [w.to_string(), w.to_ascii_uppercase(), format!("{w}.")]);
        for w in words {
            let want = if is_title(&w) { title_index(&w) } else { None };
            assert_eq!(title_of(&w), want, "{w}");
        }
    }

    #[test]
    fn word_sets_agree_with_their_lists() {
        let sets: [(Words, &[&str]); 8] = [
            (TITLE_SET, TITLES),
            (ORG_WORD_SET, ORG_WORDS),
            (FUNCTION_SET, FUNCTION),
            (CALENDAR_SET, CALENDAR),
            (ORG_NOUN_SET, ORG_NOUNS),
            (PLACE_SET, PLACES),
            (PLACE_LEAD_SET, PLACE_LEAD),
            (NAME_BREAKER_SET, NAME_BREAKERS),
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
            TITLES,
            ORG_WORDS,
            FUNCTION,
            CALENDAR,
            PLACES,
            PLACE_LEAD,
            ORG_NOUNS,
            NAME_BREAKERS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(listed(TITLES, "Secretary") && listed(FUNCTION, "THE"));
    }
}
