//! A fast path for reading an input record: finds `id` and `text` in one pass over the
//! line, without building a `serde_json::Value` for the other fields, and borrows the text
//! from the line when its JSON string has no escapes.
//!
//! It accepts only a subset of what serde_json accepts, and reads that subset exactly as
//! serde_json reads it into the record: `{`, members, `}`, whitespace around; keys without
//! escapes; no `id` or `text` twice; `text` a string whose escapes are well formed (a
//! surrogate pair only as a pair); `id` a string, number or literal; the other values
//! valid JSON, checked the way serde_json checks a value it skips. Whatever it does not
//! accept (`None`) goes the slow way, through serde_json, which gives the same answer or
//! the same error as before.
//!
//! It reads the line's bytes before they are checked as UTF-8, and checks them itself as
//! it goes (outside strings only ASCII is JSON; keys must be ASCII; other strings are
//! checked character by character where they leave ASCII; the text as a whole), so a
//! line it accepts is valid UTF-8 without a separate pass over it.

use super::write::{HIGHS, ONES, escape_mask, find_escape_far, find_escape_or_high};

/// The record's fields as the fast path found them.
pub(crate) struct Fields<'a> {
    /// The raw JSON of the `id` value, if the record has one.
    pub id: Option<&'a str>,
    /// The text, unescaped.
    pub text: &'a str,
    /// The offsets in `text` of its bytes that JSON output must escape, in order: those
    /// that came from escapes (the others cannot be in a JSON string as they are).
    pub escapes: &'a [usize],
    /// The block index of `escapes` (see [`super::write::index_blocks`]).
    pub blocks: &'a [usize],
}

/// What the fast path reuses from line to line.
#[derive(Default)]
pub(crate) struct Scratch {
    /// The text unescaped, when it has escapes.
    text: Vec<u8>,
    /// The offsets in `text` of the bytes that need escaping.
    escapes: Vec<usize>,
    /// Their block index.
    blocks: Vec<usize>,
}

/// Where the text was found.
enum Text {
    /// The line's bytes at this range (a JSON string without escapes).
    Borrowed(usize, usize),
    /// Unescaped into the scratch string.
    Scratch,
}

/// Reads `line` (a whole input line, not yet checked as UTF-8) with the fast path;
/// `scratch` holds the text when it has escapes. `None` when the line is not in the subset
/// this path reads (invalid UTF-8 included), or has no `text` string.
pub(crate) fn fields<'a>(line: &'a [u8], scratch: &'a mut Scratch) -> Option<Fields<'a>> {
    let b = line;
    let mut i = ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = ws(b, i + 1);
    let mut id = None;
    let mut text = None;
    scratch.text.clear();
    scratch.escapes.clear();
    loop {
        // A key, ASCII without escapes.
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let start = i + 1;
        let end = find_escape_or_high(b, start);
        if b.get(end) != Some(&b'"') {
            return None;
        }
        let key = &b[start..end];
        i = ws(b, end + 1);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = ws(b, i + 1);
        match key {
            b"text" => {
                if text.is_some() || b.get(i) != Some(&b'"') {
                    return None;
                }
                let (t, next) = string(b, i + 1, scratch)?;
                text = Some(t);
                i = next;
            }
            b"id" => {
                if id.is_some() || matches!(b.get(i), Some(b'[' | b'{')) {
                    return None;
                }
                let start = i;
                i = skip(b, i)?;
                id = Some(std::str::from_utf8(&b[start..i]).ok()?);
            }
            _ => i = skip(b, i)?,
        }
        i = ws(b, i);
        match b.get(i) {
            Some(b',') => i = ws(b, i + 1),
            Some(b'}') => break,
            _ => return None,
        }
    }
    if ws(b, i + 1) != b.len() {
        return None;
    }
    let text = match text? {
        Text::Borrowed(s, e) => &line[s..e],
        Text::Scratch => scratch.text.as_slice(),
    };
    let text = std::str::from_utf8(text).ok()?;
    super::write::index_blocks(&scratch.escapes, text.len(), &mut scratch.blocks);
    Some(Fields {
        id,
        text,
        escapes: &scratch.escapes,
        blocks: &scratch.blocks,
    })
}

/// The index of the first byte at or after `i` that is not JSON whitespace.
#[inline(always)]
fn ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\n' | b'\t' | b'\r') = b.get(i) {
        i += 1;
    }
    i
}

