//! A hand-written JSON writer for the article model, into one growing `Vec<u8>`.
//!
//! It writes exactly what `serde_json::to_writer` writes for the model's `Serialize`
//! impls (compact form: field order as declared, `null` for `None`, `[]` for empty lists,
//! enum variants as their snake_case names, strings escaped the way serde_json escapes
//! them), without going through serde's many small writes. The unit tests below hold it
//! to serde_json's output.

use crate::model::{
    Agreement, Article, Attribution, AttributionKind, Credit, CreditKind, Date, Dateline, Entity,
    EntityKind, Excerpt, Mention, Person, Quote, QuoteKind, Span, Status,
};

/// `true` for the bytes serde_json escapes in a string: `"`, `\` and controls below 0x20.
const fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// A one in every byte of a word.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A mask whose lowest set bit is in the first byte of `w` (little-endian) that needs
/// escaping, or 0 when none does. (Bits above the first true one may be spurious.)
#[inline]
pub(crate) fn escape_mask(w: u64) -> u64 {
    let below_space = w.wrapping_sub(ONES * 0x20) & !w;
    let q = w ^ (ONES * u64::from(b'"'));
    let quote = q.wrapping_sub(ONES) & !q;
    let s = w ^ (ONES * u64::from(b'\\'));
    let backslash = s.wrapping_sub(ONES) & !s;
    (below_space | quote | backslash) & HIGHS
}

/// The bytes [`find_escape_far`] looks at per step.
const CHUNK: usize = 32;

/// Whether any byte of `chunk` needs escaping. Written without early exits, as a mask
/// byte per byte then OR-ed, so that the compiler checks the whole chunk with a few vector
/// compares and one move of their mask.
#[inline(always)]
fn chunk_needs_escape(chunk: &[u8; CHUNK]) -> bool {
    let mut mask = [0u8; CHUNK];
    for (m, &c) in mask.iter_mut().zip(chunk) {
        *m = if needs_escape(c) { 0xff } else { 0 };
    }
    mask.iter().fold(0, |any, m| any | m) != 0
}

/// [`find_escape`] for long runs (an article's text between its line breaks): past
/// whole chunks that need no escaping first.
#[inline(always)]
pub(crate) fn find_escape_far(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<CHUNK>) {
        if chunk_needs_escape(chunk) {
            break;
        }
        i += CHUNK;
    }
    find_escape(b, i)
}

/// The index of the first byte at or after `i` in `b` that needs escaping, or `b.len()`.
#[inline(always)]
pub(crate) fn find_escape(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i..i + 8]);
        let m = escape_mask(u64::from_le_bytes(word));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !needs_escape(b[i]) {
        i += 1;
    }
    i
}

/// The index of the first byte at or after `i` in `b` that needs escaping or is not
/// ASCII, or `b.len()`.
#[inline(always)]
pub(crate) fn find_escape_or_high(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i..i + 8]);
        let w = u64::from_le_bytes(word);
        let m = escape_mask(w) | (w & HIGHS);
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !needs_escape(b[i]) && b[i] < 0x80 {
        i += 1;
    }
    i
}

/// Writes `s` as a JSON string, quotes included.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0;
    loop {
        let i = find_escape(b, start);
        out.extend_from_slice(&b[start..i]);
        let Some(&c) = b.get(i) else {
            break;
        };
        escape(out, c);
        start = i + 1;
    }
    out.push(b'"');
}

/// What the writer knows of the article text: where it lies in memory and the offsets of
/// its bytes that need escaping, in order. A string the model borrows from the text is
/// written by copying the runs between those offsets, without scanning it.
pub(crate) struct Escapes<'t> {
    /// The text's first byte's address (0 and `len` 0 when nothing is known).
    base: usize,
    len: usize,
    at: &'t [usize],
    /// Where to start looking in `at` for each block of the text (see [`index_blocks`]).
    blocks: &'t [usize],
}

/// The bytes of text per entry of a block index.
const BLOCK: usize = 64;

/// Fills `blocks` with, for each block of [`BLOCK`] bytes of a text of `len` bytes (and its
/// end), the number of the offsets `at` (in order) before the block; nothing if `at` is
/// empty.
pub(crate) fn index_blocks(at: &[usize], len: usize, blocks: &mut Vec<usize>) {
    blocks.clear();
    if at.is_empty() {
        return;
    }
    // (one `extend` of known length: no capacity check per block)
    let mut k = 0;
    blocks.extend((0..=len / BLOCK).map(|b| {
        while at.get(k).is_some_and(|&x| x < b * BLOCK) {
            k += 1;
        }
        k
    }));
}

