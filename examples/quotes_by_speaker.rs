//! What each person said: the article's attributions grouped by speaker.
//!
//! ```text
//! cargo run --example quotes_by_speaker -- examples/seed.txt
//! ```
//!
//! Each speaker is named by the fullest name the article gives (`the statement` is printed
//! under `US Department of State`); statements with no source come last.
use std::collections::BTreeMap;
use std::process::ExitCode;

use newswire::AttributionKind;

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
    let mut by_speaker: BTreeMap<String, Vec<&newswire::Attribution>> = BTreeMap::new();
    for a in &article.attributions {
        let who = a
            .source
            .as_ref()
            .map(|s| s.name.as_deref().unwrap_or(&s.text).to_string())
            .unwrap_or_else(|| "(no source given)".into());
        by_speaker.entry(who).or_default().push(a);
    }
    for (speaker, statements) in &by_speaker {
        println!("{speaker}");
        for a in statements {
            let kind = match a.kind {
                AttributionKind::Direct => "said",
                AttributionKind::Mixed => "said, in part",
                AttributionKind::Indirect => "said, in effect",
            };
            let cue = a.cue.as_ref().map_or("", |c| c.text.as_ref());
            println!("  {kind} ({cue}): {}", a.content.text.replace('\n', " "));
        }
    }
    if by_speaker.is_empty() {
        println!("no attributions found");
    }
    ExitCode::SUCCESS
}