/// Reads the JSON string whose contents start at `i`: where its text is (its bytes, not
/// yet checked as UTF-8), and the index after its closing quote.
fn string(b: &[u8], i: usize, scratch: &mut Scratch) -> Option<(Text, usize)> {
    let first = find_escape_far(b, i);
    match b.get(first) {
        Some(b'"') => return Some((Text::Borrowed(i, first), first + 1)),
        Some(b'\\') => {}
        _ => return None,
    }
    let Scratch { text, escapes, .. } = scratch;
    text.clear();
    escapes.clear();
    let mut start = i;
    let mut at = first;
    loop {
        match b.get(at) {
            Some(b'"') => {
                text.extend_from_slice(&b[start..at]);
                return Some((Text::Scratch, at + 1));
            }
            Some(b'\\') => {
                text.extend_from_slice(&b[start..at]);
                let c = match *b.get(at + 1)? {
                    b'"' => b'"',
                    b'\\' => b'\\',
                    b'/' => b'/',
                    b'b' => 0x08,
                    b'f' => 0x0c,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    b'u' => {
                        let (c, len) = unicode(b, at + 2)?;
                        if c < ' ' || c == '"' || c == '\\' {
                            escapes.push(text.len());
                        }
                        text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                        start = at + 2 + len;
                        at = find_escape_far(b, start);
                        continue;
                    }
                    _ => return None,
                };
                if c != b'/' {
                    escapes.push(text.len());
                }
                text.push(c);
                start = at + 2;
            }
            _ => return None,
        }
        // (escapes come in runs, `\n\n` between paragraphs: the next is read at once)
        at = if b.get(start) == Some(&b'\\') {
            start
        } else {
            find_escape_far(b, start)
        };
    }
}

/// Four hex digits at `i`.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let digits = b.get(i..i + 4)?;
    let mut n = 0;
    for &d in digits {
        n = n * 16 + char::from(d).to_digit(16)?;
    }
    Some(n)
}

/// The character of a `\u` escape whose digits start at `i` (a surrogate pair when it is
/// one), and the bytes read after the `\u`; `None` for a lone surrogate.
fn unicode(b: &[u8], i: usize) -> Option<(char, usize)> {
    let n = hex4(b, i)?;
    match n {
        0xd800..=0xdbff => {
            if b.get(i + 4..i + 6)? != b"\\u" {
                return None;
            }
            let low = hex4(b, i + 6)?;
            if !(0xdc00..=0xdfff).contains(&low) {
                return None;
            }
            let c = 0x10000 + ((n - 0xd800) << 10) + (low - 0xdc00);
            Some((char::from_u32(c)?, 10))
        }
        0xdc00..=0xdfff => None,
        _ => Some((char::from_u32(n)?, 4)),
    }
}

/// Arrays and objects nested deeper than this go the slow way (at most 64: the stack of
/// open ones is the bits of a `u64`).
const MAX_DEPTH: u32 = 64;

/// Checks the JSON value at `i` as serde_json checks a value it skips; the index after it.
/// One loop, not a call per value: the open arrays and objects are a stack of bits (1 for an
/// object), the innermost the lowest.
fn skip(b: &[u8], mut i: usize) -> Option<usize> {
    let mut objects: u64 = 0;
    let mut depth = 0;
    loop {
        // A value starts at `i`.
        match *b.get(i)? {
            b'"' => i = skip_string(b, i + 1)?,
            b'-' => i = number(b, i + 1)?,
            b'0'..=b'9' => i = number(b, i)?,
            b'n' => i = literal(b, i, b"null")?,
            b't' => i = literal(b, i, b"true")?,
            b'f' => i = literal(b, i, b"false")?,
            c @ (b'[' | b'{') => {
                if depth == MAX_DEPTH {
                    return None;
                }
                let object = c == b'{';
                // The model's own shapes, which annotations repeat, by their fixed bytes:
                // an excerpt or mention opens with its span and `"text"` key (two levels
                // deep); a bare span.
                if object && depth + 1 < MAX_DEPTH {
                    if let Some(value) = excerpt_head(b, i) {
                        objects = objects << 1 | 1;
                        depth += 1;
                        i = value;
                        continue;
                    }
                }
                if let Some(after) = object.then(|| span_object(b, i)).flatten() {
                    i = after;
                } else {
                    i = ws(b, i + 1);
                    if b.get(i) == Some(if object { &b'}' } else { &b']' }) {
                        i += 1;
                    } else {
                        objects = objects << 1 | u64::from(object);
                        depth += 1;
                        if object {
                            i = key(b, i)?;
                        }
                        continue;
                    }
                }
            }
            _ => return None,
        }
        // After a value: close what it closes, then go on to the next member.
        loop {
            if depth == 0 {
                return Some(i);
            }
            // `, ` is by far the most common way on to the next member.
            let c = if b.get(i..i + 2) == Some(b", ") {
                i += 1;
                b','
            } else {
                i = ws(b, i);
                *b.get(i)?
            };
            let object = objects & 1 != 0;
            match c {
                b',' => {
                    i = ws(b, i + 1);
                    if object {
                        i = key(b, i)?;
                    }
                    break;
                }
                b'}' if object => {}
                b']' if !object => {}
                _ => return None,
            }
            i += 1;
            depth -= 1;
            objects >>= 1;
        }
    }
}

