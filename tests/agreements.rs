//! Agreements on realistic fixtures: one group per case of the issue (records, lexicon,
//! traps, parties named through the entity table), plus the seed article.

use newswire::{Agreement, Status, parse};

fn texts(a: &Agreement) -> (Vec<String>, Vec<String>) {
    (
        a.parties.iter().map(|p| p.text.to_string()).collect(),
        a.counterparties
            .iter()
            .map(|p| p.text.to_string())
            .collect(),
    )
}

fn instrument<'a>(a: &'a Agreement) -> Option<&'a str> {
    a.instrument.as_ref().map(|x| &*x.text)
}

fn action<'a>(a: &'a Agreement) -> Option<&'a str> {
    a.action.as_ref().map(|x| &*x.text)
}

/// The single agreement of `text`, checking that its trigger is `trigger`.
fn only(text: &str, trigger: &str) -> Agreement<'static> {
    let article = parse(text);
    let got: Vec<&str> = article
        .agreements
        .iter()
        .map(|a| &*a.trigger.text)
        .collect();
    assert_eq!(got, [trigger], "in {text:?}");
    article.agreements[0].clone().into_owned()
}

// ---- 1. Agreement records -------------------------------------------------------------

#[test]
fn active_act_with_conjunct_parties_counterparty_instrument_and_action() {
    let text = "ACCRA, Ghana (AP) — Ghana and Togo signed a border security pact with the \
                African Union on Tuesday to share intelligence on armed groups, officials said.";
    let a = only(text, "signed");
    assert_eq!(a.status, Status::Signed);
    assert!(!a.negated && !a.future);
    let (parties, counter) = texts(&a);
    assert_eq!(parties, ["Ghana", "Togo"]);
    assert_eq!(counter, ["the African Union"]);
    assert_eq!(instrument(&a), Some("a border security pact"));
    assert_eq!(action(&a), Some("share intelligence on armed groups"));
    let t = &text[a.trigger.span.start..a.trigger.span.end];
    assert_eq!(t, "signed");
}

#[test]
fn passive_by_phrase_gives_the_parties() {
    let a = only(
        "The accord was signed by Foreign Minister Ana Lopez and her Chilean counterpart \
         Pedro Soto after two days of talks in Lima.",
        "signed",
    );
    assert_eq!(a.status, Status::Signed);
    assert_eq!(
        texts(&a).0,
        [
            "Foreign Minister Ana Lopez",
            "her Chilean counterpart Pedro Soto"
        ]
    );
    assert_eq!(instrument(&a), Some("The accord"));
}

#[test]
fn relative_clause_signing_names_its_antecedent_instrument() {
    let article = parse(
        "The two ministers concluded a fisheries protocol, which was signed by Lopez and Soto \
         on Friday.",
    );
    let got: Vec<&str> = article
        .agreements
        .iter()
        .map(|a| &*a.trigger.text)
        .collect();
    assert_eq!(got, ["concluded", "signed"]);
    let concluded = &article.agreements[0];
    assert_eq!(concluded.status, Status::Signed);
    // `the two ministers` stands for two parties
    assert_eq!(
        texts(concluded).0,
        ["The two ministers", "The two ministers"]
    );
    let signed = &article.agreements[1];
    assert_eq!(instrument(signed), Some("a fisheries protocol"));
    assert_eq!(texts(signed).0, ["Lopez", "Soto"]);
}

#[test]
fn negated_and_future_acts() {
    let a = only(
        "The dockworkers' union has not signed the new wage agreement.",
        "signed",
    );
    assert!(a.negated && !a.future);
    assert_eq!(instrument(&a), Some("the new wage agreement"));

    let a = only(
        "Acme Corp will sign a letter of intent next month to buy the Dayton plant.",
        "sign",
    );
    assert!(a.future && !a.negated);
    assert_eq!(texts(&a).0, ["Acme Corp"]);
    assert_eq!(instrument(&a), Some("a letter of intent"));
    assert_eq!(action(&a), Some("buy the Dayton plant"));
}

#[test]
fn coordinated_verbs_share_the_subject() {
    let article = parse(
        "Copper miners and smelters failed to agree on a treatment charge for 2025, but agreed \
         to meet again in June, delegates said.",
    );
    let a = &article.agreements;
    assert_eq!(a.len(), 2);
    assert!(a[0].negated);
    assert_eq!(action(&a[0]), Some("a treatment charge for 2025"));
    assert!(!a[1].negated);
    assert_eq!(texts(&a[1]).0, ["Copper miners", "smelters"]);
    assert_eq!(action(&a[1]), Some("meet again in June"));
}

