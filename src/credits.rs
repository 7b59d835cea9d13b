//! Credits and trailers: bylines, closing agency tags, staff lines, slugs, disclaimers.
//!
//! Bylines stand in a story's first lines; the rest close it. This module reads the first
//! and last few hundred bytes only, so its cost does not grow with the article.
//!
//! ```
//! use newswire::{Agency, CreditKind};
//! let text = "By JANE DOE\nCHICAGO (AP) — Sales rose.\n\n(Reporting by Ann Lee; Editing by Bo Chu)";
//! let article = newswire::parse(text);
//! let kinds: Vec<CreditKind> = article.credit_lines.iter().map(|c| c.kind).collect();
//! assert_eq!(kinds, [CreditKind::Byline, CreditKind::Staff]);
//! let staff = &article.credit_lines[1].people;
//! assert_eq!((staff[0].name.text.as_ref(), staff[0].role.as_ref()), ("Ann Lee", "Reporting"));
//! assert_eq!((staff[1].name.text.as_ref(), staff[1].role.as_ref()), ("Bo Chu", "Editing"));
//! assert_eq!(article.credits, [Agency::Ap]);
//! ```

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{char, space0};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

use crate::agency::Agency;
use crate::model::{Credit, CreditKind, Dateline, Excerpt, Person, Span};
use crate::text::Document;

/// How much of the text's end is read for trailers, in bytes.
const TAIL: usize = 600;
/// How much of the text's start is read for a byline, in bytes.
const HEAD: usize = 400;

/// Finds the credit lines of the document, in order.
pub fn find<'a>(doc: &Document<'a>, dateline: Option<&Dateline<'a>>) -> Vec<Credit<'a>> {
    let text = doc.text();
    let mut out = Vec::new();
    if let Some(b) = byline(text, dateline.map(|d| d.span)) {
        out.push(b);
    }
    let head_end = out
        .last()
        .map_or(0, |c| c.span.end)
        .max(dateline.map_or(0, |d| d.span.end));
    let mut tail = trailers(text, head_end);
    tail.sort_by_key(|c| c.span.start);
    out.extend(tail);
    out
}

/// Each agency credited in the dateline or a credit line, once, in order of first credit.
pub fn agencies(dateline: Option<&Dateline<'_>>, lines: &[Credit<'_>]) -> Vec<Agency> {
    let mut out: Vec<Agency> = Vec::new();
    let from_dateline = dateline
        .into_iter()
        .flat_map(|d| d.agencies.iter().copied());
    for a in from_dateline.chain(lines.iter().filter_map(|c| c.agency)) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn credit<'a>(
    text: &'a str,
    kind: CreditKind,
    span: Span,
    agency: Option<Agency>,
    people: Vec<Person<'a>>,
) -> Credit<'a> {
    Credit {
        kind,
        span,
        text: Cow::Borrowed(span.slice(text)),
        agency,
        people,
    }
}

// ---------- bylines ----------

type Res<'a, T> = IResult<&'a str, T>;

/// A capitalised name word (`JANE`, `Jee-ho`, `O'Neil`, `Jr.`).
fn name_word(i: &str) -> Res<'_, &str> {
    recognize((
        take_while_m_n(1, 1, char::is_uppercase),
        nom::bytes::complete::take_while(|c: char| {
            c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')
        }),
    ))
    .parse(i)
}

/// One person's name in a byline: one to four name words.
fn byline_name(i: &str) -> Res<'_, &str> {
    let (mut after, _) = name_word(i)?;
    for _ in 0..3 {
        match (char::<&str, nom::error::Error<&str>>(' '), name_word).parse(after) {
            Ok((r, _)) if !r.is_empty() || after.len() > 1 => after = r,
            _ => break,
        }
    }
    let name = &i[..i.len() - after.len()];
    let trimmed = name.trim_end_matches([',', '.']);
    Ok((&i[trimmed.len()..], trimmed))
}

