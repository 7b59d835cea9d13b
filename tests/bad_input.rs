//! Bad input (issue 5, Deliver item 5): every kind of bad input has a test here, with the
//! exact behaviour asserted. Inputs the fuzzers found are added at the end as regressions.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use newswire::jsonl::{self, Options, Stats};
use newswire::text::Document;
use newswire::{Agency, Article, Error, Parser, Span, Status};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Every span in the serialized article is in bounds and on char boundaries, and every
/// object with a `span` and a `text` has the text at that span.
fn check_spans(text: &str, v: &Value) {
    match v {
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (map.get("start"), map.get("end")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(s <= e && e <= text.len(), "{s}..{e} out of bounds");
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            if let (Some(span), Some(Value::String(t))) = (map.get("span"), map.get("text")) {
                let s = span["start"].as_u64().unwrap() as usize;
                let e = span["end"].as_u64().unwrap() as usize;
                assert_eq!(text.get(s..e), Some(t.as_str()));
            }
            map.values().for_each(|c| check_spans(text, c));
        }
        Value::Array(items) => items.iter().for_each(|c| check_spans(text, c)),
        _ => {}
    }
}

/// Parses `text`, checks the span invariants and determinism, and returns the article.
fn parse(text: &str) -> Article<'_> {
    let a = newswire::parse(text);
    check_spans(text, &serde_json::to_value(&a).unwrap());
    assert_eq!(a, newswire::parse(text), "deterministic");
    a
}

/// The dateline's span, text, place and agencies.
fn dateline(text: &str) -> Option<(Span, String, Option<String>, Vec<Agency>)> {
    parse(text).dateline.map(|d| {
        (
            d.span,
            d.text.into_owned(),
            d.place.map(|p| p.into_owned()),
            d.agencies,
        )
    })
}

fn paragraphs(text: &str) -> Vec<&str> {
    Document::new(text)
        .paragraphs()
        .iter()
        .map(|s| s.slice(text))
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    Document::new(text)
        .sentences()
        .iter()
        .map(|s| s.slice(text))
        .collect()
}

/// Runs JSON Lines through the library on `threads` threads; returns the output lines
/// (parsed) and the tally. Checks one output line per input line.
fn jsonl_run(input: &[u8], lossy: bool, threads: usize) -> (Vec<Value>, Stats) {
    let opts = Options {
        lossy,
        keep: false,
        threads,
    };
    let mut out = Vec::new();
    let stats = jsonl::run(&Parser::new(), &opts, input, &mut out, |_| {}).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.is_empty() || text.ends_with('\n'));
    let lines: Vec<Value> = text
        .split_terminator('\n')
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), stats.documents);
    (lines, stats)
}

/// Runs the CLI binary with `args` and `stdin`.
fn cli(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newswire"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn cli_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

const WASHINGTON: &str = "WASHINGTON (AP) — ";

fn washington_at(start: usize) -> Option<(Span, String, Option<String>, Vec<Agency>)> {
    Some((
        Span::new(start, start + WASHINGTON.len()),
        WASHINGTON.to_string(),
        Some("WASHINGTON".to_string()),
        vec![Agency::Ap],
    ))
}

// ---------------------------------------------------------------------------------------
// Invalid UTF-8
// ---------------------------------------------------------------------------------------

#[test]
fn invalid_utf8_is_a_typed_error_with_the_byte_offset() {
    // A lone continuation byte, a truncated sequence mid-text and at the end, an overlong
    // encoding, a surrogate, and a bad first byte.
    let cases: &[(&[u8], usize)] = &[
        (b"WASHINGTON (AP) \xE2\x80\x94 caf\xC3 au lait", 23),
        (b"caf\xC3", 3),
        (b"\xFFWASHINGTON", 0),
        (b"NAIROBI \x80 Kenya", 8),
        (b"over\xC0\xAFlong", 4),
        (b"surrogate \xED\xA0\x80 here", 10),
        (b"\xE2\x80\x9CQuote\xE2\x80\x9D then \xF0\x9F\x98", 17),
    ];
    for &(bytes, offset) in cases {
        let want = Err(Error::InvalidUtf8 { offset });
        assert_eq!(newswire::parse_bytes(bytes), want, "{bytes:?}");
        assert_eq!(Parser::new().parse_bytes(bytes), want, "{bytes:?}");
        let e = newswire::parse_bytes(bytes).unwrap_err();
        assert_eq!(e.kind(), "invalid_utf8");
        assert_eq!(e.to_string(), format!("invalid UTF-8 at byte {offset}"));
    }
    // Valid UTF-8 through parse_bytes gives the same article as parse.
    let ok = "WASHINGTON (AP) — Text.";
    assert_eq!(
        newswire::parse_bytes(ok.as_bytes()),
        Ok(newswire::parse(ok))
    );
}

#[test]
fn invalid_utf8_is_checked_before_the_size_limit() {
    let bytes = b"\xFFa long enough text";
    assert_eq!(
        Parser::new().max_bytes(4).parse_bytes(bytes),
        Err(Error::InvalidUtf8 { offset: 0 })
    );
}

#[test]
fn invalid_utf8_in_json_lines_is_an_error_line_or_replaced_when_lossy() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"HAVANA (AP) -- Rain.\"}\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"NAIROBI (AP) -- caf\xC3 x.\"}\n");
    input.extend_from_slice(b"\xFF\xFE garbage\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": \"BOSTON \xE2\x80\x94 Snow.\"}\n");

    for threads in [1, 2] {
        // Strict: the line is an error line with the offset inside the line; id unknown.
        let (v, stats) = jsonl_run(&input, false, threads);
        assert_eq!(v.len(), 4);
        assert_eq!(v[0]["id"], 1);
        assert_eq!(v[0]["dateline"]["place"], "HAVANA");
        assert_eq!(
            v[1],
            json!({"id": null, "error": {"kind": "invalid_utf8",
                "message": "line 2: invalid UTF-8 at byte 38"}})
        );
        assert_eq!(
            v[2],
            json!({"id": null, "error": {"kind": "invalid_utf8",
                "message": "line 3: invalid UTF-8 at byte 0"}})
        );
        assert_eq!(v[3]["id"], 4);
        assert_eq!(v[3]["dateline"]["text"], "BOSTON — ");
        assert_eq!((stats.documents, stats.failed), (4, 2));

        // Lossy: bad bytes become U+FFFD and every line that is JSON parses.
        let (v, stats) = jsonl_run(&input, true, threads);
        assert_eq!(v.len(), 4);
        assert_eq!(v[1]["id"], 2);
        assert_eq!(v[1]["dateline"]["text"], "NAIROBI (AP) -- ");
        assert_eq!(v[2]["id"], Value::Null);
        assert_eq!(v[2]["error"]["kind"], "invalid_json");
        assert!(
            v[2]["error"]["message"]
                .as_str()
                .unwrap()
                .starts_with("line 3: ")
        );
        assert_eq!(v[3]["id"], 4);
        assert_eq!((stats.documents, stats.failed), (4, 1));
    }
}

