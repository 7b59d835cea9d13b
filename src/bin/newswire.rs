//! `newswire`: wire copy in, the article model out, as JSON or JSON Lines.
//!
//! ```text
//! newswire parse FILE...            each file's model as pretty JSON (- reads stdin)
//! newswire parse --jsonl [FILE...]  JSON Lines: {"id","text"} in, one model per line out
//! ```
#![forbid(unsafe_code)]

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use newswire::Parser;
use newswire::jsonl::{self, Stats, decode};

const USAGE: &str = "\
newswire: reads wire-service news copy into a typed model (dateline, credits,
quotes and attributions, agreements) and writes it as JSON.

USAGE:
    newswire parse [OPTIONS] FILE...     each file's model as pretty JSON ('-' reads stdin)
    newswire parse --jsonl [FILE...]     JSON Lines: reads {\"id\", \"text\"} objects (stdin
                                         when no FILE), writes one model per input line
    newswire schema                      the JSON Schema of what parse writes
    newswire render --html FILE [-o OUT] the article as one HTML page, everything
                                         extracted highlighted (to stdout, or OUT)
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
        "schema" => {
            let schema = newswire::schema::output();
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).map_err(io::Error::other)?
            );
            return Ok(true);
        }
        "render" => return render(rest),
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
        let line_opts = jsonl::Options {
            lossy: opts.lossy,
            keep: opts.keep,
            threads: opts.threads,
        };
        let show = std::io::IsTerminal::is_terminal(&io::stderr());
        let mut done = Stats::default();
        let sources: Vec<&str> = if opts.files.is_empty() {
            vec!["-"]
        } else {
            opts.files.iter().map(String::as_str).collect()
        };
        for f in sources {
            let before = done;
            let mut progress = |s: &Stats| {
                if show {
                    let mut t = before;
                    t.add(s);
                    let secs = started.elapsed().as_secs_f64().max(1e-9);
                    eprint!(
                        "\r{} documents, {:.1} MB, {:.1} MB/s, {} failed ",
                        t.documents,
                        t.bytes as f64 / 1e6,
                        t.bytes as f64 / 1e6 / secs,
                        t.failed
                    );
                }
            };
            let s = if f == "-" {
                jsonl::run(
                    &parser,
                    &line_opts,
                    io::stdin().lock(),
                    &mut out,
                    &mut progress,
                )?
            } else {
                let file =
                    File::open(f).map_err(|e| io::Error::new(e.kind(), format!("{f}: {e}")))?;
                let input = BufReader::with_capacity(1 << 20, file);
                jsonl::run(&parser, &line_opts, input, &mut out, &mut progress)?
            };
            done.add(&s);
        }
        if show && done.documents > 0 {
            eprintln!();
        }
        stats = done;
        stats.failed == 0
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

/// `newswire render --html FILE [-o OUT]`.
fn render(args: &[String]) -> Result<bool, Failure> {
    let mut html = false;
    let mut input = None;
    let mut output = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--html" => html = true,
            "-o" | "--output" => {
                output = Some(
                    it.next()
                        .ok_or_else(|| Failure::Usage("-o needs a file".into()))?
                        .clone(),
                );
            }
            s if s.starts_with('-') && s != "-" => {
                return Err(Failure::Usage(format!("unknown option '{s}'")));
            }
            _ if input.is_some() => return Err(Failure::Usage("render takes one FILE".into())),
            _ => input = Some(a.clone()),
        }
    }
    if !html {
        return Err(Failure::Usage("render needs a format: --html".into()));
    }
    let Some(name) = input else {
        return Err(Failure::Usage(
            "render needs a FILE (or '-' for stdin)".into(),
        ));
    };
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        bytes =
            std::fs::read(&name).map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
    }
    let text = match decode(&bytes, false) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("newswire: {name}: {e}");
            return Ok(false);
        }
    };
    let page = newswire::render::html(&text, &newswire::parse(&text));
    match output {
        Some(path) => std::fs::write(&path, page)
            .map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?,
        None => io::stdout().lock().write_all(page.as_bytes())?,
    }
    Ok(true)
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
