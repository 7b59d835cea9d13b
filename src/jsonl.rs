//! JSON Lines in and out: the contract's streaming mode, as a library.
//!
//! [`run`] reads one JSON object a line (`{"id": ..., "text": ...}`, other fields ignored
//! unless [`Options::keep`]), parses each text, and writes exactly one line per input line,
//! in order, with the `id` copied. A line that cannot be used gives
//! `{"id": ..., "error": {"kind": "...", "message": "..."}}` and the run goes on. Input is
//! read in small batches that are parsed on [`Options::threads`] threads as they come, a
//! bounded number in flight, so memory stays flat whatever the input's size.
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

/// Input read ahead of the output written, at most (but a batch holds at least one whole
/// line): this bounds the memory a run holds whatever the input's size. A caller that
/// writes all its input before it reads any output can give this much without the two
/// waiting on each other.
const AHEAD_BYTES: usize = 4 << 20;
/// Input lines read ahead of the output written, at most: what bounds the output held.
const AHEAD_LINES: usize = 8192;
/// Input bytes in a batch for a worker thread: small, so that the threads start at once
/// and share the work evenly whatever the sizes of the articles.
const CHUNK_BYTES: usize = 64 << 10;
/// Input lines in a batch for a worker thread, at most.
const CHUNK_LINES: usize = 512;
/// A buffer that grew over this (for a very long line) is freed, not kept for reuse.
const KEEP_CAPACITY: usize = 2 * AHEAD_BYTES;
/// Input bytes done between two calls of the progress callback.
const PROGRESS_BYTES: usize = 4 << 20;

/// A batch of input lines: the bytes, each line's `(start, end)` without its line end, and
/// the number of the lines before it.
#[derive(Default)]
struct Batch {
    bytes: Vec<u8>,
    lines: Vec<(usize, usize)>,
    first: usize,
}

