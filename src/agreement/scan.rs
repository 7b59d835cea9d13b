//! The key words of a document, found in one pass before any sentence is tokenized: the
//! trigger words, and the companion words that most frames need besides their trigger (an
//! instrument noun, `into`, `favour`, an approval: [`lexicon::needs`]). Only a sentence that
//! holds a trigger whose frame finds its companions there is tokenized and read.
//!
//! The pass reads the ASCII letters of the text 64 bytes at a time as a bit set
//! ([`letter_bits`]) and visits only the ends of runs of three letters or more (no key word
//! is shorter), each refused by bit tests or looked up once ([`lexicon::key`]).

use crate::model::Span;

use super::lexicon::{self, Frame, Trigger, needs};

/// A key word found: a whole run of ASCII letters that is a trigger or a companion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The key word (its index in the key list).
    key: usize,
}

impl Hit {
    /// The trigger entry, if the word is a trigger.
    fn trigger(&self) -> Option<Trigger> {
        lexicon::key_trigger(self.key)
    }
}

/// Appends to `out` every key word among the runs of ASCII letters of `bytes` (in order),
/// its span moved by `base`.
pub(crate) fn key_words(bytes: &[u8], base: usize, out: &mut Vec<Hit>) {
    let mut runs = Runs {
        bytes,
        base,
        open: 0,
        before: 0,
        window: [0; 8 + 64],
    };
    let mut blocks = bytes.chunks_exact(64);
    for (k, block) in (&mut blocks).enumerate() {
        if let Ok(block) = block.try_into() {
            runs.block(k * 64, block, out);
        }
    }
    // the last bytes, and past them non-letters (which end a run open to the very end)
    let rest = blocks.remainder();
    let mut last = [0; 64];
    last[..rest.len()].copy_from_slice(rest);
    runs.block(bytes.len() - rest.len(), &last, out);
}

/// The letter runs of a text read 64 bytes at a time: what a block needs of those before.
struct Runs<'b> {
    /// The text.
    bytes: &'b [u8],
    /// What to add to a run's position in `bytes`.
    base: usize,
    /// Where the run still open at the end of the previous block began.
    open: usize,
    /// The letters of the previous block.
    before: u64,
    /// The eight bytes before the block (zeros before the text), then the block (zeros
    /// past the text's end): every run's last four bytes are read from here.
    window: [u8; 8 + 64],
}

impl Runs<'_> {
    /// Reads the block of the text at `at` (zeros past its end), appending its key words.
    #[inline(always)]
    fn block(&mut self, at: usize, block: &[u8; 64], out: &mut Vec<Hit>) {
        self.window.copy_within(64.., 0);
        self.window[8..].copy_from_slice(block);
        let (bits, before) = (letter_bits(block), self.before);
        let prev = shifted_in(bits, before, 1);
        // a run starts at a letter after a non-letter, ends at a non-letter after a letter
        let starts = bits & !prev;
        let ends = !bits & prev & shifted_in(bits, before, 2) & shifted_in(bits, before, 3);
        let four = shifted_in(bits, before, 4);
        // the runs of four letters or more, in order
        let first = out.len();
        let mut longer = ends & four;
        while longer != 0 {
            let p = longer.trailing_zeros() as usize & 63;
            longer &= longer - 1;
            // most runs are refused by their tail alone, before their start is read
            if !lexicon::may_end_key(lexicon::tail(self.last4(p), false)) {
                continue;
            }
            // the run's start: the last start below `p` in this block, or the open run's
            let below = starts & ((1u64 << p) - 1);
            let start = if below == 0 {
                self.open
            } else {
                at + 63 - below.leading_zeros() as usize
            };
            if let Some(hit) = probe(self.bytes, start, at + p, self.base) {
                out.push(hit);
            }
        }
        // then the runs of three letters exactly (their tail leaves out the byte before
        // them, so they are tested apart): their few key words (`ink`, `vow`) are put in
        // order among the block's hits
        let mut threes = ends & !four;
        while threes != 0 {
            let p = threes.trailing_zeros() as usize & 63;
            threes &= threes - 1;
            if !lexicon::may_end_key(lexicon::tail(self.last4(p), true)) {
                continue;
            }
            if let Some(hit) = probe(self.bytes, at + p - 3, at + p, self.base) {
                let k = first + out[first..].partition_point(|h| h.start < hit.start);
                out.insert(k, hit);
            }
        }
        if starts != 0 {
            self.open = at + 63 - starts.leading_zeros() as usize;
        }
        self.before = bits;
    }

    /// The four bytes of the window that end at the block's byte `p` (exclusive), as a
    /// little-endian `u32`: a run's last four bytes.
    #[inline(always)]
    fn last4(&self, p: usize) -> u32 {
        let w = &self.window;
        u32::from_le_bytes([w[p + 4], w[p + 5], w[p + 6], w[p + 7]])
    }
}