/// `By JANE DOE`, `By Yoo Jee-ho`, `By Maria Lopez and Tom Reed`: the names after `By`.
fn byline_rule(i: &str) -> Res<'_, Vec<&str>> {
    let (rest, _) = (tag_no_case("by"), char(' '), space0).parse(i)?;
    let (mut rest, first) = byline_name(rest)?;
    let mut names = vec![first];
    while let Ok((r, n)) = nom::sequence::preceded(
        nom::branch::alt((tag(" and "), tag(", and "), tag(", "), tag(" & "))),
        byline_name,
    )
    .parse(rest)
    {
        names.push(n);
        rest = r;
    }
    Ok((rest, names))
}

/// The byline in the story's first lines (before its dateline, if any).
fn byline<'a>(text: &'a str, dateline: Option<Span>) -> Option<Credit<'a>> {
    let end = floor_boundary(text, dateline.map_or(HEAD, |d| d.start.max(1)).min(HEAD));
    let head = &text[..end];
    // `By` or `by` opening a word (both ASCII, so every hit is a char boundary).
    for at in memchr::memchr2_iter(b'B', b'b', head.as_bytes()) {
        let prev = head[..at].chars().next_back();
        if !prev.is_none_or(|p| p.is_whitespace() || p == '>' || p == ';') {
            continue;
        }
        let Ok((rest, names)) = byline_rule(&head[at..]) else {
            continue;
        };
        // A byline ends its line, or is followed by a run of spaces, markup or the dateline.
        let ends = rest.is_empty()
            || rest.starts_with(['\n', '\r', '<', '&', ','])
            || rest.starts_with("  ")
            || (rest.starts_with(' ') && dateline.is_some_and(|d| d.start == end));
        let initials_only = |n: &&str| {
            n.split(' ')
                .all(|w| w.trim_end_matches('.').chars().count() <= 1)
        };
        if !ends || names.iter().any(initials_only) {
            continue;
        }
        // Each name is a slice of `head`: its offset is where it starts in memory.
        let people: Vec<Person<'a>> = names
            .iter()
            .map(|n| {
                let s = n.as_ptr() as usize - head.as_ptr() as usize;
                Person {
                    name: Excerpt::of(text, Span::new(s, s + n.len())),
                    role: Cow::Borrowed("By"),
                }
            })
            .collect();
        let end = people.last().map_or(at, |p| p.name.span.end);
        let span = Span::new(at, end);
        return Some(credit(text, CreditKind::Byline, span, None, people));
    }
    None
}

// ---------- trailers ----------

/// Roles that staff lines give (`Reporting by`, `Editing by`), as printed before `by`.
const STAFF_ROLES: &[&str] = &[
    "additional reporting",
    "reporting",
    "writing",
    "editing",
    "compiled",
    "compiling",
    "graphics",
    "research",
    "translated",
    "translation",
    "produced",
    "fact-checking",
];

/// Finds the trailers in the text's last bytes, after `floor` (the head's credits).
fn trailers(text: &str, floor: usize) -> Vec<Credit<'_>> {
    let start = ceil_boundary(text, text.len().saturating_sub(TAIL).max(floor));
    let mut out = Vec::new();
    staff_lines(text, start, &mut out);
    contributors(text, start, &mut out);
    disclaimers(text, start, &mut out);
    slugs(text, start, &mut out);
    closing_tag(
        text,
        start,
        &out.iter().map(|c| c.span).collect::<Vec<_>>(),
        &mut out,
    );
    out
}

