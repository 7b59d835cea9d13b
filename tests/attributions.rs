//! Quotes, attributions and entities on fixture articles written for these tests.

use newswire::{AttributionKind, QuoteKind, parse};

/// (kind, content, source text, source name, cue) of each attribution.
type Row = (
    AttributionKind,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn rows(text: &str) -> Vec<Row> {
    parse(text)
        .attributions
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

fn find<'r>(rows: &'r [Row], content_start: &str) -> &'r Row {
    rows.iter()
        .find(|r| r.1.starts_with(content_start))
        .unwrap_or_else(|| panic!("no attribution starting {content_start:?} in {rows:#?}"))
}

/// The source text of the attribution whose content starts with `content_start`.
fn source_of<'r>(rows: &'r [Row], content_start: &str) -> Option<&'r str> {
    find(rows, content_start).2.as_deref()
}

/// The content of the attribution whose content starts with `content_start`.
fn content_of<'r>(rows: &'r [Row], content_start: &str) -> &'r str {
    &find(rows, content_start).1
}

// ---------- 1. quotes ----------

const MARKS: &str = "\
LYON, France — Workers at the plant walked out on Tuesday.

«Nous ne reculerons pas,» said union leader Claire Dubois.

„Wir bleiben hier“, sagte der Betriebsrat Jonas Keller.

``We have not been paid since March,'' said machinist Omar Haddad.

\"The management says 'wait,' and we have waited,\" said Dubois.";

#[test]
fn quotes_of_every_mark_style() {
    let a = parse(MARKS);
    let contents: Vec<&str> = a.quotes.iter().map(|q| &*q.content.text).collect();
    assert_eq!(
        contents,
        [
            "Nous ne reculerons pas,",
            "Wir bleiben hier",
            "We have not been paid since March,",
            "The management says 'wait,' and we have waited,",
            "wait,",
        ]
    );
    assert!(a.quotes.iter().all(|q| !q.unclosed));
    let r = rows(MARKS);
    assert_eq!(find(&r, "Nous").3.as_deref(), Some("Claire Dubois"));
    assert_eq!(find(&r, "We have not").3.as_deref(), Some("Omar Haddad"));
    let last = find(&r, "The management");
    assert_eq!(last.0, AttributionKind::Direct);
    assert_eq!(last.3.as_deref(), Some("Claire Dubois"));
}

const NESTED: &str = "\
The letter was read aloud in court.

“The order told us plainly, ‘Leave the building now.’” said the caretaker, Ruth Mensah.";

#[test]
fn single_inside_double_with_adjacent_closers() {
    let a = parse(NESTED);
    assert_eq!(a.quotes.len(), 2);
    assert_eq!(
        a.quotes[0].content.text,
        "The order told us plainly, ‘Leave the building now.’"
    );
    assert_eq!(a.quotes[1].content.text, "Leave the building now.");
    // Only the outer quotation is a statement.
    assert_eq!(a.attributions.len(), 1);
    assert_eq!(a.attributions[0].quotes, [0]);
}

const RUNNING: &str = "\
OTTAWA — The finance minister opened the budget debate with a warning.

“We cannot spend what we do not have. The deficit has doubled in four years.

“Every household knows this rule, and so must the government,” Finance Minister Laura Chen said.

The opposition called the speech “a lecture.”";

#[test]
fn quotation_over_paragraphs_is_one_statement() {
    let a = parse(RUNNING);
    let q = &a.quotes[0];
    assert_eq!(q.pieces.len(), 2);
    assert_eq!(
        q.pieces[0].text,
        "We cannot spend what we do not have. The deficit has doubled in four years."
    );
    assert!(!q.unclosed);
    let r = rows(RUNNING);
    let s = find(&r, "We cannot spend");
    assert!(s.1.ends_with("so must the government,"));
    assert_eq!(s.3.as_deref(), Some("Laura Chen"));
    // One statement, with a part per paragraph.
    let at = &a.attributions[0];
    assert_eq!(at.parts.len(), 2);
    assert_eq!(
        at.parts[1].text,
        "Every household knows this rule, and so must the government,"
    );
    // The term in marks is no statement.
    assert_eq!(a.quotes[1].kind, QuoteKind::Term);
    assert!(!r.iter().any(|r| r.1 == "a lecture."));
}

const INTERRUPTED: &str = "\
KABUL — A blast shook the market on Friday.

“It was a bomb,” said shopkeeper Ahmad Rahimi. “You can see the crater from here.”";

#[test]
fn interrupted_quotation_is_one_statement_with_parts() {
    let a = parse(INTERRUPTED);
    assert_eq!(a.attributions.len(), 1);
    let at = &a.attributions[0];
    assert_eq!(at.kind, AttributionKind::Direct);
    assert_eq!(at.parts.len(), 2);
    assert_eq!(at.parts[0].text, "It was a bomb,");
    assert_eq!(at.parts[1].text, "You can see the crater from here.");
    assert_eq!(at.quotes, [0, 1]);
    assert_eq!(
        at.source.as_ref().unwrap().name.as_deref(),
        Some("Ahmad Rahimi")
    );
}

const UNBALANCED: &str = "\
The mayor said “the bridge will reopen by spring.

Engineers disagreed. “It needs a new deck,” said inspector Tom Berg.

“We will see,” Berg said.";

#[test]
fn unbalanced_mark_does_not_derail_the_article() {
    let a = parse(UNBALANCED);
    assert!(a.quotes[0].unclosed);
    assert_eq!(
        a.quotes[0].content.text,
        "the bridge will reopen by spring."
    );
    let r = rows(UNBALANCED);
    assert_eq!(
        find(&r, "It needs a new deck").3.as_deref(),
        Some("Tom Berg")
    );
    assert_eq!(find(&r, "We will see").3.as_deref(), Some("Tom Berg"));
}

const TERMS: &str = "\
Analysts spoke of a \"Haley effect\" after the debate. The candidate, nicknamed \"the Closer,\" once appeared on \"The Apprentice\".";

#[test]
fn scare_quotes_titles_and_nicknames_are_terms() {
    let a = parse(TERMS);
    assert_eq!(a.quotes.len(), 3);
    assert!(a.quotes.iter().all(|q| q.kind == QuoteKind::Term));
    // No term is a direct quotation: `spoke of` reports the analysts' topic, the term
    // quoted inside it.
    assert_eq!(a.attributions.len(), 1);
    let topic = &a.attributions[0];
    assert_ne!(topic.kind, AttributionKind::Direct);
    assert!(topic.content.text.starts_with("a \"Haley effect\""));
    assert_eq!(topic.source.as_ref().map(|s| &*s.text), Some("Analysts"));
}

#[test]
fn a_title_in_title_case_is_a_term_even_when_long_or_closed_by_a_full_stop() {
    let a = parse(
        "The film opened in 40 cinemas as \"The Ferryman Who Would Not Sink.\" Critics \
         loved \"Orange is the New Black\" too. \"What a Super Tuesday!\" she said. \
         \"The Donald. Big Daddy,\" she said.",
    );
    let kinds: Vec<_> = a.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            QuoteKind::Term,
            QuoteKind::Term,
            QuoteKind::Speech,
            QuoteKind::Speech
        ],
        "{:#?}",
        a.quotes
    );
    assert!(
        a.attributions
            .iter()
            .all(|r| !r.content.text.starts_with("The Ferryman")),
        "{:#?}",
        a.attributions
    );
}

// ---------- 2. attributions ----------

const FRAMES: &str = "\
NAIROBI, Kenya — Flooding displaced thousands of families this week.

“The water came in the night,” Grace Wanjiru said.

“We lost everything,” said her neighbour Peter Otieno.

Interior Minister David Mwangi said: “Help is on the way.”

The Red Cross said, “Our teams are on the ground.”";

#[test]
fn direct_frames_before_and_after() {
    let r = rows(FRAMES);
    let a = find(&r, "The water came");
    assert_eq!(
        (a.2.as_deref(), a.4.as_deref()),
        (Some("Grace Wanjiru"), Some("said"))
    );
    let b = find(&r, "We lost everything");
    assert_eq!(b.3.as_deref(), Some("Peter Otieno"));
    let c = find(&r, "Help is on the way");
    assert_eq!(c.3.as_deref(), Some("David Mwangi"));
    let d = find(&r, "Our teams");
    assert_eq!(d.2.as_deref(), Some("The Red Cross"));
    assert!(r.iter().all(|r| r.0 == AttributionKind::Direct));
}

const INDIRECT: &str = "\
Police Chief Maria Santos said that the suspect had been arrested at the border. She told reporters the investigation would take weeks. Santos warned residents to stay away from the area.

The road will stay closed until Monday, according to the transport ministry. According to witnesses, the car was speeding.";

#[test]
fn indirect_statements() {
    let r = rows(INDIRECT);
    let a = find(&r, "that the suspect had been arrested");
    assert_eq!(a.0, AttributionKind::Indirect);
    assert_eq!(a.1, "that the suspect had been arrested at the border");
    assert_eq!(a.3.as_deref(), Some("Maria Santos"));
    let b = find(&r, "the investigation would take weeks");
    assert_eq!(
        (b.2.as_deref(), b.3.as_deref()),
        (Some("She"), Some("Maria Santos"))
    );
    assert_eq!(b.4.as_deref(), Some("told"));
    let c = find(&r, "The road will stay closed");
    assert_eq!(c.1, "The road will stay closed until Monday");
    assert_eq!(c.2.as_deref(), Some("the transport ministry"));
    assert_eq!(c.4.as_deref(), Some("according to"));
    let d = find(&r, "the car was speeding");
    assert_eq!(d.2.as_deref(), Some("witnesses"));
}

const MEDIA: &str = "\
The company will cut 500 jobs, CNN reported on Tuesday. A court filing said the firm owed $2 million to suppliers.

In a statement, the Ministry of Labour said it was monitoring the situation. \"We expect every worker to be paid,\" the statement added.";

#[test]
fn media_and_documents_as_sources() {
    let r = rows(MEDIA);
    let a = find(&r, "The company will cut");
    assert_eq!(
        (a.2.as_deref(), a.4.as_deref()),
        (Some("CNN"), Some("reported"))
    );
    let b = find(&r, "the firm owed");
    assert_eq!(b.2.as_deref(), Some("A court filing"));
    let c = find(&r, "We expect every worker");
    assert_eq!(c.2.as_deref(), Some("the statement"));
    assert_eq!(c.3.as_deref(), Some("Ministry of Labour"));
}

const APPOSITION: &str = "\
Chris Moreau, a spokesman for the airline, said the flights would resume on Friday.

“Safety comes first,” said Ana Lopes, the airport's director.";

#[test]
fn appositions_around_the_source() {
    let r = rows(APPOSITION);
    let a = find(&r, "the flights would resume");
    assert_eq!(a.3.as_deref(), Some("Chris Moreau"));
    let b = find(&r, "Safety comes first");
    assert_eq!(b.3.as_deref(), Some("Ana Lopes"));
}

const HEADLINE: &str = "\
Lynch: No outside influence on the inquiry

WASHINGTON — Attorney General Loretta Lynch defended the inquiry on Sunday.";

#[test]
fn headline_colon() {
    let r = rows(HEADLINE);
    let a = find(&r, "No outside influence");
    assert_eq!(a.1, "No outside influence on the inquiry");
    assert_eq!((a.2.as_deref(), a.4.as_deref()), (Some("Lynch"), Some(":")));
    assert_eq!(a.3.as_deref(), Some("Loretta Lynch"));
}

const CONTINUED: &str = "\
Coach Dana Whitfield was blunt after the loss. “We did not show up tonight,” she said.

“Nobody in that room played to their level.”";

#[test]
fn continuation_paragraph_inherits_the_speaker() {
    let r = rows(CONTINUED);
    let a = find(&r, "We did not show up");
    assert_eq!(
        (a.2.as_deref(), a.3.as_deref()),
        (Some("she"), Some("Dana Whitfield"))
    );
    let b = find(&r, "Nobody in that room");
    assert_eq!(b.3.as_deref(), Some("Dana Whitfield"));
    assert_eq!(b.4, None);
}

const MIXED: &str = "\
Senator Ruth Adeyemi said the bill was “a gift to polluters” and vowed to fight it.";

#[test]
fn paraphrase_with_a_quoted_fragment_is_mixed() {
    let r = rows(MIXED);
    let a = find(&r, "the bill was");
    assert_eq!(a.0, AttributionKind::Mixed);
    assert_eq!(a.3.as_deref(), Some("Ruth Adeyemi"));
}

// ---------- 3. entities ----------

const SEED: &str = include_str!("../examples/seed.txt");

#[test]
fn seed_attributions_resolve_to_full_names() {
    let r = rows(SEED);
    assert_eq!(r.len(), 5);
    let names: Vec<Option<&str>> = r.iter().map(|r| r.3.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("US Department of State"),
            Some("US Department of State"),
            Some("Marco Rubio"),
            Some("US Department of State"),
            Some("CNN"),
        ]
    );
    let a = parse(SEED);
    let rubio = a.entities.iter().find(|e| e.name == "Marco Rubio").unwrap();
    assert!(rubio.mentions.len() >= 4);
}

#[test]
fn titles_and_surnames_resolve_through_the_entity_table() {
    use newswire::entity::EntityTable;
    use newswire::text::Document;
    let t = "US Secretary of State Marco Rubio met the minister. Later Secretary Rubio left, and the Secretary flew home. Rubio said nothing.";
    let doc = Document::new(t);
    let table = EntityTable::build(&doc);
    for needle in ["Secretary Rubio", "the Secretary", "Rubio said"] {
        let at = t.find(needle).unwrap();
        let end = at + needle.trim_end_matches(" said").len();
        let name = table.resolve(&doc, newswire::Span::new(at, end));
        assert_eq!(name.as_deref(), Some("Marco Rubio"), "{needle}");
    }
}

// ---------- 4. the model ----------

#[cfg(feature = "serde")]
#[test]
fn attributions_link_quotes_and_serialize_per_contract() {
    let a = parse(FRAMES);
    for at in &a.attributions {
        for &qi in &at.quotes {
            let q = &a.quotes[qi];
            assert!(q.content.span.start >= at.content.span.start);
            assert!(q.content.span.end <= at.content.span.end);
        }
    }
    let v = serde_json::to_value(&a).unwrap();
    let at = &v["attributions"][0];
    assert_eq!(at["kind"], "direct");
    assert_eq!(at["content"]["text"], "The water came in the night,");
    assert_eq!(at["source"]["name"], "Grace Wanjiru");
    assert_eq!(at["cue"]["text"], "said");
    let s = at["content"]["span"]["start"].as_u64().unwrap() as usize;
    let e = at["content"]["span"]["end"].as_u64().unwrap() as usize;
    assert_eq!(&FRAMES[s..e], "The water came in the night,");
}

// ---------- 5. review findings: bounds, relative pronouns, false cues ----------

