//! JSON Lines in and out: the contract's streaming mode, as a library.
//!
//! [`run`] reads one JSON object a line (`{"id": ..., "text": ...}`, other fields ignored
//! unless [`Options::keep`]), parses each text, and writes exactly one line per input line,
//! in order, with the `id` copied. A line that cannot be used gives
//! `{"id": ..., "error": {"kind": "...", "message": "..."}}` and the run goes on. Input is
//! read in batches that are parsed on [`Options::threads`] threads, so memory stays flat
//! whatever the input's size.
//!
//! ```
//! let input = "{\"id\": 1, \"text\": \"HAVANA (AP) -- Rain fell.\"}\nnot json\n";
//! let mut out = Vec::new();
//! let stats = newswire::jsonl::run(
//!     &newswire::Parser::new(),
//!     &newswire::jsonl::Options::default(),
//!     input.as_bytes(),
//!     &mut out,
//!     |_| {},
//! ).unwrap();
//! assert_eq!((stats.documents, stats.failed), (2, 1));
//! let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
//! assert!(lines[0].starts_with("{\"id\":1,\"dateline\":{"));
//! assert!(lines[1].contains("\"kind\":\"invalid_json\""));
//! ```

use std::borrow::Cow;
use std::io::{self, BufRead, Read, Write};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Article, Parser};

mod read;
mod write;

/// How a JSON Lines run treats its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Replace invalid UTF-8 instead of reporting the line as an error.
    pub lossy: bool,
    /// Keep the input record's other fields in each output line.
    pub keep: bool,
    /// Parse on this many threads (at least one; with the `parallel` feature, else one);
    /// the output order is the input order.
    pub threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lossy: false,
            keep: false,
            threads: 1,
        }
    }
}

/// Decodes bytes as UTF-8, or replaces bad sequences when `lossy`.
pub fn decode(bytes: &[u8], lossy: bool) -> Result<Cow<'_, str>, crate::Error> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(crate::Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}

#[derive(Deserialize)]
struct Input<'a> {
    #[serde(default)]
    id: Value,
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
}

/// Writes an output line that keeps the input's other fields (`--keep`): those fields
/// (with `id`), then the article's.
fn write_kept(
    out: &mut Vec<u8>,
    kept: &serde_json::Map<String, Value>,
    article: &Article<'_>,
) -> io::Result<()> {
    out.push(b'{');
    for (key, value) in kept {
        write::string(out, key);
        out.push(b':');
        serde_json::to_writer(&mut *out, value).map_err(io::Error::other)?;
        out.push(b',');
    }
    write::article_fields(out, &write::Escapes::NONE, article);
    out.extend_from_slice(b"}\n");
    Ok(())
}

#[derive(Serialize)]
struct ErrorRecord<'r> {
    id: &'r Value,
    error: ErrorBody<'r>,
}

#[derive(Serialize)]
struct ErrorBody<'r> {
    kind: &'r str,
    message: String,
}

/// What a run has seen: documents, failures, bytes of text and counts of each kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Input lines (or files) read.
    pub documents: usize,
    /// Those that gave an error instead of a model.
    pub failed: usize,
    /// Bytes of article text parsed.
    pub bytes: usize,
    /// Articles with a dateline.
    pub datelines: usize,
    /// Agencies credited, summed over articles.
    pub credits: usize,
    /// Quoted passages.
    pub quotes: usize,
    /// Attributions.
    pub attributions: usize,
    /// Agreement acts.
    pub agreements: usize,
}

impl Stats {
    /// Adds another tally to this one.
    pub fn add(&mut self, o: &Stats) {
        self.documents += o.documents;
        self.failed += o.failed;
        self.bytes += o.bytes;
        self.datelines += o.datelines;
        self.credits += o.credits;
        self.quotes += o.quotes;
        self.attributions += o.attributions;
        self.agreements += o.agreements;
    }

    /// Counts what one parsed article holds (not its document or bytes).
    pub fn count(&mut self, a: &Article<'_>) {
        self.datelines += usize::from(a.dateline.is_some());
        self.credits += a.credits.len();
        self.quotes += a.quotes.len();
        self.attributions += a.attributions.len();
        self.agreements += a.agreements.len();
    }
}

/// Input bytes gathered before a batch is parsed (in parallel) and written, in order.
const BATCH_BYTES: usize = 4 << 20;
/// Input bytes read at least at a time.
const READ_BYTES: usize = 1 << 20;
/// Input lines gathered at most in a batch.
const BATCH_LINES: usize = 8192;
/// Input bytes a worker takes at a time from a batch: small enough that the threads finish
/// a batch together whatever the sizes of its articles.
const CHUNK_BYTES: usize = 64 << 10;

