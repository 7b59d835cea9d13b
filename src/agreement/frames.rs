//! One rule per frame: given a trigger in a tokenized sentence, read its complements and
//! subject into a candidate agreement, or decide it is not an agreement act (a trap).

use crate::model::Status;

use super::grammar::{
    Instrument, Range, SIGNED_PAPERS, Subject, clause_end, conjuncts, expand_left, instrument_at,
    instrument_in, np_right, object_instrument, object_with_head, parenthetical, pronoun,
    region_back, skip_adjuncts, subject, tail_at, time_len, trim_bare_time_tail, trim_time_tail,
    verb_group, verbish,
};
use super::lexicon::class::{
    ACCESSIONS, AGENTS, APPROVALS, APPROVE_OBJECTS, AUXILIARIES, BE, BODIES, CARDINALS,
    CATENATIVES, CLAUSE_BREAKS, DETERMINERS, FUTURE, INANIMATES, ING_NOUNS, INNER_ACTS,
    LEADING_TRIM, MEMBER_BODIES, NOMINAL_ADJECTIVES, OFFER_OBJECTS, OPINIONS, ORG_HEADS,
    PREPOSITIONS, PRONOUNS, PROPOSALS, REFLEXIVES, REJECTED_MATTERS, REPORT_VERBS, REQUESTS,
    SAYING, SECURITIES, THREATS, TIME_WORDS,
};
use super::lexicon::{Form, Frame, Kind, NUMBERS, Trigger, trigger};
use super::tokens::Sent;

/// A party: the tokens of its mention, and where its name stands if not in the mention
/// itself (a pronoun resolved to the subject of `said`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Party {
    /// The mention.
    pub range: Range,
    /// The mention that names it, if another.
    pub named_by: Option<Range>,
}

/// An agreement found in a sentence, as token ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cand {
    /// The trigger token.
    pub trigger: usize,
    /// The status.
    pub status: Status,
    /// Negated.
    pub negated: bool,
    /// Future.
    pub future: bool,
    /// A noun trigger (`offer`, `proposal`).
    pub nominal: bool,
    /// The parties.
    pub parties: Vec<Party>,
    /// The counterparties.
    pub counterparties: Vec<Range>,
    /// The instrument.
    pub instrument: Option<Range>,
    /// The committed action.
    pub action: Option<Range>,
    /// Tokens this act consumes (its action, or an inner `to sign ...`): a verb trigger
    /// inside them is part of this act, not an act of its own.
    pub cover: Option<Range>,
}

impl Cand {
    fn new(trigger: usize, status: Status) -> Self {
        Cand {
            trigger,
            status,
            negated: false,
            future: false,
            nominal: false,
            parties: Vec::new(),
            counterparties: Vec::new(),
            instrument: None,
            action: None,
            cover: None,
        }
    }

    fn add_parties(&mut self, s: &Sent, region: Range) {
        for c in conjuncts(s, region) {
            for _ in 0..super::grammar::multiplicity(s, c) {
                self.parties.push(Party {
                    range: c,
                    named_by: None,
                });
            }
        }
    }
}

/// How far (in tokens) a rule looks for an `under` phrase or a speaker around a trigger.
const WINDOW: usize = 60;

/// Agreements proper: what is reached, struck, concluded.
const CORE: &[Kind] = &[Kind::Core];
/// What is accepted or rejected: agreements and offers.
const CORE_OFFER: &[Kind] = &[Kind::Core, Kind::Offer];
/// What is signed: agreements and papers (`documents of accession`).
const SIGNABLE: &[Kind] = &[Kind::Core, Kind::Paper];
/// What is made: agreements, offers, proposals, pledges.
const MADE: &[Kind] = &[Kind::Core, Kind::Offer, Kind::Pledge];
/// Determiners that make a following participle an adjective (`the proposed merger`).
const ARTICLES: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "no", "every", "each", "another",
];
/// Any instrument but a pledge.
const ANY: &[Kind] = &[Kind::Core, Kind::Offer, Kind::Paper];

/// Whether a noun-or-verb word at `t` is a noun here (`a pledge`, `the offer`,
/// `Japan's offer`, `selling offers`, `tender offer ended`) rather than a verb
/// (`they pledge to`, `will offer`, `Trump, Ryan, pledge to work`).
fn looks_nominal(s: &Sent, t: usize) -> bool {
    if t == 0 {
        return false;
    }
    let p = t - 1;
    if s.any(p, DETERMINERS)
        || s.possessive(p)
        || instrument_at(s, p).is_some()
        || s.any(p, NOMINAL_ADJECTIVES)
    {
        return true;
    }
    if s.any(p, AUXILIARIES)
        || s.any(p, &["to", "not", "never", "also", "and", "or", "jointly"])
        || negated_word(s, p)
        || pronoun(s, p)
        || s.ly_adverb(p)
    {
        return false;
    }
    // `offers a clear guide`, `sign pact`: a noun is seldom followed by an object
    if s.any(t + 1, DETERMINERS)
        || s.number(t + 1)
        || s.currency(t + 1)
        || object_instrument(s, t + 1, ANY).is_some_and(|x| x.range.0 == t + 1)
    {
        return false;
    }
    // a subject (a name, a plural, a list) then `to VP`: a verb
    let subject_like = s.punct(p, ',') || s.cap(p) || s.s(p).ends_with('s');
    !(subject_like && s.is(t + 1, "to") && verbish(s, t + 2))
}

/// Whether a gerund at `t` is a noun (`the signing`, `a stock offering`) rather than a verb
/// (`were offering`, `the outlets agreeing to`, `not agreeing`).
fn gerund_nominal(s: &Sent, t: usize) -> bool {
    if t == 0 {
        return false;
    }
    let p = t - 1;
    if s.any(p, DETERMINERS) || s.possessive(p) || s.is(t + 1, "of") {
        return true;
    }
    s.lower(p)
        && !s.s(p).ends_with('s')
        && !s.any(p, AUXILIARIES)
        && !s.any(p, PREPOSITIONS)
        && !s.any(p, &["not", "never", "and", "or", "also", "jointly"])
        && !negated_word(s, p)
        && !s.ly_adverb(p)
}

/// Whether a gerund of signing at `t` after a lower-case word is a verb with an object
/// (`did not rule out signing a separate agreement`, `is busy signing MoUs`), not a
/// compound noun (`the treaty signing`, `a contract signing ceremony`).
fn verbal_signing(s: &Sent, t: usize) -> bool {
    t > 0
        && instrument_at(s, t - 1).is_none()
        && !s.any(t - 1, DETERMINERS)
        && !s.possessive(t - 1)
        && object_instrument(s, t + 1, SIGNABLE).is_some_and(|x| x.range.0 == t + 1)
}

/// Whether the word at `i` is a negated auxiliary (`didn't`).
fn negated_word(s: &Sent, i: usize) -> bool {
    let w = s.s(i);
    w.ends_with("n't") || w.ends_with("n’t") || w.ends_with("N'T")
}