/// A run-on text with no sentence break, full of cues: 200 KB.
fn run_on(bytes: usize) -> String {
    let unit = "Officials said the Harbor Authority told reporters that the ferry said \
                nothing and Maria Lenz said Tom Ochoa noted the levels were rising and ";
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    s
}

#[test]
fn run_on_text_gives_bounded_contents() {
    let text = run_on(200_000);
    let a = parse(&text);
    assert!(!a.attributions.is_empty());
    // No statement's content runs over more than a bounded stretch of the text.
    let longest = a
        .attributions
        .iter()
        .map(|at| at.content.span.end - at.content.span.start)
        .max()
        .unwrap();
    assert!(longest < 4_000, "content of {longest} bytes");
    // The words the contents cover stay a small multiple of the text.
    let covered: usize = a
        .attributions
        .iter()
        .map(|at| at.content.span.end - at.content.span.start)
        .sum();
    assert!(covered < 10 * text.len(), "{covered} bytes of content");
}

#[cfg(feature = "serde")]
#[test]
fn run_on_text_serializes_linearly() {
    let text = run_on(200_000);
    let json = serde_json::to_string(&parse(&text)).unwrap();
    assert!(
        json.len() < 50 * text.len(),
        "{} bytes of JSON for {} of text",
        json.len(),
        text.len()
    );
}

#[test]
fn relative_pronoun_source_is_its_antecedent() {
    let r = rows("Smith, who said nothing, left the room.");
    for row in &r {
        assert_ne!(row.2.as_deref(), Some("who"), "{r:#?}");
        assert!(!row.1.contains("left the room"), "{r:#?}");
    }
    let r = rows("The board met Dana Whitfield, who said the vote was rigged, on Friday.");
    let row = find(&r, "the vote was rigged");
    assert_eq!(row.1, "the vote was rigged");
    assert_eq!(row.2.as_deref(), Some("Dana Whitfield"));
}

#[test]
fn verbs_with_a_plain_noun_object_are_no_cues() {
    for t in [
        "She called the police after the crash.",
        "The lawyer noted the deadline in his diary.",
    ] {
        assert_eq!(rows(t), Vec::<Row>::new(), "{t}");
    }
    let r = rows("The lawyer noted the deadline had passed.");
    assert_eq!(content_of(&r, "the deadline"), "the deadline had passed");
    let r = rows("Senator Ruiz called for a recount.");
    assert_eq!(r.len(), 1);
}

#[test]
fn that_verbs_take_a_bare_finite_clause_but_no_object() {
    let r = rows("Most analysts think the merger will fail.");
    assert_eq!(content_of(&r, "the merger"), "the merger will fail");
    assert_eq!(
        rows("The divers found the wreck near the reef."),
        Vec::<Row>::new()
    );
}

#[test]
fn pronouns_and_descriptions_take_an_agreeing_person() {
    let t = "Coach Daniel Brandt praised the squad. Maria Okafor scored twice in the \
             final.\n\n\"We never stopped believing,\" she said.\n\nThe 24-year-old striker \
             said the title was for the fans.";
    let r = rows(t);
    assert_eq!(find(&r, "We never").3.as_deref(), Some("Maria Okafor"));
    assert_eq!(find(&r, "the title").3.as_deref(), Some("Maria Okafor"));
}

#[test]
fn bare_say_after_a_long_subject_with_a_pronoun_clause() {
    let r = rows("Aides to the mayor say she will run again.");
    assert_eq!(content_of(&r, "she will"), "she will run again");
}

#[test]
fn a_document_speaks_for_the_organisation_that_issued_it() {
    let t = "Northgate Freight Corp. released a report on Monday.\n\n\
             The report said winter delays would grow.";
    let r = rows(t);
    let row = find(&r, "winter delays");
    assert!(
        row.3
            .as_deref()
            .is_some_and(|n| n.starts_with("Northgate Freight")),
        "{r:#?}"
    );
}

