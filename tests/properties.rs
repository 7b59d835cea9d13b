//! Invariants of `newswire::parse` over arbitrary and wire-like text.
//!
//! - parsing never panics;
//! - every span in the serialized article is in bounds, ordered and on `char` boundaries,
//!   and every object with a `span` and a `text` has the text at that span;
//! - parsing is deterministic;
//! - `parse_bytes` reports invalid UTF-8 at the offset `std::str::from_utf8` gives.
#![cfg(feature = "serde")]

use proptest::prelude::*;
use serde_json::Value;

/// Pieces that wire copy is made of: datelines, agencies, months, quotes, dashes, cues.
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    "(",
    ")",
    "[",
    "]",
    ": ",
    "_",
    "-",
    "--",
    "—",
    "–",
    "/",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "«\u{a0}",
    "WASHINGTON",
    "NAIROBI",
    "SAN SALVADOR",
    "New Delhi",
    "Kenya",
    "Calif.",
    "N.J.",
    "St.",
    "Mr.",
    "U.S.",
    "AP",
    "(AP)",
    "Reuters",
    "(Reuters)",
    "Reuter",
    "AFP",
    "Xinhua",
    "EFE",
    "ACAN-EFE",
    "DPA",
    "dpa",
    "TASS",
    "Kyodo",
    "ANSA",
    "TELAM-ANSA",
    "Notimex",
    "CP",
    "Canadian Press",
    "ANI",
    "(ANI)",
    "--IANS",
    "/PTI",
    "PTI",
    "UPI",
    "Yonhap",
    "Bernama",
    "WAM",
    "Jan.",
    "Feb",
    "March",
    "Sept.",
    "DEC",
    "Febuary",
    "17th",
    "3",
    "26",
    "89",
    "2025",
    "2025-02-04",
    "date",
    "By",
    "by",
    "Reporting",
    "Editing",
    "said",
    "says",
    "told",
    "agreed",
    "signed",
    "will",
    "not",
    "to",
    "that",
    "the",
    "President",
    "Bukele",
    "He",
    "The statement",
    "according to",
    "Ça",
    "é",
    "日本",
    "🙂",
    "\u{200b}",
    "\r\n",
    "\t",
];

fn wireish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

/// A plausible story: a dateline-like opening, a body of pieces, an optional trailer.
fn story() -> impl Strategy<Value = String> {
    let opening = prop::sample::select(
        &[
            "",
            "NAIROBI, Kenya (AP) — ",
            "NEW YORK, March 2 (Reuters) - ",
            "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- ",
            "New Delhi [India], February 4 (ANI): ",
            "Mumbai, Dec 9 (PTI) ",
            "MIAMI _\n\n",
            "By JANE DOE\nCHICAGO (AP) — ",
            "date 2025-02-04 Washington DC: ",
            "Canadian Press - OTTAWA (CP) - ",
            "SHARJAH, 17th April, 2026 (WAM) -- ",
        ][..],
    );
    let trailer = prop::sample::select(
        &[
            "",
            " (ANI)",
            "\n--IANS",
            " /PTI",
            "\n Reuter\n",
            "\n(Reporting by Jane Doe; Editing by John Roe)",
            "\nAP-NY-02-13-98 1426EST",
            "\n(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
        ][..],
    );
    (opening, wireish(), trailer).prop_map(|(o, b, t)| format!("{o}{b}{t}"))
}

/// Checks every span and excerpt in the serialized article against `text`.
fn check_spans(text: &str, v: &Value, path: &mut String) -> Result<(), String> {
    match v {
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (map.get("start"), map.get("end")) {
                let (Some(s), Some(e)) = (s.as_u64(), e.as_u64()) else {
                    return Err(format!("{path}: start/end not integers: {v}"));
                };
                let (s, e) = (s as usize, e as usize);
                if s > e {
                    return Err(format!("{path}: start {s} > end {e}"));
                }
                if e > text.len() {
                    return Err(format!("{path}: end {e} past text length {}", text.len()));
                }
                if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                    return Err(format!("{path}: {s}..{e} not on char boundaries"));
                }
            }
            if let (Some(span), Some(Value::String(t))) = (map.get("span"), map.get("text")) {
                let s = span.get("start").and_then(Value::as_u64);
                let e = span.get("end").and_then(Value::as_u64);
                let (Some(s), Some(e)) = (s, e) else {
                    return Err(format!("{path}: span without start/end: {span}"));
                };
                let slice = text.get(s as usize..e as usize);
                if slice != Some(t.as_str()) {
                    return Err(format!(
                        "{path}: text {t:?} is not the slice {slice:?} at {s}..{e}"
                    ));
                }
            }
            for (k, child) in map {
                let len = path.len();
                path.push('.');
                path.push_str(k);
                check_spans(text, child, path)?;
                path.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_spans(text, child, path)?;
                path.truncate(len);
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_text(text: &str) -> Result<(), TestCaseError> {
    let article = newswire::parse(text);
    let value = serde_json::to_value(&article).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut path = String::from("article");
    check_spans(text, &value, &mut path).map_err(TestCaseError::fail)?;
    // Deterministic: a second parse gives the same article and the same JSON.
    let again = newswire::parse(text);
    prop_assert_eq!(&article, &again);
    let value_again =
        serde_json::to_value(&again).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(value, value_again);
    // The dateline stage agrees with the article.
    prop_assert_eq!(newswire::dateline::find(text), article.dateline);
    Ok(())
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            let got = newswire::parse_bytes(bytes);
            prop_assert_eq!(got, Ok(newswire::parse(s)));
        }
        Err(e) => {
            let got = newswire::parse_bytes(bytes);
            prop_assert_eq!(
                got,
                Err(newswire::Error::InvalidUtf8 {
                    offset: e.valid_up_to()
                })
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check_text(&text)?;
    }

    #[test]
    fn printable_strings(text in "\\PC{0,300}") {
        check_text(&text)?;
    }

    #[test]
    fn wireish_strings(text in wireish()) {
        check_text(&text)?;
    }

    #[test]
    fn stories(text in story()) {
        check_text(&text)?;
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check_bytes(&bytes)?;
    }

    /// Mostly valid UTF-8 with one bad byte somewhere, so the offset is often far in.
    #[test]
    fn wireish_bytes_with_a_bad_byte(
        text in story(),
        bad in prop::sample::select(&[0x80u8, 0xBF, 0xC0, 0xC3, 0xE2, 0xF0, 0xF8, 0xFF][..]),
        at in any::<prop::sample::Index>(),
    ) {
        let mut bytes = text.into_bytes();
        let i = at.index(bytes.len() + 1);
        bytes.insert(i, bad);
        check_bytes(&bytes)?;
    }
}

#[test]
fn fixed_edge_inputs() {
    for text in [
        "",
        " ",
        "\n",
        "—",
        "(",
        "(AP",
        "(AP)",
        "(AP) —",
        "NAIROBI, Kenya (AP",
        "NAIROBI, Kenya (AP) —",
        "Dec 29 (Reuters) -",
        "New Delhi [India",
        "SHARJAH, 17th April, 2026 (WAM)",
        "date 2025-02-04",
        "“",
        "«\u{a0}",
        "🙂 (AP) — 🙂",
        "By",
        "(Reporting by",
        "AP-NY-",
    ] {
        check_text(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}
