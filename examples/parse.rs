//! Parses an article file and prints its model as pretty JSON.
//!
//! ```text
//! cargo run --example parse -- examples/seed.txt
//! ```
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    match newswire::parse_bytes(&bytes) {
        Ok(article) => {
            if let Some(d) = &article.dateline {
                eprintln!(
                    "dateline: {:?} place={:?} region={:?} date={:?} agencies={:?}",
                    d.text, d.place, d.region, d.date, d.agencies
                );
            }
            println!(
                "{}",
                serde_json::to_string_pretty(&article).expect("the model serializes")
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
    }
}
