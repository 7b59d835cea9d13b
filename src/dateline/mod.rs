//! Datelines: where, when and by whom a story was filed.
//!
//! The grammar (`grammar.rs`) reads one dateline at a given position; this module decides
//! where to try it. A dateline stands in the story's first lines: at the very start, after a
//! headline, a byline, an editor's note or leftover markup. Forms that credit an agency
//! (`(AP)`, `(Reuters)`) are distinctive enough to be read anywhere in those lines; a bare
//! `BOSTON — ` or `SALVADOR, Feb 26 - ` only at the start of a line, and a place alone
//! only when printed in capitals (`NEW DELHI: ` ended by a colon alone only near the top
//! and before a sentence). Where nothing fits, the article has no dateline: the
//! first capitalised words are never taken for a place.
//!
//! ```
//! use newswire::{dateline, Agency};
//! let d = dateline::find("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- Troops said ...").unwrap();
//! assert_eq!(d.place.as_deref(), Some("SAN SALVADOR"));
//! assert_eq!(d.date.unwrap().year, Some(1990));
//! assert_eq!(d.agencies, [Agency::Acan, Agency::Efe]);
//! assert_eq!(d.text, "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- ");
//!
//! assert!(dateline::find("Rep. Welch to back Sanders for president.").is_none());
//! ```

mod grammar;
mod lexicon;
pub(crate) use lexicon::is_label;

use std::borrow::Cow;

use crate::agency::Agency;
use crate::model::{Dateline, Span};
use grammar::Parsed;

/// How far into the text a dateline may start, in bytes.
const WINDOW: usize = 640;
/// How many bytes the dateline rules read from where they start. A dateline runs to a few
/// dozen; the bound keeps a word of thousands of letters (a script with no spaces, a run of
/// capitals) from being read whole by each rule that tries the line.
const READ: usize = 512;
/// How many bytes after a dateline the tests of what follows it may read: a reading that
/// ends nearer [`READ`]'s cut than this is none.
const LOOK_AFTER: usize = 128;
/// How many non-blank lines (headline, byline, editor's note) may stand before a dateline
/// that credits no agency.
const LEAD_LINES: usize = 4;

/// Finds the article's dateline, if it has one.
pub fn find(text: &str) -> Option<Dateline<'_>> {
    let mut end = text.len().min(WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut lines_before = 0usize;
    let mut line_start = true; // only white space and markup so far on this line
    let mut line_begin = 0usize;
    let mut prev: Option<char> = None;
    let mut credits = Ahead::default();
    let mut parens = Ahead::default();
    let bytes = text.as_bytes();
    let mut at = 0;
    // where the skip of a line's rest is next considered (after the last `(` seen near)
    let mut recheck = 0;
    while at < end {
        // mid-line, a word opens a dateline only with a `(` soon after it: with none up to
        // the line's end (and the reach past it), the rest of the line is skipped
        if !line_start && at >= recheck {
            let nl = memchr::memchr2(b'\n', b'\r', &bytes[at..end]).map_or(end, |o| at + o);
            match parens.from(at, |from| next_paren(text, from)) {
                Some(n) if n < nl + CREDIT_REACH => recheck = n + 1,
                _ if nl >= end => break,
                _ => at = nl,
            }
        }
        // after a plain character, the plain ones that follow do nothing but stand before
        // the next: skipped as bytes
        if prev.is_some_and(|p| u8::try_from(p).is_ok_and(plain)) {
            let run = bytes[at..end].iter().take_while(|&&b| plain(b)).count();
            if run > 0 {
                at += run;
                prev = Some(char::from(bytes[at - 1]));
                continue;
            }
        }
        let Some(c) = text[at..end].chars().next() else {
            break;
        };
        let next_at = at + c.len_utf8();
        if c == '\n' || c == '\r' {
            if !line_start {
                lines_before += 1;
            }
            line_start = true;
            line_begin = at + 1;
            prev = Some(c);
            at = next_at;
            continue;
        }
        let word_start = prev.is_none_or(|p| blank(p) || p == '>' || p == ';')
            || (prev == Some('.') && c.is_uppercase() && glued_after_sentence(text, at));
        if word_start && !blank(c) {
            let at_line_start = line_start && lines_before < LEAD_LINES;
            let may_start = c.is_uppercase() || c == '(' || (c.is_alphabetic() && at_line_start);
            if may_start
                && (at_line_start
                    || (paren_soon(&mut parens, text, at)
                        && credits.from(at, |from| next_credit(text, from)).is_some()
                        && after_lead(&text[line_begin..at])))
                && let Some(d) = at_position(text, at, at_line_start.then_some(lines_before))
            {
                return Some(d);
            }
            if line_start && !in_markup(text, at) {
                line_start = false;
            }
        }
        prev = Some(c);
        at = next_at;
    }
    None
}

