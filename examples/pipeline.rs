//! A pipeline stage: JSON Lines in, JSON Lines out, parsed in parallel on every core.
//!
//! ```text
//! cargo run --release --example pipeline < examples/articles.jsonl > parsed.jsonl
//! ```
//!
//! Each input line is an object with `"id"` and `"text"`; each output line is the model with
//! the `id` copied, in the input's order, or an error line for a line that cannot be used.
//! A summary goes to stderr.
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let opts = newswire::jsonl::Options {
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let stats = match newswire::jsonl::run(
        &newswire::Parser::new(),
        &opts,
        io::stdin().lock(),
        &mut out,
        |_| {},
    ) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pipeline: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = out.flush() {
        eprintln!("pipeline: {e}");
        return ExitCode::from(1);
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} documents ({} failed), {:.2} MB in {:.2} s on {} threads: {} datelines, {} attributions, {} agreements",
        stats.documents,
        stats.failed,
        stats.bytes as f64 / 1e6,
        secs,
        opts.threads,
        stats.datelines,
        stats.attributions,
        stats.agreements
    );
    if stats.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
