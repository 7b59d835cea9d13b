//! `newswire`: wire copy in, the article model out, as JSON or JSON Lines.
//!
//! ```text
//! newswire parse FILE...            each file's model as pretty JSON (- reads stdin)
//! newswire parse --jsonl [FILE...]  JSON Lines: {"id","text"} in, one model per line out
//! ```
#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use newswire::{Article, Parser};
use serde::{Deserialize, Serialize};
use serde_json::Value;

const USAGE: &str = "\
newswire: reads wire-service news copy into a typed model (dateline, credits,
quotes and attributions, agreements) and writes it as JSON.

USAGE:
    newswire parse [OPTIONS] FILE...     each file's model as pretty JSON ('-' reads stdin)
    newswire parse --jsonl [FILE...]     JSON Lines: reads {\"id\", \"text\"} objects (stdin
                                         when no FILE), writes one model per input line
OPTIONS:
    --jsonl            JSON Lines mode (see the contract: one output line per input line)
    --threads N        parse on N threads (default: the machine's cores); the output
                       order is always the input order
    --keep             JSON Lines: keep the input record's other fields in each output line
    --stats            print documents, MB/s and counts of each kind to stderr at the end
    --lossy            replace invalid UTF-8 instead of reporting it as an error
    --max-bytes N      refuse articles over N bytes (default 64 MiB)
    --pretty           indented JSON (file mode; the default there)
    --compact          one-line JSON in file mode
    -h, --help         this text
    -V, --version      the version

A progress line is shown on stderr during long JSON Lines runs when stderr is a terminal.

EXIT STATUS:
    0 when every article parsed, 1 when any input or line failed, 2 on a usage error.
";

#[derive(Debug, Default)]
struct Options {
    jsonl: bool,
    lossy: bool,
    compact: bool,
    pretty: bool,
    keep: bool,
    stats: bool,
    threads: usize,
    max_bytes: Option<usize>,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Failure::Usage(msg)) => {
            eprintln!("newswire: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("newswire: {e}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(String),
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

fn run(args: &[String]) -> Result<bool, Failure> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(Failure::Usage("no command given".into()));
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            return Ok(true);
        }
        "-V" | "--version" => {
            println!("newswire {}", env!("CARGO_PKG_VERSION"));
            return Ok(true);
        }
        "parse" => {}
        other => return Err(Failure::Usage(format!("unknown command '{other}'"))),
    }
    let opts = options(rest)?;
    let mut parser = Parser::new();
    if let Some(n) = opts.max_bytes {
        parser = parser.max_bytes(n);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let started = std::time::Instant::now();
    let mut stats = Stats::default();
    let ok = if opts.jsonl {
        let mut ok = true;
        if opts.files.is_empty() {
            ok &= jsonl(&parser, &opts, io::stdin().lock(), &mut out, &mut stats)?;
        }
        for f in &opts.files {
            ok &= if f == "-" {
                jsonl(&parser, &opts, io::stdin().lock(), &mut out, &mut stats)?
            } else {
                let file =
                    File::open(f).map_err(|e| io::Error::new(e.kind(), format!("{f}: {e}")))?;
                jsonl(
                    &parser,
                    &opts,
                    BufReader::with_capacity(1 << 20, file),
                    &mut out,
                    &mut stats,
                )?
            };
        }
        ok
    } else {
        if opts.files.is_empty() {
            return Err(Failure::Usage(
                "parse needs a FILE (or '-' for stdin), or --jsonl".into(),
            ));
        }
        let mut ok = true;
        for f in &opts.files {
            ok &= file(&parser, &opts, f, &mut out, &mut stats)?;
        }
        ok
    };
    out.flush()?;
    if opts.stats {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        eprintln!(
            "newswire: {} documents ({} failed), {:.2} MB in {:.3} s, {:.1} MB/s; {} datelines, \
             {} credits, {} quotes, {} attributions, {} agreements",
            stats.documents,
            stats.failed,
            stats.bytes as f64 / 1e6,
            secs,
            stats.bytes as f64 / 1e6 / secs,
            stats.datelines,
            stats.credits,
            stats.quotes,
            stats.attributions,
            stats.agreements
        );
    }
    Ok(ok)
}

fn options(args: &[String]) -> Result<Options, Failure> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => o.jsonl = true,
            "--lossy" => o.lossy = true,
            "--compact" => o.compact = true,
            "--pretty" => o.pretty = true,
            "--keep" => o.keep = true,
            "--stats" => o.stats = true,
            "--threads" | "-j" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--threads needs a number".into()))?;
                o.threads =
                    v.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                        Failure::Usage(format!("--threads: '{v}' is not a count"))
                    })?;
            }
            "--max-bytes" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--max-bytes needs a number".into()))?;
                o.max_bytes =
                    Some(v.parse().map_err(|_| {
                        Failure::Usage(format!("--max-bytes: '{v}' is not a number"))
                    })?);
            }
            "-" => o.files.push(a.clone()),
            s if s.starts_with('-') => return Err(Failure::Usage(format!("unknown option '{s}'"))),
            _ => o.files.push(a.clone()),
        }
    }
    if o.jsonl && o.pretty {
        return Err(Failure::Usage(
            "--pretty does not go with --jsonl (one record per line)".into(),
        ));
    }
    if o.threads == 0 {
        o.threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    }
    Ok(o)
}