/// Whether an ASCII byte is plain: no white space, NUL, `>`, `;` or `.`, after which a word
/// may start, and no line end; a character after a plain one starts nothing.
fn plain(b: u8) -> bool {
    b.is_ascii() && !b.is_ascii_whitespace() && !matches!(b, b'\0' | b'\x0b' | b'>' | b';' | b'.')
}

/// White space, or what stands for none before a word: a byte order mark (U+FEFF) left
/// at the start of a file or record, or a NUL.
fn blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\0'
}

/// Whether the period before `at` ends a sentence glued to the next (`intelligence.New
/// Delhi`), rather than an abbreviation (`U.S.A`).
fn glued_after_sentence(text: &str, at: usize) -> bool {
    let mut back = text[..at.saturating_sub(1)].chars().rev();
    back.next().is_some_and(char::is_lowercase) && back.next().is_some_and(char::is_lowercase)
}

/// More than any dateline's length: how far past the window a credit is looked for.
const DATELINE_REACH: usize = 1024;

/// How far after a mid-line dateline's first word its agency credit's `(` may stand.
const CREDIT_REACH: usize = 96;

/// The next place where something stands in the text (an agency credit, a `(`), found
/// lazily and kept while the scan moves forward, so that each is searched for once.
#[derive(Default)]
struct Ahead {
    /// The first place at or after `searched_from`, or `None` when there is none.
    next: Option<usize>,
    /// Where the last search began; `None` before the first.
    searched_from: Option<usize>,
}

impl Ahead {
    /// The first place at or after `at`; `find(at)` searches only when the kept place
    /// lies behind `at` (nothing found after an earlier point means nothing after `at`).
    fn from(&mut self, at: usize, find: impl FnOnce(usize) -> Option<usize>) -> Option<usize> {
        let stale = match (self.searched_from, self.next) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(_), Some(n)) => n < at,
        };
        if stale {
            self.searched_from = Some(at);
            self.next = find(at);
        }
        self.next
    }
}

/// Whether a `(` stands in the [`CREDIT_REACH`] bytes from `at`: mid-line, only datelines
/// that credit an agency are read, so a word with no `(` soon after it is not worth a
/// parse.
fn paren_soon(parens: &mut Ahead, text: &str, at: usize) -> bool {
    parens
        .from(at, |from| next_paren(text, from))
        .is_some_and(|n| n < (at + CREDIT_REACH).min(text.len()))
}

/// The first `(` at or after `from` that a word of the window may be credited by.
fn next_paren(text: &str, from: usize) -> Option<usize> {
    // Every word lies inside the scanned window: no `(` further on matters.
    let reach = text.len().min(WINDOW + CREDIT_REACH).max(from);
    memchr::memchr(b'(', text.as_bytes().get(from..reach)?).map(|off| from + off)
}

/// The first position at or after `from` where a parenthesised (`(AP)`) or bare (`, Reuter`)
/// agency credit starts.
fn next_credit(text: &str, from: usize) -> Option<usize> {
    // Every dateline starts inside the window and is far shorter than this: a credit
    // further on belongs to the story, not to a dateline.
    let reach = text.len().min(WINDOW + DATELINE_REACH);
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'(', b',', bytes.get(from..reach)?)
        .map(|off| from + off)
        .find(|&q| grammar::credit_at(&text[q..]))
}

/// Whether a dateline may start mid-line after `line` (the line so far): after a headline's
/// end (`... to appeal. NEW YORK (Reuters) - `), a run of spaces, markup, or a byline
/// (`By Yoo Jee-ho SEOUL`).
fn after_lead(line: &str) -> bool {
    let trimmed = line.trim_end();
    if line.len() - trimmed.len() >= 2 || trimmed.is_empty() {
        return true;
    }
    if trimmed.ends_with(['.', '!', '?', ')', ':', '"', '”', '>', ';', ']'])
        || trimmed.ends_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // A byline: `By` and one to four name words.
    let clause = trimmed
        .rsplit(['.', ')', ']', '>'])
        .next()
        .unwrap_or(trimmed)
        .trim_start();
    let mut words = clause.split(' ');
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("by"))
        && (1..=4).contains(&words.clone().count())
        && words.all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether the word at `at` is leftover markup (`<P>`, `&lt;p&gt;`), which does not end
