//! The clause rules of indirect and mixed statements, one per construction: a cue with
//! its subject and content (`X said (that) ...`, `X told Y ...`), the inverted frame
//! (`..., said X.`), verbs of stance, `according to X`, `Asked whether ...`, a quoted
//! fragment framed by the subject's verb, and the headline `Name: ...`.
//!
//! Every rule reads the words of one sentence ([`Words`]) and looks a bounded number of
//! words away from its cue.

use super::cue::{self, Form};
use super::grammar::{self, Words, is_cap, is_in, set};
use super::{Draft, cue_word};
use crate::model::{AttributionKind, Span};
use crate::text::Document;

/// A sentence window's words with the cue form of each word (any case), looked up once for
/// the window: a rule reads the cues of the words after its own (where its clause ends)
/// without a lookup per word.
#[derive(Debug, Clone, Copy)]
pub(super) struct Window<'w, 's, 't> {
    /// The words.
    pub(super) ws: &'w Words<'s, 't>,
    /// The cue of each word in any case ([`cue::lookup`]), as its row of [`cue::CUES`]
    /// plus one (zero for none).
    pub(super) cues: &'w [u16],
}

impl Window<'_, '_, '_> {
    /// The cue of word `m`, in any case.
    #[inline]
    pub(super) fn cue(&self, m: usize) -> Option<cue::Cue> {
        let row = usize::from(*self.cues.get(m)?).checked_sub(1)?;
        cue::CUES.get(row).map(|(_, c)| *c)
    }

    /// The first word from `m` (at least 1) up to `end` that may stop a content clause: a
    /// cue in any case, or a word after a gap that is no plain one ([`Window::plain_gap`]);
    /// `end` if none. (The other words, most of a clause, are passed over here with two
    /// loads each.)
    #[inline]
    fn next_notable(&self, mut m: usize, end: usize) -> usize {
        let toks = self.ws.toks;
        let bytes = self.ws.text.as_bytes();
        while m < end {
            let (Some(&0), Some(a), Some(b)) =
                (self.cues.get(m), toks.get(m.wrapping_sub(1)), toks.get(m))
            else {
                break;
            };
            // (A space first: the gap of most words.)
            let gap = bytes.get(a.end);
            if b.start != a.end + 1 || gap != Some(&b' ') && !plain_byte(gap) {
                break;
            }
            m += 1;
        }
        m
    }

    /// Whether the gap before word `m` is one byte and no comma or semicolon: a single
    /// space, line break or tab, or another one-byte mark. A content clause stops at no
    /// word after one unless the word is a cue.
    #[inline]
    fn plain_gap(&self, m: usize) -> bool {
        match (self.ws.toks.get(m.wrapping_sub(1)), self.ws.toks.get(m)) {
            (Some(a), Some(b)) => {
                b.start == a.end + 1 && plain_byte(self.ws.text.as_bytes().get(a.end))
            }
            _ => false,
        }
    }

    /// The cue of word `m` written in lower case (`said`, not `State`): [`cue_word`] of the
    /// word.
    #[inline]
    fn cue_word(&self, m: usize) -> Option<cue::Cue> {
        let lower = |t: &Span| {
            self.ws
                .text
                .as_bytes()
                .get(t.start)
                .is_some_and(u8::is_ascii_lowercase)
        };
        let c = self.cue(m)?;
        self.ws.toks.get(m).filter(|t| lower(t)).map(|_| c)
    }
}

/// Whether a gap of the one byte `b` is plain ([`Window::plain_gap`]): no comma or
/// semicolon.
#[inline]
fn plain_byte(b: Option<&u8>) -> bool {
    !matches!(b, Some(b',' | b';') | None)
}