/// Reads the act at token `t`, or `None` when it is no agreement act. A verb is read only
/// when `verbal` (not inside another act's committed action, which it is part of).
#[inline(never)]
pub(crate) fn analyse(
    s: &Sent,
    t: usize,
    trig: Trigger,
    prev: &[Cand],
    verbal: bool,
) -> Option<Cand> {
    // `turned down a European Union offer to renew ...`: an offer rejected is the
    // rejection's instrument, not an act of its own
    if matches!(trig.form, Form::Noun | Form::NounOrVerb)
        && trig.frame != Frame::Sign
        && rejected_object(s, t)
    {
        return None;
    }
    let nominal = match trig.form {
        Form::Noun => true,
        Form::NounOrVerb => looks_nominal(s, t),
        Form::Gerund => {
            gerund_nominal(s, t) && !(trig.frame == Frame::Sign && verbal_signing(s, t))
        }
        _ => false,
    };
    if nominal {
        if trig.form == Form::Gerund && trig.frame != Frame::Sign {
            return None;
        }
        if trig.frame == Frame::Sign && trig.form != Form::Gerund {
            return None; // `a sign of progress`
        }
        return nominal_act(s, t, trig);
    }
    // (a verb inside another act is no act of its own: its frame is not read, which in a
    // run-on sentence of acts would read each action's window again for every verb in it)
    if !verbal {
        return None;
    }
    // `after signing the deal`; but `did not rule out signing a deal`, a particle
    let rule_out = t >= 2 && s.is(t - 1, "out") && starts_ci(s.s(t - 2), "rul");
    if trig.form == Form::Gerund && t > 0 && s.any(t - 1, PREPOSITIONS) && !rule_out {
        return None;
    }
    // `a rights offering`, `its public offering`: an issue of securities
    if trig.frame == Frame::Offer
        && t > 0
        && s.any(
            t - 1,
            &["rights", "public", "secondary", "initial", "debt", "stock"],
        )
    {
        return None;
    }
    // `postponed signing a peace agreement`: the object of another verb, no act yet
    if trig.form == Form::Gerund
        && t > 0
        && s.word(t - 1)
        && ends_ci(s.s(t - 1), "ed")
        && !s.any(t - 1, AUXILIARIES)
    {
        return None;
    }
    // `his consent`: a noun
    if trig.form == Form::Present && t > 0 && (s.any(t - 1, ARTICLES) || s.possessive(t - 1)) {
        return None;
    }
    let quantified = t > 0
        && (s.any(
            t - 1,
            &[
                "one", "two", "three", "some", "several", "many", "other", "both", "all",
            ],
        ) || s.number(t - 1)
            || s.any(t - 1, PREPOSITIONS))
        && s.lower(t + 1)
        && !s.any(t + 1, DETERMINERS)
        && !s.any(t + 1, PREPOSITIONS);
    if trig.form == Form::Past
        && t > 0
        && (s.any(t - 1, ARTICLES) || s.possessive(t - 1) || quantified)
    {
        return None; // `the proposed merger`, `Trump's proposed cuts`
    }
    let g = verb_group(s, t);
    if trig.frame == Frame::Offer
        && trig.form == Form::Past
        && !g.aux
        && (g.first == 0
            || s.any(g.first - 1, PREPOSITIONS)
            || (s.lower(g.first - 1) && s.s(g.first - 1).ends_with("ed"))
            || (g.first >= 2 && s.is(g.first - 2, "to")))
    {
        return None; // `to offset proposed tax cuts`
    }
    // `a protocol signed in May`, `The deal, signed Tuesday by ...,`
    let head_before = |k: usize| s.word(k) && instrument_at(s, k).is_some();
    let appositive = t >= 2 && s.punct(t - 1, ',') && head_before(t - 2);
    let reduced = trig.form == Form::Past
        && !g.aux
        && g.first == t
        && t > 0
        && (head_before(t - 1) || appositive);
    // `came to an agreement`, `turned down the offer`: phrasal verbs have no passive here
    let phrasal = s.any(
        t,
        &[
            "come", "came", "comes", "turn", "turned", "turns", "turning",
        ],
    );
    let reduced = reduced && !phrasal;
    let passive = ((g.passive && trig.form == Form::Past) || reduced) && !phrasal;
    let mut c = Cand::new(t, trig.status);
    c.negated = g.negated;
    c.future = g.future;
    // `did not rule out signing`: a possible act, negated when it is ruled out
    let ruled = rule_out.then(|| verb_group(s, t - 2));
    if let Some(r) = &ruled {
        c.negated = !r.negated;
        c.future = true;
    }
    let ok = match trig.frame {
        Frame::Agree => agree(s, t, passive, reduced, g.first, &mut c),
        Frame::Accept => accept(s, t, passive, reduced, g.first, &mut c),
        Frame::Promise => promise(s, t, passive, &mut c),
        Frame::Offer => offer(s, t, passive, reduced, g.first, &mut c),
        Frame::Sign => {
            let w = s.s(t);
            let kinds = if starts_ci(w, "sign")
                || starts_ci(w, "ink")
                || starts_ci(w, "init")
                || starts_ci(w, "exch")
            {
                SIGNABLE
            } else {
                CORE
            };
            settle(s, t, passive, reduced, g.first, kinds, &mut c)
        }
        Frame::Reach => settle(s, t, passive, reduced, g.first, CORE, &mut c),
        Frame::Make => make(s, t, passive, reduced, g.first, &mut c),
        Frame::Enter => {
            s.is(t + 1, "into")
                && object_instrument(s, t + 2, CORE).is_some_and(|i| {
                    c.instrument = Some(i.range);
                    complements(s, i.range.1, &mut c, true);
                    true
                })
        }
        Frame::Ratify | Frame::Approve => ratify(s, t, passive, reduced, g.first, &mut c),
        Frame::Reject => reject(s, t, passive, reduced, g.first, &mut c),
        Frame::Urge => urge(s, t, &mut c),
        Frame::Vote => vote(s, t, &mut c),
        Frame::Give => give(s, t, &mut c),
    };
    if !ok || urged_only(s, &g) {
        return None;
    }
    if let Some(p) = g.contracted {
        c.parties.push(Party {
            range: (p, p + 1),
            named_by: None,
        });
    }
    // `Trump spoke to oil men, promising to ...`: a participle after a comma takes the
    // subject of the sentence
    if c.parties.is_empty()
        && trig.form == Form::Gerund
        && !g.aux
        && g.first > 0
        && s.punct(g.first - 1, ',')
    {
        if let Some(r) = main_subject(s, g.first - 1) {
            c.add_parties(s, r);
        }
    }
    // `The minister is busy signing MoUs`: the subject stands before `be` and its
    // adjective
    let first = if let Some(r) = &ruled {
        r.first
    } else if trig.form == Form::Gerund
        && g.first == t
        && t >= 2
        && s.lower(t - 1)
        && s.any(t - 2, BE)
    {
        t - 2
    } else {
        g.first
    };
    if c.parties.is_empty() && !passive && !g.orphan {
        match subject(s, first) {
            Subject::Regions(rs) if trig.form == Form::Gerund && !g.aux => {
                if let Some(r) = rs.last().and_then(|&r| tail_np(s, r)) {
                    c.add_parties(s, r);
                }
            }
            Subject::Regions(rs) => {
                for r in rs {
                    c.add_parties(s, r);
                }
            }
            Subject::Coordinated => coordinated_subject(s, t, prev, &mut c),
            Subject::None => {}
        }
    }
    if trig.frame == Frame::Approve && !approved_by_body(s, &c) {
        return None;
    }
    // a determiner alone is never a party
    c.parties
        .retain(|p| (p.range.0..p.range.1).any(|k| s.word(k) && !s.any(k, DETERMINERS)));
    // `The report concluded ...`, `The law guarantees that ...`, `The plan promises to
    // ...`: a document, a rule or a thing makes no commitment
    let inanimate = c
        .parties
        .iter()
        .any(|p| p.named_by.is_none() && inanimate(s, p.range));
    let w = s.s(t);
    let guarantee = starts_ci(w, "guarant") || starts_ci(w, "assur");
    if inanimate && (matches!(trig.frame, Frame::Promise | Frame::Offer) || starts_ci(w, "conclud"))
    {
        return None;
    }
    if guarantee
        && !c
            .parties
            .iter()
            .all(|p| p.named_by.is_some() || agent(s, p.range))
    {
        return None;
    }
    // `The film gave a nod to ...`: only a body, a state or a named organisation gives
    // an approval
    if trig.frame == Frame::Give && !c.parties.iter().any(|p| agentive_body(s, p)) {
        return None;
    }
    resolve_pronouns(s, &mut c);
    if c.instrument.is_none() && matches!(trig.frame, Frame::Promise | Frame::Offer) {
        c.instrument = under_instrument(s, t);
    }
    if c.cover.is_none() {
        c.cover = c.action;
    }
    Some(c)
}

/// `urged senators to reject the pact`, `asked Congress to approve it`: an infinitive
/// whose doer is only urged to act (the act is not done; the urging is reported).
fn urged_only(s: &Sent, g: &super::grammar::VerbGroup) -> bool {
    if !g.orphan {
        return false;
    }
    let lo = g.first.saturating_sub(6);
    (lo..g.first).any(|k| {
        s.any(
            k,
            &[
                "urged", "urges", "urge", "urging", "asked", "asks", "pressed", "pressing",
            ],
        ) && (k + 1..g.first).all(|x| s.word(x) && !s.any(x, CLAUSE_BREAKS))
    })
}

/// `..., but agreed to ...` / `underlining ... and vowing to ...`: the subject of the
/// previous verb.
fn coordinated_subject(s: &Sent, t: usize, prev: &[Cand], c: &mut Cand) {
    if let Some(p) = prev.last() {
        c.parties = p.parties.clone();
        return;
    }
    if !s.s(t).ends_with("ing") {
        // `Toyota rejected a demand ..., but offered ...`: the subject of the previous
        // finite verb (a trigger word, or a regular past tense)
        let lo = t.saturating_sub(20);
        let verb = (lo..t.saturating_sub(1)).rev().find(|&k| {
            trigger(s.s(k)).is_some_and(|x| matches!(x.form, Form::Past | Form::Present))
                || (s.lower(k) && s.s(k).ends_with("ed") && s.s(k).len() > 4)
        });
        if let Some(k) = verb {
            if let Subject::Regions(rs) = subject(s, verb_group(s, k).first) {
                for r in rs {
                    c.add_parties(s, r);
                }
            }
        }
        return;
    }
    let lo = t.saturating_sub(14);
    if let Some(k) = (lo..t.saturating_sub(1))
        .rev()
        .find(|&k| s.lower(k) && s.s(k).ends_with("ing") && s.s(k).len() > 5)
    {
        if let Subject::Regions(rs) = subject(s, verb_group(s, k).first) {
            if let Some(r) = rs.last().and_then(|&r| tail_np(s, r)) {
                c.add_parties(s, r);
            }
        }
    }
}

