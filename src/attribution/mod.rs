//! Attributions: who (source) said (cue) what (content).
//!
//! Three passes, each linear in the text:
//!
//! 1. **Direct** (`frame.rs`): each quotation of speech looks for its frame right after
//!    its closing mark (`"...," X said.`, `"...," said X.`) or right before its opening
//!    mark (`X said: "..."`, `X said, "..."`); quotations that follow a frame at once in
//!    the same paragraph (`"A," he said. "B."`) join the same attribution as further parts.
//! 2. **Indirect and mixed** (`clause.rs`): each sentence is scanned for cue words from the
//!    lexicon ([`cue`]) outside quotations; one rule per construction finds the subject and
//!    the content (`X said (that) ...`, `X told Y (that) ...`, `..., X said.`,
//!    `according to X, ...`, `X criticized ...`), with the phrase-level helpers of
//!    [`grammar`]. Content holding a quotation makes the attribution mixed; a quoted
//!    fragment in a sentence without a cue is framed by its subject's verb. A headline
//!    `Name: ...` is attributed to the name.
//! 3. **Continuations**: a quotation of speech that opens its sentence with no frame of
//!    its own is given the source of the statement before it.
//!
//! Sources are then resolved to names in text order: a pronoun to the later of the last
//! speaker and the last subject whose gender agrees (or the last agreeing person named),
//! `who` to its antecedent, `the statement` to the last organisation heard or named (else
//! the last speaker), a definite description (`the rookie defenceman`) to the person last
//! in view, other mentions through the [`EntityTable`].
//!
//! Bounds: a run-on sentence is read in windows of `MAX_WINDOW_WORDS` words; a content
//! clause ends at the second finite cue inside it; so each content is bounded and the
//! output stays linear in the input.

mod clause;
pub mod cue;
mod frame;
pub mod grammar;

use std::borrow::Cow;

use crate::entity::{EntityTable, SentenceWords, tokens};
use crate::model::{Attribution, AttributionKind, Excerpt, Mention, Quote, QuoteKind, Span};
use crate::text::Document;
use clause::{
    Window, according_to, asked_clause, cue_clause, headline_colon, in_poll, possessed_stance,
    verb_frame,
};
use cue::Form;
use frame::{frame_after, frame_before};
use grammar::{Words, is_cap, is_in, set};

/// A statement found, before its source is resolved to a name.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    kind: AttributionKind,
    content: Span,
    source: Option<Span>,
    /// Take the source of the statement before (a continuation, an `-ing` clause).
    inherit: bool,
    /// A statement that names no source and takes none (`The deal is expected to close`).
    unsourced: bool,
    cue: Option<Span>,
    parts: Vec<Span>,
    quotes: Vec<usize>,
}

impl Draft {
    /// An indirect statement that names no source and takes none from the statements
    /// before it (an expectation: `The sale is expected to close in May`), with its cue.
    pub(crate) fn unsourced(content: Span, cue: Span) -> Self {
        Draft {
            unsourced: true,
            ..Draft::indirect(content, None, cue)
        }
    }

    /// An indirect statement with its own source (if any) and cue, in one piece.
    pub(crate) fn indirect(content: Span, source: Option<Span>, cue: Span) -> Self {
        Draft {
            kind: AttributionKind::Indirect,
            content,
            source,
            inherit: false,
            unsourced: false,
            cue: Some(cue),
            parts: Vec::new(),
            quotes: Vec::new(),
        }
    }
}

/// Finds every reported statement of the document, in order of its content.
pub fn extract<'a>(
    doc: &Document<'a>,
    quotes: &[Quote<'a>],
    entities: &EntityTable<'a>,
) -> Vec<Attribution<'a>> {
    let top = top_level(quotes);
    let mut used = vec![false; quotes.len()];
    // The entity table's words of each sentence, when it was built from this document.
    let shared = entities.sentence_words(doc);
    let (mut drafts, mut cues_used) = direct_statements(doc, quotes, &top, &mut used, shared);
    let mut claimed: Vec<Span> = Vec::with_capacity(drafts.len() + top.len());
    claimed.extend(drafts.iter().map(|d| d.content));
    claimed.extend(top.iter().filter(|&&i| used[i]).map(|&i| quotes[i].span));
    claimed.sort_unstable();
    cues_used.sort_unstable();

    let indirect = indirect_statements(doc, quotes, &top, &mut used, shared, &claimed, &cues_used);
    drafts.extend(indirect);
    continuations(doc, quotes, &top, &mut used, &mut drafts);
    let mut buf: Vec<Span> = Vec::new();
    for d in &mut drafts {
        if let (Some(src), Some(cue)) = (d.source, d.cue) {
            if let Some(a) = antecedent_of_relative(doc, shared, &mut buf, src, cue) {
                d.source = Some(a);
            }
        }
    }

    // In order of their contents (their indexes sorted, not the drafts moved).
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| (drafts[i].content.start, drafts[i].content.end));
    resolve(doc, entities, drafts, &order)
}

/// The most words a restrictive relative clause may hold between its antecedent and the
/// source a rule read inside it.
const MAX_RELATIVE_WORDS: usize = 16;

