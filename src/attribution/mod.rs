//! Attributions: who (source) said (cue) what (content).
//!
//! Three passes, each linear in the text:
//!
//! 1. **Direct**: each quotation of speech looks for its frame right after its closing mark
//!    (`"...," X said.`, `"...," said X.`) or right before its opening mark
//!    (`X said: "..."`, `X said, "..."`); quotations that follow a frame at once
//!    (`"A," he said. "B."`) join the same attribution as further parts.
//! 2. **Indirect and mixed**: each sentence is scanned for cue words from the lexicon
//!    ([`cue`]) outside quotations; the rules of [`grammar`] find the subject and the
//!    content (`X said (that) ...`, `X told Y (that) ...`, `..., X said.`,
//!    `according to X, ...`). Content holding a quotation makes the attribution mixed.
//!    A headline `Name: ...` is attributed to the name.
//! 3. **Continuations**: a quotation of speech that opens its sentence with no frame of
//!    its own is given the source of the statement before it.
//!
//! Sources are then resolved to names in text order: a pronoun to the last speaker named
//! (or the last person named), `the statement` to the last speaker that is not a document,
//! other mentions through the [`EntityTable`].

pub mod cue;
pub mod grammar;

use std::borrow::Cow;

use crate::entity::{EntityTable, tokens};
use crate::model::{Attribution, AttributionKind, Excerpt, Mention, Quote, QuoteKind, Span};
use crate::text::Document;
use cue::Form;
use grammar::{Words, is_cap, is_in};

/// A statement found, before its source is resolved to a name.
#[derive(Debug, Clone)]
struct Draft {
    kind: AttributionKind,
    content: Span,
    source: Option<Span>,
    /// Take the source of the statement before (a continuation, an `-ing` clause).
    inherit: bool,
    cue: Option<Span>,
    parts: Vec<Span>,
    quotes: Vec<usize>,
}