/// A batch of input lines: the bytes, each line's `(start, end)` without its line end, and
/// the number of the lines before it.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    lines: Vec<(usize, usize)>,
    first: usize,
}

impl Batch {
    /// Refills the batch from `input` with the lines after line `first`; an empty batch
    /// means the input is done. `rest` holds the bytes read after the last whole line of
    /// the previous batch, and on return those after this batch's last line.
    ///
    /// The input is read in large blocks straight into the batch, then cut at its line
    /// ends: no copy line by line.
    fn fill(
        &mut self,
        input: &mut impl BufRead,
        first: usize,
        rest: &mut Vec<u8>,
    ) -> io::Result<()> {
        self.bytes.clear();
        self.lines.clear();
        self.first = first;
        self.bytes.extend_from_slice(rest);
        rest.clear();
        let mut scanned = 0;
        loop {
            while let Some(nl) = memchr::memchr(b'\n', &self.bytes[scanned..]) {
                let start = scanned;
                let mut end = scanned + nl;
                while end > start && self.bytes[end - 1] == b'\r' {
                    end -= 1;
                }
                self.lines.push((start, end));
                scanned += nl + 1;
                if scanned >= BATCH_BYTES || self.lines.len() >= BATCH_LINES {
                    rest.extend_from_slice(&self.bytes[scanned..]);
                    self.bytes.truncate(scanned);
                    return Ok(());
                }
            }
            let want = BATCH_BYTES.saturating_sub(self.bytes.len()).max(READ_BYTES);
            if input.take(want as u64).read_to_end(&mut self.bytes)? == 0 {
                // The last line, without a line end.
                if scanned < self.bytes.len() {
                    let mut end = self.bytes.len();
                    while end > scanned && self.bytes[end - 1] == b'\r' {
                        end -= 1;
                    }
                    self.lines.push((scanned, end));
                }
                return Ok(());
            }
        }
    }

    /// The batch cut into runs of lines of about [`CHUNK_BYTES`] each, as index ranges
    /// into `lines`.
    fn chunks(&self) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut bytes = 0;
        for (k, &(s, e)) in self.lines.iter().enumerate() {
            bytes += e - s + 1;
            if bytes >= CHUNK_BYTES {
                out.push(start..k + 1);
                start = k + 1;
                bytes = 0;
            }
        }
        if start < self.lines.len() {
            out.push(start..self.lines.len());
        }
        out
    }
}

/// Runs JSON Lines from `input` to `out`: one output line per input line, in order.
/// `progress` is called with the running tally after each batch. Returns the tally; only
/// I/O errors stop a run (a bad line gives an error line).
///
/// With more than one thread, the workers take the batch's chunks in turn (so that a
/// long article does not hold the others back) while the calling thread reads the next
/// batch; the outputs are written in input order.
pub fn run(
    parser: &Parser,
    opts: &Options,
    mut input: impl BufRead,
    out: &mut impl Write,
    mut progress: impl FnMut(&Stats),
) -> io::Result<Stats> {
    // Without the `parallel` feature every batch is parsed on the calling thread.
    let threads = if cfg!(feature = "parallel") {
        opts.threads.max(1)
    } else {
        1
    };
    let mut stats = Stats::default();
    let mut current = Batch::default();
    let mut next = Batch::default();
    let mut rest = Vec::new();
    current.fill(&mut input, 0, &mut rest)?;
    let mut output = Vec::new();
    let mut scratch = read::Scratch::default();
    while !current.lines.is_empty() {
        let after = current.first + current.lines.len();
        if threads == 1 || current.lines.len() < 2 {
            output.clear();
            let lines = 0..current.lines.len();
            let s = records(parser, opts, &current, lines, &mut output, &mut scratch)?;
            stats.add(&s);
            out.write_all(&output)?;
            next.fill(&mut input, after, &mut rest)?;
        } else {
            let chunks = current.chunks();
            let (parsed, read) =
                parse_in_parallel(parser, opts, &current, &chunks, threads, || {
                    next.fill(&mut input, after, &mut rest)
                });
            read?;
            for result in parsed {
                let (s, buf) = result?;
                stats.add(&s);
                out.write_all(&buf)?;
            }
        }
        progress(&stats);
        std::mem::swap(&mut current, &mut next);
    }
    Ok(stats)
}

/// What a chunk of lines gives: its tally and its output lines.
type ChunkOutput = io::Result<(Stats, Vec<u8>)>;