/// The subject that opens the sentence before `end`: after leading adverbs and time phrases
/// set off by commas (`Still, Hillary Clinton singled out ...`), the run of names,
/// determiners and possessives up to the first lower-case word.
fn main_subject(s: &Sent, end: usize) -> Option<Range> {
    let mut a = (end.saturating_sub(WINDOW)..end)
        .rev()
        .find(|&k| s.punct(k, ';') || s.quote(k) || s.dash(k))
        .map_or(0, |k| k + 1);
    // `Still,` / `On Thursday, however,`: short openers set off by a comma
    while let Some(c) = (a..end.min(a + 4)).find(|&k| s.punct(k, ',')) {
        let opener =
            (a..c).all(|k| {
                s.any(k, LEADING_TRIM)
                    || s.any(k, PREPOSITIONS)
                    || s.any(k, TIME_WORDS)
                    || s.ly_adverb(k)
            }) || (c > a && (a..c).all(|k| s.word(k)) && s.cap(a) && s.s(a).ends_with("ly"));
        if !opener {
            break;
        }
        a = c + 1;
    }
    let mut b = a;
    while b < end && b - a < 8 {
        let named = s.cap(b) || s.any(b, DETERMINERS) || s.possessive(b) || pronoun(s, b);
        if !s.word(b) || !named || (b > a && s.any(b, PRONOUNS)) {
            break;
        }
        b += 1;
    }
    ((a..b).any(|k| s.cap(k) || pronoun(s, k))).then_some((a, b))
}

/// The noun phrase that closes a region (`vented about Sanders` gives `Sanders`): the
/// subject of a participle.
fn tail_np(s: &Sent, (a, b): Range) -> Option<Range> {
    let mut k = b;
    while k > a && b - k < 6 {
        let p = k - 1;
        if s.any(p, DETERMINERS) {
            return Some((p, b));
        }
        if !s.word(p)
            || s.any(p, PREPOSITIONS)
            || s.any(p, CLAUSE_BREAKS)
            || (s.lower(p) && s.s(p).ends_with("ed"))
        {
            break;
        }
        k = p;
    }
    (k < b).then_some((k, b))
}

/// Who reports the act when no attribution of the article holds it: the speaker of an
/// attribution tail (`..., officials said.`) or of a verb of saying before the trigger
/// (`Seaga said that ...`), as a token range.
pub(crate) fn local_source(s: &Sent, c: &Cand) -> Option<Range> {
    let t = c.trigger;
    // `..., the ministry said.`
    let end = s.len().min(t + WINDOW);
    if let Some(k) = (t + 1..end).find(|&k| tail_at(s, k)) {
        let v = (k + 1..s.len().min(k + 30)).find(|&v| s.any(v, SAYING))?;
        let r = if s.is(v, "according") {
            np_right(s, v + 2)?
        } else {
            trim_subject(s, (k + 1, v))?
        };
        let clean = (r.0..r.1).all(|i| !s.any(i, &["which", "who", "that", "but", "whose"]))
            && (s.cap(r.0) || s.any(r.0, DETERMINERS) || pronoun(s, r.0) || s.lower(r.0));
        return clean.then_some(r);
    }
    // `Seaga said (that) China had promised ...`: the act's own subject stands after the
    // verb of saying, with no other clause between
    if c.nominal {
        return None;
    }
    let before = |r: &Range| (r.0 < t).then_some(r.0);
    let subject_start = c
        .parties
        .first()
        .and_then(|p| before(&p.range))
        .or_else(|| c.instrument.as_ref().and_then(before))
        .unwrap_or(t);
    let v = (subject_start.saturating_sub(WINDOW)..subject_start)
        .rev()
        .find(|&v| s.any(v, SAYING) && !s.is(v, "according"))?;
    if (v + 1..subject_start).any(|i| s.any(i, CLAUSE_BREAKS) && !s.is(i, "that")) {
        return None;
    }
    match subject(s, verb_group(s, v).first) {
        Subject::Regions(rs) => rs.first().copied(),
        _ => None,
    }
}

/// A speaker phrase without its trailing adverbs (`officials involved`).
fn trim_subject(s: &Sent, (a, b): Range) -> Option<Range> {
    let mut b = b;
    while b > a && (s.any(b - 1, AUXILIARIES) || s.ly_adverb(b - 1)) {
        b -= 1;
    }
    (b > a && s.word(a)).then_some((a, b))
}