impl<'t> Escapes<'t> {
    /// Nothing known: every string is scanned.
    pub(crate) const NONE: Escapes<'static> = Escapes {
        base: 0,
        len: 0,
        at: &[],
        blocks: &[],
    };

    /// The text `text`, whose bytes that need escaping are at the offsets `at` (in order,
    /// and all of them), indexed by `blocks` (from [`index_blocks`]).
    pub(crate) fn new(text: &str, at: &'t [usize], blocks: &'t [usize]) -> Self {
        Escapes {
            base: text.as_ptr() as usize,
            len: text.len(),
            at,
            blocks,
        }
    }

    /// The index in `at` of the first offset at or after `offset`: from the block index,
    /// then past the few offsets of the block before `offset`.
    #[inline]
    fn first_from(&self, offset: usize) -> usize {
        match self.blocks.get(offset / BLOCK) {
            Some(&k) => {
                let rest = self.at.get(k..).unwrap_or_default();
                k + rest.iter().take_while(|&&x| x < offset).count()
            }
            None => self.at.partition_point(|&x| x < offset),
        }
    }
}

/// Writes `s` as a JSON string, quotes included: by the offsets in `t` when `s` lies in
/// its text (two live strings' bytes cannot overlap unless they are the same memory),
/// else by scanning it.
#[inline]
fn text(out: &mut Vec<u8>, t: &Escapes<'_>, s: &str) {
    let b = s.as_bytes();
    let address = b.as_ptr() as usize;
    let Some(offset) = address.checked_sub(t.base) else {
        return string(out, s);
    };
    if t.len == 0 || offset > t.len || t.len - offset < b.len() {
        return string(out, s);
    }
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut start = 0;
    let first = t.first_from(offset);
    for &x in &t.at[first..] {
        let r = x - offset;
        if r >= b.len() {
            break;
        }
        out.extend_from_slice(&b[start..r]);
        escape(out, b[r]);
        start = r + 1;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

/// Writes the escape of the byte `c` (one that [`needs_escape`]).
#[cold]
fn escape(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match c {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0c => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => 0,
    };
    if short != 0 {
        out.extend_from_slice(&[b'\\', short]);
    } else {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(c >> 4)],
            HEX[usize::from(c & 0xf)],
        ]);
    }
}