/// Decodes bytes as UTF-8, or replaces bad sequences when `lossy`.
fn decode(bytes: &[u8], lossy: bool) -> Result<Cow<'_, str>, newswire::Error> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(newswire::Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}

/// File mode: one pretty JSON document per file.
fn file(
    parser: &Parser,
    opts: &Options,
    name: &str,
    out: &mut impl Write,
    stats: &mut Stats,
) -> Result<bool, Failure> {
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        File::open(name)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
    }
    stats.documents += 1;
    let result = decode(&bytes, opts.lossy).and_then(|text| {
        parser.parse(&text).map(|a| {
            stats.bytes += text.len();
            stats.count(&a);
            if opts.compact && !opts.pretty {
                serde_json::to_string(&a)
            } else {
                serde_json::to_string_pretty(&a)
            }
        })
    });
    match result {
        Ok(json) => {
            out.write_all(json.map_err(io::Error::other)?.as_bytes())?;
            out.write_all(b"\n")?;
            Ok(true)
        }
        Err(e) => {
            stats.failed += 1;
            eprintln!("newswire: {name}: {e}");
            Ok(false)
        }
    }
}

#[derive(Deserialize)]
struct Input<'a> {
    #[serde(default)]
    id: Value,
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
}

#[derive(Serialize)]
struct Record<'r, 'a> {
    id: &'r Value,
    #[serde(flatten)]
    article: &'r Article<'a>,
}

/// An output record that keeps the input's other fields (`--keep`).
#[derive(Serialize)]
struct KeptRecord<'r, 'a> {
    #[serde(flatten)]
    kept: &'r serde_json::Map<String, Value>,
    #[serde(flatten)]
    article: &'r Article<'a>,
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

/// What a run has seen, for `--stats` and the progress line.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    documents: usize,
    failed: usize,
    bytes: usize,
    datelines: usize,
    credits: usize,
    quotes: usize,
    attributions: usize,
    agreements: usize,
}

impl Stats {
    fn add(&mut self, o: &Stats) {
        self.documents += o.documents;
        self.failed += o.failed;
        self.bytes += o.bytes;
        self.datelines += o.datelines;
        self.credits += o.credits;
        self.quotes += o.quotes;
        self.attributions += o.attributions;
        self.agreements += o.agreements;
    }

    fn count(&mut self, a: &Article<'_>) {
        self.datelines += usize::from(a.dateline.is_some());
        self.credits += a.credits.len();
        self.quotes += a.quotes.len();
        self.attributions += a.attributions.len();
        self.agreements += a.agreements.len();
    }
}

/// Input bytes gathered before a batch is parsed (in parallel) and written, in order.
const BATCH_BYTES: usize = 4 << 20;
/// Input lines gathered at most in a batch.
const BATCH_LINES: usize = 8192;