/// a line's start.
fn in_markup(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    // (markup opens with `<`, `&` or `\`: any other word is read no further)
    if !rest.starts_with(['<', '&', '\\']) {
        return false;
    }
    let word = rest
        .char_indices()
        .take(64)
        .find(|(_, c)| c.is_whitespace())
        .map_or(rest, |(k, _)| &rest[..k]);
    (word.starts_with('<') && word.ends_with('>'))
        || (word.starts_with("&lt;") && word.ends_with("&gt;"))
        || word == "\\"
}

/// The dateline that starts at byte `at`, if one does; `lead` is, when only white space,
/// markup and lead lines stand before it on its line, the number of those lines.
fn at_position(text: &str, at: usize, lead: Option<usize>) -> Option<Dateline<'_>> {
    let line_start = lead.is_some();
    let whole = &text[at..];
    let mut cut = whole.len().min(READ);
    while !whole.is_char_boundary(cut) {
        cut -= 1;
    }
    let input = &whole[..cut];
    let first = input.chars().next()?;
    if !(first.is_alphabetic() || first == '(') || !grammar::may_open(input) {
        return None;
    }
    // A feed's credit first (`Canadian Press - `), then the dateline proper, if any.
    let (after_prefix, prefix) = match grammar::feed_prefix(input) {
        Ok((rest, agency)) if line_start => (rest, Some(agency)),
        _ => (input, None),
    };
    let parsed = grammar::body(after_prefix)
        .ok()
        .filter(|(rest, p)| accepted(p, rest, lead));
    let (rest, mut parsed) = match (parsed, prefix) {
        (Some(found), _) => found,
        (None, Some(_)) => (after_prefix, Parsed::default()),
        (None, None) => return None,
    };
    // (A reading that ran near the cut was read short of what follows it.)
    if cut < whole.len() && rest.len() < LOOK_AFTER {
        return None;
    }
    if let Some(a) = prefix {
        parsed.agencies.insert(0, a);
        parsed.agencies.dedup();
    }
    // One following space belongs to the dateline.
    let mut end = at + input.len() - rest.len();
    if rest.starts_with(' ') || rest.starts_with('\u{a0}') {
        end += rest.chars().next().map_or(0, char::len_utf8);
    }
    Some(resolve(text, Span::new(at, end), parsed))
}

/// Whether what a rule read is a dateline, given what follows it and where it stands
/// (`lead`: see [`at_position`]).
fn accepted(p: &Parsed<'_>, rest: &str, lead: Option<usize>) -> bool {
    let next = rest.chars().next();
    let agencies = !p.agencies.is_empty();
    if p.separator.is_none() {
        // `New Delhi, July 26 (IANS) Text`: an agency credit may end a dateline by itself.
        let followed = rest
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c));
        return agencies && followed;
    }
    // After a separator: a space, a line end, the text's end, or the text itself (which
    // may start in lower case, `-qtr ends`, only after a date or an agency).
    let clean_end =
        next.is_none_or(|c| c.is_whitespace() || c.is_uppercase() || "\"“‘'".contains(c));
    if !(clean_end || agencies || p.date.is_some()) {
        return false;
    }
    if agencies {
        return true;
    }
    let Some(lines_before) = lead else {
        return false;
    };
    if p.iso {
        return true;
    }
    let sep = p.separator.unwrap_or("");
    if sep == ":" {
        return colon_dateline(p, rest, lines_before);
    }
    if p.date.is_some() {
        return true;
    }
    // A place alone must be printed in capitals: `BOSTON — `, `LA CROSSE, Wisc. — `.
    let place = p.place.unwrap_or("");
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3 && !place.chars().any(char::is_lowercase) && next.is_none_or(char::is_whitespace)
}

/// How many lines (a headline, a byline) may stand before a dateline ended by a colon
/// alone.
const COLON_LEAD_LINES: usize = 2;

/// Whether a place ended by a colon alone opens the story (`NEW DELHI: `, `KARACHI, Feb 3:
/// `), as Indian and Pakistani papers print it, rather than a headline's or a label's
/// colon (`Lynch: No outside influence`, `EXCLUSIVE: In memo ...`, `BOOM: Trump Just
/// Fired ...`): the place in capitals and no label, near the top, and a sentence after it.
fn colon_dateline(p: &Parsed<'_>, rest: &str, lines_before: usize) -> bool {
    let place = p.place.unwrap_or("");
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    lines_before <= COLON_LEAD_LINES
        && p.region.is_none()
        && letters >= 3
        && !place.chars().any(char::is_lowercase)
        && place.split(' ').count() <= 3
        && !lexicon::is_label(place)
        && rest
            .strip_prefix(' ')
            .is_some_and(|body| p.date.is_some() || reads_as_sentence(body))
}