#[test]
fn object_gap_relative_and_coordination_after_a_non_act() {
    let article = parse("The rebels proposed a 30-day truce, which the army rejected.");
    let a = &article.agreements;
    assert_eq!(a.len(), 2);
    assert_eq!(
        (&*a[0].trigger.text, a[0].status),
        ("proposed", Status::Proposed)
    );
    assert_eq!(instrument(&a[0]), Some("a 30-day truce"));
    assert_eq!(
        (&*a[1].trigger.text, a[1].status),
        ("rejected", Status::Rejected)
    );
    assert_eq!(texts(&a[1]).0, ["the army"]);
    assert_eq!(instrument(&a[1]), Some("a 30-day truce"));

    let a = only(
        "Hanwa Motor Corp rejected a union demand for a 10 pct wage rise, but offered a 4 pct \
         increase, union officials said.",
        "offered",
    );
    assert_eq!(texts(&a).0, ["Hanwa Motor Corp"]);
    assert_eq!(action(&a), Some("a 4 pct increase"));
}

#[test]
fn capitals_and_a_split_after_an_abbreviation() {
    // the sentence splitter cuts after `U.S.`; the act still spans both parts
    let a = only(
        "ON 2 MAY, THE U.S. AND HONDURAN GOVERNMENTS RATIFIED THE ADDITIONAL PROTOCOL.",
        "RATIFIED",
    );
    assert_eq!(a.status, Status::Ratified);
    assert_eq!(texts(&a).0, ["THE U.S.", "HONDURAN GOVERNMENTS"]);
    assert_eq!(instrument(&a), Some("THE ADDITIONAL PROTOCOL"));
}

#[test]
fn passive_offer_with_its_author_and_a_committee_name_kept_whole() {
    let article =
        parse("The Energy and Commerce subcommittee rejected a plan offered by Rep. Ann Ruiz.");
    let a = &article.agreements;
    let got: Vec<&str> = a.iter().map(|a| &*a.trigger.text).collect();
    assert_eq!(got, ["rejected", "offered"]);
    assert_eq!(texts(&a[0]).0, ["The Energy and Commerce subcommittee"]);
    assert_eq!(instrument(&a[0]), Some("a plan"));
    assert_eq!(texts(&a[1]).0, ["Rep. Ann Ruiz"]);

    let a = only(
        "Lawmakers studied a plan offered by Rep. Ann Ruiz.",
        "offered",
    );
    assert_eq!(a.status, Status::Offered);
    assert_eq!(texts(&a).0, ["Rep. Ann Ruiz"]);
    assert_eq!(instrument(&a), Some("a plan"));
}