/// `(Reporting by Jane Doe in Paris; Editing by John Roe)`.
fn staff_lines<'a>(text: &'a str, start: usize, out: &mut Vec<Credit<'a>>) {
    let tail = &text[start..];
    let mut from = 0;
    // (`(` and `)` are ASCII: memchr's hits are char boundaries)
    let bytes = tail.as_bytes();
    while let Some(k) = memchr::memchr(b'(', bytes.get(from..).unwrap_or_default()) {
        let open = from + k;
        from = open + 1;
        let Some(close) = memchr::memchr(b')', &bytes[open..]).map(|c| open + c) else {
            break;
        };
        let inner = &tail[open + 1..close];
        if !STAFF_ROLES.iter().any(|r| opens_with(inner, r))
            || !inner.contains(" by ") && !inner.contains(" By ")
        {
            continue;
        }
        let base = start + open + 1;
        let mut people = Vec::new();
        let mut piece_start = 0;
        for piece in inner.split(';') {
            let p_at = piece_start;
            piece_start += piece.len() + 1;
            let Some(by) = piece.find(" by ").or_else(|| piece.find(" By ")) else {
                continue;
            };
            let role = piece[..by].trim();
            let role = role.strip_prefix("and ").unwrap_or(role);
            let names_at = p_at + by + 4;
            let names = &inner[names_at..p_at + piece.len()];
            for (n_off, name) in split_names(names) {
                let s = base + names_at + n_off;
                people.push(Person {
                    name: Excerpt::of(text, Span::new(s, s + name.len())),
                    role: Cow::Owned(capitalise(role)),
                });
            }
        }
        if !people.is_empty() {
            let span = Span::new(start + open, start + close + 1);
            out.push(credit(text, CreditKind::Staff, span, None, people));
        }
        from = close + 1;
    }
}

/// Whether `text` opens with `word` (lower case, ASCII) in any case.
fn opens_with(text: &str, word: &str) -> bool {
    text.as_bytes()
        .get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word.as_bytes()))
}

fn capitalise(role: &str) -> String {
    let mut c = role.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The people in `Jane Doe in Paris, France, and John Roe, Ann Lee`: each name with its
/// offset, without a trailing ` in Place` (whose own commas are skipped).
fn split_names(names: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut in_place = false;
    let mut at = 0;
    for part in names.split([',', '&']) {
        let p_at = at;
        at += part.len() + 1;
        let trimmed = part.trim_start();
        let lead = part.len() - trimmed.len();
        let (part, p_at) = match trimmed.strip_prefix("and ") {
            Some(rest) => {
                in_place = false;
                (rest, p_at + lead + 4)
            }
            None if in_place => continue, // `Birmingham, Alabama`: the place goes on
            None => (part, p_at),
        };
        let mut sub_at = 0;
        for sub in part.split(" and ") {
            let s_at = p_at + sub_at;
            sub_at += sub.len() + 5;
            let cut = [" in ", " from ", " at "]
                .iter()
                .filter_map(|w| sub.find(w))
                .min();
            if cut.is_some() {
                in_place = true;
            }
            let name = &sub[..cut.unwrap_or(sub.len())];
            let lead = name.len() - name.trim_start().len();
            let name = name.trim();
            if name.chars().next().is_some_and(char::is_uppercase) && name.len() <= 60 {
                out.push((s_at + lead, name));
            }
        }
    }
    out
}

/// Words naming a contributor's job before their name (`Associated Press writer Jay Reeves`).
const CONTRIBUTOR_JOBS: &[&str] = &[
    "writers",
    "writer",
    "reporters",
    "reporter",
    "correspondents",
    "correspondent",
    "photographer",
    "videojournalist",
];

/// The phrase that ends a contributor line, its searcher built once.
static CONTRIBUTED: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(" contributed to this report"));