/// Finds every reported statement of the document, in order of its content.
pub fn extract<'a>(
    doc: &Document<'a>,
    quotes: &[Quote<'a>],
    entities: &EntityTable<'a>,
) -> Vec<Attribution<'a>> {
    let text = doc.text();
    let top = top_level(quotes);
    let mut used = vec![false; quotes.len()];
    let mut drafts: Vec<Draft> = Vec::new();
    let mut cues_used: Vec<usize> = Vec::new();
    let mut toks: Vec<Span> = Vec::new();

    // 1. Direct quotations with a frame.
    let mut t = 0;
    while t < top.len() {
        let qi = top[t];
        t += 1;
        let q = &quotes[qi];
        if used[qi] || q.kind != QuoteKind::Speech {
            continue;
        }
        let Some(para) = doc.paragraph_at(q.span.start).map(|p| doc.paragraphs()[p]) else {
            continue;
        };
        // A quotation over several paragraphs ends in a later one.
        let end_para = doc
            .paragraph_at(q.span.end.saturating_sub(1))
            .map_or(para, |p| doc.paragraphs()[p]);
        let frame = frame_after(text, q, end_para, &mut toks)
            .or_else(|| frame_before(doc, q, para, &mut toks));
        let Some((source, cue, frame_end)) = frame else {
            continue;
        };
        used[qi] = true;
        cues_used.push(cue.start);
        // A quotation that ends a paraphrase (`... by "paying attention," CNN reported`)
        // makes a mixed statement that runs from the sentence's start.
        let lead_start = doc
            .sentence_at(q.span.start)
            .map(|s| doc.sentences()[s].start.max(para.start))
            .filter(|&s| {
                s < q.span.start
                    && frame_end > q.span.end
                    && text.get(s..q.span.start).is_some_and(|l| {
                        tokens(text, Span::new(s, q.span.start)).count() >= 2
                            && !l.trim_end().ends_with([':', ','])
                    })
            });
        if let Some(ls) = lead_start {
            drafts.push(Draft {
                kind: AttributionKind::Mixed,
                content: Span::new(ls, q.content.span.end),
                source,
                inherit: false,
                cue: Some(cue),
                parts: Vec::new(),
                quotes: vec![qi],
            });
            continue;
        }
        let mut parts = vec![q.content.span];
        let mut linked = vec![qi];
        let mut end = q.content.span.end;
        // Quotations that follow the frame at once belong to the same statement.
        let mut at = frame_end.max(q.span.end);
        while t < top.len() {
            let nq = &quotes[top[t]];
            let gap = text.get(at..nq.span.start).unwrap_or("x");
            if nq.span.start > para.end
                || nq.kind != QuoteKind::Speech
                || !gap
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '—' | '–'))
            {
                break;
            }
            used[top[t]] = true;
            parts.push(nq.content.span);
            linked.push(top[t]);
            end = nq.content.span.end;
            at = nq.span.end;
            t += 1;
        }
        drafts.push(Draft {
            kind: AttributionKind::Direct,
            content: Span::new(q.content.span.start, end),
            source,
            inherit: false,
            cue: Some(cue),
            parts: if parts.len() > 1 { parts } else { Vec::new() },
            quotes: linked,
        });
    }
    let mut claimed: Vec<Span> = drafts.iter().map(|d| d.content).collect();
    claimed.extend(top.iter().filter(|&&i| used[i]).map(|&i| quotes[i].span));
    claimed.sort();
    cues_used.sort_unstable();

    // 2. Indirect and mixed statements, sentence by sentence.
    let mut qpos = 0;
    let mut indirect: Vec<Draft> = Vec::new();
    for (si, &sent) in doc.sentences().iter().enumerate() {
        toks.clear();
        toks.extend(tokens(text, sent));
        let ws = Words {
            text,
            toks: &toks,
            sent,
        };
        while qpos < top.len() && quotes[top[qpos]].span.end <= sent.start {
            qpos += 1;
        }
        let in_quote = |s: Span| {
            top[qpos..]
                .iter()
                .take_while(|&&i| quotes[i].span.start < sent.end)
                .any(|&i| quotes[i].span.contains(s))
        };
        let first_in_sentence = indirect.len();
        for (k, &tk) in toks.iter().enumerate() {
            let w = ws.w(k);
            let according = w.eq_ignore_ascii_case("according") && ws.w(k + 1) == "to";
            let lower = w.starts_with(|c: char| c.is_ascii_lowercase());
            let Some(c) = lower
                .then(|| cue_word(w))
                .flatten()
                .or(according.then_some(cue::Cue {
                    lemma: "according to",
                    form: Form::Past,
                    object: false,
                    needs_that: false,
                    noun_like: false,
                    stance: false,
                }))
            else {
                continue;
            };
            // `Trump’s comments`: a noun after a possessive is no cue.
            let possessive = k > 0 && ws.gap_before(k).contains(['’', '\'']);
            if possessive || cues_used.binary_search(&tk.start).is_ok() || in_quote(tk) {
                continue;
            }
            let d = if according {
                according_to(&ws, k)
            } else {
                cue_clause(&ws, k, c, &indirect[first_in_sentence..])
            };
            if let Some(mut d) = d {
                // Content that runs into a quotation claimed by a direct statement stops
                // before it.
                let i = claimed.partition_point(|c| c.end <= d.content.start);
                if let Some(c) = claimed.get(i) {
                    if c.start > d.content.start + 8 && c.start < d.content.end {
                        d.content.end = grammar::trim_end(text, d.content.start, c.start);
                        d.parts.retain(|p| p.end <= d.content.end);
                    }
                }
                if d.content.len() < 4 || overlaps_claimed(&claimed, d.content) {
                    continue;
                }
                for &i in &top[qpos..] {
                    let qs = quotes[i].span;
                    if qs.start >= d.content.end {
                        break;
                    }
                    if qs.end > d.content.start && !used[i] {
                        d.kind = AttributionKind::Mixed;
                        d.quotes.push(i);
                        // A quotation cut by the sentence split runs to its end.
                        if quotes[i].content.span.end > d.content.end
                            && doc.paragraph_at(qs.start) == doc.paragraph_at(d.content.start)
                        {
                            d.content.end = quotes[i].content.span.end;
                        }
                    }
                }
                for &i in &d.quotes {
                    used[i] = true;
                }
                indirect.push(d);
            }
        }
        // A quoted fragment in a sentence with no cue of the lexicon: the subject's own
        // verb frames it (`Bush called Trump “unhinged.”`).
        if indirect.len() == first_in_sentence && !toks.is_empty() {
            let frag = top[qpos..]
                .iter()
                .take_while(|&&i| quotes[i].span.start < sent.end)
                .find(|&&i| {
                    !used[i]
                        && quotes[i].span.start > toks[0].start
                        && quotes[i].span.end <= sent.end
                })
                .copied();
            if let Some(qi) = frag {
                if let Some(mut d) = verb_frame(&ws, quotes[qi].span.start) {
                    if !overlaps_claimed(&claimed, d.content) {
                        d.kind = AttributionKind::Mixed;
                        for &i in &top[qpos..] {
                            let qs = quotes[i].span;
                            if qs.start >= d.content.end {
                                break;
                            }
                            if qs.end > d.content.start && !used[i] {
                                used[i] = true;
                                d.quotes.push(i);
                            }
                        }
                        indirect.push(d);
                    }
                }
            }
        }
        if si == 0 {
            if let Some(d) = headline_colon(&ws, doc) {
                if !overlaps_claimed(&claimed, d.content) {
                    indirect.push(d);
                }
            }
        }
    }
    drafts.extend(indirect);

    // 3. Quotations that open their sentence with no frame continue the statement before.
    for &qi in &top {
        let q = &quotes[qi];
        if used[qi] || q.kind != QuoteKind::Speech {
            continue;
        }
        let Some(s) = doc.sentence_at(q.span.start) else {
            continue;
        };
        let sent = doc.sentences()[s];
        let lead = text.get(sent.start..q.span.start).unwrap_or("x");
        if !lead.trim().is_empty() {
            continue;
        }
        // Speech: a sentence or more, ending as sentences end.
        let c = q.content.text.trim_end();
        let n_words = c.split_whitespace().count();
        if n_words < 2 || !(q.unclosed || n_words >= 4 || c.ends_with(['.', '?', '!', '…', ',']))
        {
            continue;
        }
        used[qi] = true;
        drafts.push(Draft {
            kind: AttributionKind::Direct,
            content: q.content.span,
            source: None,
            inherit: true,
            cue: None,
            parts: Vec::new(),
            quotes: vec![qi],
        });
    }

    drafts.sort_by_key(|d| (d.content.start, d.content.end));
    resolve(doc, entities, drafts)
}