/// JSON Lines mode: one output line per input line, in order. Streams in batches, so that
/// memory stays flat whatever the input's size.
fn jsonl(
    parser: &Parser,
    opts: &Options,
    mut input: impl BufRead,
    out: &mut impl Write,
    stats: &mut Stats,
) -> Result<bool, Failure> {
    let started = std::time::Instant::now();
    let progress = std::io::IsTerminal::is_terminal(&io::stderr());
    let mut batch: Vec<u8> = Vec::with_capacity(BATCH_BYTES + (1 << 16));
    let mut lines: Vec<(usize, usize)> = Vec::with_capacity(BATCH_LINES);
    let mut outputs: Vec<Vec<u8>> = vec![Vec::new(); opts.threads];
    let mut number = 0usize;
    loop {
        batch.clear();
        lines.clear();
        while batch.len() < BATCH_BYTES && lines.len() < BATCH_LINES {
            let start = batch.len();
            if input.read_until(b'\n', &mut batch)? == 0 {
                break;
            }
            let mut end = batch.len();
            while end > start && matches!(batch[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            lines.push((start, end));
        }
        if lines.is_empty() {
            break;
        }
        let chunk = lines.len().div_ceil(opts.threads);
        let results: Vec<io::Result<Stats>> = if opts.threads == 1 || lines.len() < 2 {
            outputs[0].clear();
            vec![records(
                parser,
                opts,
                &batch,
                &lines,
                number,
                &mut outputs[0],
            )]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = lines
                    .chunks(chunk)
                    .zip(outputs.iter_mut())
                    .enumerate()
                    .map(|(k, (part, buf))| {
                        let (batch, first) = (&batch, number + k * chunk);
                        scope.spawn(move || {
                            buf.clear();
                            records(parser, opts, batch, part, first, buf)
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err(io::Error::other("a worker thread panicked")))
                    })
                    .collect()
            })
        };
        for (result, buf) in results.into_iter().zip(&outputs) {
            stats.add(&result?);
            out.write_all(buf)?;
        }
        number += lines.len();
        if progress {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            eprint!(
                "\r{} documents, {:.1} MB, {:.1} MB/s, {} failed ",
                stats.documents,
                stats.bytes as f64 / 1e6,
                stats.bytes as f64 / 1e6 / secs,
                stats.failed
            );
        }
    }
    if progress && number > 0 {
        eprintln!();
    }
    Ok(stats.failed == 0)
}

/// Writes the output lines for `lines` of `batch` (numbered from `first + 1`) into `out`.
fn records(
    parser: &Parser,
    opts: &Options,
    batch: &[u8],
    lines: &[(usize, usize)],
    first: usize,
    out: &mut Vec<u8>,
) -> io::Result<Stats> {
    let mut stats = Stats::default();
    for (k, &(s, e)) in lines.iter().enumerate() {
        record(parser, opts, &batch[s..e], first + k + 1, out, &mut stats)?;
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

/// Writes the output line for one input line and counts it in `stats`.
fn record(
    parser: &Parser,
    opts: &Options,
    line: &[u8],
    number: usize,
    out: &mut Vec<u8>,
    stats: &mut Stats,
) -> io::Result<()> {
    stats.documents += 1;
    stats.failed += 1; // until it succeeds
    let line = match decode(line, opts.lossy) {
        Ok(l) => l,
        Err(e) => return fail(out, &Value::Null, e.kind(), format!("line {number}: {e}")),
    };
    if line.trim().is_empty() {
        return fail(
            out,
            &Value::Null,
            "empty_line",
            format!("line {number} is empty"),
        );
    }
    let id_of = |line: &str| {
        serde_json::from_str::<Value>(line)
            .ok()
            .and_then(|v| v.get("id").cloned())
            .unwrap_or(Value::Null)
    };
    if opts.keep {
        let mut map: serde_json::Map<String, Value> = match serde_json::from_str(&line) {
            Ok(m) => m,
            Err(e) => {
                return fail(
                    out,
                    &id_of(&line),
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
                serde_json::to_writer(
                    &mut *out,
                    &KeptRecord {
                        kept: &map,
                        article: &article,
                    },
                )
                .map_err(io::Error::other)?;
                out.push(b'\n');
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
    let input: Input = match serde_json::from_str(&line) {
        Ok(i) => i,
        Err(e) => {
            return fail(
                out,
                &id_of(&line),
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
    match parser.parse(&text) {
        Ok(article) => {
            serde_json::to_writer(
                &mut *out,
                &Record {
                    id: &input.id,
                    article: &article,
                },
            )
            .map_err(io::Error::other)?;
            out.push(b'\n');
            stats.failed -= 1;
            stats.bytes += text.len();
            stats.count(&article);
            Ok(())
        }
        Err(e) => fail(out, &input.id, e.kind(), format!("line {number}: {e}")),
    }
}