impl Batch {
    /// Refills the batch from `input` with the lines after line `first`, up to `size`
    /// (bytes, lines); an empty batch means the input is done. `rest` holds the bytes read
    /// after the last whole line of the previous batch, and on return those after this
    /// batch's last line.
    ///
    /// The input is read in blocks straight into the batch, then cut at its line ends: no
    /// copy line by line.
    fn fill(
        &mut self,
        input: &mut impl BufRead,
        first: usize,
        rest: &mut Vec<u8>,
        (max_bytes, max_lines): (usize, usize),
    ) -> io::Result<()> {
        self.bytes.clear();
        self.lines.clear();
        self.first = first;
        self.bytes.extend_from_slice(rest);
        rest.clear();
        let mut scanned = 0;
        // Where the search for a line end goes on: the bytes before it and after `scanned`
        // hold none. (A line longer than a read is searched once, not again with each.)
        let mut searched = 0;
        loop {
            let mut from = scanned.max(searched);
            while let Some(nl) = memchr::memchr(b'\n', &self.bytes[from..]) {
                let start = scanned;
                let mut end = from + nl;
                while end > start && self.bytes[end - 1] == b'\r' {
                    end -= 1;
                }
                self.lines.push((start, end));
                scanned = from + nl + 1;
                from = scanned;
                if self.lines.len() >= max_lines {
                    self.cut(scanned, rest);
                    return Ok(());
                }
            }
            searched = self.bytes.len();
            // Full: the bytes after the last line end go to the next batch. (Reading no
            // further than `max_bytes` keeps those few.)
            if self.bytes.len() >= max_bytes && !self.lines.is_empty() {
                self.cut(scanned, rest);
                return Ok(());
            }
            let want = max_bytes
                .saturating_sub(self.bytes.len())
                .max(CHUNK_BYTES / 4);
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

    /// Ends the batch at `at`, moving the bytes after it to `rest`.
    fn cut(&mut self, at: usize, rest: &mut Vec<u8>) {
        rest.extend_from_slice(self.bytes.get(at..).unwrap_or_default());
        self.bytes.truncate(at);
    }

    /// The batch emptied for reuse, or a new one if it grew too big to keep.
    fn spent(mut self) -> Batch {
        if self.bytes.capacity() > KEEP_CAPACITY {
            return Batch::default();
        }
        self.lines.clear();
        self
    }
}

/// The input cut into batches of whole lines.
struct Reader<R> {
    input: R,
    /// The most bytes and lines in a batch.
    size: (usize, usize),
    /// The bytes read after the last whole line of the last batch.
    rest: Vec<u8>,
    /// The number of lines in the batches so far.
    lines: usize,
}

impl<R: BufRead> Reader<R> {
    /// The next batch, read into `batch` (a spent one, reused); `None` at the input's end.
    fn next(&mut self, mut batch: Batch) -> io::Result<Option<Batch>> {
        batch.fill(&mut self.input, self.lines, &mut self.rest, self.size)?;
        if batch.lines.is_empty() {
            return Ok(None);
        }
        self.lines += batch.lines.len();
        Ok(Some(batch))
    }
}

/// The running tally of a run, handed to its progress callback every [`PROGRESS_BYTES`]
/// of input and at the end.
struct Tally<F> {
    stats: Stats,
    unreported: usize,
    progress: F,
}

impl<F: FnMut(&Stats)> Tally<F> {
    /// Counts a batch of `bytes` bytes of input whose lines gave `s`.
    fn add(&mut self, s: &Stats, bytes: usize) {
        self.stats.add(s);
        self.unreported += bytes;
        if self.unreported >= PROGRESS_BYTES {
            self.unreported = 0;
            (self.progress)(&self.stats);
        }
    }

    /// The final tally, reported if it has not been.
    fn finish(mut self) -> Stats {
        if self.unreported > 0 {
            (self.progress)(&self.stats);
        }
        self.stats
    }
}

/// Runs JSON Lines from `input` to `out`: one output line per input line, in order.
/// `progress` is called with the running tally every few megabytes of input and at the
/// end. Returns the tally; only I/O errors stop a run (a bad line gives an error line).
///
/// The input is cut into batches of whole lines. With more than one thread they are small:
/// worker threads parse them as they come while the calling thread reads the next ones and
/// writes the outputs in input order. A bounded amount of input is in flight, so memory
/// stays flat.
pub fn run(
    parser: &Parser,
    opts: &Options,
    input: impl BufRead,
    out: &mut impl Write,
    progress: impl FnMut(&Stats),
) -> io::Result<Stats> {
    // Without the `parallel` feature every batch is parsed on the calling thread.
    let threads = if cfg!(feature = "parallel") {
        opts.threads.max(1)
    } else {
        1
    };
    let mut reader = Reader {
        input,
        size: if threads == 1 {
            (AHEAD_BYTES, AHEAD_LINES)
        } else {
            (CHUNK_BYTES, CHUNK_LINES)
        },
        rest: Vec::new(),
        lines: 0,
    };
    let mut tally = Tally {
        stats: Stats::default(),
        unreported: 0,
        progress,
    };
    if threads == 1 {
        run_here(parser, opts, &mut reader, out, &mut tally)?;
    } else {
        run_on_threads(parser, opts, threads, &mut reader, out, &mut tally)?;
    }
    Ok(tally.finish())
}

/// [`run`] on the calling thread alone.
fn run_here<F: FnMut(&Stats)>(
    parser: &Parser,
    opts: &Options,
    reader: &mut Reader<impl BufRead>,
    out: &mut impl Write,
    tally: &mut Tally<F>,
) -> io::Result<()> {
    let mut batch = Batch::default();
    let mut output = Vec::new();
    let mut scratch = read::Scratch::default();
    while let Some(full) = reader.next(batch)? {
        output.clear();
        let lines = 0..full.lines.len();
        let s = records(parser, opts, &full, lines, &mut output, &mut scratch)?;
        out.write_all(&output)?;
        tally.add(&s, full.bytes.len());
        batch = full.spent();
    }
    Ok(())
}

/// A batch sent to a worker thread, numbered in input order, with a buffer for its output.
struct Job {
    number: usize,
    batch: Batch,
    out: Vec<u8>,
}

/// A batch parsed: its job, its output in `out`, and the tally of its lines.
struct Done {
    job: Job,
    result: io::Result<Stats>,
}

/// [`run`] on `threads` worker threads, the calling thread reading and writing.
fn run_on_threads<F: FnMut(&Stats)>(
    parser: &Parser,
    opts: &Options,
    threads: usize,
    reader: &mut Reader<impl BufRead>,
    out: &mut impl Write,
    tally: &mut Tally<F>,
) -> io::Result<()> {
    use std::sync::{Mutex, mpsc};
    let (jobs, queue) = mpsc::channel::<Job>();
    let queue = Mutex::new(queue);
    let (done, results) = mpsc::channel::<Done>();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let (queue, done) = (&queue, done.clone());
                scope.spawn(move || work(parser, opts, queue, &done))
            })
            .collect();
        drop(done);
        // Returning drops `jobs`, which ends the workers.
        let result = feed_and_write(reader, jobs, &results, out, tally);
        // Each is joined: its thread has then exited, thread-local destructors and all
        // (the scope alone waits only for the closures to return).
        for worker in workers {
            if worker.join().is_err() {
                return Err(io::Error::other("a worker thread panicked"));
            }
        }
        result
    })
}