/// The bytes at `i` if they are `run`: the index after them.
#[inline(always)]
fn fixed<const N: usize>(b: &[u8], i: usize, run: &[u8; N]) -> Option<usize> {
    (b.get(i..).and_then(<[u8]>::first_chunk::<N>)? == run).then_some(i + N)
}

/// The number of digits of the JSON integer (no sign, fraction or exponent) that opens
/// the eight bytes `w`, if it has one to seven: a span's offset (a longer one, and a number
/// with a leading zero, are left to the general way).
#[inline(always)]
fn short_integer(w: [u8; 8]) -> Option<usize> {
    let x = u64::from_le_bytes(w) ^ (ONES * u64::from(b'0'));
    // as in `digits`: the high bit set for each byte that is no digit
    let other = ((x & (ONES * 0x7f)).wrapping_add(ONES * 0x76) | x) & HIGHS;
    let n = (other.trailing_zeros() / 8) as usize;
    // (the first digit read from `x`, as 0 for a `0`: the word is loaded once)
    (n > 0 && n < 8 && (n == 1 || x as u8 != 0)).then_some(n)
}

/// Skips a span object written as newswire writes one, `{"start": 12, "end": 34}`, at
/// `i`; `None` (nothing read) for any other value, which [`skip`] reads its general way.
#[inline(always)]
fn span_object(b: &[u8], i: usize) -> Option<usize> {
    fixed(b, span_numbers(b, fixed(b, i, b"{\"start\": ")?)?, b"}")
}

/// Skips the head of an excerpt or a mention written as newswire writes them,
/// `{"span": {"start": 12, "end": 34}, "text": `, at `i`: the index of the text's value,
/// inside the object (`None`, nothing read, for any other value).
#[inline(never)]
fn excerpt_head(b: &[u8], i: usize) -> Option<usize> {
    let i = span_numbers(b, fixed(b, i, b"{\"span\": {\"start\": ")?)?;
    Some(ws(b, fixed(b, i, b"}, \"text\": ")?))
}

/// Skips the middle of a span object, `12, "end": 34`, at `i`.
#[inline(always)]
fn span_numbers(b: &[u8], i: usize) -> Option<usize> {
    let integer = |i: usize| Some(i + short_integer(*b.get(i..)?.first_chunk::<8>()?)?);
    integer(fixed(b, integer(i)?, b", \"end\": ")?)
}

/// Skips an object's key and colon at `i`; the index of the value after them.
#[inline(always)]
fn key(b: &[u8], i: usize) -> Option<usize> {
    // Most keys are short ASCII followed by `": "` and the value: all read from one
    // window of 16 bytes, with a single bounds check.
    if let Some(window) = b.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        let v = u128::from_le_bytes(*window);
        let w = (v >> 8) as u64;
        let m = escape_mask(w) | (w & HIGHS);
        if v as u8 == b'"' && m != 0 {
            // The closing quote, if it is one (1 to 8), and the bytes from it on, shifted
            // down out of the window rather than indexed.
            let q = 1 + m.trailing_zeros() / 8;
            let after = (v >> (8 * q)) as u32;
            if after & 0x00ff_ffff == u32::from_le_bytes(*b"\": \0")
                && !matches!((after >> 24) as u8, b' ' | b'\n' | b'\t' | b'\r')
            {
                return Some(i + q as usize + 3);
            }
        }
    }
    if *b.get(i)? != b'"' {
        return None;
    }
    let i = skip_string(b, i + 1)?;
    // `: ` is by far the most common way on to the value.
    if b.get(i..i + 2) == Some(b": ") {
        return Some(ws(b, i + 2));
    }
    let i = ws(b, i);
    if *b.get(i)? != b':' {
        return None;
    }
    Some(ws(b, i + 1))
}