/// The two digits of each number below 100.
const PAIRS: [[u8; 2]; 100] = {
    let mut t = [[0u8; 2]; 100];
    let mut n = 0;
    while n < 100 {
        t[n] = [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
        n += 1;
    }
    t
};

/// Writes an unsigned integer in decimal. Numbers below 100,000 (the spans of all but the
/// longest articles) are written with fixed-size copies, two digits at a time.
#[inline(always)]
pub(crate) fn uint(out: &mut Vec<u8>, n: u64) {
    match n {
        0..10 => out.push(b'0' + n as u8),
        10..100 => out.extend_from_slice(&PAIRS[n as usize]),
        100..1000 => {
            let [a, b] = PAIRS[(n % 100) as usize];
            out.extend_from_slice(&[b'0' + (n / 100) as u8, a, b]);
        }
        1000..10_000 => {
            let [a, b] = PAIRS[(n / 100) as usize];
            let [c, d] = PAIRS[(n % 100) as usize];
            out.extend_from_slice(&[a, b, c, d]);
        }
        10_000..100_000 => {
            let [b, c] = PAIRS[(n / 100 % 100) as usize];
            let [d, e] = PAIRS[(n % 100) as usize];
            out.extend_from_slice(&[b'0' + (n / 10_000) as u8, b, c, d, e]);
        }
        _ => long_uint(out, n),
    }
}

/// [`uint`] for numbers of six digits and more.
#[cold]
#[inline(never)]
fn long_uint(out: &mut Vec<u8>, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    while n > 0 {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend_from_slice(&buf[at..]);
}

#[inline(always)]
fn usize_(out: &mut Vec<u8>, n: usize) {
    uint(out, n as u64);
}

#[inline(always)]
fn bool_(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

#[inline(always)]
fn null(out: &mut Vec<u8>) {
    out.extend_from_slice(b"null");
}

/// Writes `items` as a JSON array, each with `each`.
fn list<T>(out: &mut Vec<u8>, items: &[T], each: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        each(out, item);
    }
    out.push(b']');
}

/// Writes `value` with `each`, or `null`.
fn option<T>(out: &mut Vec<u8>, value: Option<&T>, each: impl Fn(&mut Vec<u8>, &T)) {
    match value {
        Some(v) => each(out, v),
        None => null(out),
    }
}

fn opt_text(out: &mut Vec<u8>, t: &Escapes<'_>, s: Option<&str>) {
    match s {
        Some(s) => text(out, t, s),
        None => null(out),
    }
}

#[inline(always)]
fn span(out: &mut Vec<u8>, s: &Span) {
    out.extend_from_slice(b"{\"start\":");
    usize_(out, s.start);
    out.extend_from_slice(b",\"end\":");
    usize_(out, s.end);
    out.push(b'}');
}

fn excerpt(out: &mut Vec<u8>, t: &Escapes<'_>, e: &Excerpt<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, &e.span);
    out.extend_from_slice(b",\"text\":");
    text(out, t, &e.text);
    out.push(b'}');
}

fn mention(out: &mut Vec<u8>, t: &Escapes<'_>, m: &Mention<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, &m.span);
    out.extend_from_slice(b",\"text\":");
    text(out, t, &m.text);
    out.extend_from_slice(b",\"name\":");
    opt_text(out, t, m.name.as_deref());
    out.push(b'}');
}

/// Writes an agency's short name as a JSON string: none has a byte to escape (a test
/// checks), so it is copied as it is.
fn agency(out: &mut Vec<u8>, a: &crate::Agency) {
    out.push(b'"');
    out.extend_from_slice(a.short_name().as_bytes());
    out.push(b'"');
}

fn date(out: &mut Vec<u8>, d: &Date) {
    out.extend_from_slice(b"{\"year\":");
    option(out, d.year.as_ref(), |o, &y| uint(o, u64::from(y)));
    out.extend_from_slice(b",\"month\":");
    option(out, d.month.as_ref(), |o, &m| uint(o, u64::from(m)));
    out.extend_from_slice(b",\"day\":");
    option(out, d.day.as_ref(), |o, &d| uint(o, u64::from(d)));
    out.push(b'}');
}

fn dateline(out: &mut Vec<u8>, t: &Escapes<'_>, d: &Dateline<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, &d.span);
    out.extend_from_slice(b",\"text\":");
    text(out, t, &d.text);
    out.extend_from_slice(b",\"place\":");
    opt_text(out, t, d.place.as_deref());
    out.extend_from_slice(b",\"region\":");
    opt_text(out, t, d.region.as_deref());
    out.extend_from_slice(b",\"date\":");
    option(out, d.date.as_ref(), date);
    out.extend_from_slice(b",\"agencies\":");
    list(out, &d.agencies, agency);
    out.push(b'}');
}

/// Writes the `CreditKind` as its JSON string (a fixed-size copy per variant).
#[inline(always)]
fn credit_kind(out: &mut Vec<u8>, k: CreditKind) {
    match k {
        CreditKind::Byline => out.extend_from_slice(b"\"byline\""),
        CreditKind::AgencyTag => out.extend_from_slice(b"\"agency_tag\""),
        CreditKind::Staff => out.extend_from_slice(b"\"staff\""),
        CreditKind::Slug => out.extend_from_slice(b"\"slug\""),
        CreditKind::Disclaimer => out.extend_from_slice(b"\"disclaimer\""),
    }
}

fn person(out: &mut Vec<u8>, t: &Escapes<'_>, p: &Person<'_>) {
    out.extend_from_slice(b"{\"name\":");
    excerpt(out, t, &p.name);
    out.extend_from_slice(b",\"role\":");
    text(out, t, &p.role);
    out.push(b'}');
}

fn credit(out: &mut Vec<u8>, t: &Escapes<'_>, c: &Credit<'_>) {
    out.extend_from_slice(b"{\"kind\":");
    credit_kind(out, c.kind);
    out.extend_from_slice(b",\"span\":");
    span(out, &c.span);
    out.extend_from_slice(b",\"text\":");
    text(out, t, &c.text);
    out.extend_from_slice(b",\"agency\":");
    option(out, c.agency.as_ref(), agency);
    out.extend_from_slice(b",\"people\":");
    list(out, &c.people, |o, x| person(o, t, x));
    out.push(b'}');
}

/// Writes the `QuoteKind` as its JSON string (a fixed-size copy per variant).
#[inline(always)]
fn quote_kind(out: &mut Vec<u8>, k: QuoteKind) {
    match k {
        QuoteKind::Speech => out.extend_from_slice(b"\"speech\""),
        QuoteKind::Term => out.extend_from_slice(b"\"term\""),
    }
}

fn quote(out: &mut Vec<u8>, t: &Escapes<'_>, q: &Quote<'_>) {
    out.extend_from_slice(b"{\"span\":");
    span(out, &q.span);
    out.extend_from_slice(b",\"content\":");
    excerpt(out, t, &q.content);
    out.extend_from_slice(b",\"kind\":");
    quote_kind(out, q.kind);
    out.extend_from_slice(b",\"pieces\":");
    list(out, &q.pieces, |o, x| excerpt(o, t, x));
    out.extend_from_slice(b",\"unclosed\":");
    bool_(out, q.unclosed);
    out.push(b'}');
}

/// Writes the `AttributionKind` as its JSON string (a fixed-size copy per variant).
#[inline(always)]
fn attribution_kind(out: &mut Vec<u8>, k: AttributionKind) {
    match k {
        AttributionKind::Direct => out.extend_from_slice(b"\"direct\""),
        AttributionKind::Mixed => out.extend_from_slice(b"\"mixed\""),
        AttributionKind::Indirect => out.extend_from_slice(b"\"indirect\""),
    }
}

fn attribution(out: &mut Vec<u8>, t: &Escapes<'_>, a: &Attribution<'_>) {
    out.extend_from_slice(b"{\"kind\":");
    attribution_kind(out, a.kind);
    out.extend_from_slice(b",\"content\":");
    excerpt(out, t, &a.content);
    out.extend_from_slice(b",\"source\":");
    option(out, a.source.as_ref(), |o, x| mention(o, t, x));
    out.extend_from_slice(b",\"cue\":");
    option(out, a.cue.as_ref(), |o, x| excerpt(o, t, x));
    out.extend_from_slice(b",\"parts\":");
    list(out, &a.parts, |o, x| excerpt(o, t, x));
    out.extend_from_slice(b",\"quotes\":");
    list(out, &a.quotes, |o, &n| usize_(o, n));
    out.push(b'}');
}

/// Writes the `Status` as its JSON string (a fixed-size copy per variant).
#[inline(always)]
fn status(out: &mut Vec<u8>, s: Status) {
    match s {
        Status::Proposed => out.extend_from_slice(b"\"proposed\""),
        Status::Offered => out.extend_from_slice(b"\"offered\""),
        Status::Promised => out.extend_from_slice(b"\"promised\""),
        Status::Agreed => out.extend_from_slice(b"\"agreed\""),
        Status::Signed => out.extend_from_slice(b"\"signed\""),
        Status::Ratified => out.extend_from_slice(b"\"ratified\""),
        Status::Rejected => out.extend_from_slice(b"\"rejected\""),
    }
}

fn agreement(out: &mut Vec<u8>, t: &Escapes<'_>, a: &Agreement<'_>) {
    out.extend_from_slice(b"{\"trigger\":");
    excerpt(out, t, &a.trigger);
    out.extend_from_slice(b",\"status\":");
    status(out, a.status);
    out.extend_from_slice(b",\"negated\":");
    bool_(out, a.negated);
    out.extend_from_slice(b",\"future\":");
    bool_(out, a.future);
    out.extend_from_slice(b",\"parties\":");
    list(out, &a.parties, |o, x| mention(o, t, x));
    out.extend_from_slice(b",\"counterparties\":");
    list(out, &a.counterparties, |o, x| mention(o, t, x));
    out.extend_from_slice(b",\"instrument\":");
    option(out, a.instrument.as_ref(), |o, x| excerpt(o, t, x));
    out.extend_from_slice(b",\"action\":");
    option(out, a.action.as_ref(), |o, x| excerpt(o, t, x));
    out.extend_from_slice(b",\"source\":");
    option(out, a.source.as_ref(), |o, x| mention(o, t, x));
    out.extend_from_slice(b",\"attribution\":");
    option(out, a.attribution.as_ref(), |o, &n| usize_(o, n));
    out.push(b'}');
}

/// Writes the `EntityKind` as its JSON string (a fixed-size copy per variant).
#[inline(always)]
fn entity_kind(out: &mut Vec<u8>, k: EntityKind) {
    match k {
        EntityKind::Person => out.extend_from_slice(b"\"person\""),
        EntityKind::Organisation => out.extend_from_slice(b"\"organisation\""),
        EntityKind::Document => out.extend_from_slice(b"\"document\""),
        EntityKind::Other => out.extend_from_slice(b"\"other\""),
    }
}

fn entity(out: &mut Vec<u8>, t: &Escapes<'_>, e: &Entity<'_>) {
    out.extend_from_slice(b"{\"name\":");
    text(out, t, &e.name);
    out.extend_from_slice(b",\"kind\":");
    entity_kind(out, e.kind);
    out.extend_from_slice(b",\"mentions\":");
    list(out, &e.mentions, span);
    out.push(b'}');
}

/// Writes the article's fields, `"dateline":...` to `"entities":[...]`, without the
/// braces around them (a record puts its `id` or kept fields first).
pub(crate) fn article_fields(out: &mut Vec<u8>, t: &Escapes<'_>, a: &Article<'_>) {
    out.extend_from_slice(b"\"dateline\":");
    option(out, a.dateline.as_ref(), |o, x| dateline(o, t, x));
    out.extend_from_slice(b",\"credits\":");
    list(out, &a.credits, agency);
    out.extend_from_slice(b",\"credit_lines\":");
    list(out, &a.credit_lines, |o, x| credit(o, t, x));
    out.extend_from_slice(b",\"quotes\":");
    list(out, &a.quotes, |o, x| quote(o, t, x));
    out.extend_from_slice(b",\"attributions\":");
    list(out, &a.attributions, |o, x| attribution(o, t, x));
    out.extend_from_slice(b",\"agreements\":");
    list(out, &a.agreements, |o, x| agreement(o, t, x));
    out.extend_from_slice(b",\"entities\":");
    list(out, &a.entities, |o, x| entity(o, t, x));
}

/// Writes the article as one compact JSON object.
#[cfg(test)]
pub(crate) fn article(out: &mut Vec<u8>, t: &Escapes<'_>, a: &Article<'_>) {
    out.push(b'{');
    article_fields(out, t, a);
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    fn ours(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut all = String::new();
        for c in (0u32..0x80).chain([0xa0, 0x7ff, 0x2028, 0xfeff, 0x1f600]) {
            let c = char::from_u32(c).unwrap();
            all.push(c);
            assert_eq!(
                ours(&c.to_string()),
                serde_json::to_string(&c.to_string()).unwrap()
            );
        }
        for s in [
            "",
            "a",
            "plain ascii text that is long enough",
            "“curly” quotes — and dashes",
            "tab\there\nnew \"quoted\" back\\slash \u{1} \u{1f} \u{7f}",
            "12345678\"12345678\\1234567\n",
            &all,
        ] {
            for cut in 0..s.len() {
                if let Some(t) = s.get(cut..) {
                    assert_eq!(ours(t), serde_json::to_string(t).unwrap(), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn agency_names_need_no_escapes() {
        for a in crate::Agency::ALL {
            assert!(!a.short_name().bytes().any(needs_escape), "{a:?}");
            let mut out = Vec::new();
            agency(&mut out, a);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(a).unwrap()
            );
        }
    }

    #[test]
    fn integers_as_serde_json_writes_them() {
        for n in [
            0u64,
            1,
            9,
            10,
            11,
            99,
            100,
            101,
            999,
            1000,
            12345,
            99999999,
            u64::MAX,
        ] {
            let mut out = Vec::new();
            uint(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
        for n in (0..100_000u64).step_by(7) {
            let mut out = Vec::new();
            uint(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }

    fn same(a: &Article<'_>) {
        let mut out = Vec::new();
        article(&mut out, &Escapes::NONE, a);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string(a).unwrap()
        );
    }

    /// The article of `text`, written with the offsets of `text`'s bytes that need
    /// escaping, as serde_json writes it.
    fn same_with_offsets(text: &str) {
        let a = crate::parse(text);
        let at: Vec<usize> = (text.bytes().enumerate())
            .filter(|&(_, c)| needs_escape(c))
            .map(|(k, _)| k)
            .collect();
        let mut blocks = Vec::new();
        index_blocks(&at, text.len(), &mut blocks);
        let mut out = Vec::new();
        article(&mut out, &Escapes::new(text, &at, &blocks), &a);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            serde_json::to_string(&a).unwrap()
        );
    }

    #[test]
    fn the_block_index_finds_what_a_binary_search_finds() {
        let mut blocks = Vec::new();
        for at in [
            vec![],
            vec![0],
            vec![63, 64, 65],
            vec![5, 6, 7, 200, 1000, 1001, 1499],
            (0..1500).step_by(3).collect::<Vec<_>>(),
        ] {
            index_blocks(&at, 1500, &mut blocks);
            let t = Escapes {
                base: 1,
                len: 1500,
                at: &at,
                blocks: &blocks,
            };
            for offset in 0..=1500 {
                assert_eq!(
                    t.first_from(offset),
                    at.partition_point(|&x| x < offset),
                    "{offset} in {at:?}"
                );
            }
        }
    }

    #[test]
    fn articles_as_serde_json_writes_them() {
        let examples = include_str!("../../examples/articles.jsonl");
        for line in examples.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            same(&crate::parse(text));
            same_with_offsets(text);
        }
        same(&Article::default());
        for text in [
            "",
            "WASHINGTON (AP) — \"We agreed,\" the minister said Monday.\n\nBy JOHN DOE\n(Reporting by A; Editing by B)",
            "NEW DELHI, Jan. 5, 1998 (PTI) - India and Pakistan signed a \u{1}deal\t with \\ Nepal, officials said.",
        ] {
            same(&crate::parse(text));
            same_with_offsets(text);
        }
    }

    #[test]
    fn every_field_filled_as_serde_json_writes_it() {
        let ex = |t: &'static str| Excerpt {
            span: Span::new(3, 70_000),
            text: Cow::Borrowed(t),
        };
        let m = |t: &'static str, n: Option<&'static str>| Mention {
            span: Span::new(0, 5),
            text: Cow::Borrowed(t),
            name: n.map(Cow::Borrowed),
        };
        let a = Article {
            dateline: Some(Dateline {
                span: Span::new(0, 10),
                text: Cow::Borrowed("PARIS\n"),
                place: Some(Cow::Borrowed("PARIS")),
                region: None,
                date: Some(Date {
                    year: Some(1998),
                    month: None,
                    day: Some(31),
                }),
                agencies: vec![crate::Agency::Afp, crate::Agency::Ap],
            }),
            credits: crate::Agency::ALL.to_vec(),
            credit_lines: [
                CreditKind::Byline,
                CreditKind::AgencyTag,
                CreditKind::Staff,
                CreditKind::Slug,
                CreditKind::Disclaimer,
            ]
            .into_iter()
            .map(|kind| Credit {
                kind,
                span: Span::new(1, 2),
                text: Cow::Borrowed("By \"X\""),
                agency: Some(crate::Agency::Reuters),
                people: vec![Person {
                    name: ex("X"),
                    role: Cow::Borrowed("By"),
                }],
            })
            .collect(),
            quotes: [QuoteKind::Speech, QuoteKind::Term]
                .into_iter()
                .map(|kind| Quote {
                    span: Span::new(4, 9),
                    content: ex("q"),
                    kind,
                    pieces: vec![ex("a"), ex("b")],
                    unclosed: true,
                })
                .collect(),
            attributions: [
                AttributionKind::Direct,
                AttributionKind::Mixed,
                AttributionKind::Indirect,
            ]
            .into_iter()
            .map(|kind| Attribution {
                kind,
                content: ex("c"),
                source: Some(m("He", Some("Him"))),
                cue: Some(ex("said")),
                parts: vec![ex("p")],
                quotes: vec![0, 1, 12],
            })
            .collect(),
            agreements: [
                Status::Proposed,
                Status::Offered,
                Status::Promised,
                Status::Agreed,
                Status::Signed,
                Status::Ratified,
                Status::Rejected,
            ]
            .into_iter()
            .map(|status| Agreement {
                trigger: ex("signed"),
                status,
                negated: true,
                future: false,
                parties: vec![m("A", None), m("B", Some("Bee"))],
                counterparties: vec![m("C", None)],
                instrument: Some(ex("a deal")),
                action: None,
                source: Some(m("they", None)),
                attribution: Some(7),
            })
            .collect(),
            entities: [
                EntityKind::Person,
                EntityKind::Organisation,
                EntityKind::Document,
                EntityKind::Other,
            ]
            .into_iter()
            .map(|kind| Entity {
                name: Cow::Borrowed("Name"),
                kind,
                mentions: vec![Span::new(0, 1), Span::new(5, 123_456_789)],
            })
            .collect(),
        };
        same(&a);
    }
}
