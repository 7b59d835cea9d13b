//! A JSON Schema (draft 2020-12) of what `newswire` writes, generated from the model types.
//!
//! [`output`] describes one output document: a parsed article (with the `id` copied in
//! JSON Lines mode) or an error line. The repository ships it as `newswire.schema.json`;
//! `newswire schema` prints it.
//!
//! ```
//! let schema = newswire::schema::output();
//! assert_eq!(schema["title"], "newswire output");
//! assert!(schema["$defs"]["Dateline"].is_object());
//! ```

use serde_json::{Map, Value, json};

use crate::Article;

/// Every property of every object is required: absent things are `null` or `[]`, never
/// omitted (the contract).
fn require_all(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                let keys: Vec<Value> = props.keys().cloned().map(Value::String).collect();
                map.insert("required".into(), Value::Array(keys));
            }
            for child in map.values_mut() {
                require_all(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(require_all),
        _ => {}
    }
}

/// The schema of a parsed article, with its `$defs`.
pub fn article() -> Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Article<'static>)).unwrap_or_else(|_| json!({}));
    require_all(&mut schema);
    schema
}

/// The schema of one output document: an article (`id` is present in JSON Lines mode) or
/// an error line.
pub fn output() -> Value {
    let mut article = article();
    let obj = article
        .as_object_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    let mut branch = Map::new();
    let mut defs = Value::Object(Map::new());
    for (k, v) in obj {
        match k.as_str() {
            "$defs" => defs = v,
            "$schema" | "title" => {}
            _ => {
                branch.insert(k, v);
            }
        }
    }
    if let Some(Value::Object(props)) = branch.get_mut("properties") {
        props.insert(
            "id".into(),
            json!({"description": "The input record's id, copied as is (JSON Lines mode)."}),
        );
    }
    branch.insert("description".into(), json!("A parsed article."));
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newswire output",
        "description": "One document that newswire writes: a parsed article, or (JSON Lines mode) an error line for an input line that could not be used.",
        "oneOf": [
            Value::Object(branch),
            {
                "description": "An input line that could not be used.",
                "type": "object",
                "properties": {
                    "id": {"description": "The input record's id, or null where none could be read."},
                    "error": {
                        "type": "object",
                        "properties": {
                            "kind": {
                                "type": "string",
                                "enum": ["invalid_json", "missing_text", "empty_line", "invalid_utf8", "too_large"]
                            },
                            "message": {"type": "string"}
                        },
                        "required": ["kind", "message"]
                    }
                },
                "required": ["id", "error"]
            }
        ],
        "$defs": defs
    })
}
