//! Words the dateline grammar knows: month names and the lowercase links of place names.

use crate::lexicon::{WordTable, keys, slots_for};

/// Month names and abbreviations, lowercased, with their number: English as AP, Reuters and
/// UPI print them (`Sept.`, `Feb`), and the French, Spanish, Portuguese and German names
/// that agencies' foreign-language feeds leave in English copy, in full and as their desks
/// abbreviate them (EFE's `ene`, `abr`, `ago`, `dic`; AFP's `janv`, `févr`, `avr`, `juil`).
pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // French
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    // Spanish and Portuguese
    ("enero", 1),
    ("ene", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("abr", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("ago", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dic", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("fev", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("dez", 12),
    // German
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
];

/// The words of [`MONTHS`], in its order (distinct: a test checks).
const MONTH_WORDS: [&str; MONTHS.len()] = keys(MONTHS);

/// [`MONTH_WORDS`] indexed for lookup (see [`crate::lexicon`]).
static MONTH_INDEX: WordTable<{ MONTHS.len() }, { slots_for(MONTHS.len()) }> =
    WordTable::build(&[&MONTH_WORDS]);

/// The month a word names, ignoring case and a final period (`"Sept."`, `"FEB"`, `"août"`).
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    if w.len() < 3 || w.len() > 10 {
        return None;
    }
    if !w.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let found = if w.is_ascii() {
        MONTH_INDEX.index(w).map(|i| &MONTHS[i])
    } else {
        let lower = w.to_lowercase();
        MONTHS.iter().find(|(m, _)| *m == lower)
    };
    found.map(|&(_, n)| n).or_else(|| clipped_month(w))
}

/// A clipped English month name (`Apri`, `Septem`): a prefix of four or more letters of
/// exactly one month's full name. A misspelling (`Febuary`) is no prefix and names none.
fn clipped_month(w: &str) -> Option<u8> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // (a word that no month's name opens with, by its first letter, most capitalised
    // words, is refused before the names are compared)
    let initial = w.as_bytes().first().map_or(0, |b| b | 0x20);
    if w.len() < 4
        || !matches!(
            initial,
            b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's'
        )
    {
        return None;
    }
    if !w.is_ascii() {
        return None;
    }
    let mut found = None;
    for (n, m) in FULL.iter().enumerate() {
        if m.len() > w.len() && m[..w.len()].eq_ignore_ascii_case(w) {
            if found.is_some() {
                return None;
            }
            found = Some(n as u8 + 1);
        }
    }
    found
}

/// Days of the week, which open sentences (`Monday, Oct. 26: ...`) but are never places.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Lowercase words that may link the capitalised words of a place name (`Rio de Janeiro`),
/// sorted.
pub(crate) const LINKS: &[&str] = &[
    "al", "am", "an", "da", "das", "de", "del", "der", "des", "di", "do", "dos", "du", "el", "en",
    "im", "la", "las", "le", "les", "los", "of", "on", "sur", "upon", "y",
];

/// Words that open a wire story's first line but are never its place (in capitals `THE`
/// may open one: `THE HAGUE`).
pub(crate) const NOT_PLACES: &[&str] = &["by", "date", "updated", "posted", "rpt", "correction"];

/// Broadcasters and papers that credit their own copy in a dateline's parentheses
/// (`WASHINGTON (CNN) --`) but are no agency: the credit is read, and names no region.
pub(crate) const OUTLETS: &[&str] = &[
    "ABC", "BBC", "CBC", "CBS", "CNBC", "CNN", "CTV", "ESPN", "FOX", "ITV", "MSNBC", "NBC", "NHK",
    "NPR", "PBS", "RTE", "SABC", "SKY",
];

/// Whether `w` is an outlet's credit: one of [`OUTLETS`], or a US broadcaster's call
/// sign (`KABC`, `WSB`: `K` or `W` and two or three more capitals).
pub(crate) fn is_outlet(w: &str) -> bool {
    OUTLETS.contains(&w)
        || (3..=4).contains(&w.len())
            && w.starts_with(['K', 'W'])
            && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Labels that a colon follows at a story's top (`EXCLUSIVE: `, `UPDATE: `, `Warning: `),
/// which are never a place, and (but for `Sources:`) never a speaker (sorted: a test
/// checks).
pub(crate) const LABELS: &[&str] = &[
    "advisory",
    "alert",
    "analysis",
    "breaking",
    "breaking news",
    "byline",
    "commentary",
    "correction",
    "editorial",
    "exclusive",
    "explainer",
    "factbox",
    "flash",
    "highlights",
    "interview",
    "live",
    "note",
    "notes",
    "opinion",
    "photos",
    "previously",
    "read more",
    "related",
    "review",
    "source",
    "sources",
    "summary",
    "transcript",
    "update",
    "updated",
    "urgent",
    "video",
    "warning",
    "watch",
];

/// Words that open a speaker's turn in a transcript (`TRUMP: We will ...`) and hardly a
/// wire story's first sentence.
pub(crate) const SPEECH: &[&str] = &[
    "i", "i'm", "i've", "no", "okay", "so", "thank", "thanks", "we", "well", "yes", "you",
];

/// Whether a place as read is one of [`LABELS`].
pub(crate) fn is_label(place: &str) -> bool {
    listed(LABELS, place)
}

/// Articles that open sentences; a place starts with one only in capitals.
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// Whether `word` is in `list`, ignoring ASCII case.
pub(crate) fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words_are_distinct_and_found_in_any_case() {
        let mut words: Vec<&str> = MONTHS.iter().map(|m| m.0).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), MONTHS.len());
        for &(w, n) in MONTHS {
            assert_eq!(month(w), Some(n), "{w}");
            assert_eq!(month(&w.to_uppercase()), Some(n), "{w}");
        }
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("Monday"), None);
    }

    #[test]
    fn clipped_months_are_prefixes_of_one_name() {
        assert_eq!(clipped_month("Apri"), Some(4));
        assert_eq!(clipped_month("SEPTEM"), Some(9));
        assert_eq!(clipped_month("Febuary"), None);
        assert_eq!(clipped_month("Ju"), None);
        assert_eq!(clipped_month("Trump"), None);
        assert_eq!(clipped_month("décem"), None);
        for m in [
            "january", "june", "october", "november", "december", "august",
        ] {
            for k in 4..m.len() {
                assert!(clipped_month(&m[..k]).is_some(), "{m} {k}");
            }
        }
    }

    #[test]
    fn links_are_sorted_and_found_in_any_case() {
        assert!(LINKS.windows(2).all(|w| w[0] < w[1]));
        assert!(listed(LINKS, "De") && listed(LINKS, "UPON"));
        assert!(!listed(LINKS, "Paris"));
    }

    #[test]
    fn labels_are_sorted_and_found_in_any_case() {
        assert!(LABELS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_label("EXCLUSIVE") && is_label("Read More"));
        assert!(!is_label("NEW DELHI"));
    }
}