/// One cue word of a sentence with its subject and content: `X said (that) ...`,
/// `X told Y (that) ...`, `..., X said.`, `..., said X.`, `X said A, adding B`.
// (Kept out of line: the scan over a sentence's words that calls it stays small.)
#[inline(never)]
pub(super) fn cue_clause(win: &Window, k: usize, c: cue::Cue, earlier: &[Draft]) -> Option<Draft> {
    let ws = win.ws;
    let text = ws.text;
    let toks = ws.toks;
    let n = toks.len();
    let cue_span = toks[k];
    let prev = if k > 0 { ws.w(k - 1) } else { "" };
    if c.frame_only {
        return None;
    }
    // `to say` is no statement, but `went on to say` is.
    if prev.eq_ignore_ascii_case("to")
        && ws.joined(k - 1)
        && !(k > 1 && ws.w(k - 2).eq_ignore_ascii_case("on"))
    {
        return None;
    }
    // `thanks to the rain`: a preposition, no cue.
    if NOT_CUES
        .iter()
        .any(|(a, b)| ws.w(k).eq_ignore_ascii_case(a) && ws.w(k + 1) == *b && ws.joined(k))
    {
        return None;
    }
    // `speaking at a rally`, `spoke to reporters`, `pointed to the map`: a verb of
    // [`PHRASAL_CUES`] reports only with its particle or preposition.
    if has_phrases(c.lemma) && phrase_after(ws, k, c.lemma).is_none() {
        return None;
    }
    let comma_before = k > 0 && ws.gap_before(k).contains(',');
    let c = cue::Cue {
        form: finite_form(ws, k, c),
        ..c
    };
    // `the tax was announced`, `they have been denied the service`: a passive participle
    // names what was said, not who said it. A hearer may be the passive's subject
    // (`he was told ...`), and `was announced that ...` still reports.
    if c.form == Form::Past
        && k > 0
        && ws.joined(k - 1)
        && ws.w(k).ends_with("ed")
        && set::BE.has(prev)
        && !(c.object && c.lemma != "ask")
        && !c.raising
        && !is_in(EXPECTATION_PASSIVES, c.lemma)
        && !is_in(&["that", "to"], ws.w(k + 1))
    {
        return None;
    }
    // `he was told the bridge would close`: the hearer is the passive's subject, so no
    // hearer follows the cue.
    let c = if c.object
        && k > 0
        && ws.joined(k - 1)
        && set::BE.has(prev)
        && !ws.w(k).ends_with("ing")
    {
        cue::Cue { object: false, ..c }
    } else {
        c
    };
    if c.form == Form::Ing {
        // `a new poll showing the mayor ahead`: the findings named just before.
        if !comma_before
            && c.lemma == "show"
            && k > 0
            && ws.joined(k - 1)
            && set::EVIDENCE_WORDS.has(prev)
        {
            let (a, b) = grammar::noun_phrase_ending(ws, k - 1)?;
            let (cs, _) = grammar::content_start(ws, k, false)?;
            if cs + 1 >= n {
                return None;
            }
            return Some(Draft::indirect(
                Span::new(toks[cs].start, clause_end(win, cs)),
                Some(Span::new(toks[a].start, toks[b].end)),
                cue_span,
            ));
        }
        // `Interfax quoted Ryabkov as saying ...`, `..., Ryabkov was quoted as saying.`:
        // the quoted person speaks.
        if let Some((a, b, q)) = grammar::quoted_as_saying(ws, k) {
            let source = Some(Span::new(toks[a].start, toks[b].end));
            let cue = Span::new(toks[q].start, cue_span.end);
            // (`as saying by RIA`: the medium, no content; `as saying by local media that
            // ...`: the content after it.)
            let after = match grammar::content_start(ws, k, false) {
                Some((cs, _)) if ws.is(cs, "by") => (cs + 1..(cs + 8).min(n))
                    .find(|&i| ws.is(i, "that"))
                    .map(|i| (i + 1, true)),
                found => found,
            };
            return match after {
                Some((cs, _)) if cs + 1 < n => Some(Draft {
                    source,
                    ..Draft::indirect(Span::new(toks[cs].start, clause_end(win, cs)), None, cue)
                }),
                // `A, Ryabkov was quoted as saying.`: the content before the speaker.
                None if a > 1
                    && ws.gap_before(a).contains(',')
                    && !(0..a).any(|i| ws.gap_before(i).contains(['"', '“', '”'])) =>
                {
                    Some(Draft::indirect(
                        Span::new(ws.sent.start, trim_to(text, toks[0].start, toks[a].start)),
                        source,
                        cue,
                    ))
                }
                _ => None,
            };
        }
        // `with 22 percent saying they would not`, `left 62 percent of voters saying
        // ...`: a poll's share says it.
        // `soared in the polls by saying that ...`, `After saying he was nervous, the man
        // ...`: a gerund after a preposition, its speaker the sentence's subject.
        // (`Noting that ..., Lula said ...`: a participle that opens the sentence.)
        if !comma_before
            && !c.stance
            && (k == 0
                || ws.joined(k - 1)
                    && is_in(&["after", "as", "before", "by", "while", "without"], prev))
        {
            let (cs, that) = grammar::content_start(ws, k, c.object)?;
            if !that && !grammar::looks_clausal(ws, cs, ws.sent.end) {
                return None;
            }
            // A gerund clause that opens the sentence ends at its comma, and the main
            // clause's subject after it is the speaker.
            let main = (k <= 1)
                .then(|| (k + 1..n).find(|&m| ws.comma_before(m)))
                .flatten();
            let source = match main {
                Some(m) => grammar::noun_phrase_from(ws, m).map(|(a, mut b)| {
                    let w = ws.w(b);
                    if b > a && w.ends_with("ed") && !is_cap(w) {
                        b -= 1;
                    }
                    (a, b)
                }),
                None => k.checked_sub(1).and_then(|p| sentence_subject(ws, p)),
            }
            .map(|(a, b)| Span::new(toks[a].start, toks[b].end));
            let end = match main {
                Some(m) => grammar::trim_end(ws.text, toks[cs].start, toks[m - 1].end),
                None => clause_end(win, cs),
            };
            return Some(Draft {
                kind: AttributionKind::Indirect,
                content: Span::new(toks[cs].start, end),
                source,
                inherit: false,
                unsourced: false,
                cue: Some(cue_span),
                parts: Vec::new(),
                quotes: Vec::new(),
            });
        }
        if !comma_before {
            // (`, with the union saying ...`: an absolute clause names its speaker.)
            let (a, b) = grammar::subject_before(ws, k).filter(|&(a, b)| {
                grammar::is_share(ws, a, b) || with_subject(ws, a) && absolute_speech(c)
            })?;
            let (cs, that) = grammar::content_start(ws, k, c.object)?;
            if !that && (c.needs_that || !grammar::looks_clausal(ws, cs, ws.sent.end)) {
                return None;
            }
            return Some(Draft::indirect(
                Span::new(toks[cs].start, clause_end(win, cs)),
                Some(Span::new(toks[a].start, toks[b].end)),
                cue_span,
            ));
        }
        let (cs, that, cue_span) = match phrased_start(ws, k, c.lemma) {
            Some(found) => found,
            None => {
                let (cs, that) = grammar::content_start(ws, k, c.object)?;
                (cs, that, cue_span)
            }
        };
        if c.needs_that && !that {
            return None;
        }
        let end = clause_end(win, cs);
        // `..., she said, adding ...`: the statement's speaker before it in the sentence;
        // `Smith walked out, saying ...`: the subject of the sentence's own verb; else the
        // last speaker.
        // (`A offered talks, but the army rejected them, demanding ...`: the subject of
        // the clause that the participle follows, after a coordinator.)
        // (`X said India welcomed Y, adding ...`: the statement that holds the one nested
        // in it speaks on.)
        let before = outermost_last(earlier);
        let source = coordinated_subject(ws, k, before.and_then(|d| d.cue))
            .or_else(|| before.and_then(|d| d.source))
            .or_else(|| subject_of_main_clause(ws, k));
        return Some(Draft {
            kind: AttributionKind::Indirect,
            content: Span::new(toks[cs].start, end),
            source,
            inherit: source.is_none(),
            unsourced: false,
            cue: Some(cue_span),
            parts: Vec::new(),
            quotes: Vec::new(),
        });
    }
    // A verb of stance that [`stance_clause`] refuses whatever its subject (`was backed`,
    // `the call`): the subject is not read. (Only where no rule before it can take the
    // cue: no verb of appearance, no expectation, no inverted frame.)
    // (`A, say some Democrats.`: a base form before a plural source.)
    let plural_after = || {
        // (Not `narrows the gap to, say, single digits`.)
        c.lemma == "say"
            && ws.joined(k)
            && grammar::noun_phrase_from(ws, k + 1).is_some_and(|(a, b)| {
                let w = ws.w(b);
                a > k && (w.len() >= 3 && w.ends_with('s') || is_in(&["people", "police"], w))
            })
    };
    let inverted =
        comma_before && (c.form != Form::Base || plural_after()) && !c.needs_that && k >= 2;
    // (`is calling for`: a progressive, its `be` the auxiliary.)
    let progressive = set::BE.has(prev) && ws.w(k).ends_with("ing");
    if c.stance
        && !c.raising
        && !inverted
        && !progressive
        && !is_in(EXPECTATION_PASSIVES, c.lemma)
        && is_in(NOT_STANCE_AFTER, prev)
    {
        return None;
    }
    // A cue that needs a `that` clause and has none (`X denied the report`): every rule
    // below refuses it whatever its subject, so the subject is not read. (Not where a
    // rule that needs no `that` may take it: a verb of stance or appearance, an
    // expectation, or findings, `the study found`.)
    if c.needs_that
        && !c.stance
        && !c.raising
        && !is_in(EXPECTATION_PASSIVES, c.lemma)
        && !is_in(&["find", "show"], c.lemma)
        && !may_state(ws, k, c)
    {
        return None;
    }
    let mut subj = grammar::subject_before(ws, k);
    // `said in a statement posted on its website`: a participle on the venue of another
    // cue, no verb of the venue's.
    if subj.is_some_and(|(a, b)| {
        a > 0
            && ws.joined(a - 1)
            && is_in(&["in", "on", "through", "via"], ws.w(a - 1))
            && (set::VENUE_WORDS.has(ws.w(b)) || set::DOCUMENT_WORDS.has(ws.w(b)))
            && is_in(grammar::VENUE_PARTICIPLES, ws.w(k))
    }) {
        return None;
    }
    // A long subject (`Political observers in Virginia and around the country say`) when
    // no shorter one is found, unless the cue frames a content before it (`A, said X.`).
    let speech = !c.stance && !c.raising && (!c.noun_like || c.form == Form::Past);
    // (Not before a second verb: `Ruiz met the mayor and on Friday said`.)
    if subj.is_none()
        && speech
        && !(inverted && inverted_clause(ws, k).is_some())
        && coordinator_before(ws, k).is_none()
    {
        subj = grammar::long_subject(ws, k);
    }
    // A head noun that a phrase or a relative clause modifies (`commuters on both sides of
    // the harbour say`, `workers who have waited months for a contract say`): the whole
    // phrase from the sentence's start, not the last noun; after a content, from the
    // comma that ends it (`The truce will hold, a diplomat in Doha said.`).
    if let Some((a, b)) = subj {
        // (After a verb of stance, only a name's modifier: `The Australian Embassy in
        // Tokyo declined`.)
        if a > 0
            && (!c.stance || a >= 2 && is_cap(ws.w(a - 2)))
            && !c.raising
            && ws.joined(a - 1)
            && is_in(POST_MODIFIERS, ws.w(a - 1))
        {
            if let Some(la) = grammar::long_subject(ws, k)
                .filter(|&(la, lb)| la < a && lb == b)
                .map(|(la, _)| la)
                .or_else(|| head_after_comma(ws, a - 1))
            {
                subj = Some((la, b));
            }
        }
    }
    if !c.stance && !c.needs_that && matches!(c.form, Form::Past | Form::Third) {
        if let Some(d) = as_frame(win, k, subj) {
            return Some(d);
        }
    }
    // (`some say` reports speech; `some think`, `few seemed` hold no one's stance.)
    if (c.stance || c.raising)
        && subj.is_some_and(|(a, b)| a == b && is_in(grammar::QUANTIFIER_SUBJECTS, ws.w(a)))
    {
        return None;
    }
    // `A, said X.`; but `X, a philanthropist from Y, said ...` is a subject with its
    // apposition that opens the sentence.
    // (A verb of stance frames an inverted source only after a quotation that opens the
    // sentence: `"...," echoes McMillen`; `Fishermen in Kayar, where ..., welcomed the move` is subject,
    // verb and object.)
    if inverted
        && (!c.stance || ws.gap_before(0).contains(['"', '“', '‘', '\'']))
        && subj.is_none_or(|(a, _)| a > 0)
    {
        if let Some(d) = inverted_clause(ws, k) {
            return Some(d);
        }
    }
    // `costs are lower than TransLink says they are`: a comparison, not a statement; `Do
    // you support the levy?`: a question.
    if subj.is_some_and(|(a, _)| {
        a > 0 && ws.w(a - 1).eq_ignore_ascii_case("than")
            || a == 1
                && ["do", "does", "did"]
                    .iter()
                    .any(|q| ws.w(0).eq_ignore_ascii_case(q))
    }) {
        return None;
    }
    // (Read only for a cue without a subject of its own, the only one it may make a
    // second verb.)
    let coordinator = if subj.is_none() && k > 1 {
        coordinator_before(ws, k)
    } else {
        None
    };
    let second_verb = coordinator.is_some();
    // `Trump criticized Singer and challenged him to a debate`: a verb of stance after a
    // first verb takes the sentence's subject, as a verb of speech does.
    // `The sale is expected to close in May`: an expectation reported without its
    // holder; the content is the whole clause, its subject included.
    if is_in(EXPECTATION_PASSIVES, c.lemma)
        && c.form == Form::Past
        && ws.w(k).ends_with("ed")
        && k > 1
        && is_in(&["is", "are"], prev)
        && ws.is(k + 1, "to")
        && ws.joined(k - 1)
        && ws.joined(k)
    {
        let (a, _) = subj.filter(|&(_, b)| b + 2 == k)?;
        if is_in(&["it", "this", "that", "which", "who"], ws.w(a)) || k + 2 >= n {
            return None;
        }
        return Some(Draft::unsourced(
            Span::new(toks[a].start, clause_end(win, k + 1)),
            Span::new(toks[k - 1].start, cue_span.end),
        ));
    }
    if c.raising {
        return raising_clause(win, k, c, subj);
    }
    if c.stance && !(second_verb && c.form == Form::Past) {
        return stance_clause(win, k, c, subj);
    }
    if second_verb {
        // A second verb of the sentence's subject (`Rubio thanked Miami and said ...`), or
        // of a relative clause's antecedent (`..., said Anna Ruiz, who was at the dinner
        // and recalled ...`).
        let in_relative = relative_antecedent(ws, coordinator.map_or(k - 1, |j| j));
        subj = in_relative
            .or_else(|| {
                earlier.last().and_then(|d| d.source).and_then(|s| {
                    let a = toks.iter().position(|t| t.start == s.start)?;
                    let b = toks.iter().rposition(|t| t.end == s.end)?;
                    Some((a, b))
                })
            })
            .or_else(|| sentence_subject(ws, k));
        let (a, b) = subj?;
        let (cs, that) = grammar::content_start(ws, k, c.object)?;
        if c.needs_that && !that || cs + 1 >= n {
            return None;
        }
        // (After an auxiliary, a verb of speech needs a clause: `has contended several
        // other years at the tournament` is no statement.)
        if coordinator.is_some_and(|j| j + 1 < k)
            && !c.stance
            && !c.object
            && !that
            && !grammar::looks_clausal(ws, cs, ws.sent.end)
        {
            return None;
        }
        if c.stance
            && (ws.gap_before(cs).contains(',')
                || set::PARTICLES.has(ws.w(cs))
                || ws.is(cs, "to") && c.lemma != "decline"
                || !(a..=b).any(|i| is_cap(ws.w(i)) || set::PRONOUNS.has(ws.w(i))))
        {
            return None;
        }
        let mut end = if c.stance && !that && !c.clausal {
            object_end(win, cs)
        } else {
            clause_end(win, cs)
        };
        // (`Sanders, who endorsed Canova and said he would campaign with him, did not
        // show up`: the relative clause ends at its comma.)
        if in_relative.is_some_and(|(ra, _)| ra == 0) {
            if let Some(m) = (cs + 1..n).find(|&m| ws.gap_before(m).contains(',')) {
                end = end.min(grammar::trim_end(text, toks[cs].start, toks[m - 1].end));
            }
        }
        return Some(Draft::indirect(
            Span::new(toks[cs].start, end),
            Some(Span::new(toks[a].start, toks[b].end)),
            cue_span,
        ));
    }
    // (`The Washington Post, which argued that ...`: an organisation's relative clause.)
    // (`which had urged`: an auxiliary or an adverb between.)
    let opens = |j: usize| ws.is(j, "which") && ws.comma_before(j);
    // (Looked for only where it may count: not after a `who`, nor for a verb of stance.)
    let which = || {
        (!c.stance)
            .then(|| opener_before(ws, k, opens, aux_or_adverb))
            .flatten()
    };
    let relative = subj
        .filter(|&(a, b)| a == b && a > 0 && ws.is(a, "who"))
        .or_else(|| which().map(|j| (j, j)));
    if let Some((a, b)) = relative {
        // `Smith, who said nothing, left`: the relative clause's own object is the
        // content, its antecedent the source. Without the comma (`voters who say the law
        // failed`), the antecedent is people named by a plural or a name.
        let restrictive = !ws.gap_before(a).contains(',');
        let (mut ante_a, ante_b) = grammar::antecedent_of(ws, a)?;
        // (Or a poll's share: `four in 10 who said`, `64 percent who say`.)
        let people =
            |w: &str| is_cap(w) || w.ends_with('s') && w.len() > 3 || set::SHARE_WORDS.has(w);
        let share = grammar::share_before(ws, ante_b).is_some();
        if restrictive && !(ws.joined(a - 1) && (people(ws.w(ante_b)) || share)) {
            return None;
        }
        // A name: its run of capitalised words (`met Dana Whitfield, who`).
        if is_cap(ws.w(ante_b)) {
            while ante_a < ante_b && !(ante_a..=ante_b).all(|i| is_cap(ws.w(i))) {
                ante_a += 1;
            }
        }
        let (cs, that) = grammar::content_start(ws, k, c.object)?;
        if c.needs_that && !that || ws.gap_before(cs).contains(',') {
            return None;
        }
        let _ = b;
        let mut end = match (cs..n).find(|&m| ws.gap_after(m).contains([',', ';', '—', '–'])) {
            Some(m) if m + 1 < n => grammar::trim_end(text, toks[cs].start, toks[m].end),
            _ => clause_end(win, cs),
        };
        // `Residents who said they had lost wells packed the hall`: a relative clause on the
        // sentence's subject ends before the sentence's own verb.
        if restrictive && ante_a == 0 {
            if let Some(v) = main_verb_after(ws, cs, end) {
                end = grammar::trim_end(text, toks[cs].start, toks[v].start);
            }
        }
        if c.clausal && !that && !grammar::looks_clausal(ws, cs, end) {
            return None;
        }
        return Some(Draft::indirect(
            Span::new(toks[cs].start, end),
            Some(Span::new(toks[ante_a].start, toks[ante_b].end)),
            cue_span,
        ));
    }
    if let Some((mut a, b)) = subj {
        if c.noun_like && matches!(c.form, Form::Base | Form::Third) {
            let last = ws.w(b);
            // (`the candidate claims his ...`, `the paper notes the ...`: a noun takes no
            // determiner after it, so the word is a verb.)
            let next = ws.w(k + 1);
            let verb_next = c.form == Form::Third
                && ws.joined(k)
                && (next == "that" || set::DETERMINERS.has(next) || set::PRONOUNS.has(next));
            if !(set::PRONOUNS.has(last) || is_cap(last) || last.ends_with('s') || verb_next) {
                return None;
            }
        }
        let plural = |w: &str| {
            w.ends_with('s')
                || w.ends_with("percent")
                || w.chars().all(|ch| ch.is_ascii_digit())
                || is_in(
                    &[
                        "data", "media", "police", "these", "they", "those", "we", "i", "you",
                        "who",
                    ],
                    w,
                )
        };
        // Where the content begins after the cue: found once for every test below.
        let after = grammar::content_start(ws, k, c.object);
        // A bare form after a plural subject (`officials say`), or after a longer subject
        // (`aides to the mayor say`) when a clause with its own subject pronoun follows.
        let pronoun_clause =
            || after.is_some_and(|(cs, that)| !that && grammar::opens_with_subject_pronoun(ws, cs));
        // A bare form must agree with a plural subject; the other forms agree with any, so
        // the subject's number is read for a bare form only.
        if c.form == Form::Base {
            // (`people` when named by what they know or do: `people briefed on the talks
            // say`.)
            let named_people = (a..b).any(|i| ws.w(i).eq_ignore_ascii_case("people"));
            // (`some say`, `many said`: a quantifier alone, with a verb of speech.)
            let quantifier = a == b
                && !c.needs_that
                && !is_in(&["another", "one"], ws.w(a))
                && is_in(grammar::QUANTIFIER_SUBJECTS, ws.w(a));
            // (`Mr. Grassley and Mr. Leahy say`, `47% say`, `about one in five say`.)
            let plural_subject = named_people
                || quantifier
                || grammar::is_share(ws, a, b)
                || (a..b).any(|i| ws.is(i, "and"))
                    && (a..=b).all(|i| is_cap(ws.w(i)) || ws.is(i, "and"))
                || (a..=b).any(|i| plural(ws.w(i)));
            // `protest organizers in Cleveland say`: a bare form agrees with a plural head
            // before a prepositional phrase, which the subject takes in.
            let plural_head = (!plural_subject)
                .then(|| plural_head_before(ws, a))
                .flatten();
            if let Some(h) = plural_head {
                a = h;
            }
            if !plural_subject && plural_head.is_none() && !(a > 0 && pronoun_clause()) {
                return None;
            }
        }
        // `At times, people close to the president said, ...`: a subject that follows a
        // comma a few words back frames the sentence from its middle.
        if a > 0 && !ws.gap_before(a).contains(',') {
            if let Some(p) = (a.saturating_sub(5)..a).rev().find(|&p| !ws.joined(p)) {
                if ws.comma_after(p)
                    && p + 1 < a
                    && after.is_some_and(|(cs, _)| ws.gap_before(cs).contains(','))
                {
                    a = p + 1;
                }
            }
        }
        // `a survey shows the mayor ahead`, `..., the study found.`: findings show and find
        // without a `that` clause.
        let c = if is_in(&["find", "show"], c.lemma) && set::EVIDENCE_WORDS.has(ws.w(b)) {
            cue::Cue {
                needs_that: false,
                ..c
            }
        } else {
            c
        };
        let source = Span::new(toks[a].start, toks[b].end);
        let comma_before_subj = a > 0 && ws.gap_before(a).contains(',');
        // `A, X said.` / `A, X said, and B.`
        let tail_empty = match after {
            None => true,
            Some((cs, _)) => ws.gap_before(cs).contains(','),
        };
        if comma_before_subj && tail_empty && !c.needs_that {
            let end_a = trim_to(text, toks[0].start, toks[a].start);
            // After the statement before in the same sentence, if any, unless that one lies
            // inside this content (`X plans to ..., a spokesman said.`).
            let start = earlier
                .last()
                .filter(|d| d.content.end < end_a)
                .and_then(|d| d.cue)
                .and_then(|cu| toks[..a].iter().position(|t| t.start >= cu.end))
                .filter(|&i| i + 1 < a)
                .map_or(ws.sent.start, |i| toks[i].start);
            // `A, he said, is B`: the content goes on after the frame; not after a clause
            // of the speaker's own (`A, Cruz explained, recalling ...`), unless the `-ing`
            // form is a subject (`A, he said, replacing her would be ...`).
            let more = after.filter(|&(cs, _)| {
                ws.gap_before(cs).contains(',')
                    && !(frame_tail(ws.w(cs))
                        && (ws.is(cs + 1, "that") || !grammar::gerund_subject(ws, cs)))
            });
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
            if a < 2 && (more.is_none() || a == 0) {
                return None;
            }
            return Some(Draft {
                kind: AttributionKind::Indirect,
                content,
                source: Some(source),
                inherit: false,
                unsourced: false,
                cue: Some(cue_span),
                parts,
                quotes: Vec::new(),
            });
        }
        let (cs, that) = after?;
        // `Asked whether ..., May said no.`: an answer of one word.
        if let Some(d) = one_word_answer(ws, cs, c, source, cue_span) {
            return Some(d);
        }
        // The content clause's end, found once for the tests and the content.
        let clause = std::cell::OnceCell::new();
        let clause_at = || *clause.get_or_init(|| clause_end(win, cs));
        // (A clause with no finite verb up to the sentence's end has none up to its own:
        // the end is found only when it may matter.)
        let stated = || {
            that || grammar::bare_clause(ws, cs, usize::MAX)
                && grammar::bare_clause(ws, cs, clause_at())
                || grammar::past_clause(ws, cs, clause_at())
                || is_in(INTENT_VERBS, c.lemma) && infinitive_at(ws, cs)
        };
        if c.needs_that && !stated() {
            return None;
        }
        if !that && scores_not_words(ws, c, cs) {
            return None;
        }
        // `X says, win or lose, he stays`: a comma after the cue is fine when the
        // subject opens the sentence.
        if ws.gap_before(cs).contains(',') && !that && a > 0 {
            return None;
        }
        let mut end = clause_at();
        if cs + 1 >= n {
            return None;
        }
        // `While he has said he opposes X, his party ...`: a subordinate clause that opens
        // the sentence ends at its comma, before the main clause.
        let opener = usize::from(a > 0 && is_in(&["and", "but", "yet"], ws.w(0)));
        if a == opener + 1 && set::SUBORDINATORS.has(ws.w(opener)) {
            if let Some(m) = (cs + 1..n)
                .take_while(|&m| toks[m].start < end)
                .find(|&m| ws.comma_before(m))
            {
                end = grammar::trim_end(text, toks[cs].start, toks[m - 1].end);
            }
        }
        // (`CNN noted the sparse attendance`: after a name, `noted` reports a noun phrase
        // too; `the lawyer noted the deadline in his diary` records it.)
        let named_note = c.lemma == "note"
            && matches!(c.form, Form::Past | Form::Third)
            && (a..=b).any(|i| is_cap(ws.w(i)) && !set::DETERMINERS.has(ws.w(i)));
        if c.clausal && !that && !named_note && !grammar::looks_clausal(ws, cs, end) {
            return None;
        }
        return Some(Draft::indirect(
            Span::new(toks[cs].start, end),
            Some(source),
            cue_span,
        ));
    }
    None
}