/// The letter run `bytes[start..end]` as a hit if it is a key word (its span moved by
/// `base`).
#[inline(always)]
fn probe(bytes: &[u8], start: usize, end: usize, base: usize) -> Option<Hit> {
    bytes.get(start..end).and_then(lexicon::key).map(|key| Hit {
        start: base + start,
        end: base + end,
        key,
    })
}

/// The bits of `bits` moved up by `n` (1 to 63), the top `n` bits of `before` (the
/// previous block) filling the bottom.
#[inline]
fn shifted_in(bits: u64, before: u64, n: u32) -> u64 {
    (bits << n) | (before >> (64 - n))
}

/// The ASCII letters of a block, as a bit set (bit `i`: `block[i]`): a flag byte per
/// byte (all ones for a letter), written so that the compiler reads sixteen bytes at a
/// time; each eight flags' word keeps its bit `k` for word `k` (bit `8 * j + k`: byte `j`
/// of word `k`), and the words, merged, are transposed.
#[inline]
fn letter_bits(block: &[u8; 64]) -> u64 {
    let flags: [u8; 64] = std::array::from_fn(|i| {
        // ASCII, and between `a` and `z` once lower-cased
        if (block[i] | 0x20).wrapping_sub(b'a') < 26 {
            0xff
        } else {
            0
        }
    });
    let mut packed = 0;
    for (k, chunk) in flags.chunks_exact(8).enumerate() {
        let mut lanes = [0u8; 8];
        lanes.copy_from_slice(chunk);
        packed |= u64::from_le_bytes(lanes) & (0x0101_0101_0101_0101 << k);
    }
    transpose8(packed)
}

/// The 8 by 8 bit matrix `x` (row `j`: byte `j`) transposed: bit `8 * j + k` moves to
/// `8 * k + j` (three rounds of swaps of blocks about the diagonal).
#[inline]
fn transpose8(mut x: u64) -> u64 {
    let t = (x ^ (x >> 7)) & 0x00aa_00aa_00aa_00aa;
    x ^= t ^ (t << 7);
    let t = (x ^ (x >> 14)) & 0x0000_cccc_0000_cccc;
    x ^= t ^ (t << 14);
    let t = (x ^ (x >> 28)) & 0x0000_0000_f0f0_f0f0;
    x ^ t ^ (t << 28)
}

/// The key words of the sentence `span` of `text`, taken from the document's `hits`
/// (sorted) from `*cursor` on, which is left past them (sentences are asked in order;
/// one asked out of order is found by a binary search). When the span cuts a run of
/// letters at either end, that run is not the sentence's word: its key words are then
/// read from the span alone, into `local`.
pub(crate) fn within<'h>(
    hits: &'h [Hit],
    cursor: &mut usize,
    text: &[u8],
    span: Span,
    local: &'h mut Vec<Hit>,
) -> &'h [Hit] {
    if cuts_a_word(text, span) {
        local.clear();
        key_words(
            text.get(span.range()).unwrap_or_default(),
            span.start,
            local,
        );
        return local;
    }
    let mut from = (*cursor).min(hits.len());
    if from > 0 && hits[from - 1].start >= span.start {
        from = hits.partition_point(|h| h.start < span.start);
    }
    while hits.get(from).is_some_and(|h| h.start < span.start) {
        from += 1;
    }
    let mut to = from;
    while hits.get(to).is_some_and(|h| h.start < span.end) {
        to += 1;
    }
    *cursor = to;
    &hits[from..to]
}