#[test]
fn invalid_utf8_through_the_cli_sets_the_exit_status_unless_lossy() {
    let input = b"{\"id\": 9, \"text\": \"HAVANA (AP) -- caf\xC3.\"}\n";
    let out = cli(&["parse", "--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        cli_lines(&out),
        [json!({"id": null, "error": {"kind": "invalid_utf8",
            "message": "line 1: invalid UTF-8 at byte 37"}})]
    );
    let out = cli(&["parse", "--jsonl", "--lossy"], input);
    assert_eq!(out.status.code(), Some(0));
    let v = cli_lines(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["id"], 9);
    assert_eq!(v[0]["dateline"]["place"], "HAVANA");

    // File mode: the error names the offset on stderr, exit 1; --lossy parses.
    let out = cli(&["parse", "-"], b"HAVANA (AP) -- caf\xC3.");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("invalid UTF-8 at byte 18"), "{err}");
    let out = cli(&["parse", "--lossy", "-"], b"HAVANA (AP) -- caf\xC3.");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"]["place"], "HAVANA");
}

// ---------------------------------------------------------------------------------------
// Empty input
// ---------------------------------------------------------------------------------------

#[test]
fn empty_input_gives_an_empty_article() {
    assert_eq!(parse(""), Article::default());
    assert_eq!(newswire::parse_bytes(b""), Ok(Article::default()));
    assert_eq!(Parser::new().max_bytes(0).parse(""), Ok(Article::default()));
    for blank in [" ", "\n", "\r\n", "\r", "\t \n \u{c}", "\u{feff}", "\0"] {
        let a = parse(blank);
        assert_eq!(a.dateline, None, "{blank:?}");
        assert!(
            a.credits.is_empty() && a.credit_lines.is_empty(),
            "{blank:?}"
        );
    }
    let v = serde_json::to_value(newswire::parse("")).unwrap();
    assert_eq!(
        v,
        json!({"dateline": null, "credits": [], "credit_lines": [], "quotes": [],
            "attributions": [], "agreements": [], "entities": []})
    );
}