/// `X said no.`, `X said yes, adding ...`: a verb of speech whose content is the answer
/// `yes` or `no` at word `cs`, alone up to the sentence's end or a comma.
fn one_word_answer(ws: &Words, cs: usize, c: cue::Cue, source: Span, cue: Span) -> Option<Draft> {
    let answer = grammar::is_answer(ws.w(cs));
    let alone = cs + 1 == ws.toks.len() || ws.gap_after(cs).trim_start().starts_with([',', ';']);
    (answer && alone && is_in(&["answer", "reply", "respond", "say"], c.lemma))
        .then(|| Draft::indirect(ws.toks[cs], Some(source), cue))
}

/// The sentence's own verb after a content clause that starts at word `cs` and ends
/// before byte `end` (`they had lost wells to the drought | packed ...`): a second verb in
/// the past or a finite `be`/`have`, right after a lower-case noun, once the clause has
/// had a verb of its own.
fn main_verb_after(ws: &Words, cs: usize, end: usize) -> Option<usize> {
    let toks = ws.toks;
    let within = |m: usize| toks.get(m).is_some_and(|t| t.end <= end);
    let verb = |w: &str| {
        !is_cap(w)
            && (w.len() > 3 && w.ends_with("ed")
                || is_in(&["are", "had", "has", "have", "is", "was", "were"], w))
    };
    let first = (cs + 1..)
        .take_while(|&m| within(m))
        .find(|&m| verb(ws.w(m)))?;
    (first + 2..).take_while(|&m| within(m)).find(|&m| {
        let prev = ws.w(m - 1);
        verb(ws.w(m))
            && ws.joined(m - 1)
            && !is_cap(prev)
            && prev.len() > 2
            && !set::NP_STOP.has(prev)
            && !set::AUX_ADV.has(prev)
            && !set::BE.has(prev)
            && !set::DETERMINERS.has(prev)
            && !set::PRONOUNS.has(prev)
            && !prev.ends_with("ly")
            && !verb(prev)
    })
}

/// Prepositions that join a modifier to the noun before them (`organizers in Cleveland`,
/// `workers ... for a contract`).
const POST_MODIFIERS: &[&str] = &[
    "about", "across", "around", "at", "for", "from", "in", "near", "of", "on", "over", "to",
    "with",
];

/// Whether word `w`, after `A, X said,`, opens a clause of the speaker's own rather than
/// the rest of the content: an `-ing` form (`recalling ...`, `adding that ...`).
fn frame_tail(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing") && !is_in(&["according", "including"], w)
}

/// `Australia's index added 0.4 per cent`, `Carolina added another goal`, `Vancouver
/// responded a minute later`: `add`, `respond` and `reply` before a figure, `another`,
/// `yet` or a time phrase count points or moves, not words.
fn scores_not_words(ws: &Words, c: cue::Cue, cs: usize) -> bool {
    if !is_in(&["add", "reply", "respond"], c.lemma) || ws.gap_before(cs).trim() != "" {
        return false;
    }
    let w = ws.w(cs);
    w.starts_with(|ch: char| ch.is_ascii_digit() || ch == '$')
        || is_in(&["another", "just", "yet"], w)
        || c.lemma != "add"
            && (cs..ws.toks.len().min(cs + 5)).any(|m| is_in(&["earlier", "later"], ws.w(m)))
}

/// Conjunctions that open a subordinate clause (`While he said ..., the party ...`).
pub(super) const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "since", "though", "unless", "when",
    "whereas", "while",
];

/// Words after which a verb of stance is a passive (`was backed`) or a noun (`the call`,
/// `got support`), no statement of a subject.
const NOT_STANCE_AFTER: &[&str] = &[
    "was", "were", "been", "be", "being", "is", "are", "get", "got", "the", "a", "an",
];

/// Verbs whose passive before `to` reports an expectation (`is expected to`).
const EXPECTATION_PASSIVES: &[&str] = &["expect"];

/// Two-word phrases whose first word is a cue form but that report nothing (`thanks to`).
const NOT_CUES: &[(&str, &str)] = &[("thanks", "to")];

/// Particles that make a verb of stance another verb (`backed off`, `pushed through`,
/// `thanks to`).
pub(super) const PARTICLES: &[&str] = &["away", "down", "in", "off", "out", "through", "up"];

/// Auxiliaries that make a bare or `-ing` cue finite (`will discuss`, `is calling`).
pub(super) const MODALS: &[&str] = &[
    "can",
    "can't",
    "can’t",
    "could",
    "couldn't",
    "couldn’t",
    "did",
    "didn't",
    "didn’t",
    "do",
    "does",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "may",
    "might",
    "must",
    "not",
    "should",
    "shouldn't",
    "shouldn’t",
    "to",
    "will",
    "won't",
    "won’t",
    "would",
    "wouldn't",
    "wouldn’t",
];
pub(super) const BE: &[&str] = &["is", "are", "was", "were", "been", "be"];

/// The form a cue has in its clause: a bare verb after a modal and an `-ing` verb after
/// `is` count as finite (`Past`).
fn finite_form(ws: &Words, k: usize, c: cue::Cue) -> Form {
    if !matches!(c.form, Form::Base | Form::Ing) {
        return c.form;
    }
    let prev = if k > 0 { ws.w(k - 1) } else { "" };
    let prev2 = || if k > 1 { ws.w(k - 2) } else { "" };
    let aux = |w: &str| set::MODALS.has(w) && w != "to";
    match c.form {
        // (`would only say`, `can now say`, `will publicly say`: an adverb between.)
        Form::Base
            if aux(prev)
                || (is_in(&["also", "not", "never", "still"], prev)
                    || set::AUX_ADV.has(prev) && !set::BE.has(prev)
                    || prev.len() > 4 && prev.ends_with("ly"))
                    && aux(prev2()) =>
        {
            Form::Past
        }
        Form::Ing
            if set::BE.has(prev)
                // (`are quietly saying`: an adverb in `-ly` between.)
                || (is_in(&["also", "not", "still", "now"], prev)
                    || prev.len() > 4 && prev.ends_with("ly"))
                    && set::BE.has(prev2()) =>
        {
            Form::Past
        }
        f => f,
    }
}