/// `Associated Press writer Jay Reeves in Birmingham, Alabama, contributed to this report.`
fn contributors<'a>(text: &'a str, start: usize, out: &mut Vec<Credit<'a>>) {
    let tail = &text[start..];
    let Some(k) = CONTRIBUTED.find(tail.as_bytes()) else {
        return;
    };
    // (line ends are ASCII: the search goes back over bytes, no character decoded)
    let line_start = memchr::memrchr2(b'\n', b'\r', &tail.as_bytes()[..k]).map_or(0, |p| p + 1);
    let lead = &tail[line_start..k];
    let skip = lead.len() - lead.trim_start().len();
    let lead = lead.trim_start();
    // An agency or paper's name, then the job, then the names.
    let mut agency = None;
    let mut names_at = 0;
    for (job_at, _) in lead.match_indices(' ') {
        let after = &lead[job_at + 1..];
        if let Some(job) = CONTRIBUTOR_JOBS
            .iter()
            .find(|j| after.starts_with(*j) && after[j.len()..].starts_with(' '))
        {
            agency = Agency::from_name(&lead[..job_at]);
            names_at = job_at + 1 + job.len() + 1;
            break;
        }
    }
    let names = &lead[names_at..];
    let base = start + line_start + skip + names_at;
    let people: Vec<Person<'a>> = split_names(names)
        .into_iter()
        .map(|(off, n)| Person {
            name: Excerpt::of(text, Span::new(base + off, base + off + n.len())),
            role: Cow::Borrowed("Contributing"),
        })
        .collect();
    if people.is_empty() {
        return;
    }
    let end = tail[k..].find('.').map_or(tail.len(), |e| k + e + 1);
    let span = Span::new(start + line_start + skip, start + end);
    out.push(credit(text, CreditKind::Staff, span, agency, people));
}

/// `(Except for the headline, this story has not been edited by NDTV staff ...)`.
fn disclaimers<'a>(text: &'a str, start: usize, out: &mut Vec<Credit<'a>>) {
    let tail = &text[start..];
    let markers = [
        "(Except for the headline",
        "(This story has not been edited",
        "(Only the headline",
    ];
    // Each marker opens with `(`: only those are compared, in one search for all three,
    // each marker keeping its first.
    let mut first = [None; 3];
    for k in memchr::memchr_iter(b'(', tail.as_bytes()) {
        for (found, marker) in first.iter_mut().zip(markers) {
            if found.is_none() && tail[k..].starts_with(marker) {
                *found = Some(k);
            }
        }
    }
    for k in first.into_iter().flatten() {
        let end = tail[k..].find(')').map_or(tail.len(), |e| k + e + 1);
        let span = Span::new(start + k, start + end);
        out.push(credit(text, CreditKind::Disclaimer, span, None, Vec::new()));
    }
}

/// A wire slug: `AP-NY-02-13-98 1426EST`.
fn slug_rule(i: &str) -> Res<'_, (&str, &str)> {
    let digits = |n| take_while_m_n(n, n, |c: char| c.is_ascii_digit());
    let (rest, (agency, _, _, _, _, _, _, _, _, _, _, _)) = (
        take_while_m_n(2, 8, |c: char| c.is_ascii_uppercase()),
        char('-'),
        take_while_m_n(2, 3, |c: char| c.is_ascii_uppercase()),
        char('-'),
        digits(2),
        char('-'),
        digits(2),
        char('-'),
        take_while_m_n(2, 4, |c: char| c.is_ascii_digit()),
        char(' '),
        digits(4),
        opt(take_while1(|c: char| c.is_ascii_uppercase())),
    )
        .parse(i)?;
    Ok((rest, (agency, "")))
}

fn slugs<'a>(text: &'a str, start: usize, out: &mut Vec<Credit<'a>>) {
    let tail = &text[start..];
    // (`-` is ASCII: memchr's hits are char boundaries)
    for k in memchr::memchr_iter(b'-', tail.as_bytes()) {
        // The run of capitals before the hyphen (the agency's letters).
        let w = tail[..k]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_uppercase())
            .map_or(0, |(p, c)| p + c.len_utf8());
        if w >= k || (w > 0 && !tail[..w].ends_with(char::is_whitespace)) {
            continue;
        }
        if let Ok((rest, (agency, _))) = slug_rule(&tail[w..]) {
            let span = Span::new(start + w, start + tail.len() - rest.len());
            out.push(credit(
                text,
                CreditKind::Slug,
                span,
                Agency::from_name(agency),
                Vec::new(),
            ));
            return;
        }
    }
}