/// `Two residents who fled the town on Monday told AFP ...`: a source read inside a
/// restrictive relative clause (`the town`) that modifies the noun phrase opening the
/// sentence; the speaker is that noun phrase (`Two residents`). Only for a source that
/// is no pronoun (`A guard who said he feared ...`: `he` is the guard), with its cue after
/// it, and a relative with no comma, colon or quotation mark inside it.
fn antecedent_of_relative(
    doc: &Document,
    shared: Option<&SentenceWords>,
    buf: &mut Vec<Span>,
    src: Span,
    cue: Span,
) -> Option<Span> {
    let text = doc.text();
    if cue.start < src.end || set::PRONOUNS.has(src.slice(text)) {
        return None;
    }
    let si = doc.sentence_at(src.start)?;
    let toks: &[Span] = match shared {
        Some(w) => w.sentence(si),
        None => {
            buf.clear();
            buf.extend(tokens(text, doc.sentences()[si]));
            buf
        }
    };
    let a = toks.partition_point(|t| t.start < src.start);
    if toks.get(a).map(|t| t.start) != Some(src.start) || a < 2 {
        return None;
    }
    let gap_ok = |i: usize| {
        text.get(toks[i].end..toks[i + 1].start)
            .is_some_and(|g| !g.contains([',', ';', ':', '(', ')', '"', '“', '”', '—']))
    };
    // The nearest `who` before the source, with no mark from it on (looked for first: few
    // sentences hold one).
    let r = (a.saturating_sub(MAX_RELATIVE_WORDS)..a)
        .rev()
        .find(|&i| toks[i].slice(text) == "who")?;
    if !(r..a).all(gap_ok) {
        return None;
    }
    // The antecedent: a short noun phrase that opens the sentence, with nothing between.
    if r == 0 || r > 6 || !(0..r).all(gap_ok) {
        return None;
    }
    // (`But many supporters who ...`: after a coordinator; not `Though executives who
    // ...`, a subordinate clause, nor `Klein said that two women who ...`.)
    let a0 = usize::from(is_in(
        &["And", "But", "So", "Yet", "Or"],
        toks[0].slice(text),
    ));
    let first = toks.get(a0)?.slice(text);
    let opens = is_cap(first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || a0 == 1 && !set::PRONOUNS.has(first);
    let last = toks[r - 1].slice(text);
    let noun_phrase = (a0..r).all(|i| {
        let w = toks[i].slice(text);
        w != "that" && cue_word(w).is_none() && !set::SUBORDINATORS.has(w)
    });
    (a0 < r
        && opens
        && noun_phrase
        && !set::SUBORDINATORS.has(first)
        && !is_in(
            &["He", "She", "They", "We", "I", "You", "It", "Those"],
            first,
        )
        && last.chars().all(char::is_alphabetic))
    .then(|| Span::new(toks[a0].start, toks[r - 1].end))
}

/// The quotations of speech with a frame (pass 1): their drafts, and the cues of the
/// frames by their starts. Marks the quotations used.
fn direct_statements(
    doc: &Document,
    quotes: &[Quote],
    top: &[usize],
    used: &mut [bool],
    shared: Option<&SentenceWords>,
) -> (Vec<Draft>, Vec<usize>) {
    let text = doc.text();
    // (Sized for the common case, so that they seldom grow.)
    let mut drafts: Vec<Draft> = Vec::with_capacity(top.len());
    let mut cues_used: Vec<usize> = Vec::with_capacity(top.len());
    let mut toks: Vec<Span> = Vec::with_capacity(64);
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
        let frame = frame_after(doc, q, end_para, shared, &mut toks)
            .or_else(|| frame_before(doc, q, para, shared, &mut toks));
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
                    && q.span.start - s <= MAX_LEAD_BYTES
                    && frame_end > q.span.end
                    && text.get(s..q.span.start).is_some_and(|l| {
                        tokens(text, Span::new(s, q.span.start)).take(2).count() >= 2
                            && !l.trim_end().ends_with([':', ','])
                    })
            });
        if let Some(ls) = lead_start {
            drafts.push(Draft {
                kind: AttributionKind::Mixed,
                content: Span::new(ls, q.content.span.end),
                source,
                inherit: false,
                unsourced: false,
                cue: Some(cue),
                parts: Vec::new(),
                quotes: vec![qi],
            });
            continue;
        }
        // The pieces of the quotations, gathered only for a statement of more than one (the
        // common one piece needs no list).
        let mut parts: Vec<Span> = Vec::new();
        let mut linked = vec![qi];
        let mut end = q.content.span.end;
        // Quotations that follow the frame at once belong to the same statement.
        let mut at = frame_end.max(q.span.end);
        let next_after_frame = t;
        while t < top.len() {
            let nq = &quotes[top[t]];
            let gap = text.get(at..nq.span.start).unwrap_or("x");
            // `"A," said X, who chairs the panel. "B."`: an aside on the source that ends
            // the frame's sentence still lets the quotation go on, even when it reports
            // the source's words (`, who was there and recalled the fight.`).
            let relative = gap
                .trim_start()
                .strip_prefix(',')
                .is_some_and(|g| g.trim_start().starts_with("who "));
            let aside = t == next_after_frame
                && gap.len() <= MAX_SOURCE_ASIDE
                && gap.trim_start().starts_with(',')
                && gap.trim_end().ends_with('.')
                && !gap.contains(['"', '“', '”', '\'', '‘', '’', '\n'])
                && (relative
                    || !tokens(text, Span::new(at, nq.span.start))
                        .any(|w| text.get(w.range()).and_then(cue_word).is_some()));
            if nq.span.end > end_para.end
                || nq.kind != QuoteKind::Speech
                || !(aside
                    || gap.chars().all(|c| {
                        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '—' | '–')
                    }))
            {
                break;
            }
            used[top[t]] = true;
            if parts.is_empty() {
                parts.extend(pieces_of(q));
            }
            parts.extend(pieces_of(nq));
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
            unsourced: false,
            cue: Some(cue),
            parts: if parts.is_empty() && q.pieces.len() > 1 {
                pieces_of(q).collect()
            } else if parts.len() > 1 {
                parts
            } else {
                Vec::new()
            },
            quotes: linked,
        });
    }
    (drafts, cues_used)
}

