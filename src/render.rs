//! The article as one self-contained HTML page, for checking an extraction by eye.
//!
//! The text is shown as printed, with the dateline, credits, every attribution (content,
//! source, cue) and every agreement (trigger, parties, counterparties, instrument, action)
//! highlighted. Each quotation links to its speaker and each agreement to its parties: a
//! click on either lights up the other parts of the same statement or act. A side panel
//! lists speakers and agreements. No external resources: CSS and script are inline.
//!
//! ```
//! let text = "HAVANA (AP) -- \"We agreed,\" Foreign Minister Ana Ruiz said.";
//! let article = newswire::parse(text);
//! let page = newswire::render::html(text, &article);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("class=\"hl dateline\""));
//! ```

use std::fmt::Write as _;

use crate::model::{Article, Span};

/// One highlighted stretch of the text: its span, its CSS classes and a title.
#[derive(Debug, Clone)]
struct Mark {
    span: Span,
    classes: String,
    title: String,
    id: Option<String>,
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape(s, &mut out);
    out
}

/// The marks of an article: dateline, credits, attributions, agreements.
fn marks(article: &Article<'_>) -> Vec<Mark> {
    let mut m = Vec::new();
    let mut push = |span: Span, classes: String, title: String, id: Option<String>| {
        if !span.is_empty() {
            m.push(Mark {
                span,
                classes,
                title,
                id,
            });
        }
    };
    if let Some(d) = &article.dateline {
        push(
            d.span,
            "dateline".into(),
            "dateline".into(),
            Some("dateline".into()),
        );
    }
    for (i, c) in article.credit_lines.iter().enumerate() {
        push(
            c.span,
            "credit".into(),
            format!("credit: {:?}", c.kind),
            Some(format!("credit-{i}")),
        );
    }
    for (i, a) in article.attributions.iter().enumerate() {
        let who = a.source.as_ref().map_or("no source".to_string(), |s| {
            s.name.as_deref().unwrap_or(&s.text).to_string()
        });
        let kind = format!("{:?}", a.kind).to_lowercase();
        let title = format!("{kind} attribution {i}: {who}");
        push(
            a.content.span,
            format!("attr content a{i} {kind}"),
            title.clone(),
            Some(format!("attr-{i}")),
        );
        if let Some(s) = &a.source {
            push(
                s.span,
                format!("attr source a{i}"),
                title.clone(),
                Some(format!("attr-{i}-source")),
            );
        }
        if let Some(c) = &a.cue {
            push(c.span, format!("attr cue a{i}"), title.clone(), None);
        }
    }
    for (j, g) in article.agreements.iter().enumerate() {
        let title = format!("agreement {j}: {:?}", g.status).to_lowercase();
        push(
            g.trigger.span,
            format!("agr trigger g{j}"),
            title.clone(),
            Some(format!("agr-{j}")),
        );
        for p in &g.parties {
            push(p.span, format!("agr party g{j}"), title.clone(), None);
        }
        for p in &g.counterparties {
            push(
                p.span,
                format!("agr counterparty g{j}"),
                title.clone(),
                None,
            );
        }
        if let Some(x) = &g.instrument {
            push(x.span, format!("agr instrument g{j}"), title.clone(), None);
        }
        if let Some(x) = &g.action {
            push(x.span, format!("agr action g{j}"), title.clone(), None);
        }
    }
    m
}