/// The output of each chunk of `batch`, in order, parsed on `threads` worker threads that
/// take chunks in turn, while the calling thread runs `meanwhile` (reading the next batch).
fn parse_in_parallel<T>(
    parser: &Parser,
    opts: &Options,
    batch: &Batch,
    chunks: &[std::ops::Range<usize>],
    threads: usize,
    meanwhile: impl FnOnce() -> T,
) -> (Vec<ChunkOutput>, T) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let taken = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(chunks.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    let mut scratch = read::Scratch::default();
                    loop {
                        let k = taken.fetch_add(1, Ordering::Relaxed);
                        let Some(range) = chunks.get(k) else {
                            break;
                        };
                        let mut buf = Vec::with_capacity(CHUNK_BYTES * 3);
                        let result =
                            records(parser, opts, batch, range.clone(), &mut buf, &mut scratch);
                        done.push((k, result.map(|s| (s, buf))));
                    }
                    done
                })
            })
            .collect();
        let other = meanwhile();
        let mut slots: Vec<Option<ChunkOutput>> = (0..chunks.len()).map(|_| None).collect();
        let mut lost = None;
        for w in workers {
            match w.join() {
                Ok(done) => {
                    for (k, r) in done {
                        slots[k] = Some(r);
                    }
                }
                Err(_) => lost = Some(io::Error::other("a worker thread panicked")),
            }
        }
        let parsed = slots
            .into_iter()
            .map(|slot| match slot {
                Some(r) => r,
                None => Err(lost
                    .take()
                    .unwrap_or_else(|| io::Error::other("a chunk was not parsed"))),
            })
            .collect();
        (parsed, other)
    })
}

/// Writes the output lines for the lines `which` of `batch` into `out`.
fn records(
    parser: &Parser,
    opts: &Options,
    batch: &Batch,
    which: std::ops::Range<usize>,
    out: &mut Vec<u8>,
    scratch: &mut read::Scratch,
) -> io::Result<Stats> {
    let mut stats = Stats::default();
    for k in which {
        let Some(&(s, e)) = batch.lines.get(k) else {
            break;
        };
        let number = batch.first + k + 1;
        record_with(
            parser,
            opts,
            &batch.bytes[s..e],
            number,
            out,
            &mut stats,
            scratch,
        )?;
    }
    Ok(stats)
}

fn fail(out: &mut Vec<u8>, id: &Value, kind: &str, message: String) -> io::Result<()> {
    let rec = ErrorRecord {
        id,
        error: ErrorBody { kind, message },
    };
    serde_json::to_writer(&mut *out, &rec).map_err(io::Error::other)?;
    out.push(b'\n');
    Ok(())
}

/// Writes the output line for one input line (numbered `number` in messages) into `out`,
/// and counts it in `stats`.
pub fn record(
    parser: &Parser,
    opts: &Options,
    line: &[u8],
    number: usize,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) -> io::Result<()> {
    record_with(
        parser,
        opts,
        line,
        number,
        out,
        stats,
        &mut read::Scratch::default(),
    )
}

/// The record's `id` as the fast path writes it: its raw JSON when that is what
/// serde_json would write for it, else the value read by serde_json.
enum Id<'a> {
    Raw(&'a str),
    Value(Value),
}

impl<'a> Id<'a> {
    /// The `id` of raw JSON `raw` (`None`: no `id`); `None` if serde_json refuses it.
    fn of(raw: Option<&'a str>) -> Option<Self> {
        let Some(raw) = raw else {
            return Some(Id::Raw("null"));
        };
        let b = raw.as_bytes();
        // A string without escapes (the fast path has checked it has no control
        // characters) and the literals are written as they are read.
        let verbatim = match b.first() {
            Some(b'"') => !b.contains(&b'\\'),
            Some(b'n' | b't' | b'f') => true,
            _ => false,
        };
        if verbatim {
            Some(Id::Raw(raw))
        } else {
            serde_json::from_str(raw).ok().map(Id::Value)
        }
    }

    fn write(&self, out: &mut Vec<u8>) -> io::Result<()> {
        match self {
            Id::Raw(raw) => {
                out.extend_from_slice(raw.as_bytes());
                Ok(())
            }
            Id::Value(v) => serde_json::to_writer(&mut *out, v).map_err(io::Error::other),
        }
    }

    fn value(&self) -> Value {
        match self {
            Id::Raw(raw) => serde_json::from_str(raw).unwrap_or(Value::Null),
            Id::Value(v) => v.clone(),
        }
    }
}

/// Writes a parsed article's output line: `{` + the `id` + the article's fields + `}`.
fn write_article(
    out: &mut Vec<u8>,
    id: &Id<'_>,
    article: &Article<'_>,
    escapes: &write::Escapes<'_>,
) -> io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    id.write(out)?;
    out.push(b',');
    write::article_fields(out, escapes, article);
    out.extend_from_slice(b"}\n");
    Ok(())
}

