//! The dateline grammar, one small nom rule per part:
//!
//! ```text
//! dateline   = feed_prefix? body | iso_form
//! feed_prefix= agency_name "-"                           "Canadian Press - "
//! body       = place region? country? dated? bare_agency? (agencies | slashed)? separator?
//!            | date agencies separator                   "Dec 29 (Reuters) - "
//!            | agencies separator                        "(CP) - "
//! place      = place_word ((" " | " " link " ") place_word){0,5}
//! region     = " [" words "]" | " (" words ")" | ", " words
//! dated      = ("," | " ") (date | date_like)
//! date       = month day ("," year)? | day month ","? year?
//! country    = " [" words "]"                          after "(Telangana)"
//! agencies   = "(" agency (("-" | "/" | ",") agency)* ")"
//! slashed    = "."? " "* "/" agency "/" "."?              ". /TASS/. "
//! separator  = "--" | "—" | "–" | ".-" | "-" | "_" | ":"
//! iso_form   = "date " yyyy "-" mm "-" dd " " place ":"  (the seed's house style)
//! ```

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{not, opt, recognize, verify};
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};

use super::lexicon::{ARTICLES, LINKS, NOT_PLACES, WEEKDAYS, is_outlet, listed, month};
use crate::agency::Agency;
use crate::model::Date;

/// What a dateline rule read, gathered before it is resolved into a [`crate::Dateline`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Parsed<'a> {
    pub place: Option<&'a str>,
    pub region: Option<&'a str>,
    /// `Some(None)`: something date-like was printed but it is not a valid date.
    pub date: Option<Option<Date>>,
    pub agencies: Vec<Agency>,
    /// The separator, if one was printed.
    pub separator: Option<&'a str>,
    /// Read from the `date YYYY-MM-DD Place:` house style.
    pub iso: bool,
}

type Res<'a, T> = IResult<&'a str, T>;

/// A word of a place name: an uppercase letter, then letters and `. - ' ’ /`.
fn place_word(i: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | '/')),
        |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['-', '/']),
    )
    .parse(i)
}

/// A place noun left in lower case by a hurried desk (`Mexico city`), which still ends the
/// name it belongs to.
fn lower_place_noun(i: &str) -> Res<'_, &str> {
    verify(take_while1(char::is_alphabetic), |w: &str| w == "city").parse(i)
}

/// A lowercase link inside a place name (`de` in `Rio de Janeiro`).
fn link(i: &str) -> Res<'_, &str> {
    verify(take_while1(char::is_alphabetic), |w: &str| listed(LINKS, w)).parse(i)
}

/// One more word of a multi-word name, with its single leading space (and link); never a
/// month, which starts the date (`OKLAHOMA CITY, Okla. March 11`).
fn next_word(i: &str) -> Res<'_, &str> {
    let (rest, word) = recognize((
        char(' '),
        alt((
            recognize((opt(terminated(link, char(' '))), place_word)),
            lower_place_noun,
        )),
    ))
    .parse(i)?;
    // (the digit after it first: most words have none, and need no month look-up)
    if rest
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit())
        && month(last_word(word)).is_some()
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, word))
}

/// The last word of `words` (all of it when it holds no space): its last space found by a
/// walk back over its bytes (`rsplit` sets up a memory search that costs more than a
/// short name holds).
fn last_word(words: &str) -> &str {
    words
        .bytes()
        .rposition(|b| b == b' ')
        .and_then(|k| words.get(k + 1..))
        .unwrap_or(words)
}

/// Whether a word is printed in capitals (`SEOUL`, `N.J.`).
fn capitals(w: &str) -> bool {
    !w.chars().any(char::is_lowercase)
}