/// Skips a JSON string whose contents start at `i`, checked as serde_json checks one it
/// skips; the index after its closing quote. A short one of ASCII without escapes (most
/// keys and many values, `"indirect"` among them) is read in two words here, the others by
/// [`long_string`].
#[inline(always)]
fn skip_string(b: &[u8], i: usize) -> Option<usize> {
    if let Some(window) = b.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        let v = u128::from_le_bytes(*window);
        for (k, w) in [v as u64, (v >> 64) as u64].into_iter().enumerate() {
            let m = escape_mask(w) | (w & HIGHS);
            if m != 0 {
                let at = i + 8 * k + (m.trailing_zeros() / 8) as usize;
                if b.get(at) == Some(&b'"') {
                    return Some(at + 1);
                }
                break;
            }
        }
    }
    long_string(b, i)
}

/// [`skip_string`] for any string: escapes well formed, no control characters, UTF-8
/// (only a string with a byte that is not ASCII is decoded).
#[inline(never)]
fn long_string(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    let mut seen = 0;
    loop {
        i = find_escape_seen(b, i, &mut seen);
        match *b.get(i)? {
            b'"' => break,
            b'\\' => match *b.get(i + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                b'u' => {
                    hex4(b, i + 2)?;
                    i += 6;
                }
                _ => return None,
            },
            _ => return None,
        }
    }
    if seen & HIGHS != 0 {
        std::str::from_utf8(b.get(start..i)?).ok()?;
    }
    Some(i + 1)
}

/// The bytes [`find_escape_seen`] looks at per step, past the first of a string.
const CHUNK: usize = 32;

/// Whether any byte of `chunk` needs escaping, and whether any is not ASCII. Written
/// without early exits, as mask bytes then OR-ed, for a few vector operations.
#[inline(always)]
fn chunk_escape_and_high(chunk: &[u8; CHUNK]) -> (bool, bool) {
    let (mut escape, mut high) = ([0u8; CHUNK], [0u8; CHUNK]);
    for ((e, h), &c) in escape.iter_mut().zip(&mut high).zip(chunk) {
        *e = if c < 0x20 || c == b'"' || c == b'\\' {
            0xff
        } else {
            0
        };
        *h = if c >= 0x80 { 0xff } else { 0 };
    }
    let or = |m: [u8; CHUNK]| m.iter().fold(0, |any, x| any | x) != 0;
    (or(escape), or(high))
}

/// [`find_escape`], OR-ing the bytes before the one it finds into `seen`: past whole
/// chunks without one first, then word by word.
#[inline(always)]
fn find_escape_seen(b: &[u8], mut i: usize, seen: &mut u64) -> usize {
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<CHUNK>) {
        let (escape, high) = chunk_escape_and_high(chunk);
        if escape {
            break;
        }
        if high {
            *seen |= HIGHS;
        }
        i += CHUNK;
    }
    while let Some(word) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*word);
        let m = escape_mask(w);
        if m != 0 {
            // The lowest bit of `m` is the high bit of the byte found: the bits below it
            // are those of the bytes before it, and that byte's other bits (not high).
            *seen |= w & ((m & m.wrapping_neg()) - 1);
            return i + (m.trailing_zeros() / 8) as usize;
        }
        *seen |= w;
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c < 0x20 || c == b'"' || c == b'\\' {
            break;
        }
        *seen |= u64::from(c);
        i += 1;
    }
    i
}