/// `Voters appear fatigued`, `Clinton seemed to imply ...`, `there seems to be ...`, `it
/// appears (that) ...`: a verb of appearance reports a judgement of its whole clause, the
/// subject included, with no source. `appear` counts only before `to` or `that` (not
/// `appeared on television`, `appeared in court`).
fn raising_clause(
    win: &Window,
    k: usize,
    c: cue::Cue,
    subj: Option<(usize, usize)>,
) -> Option<Draft> {
    let ws = win.ws;
    let toks = ws.toks;
    let n = toks.len();
    if k == 0 || k + 1 >= n || !ws.joined(k) || !ws.joined(k - 1) {
        return None;
    }
    let prev = ws.w(k - 1);
    let next = ws.w(k + 1);
    if is_in(&["to", "the", "a", "an", "did", "does", "do"], prev)
        || c.lemma == "appear"
            && !is_in(&["to", "that"], next)
            && !subj.is_some_and(|(a, b)| a == b && ws.w(a).eq_ignore_ascii_case("it"))
        || is_in(&["as", "at", "in", "on", "with"], next)
    {
        return None;
    }
    let a = match subj {
        _ if prev.eq_ignore_ascii_case("there") => k - 1,
        Some((a, b)) => {
            let plural =
                |w: &str| is_in(&["they", "we", "i", "you"], w) || w.ends_with('s') && !is_cap(w);
            if c.form == Form::Base && !plural(ws.w(b))
                || c.form == Form::Ing
                || is_in(&["who", "which", "that", "what"], ws.w(a))
            {
                return None;
            }
            // `it appears (that) he has little chance`: the clause after the cue.
            if a == b && ws.w(a).eq_ignore_ascii_case("it") && next != "to" {
                let (cs, that) = grammar::content_start(ws, k, false)?;
                let end = clause_end(win, cs);
                if !(that || grammar::bare_clause(ws, cs, end)) {
                    return None;
                }
                return Some(Draft::indirect(
                    Span::new(toks[cs].start, end),
                    None,
                    toks[k],
                ));
            }
            // The whole subject: `Turnout in the northern districts`, not `the northern
            // districts`.
            let mut a = a;
            for _ in 0..2 {
                if a < 2
                    || !ws.joined(a - 1)
                    || !ws.joined(a - 2)
                    || !is_in(
                        &["at", "for", "from", "in", "of", "on", "with"],
                        ws.w(a - 1),
                    )
                {
                    break;
                }
                match grammar::noun_phrase_ending(ws, a - 2) {
                    Some((a2, _)) => a = a2,
                    None => break,
                }
            }
            a
        }
        None => return None,
    };
    Some(Draft::indirect(
        Span::new(toks[a].start, clause_end(win, k + 1)),
        None,
        toks[k],
    ))
}

/// `X criticized the plan`, `X wants to ...`: a verb of stance after a named, pronoun or
/// titled (`the governor`) subject, its object or clause as the content. `c`: the cue with
/// its form in its clause ([`finite_form`], as [`cue_clause`] reads it: not read again
/// here); `subj`: the cue's [`grammar::subject_before`].
pub(super) fn stance_clause(
    win: &Window,
    k: usize,
    c: cue::Cue,
    subj: Option<(usize, usize)>,
) -> Option<Draft> {
    let ws = win.ws;
    let toks = ws.toks;
    let n = toks.len();
    if k == 0 {
        return None;
    }
    let form = c.form;
    // (Not after an auxiliary that opens a question: `Would Ms Sanders want ...?`)
    let form_is_base =
        form == Form::Base && !subj.is_some_and(|(a, _)| a > 0 && set::FINITE.has(ws.w(a - 1)));
    let prev = ws.w(k - 1);
    // `two-thirds support ...`, `19 percent of voters back ...`: a polled share (found
    // once, and only when a test below reads it).
    let share_cell = std::cell::OnceCell::new();
    let share =
        || *share_cell.get_or_init(|| subj.is_some_and(|(a, b)| grammar::is_share(ws, a, b)));
    // (Read for a bare form only: the other forms agree with any subject.)
    let plural_subject = form == Form::Base
        && (share()
            || subj.is_some_and(|(_, b)| {
                let w = ws.w(b);
                // (A bare verb after a capitalised word in `-s` agrees with a plural:
                // `Democrats see ...`, `Voters want ...`.)
                is_in(&["they", "we", "i", "you", "who"], w)
                    || (w.ends_with('s') || w.ends_with("men")) && (!is_cap(w) || form_is_base)
            }));
    // `Voters in Ohio want ...`, `Residents of the town oppose ...`: a bare form agrees with
    // a plural head before the subject's prepositional phrase.
    let plural_subject = plural_subject
        || form_is_base
            && subj.is_some_and(|(a, b)| {
                (a + 1..b)
                    .find(|&i| is_in(HEAD_PREPOSITIONS, ws.w(i)))
                    .is_some_and(|p| {
                        let h = ws.w(p - 1);
                        h.len() > 3
                            && (h.ends_with('s') && !h.ends_with("ss") || h.ends_with("men"))
                    })
            });
    if !(matches!(form, Form::Past | Form::Third) || form == Form::Base && plural_subject) {
        return None;
    }
    let progressive = set::BE.has(prev) && ws.w(k).ends_with("ing");
    if progressive {
        // `is calling for`: fine, the `be` is the auxiliary; but `is considering a move`
        // weighs a plan, no stance taken.
        // Only with a prepositional object (`is calling for`, `is talking about`, `was
        // referring to`): `is supporting the program` states what someone does.
        if c.lemma == "consider"
            || !is_in(
                &["about", "against", "at", "for", "of", "on", "to"],
                ws.w(k + 1),
            )
        {
            return None;
        }
    } else if is_in(NOT_STANCE_AFTER, prev) {
        return None;
    }
    let (mut a, mut b) = subj?;
    let relative = a == b && a > 0 && ws.is(a, "who") && ws.gap_before(a).contains(',');
    // `voters who want a change`: a restrictive relative; its antecedent holds the stance.
    let restrictive = a == b && a > 0 && ws.is(a, "who") && !relative;
    if restrictive {
        (a, b) = grammar::antecedent_of(ws, a)?;
    }
    // (`X, whose Social Democrats had long opposed A, denied ...`: a relative clause that
    // describes X, no stance of X's.)
    if a > 0 && ws.is(a - 1, "whose") {
        return None;
    }
    if relative {
        // `Peter King, who endorsed Rubio on Tuesday`: the antecedent named before.
        (a, b) = grammar::antecedent_of(ws, a)?;
        if !is_cap(ws.w(b)) {
            return None;
        }
        while a < b && !(a..=b).all(|i| is_cap(ws.w(i))) {
            a += 1;
        }
    }
    if !((a..=b).any(|i| is_cap(ws.w(i)) && !is_in(&["the", "a", "an", "this", "that"], ws.w(i)))
        || set::PRONOUNS.has(ws.w(b))
        || share()
        // `the governor denounced ...`: a title stands for its holder.
        || b > a && crate::entity::is_title(ws.w(b))
        || common_subject(ws, a, b, k, c))
        || is_in(&["it"], ws.w(b))
    {
        return None;
    }
    let (cs, that, cue_span) = match phrased_start(ws, k, c.lemma) {
        Some(found) => found,
        None => {
            let (cs, that) = grammar::content_start(ws, k, false)?;
            (cs, that, toks[k])
        }
    };
    // A one-word object ends the sentence only as a name or a pronoun (`endorsed Trump.`);
    // a particle makes another verb (`backed off`, `pushed through`).
    if ws.gap_before(cs).contains(',')
        || set::PARTICLES.has(ws.w(cs))
        || cs + 1 > n
        || cs + 1 == n && !(is_cap(ws.w(cs)) || is_in(grammar::OBJECT_PRONOUNS, ws.w(cs)))
    {
        return None;
    }
    let mut end = if that || c.clausal {
        clause_end(win, cs)
    } else {
        object_end(win, cs)
    };
    // `A dock worker who backed the strike said ...`: the object of a restrictive relative
    // ends before the sentence's own verb.
    if restrictive {
        end = end.min(before_finite(win, cs, end));
    }
    // `Peter King, who had criticized the ban, said ...`: a relative clause set off by
    // commas ends at its comma.
    if relative {
        if let Some(m) = (cs + 1..n).find(|&m| ws.gap_before(m).contains(',')) {
            end = end.min(grammar::trim_end(ws.text, toks[cs].start, toks[m - 1].end));
        }
    }
    // (`called the plan a disaster`: an object and what it is called.)
    let labels = || {
        c.lemma == "call"
            && ((cs + 1..n.min(cs + 6))
                .find(|&m| is_in(&["a", "an"], ws.w(m)))
                .is_some_and(|m| (cs..m).all(|i| ws.joined(i)) && m + 1 < n)
                || labels_with_adjective(ws, cs))
    };
    if c.clausal && !that && !grammar::looks_clausal(ws, cs, end) && !labels() {
        return None;
    }
    Some(Draft::indirect(
        Span::new(toks[cs].start, end),
        Some(Span::new(toks[a].start, toks[b].end)),
        cue_span,
    ))
}

/// `voters want ...`, `when the party rejected ...`: a verb of stance after a common noun
/// phrase (`a b`) that opens a clause, of at most five lowercase words headed by a noun.
/// Not a noun cue (`reader questions to`, `calls for changes`), nor a reduced passive
/// (`a program offered by ...`), nor a lemma that names or forecasts (`an app called X`,
/// `voters can expect ...`).
fn common_subject(ws: &Words, a: usize, b: usize, k: usize, c: cue::Cue) -> bool {
    let head = ws.w(b);
    let opens_clause = a == 0
        || ws.gap_before(a).contains([',', ';', ':', '—', '–', '('])
        || is_in(COMMON_SUBJECT_OPENERS, ws.w(a - 1));
    let plain = |w: &str| w.bytes().all(|x| x.is_ascii_lowercase() || x == b'-');
    let first = ws.w(a);
    let first_ok =
        plain(first) || a == 0 && first.bytes().all(|x| x.is_ascii_alphabetic() || x == b'-');
    let next = ws.w(k + 1);
    b - a < 5
        && opens_clause
        && first_ok
        && (a + 1..=b).all(|i| plain(ws.w(i)))
        && head.len() > 2
        && !head.ends_with("ly")
        && !(c.form == Form::Third && is_in(COMMON_SUBJECT_PREPOSITIONS, next))
        && !(c.form == Form::Past && next == "by")
        && !is_in(NOT_COMMON_STANCE, c.lemma)
}

/// Words before a common noun subject that open its clause (`when voters reject ...`).
const COMMON_SUBJECT_OPENERS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "if", "since", "that", "though",
    "unless", "until", "when", "where", "whereas", "while",
];

/// Prepositions after which a cue's `-s` form is a plural noun (`questions about`).
const COMMON_SUBJECT_PREPOSITIONS: &[&str] = &[
    "about", "at", "for", "from", "in", "of", "on", "over", "to", "with",
];

/// `called him divisive`, `called Trump unfit for office`: after `call`, an object
/// pronoun or a name (word `cs` on), then one lower-case word that ends the clause or
/// takes `for`, `to` or `and`: the object and what it is called.
fn labels_with_adjective(ws: &Words, cs: usize) -> bool {
    let n = ws.toks.len();
    let mut m = cs;
    if is_in(grammar::OBJECT_PRONOUNS, ws.w(cs)) {
        m += 1;
    } else {
        while m < n && m < cs + 4 && is_cap(ws.w(m)) && ws.joined(m) {
            m += 1;
        }
    }
    if m == cs || m >= n || !ws.joined(m - 1) {
        return false;
    }
    let w = ws.w(m);
    w.len() > 3
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !set::PARTICLES.has(w)
        && !set::DETERMINERS.has(w)
        && !is_in(HEAD_PREPOSITIONS, w)
        && !is_in(LABEL_NOT_ADJECTIVES, w)
        && (m + 1 == n || !ws.joined(m) || is_in(&["and", "for", "to"], ws.w(m + 1)))
}

/// Words after `called him` that are no label (`called him back`, `called them twice`).
const LABEL_NOT_ADJECTIVES: &[&str] = &[
    "about",
    "after",
    "again",
    "back",
    "before",
    "during",
    "early",
    "home",
    "into",
    "late",
    "often",
    "today",
    "tonight",
    "twice",
    "upon",
    "with",
    "yesterday",
];

/// Prepositions that open a phrase after a subject's head noun (`voters in Ohio`).
const HEAD_PREPOSITIONS: &[&str] = &["across", "around", "at", "from", "in", "near", "of", "on"];