#[test]
fn findings_show_without_a_that_clause() {
    let r = rows("A new survey shows the ferry operator losing riders on the night routes.");
    let row = find(&r, "the ferry operator");
    assert_eq!(row.0, AttributionKind::Indirect);
    assert_eq!(row.2.as_deref(), Some("A new survey"));
    // A person who `shows` a thing reports nothing.
    let r = rows("The guide shows visitors the old harbour wall.");
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn a_sentence_framed_by_a_poll_reports_its_finding() {
    let r = rows("In a survey of harbour workers released Friday, most backed the new shift plan.");
    let row = find(&r, "most backed");
    assert_eq!(row.0, AttributionKind::Indirect);
    assert_eq!(
        row.2.as_deref(),
        Some("a survey of harbour workers released Friday")
    );
    // no poll, no frame: the crews' own stance
    let r = rows("In the morning, the crews backed the new shift plan.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(
        source_of(&r, "the new shift plan"),
        Some("the crews"),
        "{r:#?}"
    );
}

#[test]
fn findings_find_without_a_that_clause() {
    let r = rows("Most commuters would pay the toll, the study found.");
    let row = find(&r, "Most commuters");
    assert_eq!(row.2.as_deref(), Some("the study"));
}

#[test]
fn findings_showing_after_their_noun() {
    let r = rows("The council met after a new survey showing most tenants facing higher rents.");
    let row = find(&r, "most tenants");
    assert_eq!(row.2.as_deref(), Some("a new survey"));
}

#[test]
fn endorsements_report_the_one_endorsed() {
    let r =
        rows("Governor Lena Marsh endorsed Tom Alvarez last week, citing his record on schools.");
    let row = find(&r, "Tom Alvarez");
    assert_eq!(row.1, "Tom Alvarez");
    assert_eq!(row.4.as_deref(), Some("endorsed"));
    let r = rows(
        "The union backed Ruiz, whose rival was praised by Senator Amy Holt, who endorsed Dana Pike on Tuesday.",
    );
    let row = find(&r, "Dana Pike");
    assert_eq!(row.1, "Dana Pike");
    assert_eq!(row.2.as_deref(), Some("Senator Amy Holt"));
}

#[test]
fn a_stance_object_ends_before_a_second_verb() {
    let r = rows(
        "Mayor Ruth Ibsen criticized the transit budget and challenged the council to a vote.",
    );
    assert_eq!(content_of(&r, "the transit"), "the transit budget");
    let row = find(&r, "the council");
    assert_eq!(row.1, "the council to a vote");
    assert_eq!(row.4.as_deref(), Some("challenged"));
    // A time phrase inside the object stays (`on Monday over ...`).
    let r = rows("Senator Amy Holt blasted the governor on Monday over his stance on tolls.");
    assert_eq!(
        content_of(&r, "the governor"),
        "the governor on Monday over his stance on tolls"
    );
}

#[test]
fn look_alikes_of_stance_and_speech_verbs_are_no_cues() {
    for t in [
        "The Oilers won thanks to a late goal by Jones.",
        "Coach Dale Winter backed off the plan after the loss.",
        "The debt is higher than city reports say it is, critics of the plan have argued for months.",
    ] {
        let r = rows(t);
        assert!(
            r.iter().all(|row| !row.1.starts_with("to a late")
                && !row.1.starts_with("off")
                && !row.1.starts_with("it is")),
            "{t}: {r:#?}"
        );
    }
}

#[test]
fn a_subordinate_clause_ends_its_content_at_the_comma() {
    let r = rows("While Mayor Ruth Ibsen has said she opposes the toll, her council voted for it.");
    assert_eq!(content_of(&r, "she opposes"), "she opposes the toll");
}

#[test]
fn an_expectation_without_its_holder_is_the_whole_clause() {
    let r = rows("The harbour bridge is expected to reopen on Monday after repairs.");
    let row = find(&r, "The harbour bridge");
    assert_eq!(
        row.1,
        "The harbour bridge is expected to reopen on Monday after repairs"
    );
    assert_eq!(row.2, None);
    assert_eq!(row.4.as_deref(), Some("is expected"));
    // Not an expectation reported: `expecting`, the past, a bare `it`.
    for t in [
        "The ferry company is expecting to hire more crews.",
        "It is expected to rain in the evening.",
    ] {
        let r = rows(t);
        assert!(
            r.iter().all(|row| row.4.as_deref() != Some("is expected")),
            "{t}: {r:#?}"
        );
    }
}

#[test]
fn a_verb_of_appearance_reports_its_whole_clause() {
    let r = rows("Turnout in the northern districts appeared to fall sharply on Sunday.");
    let row = find(&r, "Turnout");
    assert_eq!(
        row.1,
        "Turnout in the northern districts appeared to fall sharply on Sunday"
    );
    assert_eq!(row.2, None);
    assert_eq!(row.4.as_deref(), Some("appeared"));
    let r = rows("The governor seemed rattled by the questions about the budget.");
    assert_eq!(
        content_of(&r, "The governor"),
        "The governor seemed rattled by the questions about the budget"
    );
    let r = rows("There seems to be little appetite for another vote this year.");
    assert_eq!(
        content_of(&r, "There"),
        "There seems to be little appetite for another vote this year"
    );
    // `it appears (that) ...`: the clause after the cue.
    let r = rows("It appears the council will delay the vote until March.");
    assert_eq!(
        content_of(&r, "the council"),
        "the council will delay the vote until March"
    );
    // An appearance in person, an infinitive, a relative clause: no judgement reported.
    for t in [
        "The minister appeared on television on Sunday night.",
        "The defendant appeared in court in a grey suit.",
        "The senator appeared with the mayor at the rally.",
        "The team wants to seem confident before the final.",
    ] {
        let r = rows(t);
        assert!(
            r.iter()
                .all(|row| !matches!(row.4.as_deref(), Some("appeared" | "seem"))),
            "{t}: {r:#?}"
        );
    }
}

#[test]
fn a_passive_participle_is_no_statement_of_its_subject() {
    for t in [
        "Residents were angry when the levy was announced last spring.",
        "Several patients have been denied the treatment this year.",
    ] {
        let r = rows(t);
        assert!(r.is_empty(), "{t}: {r:#?}");
    }
    // A hearer as the passive's subject still hears a statement.
    let r = rows("The mayor was told the bridge would stay closed.");
    assert_eq!(content_of(&r, "the bridge"), "the bridge would stay closed");
}

#[test]
fn points_and_goals_added_are_no_statements() {
    for t in [
        "Australia's benchmark index added 0.4 per cent to 5,835.20 on Friday.",
        "Carolina added another goal early in the third period.",
        "San Jose replied just 17 seconds later on a power play.",
        "Edmonton responded a couple of minutes later with a goal.",
    ] {
        let r = rows(t);
        assert!(r.is_empty(), "{t}: {r:#?}");
    }
    let r = rows("The coach added the team would appeal the suspension.");
    assert_eq!(
        content_of(&r, "the team"),
        "the team would appeal the suspension"
    );
}

mod robustness {
    use proptest::prelude::*;

    fn check(s: &str) -> Result<(), TestCaseError> {
        let a = newswire::parse(s);
        for q in &a.quotes {
            prop_assert!(s.get(q.span.range()).is_some());
            prop_assert!(s.get(q.content.span.range()).is_some());
        }
        for at in &a.attributions {
            prop_assert!(s.get(at.content.span.range()).is_some());
            if let Some(src) = &at.source {
                prop_assert!(s.get(src.span.range()).is_some());
            }
            if let Some(c) = &at.cue {
                prop_assert!(s.get(c.span.range()).is_some());
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn any_unicode_text_is_safe(s in "\\PC{0,200}") {
            check(&s)?;
        }

        #[test]
        fn wire_like_text_is_safe(
            s in "([A-Z][a-z]{1,6}|said|told|according to|Mr\\.|—|, |\\. |\n\n|[\"“”‘’«»„`']){0,80}"
        ) {
            check(&s)?;
        }

        #[test]
        fn never_panics_and_spans_stay_on_boundaries(
            s in "[a-zA-Z ,.:;\"'“”‘’«»„‚`—\\-\n]{0,300}"
        ) {
            let a = newswire::parse(&s);
            for q in &a.quotes {
                prop_assert!(s.get(q.span.range()).is_some());
                prop_assert!(s.get(q.content.span.range()).is_some());
            }
            for at in &a.attributions {
                prop_assert!(s.get(at.content.span.range()).is_some());
                if let Some(src) = &at.source {
                    prop_assert!(s.get(src.span.range()).is_some());
                }
                for &qi in &at.quotes {
                    prop_assert!(qi < a.quotes.len());
                }
            }
        }
    }
}

#[test]
fn a_pronoun_takes_the_subject_who_opened_the_sentence_before() {
    // Neither Ostrowski nor Adeyemi bears a title or a known first name: opening their
    // sentence before a verb or an apposition makes them its subject all the same. A photo
    // caption's people and its credit are no subjects of the story.
    let t = "GRANDE PRAIRIE, Alta. — Truckers rallied on Saturday.\n\n\
             \"We are here for the jobs,\" said organiser Sgt. Paul Hendry, a retired \
             mechanic.\n\n\
             Ostrowski Marek, a welder from Peace River, drove four hours to the rally.\n\n\
             \"Nobody in Ottawa listens to us,\" he said.\n\n\
             Trucks line the highway near the city on Saturday. (Mark Hollis/The Canadian \
             Press)\n\n\
             Kwabena Adeyemi was at the front of the convoy.\n\n\
             \"I came for my kids,\" he said.";
    let r = rows(t);
    assert_eq!(find(&r, "We are here").3.as_deref(), Some("Paul Hendry"));
    assert_eq!(
        find(&r, "Nobody in Ottawa").3.as_deref(),
        Some("Ostrowski Marek")
    );
    assert_eq!(find(&r, "I came for").3.as_deref(), Some("Kwabena Adeyemi"));
}

#[test]
fn an_organisation_noun_stands_for_the_organisation_that_spoke_last() {
    // `The company` is Brightwell, which spoke just before, not the news agency or the
    // regulator named in between; `the commission` is the one whose name holds the noun.
    let t = "PORTLAND, Ore. — Brightwell recalled 40,000 kettles on Friday after \
             complaints to the Consumer Product Safety Commission.\n\n\
             In a statement to The Associated Press, Brightwell said it was \"working \
             around the clock\" to replace the kettles.\n\n\
             The company noted that no injuries had been reported.\n\n\
             The commission said it would review the recall next month.";
    let r = rows(t);
    assert_eq!(
        find(&r, "that no injuries").3.as_deref(),
        Some("Brightwell")
    );
    assert_eq!(
        find(&r, "it would review").3.as_deref(),
        Some("Consumer Product Safety Commission")
    );
}

#[test]
fn a_described_railway_is_the_railway_named_before() {
    // `Calgary-based` describes the railway: it names nobody; the railway is the one named
    // with the noun before, not the board or the province in between.
    let t = "FIELD, B.C. — A freight train of Prairie Northern Railway left the tracks on \
             Monday, the Transportation Safety Board said.\n\n\
             The Calgary-based railway said it would shorten its trains in the cold.";
    let r = rows(t);
    assert_eq!(
        find(&r, "it would shorten").3.as_deref(),
        Some("Prairie Northern Railway")
    );
}

#[test]
fn an_acronym_takes_the_long_form_the_article_spells_out() {
    let t = "HALIFAX — The family applied to Immigration, Refugees and Citizenship Canada \
             in 2017.\n\n\
             In a statement, IRCC said the file was still under review.\n\n\
             The department said a decision would come within months.";
    let r = rows(t);
    let long = Some("Immigration, Refugees and Citizenship Canada");
    assert_eq!(find(&r, "the file").3.as_deref(), long);
    assert_eq!(find(&r, "a decision").3.as_deref(), long);
}

#[test]
fn a_document_named_for_its_issuer_speaks_for_it() {
    // `the Harbourview website` is Harbourview's, not the last organisation named before;
    // a day before the document noun (`Friday release`) names no issuer.
    let t = "The Coastal Energy Board approved the project last year. Harbourview, a \
             resort venture, plans 40 cabins on the island.\n\n\
             According to the Harbourview website, the cabins will run on solar power.\n\n\
             The board's Friday release said the permits were in order.";
    let r = rows(t);
    assert_eq!(find(&r, "the cabins").3.as_deref(), Some("Harbourview"));
    assert_ne!(find(&r, "the permits").3.as_deref(), Some("Friday"));
}

#[test]
fn a_title_stands_for_its_holder() {
    // A surname in -ing after a title is a name (`Education Minister Ana Fleming`), so
    // `the minister` is she; `the league commissioner` is the commissioner named later,
    // not the league; `The premier`, a title no one bore, is the person in view.
    let t = "KELOWNA, B.C. — In a letter to the school district, Education Minister Ana \
             Fleming said the province had other priorities.\n\n\
             The school does not meet those priorities, the minister said.\n\n\
             Dale Harmon toured the school on Monday. The premier said he was \"listening \
             to parents.\"\n\n\
             On Tuesday, the PJHL commissioner said the league had \
             not been served.\n\n\
             \"We will review it,\" PJHL commissioner Rob Stanway said in a statement.";
    let r = rows(t);
    assert_eq!(find(&r, "the province").3.as_deref(), Some("Ana Fleming"));
    assert_eq!(
        find(&r, "The school does").3.as_deref(),
        Some("Ana Fleming")
    );
    assert_eq!(find(&r, "he was").3.as_deref(), Some("Dale Harmon"));
    assert_eq!(find(&r, "the league had").3.as_deref(), Some("Rob Stanway"));
}

#[test]
fn one_named_people_and_subjects_after_an_opening_phrase() {
    // `Sari, a resident of Anyer,` is a person known by one name, so `she` is Sari, not the
    // governor who spoke before; `Down the beach, Rudi Hartono was ...` makes him the
    // subject for the next `he`, not the rescue chief who spoke before.
    let t = "JAKARTA, Indonesia — Governor Maria Lestari said on Sunday that 20 villages \
             were flooded.\n\n\
             Sari, a resident of Anyer, was watching television when the water came. \
             \"I saw the sea pull back,\" she said.\n\n\
             Rescue chief Budi Santoso said teams were searching the coast.\n\n\
             Down the beach, Rudi Hartono was digging through the remains of his shop. \
             \"Everything is gone,\" he said.";
    let r = rows(t);
    assert_eq!(find(&r, "I saw the sea").3.as_deref(), Some("Sari"));
    assert_eq!(
        find(&r, "Everything is gone").3.as_deref(),
        Some("Rudi Hartono")
    );
}

#[test]
fn a_department_is_no_minister_and_a_credit_led_caption_names_nobody() {
    // `Global Affairs Canada` is a department, not a person `Canada` titled `affairs`, and
    // `Global Affairs` is the department, not the foreign affairs minister; the credit
    // leading a caption (`The Canadian Press A ferry ...`) names no organisation for `the
    // company` to stand for.
    let t = "OTTAWA — Foreign Affairs Minister Lena Brask met her counterpart on Monday.\n\n\
             Global Affairs Canada updated its travel advice for the region.\n\n\
             Global Affairs says on its website that travellers should \"exercise a high \
             degree of caution.\"\n\n\
             Island Ferry Service cancelled its evening sailings on Tuesday.\n\n\
             The Canadian Press A ferry is shown docked in Nanaimo, B.C. on Tuesday.\n\n\
             The company said the sailings would resume on Thursday.";
    let r = rows(t);
    assert_eq!(
        find(&r, "that travellers should").3.as_deref(),
        Some("Global Affairs")
    );
    assert_eq!(
        find(&r, "the sailings").3.as_deref(),
        Some("Island Ferry Service")
    );
}

#[test]
fn promises_and_hopes_report_their_infinitive() {
    let r = rows(
        "Governor Lena Marsh promised to cut property taxes for retirees. \
         Tom Alvarez hopes to win the seat back in November.",
    );
    let a = find(&r, "to cut property taxes");
    assert_eq!(a.0, AttributionKind::Indirect);
    assert_eq!(a.1, "to cut property taxes for retirees");
    assert_eq!(a.3.as_deref(), Some("Lena Marsh"));
    assert_eq!(a.4.as_deref(), Some("promised"));
    let b = find(&r, "to win the seat back");
    assert_eq!(b.2.as_deref(), Some("Tom Alvarez"));
    assert_eq!(b.4.as_deref(), Some("hopes"));
}

#[test]
fn agreeing_to_a_thing_is_no_statement() {
    // `to` before a noun phrase, or an infinitive with nothing after its verb.
    let r = rows(
        "The union agreed to a three-year contract on Friday. \
         It was more than the mayor had hoped to see.",
    );
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn talking_about_a_topic_reports_the_topic() {
    let r = rows("Mayor Ana Ruiz talked about the budget shortfall on Tuesday.");
    let a = find(&r, "the budget shortfall");
    assert_eq!(a.1, "the budget shortfall");
    assert_eq!(a.3.as_deref(), Some("Ana Ruiz"));
    assert_eq!(a.4.as_deref(), Some("talked about"));
}

#[test]
fn speaking_somewhere_or_to_someone_is_no_statement() {
    let r = rows(
        "Governor Tom Alvarez spoke to reporters outside the statehouse. \
         He was speaking at a rally in Dayton. The talks resume on Monday.",
    );
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn prepositional_stance_verbs_report_what_follows_the_preposition() {
    let r = rows(
        "Senator Amy Holt railed against the pipeline deal. \
         Tom Alvarez lobbied for a new bridge across the river.",
    );
    let a = find(&r, "the pipeline deal");
    assert_eq!(a.4.as_deref(), Some("railed against"));
    assert_eq!(a.3.as_deref(), Some("Amy Holt"));
    let b = find(&r, "a new bridge");
    assert_eq!(b.4.as_deref(), Some("lobbied for"));
    let none = rows("Guests waited in the lobby of the hotel. The rail line reopened on Monday.");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn a_bare_clause_may_open_with_a_longer_subject() {
    let r = rows(
        "Senator Ana Rivera thinks the new contract for the city's bus drivers will cost too much.",
    );
    let a = find(&r, "the new contract");
    assert_eq!(
        a.1,
        "the new contract for the city's bus drivers will cost too much"
    );
    assert_eq!(a.4.as_deref(), Some("thinks"));
    // An object, no clause: `thinks` needs one.
    let none =
        rows("Senator Ana Rivera thinks the world of her staff and their families in Dayton.");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn phrasal_cues_take_their_particle() {
    let r = rows(
        "Mayor Ana Ruiz pointed out that the city had balanced its budget. \
         Governor Tom Alvarez laid out a plan to widen the port. \
         Senator Amy Holt weighed in on the dispute over tolls. \
         Tom Berg raised questions about the cost of the stadium.",
    );
    let d = find(&r, "the cost of the stadium");
    assert_eq!(d.4.as_deref(), Some("raised questions about"));
    let a = find(&r, "that the city had balanced");
    assert_eq!(a.4.as_deref(), Some("pointed out"));
    assert_eq!(a.3.as_deref(), Some("Ana Ruiz"));
    let b = find(&r, "a plan to widen the port");
    assert_eq!(b.4.as_deref(), Some("laid out"));
    let c = find(&r, "the dispute over tolls");
    assert_eq!(c.4.as_deref(), Some("weighed in on"));
    let none = rows(
        "Mayor Ana Ruiz pointed at the map. The company laid off 40 workers. \
         The truck weighed nine tonnes. Tom Berg raised the flag and took a seat.",
    );
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn a_title_holds_a_stance_for_its_holder() {
    let r = rows(
        "Governor Lena Marsh visited Dayton on Monday.\n\n\
         The governor denounced the plan to close rural schools. The company denounced nothing.",
    );
    let a = find(&r, "the plan to close rural schools");
    assert_eq!(a.2.as_deref(), Some("The governor"));
    assert_eq!(a.3.as_deref(), Some("Lena Marsh"));
    assert_eq!(r.len(), 1, "{r:#?}");
}

#[test]
fn a_restrictive_relative_clause_reports_for_its_antecedent() {
    let r = rows("The tax won support from voters who say the old levy failed schools.");
    let a = find(&r, "the old levy failed schools");
    assert_eq!(a.2.as_deref(), Some("voters"));
    assert_eq!(a.4.as_deref(), Some("say"));
    // A singular common noun is no speaker here.
    let none = rows("It was the plan who said nothing would change.");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn plans_and_intentions_report_their_infinitive() {
    let r = rows(
        "Councillor Dana Whitfield plans to vote against the transit levy. \
         The Harbour Party intends to name a candidate within two weeks, spokesman Olu Bakare said.",
    );
    let a = find(&r, "to vote against");
    assert_eq!(a.1, "to vote against the transit levy");
    assert_eq!(a.3.as_deref(), Some("Dana Whitfield"));
    assert_eq!(a.4.as_deref(), Some("plans"));
    let b = find(&r, "to name a candidate");
    assert_eq!(b.2.as_deref(), Some("The Harbour Party"));
    assert_eq!(b.4.as_deref(), Some("intends"));
    // The spokesman reported the whole clause, the intention inside it included.
    let c = find(&r, "The Harbour Party intends");
    assert_eq!(
        c.1,
        "The Harbour Party intends to name a candidate within two weeks"
    );
    assert_eq!(c.3.as_deref(), Some("Olu Bakare"));
    assert_eq!(c.4.as_deref(), Some("said"));
}

#[test]
fn a_plan_as_a_noun_is_no_statement() {
    let r = rows(
        "Whitfield's plans to rebuild the pier fell apart last year. \
         The plan to widen the road was dropped.",
    );
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn a_polled_share_holds_a_stance() {
    let r = rows(
        "In the survey, two-thirds support lowering the voting age, while 40 percent back a later start.",
    );
    let a = find(&r, "lowering the voting age");
    assert_eq!(a.2.as_deref(), Some("two-thirds"));
    assert_eq!(a.4.as_deref(), Some("support"));
    let b = find(&r, "a later start");
    assert_eq!(b.2.as_deref(), Some("40 percent"));
    assert_eq!(b.4.as_deref(), Some("back"));
}

#[test]
fn a_trailing_according_to_ends_another_statement() {
    let r = rows(
        "Mayor Ines Calder said the bridge would reopen in May, according to a transcript \
         of the council meeting.",
    );
    let a = find(&r, "the bridge would reopen");
    assert_eq!(a.1, "the bridge would reopen in May");
    assert_eq!(a.4.as_deref(), Some("said"));
    // The credit is a statement of its own, for the whole sentence before it.
    let b = find(&r, "Mayor Ines Calder said");
    assert_eq!(b.2.as_deref(), Some("a transcript of the council meeting"));
    assert_eq!(b.4.as_deref(), Some("according to"));
}

#[test]
fn a_stance_object_ends_before_the_subjects_second_verb() {
    let r = rows(
        "Governor Ada Brennan endorsed Whitfield last week and has appeared at three of \
         her rallies since.",
    );
    let a = find(&r, "Whitfield");
    assert_eq!(a.1, "Whitfield");
    assert_eq!(a.4.as_deref(), Some("endorsed"));
    // A clause whose subject is coordinated still runs on: its verb is the clause's own.
    let r = rows("Brennan said Whitfield and Ortiz have agreed to debate twice in March.");
    let b = find(&r, "Whitfield and Ortiz");
    assert_eq!(
        b.1,
        "Whitfield and Ortiz have agreed to debate twice in March"
    );
}

#[test]
fn a_two_word_venue_is_skipped_after_the_cue() {
    let r = rows(
        "The council had failed the city's renters, she said in a video message to \
         the housing forum.",
    );
    let a = find(&r, "The council had failed");
    assert_eq!(a.1, "The council had failed the city's renters");
    assert_eq!(a.2.as_deref(), Some("she"));
    let r = rows("Mayor Dana Ortiz said in a phone interview that the budget would pass.");
    assert_eq!(
        content_of(&r, "that the budget"),
        "that the budget would pass"
    );
}

#[test]
fn a_quoted_title_inside_a_reported_clause_is_no_frame() {
    let r = rows("On Monday, the network said it was canceling the low-rated \"Harbor Nights.\"");
    let a = find(&r, "it was canceling");
    assert_eq!(a.0, AttributionKind::Mixed);
    assert_eq!(a.2.as_deref(), Some("the network"));
    // With a colon or a comma, the quotation is the statement.
    let r = rows("The network said: \"Harbor Nights will not return.\"");
    assert_eq!(find(&r, "Harbor Nights").0, AttributionKind::Direct);
}

#[test]
fn a_quoted_fragment_before_a_reported_clause_takes_no_inverted_frame() {
    let r = rows(
        "A rival, borrowing \"the mayor's own slogan,\" said the mayor would lose the \
         district by ten points.",
    );
    assert!(
        r.iter().all(|a| a.2.as_deref() != Some("the mayor")),
        "{r:#?}"
    );
    let r = rows("\"We will win the district,\" said the mayor, who spoke in Dayton.");
    assert_eq!(source_of(&r, "We will win"), Some("the mayor"));
}

#[test]
fn an_interrupted_quotation_goes_on_after_an_aside_on_its_source() {
    let r = rows(
        "\"The levy has to go,\" said Councillor Mira Patel, who chairs the finance \
         committee. \"It costs more to collect than it raises.\"",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert!(r[0].1.starts_with("The levy has to go"));
    assert!(r[0].1.ends_with("than it raises."));
    assert_eq!(r[0].2.as_deref(), Some("Councillor Mira Patel"));
    // An aside that makes a statement of its own ends the quotation.
    let r = rows(
        "\"The levy has to go,\" said Councillor Mira Patel, vowing to repeal it. \
         \"It costs more to collect than it raises.\"",
    );
    assert!(content_of(&r, "The levy").ends_with("has to go,"), "{r:#?}");
}

#[test]
fn a_relative_clause_on_the_source_that_reports_its_words_still_lets_the_quotation_go_on() {
    let r = rows(
        "''The ferry has to run,'' said Councillor Mira Patel, who was at the hearing and \
         recalled the strike of 2019. ''People cannot wait another winter.''",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert!(r[0].1.ends_with("another winter."), "{r:#?}");
    assert_eq!(r[0].2.as_deref(), Some("Councillor Mira Patel"));
}

#[test]
fn a_second_verb_of_a_relative_clause_has_the_antecedent_for_subject() {
    let r = rows(
        "The fare rise passed, said Mira Patel, who chairs the committee and warned \
         that the ferry would lose riders.",
    );
    let a = find(&r, "that the ferry");
    assert_eq!(a.2.as_deref(), Some("Mira Patel"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("warned"));
}

#[test]
fn a_polls_share_in_ten_is_the_whole_source() {
    let r = rows("Six in 10 say the mayor is at least somewhat decisive.");
    let a = find(&r, "the mayor");
    assert_eq!(a.2.as_deref(), Some("Six in 10"));
    let r = rows("Four in 10 voters see the transit levy as unfair.");
    assert_eq!(source_of(&r, "the transit levy"), Some("Four in 10 voters"));
}

#[test]
fn a_content_split_by_its_frame_goes_on_but_not_into_the_speakers_own_clause() {
    let r = rows("Many of the closures, the broker said, have hit public courses.");
    assert_eq!(
        content_of(&r, "Many of the closures"),
        "Many of the closures, the broker said, have hit public courses"
    );
    let r = rows("Sales were great, the owner said, wiping sweat off his face.");
    assert_eq!(content_of(&r, "Sales were great"), "Sales were great");
    let r = rows("The rate will rise, the mayor said, adding that the levy would stay.");
    assert_eq!(content_of(&r, "The rate will rise"), "The rate will rise");
    // An `-ing` subject opens the rest of the content.
    let r = rows("The move was smooth, he said, replacing her would be much harder.");
    assert!(
        content_of(&r, "The move was smooth").ends_with("much harder"),
        "{r:#?}"
    );
}

#[test]
fn a_statement_after_a_set_off_subordinator_ends_the_one_before() {
    let r = rows("Six in 10 say the mayor is decisive, after half said so in the spring poll.");
    assert_eq!(content_of(&r, "the mayor is"), "the mayor is decisive");
    assert_eq!(source_of(&r, "so"), Some("half"));
}

#[test]
fn a_speaker_named_by_what_they_speak_for_or_know_is_the_whole_phrase() {
    for (text, source) in [
        (
            "People familiar with the matter said the sale would close in May.",
            "People familiar with the matter",
        ),
        (
            "A source close to him said the sale would close in May.",
            "A source close to him",
        ),
        (
            "A spokesman for the ministry said the sale would close in May.",
            "A spokesman for the ministry",
        ),
        (
            "People briefed on the talks say the sale would close in May.",
            "People briefed on the talks",
        ),
        ("Police say the sale would close in May.", "Police"),
    ] {
        let r = rows(text);
        assert_eq!(source_of(&r, "the sale"), Some(source), "{text}");
    }
    // Bare `people` with a bare verb is no statement of anyone in particular.
    assert!(rows("Many people say life is easy here.").is_empty());
}

#[test]
fn an_apposition_may_hold_a_comma_and_follow_a_bracket() {
    let r = rows(
        "Rachel Berg, a philanthropist from Monsey, New York, said the speeches changed \
         her mind.",
    );
    let a = find(&r, "the speeches");
    assert_eq!(
        a.2.as_deref(),
        Some("Rachel Berg, a philanthropist from Monsey, New York")
    );
    assert_eq!(a.3.as_deref(), Some("Rachel Berg"));
    let r = rows("Sen. Ann Ross (D-Ore.), the panel's chair, said the bill would pass.");
    let b = find(&r, "the bill");
    assert_eq!(
        b.2.as_deref(),
        Some("Sen. Ann Ross (D-Ore.), the panel's chair")
    );
    assert_eq!(b.3.as_deref(), Some("Ann Ross"));
}

#[test]
fn a_fronted_clause_before_an_inverted_cue_is_no_apposition() {
    let r = rows("Somehow, the family will find a way, adds Lena Haddad.");
    let a = find(&r, "Somehow");
    assert_eq!(a.1, "Somehow, the family will find a way");
    assert_eq!(a.2.as_deref(), Some("Lena Haddad"));
}

#[test]
fn a_named_speaker_with_where_they_work_is_one_source() {
    let r = rows("Tim Guest with the Nova Scotia Health Authority says delays have many causes.");
    let a = find(&r, "delays");
    assert_eq!(
        a.2.as_deref(),
        Some("Tim Guest with the Nova Scotia Health Authority")
    );
    assert_eq!(a.3.as_deref(), Some("Tim Guest"));
    let r = rows("Jane Doe of the Brookings Institution said the plan would fail.");
    assert_eq!(find(&r, "the plan").3.as_deref(), Some("Jane Doe"));
}

#[test]
fn where_and_when_a_thing_was_said_is_no_content() {
    // An adverbial after the cue (`at a news conference`, `during a rally`, `as he left`,
    // `on CBC's "The House"`) is where or when it was said: the content is the statement
    // before the frame, or the clause after the adverbial.
    let t = "HALIFAX — The ferry link will not reopen this winter, the transport minister \
             said at a news conference on Monday.\n\n\
             Tolls will rise in March, Premier Dana Whitfield said during a rally in Truro.\n\n\
             The fund is nearly empty, the treasurer said as he left the chamber.\n\n\
             The deal is fragile, Whitfield said on CBC's \"The House.\"\n\n\
             The mayor said at a council meeting that the budget was balanced.\n\n\
             She said after the vote on Mar. 15 the party would regroup.";
    let r = rows(t);
    let a = find(&r, "The ferry link");
    assert_eq!(a.1, "The ferry link will not reopen this winter");
    assert_eq!(a.2.as_deref(), Some("the transport minister"));
    assert_eq!(source_of(&r, "Tolls will"), Some("Premier Dana Whitfield"));
    assert_eq!(content_of(&r, "The fund"), "The fund is nearly empty");
    assert_eq!(content_of(&r, "The deal"), "The deal is fragile");
    assert_eq!(
        content_of(&r, "that the budget"),
        "that the budget was balanced",
        "the content after `at a council meeting that`"
    );
    assert_eq!(content_of(&r, "the party"), "the party would regroup");
    assert!(
        r.iter().all(|x| !["at ", "during ", "as he", "on CBC"]
            .iter()
            .any(|p| x.1.starts_with(p))),
        "no adverbial read as a content: {r:#?}"
    );
}

#[test]
fn the_hearer_of_tell_may_be_a_common_noun() {
    // `told a Senate panel Wednesday`, `told his closest advisers as he ...`: the hearer
    // and the adverbials after it are no content; the statement is the fronted clause.
    // `told a different story` is what was told, not who heard it.
    let t = "The mission includes a special unit to train local forces, Defence Minister \
             Omar Haddad told a Senate panel Wednesday.\n\n\
             This is not about me, the premier told his closest advisers as he finished the \
             speech.\n\n\
             The mayor told the city council the plan was dead.\n\n\
             The records tell a different story.";
    let r = rows(t);
    let a = find(&r, "The mission");
    assert_eq!(
        a.1,
        "The mission includes a special unit to train local forces"
    );
    assert_eq!(a.2.as_deref(), Some("Defence Minister Omar Haddad"));
    assert_eq!(content_of(&r, "This is not"), "This is not about me");
    assert_eq!(content_of(&r, "the plan"), "the plan was dead");
    assert!(r.iter().all(|x| !x.1.starts_with("panel")), "{r:#?}");
}

#[test]
fn a_poll_share_or_a_quantifier_is_a_source() {
    // A poll's share (`two in three`, `more than six in 10`, `four in 10 who said`, `with
    // three in 10 saying`) and a quantifier standing for people (`some said`) report
    // speech; a quantifier with a verb of thought (`many think`) is no one's statement.
    let t = "Most voters in the survey backed the plan. Two in three said they would vote \
             for it, and more than six in 10 said taxes were too high. Half said they wanted \
             a new mayor, compared with four in 10 who said they preferred the old one. Many \
             shrugged at the debate, with three in 10 saying the running mates would make no \
             difference. Some said they had cringed at the remarks. Many think the mayor \
             might lose.";
    let r = rows(t);
    assert_eq!(source_of(&r, "they would vote"), Some("Two in three"));
    assert_eq!(source_of(&r, "taxes were"), Some("more than six in 10"));
    assert_eq!(source_of(&r, "they preferred"), Some("four in 10"));
    let a = find(&r, "the running mates");
    assert_eq!(a.2.as_deref(), Some("three in 10"));
    assert_eq!(a.4.as_deref(), Some("saying"));
    assert_eq!(source_of(&r, "they had cringed"), Some("Some"));
    assert!(
        r.iter().all(|x| !x.1.starts_with("the mayor might")),
        "{r:#?}"
    );
}

#[test]
fn a_frame_set_before_by_as_reports_the_clause_after_it() {
    let t = "As the Halifax Examiner noted, the city spent $4 million on the study. But as \
             Councillor Ruth Ames said in May, the study was never finished. As reported by \
             the Chronicle Herald, the contractor has since left the province. As expected, \
             the vote was close.";
    let r = rows(t);
    let a = find(&r, "the city spent");
    assert_eq!(a.1, "the city spent $4 million on the study");
    assert_eq!(a.2.as_deref(), Some("the Halifax Examiner"));
    assert_eq!(source_of(&r, "the study was"), Some("Councillor Ruth Ames"));
    let c = find(&r, "the contractor");
    assert_eq!(c.2.as_deref(), Some("the Chronicle Herald"));
    assert_eq!(c.4.as_deref(), Some("reported"));
    assert!(r.iter().all(|x| !x.1.starts_with("the vote")), "{r:#?}");
}

#[test]
fn relatives_dashes_and_fronted_adverbials_around_the_speaker() {
    let t = "The ruling came after a request by the Halifax Examiner, which argued that the \
             records were a matter of public interest.\n\n\
             Beyond the video, the affidavit cited two witnesses and said that the driver \
             had run a red light.\n\n\
             Tom Kerr -- author of a book on the port, a history of its unions -- said the \
             strike would be short.\n\n\
             The minister said — on Twitter, as it happens — that the ferry would run.\n\n\
             Ruth Ames said Thursday's vote had changed her mind.";
    let r = rows(t);
    let a = find(&r, "that the records");
    assert_eq!(a.2.as_deref(), Some("Halifax Examiner"));
    assert_eq!(a.4.as_deref(), Some("argued"));
    assert_eq!(source_of(&r, "that the driver"), Some("the affidavit"));
    let c = find(&r, "the strike");
    assert_eq!(
        c.2.as_deref(),
        Some("Tom Kerr -- author of a book on the port, a history of its unions")
    );
    assert_eq!(
        content_of(&r, "that the ferry would"),
        "that the ferry would run"
    );
    assert_eq!(
        content_of(&r, "Thursday's vote"),
        "Thursday's vote had changed her mind"
    );
}

#[test]
fn plural_subjects_and_clauses_without_an_auxiliary() {
    // A bare verb agrees with a plural: names joined by `and`, a percentage, a plural
    // head before its prepositional phrase. A reported clause may have a past tense and
    // no auxiliary (`noted the deal included ...`); `claims` before a determiner is a verb.
    let t = "But Mr. Grassley and Mr. Leahy say other changes are needed. On troops, 47% say \
             the army should stay. Protest organizers in Halifax say the rules are too strict. \
             The audit noted the department paid twice for the same software. One lawyer \
             warned her; one suggested she move. The candidate claims his net worth is \
             $2 billion. No one knows how the hall was built.";
    let r = rows(t);
    assert_eq!(
        source_of(&r, "other changes"),
        Some("Mr. Grassley and Mr. Leahy")
    );
    assert!(
        find(&r, "the army")
            .2
            .as_deref()
            .is_some_and(|s| s.starts_with("47"))
    );
    assert_eq!(
        source_of(&r, "the rules"),
        Some("Protest organizers in Halifax")
    );
    assert_eq!(
        content_of(&r, "the department paid"),
        "the department paid twice for the same software"
    );
    assert_eq!(source_of(&r, "she move"), Some("one"));
    assert_eq!(source_of(&r, "his net worth"), Some("The candidate"));
    assert!(r.iter().all(|x| !x.1.starts_with("how the hall")), "{r:#?}");
}

#[test]
fn an_indirect_question_is_what_was_asked() {
    let t = "The premier did not sound confident when a reporter asked whether the party \
             could hold the riding. Asked at a briefing Monday in Halifax about the ferry, \
             the minister said talks would resume. Ruth Ames asked former premier Tom Kerr \
             whether he had regrets. The mayor said \"We'll see\" when asked how the deficit \
             would be closed.";
    let r = rows(t);
    let a = find(&r, "whether the party");
    assert_eq!(a.1, "whether the party could hold the riding");
    assert_eq!(a.2.as_deref(), Some("a reporter"));
    assert_eq!(content_of(&r, "about the ferry"), "about the ferry");
    assert_eq!(source_of(&r, "whether he had"), Some("Ruth Ames"));
    assert_eq!(
        content_of(&r, "how the deficit"),
        "how the deficit would be closed"
    );
}

#[test]
fn according_to_in_the_middle_frames_only_its_own_statement() {
    // `A, according to X, a pollster ...` / `..., but ...`: the statement is A; after a
    // conjunction the frame opens (`But, according to the poll, B`), the statement is B;
    // when A is a subject (`Most voters, according to the poll, still ...`) it goes on.
    let t = "Turnout fell by a third, according to Ruth Ames, a pollster who studies the \
             province.\n\n\
             The mayor leads by 12 points according to a count by the Chronicle Herald, but \
             the race is not over.\n\n\
             But, according to the poll, 40 percent of voters remain undecided.\n\n\
             Most voters, according to the same poll, still favour the ferry link.";
    let r = rows(t);
    assert_eq!(content_of(&r, "Turnout"), "Turnout fell by a third");
    assert_eq!(
        content_of(&r, "The mayor leads"),
        "The mayor leads by 12 points"
    );
    assert_eq!(
        content_of(&r, "40 percent"),
        "40 percent of voters remain undecided"
    );
    assert_eq!(
        content_of(&r, "Most voters"),
        "Most voters, according to the same poll, still favour the ferry link"
    );
}

#[test]
fn a_progressive_verb_of_stance_reports_its_object() {
    // `is calling for`, `was referring to`: the `be` is the progressive's auxiliary, no
    // passive; `is considering a move` weighs a plan and takes no stance.
    let t = "Premier Dana Whitfield is calling for Ottawa to fund the ferry link. Councillor \
             Ruth Ames was referring to the 2019 audit. Tom Kerr is considering a run for \
             mayor. Lena Brask is supporting the ferry program.";
    let r = rows(t);
    // The preposition belongs to the cue, the content is its object.
    let a = find(&r, "Ottawa to fund");
    assert_eq!(a.2.as_deref(), Some("Premier Dana Whitfield"));
    assert_eq!(a.4.as_deref(), Some("calling for"));
    let b = find(&r, "the 2019");
    assert_eq!(b.2.as_deref(), Some("Councillor Ruth Ames"));
    assert_eq!(b.4.as_deref(), Some("referring to"));
    assert!(r.iter().all(|x| !x.1.contains("a run for")), "{r:#?}");
    // Without a prepositional object the progressive states what someone does.
    assert!(r.iter().all(|x| !x.1.contains("ferry program")), "{r:#?}");
}

#[test]
fn an_elided_decade_is_no_quotation_mark() {
    // `'70s`, `’16`: the mark stands for the century, so nothing is quoted and the
    // statement after it is read.
    let t = "Roffman, who had covered the port since the late '70s, drew fire after he told \
             the Chronicle Herald that the terminal would not last. The class of ’16 agreed.";
    let doc = newswire::parse(t);
    assert!(doc.quotes.is_empty(), "{:?}", doc.quotes);
    let r = rows(t);
    assert_eq!(source_of(&r, "that the terminal"), Some("he"));
    // A long subordinate clause after the hearer is still no content.
    let r = rows(
        "This is not about me, the premier told his aides as he worked late into the night \
         on the last speech he would give before the vote.",
    );
    assert_eq!(content_of(&r, "This is"), "This is not about me");
}

#[test]
fn a_gerund_after_a_preposition_reports_for_the_sentence_subject() {
    let r = rows(
        "Councillor Ruth Ames has gained ground by saying that the budget hides a deficit. \
         After saying he was nervous, the caller asked about the ferry.",
    );
    let a = find(&r, "that the budget");
    assert_eq!(a.2.as_deref(), Some("Councillor Ruth Ames"));
    assert_eq!(a.4.as_deref(), Some("saying"));
    let b = find(&r, "he was nervous");
    assert_eq!(b.1, "he was nervous");
    assert_eq!(b.2.as_deref(), Some("the caller"));
}

#[test]
fn the_complementizer_opens_the_reported_clause() {
    // `that` belongs to the reported clause, after the cue or after its hearer; a
    // relative `that` before the cue does not.
    let r = rows(
        "HALIFAX, Nova Scotia — The harbour authority said that the ferry would resume on \
         Friday. A spokeswoman told reporters that crews had cleared the ice. The plan that \
         officials say will cost $4 million still needs council approval.",
    );
    let a = find(&r, "that the ferry");
    assert_eq!(a.1, "that the ferry would resume on Friday");
    assert_eq!(a.4.as_deref(), Some("said"));
    assert_eq!(
        content_of(&r, "that crews"),
        "that crews had cleared the ice"
    );
    assert!(
        r.iter().all(|x| !x.1.starts_with("that officials")),
        "{r:#?}"
    );
}

#[test]
fn a_long_subject_read_from_the_sentence_start() {
    // A subject with a relative clause, an age and a job set off by commas, or a
    // prepositional phrase with `and`: read from the sentence's start up to the cue.
    let r = rows(
        "Ferry workers who have waited months for a contract say the dispute could drag into \
         spring. Mira Costa, 61, a deckhand from Dartmouth, said she was ready to walk out. \
         By wide margins, commuters on both sides of the harbour say the crossings are too \
         slow.",
    );
    let a = find(&r, "the dispute");
    assert_eq!(
        a.2.as_deref(),
        Some("Ferry workers who have waited months for a contract")
    );
    assert_eq!(a.1, "the dispute could drag into spring");
    let b = find(&r, "she was ready");
    assert_eq!(
        b.2.as_deref(),
        Some("Mira Costa, 61, a deckhand from Dartmouth")
    );
    let c = find(&r, "the crossings");
    assert_eq!(
        c.2.as_deref(),
        Some("commuters on both sides of the harbour")
    );
    // Not a clause before the cue (`A, said X.` is read as such), nor a noun.
    let r = rows("Lower fares for students, said Costa. The state ferry service runs daily.");
    assert_eq!(source_of(&r, "Lower fares"), Some("Costa"));
    assert_eq!(r.len(), 1, "{r:#?}");
}

#[test]
fn a_fronted_adverbial_is_no_content_before_its_frame() {
    // `In a speech last July, the premier said ...` read as `A, X said.` would give the
    // adverbial as the content: a short phrase of place or time, with no verb, says
    // nothing. A clause before the frame still does.
    let r = rows(
        "In a speech last July, the premier warned. At one point, a commuter asked. The \
         ferry will run again, the premier said.",
    );
    assert!(
        r.iter()
            .all(|x| !x.1.starts_with("In a speech") && !x.1.starts_with("At one point")),
        "{r:#?}"
    );
    assert_eq!(content_of(&r, "The ferry"), "The ferry will run again");
}

#[test]
fn a_question_states_no_stance() {
    // `Do you support ...?`: a poll's or a reporter's question, not the hearer's stance.
    let r = rows(
        "Do you support the ferry levy? Does she know where the money went? Premier Dana \
         Whitfield supports the ferry levy.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].2.as_deref(), Some("Premier Dana Whitfield"));
}

#[test]
fn a_legislators_party_and_state_stay_in_the_frame_and_the_source() {
    let r = rows("\"The bill can pass,\" Sen. Ann Cole, R-Fla., told reporters.");
    let a = find(&r, "The bill can pass");
    assert_eq!(a.0, AttributionKind::Direct, "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Sen. Ann Cole, R-Fla."));
    assert_eq!(a.3.as_deref(), Some("Ann Cole"));
    assert_eq!(a.4.as_deref(), Some("told"));
    let r = rows("Rep. Luis Ortega (D-N.M.) said the levee money was overdue.");
    let a = find(&r, "the levee money");
    assert_eq!(a.2.as_deref(), Some("Rep. Luis Ortega (D-N.M.)"), "{r:#?}");
    let r = rows("The bill can pass, Sen. Ann Cole, R-Fla., said Tuesday.");
    let a = find(&r, "The bill can pass");
    assert_eq!(a.2.as_deref(), Some("Sen. Ann Cole, R-Fla."), "{r:#?}");
    assert!(!a.1.contains("Cole"), "{r:#?}");
}

#[test]
fn a_source_after_its_content_may_carry_prepositional_phrases() {
    for (text, source) in [
        (
            "The truce will hold, a diplomat in Doha said.",
            "a diplomat in Doha",
        ),
        (
            "The truce will hold, mediators from Qatar said in a statement.",
            "mediators from Qatar",
        ),
        (
            "The truce will hold, a source with knowledge of the talks said.",
            "a source with knowledge of the talks",
        ),
    ] {
        let r = rows(text);
        let a = find(&r, "The truce will hold");
        assert_eq!(a.1, "The truce will hold", "{r:#?}");
        assert_eq!(a.2.as_deref(), Some(source), "{r:#?}");
    }
}

#[test]
fn a_verb_of_saying_with_a_clause_after_it_frames_no_quotation() {
    let r = rows(
        "In an interview on NBC's \"Meet the Press,\" Speaker Dana Ruiz (R-Ohio) said \
         the shootings demand that lawmakers listen.",
    );
    assert!(r.iter().all(|a| a.0 != AttributionKind::Direct), "{r:#?}");
    let a = find(&r, "the shootings demand");
    assert_eq!(a.2.as_deref(), Some("Speaker Dana Ruiz (R-Ohio)"));
}

#[test]
fn a_participle_of_speech_after_the_main_clause_has_its_subject_for_speaker() {
    let text = "\"The ferry is safe,\" said harbour master Ines Duarte.\n\n\
                Union steward Paulo Reis walked out of the meeting, saying the inspection \
                had been rushed.";
    let r = rows(text);
    let a = find(&r, "the inspection");
    assert_eq!(a.2.as_deref(), Some("Union steward Paulo Reis"), "{r:#?}");
    assert_eq!(a.3.as_deref(), Some("Paulo Reis"));
    assert_eq!(a.4.as_deref(), Some("saying"));
    // After a quotation, the frame names the speaker: `adding` is hers.
    let r = rows("\"The ferry is safe,\" Duarte said, adding that the crew was trained.");
    let a = find(&r, "that the crew");
    assert_eq!(a.3.as_deref(), Some("Duarte"), "{r:#?}");
}

#[test]
fn verbs_of_manner_and_of_posting_frame_quotations() {
    let r = rows("\"The plan is dead,\" Councillor Mira Patel posted on X.");
    let a = find(&r, "The plan is dead");
    assert_eq!(a.0, AttributionKind::Direct);
    assert_eq!(a.3.as_deref(), Some("Mira Patel"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("posted"));
    let r = rows("\"Not a chance,\" the ferry captain scoffed.");
    assert_eq!(find(&r, "Not a chance").4.as_deref(), Some("scoffed"));
    // A verb of manner reports nothing of its own.
    let r = rows("The captain laughed for the first time in days.");
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn an_expectation_takes_no_source_from_the_speaker_before() {
    let r = rows(
        "\"We are pleased,\" said Dana Whitford, the ferry line's chief executive.\n\n\
         The sale is expected to close in the third quarter.",
    );
    let a = find(&r, "The sale is expected");
    assert_eq!(a.4.as_deref(), Some("is expected"), "{r:#?}");
    assert_eq!(a.2, None, "{r:#?}");
}

#[test]
fn quoted_as_saying_names_the_quoted_person() {
    let r =
        rows("Interfax quoted Deputy Minister Oleg Marin as saying Moscow was ready for talks.");
    let a = find(&r, "Moscow was ready");
    assert_eq!(a.2.as_deref(), Some("Deputy Minister Oleg Marin"), "{r:#?}");
    assert_eq!(
        a.4.as_deref(),
        Some("quoted Deputy Minister Oleg Marin as saying")
    );
    let r = rows("Moscow is ready for talks, Marin was quoted by Interfax as saying.");
    let a = find(&r, "Moscow is ready");
    assert_eq!(a.1, "Moscow is ready for talks", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Marin"));
    let r = rows("He was quoted as saying by local media that the border would reopen.");
    assert_eq!(
        content_of(&r, "that the border"),
        "that the border would reopen"
    );
    let r = rows("\"We are ready,\" Marin was quoted as saying by RIA.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].0, AttributionKind::Direct);
    assert_eq!(r[0].2.as_deref(), Some("Marin"));
}

#[test]
fn a_frame_ending_the_paragraph_before_with_a_colon_frames_the_quotation() {
    let r = rows(
        "WELLINGTON (Reuters) - Prime Minister Matthew Hendry told reporters:\n\n\
         \"We are two small economies and we cannot afford to be picked off.\"",
    );
    let a = find(&r, "We are two small");
    assert_eq!(a.0, AttributionKind::Direct);
    assert_eq!(a.3.as_deref(), Some("Matthew Hendry"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("told"));
}

#[test]
fn a_participle_of_speech_may_open_the_sentence() {
    let r = rows(
        "Noting that the two countries are old partners, President Antonio Bento said \
         Brazil would keep its trade policy.",
    );
    let a = find(&r, "that the two countries");
    assert_eq!(a.4.as_deref(), Some("Noting"), "{r:#?}");
    assert_eq!(a.3.as_deref(), Some("Antonio Bento"));
    assert_eq!(a.1, "that the two countries are old partners");
    // A label is no statement.
    let r = rows("Warning: This story contains details of the attack.");
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn a_titled_name_of_hyphenated_syllables_is_a_person() {
    let r = rows("SEOUL, Nov. 3 (Yonhap) -- Industry Minister Gong Jae-hun said exports rose.");
    let a = find(&r, "exports rose");
    assert_eq!(a.3.as_deref(), Some("Gong Jae-hun"), "{r:#?}");
    // A compound adjective is still no person's name.
    let parsed = parse("The Calgary-based railway said traffic fell.");
    assert!(
        parsed
            .entities
            .iter()
            .all(|e| e.kind != newswire::EntityKind::Person),
        "{:#?}",
        parsed.entities
    );
}

#[test]
fn a_participle_opening_a_sentence_with_no_main_clause_after_it() {
    // Found by fuzzing: no comma, so no main clause names the speaker.
    let r = rows("Saying the plan was unsafe.\n(Reporting by Ana Rios from Lima)");
    assert!(r.iter().all(|a| a.2.is_none()), "{r:#?}");
}

#[test]
fn a_participle_aside_with_a_quotation_between_speaker_and_cue() {
    let r = rows(
        "Mr. Halvorsen, citing \"the quiet strength of the harbour towns,\" said the party \
         could win three of the four seats.",
    );
    let a = find(&r, "the party could win");
    assert_eq!(a.2.as_deref(), Some("Mr. Halvorsen"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("said"));
    assert_eq!(a.1, "the party could win three of the four seats");
    // Without a quotation the aside is no part of the source either.
    let r = rows("Ms. Okafor, pointing to the polls, said the race was close.");
    assert_eq!(source_of(&r, "the race"), Some("Ms. Okafor"), "{r:#?}");
    // A preposition ending in -ing is no participle, but its phrase is an adverbial
    // aside, no part of the source either.
    let r = rows("Ms. Okafor, during a debate in Accra, said the race was close.");
    assert_eq!(source_of(&r, "the race"), Some("Ms. Okafor"), "{r:#?}");
}

#[test]
fn a_cue_that_opens_the_sentence_before_its_speaker_and_a_quotation() {
    let r =
        rows("Fuel prices rose again in June. Said Ellison: \"Nobody here can fill a tank now.\"");
    let a = find(&r, "Nobody here");
    assert_eq!(a.0, AttributionKind::Direct, "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Ellison"));
    assert_eq!(a.4.as_deref(), Some("Said"));
}

#[test]
fn a_surname_that_is_also_a_modal_and_a_month_before_the_cue() {
    let r = rows("Yin Myint May, 60, a retired teacher, said she voted before dawn.");
    let a = find(&r, "she voted");
    assert_eq!(
        a.2.as_deref(),
        Some("Yin Myint May, 60, a retired teacher"),
        "{r:#?}"
    );
    let r = rows("Defence Secretary Alan Will said the order was signed.");
    assert_eq!(
        source_of(&r, "the order"),
        Some("Defence Secretary Alan Will"),
        "{r:#?}"
    );
    // `in May`, `in 2019`: a date's phrase between subject and cue, not a name.
    let r = rows("Port officials in May said the berths would reopen.");
    assert_eq!(
        source_of(&r, "the berths"),
        Some("Port officials"),
        "{r:#?}"
    );
    // Headline capitals: `Will` is a modal there.
    let r = rows("Voters Will Decide The Bridge Tax, Says Mayor");
    assert!(
        r.iter().all(|a| a.2.as_deref() != Some("Voters Will")),
        "{r:#?}"
    );
}

#[test]
fn those_surveyed_say() {
    let r = rows("By wide margins, those surveyed say the ferry fare should be cut.");
    let a = find(&r, "the ferry fare");
    assert_eq!(a.2.as_deref(), Some("those surveyed"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("say"));
}

#[test]
fn a_one_word_answer_after_a_question() {
    let r = rows("Asked whether the pass would cover apprentices, Ruiz said yes.");
    let a = find(&r, "yes");
    assert_eq!(a.1, "yes", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Ruiz"));
    assert_eq!(a.4.as_deref(), Some("said"));
    let r = rows(
        "Asked if the ferry would run on Sunday, the operator said no, adding that crews were short.",
    );
    assert_eq!(source_of(&r, "no"), Some("the operator"), "{r:#?}");
    assert_eq!(source_of(&r, "that crews"), Some("the operator"));
    // `no` that opens a longer clause is that clause.
    let r = rows("The operator said no crews were available.");
    assert_eq!(content_of(&r, "no crews"), "no crews were available");
}

#[test]
fn a_quantifier_with_its_exception_is_the_source() {
    let r = rows("Of the 20 councillors, all but two said the levy should be dropped.");
    assert_eq!(source_of(&r, "the levy"), Some("all but two"), "{r:#?}");
    let r = rows("Everyone but Castellanos said no.");
    assert_eq!(
        source_of(&r, "no"),
        Some("Everyone but Castellanos"),
        "{r:#?}"
    );
}

#[test]
fn put_it_frames_a_quotation() {
    let r = rows("Garba put it bluntly: \"We cannot wait another harvest.\"");
    let a = find(&r, "We cannot wait");
    assert_eq!(a.0, AttributionKind::Direct, "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Garba"));
    assert_eq!(a.4.as_deref(), Some("put"));
    let r = rows("As the minister put it, \"Nobody wins a trade war.\"");
    assert_eq!(source_of(&r, "Nobody wins"), Some("the minister"), "{r:#?}");
    // Without `it`, `put` reports nothing.
    let r = rows("She put the money in the bank, \"just in case.\"");
    assert!(r.iter().all(|a| a.4.as_deref() != Some("put")), "{r:#?}");
}

#[test]
fn data_show_findings() {
    let r = rows("Data from the trade ministry show that exports rose in October.");
    let a = find(&r, "that exports rose");
    assert_eq!(
        a.2.as_deref(),
        Some("Data from the trade ministry"),
        "{r:#?}"
    );
    assert_eq!(a.4.as_deref(), Some("show"));
}

#[test]
fn a_participle_after_a_coordinated_clause_takes_that_clause_s_subject() {
    let r = rows(
        "The rebels offered a truce on Monday, but the army rejected the offer, demanding a \
         written guarantee.",
    );
    let a = find(&r, "a written guarantee");
    assert_eq!(a.2.as_deref(), Some("the army"), "{r:#?}");
    // A subordinate clause before the main one is not that clause.
    let r = rows(
        "While most rivals called for air strikes, Senator Ida Brandt urged patience, noting \
         that the border was calm.",
    );
    assert_eq!(
        source_of(&r, "that the border"),
        Some("Senator Ida Brandt"),
        "{r:#?}"
    );
}

#[test]
fn a_modal_surname_alone_before_a_past_cue() {
    let r = rows(
        "Finance Minister Olivia May defended the budget.\n\n\"It will not get cheaper than \
         this,\" May said.\n\nMay told reporters that the fund was empty.",
    );
    assert_eq!(source_of(&r, "It will not"), Some("May"), "{r:#?}");
    let a = find(&r, "that the fund");
    assert_eq!(a.2.as_deref(), Some("May"), "{r:#?}");
    assert_eq!(a.3.as_deref(), Some("Olivia May"));
    // A modal before a bare verb is a modal.
    let r = rows("May officials say the fund was empty?");
    assert!(r.iter().all(|a| a.2.as_deref() != Some("May")), "{r:#?}");
}

#[test]
fn a_speaker_named_for_an_expectation_replaces_the_unsourced_reading() {
    let r =
        rows("Chile and Peru are expected to sign the accord next month, government sources said.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].2.as_deref(), Some("government sources"));
    assert_eq!(
        r[0].1,
        "Chile and Peru are expected to sign the accord next month"
    );
    // With no speaker the expectation stands alone.
    let r = rows("Chile and Peru are expected to sign the accord next month.");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].2, None);
}

#[test]
fn a_relative_clause_on_an_unnamed_source() {
    let r = rows(
        "A source familiar with the talks, who was not authorized to speak publicly, said the \
         deal was close.",
    );
    let a = find(&r, "the deal was close");
    assert_eq!(
        a.2.as_deref(),
        Some("A source familiar with the talks, who was not authorized to speak publicly"),
        "{r:#?}"
    );
}

#[test]
fn a_title_names_its_last_bearer_before_the_mention() {
    let r = rows(
        "BOGOTA, May 12 (EFE) - Transport Minister Lucia Herrera Vidal announced the deal.\n\n\
         \"Nobody won here; the country won,\" the minister said.\n\n\
         Finance Minister Tomas Ardila declined to say how the subsidy would be paid for.\n\n\
         \"We will find the money,\" the minister said later.",
    );
    assert_eq!(
        find(&r, "Nobody won").3.as_deref(),
        Some("Lucia Herrera Vidal"),
        "{r:#?}"
    );
    assert_eq!(
        find(&r, "We will find").3.as_deref(),
        Some("Tomas Ardila"),
        "{r:#?}"
    );
}

#[test]
fn a_description_introduced_unnamed_is_not_the_last_person_named() {
    let r = rows(
        "BAMAKO (AFP) - Its spokesman, Idrissa Maiga Toure, said the group was ready to sign.\n\n\
         A Western diplomat in Bamako, who spoke on condition of anonymity, said Algeria had \
         offered to host talks.\n\n\
         \"Nobody in the capital wants to be seen making concessions,\" the diplomat said.",
    );
    let a = find(&r, "Nobody in the capital");
    assert_ne!(a.3.as_deref(), Some("Idrissa Maiga Toure"), "{r:#?}");
    // The unnamed source names no place either.
    let b = find(&r, "Algeria had");
    assert_eq!(b.3, None, "{r:#?}");
    // A description of the person named stays that person.
    let r = rows("Coach Mario Ruiz said the team was tired.\n\n\"We need rest,\" the coach said.");
    assert_eq!(
        find(&r, "We need rest").3.as_deref(),
        Some("Mario Ruiz"),
        "{r:#?}"
    );
}

#[test]
fn a_second_verb_of_stance_ends_the_first_content() {
    let r = rows(
        "Premier Ana Roy said the province wants full compensation and accused Ottawa of \
         trampling on its powers.",
    );
    assert_eq!(
        content_of(&r, "the province"),
        "the province wants full compensation",
        "{r:#?}"
    );
    let a = find(&r, "Ottawa of");
    assert_eq!(a.2.as_deref(), Some("Premier Ana Roy"));
    assert_eq!(a.4.as_deref(), Some("accused"));
}

#[test]
fn a_hearer_before_an_infinitive_is_kept_whole() {
    let r = rows("The envoy urged the two countries to involve Syria in the talks.");
    assert_eq!(
        content_of(&r, "the two countries"),
        "the two countries to involve Syria in the talks",
        "{r:#?}"
    );
    let r = rows("The envoy urged both countries to involve Syria in the talks.");
    assert_eq!(
        content_of(&r, "both"),
        "both countries to involve Syria in the talks",
        "{r:#?}"
    );
}

#[test]
fn a_modal_surname_in_an_apposition_and_an_answer_before_a_quotation() {
    let r = rows("The finance minister, Martin Will, said Magdeburg hoped to join the scheme.");
    let a = find(&r, "Magdeburg hoped");
    assert_eq!(
        a.2.as_deref(),
        Some("The finance minister, Martin Will"),
        "{r:#?}"
    );
    let r = rows(
        "Asked whether Benin would drop its claim, Ayodele said no. \"We have set that \
         question aside, not forgotten it,\" she said.",
    );
    assert_eq!(find(&r, "no").1, "no", "{r:#?}");
    let q = find(&r, "We have set");
    assert_eq!(q.0, AttributionKind::Direct, "{r:#?}");
    assert_eq!(
        q.1.trim_end_matches(','),
        "We have set that question aside, not forgotten it"
    );
}

#[test]
fn a_clause_of_stance_with_its_own_subject_after_but_ends_the_content() {
    let r = rows(
        "The Maharashtra government offered to hold talks with cane growers after a week of \
         protests, but the growers rejected the offer.",
    );
    assert_eq!(
        content_of(&r, "to hold talks"),
        "to hold talks with cane growers after a week of protests",
        "{r:#?}"
    );
}

#[test]
fn a_relative_clause_on_the_subject_ends_before_the_sentence_s_verb() {
    let r = rows(
        "Residents who said they had already lost wells to the drought packed a town hall \
         meeting on Monday.",
    );
    let a = find(&r, "they had already");
    assert_eq!(a.1, "they had already lost wells to the drought", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Residents"));
    let r = rows("Farmers who said the dam had flooded their fields demanded compensation.");
    assert_eq!(
        content_of(&r, "the dam"),
        "the dam had flooded their fields",
        "{r:#?}"
    );
}

#[test]
fn a_participle_aside_between_the_cue_and_that() {
    let r = rows("The Izvestia newspaper reported, citing sources, that the talks had stalled.");
    let a = r
        .iter()
        .find(|a| a.4.as_deref() == Some("reported"))
        .unwrap_or_else(|| panic!("{r:#?}"));
    assert_eq!(a.1, "that the talks had stalled");
    assert_eq!(a.2.as_deref(), Some("The Izvestia newspaper"));
}

#[test]
fn a_named_organisation_with_its_place_before_a_verb_of_stance() {
    let r = rows("The Australian Embassy in Tokyo declined to comment on the report.");
    let a = find(&r, "to comment");
    assert_eq!(
        a.2.as_deref(),
        Some("The Australian Embassy in Tokyo"),
        "{r:#?}"
    );
}

#[test]
fn a_fronted_content_with_the_source_after_the_cue_and_words_after_it() {
    // A venue or a time after a named source is not part of it.
    let r = rows("The refinery will stay shut until March, said Ana Lucero in a statement.");
    assert_eq!(source_of(&r, "The refinery"), Some("Ana Lucero"), "{r:#?}");
    assert_eq!(
        content_of(&r, "The refinery"),
        "The refinery will stay shut until March"
    );
    let r = rows("Talks on the new tariff schedule broke down, said a trade official on Friday.");
    assert_eq!(
        source_of(&r, "Talks on"),
        Some("a trade official"),
        "{r:#?}"
    );
    // An unnamed source keeps the phrase or the relative clause that says who it is.
    let r = rows("The board had already approved the sale, said one banker at the meeting.");
    assert_eq!(
        source_of(&r, "The board"),
        Some("one banker at the meeting"),
        "{r:#?}"
    );
    let r = rows(
        "Defending the port is within the governor's reach, said two aides who have \
         worked with her since 2019.",
    );
    assert_eq!(
        source_of(&r, "Defending"),
        Some("two aides who have worked with her since 2019"),
        "{r:#?}"
    );
    // Titles joined by `and` before the name.
    let r = rows(
        "The firm lobbied the province on gaming rules, said lawyer and party strategist \
         Ruth Okafor, a former partner.",
    );
    assert_eq!(
        source_of(&r, "The firm"),
        Some("lawyer and party strategist Ruth Okafor"),
        "{r:#?}"
    );
    // Not a verb that takes an object, and not a clause after the cue.
    let r = rows("Ms. Okafor, a lawyer, attacked the minister for his silence on the case.");
    assert!(r.iter().all(|a| a.1 != "Ms. Okafor, a lawyer"), "{r:#?}");
    let r = rows(
        "Ruth Okafor, a lawyer from Lagos, says board members outlined a plan in which \
         the firm is sold.",
    );
    assert!(r.iter().all(|a| !a.1.starts_with("Ruth Okafor")), "{r:#?}");
}

#[test]
fn a_second_verb_after_an_auxiliary_takes_the_sentence_s_subject() {
    let r = rows(
        "Premier Dana Whitfield has courted the mill towns for months but has since said \
         she will not reopen the pulp contract.",
    );
    let a = find(&r, "she will not");
    assert_eq!(a.1, "she will not reopen the pulp contract", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Premier Dana Whitfield"));
    assert_eq!(a.4.as_deref(), Some("said"));
    // A verb of speech after an auxiliary needs a clause; a form of `be` is no auxiliary
    // of a statement.
    let r = rows(
        "Lindqvist has won the event twice and has contended several other years at the \
         club.",
    );
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn a_plural_possessive_is_no_verb_before_a_quoted_term() {
    let r = rows(
        "The two countries' coast guard chiefs met in Manila on Friday to discuss so-called \
         \"grey zone\" incidents.",
    );
    assert!(
        r.iter().all(|a| a.4.as_deref() != Some("countries")),
        "{r:#?}"
    );
}

#[test]
fn a_statement_posted_on_a_website_is_the_venue_not_a_statement() {
    let r = rows(
        "The union said in a statement posted on its website that the strike would go ahead \
         on Monday.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].1, "that the strike would go ahead on Monday");
    assert_eq!(r[0].2.as_deref(), Some("The union"));
    let r = rows(
        "Exports will resume next week, the foreign ministry said in a statement posted on \
         its website.",
    );
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0].1, "Exports will resume next week");
    assert_eq!(r[0].4.as_deref(), Some("said"));
}

#[test]
fn a_verb_of_stance_after_a_set_off_clause_is_the_subject_s_verb() {
    // Not `A, welcomed X` read as content, cue and source.
    let r = rows(
        "Artisanal fishermen in the port of Kayar, where pirogues line the beach for \
         kilometres, welcomed the move.",
    );
    assert!(
        r.iter().all(|a| a.2.as_deref() != Some("the move")),
        "{r:#?}"
    );
    // After a quotation that opens the sentence, the inverted frame stands.
    let r = rows("\"Confidence is the most attractive thing of all,\" echoes Dana Moreau.");
    assert!(
        r.iter()
            .any(|a| a.1.contains("Confidence") && a.2.as_deref() == Some("Dana Moreau")),
        "{r:#?}"
    );
}

#[test]
fn a_second_verb_of_the_speaker_after_a_comma_and_ends_the_content() {
    let r = rows(
        "Liang said China was willing to buy more Chilean cherries, and expressed the hope \
         that the two sides would finish the talks this year.",
    );
    assert_eq!(
        content_of(&r, "China was"),
        "China was willing to buy more Chilean cherries",
        "{r:#?}"
    );
}

#[test]
fn a_hearer_before_an_infinitive_is_part_of_the_content() {
    let r = rows("Minister Alain Dufresne urged donors to fund schools in the camps.");
    assert_eq!(
        content_of(&r, "donors"),
        "donors to fund schools in the camps",
        "{r:#?}"
    );
    let r = rows("The Commission has urged Warsaw to drop the ban on Ukrainian grain.");
    assert_eq!(
        content_of(&r, "Warsaw"),
        "Warsaw to drop the ban on Ukrainian grain",
        "{r:#?}"
    );
    // A bare plural hearer before a clause is passed over.
    let r = rows("Kowalski told investigators he had locked the gate at midnight.");
    assert_eq!(
        content_of(&r, "he had"),
        "he had locked the gate at midnight",
        "{r:#?}"
    );
}

#[test]
fn a_cue_in_a_relative_clause_on_the_source_ends_at_its_comma() {
    let r = rows(
        "The European Commission, which had urged Warsaw to drop the ban, said the new \
         licensing system was a step forward.",
    );
    let a = find(&r, "Warsaw");
    assert_eq!(a.1, "Warsaw to drop the ban", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("The European Commission"));
    assert!(
        r.iter()
            .any(|a| a.1 == "the new licensing system was a step forward")
    );
    let r = rows("Senator Ann Ruiz, who had criticized the ban, said the new system would work.");
    assert_eq!(content_of(&r, "the ban"), "the ban", "{r:#?}");
    assert_eq!(source_of(&r, "the ban"), Some("Senator Ann Ruiz"));
}

#[test]
fn an_adverb_in_ly_between_the_subject_and_the_cue_is_passed_over() {
    let r = rows("She regularly says the carbon levy is too high for rural families.");
    assert_eq!(source_of(&r, "the carbon levy"), Some("She"), "{r:#?}");
    let r = rows("Premier Whitfield repeatedly said the mill would stay open.");
    assert_eq!(
        source_of(&r, "the mill"),
        Some("Premier Whitfield"),
        "{r:#?}"
    );
    // A noun in -ly ends the subject.
    let r = rows("The Okafor family said the inquiry had been a relief.");
    assert_eq!(
        source_of(&r, "the inquiry"),
        Some("The Okafor family"),
        "{r:#?}"
    );
}

#[test]
fn an_adverbial_aside_between_the_subject_and_the_cue_is_no_part_of_the_source() {
    let r = rows("Others, however, say the carbon levy is too high.");
    assert_eq!(source_of(&r, "the carbon"), Some("Others"), "{r:#?}");
    let r = rows("Senator Blunt, after a long pause, said the levy was too high.");
    assert_eq!(source_of(&r, "the levy"), Some("Senator Blunt"), "{r:#?}");
}

#[test]
fn a_count_after_its_determiner_is_part_of_the_source() {
    let r = rows("Exports of cod rose 12 percent in May, the two governments said.");
    assert_eq!(
        source_of(&r, "Exports"),
        Some("the two governments"),
        "{r:#?}"
    );
}

#[test]
fn an_initialism_before_a_title_does_not_end_the_frame() {
    let r = rows(
        "“Generosity today does not match the suffering,” U.N. High Commissioner for \
         Refugees Annika Brandvold said as the conference closed.",
    );
    assert_eq!(
        source_of(&r, "Generosity"),
        Some("U.N. High Commissioner for Refugees Annika Brandvold"),
        "{r:#?}"
    );
}

#[test]
fn a_second_verb_declined_or_asked_after_the_first_statement() {
    let r = rows(
        "Petronas said it remained fully supportive of the plan but declined to comment on \
         the negotiations.",
    );
    let a = find(&r, "to comment");
    assert_eq!(a.1, "to comment on the negotiations", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Petronas"));
    let r = rows(
        "The union rejected the railroads' latest offer last week and has asked the \
         National Mediation Board to intervene.",
    );
    let a = find(&r, "the National");
    assert_eq!(a.1, "the National Mediation Board to intervene", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("The union"));
}

#[test]
fn a_second_verb_after_but_and_a_modal_ends_the_content() {
    let r = rows(
        "A Metrolinx spokesperson, Priya Raghavan, confirmed the offer but would not say \
         whether the province would extend it.",
    );
    assert_eq!(content_of(&r, "the offer"), "the offer", "{r:#?}");
    assert_eq!(
        content_of(&r, "whether"),
        "whether the province would extend it"
    );
}

#[test]
fn a_base_form_after_a_modal_and_an_adverb_is_finite() {
    let r = rows("Asked about it, the senator would only say that the review was worrisome.");
    let a = find(&r, "that the review");
    assert_eq!(a.2.as_deref(), Some("the senator"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("say"));
}

#[test]
fn a_fronted_content_with_say_before_a_plural_source() {
    let r = rows("The carbon levy is too high for rural families, say some Liberal MPs.");
    assert_eq!(
        source_of(&r, "The carbon"),
        Some("some Liberal MPs"),
        "{r:#?}"
    );
    // `say` as `for example` is no cue.
    let r = rows("She could narrow the gap to, say, single digits before the vote.");
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn noted_takes_a_noun_phrase_as_its_content() {
    let r = rows("The Conservative Party noted the premier's comments on its website.");
    let a = find(&r, "the premier's");
    assert_eq!(a.2.as_deref(), Some("The Conservative Party"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("noted"));
}

#[test]
fn a_family_name_written_first_or_a_first_surname_alone_is_the_person() {
    // `Wen` is the family name of `Wen Li-chuan` (written first, before a given name of
    // hyphenated syllables); `Valdivia` the first of `Tomás Valdivia Rojas`'s surnames.
    // Each, alone and then followed by a pronoun, is that person, not the one named last
    // in the paragraph before.
    let t = "PUNE, India — The deal was signed by State Industries Minister Arjun Mehta, \
             Marisol Fuentes of the trade office and Orchid Circuits Chairman Wen \
             Li-chuan.\n\n\
             \"This is a good day for Pune,\" Mehta said.\n\n\
             Wen, who flew in from Taichung for the ceremony, said the plant would open \
             in 2028. \"We came for the engineers,\" he said.\n\n\
             The accord was welcomed by Chilean Mining Minister Tomás Valdivia Rojas and \
             Marisol Fuentes.\n\n\
             Valdivia said that India is a growing market for copper.\n\n\
             \"Our mines are ready,\" he said.";
    let r = rows(t);
    assert_eq!(
        find(&r, "the plant would open").3.as_deref(),
        Some("Wen Li-chuan")
    );
    assert_eq!(find(&r, "We came for").3.as_deref(), Some("Wen Li-chuan"));
    assert_eq!(
        find(&r, "that India is").3.as_deref(),
        Some("Tomás Valdivia Rojas")
    );
    assert_eq!(
        find(&r, "Our mines are").3.as_deref(),
        Some("Tomás Valdivia Rojas")
    );
}

#[test]
fn a_name_in_brackets_after_an_organisation_is_that_organisation() {
    // `Petrogas` is given in brackets after the company's full name, and `FENACO` (no
    // initials of the full name) after the federation's: each later mention alone is named
    // by the full name.
    let t = "KUCHING, 4 March (Bernama) -- The state government and Petroleum Gas Sarawak \
             Berhad (Petrogas) will sign a supply deal next month, the chief minister \
             said.\n\n\
             The National Coffee Growers Federation (FENACO) welcomed the talks.\n\n\
             Petrogas, in a statement, said it \"fully supports\" the plan.\n\n\
             FENACO said the deal would help small growers.";
    let r = rows(t);
    assert_eq!(
        find(&r, "it \"fully supports\"").3.as_deref(),
        Some("Petroleum Gas Sarawak Berhad")
    );
    assert_eq!(
        find(&r, "the deal would help").3.as_deref(),
        Some("National Coffee Growers Federation")
    );
}

#[test]
fn a_ministry_named_by_its_portfolio_and_the_state_are_nobody_named_before() {
    // `the fisheries ministry` is no organisation named before it (none holds `ministry`),
    // and lower-case `the state` is not the state senator named later.
    let t = "Dakar (AFP) - Senegal on Thursday rejected a European Union offer to renew a \
             fisheries deal, the fisheries ministry said.\n\n\
             In exchange, the state agreed to let companies use new models, officials \
             said.\n\n\
             State Sen. Maribel Ortega said she would introduce a bill next month.";
    let r = rows(t);
    let ministry = find(&r, "Senegal on Thursday");
    assert_eq!(ministry.2.as_deref(), Some("the fisheries ministry"));
    assert_eq!(ministry.3, None);
    let state = find(&r, "to let companies");
    assert_eq!(state.2.as_deref(), Some("the state"));
    assert_eq!(state.3, None);
}

#[test]
fn a_name_opening_a_quoted_sentence_is_no_subject_after_the_quotation() {
    // `Neither Lagos Accord` opens a sentence inside the quotation: `she` after it closes is
    // the analyst named before, not a subject read inside the quote.
    let t = "ACCRA (AFP) - Ghana and Nigeria agreed on Monday to hold joint naval drills, \
             officials said.\n\n\
             Security analyst Adaeze Okonkwo-Mensah of the University of Ghana said the deal \
             was \"symbolically important\".\n\n\
             \"Neither Lagos Accord nor Abuja Compact wants a fight. They want witnesses,\" \
             she said.";
    let r = rows(t);
    assert_eq!(
        find(&r, "Neither Lagos").3.as_deref(),
        Some("Adaeze Okonkwo-Mensah")
    );
}

#[test]
fn a_portfolio_after_minister_of_is_no_part_of_the_name() {
    // `of Customs` is the vice minister's portfolio: the name is `Zhao Minghui`.
    let parsed = parse(
        "LIMA, May 4 (Xinhua) -- The protocol was signed by Peruvian Trade Minister Rosa \
         Quispe and Chinese Vice Minister of Customs Zhao Minghui.",
    );
    let names: Vec<&str> = parsed.entities.iter().map(|e| e.name.as_ref()).collect();
    assert!(names.contains(&"Zhao Minghui"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Customs")), "{names:?}");
}

#[test]
fn a_photo_or_video_credit_is_no_antecedent_of_an_organisation_noun() {
    // `Reuters` credits a photo (after a slash) and a video (alone at the end of a
    // paragraph): `the company` is the utility named before them.
    let t = "JAKARTA (AP) — Power was cut to 12,000 homes, said state utility Nusantara \
             Power Corp.\n\n\
             Rescuers search the rubble in Banten on Sunday. ANTARA FOTO/Reuters\n\n\
             Video shows the flooded coast road in Lampung province. Reuters\n\n\
             The company said crews would restore power by Tuesday.";
    let r = rows(t);
    assert_eq!(
        find(&r, "crews would restore").3.as_deref(),
        Some("Nusantara Power Corp")
    );
}

#[test]
fn a_named_persons_spokesman_is_the_spokesman_named_after() {
    // `Prime Minister Rafael Okoro's spokesman` is not the prime minister: it is the
    // person given as `The spokesman, Daniel Mbeki,` in the next paragraph.
    let t = "ABUJA (AFP) - Nigeria and Niger signed a water deal on Tuesday.\n\n\
             Nigerian Prime Minister Rafael Okoro's spokesman said Abuja would fund new \
             dams.\n\n\
             The spokesman, Daniel Mbeki, told AFP that talks would resume in May.";
    let r = rows(t);
    assert_eq!(
        find(&r, "Abuja would fund").3.as_deref(),
        Some("Daniel Mbeki")
    );
}

#[test]
fn a_company_named_with_motors_or_holdings_is_an_organisation() {
    // `Godavari Motors` and `Tern Holdings` are companies: `the company` is the one that
    // spoke last.
    let t = "Chennai, July 2 (IANS) Godavari Motors on Friday said it has signed \
             a deal with Tern Holdings to build electric buses.\n\n\
             The plant will open near Chennai in 2027, the company said in a filing.";
    let r = rows(t);
    assert_eq!(
        find(&r, "The plant will open").3.as_deref(),
        Some("Godavari Motors")
    );
    let parsed = parse(t);
    assert!(
        parsed
            .entities
            .iter()
            .filter(|e| e.name == "Godavari Motors" || e.name == "Tern Holdings")
            .all(|e| e.kind == newswire::EntityKind::Organisation),
        "{:#?}",
        parsed.entities
    );
}

#[test]
fn an_acronym_of_a_thing_is_no_organisation() {
    // `MOU` and `the Eastside LRT` are a document and a rail line: `the ministry` is not
    // the memorandum, and neither is an organisation.
    let t = "HANOI, May 2 (Yonhap) -- South Korea and Laos signed an MOU on Monday to \
             cooperate on rare earths, the trade ministry said.\n\n\
             Under the MOU, the two countries will map deposits, according to the \
             ministry.\n\n\
             Work on the Eastside LRT will also start in June.";
    let parsed = parse(t);
    assert!(
        parsed
            .entities
            .iter()
            .filter(|e| e.name.contains("MOU") || e.name.contains("LRT"))
            .all(|e| e.kind != newswire::EntityKind::Organisation),
        "{:#?}",
        parsed.entities
    );
    let r = rows(t);
    assert_eq!(find(&r, "Under the MOU").3, None);
}

#[test]
fn an_adverb_after_an_auxiliary_before_a_verb_of_stance() {
    let r = rows("Senator Ruth Okafor has sharply criticized the pipeline deal.");
    assert_eq!(
        source_of(&r, "the pipeline"),
        Some("Senator Ruth Okafor"),
        "{r:#?}"
    );
    let r = rows("Senator Paul Ruiz, who has long opposed the levy, spoke first.");
    let a = find(&r, "the levy");
    assert_eq!(a.1, "the levy", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Senator Paul Ruiz"));
    // A `whose` clause describes its antecedent: no stance of the antecedent's.
    let r = rows(
        "Vice Chancellor Andrea Pichler, whose Social Democrats had long opposed the reform, \
         denied that her party had broken its promises.",
    );
    assert!(r.iter().all(|a| a.1 != "the reform"), "{r:#?}");
}

#[test]
fn an_object_pronoun_and_a_label_after_called_are_contents() {
    let r = rows("Premier Dana Whitfield endorsed her.");
    assert_eq!(content_of(&r, "her"), "her", "{r:#?}");
    let r = rows("Senator Paul Ruiz called the pipeline plan a disaster for the coast.");
    assert_eq!(
        content_of(&r, "the pipeline"),
        "the pipeline plan a disaster for the coast",
        "{r:#?}"
    );
    // `called` with a plain object is still no statement.
    let r = rows("Senator Paul Ruiz called the police after the crash.");
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn a_second_verb_in_a_relative_clause_ends_at_the_clause_s_comma() {
    let r = rows(
        "Sanders, who endorsed Canova in May and said he would campaign with him, did not \
         show up.",
    );
    let a = find(&r, "he would");
    assert_eq!(a.1, "he would campaign with him", "{r:#?}");
    assert_eq!(a.2.as_deref(), Some("Sanders"));
}

#[test]
fn a_second_verb_after_a_time_phrase_takes_the_sentence_s_subject() {
    let r = rows(
        "The columnist Nadia Ferreira has been critical of the mayor but on Tuesday wrote \
         that she agreed with him on the transit levy.",
    );
    let a = find(&r, "that she agreed");
    assert_eq!(
        a.1, "that she agreed with him on the transit levy",
        "{r:#?}"
    );
    assert_eq!(a.3.as_deref(), Some("Nadia Ferreira"), "{r:#?}");
    // The source is the sentence's subject, never the clause before the coordinator.
    let r =
        rows("Councillor Omar Haddad met the mayor and last week told reporters the deal was off.");
    let a = find(&r, "the deal");
    assert_eq!(a.3.as_deref(), Some("Omar Haddad"), "{r:#?}");
    assert!(
        !a.2.as_deref().unwrap_or("").contains("last week"),
        "{r:#?}"
    );
}

#[test]
fn an_adverb_between_be_and_a_progressive_cue() {
    let r = rows("Some in the caucus are quietly saying it is time to accept the new leader.");
    let a = find(&r, "it is time");
    assert_eq!(a.1, "it is time to accept the new leader", "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("saying"), "{r:#?}");
}

#[test]
fn a_relative_clause_after_a_bracketed_label_has_the_name_as_antecedent() {
    let r = rows(
        "\"It is the beginning of the end,\" said Sen. Ana Ruiz (D-Conn.), who has long \
         opposed the pipeline. \"Their grip is breaking.\"",
    );
    let a = find(&r, "the pipeline");
    assert_eq!(a.3.as_deref(), Some("Ana Ruiz"), "{r:#?}");
    // The quotation that follows keeps its speaker.
    let a = find(&r, "Their grip");
    assert_eq!(a.3.as_deref(), Some("Ana Ruiz"), "{r:#?}");
}

#[test]
fn a_participle_after_a_nested_statement_is_the_outer_speaker_s() {
    let r = rows(
        "Trade Minister Rajiv Menon said India welcomed Japanese investment in its chip \
         industry, adding that New Delhi would offer land to firms that build plants.",
    );
    let a = find(&r, "that New Delhi");
    assert_eq!(a.3.as_deref(), Some("Rajiv Menon"), "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("adding"), "{r:#?}");
}

#[test]
fn a_participle_after_a_mid_frame_is_no_part_of_the_content() {
    let r = rows(
        "The city will close the pier to traffic in June, Mayor Lucia Ferrante said Friday, \
         ending a dispute that has divided the waterfront for years.",
    );
    let a = find(&r, "The city");
    assert_eq!(
        a.1, "The city will close the pier to traffic in June",
        "{r:#?}"
    );
    assert_eq!(a.3.as_deref(), Some("Lucia Ferrante"), "{r:#?}");
    // A gerund that is the subject of the clause after the frame is part of it.
    let r = rows("The move was smooth, he said, replacing her would be much harder.");
    assert!(
        r.iter()
            .any(|a| a.1.ends_with("replacing her would be much harder")),
        "{r:#?}"
    );
}

#[test]
fn a_statement_in_a_relative_clause_ends_the_content_before_it() {
    let r = rows(
        "The union urged both sides to \"keep talking\" before any strike, which it said would \
         cost the port 40 million euros a week.",
    );
    let a = find(&r, "both sides");
    assert_eq!(
        a.1, "both sides to \"keep talking\" before any strike",
        "{r:#?}"
    );
    assert_eq!(a.2.as_deref(), Some("The union"), "{r:#?}");
    let b = find(&r, "would cost");
    assert_eq!(b.2.as_deref(), Some("it"), "{r:#?}");
}

#[test]
fn a_name_set_off_by_commas_in_a_content_is_no_new_speaker() {
    let r = rows(
        "Chief Minister Tan Wei Loon said the investor, Nordhafen Chips GmbH, had promised \
         to build an assembly plant in Kulim.",
    );
    let a = find(&r, "the investor");
    assert_eq!(
        a.1, "the investor, Nordhafen Chips GmbH, had promised to build an assembly plant in Kulim",
        "{r:#?}"
    );
    assert_eq!(a.3.as_deref(), Some("Tan Wei Loon"), "{r:#?}");
}

#[test]
fn a_comma_that_groups_digits_does_not_end_a_subordinate_clause() {
    let r = rows(
        "While one index says there are more than 2,700 family farms left in the valley, \
         another puts the figure at 1,900.",
    );
    let a = find(&r, "there are");
    assert_eq!(
        a.1, "there are more than 2,700 family farms left in the valley",
        "{r:#?}"
    );
    assert_eq!(a.2.as_deref(), Some("one index"), "{r:#?}");
}

#[test]
fn a_source_inside_a_restrictive_relative_is_its_antecedent() {
    let r = rows(
        "Two fishermen who left the harbour at dawn on Monday told reporters the coast guard \
         had turned them back.",
    );
    assert_eq!(
        source_of(&r, "the coast guard"),
        Some("Two fishermen"),
        "{r:#?}"
    );

    let r = rows(
        "A crane operator who asked not to be named because he feared dismissal told \
         Reuters the cranes had not been inspected.",
    );
    assert_eq!(
        source_of(&r, "the cranes"),
        Some("A crane operator"),
        "{r:#?}"
    );

    let r = rows("But many growers who lost their crops to the frost say the aid comes too late.");
    // (a short relative stays in the source, as before)
    assert!(
        source_of(&r, "the aid").is_some_and(|s| s.starts_with("many growers")),
        "{r:#?}"
    );

    // a pronoun in the relative is the antecedent already; a subordinate clause opening
    // the sentence is no noun phrase
    let r = rows(
        "Though dealers who spoke to Kyodo expect prices to rise, they say supplies are \
         ample.",
    );
    assert_ne!(source_of(&r, "supplies"), Some("Though dealers"), "{r:#?}");
}

#[test]
fn a_title_after_state_and_an_inverted_frame_closing_the_sentence() {
    // PTI's `state Labour Minister X said`: `state` modifies the title
    let text = "Weavers in Kannur called off their sit-in after mill owners agreed to restore \
                the night shift, state Industries Minister P K Raghavan said.";
    let r = rows(text);
    let a = find(&r, "Weavers in Kannur");
    assert_eq!(
        a.2.as_deref(),
        Some("state Industries Minister P K Raghavan"),
        "{r:#?}"
    );
    assert_eq!(a.3.as_deref(), Some("P K Raghavan"), "{r:#?}");
    // the statement inside it ends before the frame
    let b = find(&r, "to restore");
    assert_eq!(b.1, "to restore the night shift", "{r:#?}");

    // `..., said Minister X.`: an inverted frame ends a content read inside the sentence
    let r = rows(
        "Pahang Water has offered to lay a second pipeline to the island by 2028, said \
         Energy Minister Rahim Osman.",
    );
    let a = find(&r, "to lay");
    assert_eq!(
        a.1, "to lay a second pipeline to the island by 2028",
        "{r:#?}"
    );
    let b = find(&r, "Pahang Water");
    assert_eq!(b.3.as_deref(), Some("Rahim Osman"), "{r:#?}");
}

#[test]
fn an_absolute_clause_with_a_speaker_of_its_own() {
    let r = rows(
        "The council rejected the plan to lease the harbour, with party spokesperson Mira \
         Kovac saying the lease \"gives away what the town built.\"",
    );
    let a = find(&r, "the lease");
    assert_eq!(a.0, AttributionKind::Mixed, "{r:#?}");
    assert_eq!(
        a.2.as_deref(),
        Some("party spokesperson Mira Kovac"),
        "{r:#?}"
    );
    assert_eq!(a.3.as_deref(), Some("Mira Kovac"), "{r:#?}");

    let r = rows("Talks broke off on Monday, with the union saying the offer was too low.");
    assert_eq!(source_of(&r, "the offer"), Some("the union"), "{r:#?}");

    // a content before it ends at the comma; a participle of stance stays in the content
    let r =
        rows("The ministry denied the report, with one official saying it was \"pure invention.\"");
    assert_eq!(find(&r, "the report").1, "the report", "{r:#?}");
    assert_eq!(source_of(&r, "it was"), Some("one official"), "{r:#?}");
    let r = rows("The poll found Lind ahead, with 40 percent backing her in the north.");
    assert_eq!(
        find(&r, "Lind ahead").1,
        "Lind ahead, with 40 percent backing her in the north",
        "{r:#?}"
    );
}

#[test]
fn a_stance_of_a_common_noun_subject_that_opens_its_clause() {
    let r = rows(
        "Many growers want the levy scrapped before the harvest, and some exporters oppose \
         the new quota.",
    );
    assert_eq!(
        find(&r, "the levy").1,
        "the levy scrapped before the harvest",
        "{r:#?}"
    );
    assert_eq!(source_of(&r, "the levy"), Some("Many growers"), "{r:#?}");
    assert_eq!(
        source_of(&r, "the new quota"),
        Some("some exporters"),
        "{r:#?}"
    );

    // a restrictive relative: the antecedent holds the stance, and its object ends
    // before the sentence's own verb
    let r = rows("A dock worker who backed the strike said the port was quiet.");
    assert_eq!(find(&r, "the strike").1, "the strike", "{r:#?}");
    assert_eq!(source_of(&r, "the strike"), Some("A dock worker"), "{r:#?}");
    assert_eq!(source_of(&r, "the port"), Some("A dock worker"), "{r:#?}");

    // no noun cue (`reader questions to`), no reduced passive (`offered by`), no naming
    // (`called`), no forecast (`can expect`), no shared activity (`discussed`)
    for text in [
        "An app called Tally was withdrawn, and a program offered by the city closed.",
        "The panel answers reader questions to the editor every week.",
        "In the spring the farmers can expect more rain.",
        "On Monday the two leaders discussed trade and fishing rights.",
    ] {
        let r = rows(text);
        assert!(r.is_empty(), "{text}: {r:#?}");
    }
}

#[test]
fn verbs_of_stance_added_to_the_lexicon() {
    let r = rows(
        "Governor Ortiz pledged to rebuild the bridge by June. Judge Alma Reyes ordered an \
         inquiry into the collapse. Senator Lund voted against the bill and sided with the \
         farmers. Mayor Chen downplayed the risk of flooding.",
    );
    for (content, cue, source) in [
        ("to rebuild the bridge by June", "pledged", "Governor Ortiz"),
        (
            "an inquiry into the collapse",
            "ordered",
            "Judge Alma Reyes",
        ),
        ("the bill", "voted against", "Senator Lund"),
        ("the farmers", "sided with", "Senator Lund"),
        ("the risk of flooding", "downplayed", "Mayor Chen"),
    ] {
        let a = find(&r, content);
        assert_eq!(a.1, content, "{r:#?}");
        assert_eq!(a.4.as_deref(), Some(cue), "{r:#?}");
        assert_eq!(a.2.as_deref(), Some(source), "{r:#?}");
    }
    // `voted` alone and `went` alone report nothing
    let r = rows("Senator Lund voted on Tuesday and went home.");
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn a_noun_of_stance_with_its_possessor_as_the_source() {
    let text = "Mayor Ines Rivera spoke on Monday. Her criticism of the budget was sharp. \
                Councillor Tom Abbot's claim that the vote was rigged drew jeers.";
    let r = rows(text);
    let a = find(&r, "the budget");
    assert_eq!(a.1, "the budget", "{r:#?}");
    assert_eq!(a.4.as_deref(), Some("criticism of"), "{r:#?}");
    assert_eq!(a.3.as_deref(), Some("Ines Rivera"), "{r:#?}");
    let b = find(&r, "the vote was rigged");
    assert_eq!(b.2.as_deref(), Some("Councillor Tom Abbot"), "{r:#?}");

    // no possessor, no statement; an unresolved possessive pronoun names nobody
    let r = rows("The decision to close the mine was taken in May.");
    assert!(r.is_empty(), "{r:#?}");
    let r = rows("His refusal to resign angered the unions.");
    let a = find(&r, "resign");
    assert_eq!(a.2.as_deref(), Some("His"), "{r:#?}");
    assert_eq!(a.3, None, "{r:#?}");
}

#[test]
fn a_bare_verb_of_stance_after_a_capitalised_plural() {
    // a plural opening the sentence, or a group named in capitals
    let r = rows(
        "Fishermen want the quota raised before spring. Democrats see the levy as a tax on \
         the coast.",
    );
    assert_eq!(source_of(&r, "the quota"), Some("Fishermen"), "{r:#?}");
    assert_eq!(source_of(&r, "the levy"), Some("Democrats"), "{r:#?}");
    // a singular name takes the `-s` form; the bare form after it is no statement of it
    let r = rows("Would Ms Sanders want the quota raised?");
    assert!(
        r.iter().all(|a| a.2.as_deref() != Some("Ms Sanders")),
        "{r:#?}"
    );
}

#[test]
fn a_hedged_seem_is_the_writers_own() {
    // the bare `seem` comes after a modal or a negation: the writer's hedge, no
    // appearance reported; `seems` still reports one
    let r = rows("Republicans don't seem to take the argument seriously.");
    assert!(r.is_empty(), "{r:#?}");
    let r = rows("The plan seems to be working.");
    assert_eq!(
        content_of(&r, "The plan"),
        "The plan seems to be working",
        "{r:#?}"
    );
}

#[test]
fn about_before_a_figure_stays_in_the_content() {
    let r = rows(
        "The budget office said about half of the shortfall came from the tax cut. Ortiz \
         spoke about the harbour plan on Monday.",
    );
    let a = find(&r, "about half");
    assert_eq!(a.4.as_deref(), Some("said"), "{r:#?}");
    assert_eq!(
        a.1, "about half of the shortfall came from the tax cut",
        "{r:#?}"
    );
}

#[test]
fn hopes_labels_and_a_plural_head_before_a_phrase() {
    // `hope` takes an infinitive as well as a `that` clause
    let r = rows("Mayor Ruth Okafor hopes to open the bridge by June.");
    assert_eq!(
        find(&r, "to open").2.as_deref(),
        Some("Mayor Ruth Okafor"),
        "{r:#?}"
    );
    // `called him divisive`: the object and what it is called; not `called him back`
    let r = rows("Senator Lund called him divisive and accused him of lying.");
    assert_eq!(content_of(&r, "him divisive"), "him divisive", "{r:#?}");
    assert_eq!(content_of(&r, "him of lying"), "him of lying", "{r:#?}");
    let r = rows("Senator Lund called him back on Friday.");
    assert!(r.is_empty(), "{r:#?}");
    // a bare form agrees with the plural head before the subject's phrase
    let r = rows("Residents of the valley oppose the new dam.");
    assert_eq!(
        source_of(&r, "the new dam"),
        Some("Residents of the valley"),
        "{r:#?}"
    );
}

#[test]
fn a_count_added_and_what_a_thing_says_about_another_are_no_statements() {
    for text in [
        "Carolina added three more goals before the break.",
        "The 17-second spot says much about the brand.",
    ] {
        let r = rows(text);
        assert!(r.is_empty(), "{text}: {r:#?}");
    }
    // a clause that opens with a number is still a statement
    let r = rows("Ortiz added two conditions would apply.");
    assert_eq!(source_of(&r, "two conditions"), Some("Ortiz"), "{r:#?}");
}