/// The cue of a lower-case word (`said`, not `State`).
fn cue_word(w: &str) -> Option<cue::Cue> {
    if w.starts_with(|c: char| c.is_ascii_lowercase()) {
        cue::lookup(w)
    } else {
        None
    }
}

/// The quotations not nested inside another, as indexes, in order.
fn top_level(quotes: &[Quote]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(quotes.len());
    let mut reach = 0;
    for (i, q) in quotes.iter().enumerate() {
        if q.span.start >= reach || out.is_empty() {
            out.push(i);
            reach = q.span.end;
        }
    }
    out
}

/// Whether `s` overlaps a claimed span by half of itself or more.
fn overlaps_claimed(claimed: &[Span], s: Span) -> bool {
    let i = claimed.partition_point(|c| c.end <= s.start);
    claimed[i..]
        .iter()
        .take_while(|c| c.start < s.end)
        .any(|c| {
            let inter = c.end.min(s.end).saturating_sub(c.start.max(s.start));
            inter * 2 >= s.len().min(c.len()).max(1)
        })
}

/// Where a quotation's content ends with punctuation that lets a frame follow (or a
/// long quotation that opens its paragraph ends without any).
fn ends_for_frame(text: &str, q: &Quote, para: Span) -> bool {
    let c = q.content.text.trim_end();
    let after = text.get(q.span.end..).unwrap_or("");
    c.ends_with([',', '?', '!', '—', '–', '-', '…'])
        || after.starts_with(',')
        || (c.ends_with('.') && after.trim_start().starts_with(char::is_lowercase))
        || (q.span.start == para.start
            && !c.ends_with(['.', ':', ';'])
            && c.split_whitespace().count() >= 4)
}

/// Whether `before` ends with a title's abbreviation or an initial (`Lt`, `Sen`, `J`),
/// so a full stop after it does not end the sentence.
fn abbreviation_before(before: &str) -> bool {
    let w = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    crate::entity::is_title(w) || (w.chars().count() == 1 && is_cap(w))
}

/// `"...," X said.` / `"...," said X.`: the frame after a quotation. Returns the source,
/// the cue and where the frame ends.
fn frame_after(
    text: &str,
    q: &Quote,
    para: Span,
    toks: &mut Vec<Span>,
) -> Option<(Option<Span>, Span, usize)> {
    if q.unclosed || !ends_for_frame(text, q, para) {
        return None;
    }
    let mut stop = (q.span.end + 240).min(para.end);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    // The frame ends at the sentence's end or at the next quotation.
    let region = text.get(q.span.end..stop)?;
    let cut = region
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '?' | '!' | ';' | '"' | '“' | '”' | '«' | '„')
                && !(c == '.' && abbreviation_before(&region[..i]))
        })
        .map_or(region.len(), |(i, _)| i);
    let sent = Span::new(q.span.end, q.span.end + cut);
    toks.clear();
    toks.extend(tokens(text, sent));
    let ws = Words { text, toks, sent };
    if toks.is_empty() {
        return None;
    }
    let lead = ws.gap_before(0);
    if !lead
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'))
    {
        return None;
    }
    // `said X` (cue first).
    if let Some(c) = cue_word(ws.w(0)) {
        if c.form != Form::Ing && !c.needs_that && !c.stance {
            let src = grammar::noun_phrase_from(&ws, 1)
                .map(|(a, b)| Span::new(toks[a].start, toks[b].end));
            let end = src.map_or(toks[0].end, |s| s.end);
            return Some((src, toks[0], end));
        }
    }
    // `X said` (subject first), the subject within a few words, an apposition allowed.
    for k in 1..toks.len().min(grammar::MAX_NP + 10) {
        let Some(c) = cue_word(ws.w(k)) else {
            continue;
        };
        if c.form == Form::Ing || c.needs_that && c.form != Form::Past || c.stance {
            continue;
        }
        // `..., while police said`: a clause of its own, no frame.
        if is_in(
            &[
                "while", "and", "but", "as", "when", "because", "after", "before", "though",
                "although", "if", "so", "whereas", "since",
            ],
            ws.w(0),
        ) {
            return None;
        }
        let subj = grammar::subject_before(&ws, k);
        let (a, b) = match subj {
            Some((a, b)) if a == 0 => (a, b),
            // A long title before the name: `University of X political scientist Y said`.
            Some((_, b)) if (0..b).all(|i| ws.joined(i) && cue_word(ws.w(i)).is_none()) => (0, b),
            _ => {
                // `Smith, a spokesman for X, said`: the name before the apposition.
                if !ws.gap_before(k).contains(',') {
                    if k > 3 {
                        return None;
                    }
                    continue;
                }
                let np = grammar::noun_phrase_from(&ws, 0)?;
                (np.0, np.1)
            }
        };
        let src = Span::new(toks[a].start, toks[b].end);
        return Some((Some(src), toks[k], toks[k].end));
    }
    None
}