/// The pieces of a quotation's content: one per paragraph of a running quotation.
fn pieces_of<'q>(q: &'q Quote) -> impl Iterator<Item = Span> + 'q {
    let whole = q.pieces.is_empty().then_some(q.content.span);
    whole.into_iter().chain(q.pieces.iter().map(|p| p.span))
}

/// The indirect and mixed statements (pass 2), sentence window by sentence window, with
/// the direct statements' contents and quotations `claimed` and their cues `cues_used`
/// (sorted). Marks the quotations used.
fn indirect_statements(
    doc: &Document,
    quotes: &[Quote],
    top: &[usize],
    used: &mut [bool],
    shared: Option<&SentenceWords>,
    claimed: &[Span],
    cues_used: &[usize],
) -> Vec<Draft> {
    let text = doc.text();
    let mut toks: Vec<Span> = Vec::new();
    // The cue of each word of the window at hand (see [`Window`]).
    let mut cue_buf: Vec<u16> = Vec::with_capacity(MAX_WINDOW_WORDS);
    // The words of the window that may start a rule: a cue or `according` (see
    // [`scan_window`]).
    let mut starts: Vec<(usize, u16)> = Vec::with_capacity(16);
    // 2. Indirect and mixed statements, sentence by sentence.
    let mut qpos = 0;
    let mut indirect: Vec<Draft> = Vec::with_capacity(doc.sentences().len());
    for (si, &whole) in doc.sentences().iter().enumerate() {
        let toks: &[Span] = match shared {
            Some(w) => w.sentence(si),
            None => {
                toks.clear();
                toks.extend(tokens(text, whole));
                &toks
            }
        };
        // A run-on sentence is read in windows of a bounded number of words, so that no
        // rule looks farther than a window and no content runs past one.
        let mut lo = 0;
        while lo < toks.len() {
            let hi = window_end(text, toks, lo);
            let sent = Span::new(
                if lo == 0 { whole.start } else { toks[lo].start },
                if hi == toks.len() {
                    whole.end
                } else {
                    toks[hi - 1].end
                },
            );
            let first_window = lo == 0;
            let toks = &toks[lo..hi];
            lo = hi;
            let ws = Words { text, toks, sent };
            scan_window(text.as_bytes(), toks, &mut cue_buf, &mut starts);
            let win = Window {
                ws: &ws,
                cues: &cue_buf,
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
            // A headline in title case (`Trump Says He Will Win`): its cues are capitalised.
            // Found out only when a capitalised cue form needs it.
            let mut title_case: Option<bool> = None;
            for &(k, row) in &starts {
                let tk = toks[k];
                // `Trump’s comments`: a noun after a possessive is no cue, but may be a noun
                // of stance (read once here).
                let possessive = k > 0 && {
                    // (Most words stand after a single space: no mark to look for.)
                    let gap = ws.gap_before(k);
                    gap != " " && gap.contains(['’', '\''])
                };
                if row == NOUN_ROW || possessive {
                    if let Some(d) = possessed_stance(&win, k) {
                        let taken = indirect[first_in_sentence..].iter().any(|e| {
                            e.content.start < d.content.end && d.content.start < e.content.end
                        });
                        if !taken && !overlaps_claimed(claimed, d.content) && !in_quote(d.content) {
                            indirect.push(d);
                        }
                    }
                    continue;
                }
                let according_word = row == 0;
                let any_case = win.cue(k);
                let w = ws.w(k);
                let according = according_word
                    && grammar::according_to_phrase(&text[tk.start..ws.sent.end]).is_ok();
                // `Asked whether ..., the minister said`: the question asked.
                let asked = w.eq_ignore_ascii_case("asked")
                    && (k == 0 || ws.w(k - 1).eq_ignore_ascii_case("when"));
                let lower = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
                let found = if lower || asked {
                    any_case
                } else if k > 0 {
                    any_case.filter(|_| {
                        *title_case.get_or_insert_with(|| {
                            toks.len() >= 4
                                && toks.iter().filter(|t| is_cap(t.slice(text))).count() * 10
                                    >= toks.len() * 7
                        })
                    })
                } else {
                    // `Noting that ..., Lula said`: a participle of speech may open the
                    // sentence (not a label, `Warning:`, nor `Adding to ...`, `Writing
                    // for ...`, whose words are no statement, nor a thought, `Thinking
                    // that ...`).
                    any_case.filter(|c| {
                        c.form == Form::Ing
                            && !c.stance
                            && !c.needs_that
                            && !is_in(&["add", "warn", "write"], c.lemma)
                            && !ws.gap_after(k).contains(':')
                    })
                };
                let Some(c) = found.or_else(|| {
                    according.then_some(cue::Cue {
                        lemma: "according to",
                        form: Form::Past,
                        object: false,
                        needs_that: false,
                        noun_like: false,
                        stance: false,
                        clausal: false,
                        raising: false,
                        frame_only: false,
                    })
                }) else {
                    continue;
                };
                if cues_used.binary_search(&tk.start).is_ok() || in_quote(tk) {
                    continue;
                }
                let d = if asked {
                    asked_clause(&ws, k)
                } else if according {
                    according_to(&ws, k)
                } else {
                    cue_clause(&win, k, c, &indirect[first_in_sentence..])
                };
                if let Some(mut d) = d {
                    take_complementizer(text, &mut d);
                    take_preposition(text, &mut d);
                    if says_nothing(text, &d) {
                        continue;
                    }
                    // Content that runs into a quotation claimed by a direct statement stops
                    // before it.
                    let i = claimed.partition_point(|c| c.end <= d.content.start);
                    if let Some(c) = claimed.get(i) {
                        if c.start > d.content.start + 8 && c.start < d.content.end {
                            d.content.end = grammar::trim_end(text, d.content.start, c.start);
                            d.parts.retain(|p| p.end <= d.content.end);
                        }
                    }
                    // (A content shorter than four bytes is a fragment, save an answer,
                    // `X said no.`, or an object pronoun, `Obama endorsed her.`)
                    let answer = || {
                        let w = d.content.slice(text);
                        grammar::is_answer(w) || is_in(grammar::OBJECT_PRONOUNS, w)
                    };
                    if d.content.len() < 4 && !answer() || overlaps_claimed(claimed, d.content) {
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
                    // `Japan is expected to sign the pact, officials said.`: a speaker named
                    // for the same content replaces the expectation with none.
                    if d.source.is_some() {
                        let same = |e: &Draft| e.unsourced && e.content == d.content;
                        if let Some(i) = indirect[first_in_sentence..].iter().position(same) {
                            indirect.remove(first_in_sentence + i);
                        }
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
                        if !overlaps_claimed(claimed, d.content) {
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
            if indirect.len() == first_in_sentence {
                if let Some(d) = in_poll(&ws) {
                    if !overlaps_claimed(claimed, d.content) {
                        indirect.push(d);
                    }
                }
            }
            if si == 0 && first_window {
                if let Some(d) = headline_colon(&ws, doc) {
                    if !overlaps_claimed(claimed, d.content) {
                        indirect.push(d);
                    }
                }
            }
        }
    }
    indirect
}

/// `said that the bridge would close`: the reported clause opens with its complementizer,
/// so the content takes in a `that` standing between the cue (or its hearer) and the
/// content's first word.
fn take_complementizer(text: &str, d: &mut Draft) {
    let Some(cue) = d.cue else { return };
    let start = d.content.start;
    let Some(before) = text.get(cue.end..start) else {
        return;
    };
    let trimmed = before.trim_end_matches([' ', ',', '\n', '\t', '\u{a0}']);
    let Some(head) = trimmed.strip_suffix("that") else {
        return;
    };
    if head.ends_with(|c: char| c.is_alphanumeric() || c == '-' || c == '\'') {
        return;
    }
    let at = cue.end + head.len();
    if let Some(first) = d.parts.first_mut() {
        if first.start == start {
            first.start = at;
        }
    }
    d.content.start = at;
}

/// `called for calm`, `talked about the budget`, `warned of delays`: a preposition right
/// after the cue belongs to the cue, the content its object.
fn take_preposition(text: &str, d: &mut Draft) {
    let Some(cue) = d.cue else { return };
    if text
        .get(cue.end..d.content.start)
        .is_none_or(|g| !g.trim().is_empty())
    {
        return;
    }
    let Some(content) = text.get(d.content.start..d.content.end) else {
        return;
    };
    // (The first space by its byte: it is a few bytes in, and the content may be long.)
    let Some(sp) = content.bytes().position(|b| b == b' ') else {
        return;
    };
    let (word, rest) = (&content[..sp], &content[sp + 1..]);
    // (`referring to the audit`, `pointed to Ottawa`: `to` before a noun phrase, not an
    // infinitive's `to`, as in `declined to comment`.)
    let next = first_word(rest);
    let to_phrase = word == "to"
        && (grammar::is_cap(next)
            || next.starts_with(|c: char| c.is_ascii_digit())
            || grammar::set::DETERMINERS.has(next));
    if !(to_phrase || grammar::is_in(CUE_PREPOSITIONS, word)) || rest.trim().len() < 4 {
        return;
    }
    // (`said about half of the loss was ...`: `about` before a figure is no preposition.)
    if word == "about"
        && (next.starts_with(|c: char| c.is_ascii_digit()) || grammar::is_in(ROUGH_FIGURES, next))
    {
        return;
    }
    let object = d.content.end - rest.trim_start().len();
    if let Some(first) = d.parts.first_mut() {
        if first.start == d.content.start {
            first.start = object;
        }
    }
    d.cue = Some(Span::new(cue.start, d.content.start + word.len()));
    d.content.start = object;
}

/// Words that `about` makes a rough figure of (`about half`, `about a third`).
const ROUGH_FIGURES: &[&str] = &[
    "a", "eight", "five", "four", "half", "nine", "one", "seven", "six", "ten", "three", "twice",
    "two",
];

/// Whether a draft's content is no statement: a fronted adverbial before its frame (`At
/// one point, a woman asked.`).
fn says_nothing(text: &str, d: &Draft) -> bool {
    let (Some(cue), Some(content)) = (d.cue, text.get(d.content.start..d.content.end)) else {
        return false;
    };
    if cue.start >= d.content.end {
        return grammar::is_adverbial(content);
    }
    let cue_word = text.get(cue.start..cue.end).unwrap_or("");
    // (Only `add` and `say` count or reveal: any other cue is refused on its first letter.)
    if !matches!(cue_word.as_bytes().first(), Some(b'a' | b'A' | b's' | b'S')) {
        return false;
    }
    let first = first_word(content);
    let second = content.get(first.len() + 1..).map_or("", first_word);
    // `added three more goals`, `adds 2 per cent`: a count added, no words (not `added two
    // conditions would apply`, a clause).
    let counted = grammar::is_in(&["add", "added", "adding", "adds"], cue_word)
        && (first.starts_with(|c: char| c.is_ascii_digit()) || grammar::is_in(COUNT_WORDS, first))
        && !content.split(' ').any(|w| grammar::set::FINITE.has(w));
    // `says much about the vehicle`: what a thing reveals, no statement.
    let reveals = grammar::is_in(&["say", "said", "says"], cue_word)
        && grammar::is_in(
            &["little", "much", "nothing", "something", "volumes"],
            first,
        )
        && second == "about";
    counted || reveals
}

/// The text of `t` up to its first space (all of it without one): the first piece of
/// `t.split(' ')`, found by its byte.
fn first_word(t: &str) -> &str {
    t.bytes().position(|b| b == b' ').map_or(t, |i| &t[..i])
}

/// Number words that open a count (`added three goals`).
const COUNT_WORDS: &[&str] = &[
    "eight", "eleven", "five", "four", "nine", "one", "seven", "six", "ten", "three", "twelve",
    "two",
];

/// Prepositions that a cue takes before its object (`called for`, `warned of`).
const CUE_PREPOSITIONS: &[&str] = &["about", "against", "at", "for", "of", "on", "over", "with"];

/// Quotations of speech that open their sentence with no frame (pass 3): drafts that take
/// the source of the statement before. Marks the quotations used.
fn continuations(
    doc: &Document,
    quotes: &[Quote],
    top: &[usize],
    used: &mut [bool],
    drafts: &mut Vec<Draft>,
) {
    let text = doc.text();
    // 3. Quotations that open their sentence with no frame continue the statement before.
    for &qi in top {
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
        // (Counted up to four: more make no difference.)
        let n_words = c.split_whitespace().take(4).count();
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
            unsourced: false,
            cue: None,
            parts: Vec::new(),
            quotes: vec![qi],
        });
    }
}

/// The words of a window (`toks`) that may start a rule of the indirect pass, in order,
/// into `starts`: a cue in any case, with its row of [`cue::CUES`] plus one, or
/// `according`, with zero. Their cue rows go into `rows` as [`Window`] reads them (one per
/// word, zero for none), filled only for a window that has a start.
fn scan_window(text: &[u8], toks: &[Span], rows: &mut Vec<u16>, starts: &mut Vec<(usize, u16)>) {
    rule_starts(text, toks, starts);
    rows.clear();
    if starts.is_empty() {
        return;
    }
    rows.resize(toks.len(), 0);
    for &(k, row) in starts.iter() {
        if let Some(r) = rows.get_mut(k).filter(|_| row != NOUN_ROW) {
            *r = row;
        }
    }
}

/// The starts of [`scan_window`]. Most words are refused on their length, first two bytes
/// and last ([`cue::rule_opening`]) before any other test.
fn rule_starts(text: &[u8], toks: &[Span], starts: &mut Vec<(usize, u16)>) {
    starts.clear();
    for (k, t) in toks.iter().enumerate() {
        let Some(b) = text.get(t.start..t.end) else {
            continue;
        };
        let opening = cue::rule_opening(b);
        if opening & cue::OPENS_RULE == 0 {
            continue;
        }
        if let Some(r) = cue::row_of_opened(b) {
            starts.push((k, r as u16 + 1));
            continue;
        } else if b.eq_ignore_ascii_case(b"according") {
            starts.push((k, 0));
            continue;
        }
        if opening & cue::OPENS_NOUN != 0
            && clause::STANCE_NOUNS
                .iter()
                .any(|(w, _)| b.eq_ignore_ascii_case(w.as_bytes()))
        {
            starts.push((k, NOUN_ROW));
        }
    }
}

/// The row [`rule_starts`] gives a noun of [`clause::STANCE_NOUNS`] that is no cue form.
const NOUN_ROW: u16 = u16::MAX;

/// The cue of a lower-case word (`said`, not `State`).
fn cue_word(w: &str) -> Option<cue::Cue> {
    // (An ASCII lower-case first byte is an ASCII lower-case first character.)
    if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        cue::lookup(w)
    } else {
        None
    }
}

/// The most words a sentence window holds: real sentences are shorter; a run-on text is
/// cut into windows so that every rule stays local and every content bounded.
/// The longest paraphrase taken before a quotation into a mixed statement.
const MAX_LEAD_BYTES: usize = 2000;

/// The longest aside on a source (`, who chairs the panel.`) between the frame and a
/// quotation that goes on after it.
const MAX_SOURCE_ASIDE: usize = 300;

pub(crate) const MAX_WINDOW_WORDS: usize = 160;

/// The end (exclusive word index) of the window of `toks` that starts at `lo`: the whole
/// rest when short enough, else after the last `;`, `:` or `,` in the window's second
/// half, else at the bound.
fn window_end(text: &str, toks: &[Span], lo: usize) -> usize {
    let n = toks.len();
    if n - lo <= MAX_WINDOW_WORDS {
        return n;
    }
    let max = lo + MAX_WINDOW_WORDS;
    (lo + MAX_WINDOW_WORDS / 2..max)
        .rev()
        .find(|&i| {
            text.get(toks[i].end..toks[i + 1].start)
                .is_some_and(|g| g.contains([';', ':', ',']))
        })
        .map_or(max, |i| i + 1)
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

/// The name part of a source mention: before its apposition (`Lina Arafeh, a refugee`).
fn head_of(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    match find_apposition_mark(t) {
        Some(i) if i > 0 => {
            let before = t[..i].trim_end();
            let sep = t[i..].chars().next().map_or(1, char::len_utf8);
            let after = t[i + sep..].trim_start();
            let last = before.rsplit(' ').next().unwrap_or("");
            // `His father, Ernie LeBlanc`: the name stands after the comma.
            if !is_cap(last) && after.starts_with(char::is_uppercase) {
                let a = s.start + (t.len() - after.len());
                let len = find_apposition_mark(after).unwrap_or(after.len());
                return Span::new(a, a + after[..len].trim_end().len());
            }
            Span::new(s.start, s.start + before.len())
        }
        _ => s,
    }
}

/// The first `,`, `(`, `—` or `–` of `t`, by its bytes: the dashes are the only marks
/// that start with byte 0xE2 and continue 0x80 0x94 / 0x80 0x93.
fn find_apposition_mark(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut i = 0;
    // (The three bytes sought at once, several bytes a step.)
    while let Some(off) = memchr::memchr3(b',', b'(', 0xE2, &b[i..]) {
        let at = i + off;
        if b[at] != 0xE2 || matches!(b.get(at + 1..at + 3), Some([0x80, 0x93 | 0x94])) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Whether a source mention (its `words`) is a document or medium (`the statement`, `a
/// court filing`).
fn is_document(text: &str, words: &[Span]) -> bool {
    let last = words.last().map_or("", |w| w.slice(text));
    set::DOCUMENT_WORDS.has(last)
}

/// The issuer named in a document's mention (`the Sensei website`, `Foster's book`, `the
/// Nova Scotia Health Authority report`): the capitalised words right before the document
/// noun, through the entity table. `words`: the mention's; `document`: whether it
/// [`is_document`].
fn document_issuer<'a>(
    doc: &Document<'a>,
    entities: &EntityTable<'a>,
    words: &[Span],
    document: bool,
) -> Option<Cow<'a, str>> {
    let text = doc.text();
    if !document {
        return None;
    }
    // (Eight words or more are too many.)
    let words = &words[..words.len().min(8)];
    let n = words.len();
    if n < 2 || n == 8 {
        return None;
    }
    let before = words[n - 2].slice(text);
    if !is_cap(before)
        || crate::entity::is_calendar(before)
        || (n == 2 && is_in(&["the", "a", "an", "this", "that"], before))
    {
        return None;
    }
    let first = (0..n - 1)
        .rev()
        .take_while(|&i| {
            let w = words[i].slice(text);
            is_cap(w) && !(i == 0 && is_in(&["the", "a", "an", "this", "that"], w))
        })
        .last()?;
    entities.resolve(doc, Span::new(words[first].start, words[n - 2].end))
}

/// Titles of an office held by one person at a time, whose holder is the person in view
/// when the article names none (`The prime minister said`); not `the father`, `the judge`.
const OFFICES: &[&str] = &[
    "chancellor",
    "governor",
    "mayor",
    "minister",
    "premier",
    "president",
];

/// Whether a source mention is a definite description of one person: `the` and lower-case
/// words (`the rookie defenceman`, `The 32-year-old labourer`, `the minister` when no one
/// bore the title), no other title, no plural, document or organisation noun. `document`:
/// whether `s` [`is_document`].
fn is_person_description(text: &str, words: &[Span], document: bool) -> bool {
    let mut words = words.iter().map(|w| w.slice(text));
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return false;
    }
    let mut n = 0;
    let mut last = "";
    for w in words {
        if !w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
            return false;
        }
        n += 1;
        last = w;
    }
    (1..=4).contains(&n)
        && !last.ends_with('s')
        && !document
        && (!crate::entity::is_title(last) || is_in(OFFICES, last))
        && !is_in(
            &[
                "agency",
                "board",
                "city",
                "company",
                "court",
                "department",
                "firm",
                "government",
                "group",
                "league",
                "ministry",
                "office",
                "party",
                "police",
                "team",
                "union",
            ],
            last,
        )
}

/// Whether a source mention is a definite description of an organisation: `the`, `this` or
/// `its` and lower-case words ending in an organisation's noun (`the company`, `The team`).
fn is_org_description(text: &str, words: &[Span]) -> bool {
    let mut words = words.iter().map(|w| w.slice(text));
    if !words
        .next()
        .is_some_and(|w| is_in(&["the", "this", "its"], w))
    {
        return false;
    }
    let mut n = 0;
    let mut last = "";
    for w in words {
        if !w.starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        n += 1;
        last = w;
    }
    (1..=3).contains(&n) && crate::entity::is_org_noun(last)
}

/// A source that ends in a legislator's party and state (`Sen. Rand Paul (R-Ky`, `Rep.
/// Ann Cole, D-N.Y`) takes in the full stop of the state's abbreviation and the closing
/// bracket the words leave out.
fn with_party_tag(text: &str, s: Span) -> Span {
    // (Most sources are followed by a space: nothing to take in.)
    if !matches!(text.as_bytes().get(s.end), Some(b'.' | b')')) {
        return s;
    }
    let t = s.slice(text);
    let last = t.rsplit([' ', '(']).next().unwrap_or("");
    let party = last.len() > 2
        && last.as_bytes()[1] == b'-'
        && matches!(last.as_bytes()[0], b'R' | b'D' | b'I');
    if !party {
        return s;
    }
    let after = text.get(s.end..).unwrap_or("");
    let open = t.matches('(').count() > t.matches(')').count();
    let take = if open && after.starts_with(".)") {
        2
    } else if open && after.starts_with(')') || after.starts_with('.') {
        1
    } else {
        0
    };
    Span::new(s.start, s.end + take)
}

/// Resolves each source to a name, in text order (the drafts' indexes in `order`), and
/// builds the attributions.
fn resolve<'a>(
    doc: &Document<'a>,
    entities: &EntityTable<'a>,
    mut drafts: Vec<Draft>,
    order: &[usize],
) -> Vec<Attribution<'a>> {
    let text = doc.text();
    let mut out: Vec<Attribution<'a>> = Vec::with_capacity(drafts.len());
    // The last source named (mention, paragraph), the last that was not a document, and
    // the last person who spoke.
    let mut last: Option<(Mention<'a>, usize)> = None;
    let mut last_speaker: Option<Cow<'a, str>> = None;
    let mut last_person: Option<(Cow<'a, str>, usize)> = None; // (name, where)
    let mut last_org: Option<Cow<'a, str>> = None;
    let mut last_org_para = 0;
    // The words of the source at hand, tokenised once for every test.
    let mut words: Vec<Span> = Vec::with_capacity(16);
    // The paragraph of each content, found by walking on from the last one's (the contents
    // come in order): as `Document::paragraph_at`, with the first for none.
    let paras = doc.paragraphs();
    let mut p = 0;
    for &i in order {
        let d = &mut drafts[i];
        let at = d.content.start;
        while paras.get(p).is_some_and(|s| s.end <= at) {
            p += 1;
        }
        let para = if paras.get(p).is_some_and(|s| s.start <= at) {
            p
        } else {
            0
        };
        let source = match d.source.map(|s| with_party_tag(text, s)) {
            Some(s) if !d.inherit => {
                let t = s.slice(text);
                // Lower case, for the pronouns (a longer mention is none: empty).
                let mut lower_buf = [0u8; 16];
                // (Only the pronouns, of four letters or less, are read from it.)
                let lw = if t.len() <= 4 {
                    grammar::lower_short(t, &mut lower_buf)
                } else {
                    ""
                };
                words.clear();
                words.extend(tokens(text, s));
                let document = is_document(text, &words);
                let name = if is_in(&["he", "she", "him", "her"], lw) {
                    // The later of the last person who spoke and the last person who was
                    // the subject of a sentence.
                    let female = Some(matches!(lw, "she" | "her"));
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
                        (None, None) => entities
                            .agreeing_person_before(s.start, female)
                            .or_else(|| entities.resolve(doc, s)),
                    }
                } else if lw == "who" {
                    // `Yoni Freedhoff, who ...`: the person just named.
                    entities.last_person_before(s.start)
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
                } else if matches!(lw, "i" | "we") {
                    last.as_ref()
                        .filter(|(_, p)| para.saturating_sub(*p) <= 2)
                        .and_then(|(m, _)| m.name.clone())
                } else if let Some(n) = document_issuer(doc, entities, &words, document) {
                    Some(n)
                } else if document
                    && words.first().is_some_and(|w| {
                        is_in(
                            &["the", "this", "that", "its", "his", "her", "their"],
                            w.slice(text),
                        )
                    })
                {
                    last_org
                        .clone()
                        .or_else(|| entities.last_organisation_before(s.start))
                        .or_else(|| last_speaker.clone())
                        .or_else(|| entities.resolve(doc, s))
                } else {
                    // `One red-state Democrat, Montana Sen. Jon Tester`: a person named in
                    // the apposition is the source.
                    let head = head_of(text, s);
                    let sep = text
                        .get(head.end..)
                        .and_then(|r| r.chars().next())
                        .map_or(1, char::len_utf8);
                    let rest = Span::new((head.end + sep).min(s.end), s.end);
                    // Only a name right after the mark (`, Montana Sen. Jon Tester`), and
                    // only when the head is no person (`Ann Lee, director of X`).
                    // (The head is mostly the whole mention, whose words are at hand.)
                    let head_name = if head == s {
                        entities.resolve_tokenised(doc, head, &words)
                    } else {
                        entities.resolve(doc, head)
                    };
                    let in_apposition = (head.end < s.end
                        && rest
                            .slice(text)
                            .trim_start()
                            .starts_with(char::is_uppercase)
                        && !head_name.as_ref().is_some_and(|n| entities.is_person(n)))
                    .then(|| entities.resolve(doc, head_of(text, rest)))
                    .flatten()
                    .filter(|n| entities.is_person(n));
                    // `The company noted ...` after `Facebook said ...`: an organisation's
                    // common noun stands for the organisation that spoke last, nearby.
                    // An organisation whose name holds the noun (`the commission`) comes
                    // first.
                    let named_org = || {
                        head_name.as_ref().is_some_and(|n| {
                            let noun = words.last().map_or("", |w| w.slice(text));
                            n.split_whitespace().any(|w| w.eq_ignore_ascii_case(noun))
                        })
                    };
                    let org_speaker = (is_org_description(text, &words) && !named_org())
                        .then(|| {
                            last_org
                                .clone()
                                .filter(|_| para.saturating_sub(last_org_para) <= 2)
                        })
                        .flatten();
                    org_speaker.or(in_apposition).or(head_name).or_else(|| {
                        // `The 26-year-old winger said`: a definite description of one
                        // person that names nobody stands for the person last in view.
                        // (Not one introduced unnamed since: `A Western diplomat said ...
                        // the diplomat said`.)
                        let noun = words.last().map_or("", |w| w.slice(text));
                        let unnamed =
                            |at: usize| crate::entity::introduced_unnamed(text, at, s.start, noun);
                        is_person_description(text, &words, document)
                            .then(|| {
                                let subject = entities.subject_person_before(s.start, None);
                                let last_person =
                                    last_person.as_ref().filter(|(_, at)| !unnamed(*at));
                                let subject = subject.filter(|(at, _)| !unnamed(*at));
                                match (last_person, subject) {
                                    (Some((n, at)), Some((sat, sn))) => {
                                        Some(if sat > *at { sn } else { n.clone() })
                                    }
                                    (Some((n, _)), None) => Some(n.clone()),
                                    (None, Some((_, sn))) => Some(sn),
                                    (None, None) => None,
                                }
                            })
                            .flatten()
                    })
                };
                if let Some(n) = &name {
                    if !document && !matches!(lw, "they" | "it") {
                        last_speaker = Some(n.clone());
                    }
                    if entities.is_person(n) || is_in(&["he", "she", "him", "her"], lw) {
                        last_person = Some((n.clone(), s.start));
                    } else if !document && is_cap(n) {
                        last_org = Some(n.clone());
                        last_org_para = para;
                    }
                }
                let m = Mention::of(text, s, name);
                last = Some((m.clone(), para));
                Some(m)
            }
            None if d.unsourced => None,
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
            parts: d.parts.iter().map(|&p| Excerpt::of(text, p)).collect(),
            quotes: std::mem::take(&mut d.quotes),
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
    fn apposition_marks_by_bytes() {
        assert_eq!(find_apposition_mark("Ann Lee, director"), Some(7));
        assert_eq!(find_apposition_mark("Ann “Lee” (AP)"), Some(14));
        assert_eq!(find_apposition_mark("Ann — Lee"), Some(4));
        assert_eq!(find_apposition_mark("Ann – Lee"), Some(4));
        assert_eq!(find_apposition_mark("Ann’s view"), None);
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
        assert_eq!(r[0].1, "that the road would reopen on Monday");
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