/// The text with its marks: cut at every mark's bounds, each piece wrapped in one `<span>`
/// carrying the classes of every mark that covers it, so that overlapping and nested marks
/// need no nesting of elements.
fn body(text: &str, marks: &[Mark], out: &mut String) {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for m in marks {
        for at in [m.span.start, m.span.end] {
            if at <= text.len() && text.is_char_boundary(at) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Marks sorted by start; a sweep keeps those covering the current piece.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| marks[i].span.start);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut opened_ids: Vec<bool> = vec![false; marks.len()];
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        while next < order.len() && marks[order[next]].span.start <= s {
            active.push(order[next]);
            next += 1;
        }
        active.retain(|&i| marks[i].span.end > s);
        let piece = &text[s..e];
        if active.is_empty() {
            escape(piece, out);
            continue;
        }
        let mut classes = String::from("hl");
        let mut titles = Vec::new();
        let mut ids = Vec::new();
        for &i in &active {
            classes.push(' ');
            classes.push_str(&marks[i].classes);
            titles.push(marks[i].title.as_str());
            if !opened_ids[i] {
                opened_ids[i] = true;
                if let Some(id) = &marks[i].id {
                    ids.push(id.as_str());
                }
            }
        }
        titles.dedup();
        out.push_str("<span class=\"");
        out.push_str(&classes);
        out.push_str("\" title=\"");
        escape(&titles.join("\n"), out);
        out.push('"');
        if let Some(id) = ids.first() {
            let _ = write!(out, " id=\"{id}\"");
        }
        out.push('>');
        for id in ids.iter().skip(1) {
            let _ = write!(out, "<a id=\"{id}\"></a>");
        }
        escape(piece, out);
        out.push_str("</span>");
    }
}