#[test]
fn appositive_participle_plans_and_yet_to() {
    let a = only(
        "The deal, signed Tuesday in Geneva by Iran and the European Union, lifts most \
         sanctions.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("The deal"));
    assert_eq!(texts(&a).0, ["Iran", "the European Union"]);

    let a = only("Nobody could say why terms could not be agreed.", "agreed");
    assert!(a.negated);
    assert_eq!(instrument(&a), Some("terms"));

    let a = only(
        "Woodside has accepted a Santos Ltd <STOS.S> takeover offer for Vamgas.",
        "accepted",
    );
    assert_eq!(instrument(&a), Some("a Santos Ltd <STOS.S> takeover offer"));

    let a = only(
        "An accord between Chile and Peru was signed in Lima on Monday.",
        "signed",
    );
    assert_eq!(texts(&a).0, ["Chile", "Peru"]);
    assert_eq!(instrument(&a), Some("An accord"));

    let a = only(
        "Egypt and Sudan are to sign a water-sharing treaty next month.",
        "sign",
    );
    assert!(a.future);
    assert_eq!(texts(&a).0, ["Egypt", "Sudan"]);

    let a = only("The two sides have yet to sign a final agreement.", "sign");
    assert!(a.negated);

    let a = only(
        "Caspian Oil said on Monday it would sign a production-sharing agreement with Baku.",
        "sign",
    );
    assert!(a.future);
    assert_eq!(a.parties[0].name.as_deref(), Some("Caspian Oil"));
    assert_eq!(texts(&a).1, ["Baku"]);
}

#[test]
fn a_participle_after_a_comma_takes_the_sentence_subject() {
    let a = only(
        "On Thursday, however, Senator Alvarez spoke to a gathering of farmers, promising to \
         lift the export ban.",
        "promising",
    );
    assert_eq!(texts(&a).0, ["Senator Alvarez"]);
    assert_eq!(action(&a), Some("lift the export ban"));
}

#[test]
fn apposition_after_tickers() {
    let a = only(
        "InterFirst Corp <IFC> and RepublicBank Corp <RPT>, both headquartered in Dallas, \
         agreed to merge.",
        "agreed",
    );
    assert_eq!(
        texts(&a).0,
        ["InterFirst Corp <IFC>", "RepublicBank Corp <RPT>"]
    );
}

#[test]
fn coordinated_acts_are_two_acts() {
    let article = parse("Kenya agreed to buy 40 locomotives and pledged to open its rail market.");
    let a = &article.agreements;
    let got: Vec<&str> = a.iter().map(|a| &*a.trigger.text).collect();
    assert_eq!(got, ["agreed", "pledged"]);
    assert_eq!(action(&a[0]), Some("buy 40 locomotives"));
    assert_eq!(texts(&a[1]).0, ["Kenya"]);
    assert_eq!(action(&a[1]), Some("open its rail market"));
}

#[test]
fn a_run_on_text_full_of_triggers_is_parsed() {
    // no sentence ends, thousands of acts: every rule looks at a bounded window
    let text = "Kenya agreed to sign the deal with Uganda and pledged to offer aid , officials \
                said under the accord "
        .repeat(2000);
    let article = newswire::Parser::new()
        .attributions(false)
        .parse(&text)
        .unwrap();
    assert!(article.agreements.len() >= 4000);
}

#[test]
fn a_recipient_is_a_counterparty() {
    let a = only(
        "Donor countries pledged 2 billion dollars in reconstruction aid to Haiti.",
        "pledged",
    );
    assert_eq!(a.status, Status::Promised);
    assert_eq!(texts(&a).1, ["Haiti"]);
    assert_eq!(action(&a), Some("2 billion dollars in reconstruction aid"));

    let a = only(
        "The movement promised the government to surrender its weapons by June.",
        "promised",
    );
    assert_eq!(texts(&a).1, ["the government"]);
    assert_eq!(action(&a), Some("surrender its weapons by June"));

    let a = only(
        "Employers offered the metalworkers' union a 3 pct pay rise from May.",
        "offered",
    );
    assert_eq!(texts(&a).1, ["the metalworkers' union"]);
    assert_eq!(action(&a), Some("a 3 pct pay rise from May"));
}

#[test]
fn reported_act_is_linked_to_its_attribution() {
    let article = parse(
        "\"The government agreed to release 200 prisoners before the holiday,\" the interior \
         minister said.",
    );
    let a = &article.agreements[0];
    assert_eq!(a.trigger.text, "agreed");
    // a closing time clause (`before the holiday`) is not part of the commitment
    assert_eq!(action(a), Some("release 200 prisoners"));
    let i = a.attribution.expect("linked to its attribution");
    let at = &article.attributions[i];
    assert!(at.content.span.contains(a.trigger.span));
    assert_eq!(a.source, at.source);
    assert_eq!(
        a.source.as_ref().map(|s| &*s.text),
        Some("the interior minister")
    );
}

#[test]
fn speaker_of_the_sentence_is_the_source() {
    let a = only(
        "COLOMBIA AND VENEZUELA SIGNED A BORDER SECURITY AGREEMENT, INTERIOR MINISTER CARLOS \
         LEMOS SAID.",
        "SIGNED",
    );
    let s = a.source.as_ref().expect("a source");
    assert_eq!(s.text, "INTERIOR MINISTER CARLOS LEMOS");
    assert_eq!(texts(&a).0, ["COLOMBIA", "VENEZUELA"]);
}

// ---- 2. The lexicon ---------------------------------------------------------------------

#[test]
fn every_verb_of_the_lexicon() {
    let cases: &[(&str, &str, Status)] = &[
        (
            "Kenya agreed on a new timetable for the talks.",
            "agreed",
            Status::Agreed,
        ),
        (
            "The two unions came to an agreement with the port on Friday.",
            "came",
            Status::Agreed,
        ),
        (
            "The rebels turned down the government's offer.",
            "turned",
            Status::Rejected,
        ),
        (
            "The board rebuffed the takeover bid.",
            "rebuffed",
            Status::Rejected,
        ),
        (
            "As a nation, we remain committed to welcoming refugees.",
            "committed",
            Status::Promised,
        ),
        (
            "The airline has agreed with its pilots to freeze wages.",
            "agreed",
            Status::Agreed,
        ),
        (
            "The rebels accepted the government's ceasefire.",
            "accepted",
            Status::Agreed,
        ),
        (
            "The board consented to the transfer of the licence.",
            "consented",
            Status::Agreed,
        ),
        (
            "The mayor promised to reopen the clinic.",
            "promised",
            Status::Promised,
        ),
        (
            "Donors pledged 40 million dollars.",
            "pledged",
            Status::Promised,
        ),
        (
            "The leaders vowed to double bilateral trade.",
            "vowed",
            Status::Promised,
        ),
        (
            "Both firms committed themselves to cutting emissions.",
            "committed",
            Status::Promised,
        ),
        (
            "Oslo assured Kyiv that it would deliver the systems.",
            "assured",
            Status::Promised,
        ),
        (
            "The lender guaranteed that it will keep the branch open.",
            "guaranteed",
            Status::Promised,
        ),
        (
            "Norway offered to host the next round.",
            "offered",
            Status::Offered,
        ),
        (
            "Brazil proposed a joint patrol of the river.",
            "proposed",
            Status::Proposed,
        ),
        (
            "Peru and Chile signed a fisheries accord.",
            "signed",
            Status::Signed,
        ),
        (
            "The two sides concluded a trade treaty.",
            "concluded",
            Status::Signed,
        ),
        (
            "Acme inked a supply contract with Zenith.",
            "inked",
            Status::Signed,
        ),
        (
            "The envoys initialled a draft agreement.",
            "initialled",
            Status::Signed,
        ),
        (
            "Parliament ratified the climate treaty.",
            "ratified",
            Status::Ratified,
        ),
        (
            "The senate approved the merger of the two utilities.",
            "approved",
            Status::Ratified,
        ),
        (
            "The union reached a deal with the railway.",
            "reached",
            Status::Agreed,
        ),
        (
            "The clubs struck a deal for the striker.",
            "struck",
            Status::Agreed,
        ),
        (
            "Boeing clinched a deal to supply 40 jets.",
            "clinched",
            Status::Agreed,
        ),
        (
            "The firm entered into a licensing agreement with Apex.",
            "entered",
            Status::Signed,
        ),
        (
            "Workers rejected the company's offer.",
            "rejected",
            Status::Rejected,
        ),
        (
            "The junta refused to sign the peace accord.",
            "refused",
            Status::Rejected,
        ),
        (
            "The council declined the developer's proposal.",
            "declined",
            Status::Rejected,
        ),
    ];
    for (text, trigger, status) in cases {
        let article = parse(text);
        let a = article
            .agreements
            .iter()
            .find(|a| a.trigger.text == *trigger)
            .unwrap_or_else(|| panic!("no `{trigger}` in {text:?}: {:?}", article.agreements));
        assert_eq!(a.status, *status, "{text}");
    }
}

#[test]
fn nominal_acts_with_a_named_party() {
    let a = only(
        "Officials attended the signing of the memorandum of understanding by Acme and Zenith.",
        "signing",
    );
    assert_eq!(a.status, Status::Signed);
    assert_eq!(texts(&a).0, ["Acme", "Zenith"]);
    assert_eq!(instrument(&a), Some("the memorandum of understanding"));

    let article = parse("The union studied Daimler's offer to raise wages by 4 pct.");
    let a = &article.agreements[0];
    assert_eq!((&*a.trigger.text, a.status), ("offer", Status::Offered));
    assert_eq!(texts(a).0, ["Daimler"]);
    assert_eq!(action(a), Some("raise wages by 4 pct"));

    let article = parse("Regulators weighed a rival offer from Vantage Holdings.");
    assert_eq!(texts(&article.agreements[0]).0, ["Vantage Holdings"]);

    // no named party: no act
    assert!(parse("The offer was withdrawn.").agreements.is_empty());
}

// ---- 3. Traps -----------------------------------------------------------------------------

#[test]
fn traps_are_no_agreements() {
    let traps = [
        "Most economists agree that inflation will ease next year.",
        "Analysts agreed the rally would not last.",
        "The mayor agrees with this assessment up to a point.",
        "The ministry must deal with a backlog of claims.",
        "There was no sign of a breakthrough in the talks.",
        "Diplomats saw the first signs of a deal on Friday.",
        "The ethics committee met on Tuesday.",
        "Exports rose under the 1985 accord between the two countries.",
        "The governor signed a bill raising the minimum wage.",
        "More than 300 lawmakers signed a letter to the president.",
        "The statement was signed by the party chairwoman.",
        "The militants vowed to kill the hostages.",
        "The gang kept their promise to destroy the bridge.",
        "A spokesman declined to comment.",
        "The president offered his condolences to the families.",
        "The bank is offering 200 million dollars of notes due 2030.",
        "The board approved a dividend of 12 cents a share.",
        "He was committed to a psychiatric hospital.",
        "Financial resources now committed to agriculture could be switched.",
        "The proposed merger faces scrutiny.",
        "The senator proposed a carbon tax on coal plants.",
        "The sultan delayed giving his consent to the appointment.",
        "Investors spoke about the rich potential India offers in the sector.",
        "The government and the rebels have postponed signing a peace agreement.",
        "Bloomberg decided not to make a 2008 presidential bid.",
        "Slow progress was made towards reaching a rubber pact.",
        "It said one proposed venture would produce packaging.",
        "The agreement came after weeks of talks.",
        "The offer turned out to be a hoax.",
        "Prices came to a halt.",
        "The gunman pledged his allegiance to the group.",
        "Officials in several states have already taken votes in favor of scrapping the rule.",
        "Investors doubted the disputed proposed merger with Great Western.",
        "The board proposed a dividend of 12 cents a share.",
    ];
    for t in traps {
        let got: Vec<String> = parse(t)
            .agreements
            .iter()
            .map(|a| a.trigger.text.to_string())
            .collect();
        assert!(got.is_empty(), "{t:?} gave {got:?}");
    }
}

// ---- 4. Parties named through the entity table ------------------------------------------

#[test]
fn pronoun_parties_are_named() {
    let a = only(
        "Halvorsen Shipping Corp said it agreed to buy two tankers from a Greek owner.",
        "agreed",
    );
    assert_eq!(a.parties.len(), 1);
    assert_eq!(a.parties[0].text, "it");
    assert_eq!(
        a.parties[0].name.as_deref(),
        Some("Halvorsen Shipping Corp")
    );

    let a = only(
        "Lumen Optics and Farrow Glass said they signed a memorandum of understanding.",
        "signed",
    );
    let names: Vec<_> = a.parties.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("Lumen Optics"), Some("Farrow Glass")]);
    assert!(a.parties.iter().all(|p| p.text == "they"));
}