/// `X said: "..."`, `X said, "..."`: the frame before a quotation.
fn frame_before(
    doc: &Document,
    q: &Quote,
    para: Span,
    toks: &mut Vec<Span>,
) -> Option<(Option<Span>, Span, usize)> {
    let text = doc.text();
    let s = doc.sentence_at(q.span.start)?;
    let start = doc.sentences()[s].start.max(para.start);
    if start >= q.span.start {
        return None;
    }
    let sent = Span::new(start, q.span.start);
    toks.clear();
    toks.extend(tokens(text, sent));
    let ws = Words { text, toks, sent };
    let n = toks.len();
    if n == 0 {
        return None;
    }
    let tail = ws.gap_after(n - 1);
    let punct = tail.contains([',', ':']);
    let capital = q.content.text.trim_start().starts_with(char::is_uppercase);
    if !(punct || capital)
        || !tail
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–'))
    {
        return None;
    }
    // The cue within the last few words; what follows it is adverbial or the hearer.
    for k in (n.saturating_sub(8)..n).rev() {
        let Some(c) = cue_word(ws.w(k)) else {
            continue;
        };
        if c.needs_that && c.form != Form::Past {
            continue;
        }
        let subj = if c.form == Form::Ing {
            None
        } else {
            grammar::subject_before(&ws, k)
        };
        if subj.is_none() && c.form != Form::Ing {
            // `said Smith: "..."`
            if let Some((a, b)) = grammar::noun_phrase_from(&ws, k + 1) {
                if b + 1 == n && is_cap(ws.w(a)) {
                    return Some((
                        Some(Span::new(toks[a].start, toks[b].end)),
                        toks[k],
                        q.span.start,
                    ));
                }
            }
            continue;
        }
        // Between the cue and the quotation: no clause of its own (`that` is fine).
        if (k + 1..n).any(|m| cue_word(ws.w(m)).is_some()) {
            return None;
        }
        let src = subj.map(|(a, b)| Span::new(toks[a].start, toks[b].end));
        return Some((src, toks[k], q.span.start));
    }
    // `The headline reads: "..."`: any verb of the sentence's subject before a colon.
    if tail.contains(':') {
        if let Some(d) = verb_frame(&ws, q.span.start) {
            if let (Some(src), Some(cue)) = (d.source, d.cue) {
                return Some((Some(src), cue, q.span.start));
            }
        }
    }
    None
}

