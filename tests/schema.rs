//! The shipped JSON Schema is the one the model generates, and real output validates
//! against it: the bundled examples, error lines, and every gold corpus beside the
//! repository (`../shared/corpus/*.jsonl`, as laid out for developers and CI).
#![cfg(feature = "schema")]

use std::path::Path;

fn shipped() -> serde_json::Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/newswire.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn shipped_schema_is_the_generated_one() {
    assert_eq!(
        shipped(),
        newswire::schema::output(),
        "regenerate it: cargo run -- schema > newswire.schema.json"
    );
}

fn validate_lines(validator: &jsonschema::Validator, output: &[u8], what: &str) -> usize {
    let mut n = 0;
    for (i, line) in std::str::from_utf8(output).unwrap().lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if let Err(e) = validator.validate(&v) {
            panic!("{what}, line {}: {e}", i + 1);
        }
        n += 1;
    }
    n
}

fn run_jsonl(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let opts = newswire::jsonl::Options {
        threads: 2,
        ..Default::default()
    };
    newswire::jsonl::run(&newswire::Parser::new(), &opts, input, &mut out, |_| {}).unwrap();
    out
}

#[test]
fn examples_and_error_lines_validate() {
    let validator = jsonschema::validator_for(&shipped()).unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut input = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.extend(
        std::fs::read_dir(Path::new(dir).join("articles"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    for p in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let text = std::fs::read_to_string(p).unwrap();
        let article = newswire::parse(&text);
        let v = serde_json::to_value(&article).unwrap();
        if let Err(e) = validator.validate(&v) {
            panic!("{}: {e}", p.display());
        }
        input.push_str(
            &serde_json::json!({"id": p.display().to_string(), "text": text}).to_string(),
        );
        input.push('\n');
    }
    input.push_str("not json\n{\"id\": 1}\n\n");
    let n = validate_lines(&validator, &run_jsonl(input.as_bytes()), "examples");
    assert!(n >= 7);
}

#[test]
fn every_gold_corpus_validates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "no corpus folder at {}: nothing to check here",
            dir.display()
        );
        return;
    };
    let validator = jsonschema::validator_for(&shipped()).unwrap();
    let mut total = 0;
    for e in entries {
        let path = e.unwrap().path();
        if path.extension().is_none_or(|x| x != "jsonl") {
            continue;
        }
        let input = std::fs::read(&path).unwrap();
        let lines = input
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count();
        let out = run_jsonl(&input);
        let n = validate_lines(&validator, &out, &path.display().to_string());
        assert_eq!(
            n,
            lines,
            "{}: one output line per input line",
            path.display()
        );
        total += n;
    }
    assert!(total > 0);
}