/// An agency tag closing the story: `(ANI)`, `--IANS`, `/PTI`, `— AFP`, ` Reuter` on its
/// own line, or `With files from The Associated Press`.
fn tag_rule(i: &str) -> Res<'_, (&str, &str)> {
    nom::branch::alt((
        (
            recognize((char('('), space0)),
            take_while_m_n(2, 30, |c: char| c != ')' && c != '(' && c != '\n'),
        ),
        (
            recognize((
                space0,
                nom::branch::alt((tag("--"), tag("—"), tag("–"), tag("/"), tag("-"))),
                space0,
            )),
            take_while_m_n(2, 30, |c: char| c.is_alphabetic() || c == ' ' || c == '-'),
        ),
        (
            recognize((
                tag_no_case("with files from"),
                char(' '),
                opt(tag_no_case("the ")),
            )),
            take_while_m_n(2, 30, |c: char| c.is_alphabetic() || c == ' '),
        ),
    ))
    .parse(i)
}

fn closing_tag<'a>(text: &'a str, start: usize, taken: &[Span], out: &mut Vec<Credit<'a>>) {
    // The end of the story proper: before the trailers already found.
    let mut end = text.len();
    for s in taken {
        if s.start >= start {
            end = end.min(s.start);
        }
    }
    let body = text[start..end].trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let body_end = start + body.len();
    // The last line, then the last few words of it.
    // (line ends are ASCII: the search goes back over bytes, no character decoded)
    let line_start = memchr::memrchr2(b'\n', b'\r', body.as_bytes()).map_or(0, |k| k + 1);
    let line = &body[line_start..];
    // `Reuter` / `REUTER` alone on its line.
    let alone = line.trim();
    if let Some(a) = Agency::from_name(alone).filter(|_| alone.len() <= 20 && line_start > 0) {
        let s = start + line_start + (line.len() - line.trim_start().len());
        out.push(credit(
            text,
            CreditKind::AgencyTag,
            Span::new(s, s + alone.len()),
            Some(a),
            Vec::new(),
        ));
        return;
    }
    // A tag at the line's end: try each candidate opening in the last 40 bytes.
    let from = floor_boundary(line, line.len().saturating_sub(48));
    for (k, c) in tag_openings(&line[from..]) {
        let at = from + k;
        if matches!(c, 'W' | 'w') && at > 0 && !line[..at].ends_with(char::is_whitespace) {
            continue;
        }
        if let Ok((rest, (_, name))) = tag_rule(&line[at..]) {
            let rest = rest.trim_start_matches([')', '.', ' ']);
            if !rest.is_empty() {
                continue;
            }
            let name = name.trim();
            let agencies = crate::dateline::agency_list(name).unwrap_or_default();
            if let Some(&a) = agencies.first() {
                let s = start + line_start + at;
                let e = (body_end).max(s);
                let e = if text[e..].starts_with(')') { e + 1 } else { e };
                out.push(credit(
                    text,
                    CreditKind::AgencyTag,
                    Span::new(s, e),
                    Some(a),
                    Vec::new(),
                ));
                return;
            }
        }
    }
}

