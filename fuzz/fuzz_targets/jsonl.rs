//! Arbitrary bytes as JSON Lines input through `newswire::jsonl::run`, strict and lossy, with
//! and without `keep`, on one thread and on two: no panic; the same output either way; exactly one output line per
//! input line (a trailing fragment without '\n' counts); every output line is a JSON
//! object with an "id" key; the stats count every line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::jsonl::{Options, Stats, run};

fuzz_target!(
    // One run before the first input: the calling thread's first wait on a channel
    // registers a thread-local destructor (32 bytes that live until the process ends), which
    // the leak check would otherwise report against whichever input came first.
    init: {
        go(b"{\"id\": 0, \"text\": \"warm-up\"}\n", false, false, 2);
    },
    |data: &[u8]| {
    // A line is the bytes up to '\n'; a trailing fragment without one counts too.
    let input_lines = if data.is_empty() {
        0
    } else {
        data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n"))
    };
    for lossy in [false, true] {
        for keep in [false, true] {
            check(data, input_lines, lossy, keep);
        }
    }
});

fn check(data: &[u8], input_lines: usize, lossy: bool, keep: bool) {
    let one = go(data, lossy, keep, 1);
    let two = go(data, lossy, keep, 2);
    assert_eq!(one, two, "one thread and two threads give the same output");
    let (out, stats) = one;
    assert_eq!(stats.documents, input_lines, "documents counted");
    let text = std::str::from_utf8(&out).expect("output is UTF-8");
    assert!(
        out.is_empty() || out.ends_with(b"\n"),
        "output ends with a newline"
    );
    let lines: Vec<&str> = text.split_terminator('\n').collect();
    assert_eq!(lines.len(), input_lines, "one output line per input line");
    let mut failed = 0;
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("each output line is JSON");
        let obj = v.as_object().expect("each output line is an object");
        assert!(obj.contains_key("id"), "each output line has an id: {line}");
        failed += usize::from(!obj.contains_key("dateline"));
    }
    assert_eq!(stats.failed, failed, "failures counted");
}

fn go(data: &[u8], lossy: bool, keep: bool, threads: usize) -> (Vec<u8>, Stats) {
    let opts = Options {
        lossy,
        keep,
        threads,
    };
    let mut out = Vec::new();
    let stats = run(&newswire::Parser::new(), &opts, data, &mut out, |_| {})
        .expect("writing to a Vec never fails");
    (out, stats)
}
