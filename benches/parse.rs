//! Throughput, in bytes per second, of each stage and of the whole parse.
//!
//! ```text
//! cargo bench --bench parse                       # stages and end to end on examples/
//! cargo bench --bench parse -- adversarial        # the linear-time checks
//! NEWSWIRE_BENCH_CORPUS=../shared/corpus/polnear-attributions.jsonl \
//!     cargo bench --bench parse -- corpus         # any JSON Lines file of {"text": ...}
//! ```
//!
//! The corpus mode also takes the file as the first free argument:
//! `cargo bench --bench parse -- corpus path/to/file.jsonl`.
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use newswire::entity::EntityTable;
use newswire::text::Document;

/// The example articles shipped in `examples/`.
const EXAMPLES: &[(&str, &str)] = &[
    ("seed", include_str!("../examples/seed.txt")),
    (
        "ap-quotes",
        include_str!("../examples/articles/ap-storm.txt"),
    ),
    (
        "reuters-deal",
        include_str!("../examples/articles/reuters-trade-deal.txt"),
    ),
    (
        "ians",
        include_str!("../examples/articles/ians-ministers.txt"),
    ),
];

fn stages(c: &mut Criterion) {
    for &(name, text) in EXAMPLES {
        let mut g = c.benchmark_group(format!("stage/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("text", |b| b.iter(|| Document::new(black_box(text))));
        g.bench_function("dateline", |b| {
            b.iter(|| newswire::dateline::find(black_box(text)))
        });
        let doc = Document::new(text);
        let dl = newswire::dateline::find(text);
        g.bench_function("credits", |b| {
            b.iter(|| newswire::credits::find(black_box(&doc), dl.as_ref()))
        });
        let entities = EntityTable::build(&doc);
        g.bench_function("entities", |b| {
            b.iter(|| EntityTable::build(black_box(&doc)))
        });
        g.bench_function("quotes", |b| {
            b.iter(|| newswire::quote::find(black_box(&doc)))
        });
        let quotes = newswire::quote::find(&doc);
        g.bench_function("attributions", |b| {
            b.iter(|| newswire::attribution::extract(black_box(&doc), &quotes, &entities))
        });
        let attributions = newswire::attribution::extract(&doc, &quotes, &entities);
        g.bench_function("agreements", |b| {
            b.iter(|| newswire::agreement::extract(black_box(&doc), &entities, &attributions))
        });
        g.bench_function("parse", |b| b.iter(|| newswire::parse(black_box(text))));
        g.finish();
    }
}

/// The texts of a JSON Lines corpus named by `NEWSWIRE_BENCH_CORPUS` or a free argument.
fn corpus_texts() -> Option<(String, Vec<String>)> {
    let path = std::env::var("NEWSWIRE_BENCH_CORPUS").ok().or_else(|| {
        std::env::args()
            .skip(1)
            .find(|a| a.ends_with(".jsonl") && std::path::Path::new(a).exists())
    })?;
    let data = std::fs::read_to_string(&path).ok()?;
    let texts = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect();
    Some((path, texts))
}

fn corpus(c: &mut Criterion) {
    let Some((path, texts)) = corpus_texts() else {
        return;
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let name = std::path::Path::new(&path)
        .file_stem()
        .map_or("corpus".into(), |s| s.to_string_lossy().into_owned());
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("parse", &name), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(newswire::parse(black_box(t)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("text", &name), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(Document::new(black_box(t)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("dateline", &name), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(newswire::dateline::find(black_box(t)));
            }
        })
    });
    // The later stages, each on inputs the earlier ones made beforehand.
    let docs: Vec<Document<'_>> = texts.iter().map(|t| Document::new(t)).collect();
    let tables: Vec<EntityTable<'_>> = docs.iter().map(EntityTable::build).collect();
    let quotes: Vec<_> = docs.iter().map(newswire::quote::find).collect();
    let attributions: Vec<_> = docs
        .iter()
        .zip(&quotes)
        .zip(&tables)
        .map(|((d, q), e)| newswire::attribution::extract(d, q, e))
        .collect();
    g.bench_function(BenchmarkId::new("entities", &name), |b| {
        b.iter(|| {
            for d in &docs {
                black_box(EntityTable::build(black_box(d)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("quotes", &name), |b| {
        b.iter(|| {
            for d in &docs {
                black_box(newswire::quote::find(black_box(d)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("attributions", &name), |b| {
        b.iter(|| {
            for ((d, q), e) in docs.iter().zip(&quotes).zip(&tables) {
                black_box(newswire::attribution::extract(black_box(d), q, e));
            }
        })
    });
    g.bench_function(BenchmarkId::new("agreements", &name), |b| {
        b.iter(|| {
            for ((d, e), a) in docs.iter().zip(&tables).zip(&attributions) {
                black_box(newswire::agreement::extract(black_box(d), e, a));
            }
        })
    });
    g.finish();
}

/// Inputs built to find superlinear work, each about `SIZE` bytes, beside normal copy of the
/// same size. Each must cost no more than 10x per byte what normal copy costs.
const SIZE: usize = 8 << 20;

fn repeat_to(piece: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + piece.len());
    while s.len() < size {
        s.push_str(piece);
    }
    s
}

/// The adversarial inputs of the linear-time check, by name.
pub fn adversarial_inputs() -> Vec<(&'static str, String)> {
    let normal = EXAMPLES
        .iter()
        .map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join("\n\n");
    vec![
        ("normal-copy", repeat_to(&format!("{normal}\n\n"), SIZE)),
        // One run of capitalised names cut after each name by `of` (before the fourteenth
        // session, quadratic in time and memory: 50 s and 24 GB for 540 KB).
        (
            "titled-of-run",
            repeat_to("Sen. Alpha of Sen. Beta of ", SIZE / 8),
        ),
        // Runs of sentence marks before a lower-case word (before, quadratic in time).
        (
            "mark-runs",
            repeat_to(&format!("Word{} x more ", ".?".repeat(5000)), SIZE / 8),
        ),
        // Names that share their first letters (before the fifteenth session, quadratic
        // in time: they fell in one chain of the entity table's hash maps).
        ("names-alike", names_alike(SIZE / 8)),
        // One statement of many quotations, each holding an act (before, quadratic).
        (
            "quoted-acts",
            format!(
                "“We signed the pact,” Ana Ruiz said.{}",
                repeat_to(" “We signed the pact.”", SIZE / 8)
            ),
        ),
        // A run-on sentence of promises set off by commas (before, quadratic).
        (
            "gerund-commas",
            format!(
                "Ana Ruiz spoke to reporters{}.",
                repeat_to(", promising to help", SIZE / 8)
            ),
        ),
        // A run-on sentence of promises with bare objects, none of which ends the action
        // before it (before the sixteenth session, linear but 30x normal copy).
        (
            "participle-objects",
            format!(
                "Ana Ruiz met Bo Li{}.",
                repeat_to(", pledging aid", SIZE / 8)
            ),
        ),
        // Quotations with no space between them (before, quadratic: 38 s for 400 KB).
        ("glued-quotations", repeat_to("“a”", SIZE / 8)),
        // Paragraphs of possessives (before the sixteenth session, quadratic: each
        // paragraph's end read every later apostrophe).
        (
            "apostrophe-paragraphs",
            repeat_to("Ruiz's plan.\n\n", SIZE / 8),
        ),
        // Quotations with no words after a cue (before, quadratic: each read the gap back
        // to the sentence's last word).
        (
            "wordless-quotations",
            format!("Ana Ruiz said {}", repeat_to("“-;” ", SIZE / 8)),
        ),
        // A title in every sentence for a bearer named once (before, quadratic: each read
        // all the bearer's mentions).
        (
            "title-mentions",
            format!(
                "Foreign Minister Ana Ruiz arrived. {}",
                repeat_to("Ruiz spoke. The minister said no. ", SIZE / 8)
            ),
        ),
        // A run of capitals far longer than a name, then `The group` in every sentence
        // (before the seventeenth session the run was one organisation's name, which each
        // mention read: quadratic).
        (
            "capital-run-mentions",
            format!(
                "The {}Bank said it would. {}",
                repeat_to("Kab Kac Kad ", SIZE / 16),
                repeat_to("The group said it would. ", SIZE / 16)
            ),
        ),
        // One word of Thai letters (before the seventeenth session each dateline rule
        // read it whole: 16x normal copy in instructions).
        ("thai-word", repeat_to("\u{e01}", SIZE / 8)),
        ("quote-marks", repeat_to("\"“”‘’'«»„‚`` ''", SIZE)),
        ("no-spaces", repeat_to("abcdefghijABCDEFGHIJ.,;-", SIZE)),
        (
            "nested-unclosed",
            repeat_to("“He said ‘she said «they said ", SIZE / 8 * 3),
        ),
        ("said", repeat_to("said ", 5_000_000)),
        // A run of cues each set off by a comma: every word opens an apposition for the
        // cues after it (before the sixteenth session, 11 to 25 times normal copy's time
        // per byte).
        ("said-commas", repeat_to("said, ", SIZE / 4)),
        // The same capitalised: every word is also a name that may open an apposition
        // (still about 14x normal copy: each cue reads the 24 words before it).
        ("capitalised-said-commas", repeat_to("Said, ", SIZE / 4)),
        // Present-tense cues, each with a subject (before the sixteenth session each
        // content ran on to its window's end: 18x to 25x normal copy in instructions).
        ("present-cues", repeat_to("I vow ", SIZE / 4)),
        // The same on lines of their own (before the seventeenth session every word after
        // a line break was read as a mark that might end a content: 11.9x normal copy).
        ("present-cue-lines", repeat_to("I\nvow\n", SIZE / 4)),
        (
            "capitalised-names",
            repeat_to("President Nayib Bukele Marco Rubio ", 1 << 20),
        ),
        ("newlines", repeat_to("\n", SIZE)),
        (
            // One run-on sentence full of cues, subjects and names.
            "run-on-attributions",
            repeat_to(
                "officials said the Port Authority told reporters that Ana Ruiz, who said \
                 nothing, noted the levels were rising and ",
                SIZE / 4,
            ),
        ),
        (
            "agreed",
            repeat_to("agreed to sign the deal and promised ", SIZE / 4),
        ),
        (
            // One run-on sentence of acts whose rules read back or around them: approvals
            // of an accession named before, absolute clauses, proposals, signers, papers.
            "run-on-agreements",
            repeat_to(
                "the enlargement was completed after Ann Lee gave its go-ahead, with Seoul                  committing to invest 40 billion won, Minsk proposed creating a register, Ana                  Ruiz and Bo Li signed the documents, Science and Trade Minister Al Sa, who                  signed for Lisbon, ",
                SIZE / 4,
            ),
        ),
    ]
}

/// About `size` bytes of `Zuka said. Zukb said. ...`: names alike in their first letters.
fn names_alike(size: usize) -> String {
    let mut s = String::with_capacity(size + 16);
    let mut i = 0;
    while s.len() < size {
        s.push_str("Zuk");
        let mut n = i;
        loop {
            s.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                break;
            }
        }
        s.push_str(" said. ");
        i += 1;
    }
    s
}

fn adversarial(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, text) in adversarial_inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| newswire::parse(black_box(&text))));
    }
    g.finish();
}

criterion_group!(benches, stages, corpus, adversarial);
criterion_main!(benches);
