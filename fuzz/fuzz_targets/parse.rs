//! Arbitrary bytes through `newswire::parse_bytes` (and, when they are not UTF-8, `parse`
//! of the lossy decoding): no panic; every span in bounds and on char boundaries; every
//! object with a `span` and a `text` has the text at that span; parsing is deterministic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => {
            let article = newswire::parse_bytes(data).expect("valid UTF-8 under the size limit");
            assert_eq!(article, newswire::parse(text));
            check(text, &article);
        }
        Err(e) => {
            assert_eq!(
                newswire::parse_bytes(data),
                Err(newswire::Error::InvalidUtf8 {
                    offset: e.valid_up_to()
                })
            );
            let lossy = String::from_utf8_lossy(data);
            let article = newswire::parse(&lossy);
            check(&lossy, &article);
        }
    }
});

fn check(text: &str, article: &newswire::Article<'_>) {
    let value = serde_json::to_value(article).expect("the article serializes");
    walk(text, &value);
    // Deterministic: a second parse gives the same article and the same JSON.
    let again = newswire::parse(text);
    assert_eq!(article, &again);
    assert_eq!(value, serde_json::to_value(&again).expect("serializes"));
}

fn walk(text: &str, v: &Value) {
    match v {
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (map.get("start"), map.get("end")) {
                let s = s.as_u64().expect("start is an integer") as usize;
                let e = e.as_u64().expect("end is an integer") as usize;
                assert!(s <= e, "start {s} > end {e}");
                assert!(
                    e <= text.len(),
                    "end {e} past the text's {} bytes",
                    text.len()
                );
                assert!(
                    text.is_char_boundary(s) && text.is_char_boundary(e),
                    "{s}..{e} not on char boundaries"
                );
            }
            if let (Some(span), Some(Value::String(t))) = (map.get("span"), map.get("text")) {
                let s = span["start"].as_u64().expect("span.start") as usize;
                let e = span["end"].as_u64().expect("span.end") as usize;
                assert_eq!(text.get(s..e), Some(t.as_str()), "text at span {s}..{e}");
            }
            for child in map.values() {
                walk(text, child);
            }
        }
        Value::Array(items) => {
            for child in items {
                walk(text, child);
            }
        }
        _ => {}
    }
}