#[test]
fn seed_article_all_six_acts() {
    let text = include_str!("../examples/seed.txt");
    let article = parse(text);
    let a = &article.agreements;
    let got: Vec<(&str, Status)> = a.iter().map(|a| (&*a.trigger.text, a.status)).collect();
    assert_eq!(
        got,
        [
            ("struck", Status::Agreed),
            ("agreed", Status::Agreed),
            ("promised", Status::Promised),
            ("offered", Status::Offered),
            ("concluded", Status::Signed),
            ("signed", Status::Signed),
        ]
    );
    let parties = |i: usize| -> Vec<(String, Option<String>)> {
        a[i].parties
            .iter()
            .map(|p| (p.text.to_string(), p.name.as_deref().map(str::to_string)))
            .collect()
    };
    let p = |t: &str, n: &str| (t.to_string(), Some(n.to_string()));
    assert!(parties(0).is_empty());
    assert_eq!(parties(1), [p("President Bukele", "Nayib Bukele")]);
    assert_eq!(parties(2), [p("He", "Nayib Bukele")]);
    assert_eq!(parties(3), [p("President Bukele", "Nayib Bukele")]);
    assert_eq!(
        parties(4),
        [
            p("Secretary Rubio", "Marco Rubio"),
            p("President Bukele", "Nayib Bukele")
        ]
    );
    assert_eq!(
        parties(5),
        [
            p("the Secretary", "Marco Rubio"),
            p(
                "Salvadoran Foreign Minister Alexandra Hill Tinoco",
                "Alexandra Hill Tinoco"
            )
        ]
    );
    assert_eq!(instrument(&a[0]), Some("Multiple agreements"));
    assert_eq!(
        action(&a[0]),
        Some("fight the waves of illegal mass migration currently destabilising the entire region")
    );
    assert_eq!(
        action(&a[1]),
        Some("take back all Salvadoran MS-13 gang members who are in the United States unlawfully")
    );
    assert!(action(&a[2]).unwrap().starts_with("accept and incarcerate"));
    assert!(action(&a[2]).unwrap().ends_with("from any country"));
    assert!(
        action(&a[3])
            .unwrap()
            .ends_with("US citizens and legal residents")
    );
    assert_eq!(instrument(&a[4]), Some("a civil nuclear cooperation MOU"));
    assert_eq!(instrument(&a[5]), Some("a civil nuclear cooperation MOU"));
    for ag in &a[..4] {
        let s = ag.source.as_ref().expect("reported by the statement");
        assert_eq!(s.text, "the statement");
        assert_eq!(s.name.as_deref(), Some("US Department of State"));
    }
    assert!(a[4].source.is_none() && a[5].source.is_none());
}