/// One cue word of a sentence with its subject and content: `X said (that) ...`,
/// `X told Y (that) ...`, `..., X said.`, `..., said X.`, `X said A, adding B`.
fn cue_clause(ws: &Words, k: usize, c: cue::Cue, earlier: &[Draft]) -> Option<Draft> {
    let text = ws.text;
    let toks = ws.toks;
    let n = toks.len();
    let cue_span = toks[k];
    let prev = if k > 0 { ws.w(k - 1) } else { "" };
    // `to say` is no statement, but `went on to say` is.
    if prev.eq_ignore_ascii_case("to")
        && ws.joined(k - 1)
        && !(k > 1 && ws.w(k - 2).eq_ignore_ascii_case("on"))
    {
        return None;
    }
    let comma_before = k > 0 && ws.gap_before(k).contains(',');
    if c.form == Form::Ing {
        // `..., adding that ...`: the subject of the statement before.
        if !comma_before {
            return None;
        }
        let (cs, that) = grammar::content_start(ws, k, c.object)?;
        if c.needs_that && !that {
            return None;
        }
        let end = clause_end(ws, cs);
        return Some(Draft {
            kind: AttributionKind::Indirect,
            content: Span::new(toks[cs].start, end),
            source: earlier.last().and_then(|d| d.source),
            inherit: earlier.last().is_none_or(|d| d.source.is_none()),
            cue: Some(cue_span),
            parts: Vec::new(),
            quotes: Vec::new(),
        });
    }
    if comma_before && c.form != Form::Base && !c.needs_that && k >= 2 {
        if let Some(d) = inverted_clause(ws, k) {
            return Some(d);
        }
    }
    if c.stance {
        return stance_clause(ws, k, c);
    }
    let mut subj = grammar::subject_before(ws, k);
    if subj.is_none()
        && k > 1
        && is_in(&["and", "but", "then"], prev)
        && ws.joined(k - 1)
        && !is_cap(prev)
    {
        // A second verb of the sentence's subject (`Rubio thanked Miami and said ...`).
        subj = earlier
            .last()
            .and_then(|d| d.source)
            .and_then(|s| {
                let a = toks.iter().position(|t| t.start == s.start)?;
                let b = toks.iter().rposition(|t| t.end == s.end)?;
                Some((a, b))
            })
            .or_else(|| sentence_subject(ws, k));
        let (a, b) = subj?;
        let (cs, that) = grammar::content_start(ws, k, c.object)?;
        if c.needs_that && !that || cs + 1 >= n {
            return None;
        }
        return Some(Draft {
            kind: AttributionKind::Indirect,
            content: Span::new(toks[cs].start, clause_end(ws, cs)),
            source: Some(Span::new(toks[a].start, toks[b].end)),
            inherit: false,
            cue: Some(cue_span),
            parts: Vec::new(),
            quotes: Vec::new(),
        });
    }
    if let Some((a, b)) = subj {
        if c.noun_like && matches!(c.form, Form::Base | Form::Third) {
            let last = ws.w(b);
            if !(is_in(grammar::PRONOUNS, last) || is_cap(last) || last.ends_with('s')) {
                return None;
            }
        }
        let last = ws.w(b);
        if c.form == Form::Base
            && !(is_in(&["they", "we", "i", "you", "who"], last)
                || last.ends_with('s')
                || last.ends_with("percent")
                || last.chars().all(|ch| ch.is_ascii_digit()))
        {
            return None;
        }
        let source = Span::new(toks[a].start, toks[b].end);
        let comma_before_subj = a > 0 && ws.gap_before(a).contains(',');
        // `A, X said.` / `A, X said, and B.`
        let after = grammar::content_start(ws, k, c.object);
        let tail_empty = match after {
            None => true,
            Some((cs, _)) => ws.gap_before(cs).contains(','),
        };
        if comma_before_subj && tail_empty && !c.needs_that {
            let end_a = trim_to(text, toks[0].start, toks[a].start);
            let start = ws.sent.start;
            let more = after.filter(|(cs, _)| ws.gap_before(*cs).contains(','));
            let (content, parts) = match more {
                Some((cs, _)) => {
                    let end = grammar::trim_end(text, toks[cs].start, ws.sent.end);
                    (
                        Span::new(start, end),
                        vec![Span::new(start, end_a), Span::new(toks[cs].start, end)],
                    )
                }
                None => (Span::new(start, end_a), Vec::new()),
            };
            if a < 2 {
                return None;
            }
            return Some(Draft {
                kind: AttributionKind::Indirect,
                content,
                source: Some(source),
                inherit: false,
                cue: Some(cue_span),
                parts,
                quotes: Vec::new(),
            });
        }
        let (cs, that) = after?;
        if c.needs_that && !that {
            return None;
        }
        // `X says, win or lose, he stays`: a comma after the cue is fine when the
        // subject opens the sentence.
        if ws.gap_before(cs).contains(',') && !that && a > 0 {
            return None;
        }
        let end = clause_end(ws, cs);
        if cs + 1 >= n {
            return None;
        }
        return Some(Draft {
            kind: AttributionKind::Indirect,
            content: Span::new(toks[cs].start, end),
            source: Some(source),
            inherit: false,
            cue: Some(cue_span),
            parts: Vec::new(),
            quotes: Vec::new(),
        });
    }
    None
}