/// Verbs of stance that after a common noun name or forecast rather than take a position
/// (`an app called X`, `voters can expect ads`, `the matter was considered`).
const NOT_COMMON_STANCE: &[&str] = &[
    "call",
    "consider",
    "discuss",
    "expect",
    "pledge",
    "recommend",
];

/// The end of the object of a verb of stance that starts at word `cs` (`endorsed Cruz
/// last week, saying ...` gives `Cruz`): before a comma, dash or semicolon, a time phrase
/// (`last week`, `on Tuesday`, `in early June`), or a second verb of the subject (`and has
/// appeared ...`). An infinitive or a clause (`wants to ...`, `doubts he will ...`) runs as
/// a clause does.
fn object_end(win: &Window, cs: usize) -> usize {
    let ws = win.ws;
    let n = ws.toks.len();
    let clause = clause_end(win, cs);
    let first = ws.w(cs);
    if is_in(
        &[
            "to", "how", "what", "whether", "why", "if", "where", "when", "who",
        ],
        first,
    ) || grammar::opens_with_subject_pronoun(ws, cs)
        || grammar::bare_clause(ws, cs, clause)
        || ws.gap_before(cs).contains([':', '“', '"', '‘'])
    {
        return clause;
    }
    let mut end = clause;
    for m in cs + 1..n {
        if ws.toks[m].start >= clause {
            break;
        }
        let w = ws.w(m);
        // After a single space, neither a new clause nor an aside.
        let spaced = ws.one_space_after(m - 1);
        let gap = if spaced { " " } else { ws.gap_before(m) };
        // `, citing ...`, `, he said`, `, but ...`: a new clause; `— one of ...`: an aside.
        let new_clause = !spaced
            && gap.trim() == ","
            && ((w.ends_with("ing") && !is_in(&["including", "according"], w))
                || grammar::opens_with_subject_pronoun(ws, m)
                || is_in(
                    &["although", "and", "as", "because", "but", "though", "while"],
                    w,
                ));
        let aside = !spaced
            && (gap.contains(';')
                || [" — ", " – ", " - "].iter().any(|d| gap.contains(d))
                || gap.trim() == "—" && gap.starts_with(' '));
        // `endorsed Cruz last week.`, `... on Tuesday, saying ...`: a time phrase that ends
        // the clause.
        let time_last = grammar::time_phrase_at(ws, m).is_some_and(|len| {
            let after = m + len;
            after >= n
                || ws.toks[after].start >= clause
                || ws.gap_before(after).contains([',', ';', '—', '–'])
                || is_in(
                    &["and", "but", "after", "before", "when", "as"],
                    ws.w(after),
                )
        });
        if new_clause || aside || time_last {
            end = ws.toks[m - 1].end;
            break;
        }
        // `endorsed Trump and has appeared ...`: a second verb of the subject.
        if is_in(&["and", "but"], w) && m + 1 < n && ws.joined(m) {
            let next = ws.w(m + 1);
            if next.starts_with(|ch: char| ch.is_ascii_lowercase())
                && (set::FINITE.has(next) || next.ends_with("ed"))
            {
                end = ws.toks[m - 1].end;
                break;
            }
        }
    }
    grammar::trim_end(ws.text, ws.toks[cs].start, end.min(clause))
}

/// The subject of the sentence: the noun phrase it opens with (after a subordinate
/// `when`/`as`/`while`), ending before the word `before`.
pub(super) fn sentence_subject(ws: &Words, before: usize) -> Option<(usize, usize)> {
    let mut s0 = 0;
    while s0 < before
        && is_in(
            &["when", "as", "while", "after", "before", "but", "and", "so"],
            ws.w(s0),
        )
    {
        s0 += 1;
    }
    // `Beyond the footage, the affidavit ...`: a fronted adverbial before its comma.
    if set::NP_STOP.has(ws.w(s0)) {
        if let Some(m) = grammar::fronted_adverbial_end(ws, s0, before) {
            s0 = m;
        }
    }
    let (a, b) = grammar::noun_phrase_from(ws, s0)?;
    (b < before && (is_cap(ws.w(a)) || set::PRONOUNS.has(ws.w(a)) || set::DETERMINERS.has(ws.w(a))))
        .then_some((a, b))
}

/// The first word of a plural head noun phrase whose prepositional phrase begins at word
/// `a - 1` (`organizers in Cleveland`, `observers of the race`), if any.
fn plural_head_before(ws: &Words, a: usize) -> Option<usize> {
    if a < 2 || !ws.joined(a - 1) || !ws.joined(a - 2) {
        return None;
    }
    if !is_in(
        &["across", "around", "at", "from", "in", "near", "of", "on"],
        ws.w(a - 1),
    ) {
        return None;
    }
    let (h, hb) = grammar::noun_phrase_ending(ws, a - 2)?;
    let head = ws.w(hb);
    (head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && head.starts_with(|ch: char| ch.is_ascii_lowercase()))
    .then_some(h)
}

/// The first word of the noun phrase that a comma sets off and a prepositional phrase
/// at word `p` modifies (`, a diplomat in Doha`, `, a source with knowledge of the
/// talks`: up to three phrases), if any.
fn head_after_comma(ws: &Words, mut p: usize) -> Option<usize> {
    for _ in 0..3 {
        if p < 2 || !ws.joined(p - 1) {
            return None;
        }
        let (h, _) = grammar::noun_phrase_ending(ws, p - 1)?;
        if !(h..p).all(|i| ws.joined(i)) {
            return None;
        }
        if h > 0 && ws.comma_before(h) {
            return Some(h);
        }
        if h < 2 || !ws.joined(h - 1) || !is_in(POST_MODIFIERS, ws.w(h - 1)) {
            return None;
        }
        p = h - 1;
    }
    None
}

/// The subject of a sentence's main clause before a participle at word `k` (`Smith walked
/// out of the meeting, saying ...` gives `Smith`): none where a quotation comes before the
/// participle (its frame names the speaker) or no verb stands between them.
fn subject_of_main_clause(ws: &Words, k: usize) -> Option<Span> {
    let toks = ws.toks;
    let lead = ws.text.get(ws.sent.start..toks.get(k)?.start)?;
    if lead.contains(['"', '“', '”', '«', '»', '„']) || lead.contains("''") {
        return None;
    }
    let (a, b) = sentence_subject(ws, k)?;
    (b + 1 < k && !set::PRONOUNS.has(ws.w(a)) || a == b && set::PRONOUNS.has(ws.w(a)))
        .then(|| Span::new(toks[a].start, toks[b].end))
}

/// The relative pronoun of `, which he said`, `, who Ruiz noted` before the cue at
/// word `m`: `which`, `who` or `that` after a comma, then a pronoun or a name of one
/// word, then the cue.
fn relative_with_cue(ws: &Words, m: usize) -> Option<usize> {
    let r = m.checked_sub(2)?;
    let subject = ws.w(m - 1);
    (is_in(&["which", "who", "that"], ws.w(r))
        && ws.comma_before(r)
        && ws.joined(r)
        && ws.joined(m - 1)
        && (set::PRONOUNS.has(subject) || is_cap(subject)))
    .then_some(r)
}

/// The last of the statements `earlier` in a sentence that no other one holds in its
/// content (`X said India welcomed Y` gives X's statement, not India's inside it). Only
/// the last few are compared, so that a run-on sentence of cues stays linear.
fn outermost_last(earlier: &[Draft]) -> Option<&Draft> {
    let recent = &earlier[earlier.len().saturating_sub(4)..];
    let inside = |d: &Draft, o: &Draft| {
        o.content != d.content
            && o.content.start <= d.content.start
            && d.content.end <= o.content.end
    };
    recent
        .iter()
        .rev()
        .find(|d| !recent.iter().any(|o| inside(d, o)))
}

/// The subject of a clause joined by `, but`, `, and` or `;` that a participle
/// at word `k` follows (`The rebels offered talks, but the army rejected the offer,
/// demanding ...` gives `the army`), after the cue `after` of the statement before, if
/// any: a name, a pronoun or a determiner's phrase, then a verb in the past or a cue.
fn coordinated_subject(ws: &Words, k: usize, after: Option<Span>) -> Option<Span> {
    let toks = ws.toks;
    let from = after.map_or(0, |c| toks.partition_point(|t| t.start < c.end));
    let m = (from..k).rev().find(|&m| {
        m > 0 && is_in(&["and", "but"], ws.w(m)) && ws.gap_before(m).contains(',')
            || ws.gap_before(m).contains(';')
    })?;
    let first = if ws.gap_before(m).contains(';') {
        m
    } else {
        m + 1
    };
    let (a, b) = grammar::noun_phrase_from(ws, first)?;
    let head = ws.w(a);
    let verb = ws.w(b + 1);
    let person = is_cap(head) || set::PRONOUNS.has(head) || set::DETERMINERS.has(head);
    let past = verb.ends_with("ed")
        || cue_word(verb).is_some_and(|c| matches!(c.form, Form::Past | Form::Third));
    (a == first && b + 1 < k && ws.joined(b) && person && past && !is_cap(verb))
        .then(|| Span::new(toks[a].start, toks[b].end))
}

/// The antecedent of a relative clause that runs, with no comma, up to word `last`
/// (`Anna Ruiz, who was at the dinner and` gives `Anna Ruiz`): a name or a noun phrase
/// before `, who`.
fn relative_antecedent(ws: &Words, last: usize) -> Option<(usize, usize)> {
    let mut i = last;
    while i > 0
        && !ws
            .gap_before(i)
            .contains([',', ';', ':', '—', '–', '(', ')'])
    {
        i -= 1;
    }
    if i == 0 || ws.w(i) != "who" || ws.gap_before(i).trim() != "," {
        return None;
    }
    grammar::noun_phrase_ending(ws, i - 1)
}

/// `As X noted, A.`, `As reported by X, A.`: a frame set before the content by `as`
/// (opening the sentence, or after `but`/`and`), the content the clause after its comma.
fn as_frame(win: &Window, k: usize, subj: Option<(usize, usize)>) -> Option<Draft> {
    let ws = win.ws;
    let toks = ws.toks;
    let n = toks.len();
    let opens = |i: usize| {
        ws.w(i).eq_ignore_ascii_case("as")
            && (i == 0 || i == 1 && is_in(&["but", "and", "yet", "so"], ws.w(0)))
    };
    let (source, after) = if k >= 1 && opens(k - 1) && ws.is(k + 1, "by") {
        // `As reported by X,`: the agent names the source.
        let (a, b) = grammar::noun_phrase_from(ws, k + 2)?;
        (Span::new(toks[a].start, toks[b].end), b + 1)
    } else {
        let (a, b) = subj.filter(|&(a, _)| a >= 1 && opens(a - 1))?;
        (Span::new(toks[a].start, toks[b].end), k + 1)
    };
    // The frame ends at its comma, perhaps after an adverbial (`As he said in May,`).
    let cs = (after..n.min(after + 8)).find(|&m| !ws.joined(m - 1))?;
    if ws.gap_before(cs).trim() != "," || cs + 2 >= n {
        return None;
    }
    Some(Draft::indirect(
        Span::new(toks[cs].start, clause_end(win, cs)),
        Some(source),
        toks[k],
    ))
}

/// The nearest word `j` of the few before word `k` (at most three words between) that
/// `opens` accepts, with every word between accepted by `between` and no punctuation in
/// the run: `and` in `but has since said`, `which` in `, which had urged`.
fn opener_before(
    ws: &Words,
    k: usize,
    opens: impl Fn(usize) -> bool,
    between: impl Fn(&str) -> bool,
) -> Option<usize> {
    // (Only the nearest opener may be the one: a farther one has its run in its own.)
    let j = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| j >= 1)
        .find(|&j| opens(j))?;
    ((j..k).all(|i| ws.joined(i)) && (j + 1..k).all(|i| between(ws.w(i)))).then_some(j)
}

/// An auxiliary or an adverb, not a form of `be` (`and is considering` is no statement).
fn aux_or_adverb(w: &str) -> bool {
    set::AUX_ADV.has(w) && !set::BE.has(w)
}