/// The output line of `line` by the fast path ([`read::fields`]), or `None` (nothing
/// written) when the line is not one it reads.
fn fast(
    parser: &Parser,
    line: &[u8],
    number: usize,
    out: &mut Vec<u8>,
    stats: &mut Stats,
    scratch: &mut read::Scratch,
) -> Option<io::Result<()>> {
    let f = read::fields(line, scratch)?;
    let id = Id::of(f.id)?;
    Some(match parser.parse(f.text) {
        Ok(article) => {
            let escapes = write::Escapes::new(f.text, f.escapes);
            write_article(out, &id, &article, &escapes).map(|()| {
                stats.failed -= 1;
                stats.bytes += f.text.len();
                stats.count(&article);
            })
        }
        Err(e) => fail(out, &id.value(), e.kind(), format!("line {number}: {e}")),
    })
}

/// [`record`], with `scratch` to unescape texts into.
fn record_with(
    parser: &Parser,
    opts: &Options,
    line: &[u8],
    number: usize,
    out: &mut Vec<u8>,
    stats: &mut Stats,
    scratch: &mut read::Scratch,
) -> io::Result<()> {
    stats.documents += 1;
    stats.failed += 1; // until it succeeds
    // Most lines take the fast path, which checks UTF-8 as it reads; the others are
    // decoded first, as before.
    if !opts.keep {
        if let Some(done) = fast(parser, line, number, out, stats, scratch) {
            return done;
        }
    }
    let decoded = match decode(line, opts.lossy) {
        Ok(l) => l,
        Err(e) => return fail(out, &Value::Null, e.kind(), format!("line {number}: {e}")),
    };
    // A byte order mark (a file saved with one) is not part of the record.
    let line = decoded.strip_prefix('\u{feff}').unwrap_or(&decoded);
    if line.trim().is_empty() {
        return fail(
            out,
            &Value::Null,
            "empty_line",
            format!("line {number} is empty"),
        );
    }
    if !opts.keep {
        if let Some(done) = fast(parser, line.as_bytes(), number, out, stats, scratch) {
            return done;
        }
    }
    let id_of = |line: &str| {
        serde_json::from_str::<Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(Value::Null)
    };
    if opts.keep {
        let mut map: serde_json::Map<String, Value> = match serde_json::from_str(line) {
            Ok(m) => m,
            Err(e) => {
                return fail(
                    out,
                    &id_of(line),
                    "invalid_json",
                    format!("line {number}: {e}"),
                );
            }
        };
        let Some(Value::String(text)) = map.remove("text") else {
            let id = map.get("id").cloned().unwrap_or(Value::Null);
            return fail(
                out,
                &id,
                "missing_text",
                format!("line {number} has no \"text\" string"),
            );
        };
        return match parser.parse(&text) {
            Ok(article) => {
                for key in [
                    "dateline",
                    "credits",
                    "credit_lines",
                    "quotes",
                    "attributions",
                    "agreements",
                    "entities",
                ] {
                    map.remove(key);
                }
                map.entry("id").or_insert(Value::Null);
                write_kept(out, &map, &article)?;
                stats.failed -= 1;
                stats.bytes += text.len();
                stats.count(&article);
                Ok(())
            }
            Err(e) => {
                let id = map.get("id").cloned().unwrap_or(Value::Null);
                fail(out, &id, e.kind(), format!("line {number}: {e}"))
            }
        };
    }
    // A record is a JSON object; serde would also read an array (`["id", "text"]`) into
    // the struct, which the contract does not allow.
    if !line.trim_start().starts_with('{') {
        return fail(
            out,
            &Value::Null,
            "invalid_json",
            format!("line {number}: not a JSON object"),
        );
    }
    let input: Input = match serde_json::from_str(line) {
        Ok(i) => i,
        Err(e) => {
            return fail(
                out,
                &id_of(line),
                "invalid_json",
                format!("line {number}: {e}"),
            );
        }
    };
    let Some(text) = input.text else {
        return fail(
            out,
            &input.id,
            "missing_text",
            format!("line {number} has no \"text\" string"),
        );
    };
    let id = Id::Value(input.id);
    match parser.parse(&text) {
        Ok(article) => {
            write_article(out, &id, &article, &write::Escapes::NONE)?;
            stats.failed -= 1;
            stats.bytes += text.len();
            stats.count(&article);
            Ok(())
        }
        Err(e) => fail(out, &id.value(), e.kind(), format!("line {number}: {e}")),
    }
}