/// Up to six capitalised words: a place or region name as printed. A name keeps one style:
/// after a word in capitals only capitals follow, so that a byline's last name is not read
/// into the place (`By Yoo Jee-ho SEOUL`); a title-case name may hold a short capitalised
/// word (`Washington DC`).
fn name(i: &str) -> Res<'_, &str> {
    let (mut rest, first) = place_word(i)?;
    let caps = capitals(first) && first.chars().filter(|c| c.is_alphabetic()).count() > 1;
    for _ in 0..5 {
        match next_word(rest) {
            Ok((r, w)) => {
                let w = last_word(w);
                let fits = if caps {
                    capitals(w)
                } else if first.chars().filter(|c| c.is_alphabetic()).count() == 1 {
                    true // an initial: `W. Va.`
                } else {
                    !capitals(w) || w.chars().filter(|c| c.is_alphabetic()).count() <= 3
                };
                if !fits {
                    break;
                }
                rest = r;
            }
            Err(_) => break,
        }
    }
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// The locality: a name that is not a weekday, month, agency or sentence opener.
pub(crate) fn place(i: &str) -> Res<'_, &str> {
    verify(name, |p: &str| {
        let first = p.split([' ', '.']).next().unwrap_or(p);
        !listed(WEEKDAYS, first)
            && !listed(NOT_PLACES, first)
            && (!listed(ARTICLES, first) || capitals(first))
            && month(first).is_none()
            && Agency::from_name(p).is_none()
    })
    .parse(i)
}

/// A region after a comma: a name that is not a month or an agency (`Calif.`, `South Africa`).
fn region_name(i: &str) -> Res<'_, &str> {
    verify(name, |r: &str| {
        let first = r.split([' ', '.']).next().unwrap_or(r);
        month(first).is_none()
            && !listed(WEEKDAYS, first)
            && Agency::from_name(r).is_none()
            && Agency::from_name(first).is_none()
    })
    .parse(i)
}

/// `[India]`, `(COSTA RICA)` or `, Kenya`. In parentheses, an outlet's or an agency's
/// short credit (`(CNN)`, `(AA)`, `(PA)`) is no region.
fn region(i: &str) -> Res<'_, &str> {
    alt((
        preceded(space0, delimited(char('['), region_name, char(']'))),
        preceded(
            char(' '),
            delimited(
                char('('),
                verify(region_name, |r| {
                    !is_outlet(r) && Agency::from_credit(r).is_none()
                }),
                char(')'),
            ),
        ),
        preceded(
            (char(','), space0),
            terminated(
                recognize((opt(tag("the ")), region_name)),
                not((char(' '), digit1)),
            ),
        ),
    ))
    .parse(i)
}

/// One or two digits (with an ordinal suffix) for a day of the month, 1 to 31.
fn day(i: &str) -> Res<'_, u8> {
    let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    )))
    .parse(rest)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let n: u8 = d.parse().unwrap_or(0);
    if (1..=31).contains(&n) {
        Ok((rest, n))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// A year of four digits, or two (`89` is 1989, `05` is 2005).
fn year(i: &str) -> Res<'_, u16> {
    let (rest, y) = alt((
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let n: u16 = y.parse().unwrap_or(0);
    Ok((
        rest,
        if y.len() == 4 {
            n
        } else if n >= 30 {
            1900 + n
        } else {
            2000 + n
        },
    ))
}

/// A month name or abbreviation, with an optional period.
fn month_name(i: &str) -> Res<'_, u8> {
    let (rest, w) = take_while1(char::is_alphabetic).parse(i)?;
    let (rest, _) = opt(char('.')).parse(rest)?;
    match month(w) {
        Some(m) => Ok((rest, m)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `, 2026` or ` 89` after a day and month.
fn year_part(i: &str) -> Res<'_, u16> {
    preceded((opt(char(',')), char(' ')), year).parse(i)
}

/// `Feb. 4`, `March 2, 1987`.
fn month_day(i: &str) -> Res<'_, Date> {
    let (rest, (m, _, d)) = (month_name, space1, day).parse(i)?;
    let (rest, y) = opt(year_part).parse(rest)?;
    Ok((
        rest,
        Date {
            year: y,
            month: Some(m),
            day: Some(d),
        },
    ))
}

/// `2 March`, `3 JAN 90`, `17th April, 2026`.
fn day_month(i: &str) -> Res<'_, Date> {
    let (rest, (d, _, m)) = (day, space1, month_name).parse(i)?;
    let (rest, y) = opt(year_part).parse(rest)?;
    Ok((
        rest,
        Date {
            year: y,
            month: Some(m),
            day: Some(d),
        },
    ))
}

/// A date as datelines print it; `None` for an impossible one (`Feb. 30`).
pub(crate) fn date(i: &str) -> Res<'_, Option<Date>> {
    let (rest, d) = alt((month_day, day_month)).parse(i)?;
    Ok((rest, valid(d)))
}