#[test]
fn empty_json_lines_input_and_empty_lines() {
    let (v, stats) = jsonl_run(b"", false, 1);
    assert!(v.is_empty());
    assert_eq!(stats, Stats::default());

    // Blank lines are error lines, never skipped: the output keeps the input's numbering.
    let (v, stats) = jsonl_run(b"\n \r\n{\"id\":1,\"text\":\"\"}\n\t", false, 2);
    assert_eq!(v.len(), 4);
    for (i, n) in [(0, 1), (1, 2), (3, 4)] {
        assert_eq!(
            v[i],
            json!({"id": null, "error": {"kind": "empty_line",
                "message": format!("line {n} is empty")}})
        );
    }
    assert_eq!(v[2]["id"], 1);
    assert_eq!(v[2]["dateline"], Value::Null);
    assert_eq!((stats.documents, stats.failed), (4, 3));

    // The CLI: no input, no output, success; an empty text parses.
    let out = cli(&["parse", "--jsonl"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let out = cli(&["parse", "-"], b"");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"], Value::Null);
}

// ---------------------------------------------------------------------------------------
// NUL bytes
// ---------------------------------------------------------------------------------------

#[test]
fn nul_bytes_inside_the_copy() {
    let t = "WASHINGTON (AP) — A\0B said.\0\0\n\nMore\0.";
    assert_eq!(dateline(t), washington_at(0));
    assert_eq!(
        paragraphs(t),
        ["WASHINGTON (AP) — A\0B said.\0\0", "More\0."]
    );
    assert_eq!(newswire::parse_bytes(t.as_bytes()), Ok(newswire::parse(t)));

    // Only NULs: nothing found, nothing panics.
    let nuls = "\0".repeat(10_000);
    assert_eq!(parse(&nuls).dateline, None);
}

#[test]
fn a_nul_before_the_dateline_does_not_hide_it() {
    // A NUL (padding left by a feed) stands for nothing before a word, like a BOM.
    assert_eq!(dateline("\0WASHINGTON (AP) — Text."), washington_at(1));
    assert_eq!(dateline("\0\0\0WASHINGTON (AP) — Text."), washington_at(3));
    assert_eq!(dateline("\0 WASHINGTON (AP) — Text."), washington_at(2));
    assert_eq!(dateline("\0\nWASHINGTON (AP) — Text."), washington_at(2));
    // Inside a word it is not a word start: no dateline begins after it.
    assert_eq!(dateline("Ab\0WASHINGTON (AP) — Text."), None);
}

#[test]
fn nul_bytes_in_json_lines() {
    // Escaped in the JSON string it is text; raw in the line it is not JSON.
    let input = b"{\"id\": 1, \"text\": \"HAVANA (AP) -- A\\u0000B.\"}\n{\"id\": 2, \"text\": \"A\0B\"}\n\0\n";
    for threads in [1, 2] {
        let (v, stats) = jsonl_run(input, false, threads);
        assert_eq!(v.len(), 3);
        assert_eq!(v[0]["id"], 1);
        assert_eq!(v[0]["dateline"]["place"], "HAVANA");
        assert_eq!(v[1]["id"], Value::Null, "not JSON, so no id either");
        assert_eq!(v[1]["error"]["kind"], "invalid_json");
        assert_eq!(v[2]["id"], Value::Null);
        assert_eq!(v[2]["error"]["kind"], "invalid_json");
        assert_eq!((stats.documents, stats.failed), (3, 2));
    }
}

// ---------------------------------------------------------------------------------------
// Line ends: CRLF and lone CR
// ---------------------------------------------------------------------------------------

#[test]
fn crlf_line_ends() {
    let t = "WASHINGTON (AP) — Text.\r\n\r\nMore.";
    assert_eq!(dateline(t), washington_at(0));
    assert_eq!(paragraphs(t), ["WASHINGTON (AP) — Text.", "More."]);
    assert_eq!(sentences(t), ["WASHINGTON (AP) — Text.", "More."]);
    // The same story with LF gives the same paragraphs' text and the same dateline.
    let lf = t.replace("\r\n", "\n");
    assert_eq!(paragraphs(&lf), paragraphs(t));
    assert_eq!(dateline(&lf), dateline(t));

    // A headline line before the dateline.
    let t = "Senate passes budget\r\n\r\nWASHINGTON (AP) — The Senate voted.\r\n";
    assert_eq!(dateline(t), washington_at(24));
    assert_eq!(
        paragraphs(t),
        [
            "Senate passes budget",
            "WASHINGTON (AP) — The Senate voted."
        ]
    );
    // A dateline alone on its line keeps its separator but not the line end.
    let t = "CAPE TOWN, South Africa (AP) --\r\n\r\nAnother man was arrested.";
    let d = parse(t).dateline.unwrap();
    assert_eq!(d.text, "CAPE TOWN, South Africa (AP) --");
    assert_eq!(d.region.as_deref(), Some("South Africa"));
}

#[test]
fn lone_cr_line_ends() {
    let t = "WASHINGTON (AP) — Text.\r\rMore.";
    assert_eq!(dateline(t), washington_at(0));
    assert_eq!(paragraphs(t), ["WASHINGTON (AP) — Text.", "More."]);
    assert_eq!(sentences(t), ["WASHINGTON (AP) — Text.", "More."]);

    let t = "Senate passes budget\r\rWASHINGTON (AP) — The Senate voted.\rIt was late.";
    assert_eq!(dateline(t), washington_at(22));
    assert_eq!(
        paragraphs(t),
        [
            "Senate passes budget",
            "WASHINGTON (AP) — The Senate voted.\rIt was late."
        ]
    );
    // Mixed line ends in one story.
    let t = "WASHINGTON (AP) — One.\r\n\rTwo.\n\r\nThree.\r\r\nFour.";
    assert_eq!(
        paragraphs(t),
        ["WASHINGTON (AP) — One.", "Two.", "Three.", "Four."]
    );
}

#[test]
fn crlf_line_ends_in_json_lines() {
    let input = b"{\"id\": 1, \"text\": \"HAVANA (AP) -- Rain.\\r\\n\\r\\nMore.\"}\r\n{\"id\": 2, \"text\": \"x\"}\r\n";
    let (v, stats) = jsonl_run(input, false, 1);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["id"], 1);
    assert_eq!(v[0]["dateline"]["text"], "HAVANA (AP) -- ");
    assert_eq!(v[1]["id"], 2);
    assert_eq!(stats.failed, 0);
    // A lone CR is not a JSON Lines line end: the record and the garbage after it are one
    // line, and that line is not JSON.
    let (v, _) = jsonl_run(b"{\"id\": 1, \"text\": \"x\"}\r{\"id\": 2}\n", false, 1);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["error"]["kind"], "invalid_json");
}

// ---------------------------------------------------------------------------------------
// Form feeds
// ---------------------------------------------------------------------------------------

#[test]
fn form_feeds_end_paragraphs_and_keep_the_text() {
    let t = "WASHINGTON (AP) — Text.\u{c}More.\u{c}\u{c}Again.";
    assert_eq!(dateline(t), washington_at(0));
    assert_eq!(
        paragraphs(t),
        ["WASHINGTON (AP) — Text.", "More.", "Again."]
    );
    assert_eq!(sentences(t), ["WASHINGTON (AP) — Text.", "More.", "Again."]);

    // A form feed on a line of its own, and one before the dateline.
    let t = "Page one.\n\u{c}\nWASHINGTON (AP) — Page two.";
    assert_eq!(paragraphs(t), ["Page one.", "WASHINGTON (AP) — Page two."]);
    assert_eq!(dateline(t), washington_at(12));
    let t = "\u{c}WASHINGTON (AP) — Text.";
    assert_eq!(dateline(t), washington_at(1));
    assert_eq!(paragraphs(t), ["WASHINGTON (AP) — Text."]);
    // Lines around a form feed in the middle of a line.
    let t = "One line\nwraps.\u{c}  Indented\nline.";
    assert_eq!(paragraphs(t), ["One line\nwraps.", "Indented\nline."]);
}

// ---------------------------------------------------------------------------------------
// Byte order mark
// ---------------------------------------------------------------------------------------

#[test]
fn a_bom_at_the_start_does_not_hide_the_dateline() {
    assert_eq!(
        dateline("\u{feff}WASHINGTON (AP) — Text."),
        washington_at(3)
    );
    let d = parse("\u{feff}BOSTON — It snowed.").dateline.unwrap();
    assert_eq!((d.span, d.text.as_ref()), (Span::new(3, 14), "BOSTON — "));
    let d = parse("\u{feff}BEIJING, Feb. 4 (Xinhua) -- Markets rose.")
        .dateline
        .unwrap();
    assert_eq!(d.text, "BEIJING, Feb. 4 (Xinhua) -- ");
    assert_eq!(d.span.start, 3);
    // Through parse_bytes, as a file saved with a BOM arrives.
    let bytes = b"\xEF\xBB\xBFWASHINGTON (AP) \xE2\x80\x94 Text.";
    let a = newswire::parse_bytes(bytes).unwrap();
    assert_eq!(a.dateline.unwrap().span, Span::new(3, 3 + WASHINGTON.len()));
    // A BOM then a headline line.
    let t = "\u{feff}Senate passes budget\n\nWASHINGTON (AP) — The Senate voted.";
    assert_eq!(dateline(t), washington_at(25));
}