/// A worker thread: parses the batches it takes from `queue` until there are no more,
/// and sends each one back to `done`.
fn work(
    parser: &Parser,
    opts: &Options,
    queue: &std::sync::Mutex<std::sync::mpsc::Receiver<Job>>,
    done: &std::sync::mpsc::Sender<Done>,
) {
    let mut scratch = read::Scratch::default();
    loop {
        let next = match queue.lock() {
            Ok(q) => q.recv(),
            Err(_) => return,
        };
        let Ok(mut job) = next else {
            return;
        };
        job.out.clear();
        let lines = 0..job.batch.lines.len();
        // A panic (there should be none) is reported as an error, so that the writer
        // does not wait for the batch forever.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            records(parser, opts, &job.batch, lines, &mut job.out, &mut scratch)
        }))
        .unwrap_or_else(|_| Err(io::Error::other("a worker thread panicked")));
        if done.send(Done { job, result }).is_err() {
            return;
        }
    }
}

/// The calling thread's part of [`run_on_threads`]: keeps up to [`AHEAD_BYTES`] and
/// [`AHEAD_LINES`] of input in flight (read and sent to `jobs`), reading before writing,
/// and writes the parsed batches from `results` in input order.
fn feed_and_write<F: FnMut(&Stats)>(
    reader: &mut Reader<impl BufRead>,
    jobs: std::sync::mpsc::Sender<Job>,
    results: &std::sync::mpsc::Receiver<Done>,
    out: &mut impl Write,
    tally: &mut Tally<F>,
) -> io::Result<()> {
    let stopped = || io::Error::other("the worker threads stopped");
    let mut spare: Vec<Job> = Vec::new();
    // The batches parsed but not yet written, by number from the next to write.
    let mut parsed: std::collections::VecDeque<Option<Done>> = Default::default();
    let (mut sent, mut written, mut more) = (0, 0, true);
    // The input bytes and lines sent and not yet written.
    let (mut bytes, mut lines) = (0, 0);
    loop {
        while more && bytes < AHEAD_BYTES && lines < AHEAD_LINES {
            // New buffers are made about the size they will grow to, not grown to it.
            let Job { batch, out, .. } = spare.pop().unwrap_or_else(|| Job {
                number: 0,
                batch: Batch {
                    bytes: Vec::with_capacity(CHUNK_BYTES),
                    ..Batch::default()
                },
                out: Vec::with_capacity(2 * CHUNK_BYTES),
            });
            match reader.next(batch)? {
                Some(batch) => {
                    bytes += batch.bytes.len();
                    lines += batch.lines.len();
                    let number = sent;
                    jobs.send(Job { number, batch, out })
                        .map_err(|_| stopped())?;
                    sent += 1;
                }
                None => more = false,
            }
        }
        if written == sent {
            return Ok(());
        }
        let d = results.recv().map_err(|_| stopped())?;
        let k = d.job.number - written;
        if parsed.len() <= k {
            parsed.resize_with(k + 1, || None);
        }
        parsed[k] = Some(d);
        while let Some(Some(_)) = parsed.front() {
            let Some(Some(Done { job, result })) = parsed.pop_front() else {
                break;
            };
            let s = result?;
            out.write_all(&job.out)?;
            tally.add(&s, job.batch.bytes.len());
            bytes -= job.batch.bytes.len();
            lines -= job.batch.lines.len();
            written += 1;
            spare.push(Job {
                number: 0,
                batch: job.batch.spent(),
                out: if job.out.capacity() > KEEP_CAPACITY {
                    Vec::new()
                } else {
                    job.out
                },
            });
        }
    }
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
            let escapes = write::Escapes::new(f.text, f.escapes, f.blocks);
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