/// Whether `body` opens with a reported sentence in sentence case (`The Union cabinet on
/// Friday approved ...`), not a headline in title case (`PBS Moderators Ignore Clinton
/// Scandals`) or a speaker's words after a transcript's label (`TRUMP: We will ...`): it
/// starts with a capital and no word of speech, and of its first eight words two start in
/// lower case, one of them a word of four letters or more.
fn reads_as_sentence(body: &str) -> bool {
    let first = body
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or(body);
    if !body.starts_with(|c: char| c.is_uppercase()) || lexicon::listed(lexicon::SPEECH, first) {
        return false;
    }
    let (mut lower, mut long) = (0, false);
    for w in body.split_whitespace().take(8) {
        if w.starts_with(|c: char| c.is_lowercase()) {
            lower += 1;
            long |= w.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        }
        if w.ends_with(['.', '!', '?']) {
            break;
        }
    }
    lower >= 2 && long
}

/// Turns what the grammar read into the model's [`Dateline`].
fn resolve<'a>(text: &'a str, span: Span, p: Parsed<'a>) -> Dateline<'a> {
    Dateline {
        span,
        text: Cow::Borrowed(span.slice(text)),
        place: p.place.map(Cow::Borrowed),
        region: p.region.map(Cow::Borrowed),
        date: p.date.flatten(),
        agencies: p.agencies,
    }
}

/// The agency credited by a closing tag's text (`ANI`, `IANS`, `REUTER`), for the credits
/// module.
pub(crate) fn agency_list(inner: &str) -> Option<Vec<Agency>> {
    grammar::agency_list(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        find(text).map(|d| {
            (
                d.text.into_owned(),
                d.place.map(Cow::into_owned),
                d.region.map(Cow::into_owned),
            )
        })
    }

    #[test]
    fn plain_bytes_start_nothing() {
        for b in 0..=255u8 {
            let c = char::from(b);
            let starts = !b.is_ascii() || blank(c) || matches!(c, '>' | ';' | '.' | '\n' | '\r');
            assert_eq!(plain(b), !starts, "{b}");
        }
    }

    #[test]
    fn after_a_headline_line() {
        let t = "Senate passes budget.\n\nWASHINGTON (AP) — The Senate ...";
        assert_eq!(dl(t).unwrap().0, "WASHINGTON (AP) — ");
    }

    #[test]
    fn after_a_byline_on_the_same_line() {
        let t = "By JANE DOE    CHICAGO (AP) -- Sales rose.";
        assert_eq!(dl(t).unwrap().1.as_deref(), Some("CHICAGO"));
    }

    #[test]
    fn after_markup() {
        let t = "&lt;p&gt;&lt;/p&gt;&lt;p&gt; NEW YORK (Reuters) - Stocks fell.";
        assert_eq!(dl(t).unwrap().0, "NEW YORK (Reuters) - ");
    }

    #[test]
    fn alone_on_its_line() {
        let t = "CAPE TOWN, South Africa (AP) --\n\nAnother man was arrested.";
        let d = find(t).unwrap();
        assert_eq!(d.text, "CAPE TOWN, South Africa (AP) --");
        assert_eq!(d.region.as_deref(), Some("South Africa"));
    }

    #[test]
    fn feed_prefix_alone_and_before_a_dateline() {
        let d = find("AP - Tennessee will miss a game.").unwrap();
        assert_eq!(
            (d.text.as_ref(), d.place.as_deref(), d.agencies.as_slice()),
            ("AP - ", None, &[Agency::Ap][..])
        );
        let d = find("Canadian Press - CANBERRA, Australia (AP) - Diplomats said.").unwrap();
        assert_eq!(d.agencies, [Agency::Cp, Agency::Ap]);
        assert_eq!(d.place.as_deref(), Some("CANBERRA"));
    }

    #[test]
    fn no_separator_after_an_agency() {
        let d = find("New Delhi, July 26 (IANS) The government said.").unwrap();
        assert_eq!(d.text, "New Delhi, July 26 (IANS) ");
    }

    #[test]
    fn nothing_from_capitalised_openings() {
        for t in [
            "The New York Times said in an editorial on Monday, Oct. 26:\n\nThe murder ...",
            "Lynch: No outside influence in probe",
            "U.S. Flexes Muscles As Asia Worries",
            "MALAYSIA's aggressive move into the information age",
            "NATO said on Monday it would stay.",
            "Boston - the city said.",
            "",
            "   \n ",
        ] {
            assert_eq!(dl(t), None, "{t:?}");
        }
    }

    #[test]
    fn title_case_place_needs_a_date_or_agency() {
        assert!(find("Beirut (AFP) – When activists ...").is_some());
        assert!(find("Caracas, march 17 - an oil fee").is_some());
        assert!(find("Beirut – When activists ...").is_none());
    }
}