/// The `and`, `but` or `then` that coordinates the verb at word `k` with one before it:
/// right before it (`and said`) or with an auxiliary or an adverb or two between (`but
/// has since said`).
fn coordinator_before(ws: &Words, k: usize) -> Option<usize> {
    let opens = |j: usize| is_in(&["and", "but", "then"], ws.w(j)) && !is_cap(ws.w(j));
    opener_before(ws, k, opens, aux_or_adverb).or_else(|| {
        // `but on Tuesday wrote that ...`: a time phrase between.
        (k.saturating_sub(5)..k.saturating_sub(1)).find(|&j| {
            j >= 1
                && opens(j)
                && (j..k).all(|i| ws.joined(i))
                && grammar::time_phrase_at(ws, j + 1) == Some(k - j - 1)
        })
    })
}

/// The `and` or `but` before the cue at word `m` that makes it a second verb: right
/// before it (`and noted`), or with a modal and perhaps a negation between (`but would
/// not say`, `and did not respond`); not an adverb (`and then would continue`), nor `not`
/// alone (`and not intended to ...`: a participle).
fn modal_before(ws: &Words, m: usize) -> Option<usize> {
    let modal = |w: &str| is_in(MODALS_AND_NOT, w) || w.ends_with("n't") || w.ends_with("n’t");
    // ([`opener_before`] read from `m` back: a word that is neither `and`/`but` nor a modal
    // ends the search at once, as it would break the run of any opener farther back. Most
    // cues follow such a word; the test runs at every cue a content clause passes.)
    let mut j = m;
    while j > 1 && j + 4 > m {
        j -= 1;
        let w = ws.w(j);
        if is_in(&["and", "but"], w) {
            return ((j..m).all(|i| ws.joined(i))
                && (j + 1 == m || (j + 1..m).any(|i| ws.w(i) != "not")))
            .then_some(j);
        }
        if !modal(w) {
            return None;
        }
    }
    None
}

/// Modals, `do` and `not`: what may stand between `but` and a second verb.
const MODALS_AND_NOT: &[&str] = &[
    "can", "could", "did", "do", "does", "may", "might", "not", "should", "will", "would",
];

/// `A, said X.`: content first, then the cue, then the subject.
fn inverted_clause(ws: &Words, k: usize) -> Option<Draft> {
    let text = ws.text;
    let toks = ws.toks;
    let n = toks.len();
    // (`A, Cassidy, a Republican, said Tuesday.`: a time is no source.)
    if grammar::time_phrase_at(ws, k + 1).is_some() {
        return None;
    }
    let (a, mut b) = grammar::noun_phrase_from(ws, k + 1)?;
    // (Only after a verb of saying and a single space, the source read past its first
    // noun phrase: `A, attacked Rubio for ...` is a subject's verb and its object; and
    // not `said inside his factory ...`, an adverbial.)
    let saying = ws.joined(k)
        && cue::lookup(ws.w(k)).is_some_and(|c| is_in(INVERTED_TAIL_CUES, c.lemma))
        && !set::ADVERBIAL_OPENERS.has(ws.w(k + 1))
        && !set::PRONOUNS.has(ws.w(k + 1));
    // `said lobbyist and strategist Jane Roe`: titles joined by `and` before the name.
    if saying && ws.is(b + 1, "and") && ws.joined(b) && ws.joined(b + 1) {
        if let Some((_, b2)) = grammar::noun_phrase_from(ws, b + 2)
            .filter(|&(_, b2)| is_cap(ws.w(b2)) && (b2 + 1 == n || ws.gap_after(b2).contains(',')))
        {
            b = b2;
        }
    }
    let mut source_end = b;
    if !(b + 1 == n || ws.gap_after(b).contains(',')) {
        source_end = saying.then(|| inverted_source_tail(ws, a, b)).flatten()?;
    }
    let end_a = trim_to(text, toks[0].start, toks[k].start);
    Some(Draft::indirect(
        Span::new(ws.sent.start, end_a),
        Some(Span::new(toks[a].start, toks[source_end].end)),
        toks[k],
    ))
}

/// The verbs of saying after which [`inverted_source_tail`] reads past the source.
/// (Not verbs that take an object: `A, wrote a host of songs for ...`.)
const INVERTED_TAIL_CUES: &[&str] = &["add", "argue", "explain", "insist", "say"];

/// After `A, said X`, the words that may follow the source `X` (words `a..=b`) up to the
/// sentence's end or a comma: a time (`said Smith on Tuesday`), a venue (`said Smith in a
/// statement`), or a phrase or relative clause that modifies an unnamed source (`said one
/// source in the room`, `said a handful of Democrats who ...`). The last word of the
/// source, or `None` where the words go on as something else (`said Smith was wrong`).
fn inverted_source_tail(ws: &Words, a: usize, b: usize) -> Option<usize> {
    let n = ws.toks.len();
    let m = b + 1;
    // (`says meeting participants outlined a plan`: a clause, its verb in the phrase; but
    // `said a retired general`.)
    let verb_inside = (a + 1..=b).any(|i| {
        let w = ws.w(i);
        !is_cap(w) && w.ends_with("ed") && !set::DETERMINERS.has(ws.w(i - 1))
    });
    if !ws.joined(b) || verb_inside {
        return None;
    }
    // The words up to the next punctuation: the sentence's end or a comma.
    let e = (m + 1..n.min(m + 26))
        .find(|&i| !ws.joined(i - 1))
        .or((n <= m + 26).then_some(n))?;
    if e < n && !ws.gap_before(e).contains(',') {
        return None;
    }
    let w = ws.w(m);
    if grammar::time_phrase_at(ws, m).is_some_and(|t| m + t == e) {
        return Some(b);
    }
    let venue = is_in(&["in", "at", "on", "during"], w)
        && (set::VENUE_WORDS.has(ws.w(m + 2)) || set::VENUE_WORDS.has(ws.w(m + 3)));
    // (A relative clause may hold its own verbs; a phrase may not.)
    let relative = is_in(&["who", "familiar", "close"], w);
    if !(venue || relative || is_in(POST_MODIFIERS, w)) {
        return None;
    }
    if !relative
        && (m..e).any(|i| {
            grammar::is_finite(ws.w(i))
                || cue::lookup(ws.w(i)).is_some_and(|c| matches!(c.form, Form::Past | Form::Third))
        })
    {
        return None;
    }
    // A named source ends at its name; an unnamed one takes its modifier.
    Some(if venue || is_cap(ws.w(b)) { b } else { e - 1 })
}

/// The most cue words a content clause runs over (it ends before the subject of the next).
const MAX_CUES_IN_CONTENT: usize = 8;

/// The end of a content clause that starts at word `cs`: the sentence's end, or before a
/// following `, adding ...` / `, saying ...`.
fn clause_end(win: &Window, cs: usize) -> usize {
    let ws = win.ws;
    let n = ws.toks.len();
    let mut end = ws.sent.end;
    // The finite cues seen in the content: one nested statement (`X said Y told him ...`)
    // stays inside it, a second one ends it. This keeps the scan, and the words every
    // content covers, linear in the sentence.
    let mut nested = 0;
    let mut cues = 0;
    // (The word before the first read: each turn reads the next notable word after it.)
    let mut m = cs + 1;
    loop {
        // Most words are no cue in any case and follow a single space: none of the tests
        // below can stop at them (the same skip as further down, made before any cue is
        // read), so they are passed over in a loop of their own.
        m = win.next_notable(m + 1, n);
        if m >= n {
            break;
        }
        // `, adding ...`, `saying ...`, `and noted ...`: another statement begins.
        // (A verb of stance in the past after `and`/`but` is a second verb of the
        // speaker's: `said the province wants X and accused Ottawa of ...`.)
        let next_cue = win.cue_word(m).filter(|c| {
            !c.stance
                || c.form == Form::Past && is_in(&["and", "but"], ws.w(m - 1)) && ws.joined(m - 1)
        });
        // `offered talks ..., but farmers rejected the offer`: a verb of stance with a
        // subject of its own after `, but` or `, and` begins a clause of its own.
        if next_cue.is_none()
            && win
                .cue_word(m)
                .is_some_and(|c| c.stance && c.form == Form::Past)
        {
            if let Some((a2, _)) = grammar::subject_before(ws, m) {
                if a2 > cs + 2
                    && is_in(&["and", "but"], ws.w(a2 - 1))
                    && ws.gap_before(a2 - 1).contains(',')
                {
                    end = ws.toks[a2 - 1].start;
                    break;
                }
            }
        }
        // A word that is no cue, after a plain gap, neither counts nor stops.
        let plain = win.plain_gap(m);
        if next_cue.is_none() && plain {
            continue;
        }
        // (A plain gap holds no mark that the tests below read: it is not sliced.)
        let gap = if plain { "" } else { ws.gap_before(m) };
        // `... policies, which he said had harmed the economy`: a statement of its own in
        // a relative clause ends the content before it.
        if let Some(r) = next_cue
            .filter(|c| matches!(c.form, Form::Past | Form::Third))
            .and_then(|_| relative_with_cue(ws, m))
            .filter(|&r| r > cs + 1)
        {
            end = grammar::trim_end(ws.text, ws.toks[cs].start, ws.toks[r - 1].end);
            break;
        }
        // (Cues of any form count too, against a bound no content of real copy nears: a
        // run of `I vow I vow ...` nests none, and each content would run on to the
        // window's end.)
        cues += usize::from(next_cue.is_some());
        if next_cue.is_some_and(|c| matches!(c.form, Form::Past | Form::Third))
            || cues > MAX_CUES_IN_CONTENT
        {
            nested += 1;
            if nested == 2 || cues > MAX_CUES_IN_CONTENT {
                let cut = grammar::subject_before(ws, m)
                    .map_or(m, |(a, _)| a)
                    .max(cs + 1);
                end = ws.toks[cut].start;
                break;
            }
        }
        // `..., said Minister X.`: an inverted frame closing the sentence reports the
        // whole sentence; a content read inside it ends before it.
        if next_cue.is_some_and(|c| !c.stance && matches!(c.form, Form::Past | Form::Third))
            && gap.contains(',')
            && m + 1 < n
            && n - m <= 12
            && (is_cap(ws.w(m + 1)) || is_in(&["the", "a", "an"], ws.w(m + 1)))
        {
            end = ws.toks[m].start;
            break;
        }
        let stop = match next_cue {
            // `, showing ...`, `, finding ...`: what the content itself shows, not
            // another statement.
            Some(c) if c.form == Form::Ing => {
                gap.contains(',') && !is_in(&["find", "show"], c.lemma)
            }
            Some(_) => modal_before(ws, m).is_some(),
            None => false,
        } || gap.contains(';')
            // `, with the union saying ...`: an absolute clause with a statement of its own.
            || (gap.contains(',') && ws.is(m, "with") && with_statement(win, m))
            // `, according to X`: the writer's own credit for the sentence, not the content.
            || (gap.contains(',')
                && is_in(
                    &["according", "compared", "however", "putting", "whereas"],
                    ws.w(m),
                ));
        // `..., and Smith said B`: another speaker's statement begins at its subject.
        if !stop && next_cue.is_some_and(|c| matches!(c.form, Form::Past | Form::Third)) {
            if let Some((a2, b2)) = grammar::subject_before(ws, m) {
                // (`said the firm, Halbleiter Nord, had promised`: a name set off by
                // commas is the content's subject's apposition, no subject of its own.)
                let apposition = ws.gap_after(b2).contains(',')
                    && (a2..b2).all(|i| !ws.gap_after(i).contains(','));
                // (`, after half said so`: a subordinator set off by a comma too.)
                let set_off = |w: &str| {
                    is_in(&["and", "but", "while", "whereas"], w)
                        || ws.gap_before(a2 - 1).contains(',')
                            && is_in(&["after", "although", "because", "though"], w)
                };
                if a2 > cs + 1
                    && !apposition
                    && (ws.gap_before(a2).contains(',') || set_off(ws.w(a2 - 1)))
                {
                    let cut = if set_off(ws.w(a2 - 1)) { a2 - 1 } else { a2 };
                    end = ws.toks[cut].start;
                    break;
                }
            }
        }
        if stop {
            end = if let Some(j) = next_cue.and_then(|_| modal_before(ws, m)) {
                ws.toks[j].start
            } else {
                ws.toks[m].start
            };
            break;
        }
    }
    grammar::trim_end(ws.text, ws.toks[cs].start, end)
}

/// Whether the subject at `a` follows `with` (`with the union saying ...`).
fn with_subject(ws: &Words, a: usize) -> bool {
    a > 0 && ws.is(a - 1, "with") && ws.joined(a - 1)
}