#[test]
fn spans_are_on_char_boundaries_and_slices_match() {
    let text = "Zürich — Ökobank und Société Générale signed a €2 billion “green” loan pact \
                with Nestlé to finance 40 solar parks, the bank said.";
    let article = parse(text);
    assert!(!article.agreements.is_empty());
    for a in &article.agreements {
        let mut ex = vec![(&a.trigger.span, &*a.trigger.text)];
        ex.extend(a.parties.iter().map(|p| (&p.span, &*p.text)));
        ex.extend(a.counterparties.iter().map(|p| (&p.span, &*p.text)));
        ex.extend(a.instrument.iter().map(|x| (&x.span, &*x.text)));
        ex.extend(a.action.iter().map(|x| (&x.span, &*x.text)));
        for (span, t) in ex {
            assert_eq!(text.get(span.start..span.end), Some(t));
        }
    }
}

// ---- Robustness -----------------------------------------------------------------------------

mod robustness {
    use newswire::parse;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "signed",
        "agreed",
        "to",
        "on",
        "with",
        "by",
        "the",
        "a",
        "deal",
        "accord",
        "offer",
        "pledged",
        "which",
        "was",
        "were",
        "not",
        "will",
        "and",
        ",",
        ".",
        ";",
        "(",
        ")",
        "<",
        ">",
        "[",
        "]",
        "\"",
        "“",
        "”",
        "'",
        "’s",
        "—",
        "-",
        "Kenya",
        "Acme Corp",
        "they",
        "it",
        "He",
        "said",
        "that",
        "memorandum",
        "of",
        "understanding",
        "letter",
        "intent",
        "two",
        "sides",
        "é",
        "€",
        "5",
        "pct",
        "in",
        "May",
        "Mr.",
        "U.S.",
        "SIGNED",
        "THE",
        "AGREEMENT",
        "\n",
        "\n\n",
        "proposal",
        "from",
        "between",
        "ratified",
        "approved",
        "parliament",
        "rejected",
        "urged",
        "voted",
        "in favor of",
        "gave its go-ahead",
        "made",
        "entered",
        "into",
        "committed",
        "themselves",
        "failed",
        "signing",
        "’",
        "s'",
        "workers'",
        "ﬁ",
        "🙂",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                4 => prop::sample::select(PIECES).prop_map(str::to_string),
                1 => any::<char>().prop_map(|c| c.to_string()),
            ],
            0..60,
        )
        .prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn never_panics_and_spans_match_their_text(t in text()) {
            let article = parse(&t);
            for a in &article.agreements {
                let mut ex = vec![(a.trigger.span, a.trigger.text.to_string())];
                ex.extend(a.parties.iter().map(|p| (p.span, p.text.to_string())));
                ex.extend(a.counterparties.iter().map(|p| (p.span, p.text.to_string())));
                ex.extend(a.instrument.iter().map(|x| (x.span, x.text.to_string())));
                ex.extend(a.action.iter().map(|x| (x.span, x.text.to_string())));
                for (span, s) in ex {
                    prop_assert!(span.start <= span.end && span.end <= t.len());
                    prop_assert_eq!(t.get(span.start..span.end), Some(s.as_str()));
                }
                if let Some(i) = a.attribution {
                    prop_assert!(i < article.attributions.len());
                }
            }
        }
    }
}