/// The index of the first byte at or after `i` that is not an ASCII digit, or `b.len()`.
#[inline(always)]
fn digits(b: &[u8], mut i: usize) -> usize {
    while let Some(word) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        // A digit is 0 to 9 once its high nibble is cleared: the high bit is set for each
        // byte that is 10 or more, or was not ASCII (no carry crosses a byte).
        let x = u64::from_le_bytes(*word) ^ (ONES * u64::from(b'0'));
        let other = ((x & (ONES * 0x7f)).wrapping_add(ONES * 0x76) | x) & HIGHS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// Skips a JSON number's digits from `i` (after any minus sign).
#[inline(always)]
fn number(b: &[u8], i: usize) -> Option<usize> {
    let i = match *b.get(i)? {
        b'0' => {
            if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            i + 1
        }
        b'1'..=b'9' => digits(b, i + 1),
        _ => return None,
    };
    match b.get(i) {
        Some(b'.' | b'e' | b'E') => fraction_and_exponent(b, i),
        _ => Some(i),
    }
}

/// Skips a number's fraction and exponent, either or both, from `i`.
#[inline(never)]
fn fraction_and_exponent(b: &[u8], mut i: usize) -> Option<usize> {
    if b.get(i) == Some(&b'.') {
        let end = digits(b, i + 1);
        if end == i + 1 {
            return None;
        }
        i = end;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        let end = digits(b, i);
        if end == i {
            return None;
        }
        i = end;
    }
    Some(i)
}

/// Skips the literal `word` at `i`.
fn literal(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    (b.get(i..i + word.len())? == word).then_some(i + word.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    // The record as the serde path reads it.
    use super::super::Input;

    /// The fast path, when it answers, answers as serde_json does.
    fn agrees(line: &str) -> bool {
        let mut scratch = Scratch::default();
        let Some(f) = fields(line.as_bytes(), &mut scratch) else {
            return false;
        };
        let needing: Vec<usize> = (f.text.bytes().enumerate())
            .filter(|&(_, c)| c < 0x20 || c == b'"' || c == b'\\')
            .map(|(k, _)| k)
            .collect();
        assert_eq!(f.escapes, needing, "{line}");
        let slow: Input = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(Some(f.text), slow.text.as_deref(), "{line}");
        let id: Value =
            f.id.map_or(Value::Null, |r| serde_json::from_str(r).unwrap());
        assert_eq!(id, slow.id, "{line}");
        true
    }

    #[test]
    fn reads_as_serde_json_reads() {
        for line in [
            r#"{"id": 1, "text": "a"}"#,
            r#"  {"text":"plain","id":"x-1"}  "#,
            r#"{"id": "é", "source": {"a": [1, -2.5e+3, true, false, null, "s\"\\\/\b\f\n\r\t\u00e9"]}, "text": "line\none \"q\" \u00e9 \ud83d\ude00 end"}"#,
            r#"{"text": "", "id": null}"#,
            r#"{"text": "x", "x": [], "y": {}, "z": [[]], "id": -0}"#,
            r#"{"text": "\\", "id": 1.5E-7}"#,
            r#"{"text": "x", "a": [{"span": {"start": 0, "end": 0}, "text": "x"}, {"start": 12345678, "end": 1}]}"#,
            r#"{"text": "x", "a": {"span": {"start": 1.5, "end": 2e3}, "text": "x", "name": null}}"#,
            r#"{"text": "x", "a": {"span": {"start": 10, "end": 9999999}, "text":  "x"}, "b": {"start": 0, "end": 10}}"#,
        ] {
            assert!(agrees(line), "{line}");
        }
    }

    #[test]
    fn leaves_the_rest_to_serde_json() {
        for line in [
            r#"{"id": 1}"#,
            r#"{}"#,
            r#"["a"]"#,
            r#"{"id": 1, "text": "a",}"#,
            r#"{"id": 1, "text": "a"} x"#,
            r#"{"text": "a", "text": "b"}"#,
            r#"{"id": 1, "id": 2, "text": "a"}"#,
            r#"{"te\u0078t": "a"}"#,
            r#"{"text": null}"#,
            r#"{"text": 5}"#,
            r#"{"text": "\ud800"}"#,
            r#"{"text": "\udc00"}"#,
            r#"{"text": "\ud800\u0041"}"#,
            r#"{"text": "\x"}"#,
            "{\"text\": \"tab\tin\"}",
            r#"{"text": "a", "n": 01}"#,
            r#"{"text": "a", "n": 1.}"#,
            r#"{"text": "a", "n": 1e}"#,
            r#"{"text": "a", "n": -}"#,
            r#"{"text": "a", "n": [1,]}"#,
            r#"{"text": "a", "n": {"a" 1}}"#,
            r#"{"text": "a", "n": nul}"#,
            r#"{"text": "a", "id": [1]}"#,
            r#"{"text": "a", "id": 1e999}"#,
            r#"{"text": "a""#,
            r#"{"text": "a"#,
            r#"{"text": "a\u00"}"#,
            r#"{"text": "a", "s": {"span": {"start": 01, "end": 2}, "text": "x"}}"#,
            r#"{"text": "a", "s": {"start": 1, "end": 02}}"#,
            r#"{"text": "a", "s": {"span": {"start": 1, "end": 2}, "text": }}"#,
            r#"{"text": "a", "s": {"start": 1, "end": 2"#,
        ] {
            let mut scratch = Scratch::default();
            let fast = fields(line.as_bytes(), &mut scratch).is_some();
            // Those it reads it must read right (1e999 is read, then Value refuses it).
            assert!(!fast || line.contains("1e999") || agrees(line), "{line}");
        }
        let deep = format!(
            "{{\"text\": \"a\", \"d\": {}{}}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        assert!(fields(deep.as_bytes(), &mut Scratch::default()).is_none());
        // Invalid UTF-8 anywhere, in the text or in a skipped string or key, is left to
        // the slow path (which reports it).
        for line in [
            &b"{\"text\": \"a\xff\"}"[..],
            b"{\"text\": \"a\\n\xc3\"}",
            b"{\"text\": \"a\", \"x\": \"\xe2\x80\"}",
            b"{\"text\": \"a\", \"x\": \"\xed\xa0\x80\"}",
            b"{\"text\": \"a\", \"\xc3\xa9\": 1}",
            b"{\"text\": \"a\", \"x\": \"\xf4\x90\x80\x80\"}",
            b"{\"text\": \"a\", \"x\": \"\xc0\xaf\"}",
        ] {
            assert!(fields(line, &mut Scratch::default()).is_none(), "{line:?}");
        }
        let ok = "{\"text\": \"é“”\\n😀\", \"x\": [\"é“”😀\", \"ü\"], \"id\": \"ß\"}";
        assert!(agrees(ok));
    }
    /// Whatever `skip` accepts as one whole value, serde_json accepts too; and it accepts
    /// the valid values it is given. Mutations of valid JSON, byte by byte.
    #[test]
    fn skip_accepts_only_what_serde_json_skips() {
        let valid = [
            r#"[1, -2.5e+3, 0, -0, 0.5, 1E9, 1e-2, true, false, null, "s\"\\\/\b\f\n\r\t\u00e9", [], {}, [[]], {"a": {"b": []}}]"#,
            r#"{"kind": "indirect", "content": {"span": {"start": 193, "end": 284}, "text": "what \u201cthey\u201d see"}, "source": null}"#,
            r#"[{"span": {"start": 0, "end": 12}, "text": "Jürgen Müller, a spokesman for the “ministry”, and \"others\"", "name": null}, {"start": 7, "end": 0}, {"span": 1}]"#,
            r#"[ 1 , 2 ,3,{ "a" : [ true ] } ]"#,
            r#"{"é": "ü😀", "x": [10, 200, 3000]}"#,
            "[\n\t1\r\n]",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut rand = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b" \t\n,:[]{}\"\\0123456789-+.eEntrufalsxu\x01\xc3\xa9";
        for v in valid {
            let b = v.as_bytes();
            assert_eq!(skip(b, 0), Some(b.len()), "{v}");
            assert!(
                serde_json::from_str::<serde::de::IgnoredAny>(v).is_ok(),
                "{v}"
            );
            for _ in 0..4000 {
                let mut m = b.to_vec();
                for _ in 0..(rand() % 3 + 1) {
                    let at = (rand() as usize) % (m.len() + 1);
                    let c = alphabet[(rand() as usize) % alphabet.len()];
                    match rand() % 3 {
                        0 if at < m.len() => m[at] = c,
                        1 if at < m.len() => {
                            m.remove(at);
                        }
                        _ => m.insert(at, c),
                    }
                }
                if skip(&m, 0) == Some(m.len()) {
                    let text = std::str::from_utf8(&m).expect("skip accepted invalid UTF-8");
                    assert!(
                        serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok(),
                        "skip accepted {text:?}"
                    );
                }
            }
        }
    }
}