/// A word and a day number that look like a date but name no month (`Febuary 3`): read, so
/// that the dateline still parses, but giving no date rather than a wrong one.
fn date_like(i: &str) -> Res<'_, Option<Date>> {
    let (rest, _) = (
        verify(take_while1(char::is_alphabetic), |w: &str| {
            w.len() >= 3 && w.chars().next().is_some_and(char::is_uppercase)
        }),
        opt(char('.')),
        char(' '),
        day,
    )
        .parse(i)?;
    Ok((rest, None))
}

/// The date unless its day is past its month's end.
fn valid(d: Date) -> Option<Date> {
    let max = match d.month? {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return None,
    };
    (d.day? <= max).then_some(d)
}

/// `, Feb 26` or ` 8 APR 89` after the place or region.
fn dated(i: &str) -> Res<'_, Option<Date>> {
    preceded(
        alt((recognize((char(','), space0)), tag(" "))),
        alt((date, date_like)),
    )
    .parse(i)
}

/// An agency named without parentheses after a comma: `, Reuter`.
fn bare_agency(i: &str) -> Res<'_, Agency> {
    let (rest, (_, w)) = ((char(','), char(' ')), take_while1(char::is_alphabetic)).parse(i)?;
    match Agency::from_name(w) {
        Some(a) => Ok((rest, a)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// Whether `i` opens with an agency credit that a dateline body can read: `(AP)` or
/// `, Reuter`.
pub(crate) fn credit_at(i: &str) -> bool {
    agencies(i).is_ok() || bare_agency(i).is_ok()
}

/// `(AP)`, `(AP )`, `(ACAN - EFE)`, `(TELAM-ANSA)`: the agencies credited, in order.
pub(crate) fn agencies(i: &str) -> Res<'_, Vec<Agency>> {
    let (rest, inner) = delimited(
        char('('),
        take_while_m_n(1, 40, |c: char| c != ')' && c != '(' && c != '\n'),
        char(')'),
    )
    .parse(i)?;
    match agency_list(inner) {
        Some(list) => Ok((rest, list)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `(CNN)`, `(KABC)`: an outlet's own credit ([`is_outlet`]), which names no agency.
fn outlet(i: &str) -> Res<'_, &str> {
    delimited(
        char('('),
        verify(
            take_while_m_n(2, 6, |c: char| c.is_ascii_uppercase()),
            is_outlet,
        ),
        char(')'),
    )
    .parse(i)
}

/// The agencies of a parenthesised credit: the whole (`ITAR-TASS`), or each piece.
///
/// A piece that names an agency and a service of it (`Reuters Breakingviews`, `AFP
/// Relaxnews`) credits that agency.
pub(crate) fn agency_list(inner: &str) -> Option<Vec<Agency>> {
    if let Some(a) = Agency::from_credit(inner) {
        return Some(vec![a]);
    }
    let mut out = Vec::new();
    for piece in inner.split(['-', '/', ',', '&']) {
        let piece = piece.trim();
        let first = piece.split(' ').next().unwrap_or(piece);
        out.push(Agency::from_credit(piece).or_else(|| Agency::from_name(first))?);
    }
    Some(out)
}

/// The separator that ends a dateline, with the white space before it; EFE's Spanish
/// desk prints a period before the dash (`MADRID, 3 mar (EFE).- `).
fn separator(i: &str) -> Res<'_, &str> {
    preceded(
        (opt(char(',')), space0),
        alt((
            tag("--"),
            tag("—"),
            tag("–"),
            tag(".-"),
            tag("-"),
            tag("_"),
            tag(":"),
        )),
    )
    .parse(i)
}

/// `Canadian Press - `, `AP - `: a feed's agency credit before the dateline proper.
pub(crate) fn feed_prefix(i: &str) -> Res<'_, Agency> {
    let (rest, (w, _)) = (
        recognize((
            take_while1(char::is_alphabetic),
            opt((char(' '), take_while1(char::is_alphabetic))),
        )),
        (
            char(' '),
            alt((tag("--"), tag("—"), tag("–"), tag("-"))),
            char(' '),
        ),
    )
        .parse(i)?;
    match Agency::from_name(w) {
        Some(a) => Ok((rest, a)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `[India]` after a state in parentheses (`Hyderabad (Telangana) [India]`): ANI tags
/// every place with its country; the state, printed first, stays the region.
fn country_tag(i: &str) -> Res<'_, &str> {
    preceded(space0, delimited(char('['), region_name, char(']'))).parse(i)
}

/// ` /TASS/.`: TASS's credit between slashes, after the date's period (`MOSCOW, March 2.
/// /TASS/. `); the closing period ends the dateline.
fn slashed_agencies(i: &str) -> Res<'_, Vec<Agency>> {
    let (rest, inner) = delimited(
        (opt(char('.')), space0, char('/')),
        take_while_m_n(1, 40, |c: char| c != '/' && c != '\n'),
        (char('/'), opt(char('.'))),
    )
    .parse(i)?;
    match agency_list(inner) {
        Some(list) => Ok((rest, list)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// The body of a dateline that starts with its place.
fn placed(i: &str) -> Res<'_, Parsed<'_>> {
    let (rest, place) = place(i)?;
    let (rest, region) = opt(region).parse(rest)?;
    let (rest, _) = opt(country_tag).parse(rest)?;
    let (rest, date) = opt(dated).parse(rest)?;
    let (rest, bare) = opt(bare_agency).parse(rest)?;
    let (rest, list) = opt(alt((preceded(space0, agencies), slashed_agencies))).parse(rest)?;
    let (rest, _) = opt(preceded(space0, outlet)).parse(rest)?;
    let (rest, sep) = opt(separator).parse(rest)?;
    // `KANSAS CITY, Mo. - March 13 - `: the date set off by separators of its own.
    let (rest, date, sep) = match (date, sep) {
        (None, Some(_)) => match (space0, self::date, separator).parse(rest) {
            Ok((after, (_, d, sep2))) if d.is_some() => (after, Some(d), Some(sep2)),
            _ => (rest, None, sep),
        },
        other => (rest, other.0, other.1),
    };
    let mut agencies: Vec<Agency> = bare.into_iter().collect();
    agencies.extend(list.unwrap_or_default());
    Ok((
        rest,
        Parsed {
            place: Some(place),
            region,
            date,
            agencies,
            separator: sep,
            iso: false,
        },
    ))
}

/// `Dec 29 (Reuters) - `: a date and an agency, no place.
fn unplaced(i: &str) -> Res<'_, Parsed<'_>> {
    let (rest, (date, list, sep)) =
        (opt(terminated(date, space0)), agencies, separator).parse(i)?;
    Ok((
        rest,
        Parsed {
            date,
            agencies: list,
            separator: Some(sep),
            ..Parsed::default()
        },
    ))
}

/// `date 2025-02-04 Washington DC: `.
fn iso_form(i: &str) -> Res<'_, Parsed<'_>> {
    let digits = |n| take_while_m_n(n, n, |c: char| c.is_ascii_digit());
    let (rest, (_, _, y, _, m, _, d, _, place, sep)) = (
        tag_no_case("date"),
        take_while1(|c| c == ' '),
        digits(4),
        char('-'),
        digits(2),
        char('-'),
        digits(2),
        take_while1(|c| c == ' '),
        place,
        tag(":"),
    )
        .parse(i)?;
    let date = valid(Date {
        year: y.parse().ok(),
        month: m.parse().ok(),
        day: d.parse().ok(),
    });
    Ok((
        rest,
        Parsed {
            place: Some(place),
            date: Some(date),
            separator: Some(sep),
            iso: true,
            ..Parsed::default()
        },
    ))
}

/// Whether a dateline may open `i`, by a look at its bytes before the rules run. A
/// dateline holds a separator, a credit's `(` or a comma, and before the first of them (or
/// of `[`, `_`, or a character outside ASCII, which may be one) nothing but words and
/// numbers apart by spaces (never a line end or another mark), of which the third and
/// later are links (`de`), `city` or months when in lower case (`feb 26`).
pub(crate) fn may_open(i: &str) -> bool {
    let b = i.as_bytes();
    let (mut k, mut words, mut between) = (0, 0, true);
    while let Some(&c) = b.get(k) {
        match c {
            b'-' | b'_' | b':' | b'(' | b',' | b'[' | 0x80.. => return true,
            b' ' | b'\t' => {
                between = true;
                k += 1;
            }
            b'a'..=b'z' if between && words >= 2 => {
                let end = k + b[k..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                if b.get(end).is_some_and(|&n| n >= 0x80) {
                    return true;
                }
                let w = i.get(k..end).unwrap_or_default();
                if !(listed(LINKS, w) || w == "city" || month(w).is_some()) {
                    return false;
                }
                (words, between, k) = (words + 1, false, end);
            }
            c if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'\'' | b'/') => {
                if between {
                    (words, between) = (words + 1, false);
                }
                k += 1;
            }
            _ => return false,
        }
    }
    false
}

/// Any dateline body at the start of `i`.
pub(crate) fn body(i: &str) -> Res<'_, Parsed<'_>> {
    alt((iso_form, unplaced, placed)).parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: Option<u16>, m: u8, day: u8) -> Option<Option<Date>> {
        Some(Some(Date {
            year: y,
            month: Some(m),
            day: Some(day),
        }))
    }

    #[test]
    fn only_lines_that_may_hold_a_dateline_are_parsed() {
        for yes in [
            "WASHINGTON (Reuters) - ",
            "Rio de Janeiro, Brazil - ",
            "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- ",
            "BOSTON — ",
            "Dec 29 (Reuters) - ",
            "OKLAHOMA CITY feb 26 - ",
            "date 2025-02-04 Washington DC: ",
            "Canadian press - ",
            "Sanaa [Yemen] ",
        ] {
            assert!(may_open(yes), "{yes}");
        }
        for no in [
            "Trump says he will veto the bill",
            "Senate leaders met on Monday",
            "WASHINGTON\n(Reuters) - ",
            "Sen. Warren spoke \"on\" Tuesday, aides said",
            "",
        ] {
            assert!(!may_open(no), "{no}");
        }
    }

    #[test]
    fn last_words_are_those_rsplit_gives() {
        for w in [
            "",
            " ",
            "SEOUL",
            "de Janeiro",
            "RIO DE JANEIRO",
            "a ",
            " b",
            "é é",
        ] {
            assert_eq!(last_word(w), w.rsplit(' ').next().unwrap_or(w), "{w:?}");
        }
    }

    #[test]
    fn place_words_and_links() {
        assert_eq!(place("RIO DE JANEIRO, Brazil").unwrap().1, "RIO DE JANEIRO");
        assert_eq!(place("Rio de Janeiro (AP)").unwrap().1, "Rio de Janeiro");
        assert_eq!(place("ST. CATHARINES, Ont.").unwrap().1, "ST. CATHARINES");
        assert_eq!(place("O'SMACH, Cambodia").unwrap().1, "O'SMACH");
        assert_eq!(
            place("KHARTOUM/NAIROBI (Reuters)").unwrap().1,
            "KHARTOUM/NAIROBI"
        );
        assert!(place("Monday, Oct. 26").is_err());
        assert!(place("Feb 26").is_err());
        assert!(place("the town").is_err());
    }

    #[test]
    fn regions() {
        assert_eq!(region(", N.J. (AP)").unwrap().1, "N.J.");
        assert_eq!(region(" [India], February").unwrap().1, "India");
        assert_eq!(region(" (COSTA RICA), 27 SEP").unwrap().1, "COSTA RICA");
        assert!(region(", Feb 26 -").is_err());
        assert!(region(", Reuter -").is_err());
    }

    #[test]
    fn dates_in_every_order() {
        assert_eq!(
            date("Feb. 4 (").unwrap().1,
            Some(Date {
                year: None,
                month: Some(2),
                day: Some(4)
            })
        );
        assert_eq!(date("Sept 23 ").unwrap().1.unwrap().month, Some(9));
        assert_eq!(
            date("3 JAN 90 (").unwrap().1,
            Some(Date {
                year: Some(1990),
                month: Some(1),
                day: Some(3)
            })
        );
        assert_eq!(
            date("17th April, 2026 (").unwrap().1,
            Some(Date {
                year: Some(2026),
                month: Some(4),
                day: Some(17)
            })
        );
        assert_eq!(date("10 août (").unwrap().1.unwrap().month, Some(8));
        assert_eq!(date("Feb 30 -").unwrap().1, None);
        assert!(date("Febuary 3").is_err());
        assert!(date("Feb 123").is_err());
    }

    #[test]
    fn agency_credits() {
        assert_eq!(agencies("(AP ) --").unwrap().1, [Agency::Ap]);
        assert_eq!(
            agencies("(ACAN - EFE)").unwrap().1,
            [Agency::Acan, Agency::Efe]
        );
        assert_eq!(agencies("(ITAR-TASS)").unwrap().1, [Agency::Tass]);
        assert!(agencies("(D-Calif.)").is_err());
        assert_eq!(agencies("(AA)").unwrap().1, [Agency::Anadolu]);
        assert_eq!(
            agencies("(Reuters Breakingviews)").unwrap().1,
            [Agency::Reuters]
        );
        assert_eq!(agencies("(Jiji Press)").unwrap().1, [Agency::Jiji]);
        assert!(agencies("(Dow Jones)").is_err());
    }

    #[test]
    fn bodies() {
        let (_, p) = body("SALVADOR, Feb 26 - Showers").unwrap();
        assert_eq!(
            (p.place, p.date, p.separator),
            (Some("SALVADOR"), d(None, 2, 26), Some("-"))
        );
        let (_, p) = body("WASHINGTON, March 12, Reuter - The").unwrap();
        assert_eq!(p.agencies, [Agency::Reuters]);
        let (_, p) = body("Dec 29 (Reuters) - Oil").unwrap();
        assert_eq!((p.place, p.agencies.len()), (None, 1));
        let (_, p) = body("date 2025-02-04 Washington DC: US").unwrap();
        assert_eq!(
            (p.place, p.date, p.iso),
            (Some("Washington DC"), d(Some(2025), 2, 4), true)
        );
        let (_, p) = body("LONDON, Febuary 3 - ").unwrap();
        assert_eq!(p.date, Some(None));
    }

    #[test]
    fn feed_prefixes() {
        assert_eq!(
            feed_prefix("Canadian Press - OTTAWA").unwrap().1,
            Agency::Cp
        );
        assert_eq!(feed_prefix("AP - NBA star").unwrap().1, Agency::Ap);
        assert!(feed_prefix("Boston - ").is_err());
    }
}
