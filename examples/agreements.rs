//! Who agreed to what with whom: the article's agreement acts as a table.
//!
//! ```text
//! cargo run --example agreements -- examples/seed.txt
//! ```
use std::process::ExitCode;

fn names(ms: &[newswire::Mention]) -> String {
    let v: Vec<&str> = ms
        .iter()
        .map(|m| m.name.as_deref().unwrap_or(&m.text))
        .collect();
    if v.is_empty() {
        "-".into()
    } else {
        v.join(", ")
    }
}

fn clip(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= n {
        s
    } else {
        s.chars().take(n - 1).collect::<String>() + "…"
    }
}

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/seed.txt".into());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    let article = newswire::parse(&text);
    println!(
        "{:<12} {:<9} {:<24} {:<20} {:<28} action",
        "trigger", "status", "parties", "with", "instrument"
    );
    for a in &article.agreements {
        let mut status = format!("{:?}", a.status).to_lowercase();
        if a.negated {
            status = format!("not {status}");
        }
        if a.future {
            status.push('?');
        }
        println!(
            "{:<12} {:<9} {:<24} {:<20} {:<28} {}",
            clip(&a.trigger.text, 12),
            status,
            clip(&names(&a.parties), 24),
            clip(&names(&a.counterparties), 20),
            clip(a.instrument.as_ref().map_or("-", |i| &i.text), 28),
            clip(a.action.as_ref().map_or("-", |x| &x.text), 60),
        );
    }
    if article.agreements.is_empty() {
        println!("no agreements found");
    }
    ExitCode::SUCCESS
}
