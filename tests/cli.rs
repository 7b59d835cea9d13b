//! The `newswire` command line: file mode, JSON Lines mode, errors and exit status.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newswire"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

#[test]
fn file_mode_prints_the_seed_model() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seed.txt");
    let out = run(&["parse", path], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"]["place"], "Washington DC");
    assert_eq!(v["dateline"]["date"]["year"], 2025);
    assert_eq!(v["dateline"]["region"], serde_json::Value::Null);
    assert_eq!(v["credits"], serde_json::json!(["ANI"]));
    for key in [
        "attributions",
        "agreements",
        "quotes",
        "entities",
        "credit_lines",
    ] {
        assert!(v[key].is_array(), "{key} is a list");
    }
}

#[test]
fn file_mode_reads_stdin_with_a_dash() {
    let out = run(&["parse", "-"], "HAVANA (AP ) -- Rain fell.".as_bytes());
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dateline"]["text"], "HAVANA (AP ) -- ");
    assert_eq!(v["dateline"]["agencies"], serde_json::json!(["AP"]));
}

#[test]
fn jsonl_writes_one_line_per_input_line_in_order() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"BEIJING, Feb. 4 (Xinhua) -- Markets rose.\"}\n",
        "not json at all\n",
        "{\"id\": \"b\", \"title\": \"no text here\"}\n",
        "\n",
        "{\"id\": [3], \"text\": \"No dateline here.\", \"extra\": {\"kept\": false}}\n",
    );
    let out = run(&["parse", "--jsonl"], input.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed line sets the exit status"
    );
    let v = lines(&out);
    assert_eq!(v.len(), 5);
    assert_eq!(v[0]["id"], 1);
    assert_eq!(v[0]["dateline"]["place"], "BEIJING");
    assert_eq!(v[1]["id"], serde_json::Value::Null);
    assert_eq!(v[1]["error"]["kind"], "invalid_json");
    assert_eq!(v[2]["id"], "b");
    assert_eq!(v[2]["error"]["kind"], "missing_text");
    assert_eq!(v[3]["error"]["kind"], "empty_line");
    assert_eq!(v[4]["id"], serde_json::json!([3]));
    assert_eq!(v[4]["dateline"], serde_json::Value::Null);
    assert!(v[4].get("extra").is_none());
}

#[test]
fn jsonl_success_exits_zero() {
    let out = run(&["parse", "--jsonl"], b"{\"id\":\"x\",\"text\":\"\"}\r\n");
    assert!(out.status.success());
    let v = lines(&out);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["id"], "x");
}

#[test]
fn invalid_utf8_is_an_error_line_or_replaced_with_lossy() {
    let mut input = b"{\"id\":7,\"text\":\"caf".to_vec();
    input.extend_from_slice(b"\xff\"}\n");
    let out = run(&["parse", "--jsonl"], &input);
    let v = lines(&out);
    assert_eq!(v[0]["error"]["kind"], "invalid_utf8");
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["parse", "--jsonl", "--lossy"], &input);
    assert!(out.status.success());
    assert_eq!(lines(&out)[0]["id"], 7);
}

#[test]
fn size_limit_gives_an_error_line() {
    let out = run(
        &["parse", "--jsonl", "--max-bytes", "5"],
        b"{\"id\":1,\"text\":\"longer than five\"}\n",
    );
    assert_eq!(lines(&out)[0]["error"]["kind"], "too_large");
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
    assert_eq!(run(&["parse", "--nope"], b"").status.code(), Some(2));
    assert_eq!(run(&["parse"], b"").status.code(), Some(2));
    assert!(run(&["--help"], b"").status.success());
}

#[test]
fn threads_keep_the_input_order() {
    let mut input = String::new();
    for i in 0..3000 {
        if i % 97 == 0 {
            input.push_str("garbage line\n");
        } else {
            input.push_str(&format!(
                "{{\"id\": {i}, \"text\": \"PARIS, Jan. {} (AFP) -- Story number {i}.\"}}\n",
                i % 28 + 1
            ));
        }
    }
    let one = run(&["parse", "--jsonl", "--threads", "1"], input.as_bytes());
    let many = run(&["parse", "--jsonl", "--threads", "7"], input.as_bytes());
    assert_eq!(one.stdout, many.stdout);
    let v = lines(&many);
    assert_eq!(v.len(), 3000);
    for (i, rec) in v.iter().enumerate() {
        if i % 97 == 0 {
            assert_eq!(rec["error"]["kind"], "invalid_json");
        } else {
            assert_eq!(rec["id"], i);
            assert_eq!(rec["dateline"]["date"]["day"], i % 28 + 1);
        }
    }
}

#[test]
fn keep_passes_other_fields_through() {
    let out = run(
        &["parse", "--jsonl", "--keep"],
        b"{\"id\": 5, \"text\": \"HAVANA (AP) -- Rain.\", \"feed\": \"x\", \"dateline\": 1}\n",
    );
    assert!(out.status.success());
    let v = lines(&out);
    assert_eq!(v[0]["id"], 5);
    assert_eq!(v[0]["feed"], "x");
    assert_eq!(
        v[0]["dateline"]["place"], "HAVANA",
        "the model's fields win"
    );
    assert!(v[0].get("text").is_none());
}

#[test]
fn stats_go_to_stderr() {
    let out = run(
        &["parse", "--jsonl", "--stats"],
        b"{\"id\": 1, \"text\": \"HAVANA (AP) -- Rain.\"}\n",
    );
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(err.contains("1 documents (0 failed)"), "{err}");
    assert!(err.contains("1 datelines"), "{err}");
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn pretty_does_not_go_with_jsonl() {
    assert_eq!(
        run(&["parse", "--jsonl", "--pretty"], b"").status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["parse", "--threads", "0", "-"], b"").status.code(),
        Some(2)
    );
}

#[test]
fn a_json_array_is_not_a_record() {
    let out = run(&["parse", "--jsonl"], b"[\"x\", \"y\"]\n");
    assert_eq!(lines(&out)[0]["error"]["kind"], "invalid_json");
    assert_eq!(out.status.code(), Some(1));
}