/// Whether `span` of `text` starts or ends inside a run of ASCII letters (the run is then
/// not the sentence's word, and its key words are read from the span alone).
pub(crate) fn cuts_a_word(text: &[u8], span: Span) -> bool {
    let letter = |i: usize| text.get(i).is_some_and(u8::is_ascii_alphabetic);
    let cut = |at: usize| at > 0 && letter(at - 1) && letter(at);
    cut(span.start) || cut(span.end)
}

/// The document's trigger hits walked in text order, to pass over the sentences that
/// hold none without reading them.
pub(crate) struct TriggerWalk<'h> {
    /// The document's key words (sorted).
    hits: &'h [Hit],
    /// The first hit not yet passed.
    at: usize,
}

impl<'h> TriggerWalk<'h> {
    /// A walk over `hits` from the start.
    pub(crate) fn new(hits: &'h [Hit]) -> Self {
        TriggerWalk { hits, at: 0 }
    }

    /// Whether a trigger hit starts within `span` (ask with spans in text order).
    pub(crate) fn any_in(&mut self, span: Span) -> bool {
        while self
            .hits
            .get(self.at)
            .is_some_and(|h| h.start < span.start || h.trigger().is_none())
        {
            self.at += 1;
        }
        self.hits.get(self.at).is_some_and(|h| h.start < span.end)
    }
}

/// What the key words of a sentence say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Keys {
    /// A trigger stands in it as a whole word (with its particle, if it is phrasal).
    opens: bool,
    /// The companion bits of its key words.
    companions: u8,
    /// A trigger's frame finds the companions it needs.
    viable: bool,
}

impl Keys {
    /// The summary of the key words `hits` of the sentence `span` of `text`.
    pub(crate) fn of(hits: &[Hit], text: &[u8], span: Span) -> Self {
        if hits.is_empty() {
            return Keys {
                opens: false,
                companions: 0,
                viable: false,
            };
        }
        let bytes = text.get(span.range()).unwrap_or_default();
        let companions = hits
            .iter()
            .fold(0, |m, h| m | lexicon::key_companions(h.key));
        let mut keys = Keys {
            opens: false,
            companions,
            viable: false,
        };
        for h in hits {
            let Some(t) = h.trigger() else {
                continue;
            };
            keys.viable |= keys.may_read(t.frame);
            keys.opens = keys.opens
                || (h.start.checked_sub(span.start))
                    .is_some_and(|a| stands(bytes, a, h.end - span.start));
            if keys.opens && keys.viable {
                break;
            }
        }
        keys
    }

    /// Whether the sentence may hold an act: a trigger stands in it, and a trigger's frame
    /// finds what it needs there.
    pub(crate) fn worth_reading(&self) -> bool {
        self.opens && self.viable
    }

    /// Whether the sentence holds the companions that `frame` needs.
    pub(crate) fn may_read(&self, frame: Frame) -> bool {
        needs(frame) & !self.companions == 0
    }
}

/// Whether the trigger run `bytes[start..end]` stands as a whole word (not glued to
/// digits or other characters: `signé`), with its particle if it is phrasal (`came to`,
/// not `came home`).
fn stands(bytes: &[u8], start: usize, end: usize) -> bool {
    let glued = |b: &u8| *b >= 0x80 || b.is_ascii_digit();
    if bytes.get(end).is_some_and(glued)
        || start
            .checked_sub(1)
            .and_then(|p| bytes.get(p))
            .is_some_and(glued)
    {
        return false;
    }
    let Some(word) = bytes.get(start..end) else {
        return false;
    };
    match lexicon::particle(word) {
        Some(p) => {
            let rest = bytes.get(end..).unwrap_or_default().trim_ascii_start();
            rest.get(..p.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(p))
        }
        None => true,
    }
}