/// The characters of `s` that may open a closing tag (`(`, `-`, `—`, `–`, `/`, `W`, `w`),
/// with their offsets: read as bytes, a character decoded only at a `0xE2` byte (which
/// leads both dashes).
fn tag_openings(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    s.bytes().enumerate().filter_map(|(k, b)| match b {
        b'(' | b'-' | b'/' | b'W' | b'w' => Some((k, char::from(b))),
        0xE2 => s
            .get(k..)
            .and_then(|r| r.chars().next())
            .filter(|c| matches!(c, '—' | '–'))
            .map(|c| (k, c)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_openings_are_the_characters_the_walk_finds() {
        let pieces = [
            "(", "-", "—", "–", "/", "W", "w", "a", " ", "é", "’", "€", "\n", "ｗ",
        ];
        for t in crate::testing::random_texts(&pieces, 11, 59, 3000) {
            let slow: Vec<(usize, char)> = t
                .char_indices()
                .filter(|(_, c)| matches!(c, '(' | '-' | '—' | '–' | '/' | 'W' | 'w'))
                .collect();
            assert_eq!(tag_openings(&t).collect::<Vec<_>>(), slow, "{t:?}");
        }
    }

    fn lines(text: &str) -> Vec<(CreditKind, Option<Agency>, String)> {
        let doc = Document::new(text);
        let d = crate::dateline::find(text);
        find(&doc, d.as_ref())
            .into_iter()
            .map(|c| (c.kind, c.agency, c.text.into_owned()))
            .collect()
    }

    #[test]
    fn closing_agency_tags() {
        assert_eq!(
            lines("Talks went on. (ANI)"),
            [(CreditKind::AgencyTag, Some(Agency::Ani), "(ANI)".into())]
        );
        assert_eq!(
            lines("Talks went on.--IANS"),
            [(CreditKind::AgencyTag, Some(Agency::Ians), "--IANS".into())]
        );
        assert_eq!(
            lines("Talks went on. /PTI"),
            [(CreditKind::AgencyTag, Some(Agency::Pti), "/PTI".into())]
        );
        assert_eq!(
            lines("Talks went on.\n Reuter\n"),
            [(
                CreditKind::AgencyTag,
                Some(Agency::Reuters),
                "Reuter".into()
            )]
        );
        assert_eq!(
            lines("Talks went on.\n\nWith files from The Associated Press"),
            [(
                CreditKind::AgencyTag,
                Some(Agency::Ap),
                "With files from The Associated Press".into()
            )]
        );
        assert!(lines("He said it was over.").is_empty());
        assert!(lines("Prices rose 3 pct (year-on-year)").is_empty());
    }

    #[test]
    fn staff_line_people() {
        let t = "Sales rose.\n\n(Reporting by Jane Doe in Paris and Li Wei; Additional reporting by Ann Roe; Editing by Tom Hale)";
        let doc = Document::new(t);
        let c = find(&doc, None);
        assert_eq!(c.len(), 1);
        let people: Vec<(&str, &str)> = c[0]
            .people
            .iter()
            .map(|p| (p.name.text.as_ref(), p.role.as_ref()))
            .collect();
        assert_eq!(
            people,
            [
                ("Jane Doe", "Reporting"),
                ("Li Wei", "Reporting"),
                ("Ann Roe", "Additional reporting"),
                ("Tom Hale", "Editing")
            ]
        );
        for p in &c[0].people {
            assert_eq!(p.name.span.slice(t), p.name.text);
        }
    }

    #[test]
    fn contributor_line() {
        let t = "Rain fell.\n\nAssociated Press writers Jay Reeves in Birmingham, Alabama, and Ann Roe contributed to this report.";
        let doc = Document::new(t);
        let c = find(&doc, None);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].agency, Some(Agency::Ap));
        let people: Vec<&str> = c[0].people.iter().map(|p| p.name.text.as_ref()).collect();
        assert_eq!(people, ["Jay Reeves", "Ann Roe"]);
    }

    #[test]
    fn slug_and_disclaimer() {
        let t = "Talks went on.\n\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)\n\nAP-NY-02-13-98 1426EST";
        let l = lines(t);
        assert_eq!(l[0].0, CreditKind::Disclaimer);
        assert_eq!(
            (l[1].0, l[1].1, l[1].2.as_str()),
            (CreditKind::Slug, Some(Agency::Ap), "AP-NY-02-13-98 1426EST")
        );
    }

    #[test]
    fn bylines() {
        let l = lines("By LAURAN NEERGAARD    WASHINGTON (AP) -- Research suggests ...");
        assert_eq!(
            (l[0].0, l[0].2.as_str()),
            (CreditKind::Byline, "By LAURAN NEERGAARD")
        );
        let l = lines(
            "Series title\n\nBy Yoo Jee-ho\n\nSEOUL, Nov. 24 (Yonhap) -- For the first time ...",
        );
        assert_eq!(l[0].2, "By Yoo Jee-ho");
        assert!(lines("By the end of the day, prices fell.").is_empty());
    }
}