/// `He said it agreed ...`, `X and Y said they signed ...`: a pronoun party right after a
/// verb of saying is named by that verb's subject (one party per conjunct for `they`).
fn resolve_pronouns(s: &Sent, c: &mut Cand) {
    let mut out = Vec::with_capacity(c.parties.len());
    for p in &c.parties {
        let (a, b) = p.range;
        if b != a + 1 || !pronoun(s, a) || a == 0 {
            out.push(*p);
            continue;
        }
        let mut v = a - 1;
        if s.is(v, "that") && v > 0 {
            v -= 1;
        }
        // `BP said on Monday it would ...`
        let mut steps = 0;
        while v > 0
            && steps < 4
            && (s.any(v, TIME_WORDS) || s.any(v, &["on", "in", "late", "early", "that"]))
        {
            v -= 1;
            steps += 1;
        }
        if !s.any(v, REPORT_VERBS) {
            out.push(*p);
            continue;
        }
        let names = match subject(s, verb_group(s, v).first) {
            Subject::Regions(rs) => rs
                .into_iter()
                .flat_map(|r| conjuncts(s, r))
                .filter(|&(x, y)| !(y == x + 1 && pronoun(s, x)))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        if names.is_empty() {
            out.push(*p);
        } else if s.any(a, &["they", "we"]) {
            out.extend(names.iter().map(|&n| Party {
                range: p.range,
                named_by: Some(n),
            }));
        } else {
            out.push(Party {
                range: p.range,
                named_by: names.first().copied(),
            });
        }
    }
    c.parties = out;
}

/// Whether a party of an approval is a body (a parliament, a board, member states).
fn approved_by_body(s: &Sent, c: &Cand) -> bool {
    c.parties.iter().any(|p| {
        let (a, b) = p.named_by.unwrap_or(p.range);
        (a..b).any(|i| s.any(i, BODIES))
    })
}

/// `under the agreement, X pledged ...`: an instrument named by an `under` phrase.
fn under_instrument(s: &Sent, t: usize) -> Option<Range> {
    (t.saturating_sub(WINDOW)..s.len().min(t + WINDOW))
        .filter(|&i| s.is(i, "under"))
        .find_map(|i| object_instrument(s, i + 1, CORE))
        .map(|i| i.range)
}

/// The complements after an instrument or a passive verb: `with X` (counterparty),
/// `by X` / `between X and Y` (parties), `to VP` / `on X` (the action), skipping time and
/// place phrases.
fn complements(s: &Sent, mut i: usize, c: &mut Cand, allow_action: bool) {
    for _ in 0..8 {
        i = skip_adjuncts(s, i);
        if s.punct(i, '(') {
            if let Some(j) = (i + 1..s.len().min(i + 8)).find(|&j| s.punct(j, ')')) {
                i = j + 1;
                continue;
            }
        }
        // `approved by lawmakers with 241 votes in favor`: a tally, not a counterparty
        if s.is(i, "with") && s.number(i + 1) && s.any(i + 2, &["votes", "vote"]) {
            return;
        }
        if s.any(i, &["with", "from"]) {
            match np_right(s, i + 1) {
                Some(r) => {
                    c.counterparties.push(r);
                    i = r.1;
                }
                None => return,
            }
        } else if s.any(i, &["by", "between", "among"]) {
            match np_right(s, i + 1) {
                Some(r) => {
                    c.add_parties(s, r);
                    i = r.1;
                    // `by A and her counterpart, B Z.`: the last party named by apposition
                    if let (Some(n), Some(last)) = (closing_name(s, i), c.parties.last_mut()) {
                        if s.lower(last.range.1 - 1) {
                            last.range = n;
                            i = n.1;
                        }
                    }
                }
                None => return,
            }
        } else if s.is(i, "to") {
            if verbish(s, i + 1) {
                if allow_action && c.action.is_none() {
                    c.action = Some((i + 1, clause_end(s, i + 1)));
                }
                return;
            }
            match np_right(s, i + 1) {
                Some(r) => {
                    c.counterparties.push(r);
                    i = r.1;
                }
                None => return,
            }
        } else if s.any(i, &["on", "upon"])
            && time_len(s, i) == 0
            && !s.any(
                i + 2,
                &[
                    "first",
                    "second",
                    "third",
                    "final",
                    "last",
                    "same",
                    "sidelines",
                ],
            )
        {
            if allow_action && c.action.is_none() && s.word(i + 1) {
                c.action = Some((i + 1, clause_end(s, i + 1)));
            }
            return;
        } else {
            return;
        }
    }
}

/// A name set off by a comma at `i` that closes the clause (`, Hector Solis.`): two to
/// five capitalised words, then the end of the sentence or a punctuation mark.
fn closing_name(s: &Sent, i: usize) -> Option<Range> {
    if !s.punct(i, ',') {
        return None;
    }
    let a = i + 1;
    let mut b = a;
    while b < s.len() && b - a < 6 && s.word(b) && s.cap(b) && !s.any(b, DETERMINERS) {
        b += 1;
    }
    let closes = b >= s.len() || (s.is_punct(b) && !s.punct(b, '-'));
    ((2..=5).contains(&(b - a)) && closes).then_some((a, b))
}

/// `agree to VP`, `agree on X`, `agree with X to/on ...`, `agree a deal`; never
/// `agree that` (an opinion).
fn agree(s: &Sent, t: usize, passive: bool, reduced: bool, first: usize, c: &mut Cand) -> bool {
    if passive {
        // `an accord would be agreed (to) by Friday`, `a pact agreed last year`, `terms
        // could not be agreed`
        let Some((inst, action)) = instrument_before(s, t, reduced, first, CORE_OFFER) else {
            return false;
        };
        c.instrument = Some(inst.range);
        c.action = action;
        let after = if s.any(t + 1, &["to", "upon", "on"]) && !verbish(s, t + 2) {
            t + 2
        } else {
            t + 1
        };
        complements(s, after, c, false);
        return true;
    }
    let mut i = skip_adjuncts(s, t + 1);
    if s.is(i, "in") && s.is(i + 1, "principle") {
        i += 2;
    }
    for _ in 0..3 {
        if let Some(v) = to_vp(s, i).or((s.is(i, "to") && s.word(i + 1)).then_some(i + 1)) {
            if s.is(v, "disagree") {
                return false; // `agreed to disagree`
            }
            c.action = Some((v, clause_end(s, v)));
            return true;
        }
        if s.any(i, &["on", "upon"]) && s.word(i + 1) {
            if let Some(inst) = object_instrument(s, i + 1, CORE).filter(|x| x.range.0 == i + 1) {
                c.instrument = Some(inst.range);
                complements(s, inst.range.1, c, true);
            } else {
                c.action = Some((i + 1, clause_end(s, i + 1)));
            }
            return true;
        }
        if s.is(i, "with") {
            let Some(r) = np_right(s, i + 1) else {
                return false;
            };
            if s.is(r.1, "that") || s.punct(r.1, '.') || r.1 >= s.len() {
                return false;
            }
            // `agreed with floor traders and called the figure ...`: a verb of its own
            // ends the phrase; agreeing with someone is an opinion
            if (r.0..r.1).any(|k| s.is(k, "and") && s.lower(k + 1) && ends_ci(s.s(k + 1), "ed")) {
                return false;
            }
            // `agrees with this sentiment`: an opinion, not a party
            if s.any(r.0, &["this", "that", "these", "those"])
                || (r.0..r.1).any(|k| s.any(k, OPINIONS))
            {
                return false;
            }
            c.counterparties.push(r);
            i = skip_adjuncts(s, r.1);
            continue;
        }
        if let Some(inst) = object_instrument(s, i, CORE).filter(|x| x.range.0 == i) {
            c.instrument = Some(inst.range);
            complements(s, inst.range.1, c, true);
            return true;
        }
        // `agreed a 900 mln dlr loan`
        if (s.any(i, DETERMINERS) || s.number(i)) && commitment_object(s, i) {
            c.action = Some((i, clause_end(s, i)));
            return true;
        }
        return false;
    }
    false
}

/// The instrument of a passive (`the agreement was signed`, `which was signed`) or of a
/// reduced relative (`a protocol signed in May`), read from before the verb group.
fn instrument_before(
    s: &Sent,
    t: usize,
    reduced: bool,
    first: usize,
    kinds: &[Kind],
) -> Option<(Instrument, Option<Range>)> {
    if reduced {
        let h = if s.punct(t - 1, ',') { t - 2 } else { t - 1 };
        let kind = instrument_at(s, h).filter(|k| kinds.contains(k))?;
        let a = expand_left(s, h, 0);
        return Some((
            Instrument {
                range: (a, h + 1),
                head: h,
                kind,
            },
            None,
        ));
    }
    let k = first.checked_sub(1)?;
    let end = if s.any(k, &["which", "that"]) {
        if k > 0 && s.punct(k - 1, ',') {
            k - 1
        } else {
            k
        }
    } else {
        first
    };
    // `The treaty, signed in Oslo by ..., must still be ratified`: the subject before a
    // participle phrase or relative clause set off by commas
    let aside = (end == first && k > 0 && s.punct(k, ','))
        .then(|| parenthetical(s, k))
        .flatten();
    let region = aside.or_else(|| region_back(s, end)).or_else(|| {
        // a bare relative: the region right before it, unbroken
        (end > 0).then(|| (end.saturating_sub(8), end))
    })?;
    instrument_in(s, region, kinds).or_else(|| {
        // `an accord ending the fighting was signed`: the head before a participle phrase
        let p = region.0.checked_sub(1).filter(|&p| participle(s, p))?;
        let (inst, _) = instrument_in(s, region_back(s, p)?, kinds)?;
        (inst.range.1 == p).then_some((inst, None))
    })
}

/// Whether the word at `p` is a present participle opening a phrase after a noun
/// (`ending`, `allowing`), not a noun in `-ing` (`the signing`, `a ruling`).
fn participle(s: &Sent, p: usize) -> bool {
    p > 0
        && s.lower(p)
        && ends_ci(s.s(p), "ing")
        && s.s(p).len() > 5
        && s.word(p - 1)
        && !s.any(p - 1, DETERMINERS)
}

/// The instrument of a relative clause with an object gap: `a truce, which the army
/// rejected` (the verb, whose complements would open at `after`, has no object; its subject
/// follows `which` or `that`).
fn gap_instrument(s: &Sent, after: usize, first: usize, kinds: &[Kind]) -> Option<Instrument> {
    let after = skip_adjuncts(s, after);
    if s.word(after) && !s.any(after, PREPOSITIONS) && !s.any(after, TIME_WORDS) {
        return None; // the verb has an object of its own
    }
    let (a, _) = region_back(s, first)?;
    let rel = a.checked_sub(1).filter(|&k| s.any(k, &["which", "that"]))?;
    let end = if rel > 0 && s.punct(rel - 1, ',') {
        rel - 1
    } else {
        rel
    };
    let region = region_back(s, end)?;
    instrument_in(s, region, kinds).map(|(i, _)| i)
}

/// `X's offer` / `offer from/by X` inside an instrument: the counterparty of its acceptance.
fn offerer(s: &Sent, inst: &Instrument, c: &mut Cand) {
    if inst.kind != Kind::Offer {
        return;
    }
    // `the European Union's offer`
    if let Some(k) = (inst.range.0..inst.head).find(|&k| s.possessive(k)) {
        let a = (inst.range.0..=k)
            .find(|&a| !s.any(a, DETERMINERS))
            .unwrap_or(k);
        if s.cap(a) {
            c.counterparties.push((a, k + 1));
            return;
        }
    }
    if s.any(inst.range.1, &["by", "from"]) {
        if let Some(r) = np_right(s, inst.range.1 + 1) {
            c.counterparties.push(r);
        }
    }
}

/// `accept an offer / a ceasefire`; passive `the offer was accepted by X`.
fn accept(s: &Sent, t: usize, passive: bool, reduced: bool, first: usize, c: &mut Cand) -> bool {
    if passive {
        let Some((inst, _)) = instrument_before(s, t, reduced, first, CORE_OFFER) else {
            return false;
        };
        c.instrument = Some(inst.range);
        let by = s.any(inst.head + 1, &["by", "from"]);
        if by {
            if let Some(r) = np_right(s, inst.head + 2) {
                c.counterparties.push(r);
            }
        }
        complements(s, t + 1, c, false);
        return true;
    }
    let i = skip_adjuncts(s, t + 1);
    let Some(inst) =
        object_instrument(s, i, CORE_OFFER).or_else(|| gap_instrument(s, t + 1, first, CORE_OFFER))
    else {
        return false;
    };
    if finite_after(s, inst.range.1) {
        return false;
    }
    c.instrument = Some(inst.range);
    offerer(s, &inst, c);
    if inst.kind != Kind::Offer {
        complements(s, inst.range.1, c, true);
    }
    true
}

/// The start of a to-infinitive at `i` (`to house ...`, `to "take our fight ..."`).
fn to_vp(s: &Sent, i: usize) -> Option<usize> {
    if !s.is(i, "to") {
        return None;
    }
    if verbish(s, i + 1) {
        Some(i + 1)
    } else if s.quote(i + 1) && verbish(s, i + 2) {
        Some(i + 2)
    } else {
        None
    }
}

/// Whether a committed action opens with a threat (`vowed to kill`).
fn threat(s: &Sent, (a, b): Range) -> bool {
    s.any(a, THREATS) || (a + 1 < b && s.any(a + 1, THREATS))
}

/// Splits a trailing `to X` (a recipient) off an object action: `pledged $3 billion to
/// Jakarta`.
fn recipient(s: &Sent, (a, b): Range, c: &mut Cand) -> Range {
    if let Some(k) = (a + 1..b).rev().find(|&k| s.is(k, "to") && s.cap(k + 1)) {
        if let Some(r) = np_right(s, k + 1) {
            if r.1 >= b || r.1 + super::grammar::time_len(s, r.1) >= b {
                c.counterparties.push(r);
                return (a, k);
            }
        }
    }
    (a, b)
}

/// Whether securities stand anywhere in the object at `i..`, past figures and `of` (`75
/// mln dlrs of 8-3/8 pct notes`, `400 mln dlrs in government bonds`), but not a price per
/// share: securities on sale are no commitment.
fn securities_in(s: &Sent, i: usize) -> bool {
    for j in i..s.len().min(i + 14) {
        if s.any(
            j,
            &[
                "for", "to", "at", "with", "from", "by", "because", "which", "that",
            ],
        ) || s.punct(j, ',')
            || s.punct(j, ';')
        {
            break;
        }
        if s.any(j, SECURITIES) && !(j > i && s.any(j - 1, &["a", "per", "each"])) {
            return true;
        }
    }
    false
}

/// Whether the object phrase at `i..` names something committed (an amount of money, aid,
/// a rise), looking at its first noun phrase only; a bare number is not enough (`offers 3
/// guided tours`), and securities on sale (`offer 150 mln dlrs of notes`, `offered 2.5 mln
/// shares`) are no commitment.
fn commitment_object(s: &Sent, i: usize) -> bool {
    if securities_in(s, i) {
        return false;
    }
    let mut j = i;
    let mut found = false;
    while j < s.len() && j - i < 10 {
        if s.is_punct(j) && !s.quote(j) && !s.currency(j) {
            break;
        }
        // `20 dlrs a share`: a price per unit ends the phrase
        if j > i && s.any(j, &["a", "per", "each"]) && s.any(j + 1, &["share", "unit", "note"]) {
            break;
        }
        if s.any(j, SECURITIES) {
            return false;
        }
        if (s.any(j, PREPOSITIONS) && !s.is(j, "of"))
            || s.any(j, CLAUSE_BREAKS)
            || s.any(j, AUXILIARIES)
            || (j > i && trigger(s.s(j)).is_some())
        {
            break;
        }
        // an amount of money (`$250,000`), aid, a rise, an accord
        found |= s.any(j, OFFER_OBJECTS)
            || (s.currency(j) && s.number(j + 1))
            || instrument_at(s, j) == Some(Kind::Core);
        j += 1;
    }
    found
}

/// `promise / pledge / vow / commit / assure / guarantee` + to-VP, that-clause, a clause
/// with its own subject (`pledged it would ...`) or a committed object.
fn promise(s: &Sent, t: usize, passive: bool, c: &mut Cand) -> bool {
    if passive {
        return false;
    }
    let w = s.s(t);
    let only_clauses = starts_ci(w, "commit") || starts_ci(w, "vow");
    let assure = starts_ci(w, "assur") || starts_ci(w, "guarant");
    let mut i = t + 1;
    let reflexive = s.any(i, REFLEXIVES);
    if reflexive {
        i += 1;
    }
    i = skip_adjuncts(s, i);
    // `committed to agriculture` is no promise: `commit` needs a reflexive, an auxiliary
    // (`has committed to`), a catenative before its `to` (`declined to commit to`) or a
    // verb (`committed to cutting`)
    let committed_to = reflexive
        || (t > 0
            && (s.any(t - 1, AUXILIARIES)
                || (s.is(t - 1, "to")
                    && s.is(t, "commit")
                    && s.any(t.wrapping_sub(2), CATENATIVES))))
        || (s.is(i, "to") && s.s(i + 1).ends_with("ing"))
        // `committed to invest 400 billion won`: a verb with its object
        || (s.is(i, "to")
            && s.lower(i + 1)
            && !s.any(i + 1, DETERMINERS)
            && (s.any(i + 2, DETERMINERS) || s.number(i + 2) || s.currency(i + 2)));
    if starts_ci(w, "commit") && !committed_to {
        return false;
    }
    if assure && !s.is(i, "to") && !s.is(i, "that") {
        // `assured X that ...`
        let Some(r) = np_right(s, i) else {
            return false;
        };
        if !s.is(r.1, "that") {
            return false;
        }
        c.counterparties.push(r);
        i = r.1;
    }
    // `promised voters a referendum`: a hearer, then the object
    if !only_clauses && !assure && !s.any(i, DETERMINERS) && to_vp(s, i).is_none() {
        let mut j = i;
        while j < s.len()
            && j - i < 4
            && s.word(j)
            && !s.any(j, DETERMINERS)
            && !s.any(j, PREPOSITIONS)
            && !s.any(j, CLAUSE_BREAKS)
            && !s.any(j, AUXILIARIES)
            && !s.number(j)
            && !s.any(j, &["that", "it", "they", "he", "she", "we"])
        {
            j += 1;
        }
        // the hearer: a name, a plural noun (`voters`) or an object pronoun
        let hearer = j > i
            && ((i..j).all(|k| s.cap(k))
                || (j == i + 1
                    && ((s.lower(i) && ends_ci(s.s(i), "s") && !s.ly_adverb(i))
                        || s.any(i, &["you", "them", "him", "us", "me"]))));
        if hearer && s.any(j, &["a", "an", "the"]) && clause_end(s, j) > j + 1 {
            c.counterparties.push((i, j));
            c.action = Some((j, clause_end(s, j)));
            return true;
        }
    }
    // `promised the government to surrender its weapons`
    let hearer = (to_vp(s, i).is_none() && !s.is(i, "that"))
        .then(|| np_right(s, i))
        .flatten()
        .filter(|r| r.1 - r.0 <= 6 && to_vp(s, r.1).is_some());
    if let Some(r) = hearer {
        c.counterparties.push(r);
        i = r.1;
    }
    let action = if let Some(v) = to_vp(s, i) {
        (v, clause_end(s, v))
    } else if (s.is(i, "to") && s.word(i + 1) && starts_ci(w, "commit"))
        || (s.is(i, "that") && s.word(i + 1))
    {
        (i + 1, clause_end(s, i + 1))
    } else if pronoun(s, i) && s.any(i + 1, AUXILIARIES) {
        (i, clause_end(s, i))
    } else if !only_clauses
        && !assure
        && (s.word(i) || s.currency(i))
        && (commitment_object(s, i) || (s.any(i, ARTICLES) && !s.any(i, &["no"])))
        // `pledged his allegiance`: loyalty, not a commitment to act
        && !(i..i + 3).any(|k| s.any(k, &["allegiance", "loyalty", "fealty"]))
    {
        let r = (i, clause_end(s, i));
        recipient(s, r, c)
    } else {
        return false;
    };
    let forecast = starts_ci(w, "promis") && s.any(action.0, &["be", "become"]);
    if action.1 <= action.0 || threat(s, action) || forecast {
        return false;
    }
    let Some(m) = (action.0..action.1.min(action.0 + 8)).find(|&k| s.any(k, FUTURE)) else {
        if assure {
            return false; // `assured the crowd that he doesn't ...`: a claim, not a promise
        }
        c.action = Some(action);
        return true;
    };
    // `assure a family that things are going to be okay`: a state foretold, no act
    let v = if s.is(m + 1, "to") { m + 2 } else { m + 1 };
    let state = s.any(v, &["be", "become"])
        && s.any(
            v + 1,
            &[
                "okay",
                "ok",
                "fine",
                "safe",
                "better",
                "good",
                "great",
                "well",
                "alright",
                "all",
                "happy",
                "sure",
                "successful",
                "stable",
                "strong",
            ],
        );
    if assure && state {
        return false;
    }
    c.action = Some(action);
    true
}

/// `offer / propose` + to-VP, a that-clause, a dative (`offered the union a rise`) or a
/// committed object.
fn offer(s: &Sent, t: usize, passive: bool, reduced: bool, first: usize, c: &mut Cand) -> bool {
    if passive {
        // `a plan offered by Rep. X`: an act only with its author named
        let Some((inst, _)) = instrument_before(s, t, reduced, first, CORE_OFFER) else {
            return false;
        };
        let i = skip_adjuncts(s, t + 1);
        if !s.is(i, "by") {
            return false;
        }
        c.instrument = Some(inst.range);
        complements(s, i, c, false);
        return !c.parties.is_empty();
    }
    let i = skip_adjuncts(s, t + 1);
    if let Some(v) = to_vp(s, i) {
        c.action = Some((v, clause_end(s, v)));
        return true;
    }
    if s.is(i, "that") && s.word(i + 1) {
        c.action = Some((i + 1, clause_end(s, i + 1)));
        return true;
    }
    // dative: a short noun phrase, then a determiner or number opening the object (not
    // an indefinite quantity: `an additional $2 billion`)
    let mut j = i;
    let indefinite = s.any(j, &["a", "an"]);
    if s.any(j, DETERMINERS) {
        j += 1;
    } else if partitive(s, j) {
        j += 3; // `offered one of the officials a job`
    }
    let head = j;
    while j < s.len()
        && j - head < 4
        && s.word(j)
        && !s.any(j, DETERMINERS)
        && !s.any(j, PREPOSITIONS)
        && !s.any(j, CLAUSE_BREAKS)
        && !s.any(j, AUXILIARIES)
        && !s.number(j)
        && !s.any(j, CARDINALS)
    {
        j += 1;
    }
    // (`offered Portugal two water bombers`: to a named side, any object but securities)
    let named = j > head && s.proper(head) && (head..j).all(|k| s.cap(k)) && !s.any(i, DETERMINERS);
    if j > head
        && !indefinite
        && (s.any(j, DETERMINERS) || s.number(j) || s.currency(j) || named && s.any(j, CARDINALS))
        && (commitment_object(s, j) || named && !securities_in(s, j))
    {
        c.counterparties.push((i, j));
        c.action = Some((j, clause_end(s, j)));
        return true;
    }
    // `offered Canadian firms access to ...`, `offered Okinawa additional funds`: a
    // recipient, then a bare object that commits something
    if let Some(j) = bare_recipient(s, i).filter(|&j| commitment_object(s, j)) {
        c.counterparties.push((i, j));
        c.action = Some((j, clause_end(s, j)));
        return true;
    }
    let propose = starts_ci(s.s(t), "propos");
    // `proposed a peace plan`: a proposal puts an offer as well as an agreement
    let kinds = if propose { CORE_OFFER } else { CORE };
    if let Some(inst) = object_instrument(s, i, kinds).filter(|x| x.range.0 == i) {
        c.instrument = Some(inst.range);
        complements(s, inst.range.1, c, true);
        return true;
    }
    // `proposed creating a joint database`, `proposed a one-off payment`: an act or a
    // commitment put to the other side
    let proposal = propose
        && (proposed_act(s, i)
            || noun_phrase(s, i)
                && ((i..clause_end(s, i).min(i + 6)).any(|k| s.any(k, PROPOSALS))
                    || commitment_object(s, i)));
    // an offer commits something (`offered a 4 pct rise`); a proposal puts something to
    // another side (`proposed talks`), not a dividend or a policy
    let committed = if propose {
        proposal
    } else {
        commitment_object(s, i)
    };
    if (s.word(i) || s.currency(i)) && committed {
        // `proposed the talks last week`
        let r = trim_bare_time_tail(s, (i, clause_end(s, i)));
        c.action = Some(recipient(s, r, c));
        return true;
    }
    false
}

/// Whether a gerund that opens a verb phrase stands at `i` (`creating`, `holding`), as the
/// object of `propose`; not a noun in `-ing` (`nothing`, `funding`, `spring`).
fn proposed_act(s: &Sent, i: usize) -> bool {
    let w = s.s(i);
    s.lower(i)
        && w.len() > 5
        && ends_ci(w, "ing")
        && !s.any(i, ING_NOUNS)
        && (s.any(i + 1, DETERMINERS) || s.lower(i + 1) && s.word(i + 1))
}

/// Whether a partitive opens at `i`: a quantity, `of` and a determiner (`one of the
/// officials`, `each of its suppliers`).
fn partitive(s: &Sent, i: usize) -> bool {
    s.any(
        i,
        &[
            "one", "some", "each", "several", "many", "two", "three", "all", "both",
        ],
    ) && s.is(i + 1, "of")
        && s.any(i + 2, DETERMINERS)
}

/// The end of a recipient noun phrase at `i` followed by a bare lower-case object: a run of
/// names (`Okinawa`, `the Palestinians`), or names and a plural noun (`Canadian firms`);
/// the recipient holds no word of an object.
fn bare_recipient(s: &Sent, i: usize) -> Option<usize> {
    let mut j = i;
    let det = s.any(j, &["the", "its", "their", "his", "her"]);
    if det {
        j += 1;
    }
    let names = j;
    while j < s.len() && j - names < 4 && s.word(j) && s.cap(j) && !s.any(j, PRONOUNS) {
        j += 1;
    }
    let plural = |k: usize| {
        s.lower(k)
            && ends_ci(s.s(k), "s")
            && s.s(k).len() > 3
            && !s.ly_adverb(k)
            && !s.any(k, OFFER_OBJECTS)
            && !s.any(k, PREPOSITIONS)
    };
    if j == names {
        return None;
    }
    if plural(j) {
        j += 1;
    }
    let opens = s.lower(j)
        && s.word(j)
        && !s.any(j, DETERMINERS)
        && !s.any(j, PREPOSITIONS)
        && !s.any(j, CLAUSE_BREAKS)
        && !s.any(j, AUXILIARIES)
        && !s.is(j, "to");
    (opens && j > i && !(i..j).any(|k| s.any(k, OFFER_OBJECTS) || s.any(k, SECURITIES)))
        .then_some(j)
}

/// Whether a noun phrase opens at `i` (a determiner, or a lower-case word that is no
/// preposition, conjunction or verb of saying).
fn noun_phrase(s: &Sent, i: usize) -> bool {
    s.any(i, DETERMINERS)
        || (s.lower(i)
            && !s.any(i, PREPOSITIONS)
            && !s.any(i, CLAUSE_BREAKS)
            && !s.any(i, AUXILIARIES)
            && !s.any(i, REPORT_VERBS))
}

/// `sign / conclude / reach / strike` + an instrument, active or passive.
fn settle(
    s: &Sent,
    t: usize,
    passive: bool,
    reduced: bool,
    first: usize,
    kinds: &[Kind],
    c: &mut Cand,
) -> bool {
    if passive {
        // `The documents were signed in Beijing by A and B`: papers signed by named sides
        let by_named = || {
            let b = skip_adjuncts(s, t + 1);
            s.is(b, "by") && s.cap(b + 1)
        };
        let Some((inst, action)) = instrument_before(s, t, reduced, first, kinds).or_else(|| {
            (kinds == SIGNABLE && by_named())
                .then(|| instrument_before(s, t, reduced, first, SIGNED_PAPERS))
                .flatten()
        }) else {
            return false;
        };
        // `declined to say whether the treaty would be signed`: a question, no act
        if (inst.range.0.saturating_sub(2)..inst.range.0).any(|k| s.any(k, &["whether", "if"])) {
            return false;
        }
        c.instrument = Some(inst.range);
        c.action = action;
        complements(s, t + 1, c, true);
        // `an accord between Chile and Peru was signed`
        if c.parties.is_empty() && s.is(inst.range.1, "between") && inst.range.1 < t {
            if let Some(r) = np_right(s, inst.range.1 + 1).filter(|r| r.1 <= t) {
                c.add_parties(s, r);
            }
        }
        return true;
    }
    let mut i = skip_adjuncts(s, t + 1);
    // particles: `signed on to the treaty`, `hammered out a deal`, `came to an agreement`
    let come = starts_ci(s.s(t), "c") && s.s(t).len() <= 5;
    if come {
        if !s.is(i, "to") {
            return false;
        }
        i += 1;
    } else if s.is(i, "on") && s.is(i + 1, "to") {
        i += 2;
    } else if s.any(i, &["onto", "out", "up"]) {
        i += 1;
    }
    // `Kwasniewski and Havel signed the preparatory documents`: papers signed by two or
    // more named sides (not `Smith signed the documents at the bank`)
    let named_signers = || {
        kinds == SIGNABLE && first > 0 && s.proper(first - 1) && {
            let (a, _) = region_back(s, first).unwrap_or((first, first));
            (a..first).any(|k| s.is(k, "and"))
                && (a..first).all(|k| !s.word(k) || s.cap(k) || s.any(k, &["and", "of"]))
        }
    };
    let Some(mut inst) = object_instrument(s, i, kinds)
        .or_else(|| {
            named_signers()
                .then(|| object_instrument(s, i, SIGNED_PAPERS))
                .flatten()
                .filter(|x| x.range.0 == i)
        })
        .or_else(|| gap_instrument(s, t + 1, first, kinds))
        .or_else(|| came_to_terms(s, i, come))
    else {
        return signed_for(s, t, i);
    };
    // `The report concluded the agreement was illegal`: a complement clause, no object
    if finite_after(s, inst.range.1) {
        return false;
    }
    // `reached agreement on a 15-year contract`: the contract is the instrument (not after
    // an agreement with its determiner: `an implementing arrangement for the accord`)
    if s.any(inst.range.1, &["on", "for"]) && !s.any(inst.range.0, DETERMINERS) {
        if let Some(inner) =
            object_instrument(s, inst.range.1 + 1, CORE).filter(|x| x.range.0 == inst.range.1 + 1)
        {
            inst = inner;
        }
    }
    c.instrument = Some(inst.range);
    complements(s, inst.range.1, c, true);
    true
}

/// `X, who signed for Lisbon, said ...`, `signed on behalf of the state`: a signing whose
/// instrument was named before, told by the side the signer stands for (at `i`).
fn signed_for(s: &Sent, t: usize, i: usize) -> bool {
    starts_ci(s.s(t), "sign")
        && (s.is(i, "for") && s.cap(i + 1) && !s.any(i + 1, DETERMINERS)
            || s.is(i, "on") && s.is(i + 1, "behalf") && s.is(i + 2, "of"))
}

/// `came to terms` (with a named side, not `came to terms with his loss`): terms reached,
/// where `terms` alone is an offer's.
fn came_to_terms(s: &Sent, i: usize, come: bool) -> Option<Instrument> {
    let named = !s.is(i + 1, "with") || s.cap(i + 2);
    (come && s.is(i, "terms") && named).then_some(Instrument {
        range: (i, i + 1),
        head: i,
        kind: Kind::Core,
    })
}

/// Whether a finite verb stands at `i`, right after a would-be object: the noun phrase is
/// the subject of a complement clause (`concluded the deal was void`, `accepted the offer
/// would fail`).
fn finite_after(s: &Sent, i: usize) -> bool {
    s.any(
        i,
        &[
            "is", "was", "were", "are", "had", "has", "have", "would", "will", "could", "can",
            "may", "might", "must", "should", "shall", "did", "does", "remains", "remained",
        ],
    ) || negated_word(s, i)
}

/// `made a proposal / an offer / a pledge / agreements`.
fn make(s: &Sent, t: usize, passive: bool, reduced: bool, first: usize, c: &mut Cand) -> bool {
    let inst = if passive {
        instrument_before(s, t, reduced, first, MADE).map(|(i, _)| i)
    } else {
        object_instrument(s, t + 1, MADE).filter(|x| {
            x.range.0 == t + 1 && (s.any(t + 1, DETERMINERS) || x.head == t + 1 || s.number(t + 1))
        })
    };
    // `made a plan to flee`: a plan of one's own is no offer to anyone; `every promise
    // made on the campaign trail`: promises in general, no act
    let generic = |x: &Instrument| s.any(x.range.0, &["every", "each", "any"]);
    // `presented the proposal`, `submitted a bid`: only an offer is put forward so
    let w = s.s(t);
    let put = starts_ci(w, "present") || starts_ci(w, "submit");
    let Some(inst) = inst.filter(|x| {
        !s.any(x.head, &["plan", "plans"]) && !generic(x) && (!put || x.kind == Kind::Offer)
    }) else {
        return false;
    };
    c.status = match inst.kind {
        Kind::Offer if starts_ci(s.s(inst.head), "propos") => Status::Proposed,
        Kind::Offer => Status::Offered,
        Kind::Pledge => Status::Promised,
        _ => Status::Agreed,
    };
    c.instrument = Some(inst.range);
    complements(s, if passive { t + 1 } else { inst.range.1 }, c, !passive);
    // `made arrangements for the shipment`: arrangements are an agreement only with
    // someone (`with its creditors`) or to do something
    let arranged = s.any(inst.head, &["arrangement", "arrangements"]);
    if arranged && c.counterparties.is_empty() && c.action.is_none() {
        return false;
    }
    true
}

/// `ratify / approve` + an instrument, or what is ratified (`ratify NATO expansion`).
fn ratify(s: &Sent, t: usize, passive: bool, reduced: bool, first: usize, c: &mut Cand) -> bool {
    if passive {
        // `the treaty was ratified`, `the offer was approved by shareholders`; not `the
        // plan was approved` (a plan is no instrument a body ratifies)
        let Some((inst, _)) = instrument_before(s, t, reduced, first, ANY)
            .filter(|(x, _)| !s.any(x.head, &["plan", "plans"]))
        else {
            return false;
        };
        c.instrument = Some(inst.range);
        complements(s, t + 1, c, false);
        return true;
    }
    let i = t + 1;
    if let Some(inst) = object_instrument(s, i, SIGNABLE).filter(|x| x.range.0 <= i + 1) {
        c.instrument = Some(inst.range);
        // `ratified an agreement with the United States` (but `the free trade agreement
        // with Canada` is the accord's name)
        if s.any(inst.range.0, &["a", "an"]) {
            complements(s, inst.range.1, c, false);
        }
        return true;
    }
    if !s.word(i) || s.any(i, PREPOSITIONS) {
        return false;
    }
    let e = clause_end(s, i);
    if e <= i {
        return false;
    }
    // a body approves an accord, a merger or a membership of an organisation; not a
    // dividend, a budget, a plan or a sale
    // (ratifying, likewise: `ratified the appointment of auditors` is no agreement act;
    // but `have ratified it` stands for the accord named before)
    let pronoun_object = starts_ci(s.s(t), "ratif") && s.any(i, &["it", "them"]);
    if !pronoun_object
        && !(i..e.min(i + 8)).any(|k| s.any(k, APPROVE_OBJECTS))
        && !membership(s, (i, e.min(i + 8)))
    {
        return false;
    }
    c.action = Some(trim_time_tail(s, (i, e)));
    true
}

/// `reject / refuse / decline` + an offer or instrument, or `refused to sign X`.
fn reject(s: &Sent, t: usize, passive: bool, reduced: bool, first: usize, c: &mut Cand) -> bool {
    if passive {
        return instrument_before(s, t, reduced, first, CORE_OFFER).is_some_and(|(inst, _)| {
            c.instrument = Some(inst.range);
            complements(s, t + 1, c, false);
            true
        });
    }
    let mut i = skip_adjuncts(s, t + 1);
    // `turned down the offer`, `ruled out a truce`: the particle must follow
    let particle = if starts_ci(s.s(t), "turn") {
        Some("down")
    } else if starts_ci(s.s(t), "rul") {
        Some("out")
    } else {
        None
    };
    if let Some(p) = particle {
        if !s.is(i, p) {
            return false;
        }
        i += 1;
    }
    if s.is(i, "to") && s.any(i + 1, INNER_ACTS) {
        // `refused to commit to the deal`
        let o = if s.is(i + 1, "commit") && s.is(i + 2, "to") {
            i + 3
        } else {
            i + 2
        };
        let Some(inner) = object_instrument(s, o, ANY) else {
            return false;
        };
        c.instrument = Some(inner.range);
        c.cover = Some((i, inner.range.1));
        return true;
    }
    // (`an offer that Aragaki turned down last month`: the gap stands after the particle)
    let after = if particle.is_some() { i } else { t + 1 };
    object_instrument(s, i, CORE_OFFER)
        .or_else(|| gap_instrument(s, after, first, CORE_OFFER))
        .or_else(|| rejected_matter(s, i))
        .filter(|inst| !finite_after(s, inst.range.1))
        .is_some_and(|inst| {
            c.instrument = Some(inst.range);
            offerer(s, &inst, c);
            true
        })
}

/// `rejected the reform`, `rejected a motion to delay ...`, `rejected a Bolivian request for
/// ...`: a matter put to the rejecting side that is no instrument noun. A request counts
/// only as a state's (a nationality before it: not `a media request`, `TWA's request`),
/// an approach only as a named side's (`a takeover approach from X`).
fn rejected_matter(s: &Sent, i: usize) -> Option<Instrument> {
    let ((a, b), h) = object_with_head(s, i, REJECTED_MATTERS)?;
    let request = s.any(h, REQUESTS);
    let national = h > a && nationality(s, h - 1);
    let named = national
        || (a..h).any(|k| s.cap(k) && !s.any(k, DETERMINERS))
        || (s.any(b, &["from", "by"]) && (b + 1..s.len().min(b + 4)).any(|k| s.cap(k)));
    if (request && !national) || (s.is(h, "approach") && !named) {
        return None;
    }
    // `a Japanese request to raise the quota`: what a request asks is part of it
    let b = match to_vp(s, b) {
        Some(v) if request => clause_end(s, v),
        _ => b,
    };
    Some(Instrument {
        range: (a, b),
        head: h,
        kind: Kind::Offer,
    })
}

/// Whether the word at `k` is an adjective of nationality (`Bolivian`, `JAPANESE`, `Danish`,
/// `Dutch`, `Iraqi`): a capitalised word with one of their endings, no possessive.
fn nationality(s: &Sent, k: usize) -> bool {
    let w = s.s(k);
    s.cap(k)
        && w.len() > 3
        && !s.possessive(k)
        && ["an", "ese", "ish", "ch", "i"]
            .iter()
            .any(|e| ends_ci(w, e))
}

/// Whether the word at `k` can open or modify a noun phrase before its head: a determiner,
/// a number, an adjective of offers (`rival`, `latest`), a name or a possessive (`a
/// European Union offer`, `Hydro-Québec's latest offer`).
fn premodifier(s: &Sent, k: usize) -> bool {
    s.any(k, DETERMINERS)
        || s.number(k)
        || NUMBERS.iter().any(|&(w, _)| s.is(k, w))
        || s.any(k, NOMINAL_ADJECTIVES)
        || (s.cap(k) && !s.any(k, PRONOUNS))
        || s.possessive(k)
}

/// `rejected South Korea's offer`, `turned down a rival offer`: whether the noun phrase
/// opening at `start` is the object of a rejection (the offer is then that act's
/// instrument, not an act of its own).
fn rejected_object(s: &Sent, start: usize) -> bool {
    let mut k = start;
    while k > 0 && start - k < 6 && premodifier(s, k - 1) {
        k -= 1;
    }
    let Some(mut v) = k.checked_sub(1) else {
        return false;
    };
    if v > 0 && s.any(v, &["down", "out"]) {
        v -= 1; // `turned down`, `ruled out`
    }
    trigger(s.s(v)).is_some_and(|x| x.frame == Frame::Reject && x.form != Form::Noun)
}

/// `urged X to sign Y`: a proposal to X.
fn urge(s: &Sent, t: usize, c: &mut Cand) -> bool {
    let Some(r) = np_right(s, t + 1) else {
        return false;
    };
    if !(s.is(r.1, "to") && s.any(r.1 + 1, INNER_ACTS)) {
        return false;
    }
    c.counterparties.push(r);
    let Some(inner) = object_instrument(s, r.1 + 2, SIGNABLE) else {
        return false;
    };
    c.instrument = Some(inner.range);
    c.cover = Some((r.1, inner.range.1));
    true
}

/// `gave its go-ahead / approval / assent / consent / the green light to X`, where X is an
/// instrument (`to the treaty`) or a membership (`to NATO enlargement`).
fn give(s: &Sent, t: usize, c: &mut Cand) -> bool {
    if !s.any(t + 1, DETERMINERS) {
        return false;
    }
    let i = if s.any(t + 2, APPROVALS) {
        t + 3
    } else if s.is(t + 2, "green") && s.is(t + 3, "light") {
        t + 4
    } else {
        return false;
    };
    if !s.any(i, &["to", "for"]) {
        // `The ratification of NATO enlargement concluded after the Netherlands gave its
        // go-ahead`: what is approved was named before it in the sentence
        // (read back a window's length at most, so that a run of approvals stays linear)
        let lo = t.saturating_sub(WINDOW);
        return !s.word(i) && (membership(s, (lo, t)) || (lo..t).any(|k| s.any(k, ACCESSIONS)));
    }
    if let Some(inst) = object_instrument(s, i + 1, CORE).filter(|x| x.range.0 == i + 1) {
        c.instrument = Some(inst.range);
        return true;
    }
    let e = clause_end(s, i + 1);
    if e <= i + 1 || !membership(s, (i + 1, e.min(i + 10))) {
        return false;
    }
    c.action = Some(trim_time_tail(s, (i + 1, e)));
    true
}

/// Whether a phrase names a membership of an organisation (`their joining the alliance`,
/// `NATO expansion`, `Poland's entry into the EU`): an accession noun with a name or an
/// organisation noun right before it or after it.
pub(crate) fn membership(s: &Sent, (a, b): Range) -> bool {
    let Some(k) = (a..b).find(|&k| s.any(k, ACCESSIONS)) else {
        return false;
    };
    let named_before = k > a
        && s.cap(k - 1)
        && !s.any(k - 1, DETERMINERS)
        && !s.possessive(k - 1)
        && !pronoun(s, k - 1);
    let org_after = (k + 1..b).any(|j| {
        s.any(j, MEMBER_BODIES)
            || (s.word(j) && s.s(j).len() >= 2 && s.s(j).chars().all(|ch| ch.is_ascii_uppercase()))
    });
    named_before || org_after
}

/// Whether `word` starts with `prefix` (ASCII case-insensitive), without allocating.
pub(crate) fn starts_ci(word: &str, prefix: &str) -> bool {
    word.len() >= prefix.len()
        && word.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Whether `word` ends with `suffix` (ASCII case-insensitive), without allocating.
pub(crate) fn ends_ci(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The head of a party's mention: its last word (without a possessive).
fn head_of(s: &Sent, (a, b): Range) -> Option<usize> {
    (a..b).rev().find(|&k| s.word(k))
}

/// Whether a party is a thing that cannot commit itself (`the report`, `the law`).
fn inanimate(s: &Sent, r: Range) -> bool {
    head_of(s, r).is_some_and(|h| s.lower(h) && s.any(h, INANIMATES))
}

/// Whether a party can give a guarantee: a name, a pronoun, a body or an organisation, or
/// a person's role (`the minister`).
fn agent(s: &Sent, r: Range) -> bool {
    let Some(h) = head_of(s, r) else {
        return false;
    };
    s.cap(h)
        || pronoun(s, h)
        || s.any(h, BODIES)
        || s.any(h, ORG_HEADS)
        || s.any(h, AGENTS)
        || (r.0..r.1).any(|k| s.proper(k))
}

/// Whether a party is a body, a state or a named organisation: a body noun
/// (`parliament`, `the board`), a capitalised name past its determiner, or a pronoun.
fn agentive_body(s: &Sent, p: &Party) -> bool {
    let (a, b) = p.named_by.unwrap_or(p.range);
    (a..b).any(|i| s.any(i, BODIES) || (s.cap(i) && !s.any(i, DETERMINERS)))
        || (b == a + 1 && pronoun(s, a))
}

/// `voted in favour of X` (or `voted against X`, a rejection), where X is an instrument
/// (`the treaty`, `the peace accord`) or its ratification: a vote for a bill, a provision
/// or a policy is no agreement act.
fn vote(s: &Sent, t: usize, c: &mut Cand) -> bool {
    let mut i = if s.is(t + 1, "in") && s.any(t + 2, &["favor", "favour"]) && s.is(t + 3, "of") {
        t + 4
    } else if s.is(t + 1, "against") {
        c.status = Status::Rejected;
        t + 2
    } else {
        return false;
    };
    // `in favour of ratifying the treaty`, `of the ratification of the accord`
    let lead = object_instrument(s, i, CORE).is_none()
        && (i..s.len().min(i + 4)).any(|k| s.any(k, &["ratifying", "ratification", "approving"]));
    if lead {
        let Some(k) = (i..s.len().min(i + 4)).find(|&k| s.any(k, &["ratifying", "of"])) else {
            return false;
        };
        i = k + 1;
    }
    let Some(inst) = object_instrument(s, i, CORE) else {
        return false;
    };
    c.instrument = Some(inst.range);
    true
}

/// A noun trigger with a named party: `X's offer`, `an offer from/by X`, `a Japanese
/// proposal`, `the signing of the MOU by X and Y`.
fn nominal_act(s: &Sent, t: usize, trig: Trigger) -> Option<Cand> {
    let mut c = Cand::new(t, trig.status);
    c.nominal = true;
    let signing = trig.frame == Frame::Sign;
    // a noun trigger capitalised inside a sentence is part of a name or a headline
    if s.proper(t) && t > 0 && s.word(t - 1) {
        return None;
    }
    // premodifiers: `Japan's offer`, `a Japanese proposal`, `the cease-fire offer`
    // (in copy set in capitals a capital says nothing)
    let caps = !s.s(t).chars().any(char::is_lowercase);
    let mut k = t;
    let mut run_end = None;
    while k > 0 && t - k < 6 {
        let p = k - 1;
        if s.possessive(p) {
            let mut a = p;
            while a > 0
                && p - a < 5
                && (s.cap(a - 1) || (s.is(a - 1, "of") && s.cap(a.wrapping_sub(2))))
            {
                a -= 1;
            }
            if s.cap(a) {
                c.parties.push(Party {
                    range: (a, p + 1),
                    named_by: None,
                });
            }
            break;
        }
        if instrument_at(s, p) == Some(Kind::Core) {
            c.instrument.get_or_insert((p, p + 1));
        } else if s.cap(p)
            && !caps
            && p > 0
            && !s.quote(p - 1)
            && !s.any(p, DETERMINERS)
            && !s.any(p, TIME_WORDS)
        {
            run_end.get_or_insert(p + 1);
        } else if s.any(p, NOMINAL_ADJECTIVES) && run_end.is_none() {
            // `rival offer`, `new proposal`
        } else {
            break;
        }
        k = p;
    }
    if let Some(e) = run_end {
        let a = (k..e).find(|&i| s.cap(i)).unwrap_or(k);
        // `a Japanese proposal`, `- U.S. Department proposals`; not `the potential India offers`
        let opened = a == 0
            || !s.word(a - 1)
            || s.any(a - 1, DETERMINERS)
            || s.any(a - 1, PREPOSITIONS)
            || s.any(a - 1, NOMINAL_ADJECTIVES);
        if opened && c.parties.is_empty() && !(a..e).any(|i| s.any(i, BODIES) && s.lower(i)) {
            c.parties.push(Party {
                range: (a, e),
                named_by: None,
            });
        }
    }
    let mut i = t + 1;
    if signing {
        if !s.is(i, "of") {
            return None;
        }
        let inst = object_instrument(s, i + 1, SIGNABLE)?;
        c.instrument = Some(inst.range);
        i = inst.range.1;
        c.parties.clear();
    }
    if s.any(i, &["by", "from"]) {
        if let Some(r) = np_right(s, i + 1) {
            c.add_parties(s, r);
            i = r.1;
        }
    }
    if c.parties.is_empty() {
        return None;
    }
    if s.is(i, "to") && verbish(s, i + 1) && !signing {
        let mut a = (i + 1, clause_end(s, i + 1));
        if threat(s, a) {
            return None;
        }
        // `Japan's offer to host the talks was welcomed`: the act opens the clause, so a
        // finite verb after it is the clause's own, not part of the offered action
        let opens = c
            .parties
            .iter()
            .map(|p| p.range.0)
            .chain([k])
            .min()
            .unwrap_or(k);
        let opens = if opens > 0 && s.any(opens - 1, DETERMINERS) {
            opens - 1
        } else {
            opens
        };
        if opens == 0 || !s.word(opens - 1) {
            if let Some(v) = (a.0 + 1..a.1).find(|&v| finite_after(s, v)) {
                a.1 = v;
            }
        }
        c.action = Some(a);
    }
    Some(c)
}