/// The trigger whose letter run is exactly `start..end`, among `hits` from `*h` on; `*h`
/// is left at the first hit that does not start before `start` (ask in text order).
pub(crate) fn trigger_at(hits: &[Hit], h: &mut usize, start: usize, end: usize) -> Option<Trigger> {
    while hits.get(*h).is_some_and(|x| x.start < start) {
        *h += 1;
    }
    hits.get(*h)
        .filter(|x| x.start == start && x.end == end)
        .and_then(Hit::trigger)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a trigger stands in `t` (the sentence test, on the whole text).
    fn opens(t: &[u8]) -> bool {
        let mut hits = Vec::new();
        key_words(t, 0, &mut hits);
        Keys::of(&hits, t, Span::new(0, t.len())).opens
    }

    #[test]
    fn a_trigger_stands_as_a_whole_word_only() {
        assert!(opens(b"They SIGNED it."));
        assert!(opens("Kenya’s pledge".as_bytes()));
        assert!(!opens(b"The committee met; it dealt with trouble."));
        assert!(!opens("signé agreedé".as_bytes()));
        assert!(!opens(b""));
        assert!(opens(b"They came to terms."));
        assert!(!opens(b"They came home."));
        assert!(opens(b"It TURNED DOWN the bid."));
        assert!(!opens(b"It turned out fine."));
    }

    #[test]
    fn companions_make_a_frame_viable() {
        let keys = |t: &str| {
            let mut hits = Vec::new();
            key_words(t.as_bytes(), 0, &mut hits);
            Keys::of(&hits, t.as_bytes(), Span::new(0, t.len()))
        };
        assert!(!keys("They made history.").worth_reading());
        assert!(keys("They made a DEAL.").worth_reading());
        assert!(keys("They signed the cease-fire.").worth_reading());
        assert!(!keys("They voted for the treaty.").worth_reading());
        assert!(keys("They voted in favour of the treaty.").worth_reading());
        assert!(keys("It gave its go-ahead to it.").worth_reading());
        assert!(keys("They agreed.").worth_reading());
        assert!(keys("They made it, and signed a letter of intent.").worth_reading());
    }

    /// The key words of `bytes`, one byte at a time.
    fn key_words_slow(bytes: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            if let Some(k) = lexicon::key(&bytes[start..i]) {
                out.push((start, i, k));
            }
        }
        out
    }

    #[test]
    fn block_scan_finds_the_runs_of_the_byte_scan() {
        let words = [
            "signed",
            "agreed",
            "x",
            "came",
            "to",
            "turned",
            "down",
            "pledge",
            "deal",
            "into",
            "ink",
            "arrangements",
        ];
        let glue = [" ", "é", "1", ".", "\n", "  ", "’", "@", "[", "`", "{", "Z"];
        let mut seed = 7u64;
        for _ in 0..4000 {
            let mut t = String::new();
            let n = (seed >> 7) % 40;
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let w = words[(seed >> 33) as usize % words.len()];
                if (seed >> 20) % 5 == 0 {
                    t.push_str(&w.to_ascii_uppercase());
                } else {
                    t.push_str(w);
                }
                t.push_str(glue[(seed >> 40) as usize % glue.len()]);
            }
            for cut in [0, 1, 63, 64, 65, 127, 128] {
                let b = &t.as_bytes()[cut.min(t.len())..];
                let mut hits = Vec::new();
                key_words(b, 0, &mut hits);
                let got: Vec<_> = hits.iter().map(|h| (h.start, h.end, h.key)).collect();
                assert_eq!(got, key_words_slow(b), "{t:?} from {cut}");
            }
        }
        let letters: Vec<u8> = (0..=255u8).collect();
        for block in letters.chunks_exact(64) {
            let bits = letter_bits(block.try_into().unwrap_or(&[0; 64]));
            for (i, b) in block.iter().enumerate() {
                assert_eq!(bits >> i & 1 == 1, b.is_ascii_alphabetic(), "{b}");
            }
        }
    }

    #[test]
    fn a_span_that_cuts_a_word_reads_its_own_runs() {
        let t = b"xagreed to it. They signed";
        let mut hits = Vec::new();
        key_words(t, 0, &mut hits);
        let mut local = Vec::new();
        let mut cursor = 0;
        let found = within(&hits, &mut cursor, t, Span::new(1, 14), &mut local);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].end), (1, 7));
        let mut cursor = 0;
        let found = within(&hits, &mut cursor, t, Span::new(15, t.len()), &mut local);
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].end), (20, 26));
    }
}