#[test]
fn a_bom_before_a_json_lines_record_is_not_part_of_it() {
    let input = "\u{feff}{\"id\": 1, \"text\": \"\u{feff}HAVANA (AP) -- Rain.\"}\n{\"id\": 2, \"text\": \"x\"}\n";
    for threads in [1, 2] {
        let (v, stats) = jsonl_run(input.as_bytes(), false, threads);
        assert_eq!(v.len(), 2);
        assert_eq!(v[0]["id"], 1);
        // The text keeps its own BOM: spans count it.
        assert_eq!(
            v[0]["dateline"]["span"],
            json!({"start": 3, "end": 3 + "HAVANA (AP) -- ".len()})
        );
        assert_eq!(v[1]["id"], 2);
        assert_eq!(stats.failed, 0);
    }
    let out = cli(&["parse", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    // File mode: a file saved with a BOM.
    let out = cli(&["parse", "-"], "\u{feff}HAVANA (AP) -- Rain.".as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"]["place"], "HAVANA");
}

// ---------------------------------------------------------------------------------------
// HTML entities left in copy
// ---------------------------------------------------------------------------------------

#[test]
fn html_entities_before_the_dateline() {
    // Escaped markup before the dateline is passed over; spans count the raw bytes.
    let t = "&lt;p&gt;WASHINGTON (AP) — Text.";
    assert_eq!(dateline(t), washington_at(9));
    let t = "&lt;p&gt; WASHINGTON (AP) — Text.";
    assert_eq!(dateline(t), washington_at(10));
    let t = "&lt;p&gt;&lt;/p&gt;&lt;p&gt; NEW YORK (Reuters) - Stocks fell.";
    let d = parse(t).dateline.unwrap();
    assert_eq!(d.text, "NEW YORK (Reuters) - ");
    assert_eq!(d.span.start, 29);
    assert_eq!(d.agencies, [Agency::Reuters]);
    // Real tags left in copy.
    let t = "<P> WASHINGTON (AP) — Text.";
    assert_eq!(dateline(t), washington_at(4));
}

#[test]
fn html_entities_in_the_copy_are_left_as_printed() {
    // Entities are not decoded: the model's text is the input's bytes, so spans stay true.
    let t = "WASHINGTON (AP) — AT&amp;T paid &#36;5 million &amp; more.\n\n&lt;p&gt;Next.";
    assert_eq!(dateline(t), washington_at(0));
    assert_eq!(
        paragraphs(t),
        [
            "WASHINGTON (AP) — AT&amp;T paid &#36;5 million &amp; more.",
            "&lt;p&gt;Next."
        ]
    );
    // `&amp;` has a `;` but is not a sentence end; `&#36;5` does not split either.
    assert_eq!(
        sentences(t),
        [
            "WASHINGTON (AP) — AT&amp;T paid &#36;5 million &amp; more.",
            "&lt;p&gt;Next."
        ]
    );
    // Entities standing where the dateline's dash would be do not make a dateline.
    assert_eq!(dateline("WASHINGTON &mdash; Text."), None);
    // An entity inside a headline before the dateline.
    let t = "AT&amp;T &#36;5 deal &lt;p&gt;.\n\nWASHINGTON (AP) — x";
    assert_eq!(dateline(t), washington_at(33));
}

// ---------------------------------------------------------------------------------------
// Size limit (a 100 MB article)
// ---------------------------------------------------------------------------------------

#[test]
fn the_size_limit_gives_too_large() {
    let t = "WASHINGTON (AP) — Text.";
    let n = t.len();
    let err = Parser::new().max_bytes(n - 1).parse(t).unwrap_err();
    assert_eq!(
        err,
        Error::TooLarge {
            len: n,
            limit: n - 1
        }
    );
    assert_eq!(err.kind(), "too_large");
    assert_eq!(
        err.to_string(),
        format!("article of {n} bytes is over the limit of {} bytes", n - 1)
    );
    // At the limit it parses.
    assert_eq!(Parser::new().max_bytes(n).parse(t), Ok(newswire::parse(t)));
    // Through parse_bytes too.
    assert_eq!(
        Parser::new().max_bytes(10).parse_bytes(t.as_bytes()),
        Err(Error::TooLarge { len: n, limit: 10 })
    );
    assert_eq!(Parser::DEFAULT_MAX_BYTES, 64 << 20);
    assert_eq!(Parser::new(), Parser::new().max_bytes(64 << 20));
}

#[test]
fn a_100_mb_article_is_refused_quickly() {
    let para = "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to pass the bill, \
                and the president said he would sign it. “This is a good day,” said \
                Sen. Jane Doe, D-Calif.\n\n";
    let mut t = String::with_capacity(100_000_000 + para.len());
    while t.len() < 100_000_000 {
        t.push_str(para);
    }
    let len = t.len();
    let started = Instant::now();
    let got = Parser::new().max_bytes(64 << 20).parse(&t);
    let took = started.elapsed();
    assert_eq!(
        got,
        Err(Error::TooLarge {
            len,
            limit: 64 << 20
        })
    );
    assert_eq!(
        Parser::new().parse(&t),
        Err(Error::TooLarge {
            len,
            limit: Parser::DEFAULT_MAX_BYTES
        })
    );
    assert_eq!(
        Parser::new().parse_bytes(t.as_bytes()).unwrap_err().kind(),
        "too_large"
    );
    assert!(took < Duration::from_millis(100), "refusing took {took:?}");
}

#[test]
fn too_large_in_json_lines_and_the_cli() {
    let input =
        b"{\"id\": 1, \"text\": \"HAVANA (AP) -- Rain fell.\"}\n{\"id\": 2, \"text\": \"x\"}\n";
    let opts = Options::default();
    let mut out = Vec::new();
    let stats = jsonl::run(
        &Parser::new().max_bytes(5),
        &opts,
        &input[..],
        &mut out,
        |_| {},
    )
    .unwrap();
    let v: Vec<Value> = std::str::from_utf8(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        v[0],
        json!({"id": 1, "error": {"kind": "too_large",
            "message": "line 1: article of 25 bytes is over the limit of 5 bytes"}})
    );
    assert_eq!(v[1]["id"], 2);
    assert_eq!(v[1]["dateline"], Value::Null);
    assert_eq!((stats.documents, stats.failed), (2, 1));

    let out = cli(&["parse", "--jsonl", "--max-bytes", "5"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(cli_lines(&out)[0]["error"]["kind"], "too_large");
    let out = cli(&["parse", "--max-bytes", "5", "-"], b"HAVANA (AP) -- Rain.");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("article of 20 bytes is over the limit of 5 bytes"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------
// JSON Lines with garbage lines
// ---------------------------------------------------------------------------------------

/// Good records mixed with every kind of garbage line, and what each must give.
fn garbage_input() -> (Vec<u8>, Vec<Value>) {
    let mut input: Vec<u8> = Vec::new();
    let mut want: Vec<Value> = Vec::new();
    let good = |input: &mut Vec<u8>, want: &mut Vec<Value>, id: Value| {
        input.extend_from_slice(
            format!("{{\"id\": {id}, \"text\": \"HAVANA (AP) -- Rain.\"}}\n").as_bytes(),
        );
        want.push(json!({"id": id, "place": "HAVANA"}));
    };
    let bad = |input: &mut Vec<u8>, want: &mut Vec<Value>, line: &[u8], id: Value, kind: &str| {
        input.extend_from_slice(line);
        input.push(b'\n');
        want.push(json!({"id": id, "kind": kind}));
    };
    good(&mut input, &mut want, json!(1));
    bad(
        &mut input,
        &mut want,
        b"not json",
        Value::Null,
        "invalid_json",
    );
    bad(
        &mut input,
        &mut want,
        b"{\"id\": 3, \"text\": ",
        json!(null),
        "invalid_json",
    );
    bad(&mut input, &mut want, b"", Value::Null, "empty_line");
    good(&mut input, &mut want, json!("five"));
    bad(
        &mut input,
        &mut want,
        b"{\"id\": 6}",
        json!(6),
        "missing_text",
    );
    bad(
        &mut input,
        &mut want,
        b"{\"id\": 7, \"text\": 7}",
        json!(7),
        "invalid_json",
    );
    bad(
        &mut input,
        &mut want,
        b"[1, 2, 3]",
        Value::Null,
        "invalid_json",
    );
    bad(
        &mut input,
        &mut want,
        b"\"just a string\"",
        Value::Null,
        "invalid_json",
    );
    bad(
        &mut input,
        &mut want,
        b"{\"id\": 10, \"text\": \"x\"} trailing",
        Value::Null,
        "invalid_json",
    );
    bad(
        &mut input,
        &mut want,
        b"\xC3\x28 bad",
        Value::Null,
        "invalid_utf8",
    );
    bad(&mut input, &mut want, b"{}", Value::Null, "missing_text");
    bad(&mut input, &mut want, b"null", Value::Null, "invalid_json");
    bad(&mut input, &mut want, b"   \t", Value::Null, "empty_line");
    good(&mut input, &mut want, json!({"nested": [15]}));
    bad(
        &mut input,
        &mut want,
        b"{\"id\": 16, \"text\": \"a\", \"text\": \"b\"}",
        json!(16),
        "invalid_json",
    );
    bad(
        &mut input,
        &mut want,
        &[b'{'; 300],
        Value::Null,
        "invalid_json",
    );
    good(&mut input, &mut want, json!(18));
    // A trailing fragment without a newline is a line too.
    input.extend_from_slice(b"{\"id\": 19, \"te");
    want.push(json!({"id": null, "kind": "invalid_json"}));
    (input, want)
}

fn check_garbage_output(got: &[Value], want: &[Value]) {
    assert_eq!(got.len(), want.len(), "one output line per input line");
    for (n, (g, w)) in got.iter().zip(want).enumerate() {
        assert_eq!(g["id"], w["id"], "line {}: {g}", n + 1);
        match w.get("kind") {
            Some(kind) => {
                assert_eq!(&g["error"]["kind"], kind, "line {}: {g}", n + 1);
                let msg = g["error"]["message"].as_str().unwrap();
                assert!(
                    msg.starts_with(&format!("line {} ", n + 1))
                        || msg.starts_with(&format!("line {}:", n + 1)),
                    "line {}: {msg}",
                    n + 1
                );
                assert_eq!(g.as_object().unwrap().len(), 2, "only id and error");
            }
            None => {
                assert_eq!(g["dateline"]["place"], w["place"], "line {}", n + 1);
                assert!(g.get("error").is_none());
            }
        }
    }
}

#[test]
fn json_lines_with_garbage_lines_give_an_error_line_for_each() {
    let (input, want) = garbage_input();
    let mut outputs = Vec::new();
    for threads in [1, 2, 3, 8] {
        let (got, stats) = jsonl_run(&input, false, threads);
        check_garbage_output(&got, &want);
        let bad = want.iter().filter(|w| w.get("kind").is_some()).count();
        assert_eq!((stats.documents, stats.failed), (want.len(), bad));
        outputs.push(got);
    }
    assert!(
        outputs.windows(2).all(|w| w[0] == w[1]),
        "same output on any threads"
    );
}

#[test]
fn json_lines_with_garbage_lines_through_the_cli_exit_one() {
    let (input, want) = garbage_input();
    for threads in ["1", "2"] {
        let out = cli(&["parse", "--jsonl", "--threads", threads], &input);
        assert_eq!(
            out.status.code(),
            Some(1),
            "a bad line sets the exit status"
        );
        check_garbage_output(&cli_lines(&out), &want);
    }
    // The same good records alone exit 0.
    let good = b"{\"id\": 1, \"text\": \"HAVANA (AP) -- Rain.\"}\n{\"id\": 2, \"text\": \"\"}";
    let out = cli(&["parse", "--jsonl"], good);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(cli_lines(&out).len(), 2);
}

#[test]
fn many_garbage_lines_across_batches_keep_their_order() {
    // More lines than one batch holds (8192), garbage every 7th line.
    let mut input = Vec::new();
    for i in 0..20_000 {
        if i % 7 == 3 {
            input.extend_from_slice(format!("garbage {i}\n").as_bytes());
        } else {
            input.extend_from_slice(
                format!("{{\"id\": {i}, \"text\": \"PARIS (AFP) -- Story {i}.\"}}\n").as_bytes(),
            );
        }
    }
    let (one, stats) = jsonl_run(&input, false, 1);
    let (two, _) = jsonl_run(&input, false, 2);
    assert_eq!(one, two);
    assert_eq!(one.len(), 20_000);
    assert_eq!(stats.failed, (0..20_000).filter(|i| i % 7 == 3).count());
    for (i, v) in one.iter().enumerate() {
        if i % 7 == 3 {
            assert_eq!(v["error"]["kind"], "invalid_json", "line {}", i + 1);
            assert_eq!(
                v["error"]["message"].as_str().unwrap().split(':').next(),
                Some(format!("line {}", i + 1).as_str())
            );
        } else {
            assert_eq!(v["id"], i);
            assert_eq!(v["dateline"]["place"], "PARIS");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Regressions found by the fuzzers (fuzz/fuzz_targets)
// ---------------------------------------------------------------------------------------

#[test]
fn a_cue_opening_a_sentence_after_a_form_feed_is_read_without_overflow() {
    // Found by `parse` and `jsonl` (session 6): a cue that is a sentence's first word made
    // the relative-clause rule compute the index before it (an overflow in debug builds).
    for t in [
        "a,,,,,,\u{c},,,,,,,,,,,,,,,,,,,said,`.\u{22a}.z54[77U,",
        "said, it was fine.",
        "Said the mayor: yes.",
        "\u{c}says that the plan is dead.",
    ] {
        let doc = newswire::parse(t);
        for a in &doc.attributions {
            assert!(
                t.get(a.content.span.start..a.content.span.end).is_some(),
                "{t:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Many lines: several batches' worth of chunks, garbage lines among them
// ---------------------------------------------------------------------------------------

#[test]
fn many_lines_keep_their_order_on_every_thread_count() {
    // About 1.2 MB in 6,000 lines: many 64 KB chunks, long and short articles mixed so
    // that the threads finish their chunks out of order, a bad line every 97th.
    let mut input = String::new();
    for i in 0..6000 {
        if i % 97 == 13 {
            input.push_str("{not json\n");
            continue;
        }
        let words = "Officials said talks would resume. ".repeat(1 + (i * 7919) % 11);
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"NAIROBI, Kenya (AP) -- {words}\"}}\n"
        ));
    }
    let (one, s1) = jsonl_run(input.as_bytes(), false, 1);
    assert_eq!(one.len(), 6000);
    for (i, v) in one.iter().enumerate() {
        if i % 97 == 13 {
            assert_eq!(v["error"]["kind"], "invalid_json", "line {}", i + 1);
        } else {
            assert_eq!(v["id"], i, "line {}", i + 1);
        }
    }
    for threads in [2, 3, 8] {
        let (many, s) = jsonl_run(input.as_bytes(), false, threads);
        assert_eq!(many, one, "{threads} threads");
        assert_eq!(
            (s.documents, s.failed, s.bytes),
            (s1.documents, s1.failed, s1.bytes)
        );
    }
}

/// A run of capitalised names cut after each name by `of` (`Sen. Alpha of Sen. Beta of
/// ...`): every piece is read as before, one name each, and the run is no longer read a
/// piece at a time by a call that holds the rest (before the fourteenth session, 540 KB of
/// it took 50 s and 24 GB).
#[test]
fn a_run_on_of_titled_names_cut_by_of_reads_every_name() {
    let n = 3000;
    let text = format!("{}said.", "Sen. Alpha of Sen. Beta of ".repeat(n));
    let a = parse(&text);
    let names: Vec<(&str, usize)> = a
        .entities
        .iter()
        .map(|e| (e.name.as_ref(), e.mentions.len()))
        .collect();
    assert_eq!(names, [("Alpha", n), ("Beta", n)]);
}

/// A run of sentence marks is judged once: a lower-case word after it joins the run to the
/// next words, as it joins a lone mark (`.?.? x more`), and an `!` or `?` in it before a
/// capital ends the sentence.
#[test]
fn a_run_of_marks_is_judged_as_its_marks_are() {
    let marks = ".?".repeat(2000);
    let text = format!("Word{marks} x more. Then it ends.");
    assert_eq!(
        sentences(&text),
        [format!("Word{marks} x more.").as_str(), "Then it ends."]
    );
    assert_eq!(
        sentences("Mr.? Smith left. Mr. Jones stayed."),
        ["Mr.?", "Smith left.", "Mr. Jones stayed."]
    );
    assert_eq!(
        sentences("It rose 3.5 percent.. Then it fell."),
        ["It rose 3.5 percent..", "Then it fell."]
    );
}

/// A name given letters in turn after a shared opening (`Zuka`, `Zukb`, ..., `Zukba`).
fn name_with_prefix(prefix: &str, mut i: usize) -> String {
    let mut s = String::from(prefix);
    loop {
        s.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
        if i == 0 {
            return s;
        }
    }
}

/// Names that share their first letters are each an entity of their own. (Before the
/// fifteenth session the entity table's hash kept only a word's first bytes in the bits
/// that pick a bucket, so such names all fell in one chain: 1.6 MB of them took 3.6 s,
/// and the time grew with the square of the size.)
#[test]
fn names_alike_in_their_first_letters_are_each_an_entity() {
    let n = 30_000;
    let text: String = (0..n)
        .map(|i| format!("{} said. ", name_with_prefix("Zuk", i)))
        .collect();
    let a = parse(&text);
    assert_eq!(a.entities.len(), n);
    assert!(a.entities.iter().all(|e| e.mentions.len() == 1));
    assert_eq!(a.entities[1].name, "Zukb");
    let acronyms: String = (0..n)
        .map(|i| format!("ZUK{} said. ", name_with_prefix("", i).to_uppercase()))
        .collect();
    assert_eq!(parse(&acronyms).entities.len(), n);
}

/// One statement of many quotations, each holding an act: every act is held by the
/// statement and its speaker. (Before the fifteenth session each act looked back over
/// every earlier quotation of the statement: quadratic, 11 s for 1.6 MB.)
#[test]
fn a_statement_of_many_quotations_holds_each_act() {
    let n = 6000;
    let text = format!(
        "“We signed the pact,” Ana Ruiz said.{}",
        " “We signed the pact.”".repeat(n)
    );
    let a = parse(&text);
    assert_eq!(a.attributions.len(), 1);
    assert_eq!(a.agreements.len(), n + 1);
    assert!(a.agreements.iter().all(|g| g.attribution == Some(0)
        && g.source.as_ref().map(|s| s.text.as_ref()) == Some("Ana Ruiz")
        && g.instrument.as_ref().map(|s| s.text.as_ref()) == Some("the pact")));
}

/// A run-on sentence of promises set off by commas: each promise is the subject's. (Before
/// the fifteenth session each one looked back to the sentence's start for a clause break:
/// quadratic, 50 s for 1.6 MB.)
#[test]
fn gerunds_after_commas_in_a_run_on_sentence_each_find_the_subject() {
    let n = 8000;
    let text = format!(
        "Ana Ruiz spoke to reporters{}.",
        ", promising to help".repeat(n)
    );
    let a = parse(&text);
    assert_eq!(a.agreements.len(), n);
    assert!(a.agreements.iter().all(|g| {
        g.parties.len() == 1
            && g.parties[0].text == "Ana Ruiz"
            && g.action.as_ref().map(|s| s.text.as_ref()) == Some("help")
    }));
}

/// A run-on sentence of participles with bare objects (`, pledging aid`), none of which
/// ends the action before it: each act's action runs to its bound (120 tokens, the next 40
/// promises), the promises in it are part of it, and the first past it is the next act, the
/// subject's. (Before the sixteenth session each comma of an action was tested for a clause
/// break again for every promise before it, and every promise in an action was read as an
/// act: linear, but 1.2 µs a byte, 30 times normal copy.)
#[test]
fn participles_with_bare_objects_in_a_run_on_sentence_are_read_once() {
    let n = 8000;
    let text = format!("Ana Ruiz met Bo Li{}.", ", pledging aid".repeat(n));
    let a = parse(&text);
    assert_eq!(a.agreements.len(), n.div_ceil(41));
    assert!(a.agreements.iter().all(|g| {
        g.status == Status::Promised
            && g.parties.len() == 1
            && g.parties[0].text == "Ana Ruiz"
            && g.action
                .as_ref()
                .is_some_and(|s| s.text.starts_with("aid, pledging aid"))
    }));
}

/// Quotations with no space between them are each read. (Before the fifteenth session each
/// one looked back to the text's start for the word before it: 400 KB took 38 s.)
#[test]
fn quotations_with_no_space_between_them_are_each_read() {
    let n = 40_000;
    let text = "“a”".repeat(n);
    assert_eq!(parse(&text).quotes.len(), n);
    let text = "a\"b\"".repeat(n / 2);
    check_spans(
        &text,
        &serde_json::to_value(newswire::parse(&text)).unwrap(),
    );
}

/// Paragraphs of possessives after a quotation: the quotation and its speaker are read,
/// and no apostrophe is a quotation. (Before the sixteenth session each paragraph's end
/// read every later apostrophe for the next paragraph's opening mark: quadratic, 400 KB
/// of `x's` paragraphs took 2.7 s.)
#[test]
fn paragraphs_of_apostrophes_are_no_quotations() {
    let n = 20_000;
    let text = format!(
        "“We will sign,” Ana Ruiz said.\n\n{}",
        "Ruiz's plan.\n\n".repeat(n)
    );
    let a = parse(&text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.attributions.len(), 1);
    assert_eq!(
        a.attributions[0]
            .source
            .as_ref()
            .and_then(|s| s.name.as_deref()),
        Some("Ana Ruiz")
    );
    assert!(parse(&"x’s\n\n".repeat(n)).quotes.is_empty());
}

/// Quotations with no words in them, one after another: each is a quotation, and none is
/// speech framed by the cue before them all. (Before the sixteenth session each one read
/// the whole gap back to the sentence's last word: quadratic, 400 KB took 9 s.)
#[test]
fn wordless_quotations_after_a_cue_are_each_read() {
    let n = 20_000;
    for piece in ["“-;” ", "\"-;\" ", "“…” "] {
        let text = format!("Ana Ruiz said {}", piece.repeat(n));
        let a = parse(&text);
        assert_eq!(a.quotes.len(), n, "{piece}");
        assert!(a.attributions.is_empty(), "{piece}");
    }
    let text = format!("Ana {}{}", ",".repeat(n), " “-,”".repeat(n));
    assert_eq!(parse(&text).quotes.len(), n);
}

/// A minister named once, then called `the minister` in every sentence: each statement is
/// hers. (Before the sixteenth session each mention of the title read all the bearer's
/// mentions, quadratic, and each read the 2,000 bytes before it with a slow substring
/// search: 1.6 MB took 3.4 s.)
#[test]
fn a_title_in_every_sentence_names_its_bearer_each_time() {
    let n = 6000;
    let text = format!(
        "Foreign Minister Ana Ruiz arrived. {}{}",
        "Ruiz spoke. The minister said talks would resume. ".repeat(n),
        "The minister said no. ".repeat(n)
    );
    let a = parse(&text);
    assert_eq!(a.attributions.len(), 2 * n);
    assert!(
        a.attributions
            .iter()
            .all(|s| s.source.as_ref().and_then(|s| s.name.as_deref()) == Some("Ana Ruiz"))
    );
}

/// One JSON Lines record far over the size limit, then a small one: an error line, then
/// the small record's model. (Before the sixteenth session a line longer than a read was
/// searched again for its end after each read: quadratic, a 100 MB line took 49 s.)
#[test]
fn a_very_long_line_is_searched_for_its_end_once() {
    let text = "a b. ".repeat(6 << 20);
    let input = format!("{{\"id\": 1, \"text\": \"{text}\"}}\n{{\"id\": 2, \"text\": \"x\"}}\n");
    let mut out = Vec::new();
    let stats = jsonl::run(
        &Parser::new().max_bytes(1000),
        &Options::default(),
        input.as_bytes(),
        &mut out,
        |_| {},
    )
    .unwrap();
    let v: Vec<Value> = std::str::from_utf8(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["error"]["kind"], "too_large");
    assert_eq!(v[1]["id"], 2);
    assert_eq!((stats.documents, stats.failed), (2, 1));
}

/// Runs of cues each set off by a mark (`said, said, ...`): every cue reads back up to 24
/// words for the mark that opens an apposition, and every word has one; none names a
/// speaker. (Before the sixteenth session each mark looked up the words after it and the
/// word before it in the word lists' table again: linear, but 11 to 25 times normal
/// copy's time per byte.)
#[test]
fn runs_of_cues_set_off_by_marks_name_no_speaker() {
    for piece in [
        "said, ",
        ", said ",
        "said, said ",
        "says, ",
        "told, ",
        "said— ",
    ] {
        let text = piece.repeat(20_000);
        let a = parse(&text);
        assert!(a.attributions.is_empty(), "{piece}");
        assert!(a.entities.is_empty(), "{piece}");
    }
}

/// A run of present-tense cues, each with its own subject (`I vow I vow ...`), with any
/// white space between the words: each is a statement of its speaker's, and each content
/// runs over at most eight cues before it ends at the next one's subject. (Before the
/// sixteenth session each content ran on to the end of its window of 160 words, none of
/// the cues after it counting as a statement of its own: linear, but 18 to 25 times normal
/// copy's instructions per byte. Before the seventeenth, each cue a content passed read
/// the words before it for `and` or `but`, and each word after a line break or a tab was
/// read as a mark that might end the content: 9.4 and 11.9 times.)
#[test]
fn a_run_of_present_tense_cues_each_reads_a_short_content() {
    let n = 6000;
    for (subject, cue) in [("I", "vow"), ("we", "vow"), ("I", "ask")] {
        for sep in [" ", "\n", "\t", "  "] {
            let text = format!("{subject}{sep}{cue}{sep}").repeat(n);
            let a = parse(&text);
            assert!(a.attributions.len() > n * 9 / 10, "{subject} {cue} {sep:?}");
            assert!(a.attributions.iter().all(|s| {
                s.source.as_ref().map(|s| s.text.as_ref()) == Some(subject)
                    && (1..=9).contains(&s.content.text.matches(cue).count())
            }));
        }
    }
}

/// A run of capitalised words longer than any name names nothing, so the mentions after
/// it (`the group`, `He`) never read it. (Before the seventeenth session the whole run was
/// one organisation's or titled person's name, which each later mention read and the
/// model repeated: time and output grew with the square of the input.) A name of a usual
/// length is still found, and still named by `the bank`.
#[test]
fn a_run_of_capitals_longer_than_a_name_is_no_entity() {
    let n = 4000;
    let run = "Kab Kac Kad ".repeat(2000);
    let text = format!(
        "The {run}Bank said it would. {}Minister {run}Lee said so. {}\n\nThe Kab Kac Bank said it would. The bank said it would.",
        "The group said it would. ".repeat(n),
        "He said it would. ".repeat(n),
    );
    let a = parse(&text);
    // (`… Lee said so.`: a subject of six thousand words is none.)
    assert_eq!(a.attributions.len(), 2 * n + 3);
    assert!(a.entities.iter().all(|e| e.name.len() <= 160));
    assert!(a.attributions.iter().all(|s| {
        s.source
            .as_ref()
            .and_then(|s| s.name.as_deref())
            .is_none_or(|name| name.len() <= 160)
    }));
    let banks: Vec<Option<&str>> = a.attributions[2 * n + 1..]
        .iter()
        .map(|s| s.source.as_ref().and_then(|s| s.name.as_deref()))
        .collect();
    assert_eq!(banks, [Some("Kab Kac Bank"), Some("Kab Kac Bank")]);
}

/// A minister named once, then `The minister said no.` in every sentence: each statement is
/// hers, none taken for one of a minister introduced unnamed (no article stands before a
/// `minister`); after `A minister arrived.`, those within the 2,000 bytes read back name
/// nobody. (Before the seventeenth session each mention of the title read the 2,000 bytes
/// before it for `a minister`: linear, but 7.7 times normal copy's instructions per byte;
/// the places of the noun are now found once per document, 1.8 times.)
#[test]
fn a_title_named_once_then_in_every_sentence_finds_its_noun_once() {
    let n = 20_000;
    let text = format!(
        "Foreign Minister Ana Ruiz arrived. {}",
        "The minister said no. ".repeat(n)
    );
    let a = parse(&text);
    assert_eq!(a.attributions.len(), n);
    assert!(
        a.attributions
            .iter()
            .all(|s| s.source.as_ref().and_then(|s| s.name.as_deref()) == Some("Ana Ruiz"))
    );
    // `A minister` in the middle: the mentions after it within the 2,000 bytes read back
    // (91 of them) name nobody, the rest name her.
    let text = format!(
        "Foreign Minister Ana Ruiz arrived. {}A minister arrived. {}",
        "The minister said no. ".repeat(200),
        "The minister said no. ".repeat(200)
    );
    let a = parse(&text);
    let named: Vec<bool> = a
        .attributions
        .iter()
        .map(|s| s.source.as_ref().and_then(|s| s.name.as_deref()) == Some("Ana Ruiz"))
        .collect();
    assert_eq!(named.len(), 400);
    assert!(named[..200].iter().all(|&n| n));
    assert!(named[200..291].iter().all(|&n| !n));
    assert!(named[291..].iter().all(|&n| n));
}

/// A word of a hundred thousand letters of a script whose letters Rust looks up slowly
/// (Thai; Hangul jamo after a capital) is read by the dateline rules no further than a
/// dateline could run, and is no acronym or name. A dateline before such a word is still
/// read. (Before the seventeenth session each rule that tried the line read the whole
/// word: 16 to 29 times normal copy's instructions per byte.)
#[test]
fn a_very_long_word_outside_ascii_is_read_as_far_as_a_dateline_runs() {
    let thai = "\u{e01}".repeat(100_000);
    let jamo = format!("A{}", "\u{11ab}".repeat(100_000));
    for word in [&thai, &jamo] {
        let a = parse(word);
        assert!(a.dateline.is_none() && a.entities.is_empty());
        let text = format!("BANGKOK, Nov 27 (Reuters) - {word} said so.");
        let (span, _, place, agencies) = dateline(&text).unwrap();
        assert_eq!(span, Span::new(0, 28));
        assert_eq!(place.as_deref(), Some("BANGKOK"));
        assert_eq!(agencies, [Agency::Reuters]);
    }
}