/// Whether a participle after `with X` reports X's statement (`with the union saying`):
/// a verb of speech, not of stance (`with 40 percent supporting him`), nor a question, a
/// tally or a finding (`asking`, `with all precincts reporting`, `showing`).
fn absolute_speech(c: cue::Cue) -> bool {
    !c.stance && !is_in(&["ask", "report", "show"], c.lemma)
}

/// Whether `with` at `m` opens an absolute clause whose participle of speech
/// ([`absolute_speech`]) has the words after `with` for its subject (`, with party
/// spokesperson X saying ...`).
fn with_statement(win: &Window, m: usize) -> bool {
    let ws = win.ws;
    (m + 2..ws.toks.len().min(m + 9))
        .find(|&k| {
            win.cue_word(k)
                .is_some_and(|c| c.form == Form::Ing && absolute_speech(c))
        })
        .and_then(|k| grammar::subject_before(ws, k))
        .is_some_and(|(a, _)| a == m + 1)
}

/// The text from `start` to `end` with trailing spaces and punctuation left out.
fn trim_to(text: &str, start: usize, end: usize) -> usize {
    grammar::trim_end(text, start, end)
}

/// `Asked whether the plan would work, ...`: the question, up to the comma.
// (Out of line, as `cue_clause`.)
#[inline(never)]
pub(super) fn asked_clause(ws: &Words, k: usize) -> Option<Draft> {
    let toks = ws.toks;
    let n = toks.len();
    let mut cs = k + 1;
    let mut source = None;
    // `Asked by Stephanopoulos to respond ...`
    if ws.is(cs, "by") {
        let (a, b) = grammar::noun_phrase_from(ws, cs + 1)?;
        source = Some(Span::new(toks[a].start, toks[b].end));
        cs = b + 1;
    }
    if cs >= n {
        return None;
    }
    // The question runs to its comma (`Asked whether ..., the minister said`), or, after
    // `when` inside a sentence, to the sentence's end.
    let comma = (cs..n).find(|&m| ws.gap_after(m).contains(','));
    let end = match comma {
        Some(m) => toks[m].end,
        None if k > 1 => grammar::trim_end(ws.text, toks[cs].start, ws.sent.end),
        None => return None,
    };
    // `Asked at a briefing Monday about ...`: the question, after where it was asked.
    let last = comma.unwrap_or(n);
    if let Some(q) = (cs..last.min(cs + 8))
        .find(|&m| ws.is(m, "about") || is_in(grammar::QUESTION_WORDS, ws.w(m)))
    {
        cs = q;
    }
    Some(Draft {
        kind: AttributionKind::Indirect,
        content: Span::new(toks[cs].start, end),
        source,
        inherit: false,
        unsourced: false,
        cue: Some(toks[k]),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// `In a recent survey, most riders ...`: a sentence that opens with a poll or survey as
/// its frame reports what the poll found.
// (Out of line, as `cue_clause`.)
#[inline(never)]
pub(super) fn in_poll(ws: &Words) -> Option<Draft> {
    let text = ws.text;
    let toks = ws.toks;
    let n = toks.len();
    // (Refused on the first word's length and first byte before any word is read: `in`,
    // `and`, `but`.)
    let first = toks.first().map_or((0, 0), |t| {
        (
            t.len(),
            text.as_bytes()
                .get(t.start)
                .map_or(0, u8::to_ascii_lowercase),
        )
    });
    if !matches!(first, (2, b'i') | (3, b'a' | b'b')) {
        return None;
    }
    let k = usize::from(n > 1 && is_in(&["and", "but"], ws.w(0)) && ws.is(1, "in"));
    if !ws.w(k).eq_ignore_ascii_case("in") || k + 3 >= n {
        return None;
    }
    let m = (k + 1..n.min(k + 14)).find(|&m| ws.gap_after(m).contains(','))?;
    if m + 2 >= n || !(k + 1..=m).any(|i| is_in(&["poll", "polls", "survey", "surveys"], ws.w(i))) {
        return None;
    }
    let cs = m + 1;
    Some(Draft {
        kind: AttributionKind::Indirect,
        content: Span::new(
            toks[cs].start,
            grammar::trim_end(text, toks[cs].start, ws.sent.end),
        ),
        source: Some(Span::new(toks[k + 1].start, toks[m].end)),
        inherit: false,
        unsourced: false,
        cue: Some(toks[k]),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// `According to X, ...` / `..., according to X.`
// (Out of line, as `cue_clause`.)
#[inline(never)]
pub(super) fn according_to(ws: &Words, k: usize) -> Option<Draft> {
    let text = ws.text;
    let toks = ws.toks;
    let n = toks.len();
    if k + 2 >= n {
        return None;
    }
    // The source runs to the next comma (or the sentence's end), within bounds.
    let comma = (k + 2..n.min(k + 30)).find(|&m| ws.gap_after(m).contains([',', '—', '–']));
    let b = match comma {
        Some(m) if m + 1 < n => m,
        _ if n <= k + 30 => n - 1,
        _ => grammar::noun_phrase_from(ws, k + 2)?.1,
    };
    let source = Span::new(toks[k + 2].start, toks[b].end);
    let cue = Span::new(toks[k].start, toks[k + 1].end);
    let content = if k == 0 || ws.gap_before(k).contains(['(', '“', '"']) && k <= 1 {
        // `According to X, the plan ...`
        let cs = b + 1;
        if cs >= n {
            return None;
        }
        Span::new(
            toks[cs].start,
            grammar::trim_end(text, toks[cs].start, ws.sent.end),
        )
    } else if b + 1 < n && k <= 2 && (0..k).all(|i| is_in(SENTENCE_LINKS, ws.w(i))) {
        // `But, according to the poll, 46 percent remain undecided.`: the frame opens the
        // sentence after a conjunction.
        let cs = b + 1;
        Span::new(
            toks[cs].start,
            grammar::trim_end(text, toks[cs].start, ws.sent.end),
        )
    } else if b + 1 < n
        && (set::NP_STOP.has(ws.w(0)) || !new_clause_at(ws, after_apposition(ws, b + 1)))
    {
        // `Most Americans, according to the report, still believe ...`: the statement goes
        // on after the frame.
        Span::new(
            ws.sent.start,
            grammar::trim_end(text, ws.sent.start, ws.sent.end),
        )
    } else {
        Span::new(
            ws.sent.start,
            grammar::trim_end(text, ws.sent.start, toks[k].start),
        )
    };
    Some(Draft {
        kind: AttributionKind::Indirect,
        content,
        source: Some(source),
        inherit: false,
        unsourced: false,
        cue: Some(cue),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// `his refusal to ...`, `Warren's criticism of Trump`, `their claim that ...`: a noun of
/// stance or speech with its possessor as the source. Word `k` is the noun; the possessor
/// (a possessive pronoun or a name with `'s`) stands before it, at most two lowercase
/// words between (`his repeated attacks on`). The content is the noun's complement: the
/// object of its preposition, its infinitive or its `that` clause.
// (Out of line, as `cue_clause`.)
#[inline(never)]
pub(super) fn possessed_stance(win: &Window, k: usize) -> Option<Draft> {
    let ws = win.ws;
    let toks = ws.toks;
    let n = toks.len();
    let (_, takes) = STANCE_NOUNS
        .iter()
        .find(|(noun, _)| noun.eq_ignore_ascii_case(ws.w(k)))?;
    let link = ws.w(k + 1);
    if k + 2 >= n || !ws.joined(k) || !takes.split(' ').any(|t| t == link) {
        return None;
    }
    // The possessor: `his`, `their`, or a name ending in `'s`.
    let p = (k.saturating_sub(3)..k).rev().find(|&m| {
        ws.joined(m)
            && (is_in(&["her", "his", "their"], ws.w(m))
                || is_cap(ws.w(m)) && ws.gap_after(m).starts_with(['’', '\'']))
    })?;
    if !(p + 1..k).all(|m| ws.w(m).bytes().all(|b| b.is_ascii_lowercase() || b == b'-')) {
        return None;
    }
    let (a, b) = if is_in(&["her", "his", "their"], ws.w(p)) {
        (p, p)
    } else {
        grammar::noun_phrase_ending(ws, p).filter(|&(a, _)| is_cap(ws.w(a)))?
    };
    let cs = k + 2;
    let end = if link == "to" && !is_cap(ws.w(cs)) || link == "that" {
        clause_end(win, cs)
    } else {
        // (`Rivera's criticism of the budget was sharp`: the noun phrase is the
        // sentence's subject, and its verb ends the object.)
        before_finite(win, cs, object_end(win, cs))
    };
    if end <= toks[cs].start {
        return None;
    }
    Some(Draft::indirect(
        Span::new(toks[cs].start, end),
        Some(Span::new(toks[a].start, toks[b].end)),
        Span::new(toks[k].start, toks[k + 1].end),
    ))
}

/// Where a content that starts at word `cs` and ends at byte `end` meets the verb of the
/// sentence it stands in (`was`, `would`, `said`): the end of the words before it, or `end`.
fn before_finite(win: &Window, cs: usize, end: usize) -> usize {
    let ws = win.ws;
    let toks = ws.toks;
    (cs + 1..toks.len())
        .take_while(|&m| toks[m].end <= end)
        .find(|&m| {
            set::FINITE.has(ws.w(m))
                || win
                    .cue_word(m)
                    .is_some_and(|c| !c.stance && matches!(c.form, Form::Past | Form::Third))
        })
        .map_or(end, |m| {
            grammar::trim_end(ws.text, toks[cs].start, toks[m].start)
        })
}

/// Nouns of stance or speech read by [`possessed_stance`], each with the words that may
/// link it to its content.
pub(super) const STANCE_NOUNS: &[(&str, &str)] = &[
    ("accusations", "of that"),
    ("allegations", "of that"),
    ("attack", "on"),
    ("attacks", "on"),
    ("claim", "that"),
    ("criticism", "of"),
    ("decision", "to"),
    ("endorsement", "of"),
    ("insistence", "that"),
    ("opposition", "to"),
    ("pledge", "to"),
    ("promise", "to"),
    ("refusal", "to"),
    ("support", "for"),
];

/// After `according to X,` with word `m` next: where what follows X's apposition, if
/// any, begins (`according to Dennis Ross, another former envoy, was ...`: at `was`).
fn after_apposition(ws: &Words, m: usize) -> usize {
    let n = ws.toks.len();
    if !set::DETERMINERS.has(ws.w(m)) {
        return m;
    }
    (m + 1..n.min(m + 12))
        .find(|&i| ws.gap_before(i).contains(','))
        .unwrap_or(m)
}

/// Words that link a sentence to the one before (`But, according to ...`).
const SENTENCE_LINKS: &[&str] = &[
    "and",
    "also",
    "but",
    "however",
    "meanwhile",
    "moreover",
    "so",
    "still",
    "yet",
];

/// Whether word `m`, after `A, according to X,`, opens something other than the rest of
/// A's statement: a clause of its own, a conjunction or subordinator, or an apposition
/// on X (`, a Republican pollster who ...`, `, although ...`, `, but ...`).
fn new_clause_at(ws: &Words, m: usize) -> bool {
    let w = ws.w(m);
    is_cap(w)
        || set::DETERMINERS.has(w)
        || set::PRONOUNS.has(w)
        || set::SUBORDINATORS.has(w)
        || is_in(
            &[
                "and",
                "but",
                "even",
                "including",
                "so",
                "which",
                "who",
                "whose",
                "with",
                "yet",
            ],
            w,
        )
}

/// `Subject verb ... “fragment” ...`: the sentence's subject and its verb frame a quoted
/// fragment that stands after them (before `before`).
pub(super) fn verb_frame(ws: &Words, before: usize) -> Option<Draft> {
    let toks = ws.toks;
    // Skip an opening phrase that ends with a comma (`On Twitter, ...`).
    let mut s0 = 0;
    if let Some(c) = (0..toks.len().min(6)).find(|&i| ws.comma_after(i)) {
        if c + 1 < toks.len()
            && matches!(
                grammar::lower_short(ws.w(0), &mut [0; 16]),
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
    // The phrase read greedily may have swallowed the verb (`The email goes on`); but not
    // a plural possessive (`The two countries' chiefs`).
    if let Some(v) = (a + 1..=b).find(|&v| {
        let w = ws.w(v);
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && (w.ends_with("ed") || w.ends_with("es") || cue_word(w).is_some())
            && !is_in(&["the", "a", "an", "of"], ws.w(v - 1))
            && !ws.gap_after(v).starts_with(['\'', '’'])
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
        || !(verb.ends_with("ed")
            || verb.ends_with('s')
            || cue_word(verb).is_some_and(|c| !lacks_it(ws, v, c)))
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
        unsourced: false,
        cue: Some(toks[v]),
        parts: Vec::new(),
        quotes: Vec::new(),
    })
}

/// Whether cue `c` at word `k` frames a quotation only with `it` after it (`as she put
/// it`, `X put it bluntly:`), and has none.
pub(super) fn lacks_it(ws: &Words, k: usize, c: cue::Cue) -> bool {
    c.lemma == "put" && ws.w(k + 1) != "it"
}

/// A headline `Name: what they said`, in the article's first paragraph.
// (Out of line, as `cue_clause`.)
#[inline(never)]
pub(super) fn headline_colon(ws: &Words, doc: &Document) -> Option<Draft> {
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
    // `Warning: This story contains ...`, `UPDATE: ...`: a label, no speaker (but
    // `Sources: ...` is one).
    if k == 0 && crate::dateline::is_label(ws.w(0)) && !is_in(&["source", "sources"], ws.w(0)) {
        return None;
    }
    let colon = toks[k].end;
    let cs = k + 1;
    let end = grammar::trim_end(
        text,
        toks[cs].start,
        para.end.min(ws.sent.end.max(para.end)),
    );
    Some(Draft::indirect(
        Span::new(toks[cs].start, end),
        Some(Span::new(toks[0].start, toks[k].end)),
        Span::new(colon, colon + 1),
    ))
}

/// Verbs that report a topic or a position only with a particle or a preposition after
/// them (`talked about jobs`, `railed against the deal`, `pointed out that ...`,
/// `weighed in on the bill`), with those phrases: the phrase belongs to the cue.
const PHRASAL_CUES: &[(&str, &[&str])] = &[
    ("apologise", &["for"]),
    ("apologize", &["for"]),
    (
        "come",
        &[
            "out against",
            "out for",
            "out in favor of",
            "out in favour of",
            "out in support of",
        ],
    ),
    ("balk", &["at"]),
    ("count", &["on"]),
    (
        "distance",
        &[
            "from",
            "himself from",
            "herself from",
            "itself from",
            "themselves from",
        ],
    ),
    ("fire", &["back at"]),
    ("focus", &["on"]),
    ("go", &["after"]),
    ("lash", &["out against", "out at"]),
    ("lay", &["out"]),
    ("lobby", &["against", "for"]),
    ("open", &["up about"]),
    ("point", &["out", "to"]),
    ("rail", &["against"]),
    ("shrug", &["off"]),
    ("side", &["against", "with"]),
    (
        "raise",
        &[
            "concerns about",
            "concerns over",
            "doubts about",
            "questions about",
            "questions over",
        ],
    ),
    (
        "speak",
        &["about", "of", "out against", "out for", "out on"],
    ),
    ("spell", &["out"]),
    ("take", &["aim at"]),
    ("talk", &["about", "of"]),
    ("vote", &["against", "for"]),
    ("walk", &["back"]),
    ("weigh", &["in on"]),
];

/// Whether `lemma` is a verb of [`PHRASAL_CUES`].
pub(super) fn has_phrases(lemma: &str) -> bool {
    PHRASAL_CUES.iter().any(|(l, _)| *l == lemma)
}

/// `talked about jobs`, `pointed out that ...`: where the content starts after the phrase
/// of a verb of [`PHRASAL_CUES`] at word `k`, whether a `that` opened it, and the cue with
/// its phrase.
fn phrased_start(ws: &Words, k: usize, lemma: &str) -> Option<(usize, bool, Span)> {
    let after = phrase_after(ws, k, lemma)?;
    let that = ws.is(after, "that") && after + 1 < ws.toks.len();
    let cue = Span::new(ws.toks[k].start, ws.toks[after - 1].end);
    Some((after + usize::from(that), that, cue))
}

/// The word after the phrase that follows the cue at word `k` (an adverb in `-ly` may
/// stand before it: `spoke movingly of`), if `lemma` is a verb of [`PHRASAL_CUES`] and
/// one of its phrases follows.
fn phrase_after(ws: &Words, k: usize, lemma: &str) -> Option<usize> {
    let (_, phrases) = PHRASAL_CUES.iter().find(|(l, _)| *l == lemma)?;
    let n = ws.toks.len();
    let mut at = k + 1;
    if at < n && ws.w(at).ends_with("ly") && ws.joined(at - 1) {
        at += 1;
    }
    let first = ws.w(at);
    phrases.iter().find_map(|ph| {
        // (Most phrases are refused on their first word, before the words are split.)
        if !opens_phrase(ph, first) {
            return None;
        }
        let mut m = at;
        for word in ph.split(' ') {
            // (The word first: most phrases fail on it, before the gap is read.)
            if m >= n || !ws.w(m).eq_ignore_ascii_case(word) || !ws.joined(m - 1) {
                return None;
            }
            m += 1;
        }
        (m < n).then_some(m)
    })
}

/// Whether the phrase `ph` opens with the word `w` (any ASCII case).
fn opens_phrase(ph: &str, w: &str) -> bool {
    let (ph, w) = (ph.as_bytes(), w.as_bytes());
    ph.get(..w.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(w))
        && matches!(ph.get(w.len()), None | Some(b' '))
}

/// Verbs of commitment, hope and intention whose infinitive states the position
/// (`promised to cut taxes`, `hopes to win`, `plans to vote`), as a `that` clause would.
const INTENT_VERBS: &[&str] = &[
    "agree", "hope", "intend", "plan", "pledge", "promise", "threaten", "vow",
];

/// Whether a statement may follow cue `k` of a verb that reports only a `that` clause:
/// `that`, a bare clause up to the sentence's end (`thinks the plan is dead`), or an
/// infinitive after a verb of intent (`vowed to fight`).
fn may_state(ws: &Words, k: usize, c: cue::Cue) -> bool {
    grammar::content_start(ws, k, c.object).is_some_and(|(cs, that)| {
        that || grammar::bare_clause(ws, cs, usize::MAX)
            || is_in(INTENT_VERBS, c.lemma) && infinitive_at(ws, cs)
    })
}

/// Whether an infinitive with something after its verb opens at word `cs` (`to cut
/// taxes`), not `to` before a noun phrase (`agreed to a deal`).
fn infinitive_at(ws: &Words, cs: usize) -> bool {
    let verb = ws.w(cs + 1);
    ws.is(cs, "to")
        && cs + 2 < ws.toks.len()
        && ws.joined(cs)
        && verb.starts_with(|ch: char| ch.is_ascii_lowercase())
        && !set::DETERMINERS.has(verb)
        && !set::PRONOUNS.has(verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::tokens;

    /// Runs `rule` on the one-sentence `text` at the word `at`, giving
    /// (content, source, cue) as text.
    fn on<'t>(
        text: &'t str,
        at: &str,
        rule: impl Fn(&Words<'_, 't>, usize) -> Option<Draft>,
    ) -> Option<(&'t str, Option<&'t str>, Option<&'t str>)> {
        let sent = Span::new(0, text.len());
        let toks: Vec<Span> = tokens(text, sent).collect();
        let ws = Words {
            text,
            toks: &toks,
            sent,
        };
        let k = (0..toks.len()).find(|&i| ws.w(i) == at)?;
        rule(&ws, k).map(|d| {
            (
                d.content.slice(text),
                d.source.map(|s| s.slice(text)),
                d.cue.map(|c| c.slice(text)),
            )
        })
    }

    fn cue_of(w: &str) -> cue::Cue {
        cue::lookup(w).unwrap()
    }

    /// Runs `rule` on the [`Window`] of `ws`.
    fn in_window<R>(ws: &Words, rule: impl FnOnce(&Window) -> R) -> R {
        let (mut cues, mut starts) = (Vec::new(), Vec::new());
        super::super::scan_window(ws.text.as_bytes(), ws.toks, &mut cues, &mut starts);
        rule(&Window { ws, cues: &cues })
    }

    #[test]
    fn cue_clause_subject_cue_that_content() {
        let r = on(
            "The mayor said that the bridge would reopen.",
            "said",
            |ws, k| in_window(ws, |w| cue_clause(w, k, cue_of("said"), &[])),
        );
        assert_eq!(
            r,
            Some(("the bridge would reopen", Some("The mayor"), Some("said")))
        );
    }

    #[test]
    fn cue_clause_content_then_subject() {
        let r = on(
            "The bridge is safe, the mayor said on Monday.",
            "said",
            |ws, k| in_window(ws, |w| cue_clause(w, k, cue_of("said"), &[])),
        );
        assert_eq!(
            r,
            Some(("The bridge is safe", Some("the mayor"), Some("said")))
        );
    }

    #[test]
    fn cue_clause_tell_skips_the_hearer() {
        let r = on(
            "Lopez told the Associated Press the talks had failed.",
            "told",
            |ws, k| in_window(ws, |w| cue_clause(w, k, cue_of("told"), &[])),
        );
        assert_eq!(r.map(|r| r.0), Some("the talks had failed"));
    }

    #[test]
    fn cue_clause_rejects_infinitives_and_possessives() {
        let r = on("She declined to say where she was.", "say", |ws, k| {
            in_window(ws, |w| cue_clause(w, k, cue_of("say"), &[]))
        });
        assert_eq!(r, None);
    }

    #[test]
    fn inverted_clause_content_cue_subject() {
        let r = on(
            "The plan is dead, said Ana Costa, the party's leader.",
            "said",
            |ws, k| inverted_clause(ws, k),
        );
        assert_eq!(
            r,
            Some(("The plan is dead", Some("Ana Costa"), Some("said")))
        );
    }

    #[test]
    fn stance_clause_needs_a_subject_that_names_or_opens_a_clause() {
        let r = on(
            "Senator Ruiz criticized the budget cuts.",
            "criticized",
            |ws, k| {
                in_window(ws, |w| {
                    stance_clause(w, k, cue_of("criticized"), grammar::subject_before(ws, k))
                })
            },
        );
        assert_eq!(r.map(|r| r.0), Some("the budget cuts"));
        let r = on(
            "The report criticized the budget cuts.",
            "criticized",
            |ws, k| {
                in_window(ws, |w| {
                    stance_clause(w, k, cue_of("criticized"), grammar::subject_before(ws, k))
                })
            },
        );
        assert_eq!(r.map(|r| r.0), Some("the budget cuts"));
        // a reduced passive is no stance of the noun before it
        let r = on(
            "The plan criticized by the union was dropped.",
            "criticized",
            |ws, k| {
                in_window(ws, |w| {
                    stance_clause(w, k, cue_of("criticized"), grammar::subject_before(ws, k))
                })
            },
        );
        assert_eq!(r, None);
    }

    #[test]
    fn according_to_at_either_end() {
        let r = on(
            "According to police, two men were arrested.",
            "According",
            according_to,
        );
        assert_eq!(
            r,
            Some((
                "two men were arrested",
                Some("police"),
                Some("According to")
            ))
        );
        let r = on(
            "Two men were arrested, according to police.",
            "according",
            according_to,
        );
        assert_eq!(
            r.map(|r| (r.0, r.1)),
            Some(("Two men were arrested", Some("police")))
        );
    }

    #[test]
    fn asked_clause_is_the_question() {
        let r = on(
            "Asked whether he would run, Smith smiled.",
            "Asked",
            asked_clause,
        );
        assert_eq!(r, Some(("whether he would run", None, Some("Asked"))));
    }

    #[test]
    fn verb_frame_of_a_quoted_fragment() {
        let t = "Former Governor Jeb Bush called the plan “unhinged.”";
        let at = t.find('“').unwrap();
        let r = on(t, "Former", |ws, _| verb_frame(ws, at));
        assert_eq!(
            r.map(|r| (r.1, r.2)),
            Some((Some("Former Governor Jeb Bush"), Some("called")))
        );
    }

    #[test]
    fn modals_are_sorted_for_search() {
        assert!(MODALS.windows(2).all(|w| w[0] < w[1]));
        assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(SUBORDINATORS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn finite_forms_after_auxiliaries() {
        let t = "Clinton is calling for a ceasefire.";
        let sent = Span::new(0, t.len());
        let toks: Vec<Span> = tokens(t, sent).collect();
        let ws = Words {
            text: t,
            toks: &toks,
            sent,
        };
        assert_eq!(finite_form(&ws, 2, cue_of("calling")), Form::Past);
    }
}
