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
    --lossy            replace invalid UTF-8 instead of reporting it as an error
    --max-bytes N      refuse articles over N bytes (default 64 MiB)
    --compact          one-line JSON in file mode
    -h, --help         this text
    -V, --version      the version

EXIT STATUS:
    0 when every article parsed, 1 when any input or line failed, 2 on a usage error.
";

#[derive(Debug, Default)]
struct Options {
    jsonl: bool,
    lossy: bool,
    compact: bool,
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
    let ok = if opts.jsonl {
        let mut ok = true;
        if opts.files.is_empty() {
            ok &= jsonl(&parser, &opts, io::stdin().lock(), &mut out)?;
        }
        for f in &opts.files {
            ok &= if f == "-" {
                jsonl(&parser, &opts, io::stdin().lock(), &mut out)?
            } else {
                jsonl(&parser, &opts, BufReader::new(File::open(f)?), &mut out)?
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
            ok &= file(&parser, &opts, f, &mut out)?;
        }
        ok
    };
    out.flush()?;
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
) -> Result<bool, Failure> {
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        File::open(name)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
    }
    let result = decode(&bytes, opts.lossy).and_then(|text| {
        parser.parse(&text).map(|a| {
            if opts.compact {
                serde_json::to_string(&a)
            } else {
                serde_json::to_string_pretty(&a)
            }
            .expect("the model always serializes")
        })
    });
    match result {
        Ok(json) => {
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")?;
            Ok(true)
        }
        Err(e) => {
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

/// JSON Lines mode: one output line per input line, in order.
fn jsonl(
    parser: &Parser,
    opts: &Options,
    mut input: impl BufRead,
    out: &mut impl Write,
) -> Result<bool, Failure> {
    let mut line = Vec::with_capacity(1 << 16);
    let mut ok = true;
    let mut number = 0usize;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        number += 1;
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        ok &= record(parser, opts, &line, number, out)?;
    }
    Ok(ok)
}

/// Writes the output line for one input line; `Ok(false)` when that line was an error.
fn record(
    parser: &Parser,
    opts: &Options,
    line: &[u8],
    number: usize,
    out: &mut impl Write,
) -> io::Result<bool> {
    let fail = |out: &mut dyn Write, id: &Value, kind: &str, message: String| -> io::Result<bool> {
        let rec = ErrorRecord {
            id,
            error: ErrorBody { kind, message },
        };
        serde_json::to_writer(&mut *out, &rec).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
        Ok(false)
    };
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
    let input: Input = match serde_json::from_str(&line) {
        Ok(i) => i,
        Err(e) => {
            // Keep the id if the line is an object with one, even though it is unusable.
            let id = serde_json::from_str::<Value>(&line)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(Value::Null);
            return fail(out, &id, "invalid_json", format!("line {number}: {e}"));
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
            out.write_all(b"\n")?;
            Ok(true)
        }
        Err(e) => fail(out, &input.id, e.kind(), format!("line {number}: {e}")),
    }
}