/// `X criticized the plan`, `X wants to ...`: a verb of stance after a named or pronoun
/// subject, its object or clause as the content.
fn stance_clause(ws: &Words, k: usize, c: cue::Cue) -> Option<Draft> {
    let toks = ws.toks;
    let n = toks.len();
    if !matches!(c.form, Form::Past | Form::Third) || k == 0 {
        return None;
    }
    let prev = ws.w(k - 1);
    if is_in(
        &[
            "was", "were", "been", "be", "being", "is", "are", "get", "got", "the", "a", "an",
        ],
        prev,
    ) {
        return None;
    }
    let (a, b) = grammar::subject_before(ws, k)?;
    if !((a..=b).any(|i| is_cap(ws.w(i)) && !is_in(&["the", "a", "an", "this", "that"], ws.w(i)))
        || is_in(grammar::PRONOUNS, ws.w(b)))
        || is_in(&["it"], ws.w(b))
    {
        return None;
    }
    let (cs, _) = grammar::content_start(ws, k, false)?;
    if ws.gap_before(cs).contains(',') || cs + 1 >= n {
        return None;
    }
    Some(Draft {
        kind: AttributionKind::Indirect,
        content: Span::new(toks[cs].start, clause_end(ws, cs)),
        source: Some(Span::new(toks[a].start, toks[b].end)),
        inherit: false,
        cue: Some(toks[k]),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// The subject of the sentence: the noun phrase it opens with (after a subordinate
/// `when`/`as`/`while`), ending before the word `before`.
fn sentence_subject(ws: &Words, before: usize) -> Option<(usize, usize)> {
    let mut s0 = 0;
    while s0 < before
        && is_in(
            &["when", "as", "while", "after", "before", "but", "and", "so"],
            ws.w(s0),
        )
    {
        s0 += 1;
    }
    let (a, b) = grammar::noun_phrase_from(ws, s0)?;
    (b < before && (is_cap(ws.w(a)) || is_in(grammar::PRONOUNS, ws.w(a)))).then_some((a, b))
}

/// `A, said X.`: content first, then the cue, then the subject.
fn inverted_clause(ws: &Words, k: usize) -> Option<Draft> {
    let text = ws.text;
    let toks = ws.toks;
    let n = toks.len();
    let (a, b) = grammar::noun_phrase_from(ws, k + 1)?;
    let rest = ws.gap_after(b);
    if !(b + 1 == n || rest.contains(',')) {
        return None;
    }
    let end_a = trim_to(text, toks[0].start, toks[k].start);
    Some(Draft {
        kind: AttributionKind::Indirect,
        content: Span::new(ws.sent.start, end_a),
        source: Some(Span::new(toks[a].start, toks[b].end)),
        inherit: false,
        cue: Some(toks[k]),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// The end of a content clause that starts at word `cs`: the sentence's end, or before a
/// following `, adding ...` / `, saying ...`.
fn clause_end(ws: &Words, cs: usize) -> usize {
    let n = ws.toks.len();
    let mut end = ws.sent.end;
    for m in cs + 2..n {
        let gap = ws.gap_before(m);
        let w = ws.w(m);
        // `, adding ...`, `saying ...`, `and noted ...`: another statement begins.
        let next_cue = cue_word(w).filter(|c| !c.stance);
        let stop = match next_cue {
            Some(c) if c.form == Form::Ing => ws.gap_before(m).contains(','),
            Some(_) => is_in(&["and", "but"], ws.w(m - 1)) && ws.joined(m - 1),
            None => false,
        } || gap.contains(';');
        if stop {
            end = if next_cue.is_some() && is_in(&["and", "but"], ws.w(m - 1)) {
                ws.toks[m - 1].start
            } else {
                ws.toks[m].start
            };
            break;
        }
    }
    grammar::trim_end(ws.text, ws.toks[cs].start, end)
}

/// The text from `start` to `end` with trailing spaces and punctuation left out.
fn trim_to(text: &str, start: usize, end: usize) -> usize {
    grammar::trim_end(text, start, end)
}

/// `According to X, ...` / `..., according to X.`
fn according_to(ws: &Words, k: usize) -> Option<Draft> {
    let text = ws.text;
    let toks = ws.toks;
    let (a, b) = grammar::noun_phrase_from(ws, k + 2)?;
    let source = Span::new(toks[a].start, toks[b].end);
    let cue = Span::new(toks[k].start, toks[k + 1].end);
    let content = if k == 0 {
        // `According to X, the plan ...`
        let cs = b + 1;
        if cs >= toks.len() {
            return None;
        }
        Span::new(
            toks[cs].start,
            grammar::trim_end(text, toks[cs].start, ws.sent.end),
        )
    } else {
        let end = grammar::trim_end(text, ws.sent.start, toks[k].start);
        if b + 1 < toks.len() && ws.gap_after(b).contains(',') {
            // `A, according to X, B.`
            Span::new(
                ws.sent.start,
                grammar::trim_end(text, ws.sent.start, ws.sent.end),
            )
        } else {
            Span::new(ws.sent.start, end)
        }
    };
    Some(Draft {
        kind: AttributionKind::Indirect,
        content,
        source: Some(source),
        inherit: false,
        cue: Some(cue),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// `Subject verb ... “fragment” ...`: the sentence's subject and its verb frame a quoted
/// fragment that stands after them (before `before`).
fn verb_frame(ws: &Words, before: usize) -> Option<Draft> {
    let toks = ws.toks;
    // Skip an opening phrase that ends with a comma (`On Twitter, ...`).
    let mut s0 = 0;
    if let Some(c) = (0..toks.len().min(6)).find(|&i| ws.gap_after(i).trim() == ",") {
        if c + 1 < toks.len()
            && matches!(
                ws.w(0).to_ascii_lowercase().as_str(),
                "on" | "in"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "later"
                    | "earlier"
                    | "meanwhile"
                    | "still"
                    | "but"
                    | "and"
                    | "yet"
                    | "instead"
                    | "however"
                    | "separately"
            )
        {
            s0 = c + 1;
        }
    }
    if !ws.gap_before(s0).chars().all(char::is_whitespace) && s0 == 0 {
        return None;
    }
    let (a, mut b) = grammar::noun_phrase_from(ws, s0)?;
    // The phrase read greedily may have swallowed the verb (`The email goes on`).
    if let Some(v) = (a + 1..=b).find(|&v| {
        let w = ws.w(v);
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && (w.ends_with("ed") || w.ends_with("es") || cue_word(w).is_some())
            && !is_in(&["the", "a", "an", "of"], ws.w(v - 1))
    }) {
        b = v - 1;
    }
    let mut v = b + 1;
    while v < toks.len()
        && is_in(
            &[
                "also",
                "then",
                "later",
                "once",
                "even",
                "has",
                "have",
                "had",
                "repeatedly",
                "again",
            ],
            ws.w(v),
        )
    {
        v += 1;
    }
    let verb = ws.w(v);
    if v + 1 >= toks.len()
        || !ws.joined(v - 1)
        || !verb.starts_with(|c: char| c.is_ascii_lowercase())
        || !(verb.ends_with("ed") || verb.ends_with('s') || cue_word(verb).is_some())
        || is_in(
            &[
                "is", "was", "has", "does", "as", "its", "this", "his", "has",
            ],
            verb,
        )
        || toks[v + 1].start > before && toks[v].end > before
    {
        return None;
    }
    if toks[v].end > before {
        return None;
    }
    let cs = toks[v + 1].start;
    let end = grammar::trim_end(ws.text, cs, ws.sent.end);
    Some(Draft {
        kind: AttributionKind::Mixed,
        content: Span::new(cs.min(before), end.max(cs)),
        source: Some(Span::new(toks[a].start, toks[b].end)),
        inherit: false,
        cue: Some(toks[v]),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// A headline `Name: what they said`, in the article's first paragraph.
fn headline_colon(ws: &Words, doc: &Document) -> Option<Draft> {
    let text = ws.text;
    let para = *doc.paragraphs().first()?;
    if !para.contains(ws.sent) {
        return None;
    }
    let toks = ws.toks;
    // Up to four capitalised words, then a colon.
    let k = (0..toks.len().min(5)).find(|&i| ws.gap_after(i).starts_with(':'))?;
    if !(0..=k).all(|i| is_cap(ws.w(i)) || matches!(ws.w(i), "of" | "the")) || k + 1 >= toks.len() {
        return None;
    }
    let colon = toks[k].end;
    let cs = k + 1;
    let end = grammar::trim_end(
        text,
        toks[cs].start,
        para.end.min(ws.sent.end.max(para.end)),
    );
    Some(Draft {
        kind: AttributionKind::Indirect,
        content: Span::new(toks[cs].start, end),
        source: Some(Span::new(toks[0].start, toks[k].end)),
        inherit: false,
        cue: Some(Span::new(colon, colon + 1)),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// The name part of a source mention: before its apposition (`Lina Arafeh, a refugee`).
fn head_of(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    match t.find([',', '(', '—', '–']) {
        Some(i) if i > 0 => {
            let before = t[..i].trim_end();
            let sep = t[i..].chars().next().map_or(1, char::len_utf8);
            let after = t[i + sep..].trim_start();
            let last = before.rsplit(' ').next().unwrap_or("");
            // `His father, Ernie LeBlanc`: the name stands after the comma.
            if !is_cap(last) && after.starts_with(char::is_uppercase) {
                let a = s.start + (t.len() - after.len());
                let len = after.find([',', '(', '—', '–']).unwrap_or(after.len());
                return Span::new(a, a + after[..len].trim_end().len());
            }
            Span::new(s.start, s.start + before.len())
        }
        _ => s,
    }
}

/// Whether a source mention is a document or medium (`the statement`, `a court filing`).
fn is_document(text: &str, s: Span) -> bool {
    let last = tokens(text, s).last().map_or("", |w| w.slice(text));
    is_in(grammar::DOCUMENT_WORDS, last)
}

/// Resolves each source to a name, in text order, and builds the attributions.
fn resolve<'a>(
    doc: &Document<'a>,
    entities: &EntityTable<'a>,
    drafts: Vec<Draft>,
) -> Vec<Attribution<'a>> {
    let text = doc.text();
    let mut out: Vec<Attribution<'a>> = Vec::with_capacity(drafts.len());
    // The last source named (mention, paragraph), the last that was not a document, and
    // the last person who spoke.
    let mut last: Option<(Mention<'a>, usize)> = None;
    let mut last_speaker: Option<Cow<'a, str>> = None;
    let mut last_person: Option<(Cow<'a, str>, usize)> = None; // (name, where)
    let mut last_org: Option<Cow<'a, str>> = None;
    for d in drafts {
        let para = doc.paragraph_at(d.content.start).unwrap_or(0);
        let source = match d.source {
            Some(s) if !d.inherit => {
                let t = s.slice(text);
                let lw = t.to_ascii_lowercase();
                let name = if is_in(&["he", "she", "him", "her"], &lw) {
                    // The later of the last person who spoke and the last person who was
                    // the subject of a sentence.
                    let female = Some(matches!(lw.as_str(), "she" | "her"));
                    let subject = entities.subject_person_before(s.start, female);
                    let speaker = last_person
                        .as_ref()
                        .filter(|(n, _)| entities.name_agrees(n, female));
                    match (speaker, subject) {
                        (Some((n, at)), Some((sat, sn))) => {
                            Some(if sat > *at { sn } else { n.clone() })
                        }
                        (Some((n, _)), None) => Some(n.clone()),
                        (None, Some((_, sn))) => Some(sn),
                        (None, None) => entities.resolve(doc, s),
                    }
                } else if lw == "it" {
                    last_org
                        .clone()
                        .or_else(|| entities.last_organisation_before(s.start))
                } else if lw == "they" {
                    // A group or an organisation, not a person.
                    last.as_ref()
                        .filter(|(_, p)| para.saturating_sub(*p) <= 2)
                        .and_then(|(m, _)| m.name.clone())
                        .filter(|n| !entities.is_person(n))
                } else if matches!(lw.as_str(), "i" | "we") {
                    last.as_ref()
                        .filter(|(_, p)| para.saturating_sub(*p) <= 2)
                        .and_then(|(m, _)| m.name.clone())
                } else if is_document(text, s)
                    && tokens(text, s).next().is_some_and(|w| {
                        is_in(
                            &["the", "this", "that", "its", "his", "her", "their"],
                            w.slice(text),
                        )
                    })
                {
                    last_speaker.clone().or_else(|| entities.resolve(doc, s))
                } else {
                    entities.resolve(doc, head_of(text, s))
                };
                if let Some(n) = &name {
                    if !is_document(text, s) && !matches!(lw.as_str(), "they" | "it") {
                        last_speaker = Some(n.clone());
                    }
                    if entities.is_person(n) || is_in(&["he", "she", "him", "her"], &lw) {
                        last_person = Some((n.clone(), s.start));
                    } else if !is_document(text, s) && is_cap(n) {
                        last_org = Some(n.clone());
                    }
                }
                let m = Mention::of(text, s, name);
                last = Some((m.clone(), para));
                Some(m)
            }
            _ => match &last {
                Some((m, p)) if para.saturating_sub(*p) <= 3 => Some(m.clone()),
                _ => None,
            },
        };
        if let Some(m) = &source {
            if d.inherit {
                last = Some((m.clone(), para));
            }
        }
        out.push(Attribution {
            kind: d.kind,
            content: Excerpt::of(text, d.content),
            source,
            cue: d.cue.map(|c| Excerpt::of(text, c)),
            parts: d.parts.into_iter().map(|p| Excerpt::of(text, p)).collect(),
            quotes: d.quotes,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (
        AttributionKind,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );

    fn run(t: &str) -> Vec<Row> {
        let doc = Document::new(t);
        let quotes = crate::quote::find(&doc);
        let ents = EntityTable::build(&doc);
        extract(&doc, &quotes, &ents)
            .into_iter()
            .map(|a| {
                (
                    a.kind,
                    a.content.text.into_owned(),
                    a.source.as_ref().map(|s| s.text.to_string()),
                    a.source.and_then(|s| s.name.map(|n| n.into_owned())),
                    a.cue.map(|c| c.text.into_owned()),
                )
            })
            .collect()
    }

    #[test]
    fn quote_then_subject_cue() {
        let r = run("Mayor Jane Ortiz spoke. “We will rebuild,” Ortiz said.");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].1, "We will rebuild,");
        assert_eq!(r[0].3.as_deref(), Some("Jane Ortiz"));
    }

    #[test]
    fn quote_then_cue_subject() {
        let r = run("\"It is a good day,\" said Paul Menon, the union's leader.");
        assert_eq!(r[0].2.as_deref(), Some("Paul Menon"));
        assert_eq!(r[0].4.as_deref(), Some("said"));
    }

    #[test]
    fn subject_cue_colon_quote() {
        let r = run("The minister said: “The border stays closed.”");
        assert_eq!(r[0].0, AttributionKind::Direct);
        assert_eq!(r[0].1, "The border stays closed.");
        assert_eq!(r[0].2.as_deref(), Some("The minister"));
    }

    #[test]
    fn indirect_that_clause_and_trailing_frame() {
        let r = run(
            "Police Chief Sam Kerr said that the road would reopen on Monday. The bridge is safe, he told reporters.",
        );
        assert_eq!(r[0].1, "the road would reopen on Monday");
        assert_eq!(r[0].3.as_deref(), Some("Sam Kerr"));
        assert_eq!(r[1].1, "The bridge is safe");
        assert_eq!(r[1].3.as_deref(), Some("Sam Kerr"));
    }

    #[test]
    fn according_to_both_ends() {
        let r = run(
            "According to the ministry, 40 people died. The storm moved north, according to forecasters.",
        );
        assert_eq!(r[0].1, "40 people died");
        assert_eq!(r[0].4.as_deref(), Some("According to"));
        assert_eq!(r[1].1, "The storm moved north");
        assert_eq!(r[1].2.as_deref(), Some("forecasters"));
    }
}