const STYLE: &str = r#"
body { font: 16px/1.55 Georgia, serif; margin: 0; display: flex; color: #222; }
main { flex: 3; padding: 1.5em 2em; white-space: pre-wrap; max-width: 48em; }
aside { flex: 2; padding: 1.5em; background: #f6f6f4; border-left: 1px solid #ddd; font: 14px/1.4 sans-serif; }
aside h2 { font-size: 15px; margin: 1.2em 0 .4em; }
aside li { margin: .3em 0; cursor: pointer; }
.hl { border-radius: 2px; }
.dateline { background: #d8e8ff; font-weight: bold; }
.credit { background: #e8e8e8; }
.attr.content { background: #fff3b0; }
.attr.content.indirect { background: #fde2c8; }
.attr.source { background: #c9f2c7; font-weight: bold; }
.attr.cue { text-decoration: underline 2px #2a7; }
.agr.trigger { background: #f7c6d9; font-weight: bold; }
.agr.party, .agr.counterparty { outline: 2px solid #c2185b; }
.agr.instrument { text-decoration: underline 2px dotted #c2185b; }
.agr.action { text-decoration: underline 2px #c2185b; }
.lit { box-shadow: 0 0 0 3px #ff9800; }
.key span { padding: 0 .3em; }
"#;

const SCRIPT: &str = r#"
function light(cls) {
  document.querySelectorAll('.lit').forEach(e => e.classList.remove('lit'));
  document.querySelectorAll('.' + cls).forEach(e => e.classList.add('lit'));
}
document.querySelectorAll('main .hl').forEach(e => e.addEventListener('click', () => {
  const c = [...e.classList].find(k => /^[ag]\d+$/.test(k));
  if (c) light(c);
}));
document.querySelectorAll('aside li[data-key]').forEach(e => e.addEventListener('click', () => {
  light(e.dataset.key);
  const t = document.querySelector('main .' + e.dataset.key);
  if (t) t.scrollIntoView({block: 'center'});
}));
const summary = document.getElementById('summary');
if (summary) {
  const count = p => new Set([...document.querySelectorAll('main .hl')].flatMap(e =>
    [...e.classList].filter(k => p.test(k)))).size;
  summary.textContent = 'highlighted: ' + count(/^a\d+$/) + ' attributions, ' +
    count(/^g\d+$/) + ' agreements';
  summary.dataset.attributions = count(/^a\d+$/);
  summary.dataset.agreements = count(/^g\d+$/);
}
"#;

/// The article as a self-contained HTML page: the text with everything extracted
/// highlighted, and a panel listing speakers and agreements.
pub fn html(text: &str, article: &Article<'_>) -> String {
    let marks = marks(article);
    let mut out = String::with_capacity(text.len() * 2 + 4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    let title = article.dateline.as_ref().map_or_else(
        || "newswire".to_string(),
        |d| format!("newswire: {}", d.text.trim()),
    );
    let _ = write!(
        out,
        "<title>{}</title><style>{STYLE}</style></head><body>",
        esc(&title)
    );
    out.push_str("<main>");
    body(text, &marks, &mut out);
    out.push_str("</main><aside>");
    let _ = write!(
        out,
        "<p id=\"summary\" data-attributions=\"{}\" data-agreements=\"{}\">{} attributions, {} agreements</p>",
        article.attributions.len(),
        article.agreements.len(),
        article.attributions.len(),
        article.agreements.len()
    );
    out.push_str("<p class=\"key\"><span class=\"dateline\">dateline</span> <span class=\"attr content\">quote</span> <span class=\"attr content indirect\">indirect</span> <span class=\"attr source\">speaker</span> <span class=\"agr trigger\">agreement</span></p>");
    if let Some(d) = &article.dateline {
        let date = d.date.map_or(String::new(), |x| {
            format!(
                "{}-{}-{}",
                x.year.map_or("?".into(), |y| y.to_string()),
                x.month.map_or("?".into(), |m| m.to_string()),
                x.day.map_or("?".into(), |d| d.to_string())
            )
        });
        let agencies: Vec<&str> = d.agencies.iter().map(|a| a.short_name()).collect();
        let _ = write!(
            out,
            "<h2>Dateline</h2><p>{} {} {} {}</p>",
            esc(d.place.as_deref().unwrap_or("")),
            esc(d.region.as_deref().unwrap_or("")),
            esc(&date),
            esc(&agencies.join(", "))
        );
    }
    if !article.credits.is_empty() {
        let c: Vec<&str> = article.credits.iter().map(|a| a.short_name()).collect();
        let _ = write!(out, "<h2>Credits</h2><p>{}</p>", esc(&c.join(", ")));
    }
    out.push_str("<h2>Who said what</h2><ol start=\"0\">");
    for (i, a) in article.attributions.iter().enumerate() {
        let who = a.source.as_ref().map_or("(no source)".to_string(), |s| {
            s.name.as_deref().unwrap_or(&s.text).to_string()
        });
        let excerpt: String = a.content.text.chars().take(90).collect();
        let _ = write!(
            out,
            "<li data-key=\"a{i}\"><a href=\"#attr-{i}\"><b>{}</b></a> ({}): {}…</li>",
            esc(&who),
            esc(a.cue.as_ref().map_or("", |c| &c.text)),
            esc(&excerpt)
        );
    }
    out.push_str("</ol><h2>Agreements</h2><ol start=\"0\">");
    for (j, g) in article.agreements.iter().enumerate() {
        let parties: Vec<&str> = g
            .parties
            .iter()
            .map(|p| p.name.as_deref().unwrap_or(&p.text))
            .collect();
        let with: Vec<&str> = g
            .counterparties
            .iter()
            .map(|p| p.name.as_deref().unwrap_or(&p.text))
            .collect();
        let _ = write!(
            out,
            "<li data-key=\"g{j}\"><a href=\"#agr-{j}\"><b>{}</b></a> {:?}{}{}: {} {}</li>",
            esc(&g.trigger.text),
            g.status,
            if g.negated { " (negated)" } else { "" },
            if g.future { " (future)" } else { "" },
            esc(&parties.join(", ")),
            esc(&if with.is_empty() {
                String::new()
            } else {
                format!("with {}", with.join(", "))
            })
        );
    }
    out.push_str("</ol></aside><script>");
    out.push_str(SCRIPT);
    out.push_str("</script></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_marks_do_not_nest_elements() {
        let text = "WASHINGTON (AP) — <b>\"A & B,\"</b> he said.";
        let article = crate::parse(text);
        let page = html(text, &article);
        assert!(page.contains("&lt;b&gt;"), "the text is escaped");
        assert_eq!(
            page.matches("<span").count(),
            page.matches("</span>").count()
        );
    }

    #[test]
    fn every_mark_gets_a_piece() {
        let marks = vec![
            Mark {
                span: Span::new(0, 5),
                classes: "x a0".into(),
                title: "t".into(),
                id: Some("attr-0".into()),
            },
            Mark {
                span: Span::new(3, 8),
                classes: "y g0".into(),
                title: "u".into(),
                id: Some("agr-0".into()),
            },
        ];
        let mut out = String::new();
        body("abcdefghij", &marks, &mut out);
        assert!(out.contains("class=\"hl x a0\" title=\"t\" id=\"attr-0\">abc</span>"));
        assert!(out.contains("class=\"hl x a0 y g0\""));
        assert!(out.contains("id=\"agr-0\""));
        assert!(out.ends_with("ij"));
    }
}
