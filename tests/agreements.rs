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

/// Rules narrowed so that they do not fit one corpus: each sentence below was an
/// agreement under a broader rule, and is none.
#[test]
fn narrowed_rules_refuse_look_alikes() {
    let traps = [
        // a vote for a bill, a provision or a policy is no ratification
        "The committee voted in favour of the bill on Tuesday.",
        "Delegates voted in favor of scrapping superdelegates.",
        "The city council voted in favour of the provision after a long debate.",
        // a nod, or an approval by no body, of no instrument
        "The film gave a nod to the 1980s horror classics.",
        "The teacher gave her approval to the essay topic.",
        "The coach gave his consent to the transfer request.",
        // documents and papers alone are no instrument
        "She signed the documents at the bank.",
        "He signed the papers and left the office.",
        "The courier delivered the documents, which the clerk signed.",
        // a body approves a plan, a sale, a package: no agreement act
        "The board approved a plan to cut 500 jobs.",
        "The plan was approved by the board of the exchange on Monday.",
        "Shareholders approved the sale of the chemicals unit.",
        "The cabinet approved a stimulus package worth 2 billion dlrs.",
        "The board approved the entry of new products into the catalogue.",
        // securities and services on offer are no commitment
        "The company offered 2.5 mln shares at 20 dlrs each.",
        "The museum offers 3 guided tours daily.",
        "The firm offered a stake of 10 pct to investors.",
        "The bank offered 300 mln dlrs of bonds due 2031.",
        "The bank offered a 3.5 pct rate on one-year deposits.",
        "Shareholders ratified the appointment of Smith and Co as auditors.",
        "The Senate ratified the nomination of the new ambassador.",
        "The company said it made arrangements for the shipment of the goods.",
        "The minister declined to say whether the treaty would be signed.",
        "The company will offer 75 mln dlrs of 8-3/8 pct notes due 2031.",
        "The trust is offering 300 mln dlrs of collateralized mortgage obligations.",
        "The Treasury will offer 4 bln dlrs in government bonds next week.",
        "It launched a 15 mln dlr rights offering to raise capital.",
        // a complement clause: the instrument is the subject of its own verb
        "The report concluded the agreement was illegal.",
        "The judge concluded the contract was void.",
        "Critics rejected the deal would create jobs.",
        // a thing guarantees, concludes or promises nothing
        "The law guarantees that workers will be paid overtime.",
        "The constitution guarantees that elections will be held every four years.",
        "The study concluded an agreement would help both sides.",
        "The new phone promises to deliver faster downloads.",
        // a plan of one's own is no offer
        "The family made a plan to flee the city.",
        // a state foretold is no assurance
        "We want to assure a family that things are going to be okay.",
        // agreeing with people and then doing something else
        "Analysts agreed with floor traders and called the figure neutral to slightly negative.",
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

#[test]
fn narrowed_rules_keep_true_acts() {
    let a = only(
        "Parliament voted in favour of the treaty on Tuesday.",
        "voted",
    );
    assert_eq!(a.status, Status::Ratified);
    assert_eq!(instrument(&a), Some("the treaty"));
    let a = only(
        "The Senate gave its approval to the arms control treaty.",
        "gave",
    );
    assert_eq!(a.status, Status::Ratified);
    assert_eq!(texts(&a).0, ["The Senate"]);
    assert_eq!(instrument(&a), Some("the arms control treaty"));
    let a = only(
        "The Dutch parliament gave its go-ahead to NATO enlargement.",
        "gave",
    );
    assert_eq!(action(&a), Some("NATO enlargement"));
    let a = only(
        "All member states approved Croatia's entry into the EU.",
        "approved",
    );
    assert_eq!(a.status, Status::Ratified);
    assert_eq!(action(&a), Some("Croatia's entry into the EU"));
    let a = only(
        "Poland signed the documents of accession in Warsaw.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("the documents of accession"));
    let a = only(
        "Hungarian President Arpad Goencz signed the accession documents.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("the accession documents"));
    let a = only(
        "Japan offered 500 mln dlrs in aid to the region.",
        "offered",
    );
    assert_eq!(a.status, Status::Offered);
    let a = only(
        "The government offered $250,000 for information on the killers.",
        "offered",
    );
    assert_eq!(a.status, Status::Offered);
    let a = only("Apex offered 20 dlrs a share for Fountain Oil.", "offered");
    assert_eq!(action(&a), Some("20 dlrs a share for Fountain Oil"));
    let a = only(
        "The minister guaranteed that farmers will receive the subsidy.",
        "guaranteed",
    );
    assert_eq!(a.status, Status::Promised);
    let a = only(
        "The government guaranteed that the deposits of small savers would be repaid in full.",
        "guaranteed",
    );
    assert_eq!(texts(&a).0, ["The government"]);
    // a noun in -ly is the subject, not an adverb before the verb
    let a = only("The family agreed to share the well.", "agreed");
    assert_eq!(texts(&a).0, ["The family"]);
    let a = only("The family made an offer to buy the house.", "made");
    assert_eq!(texts(&a).0, ["The family"]);
    // an act opening the clause ends before the clause's own verb
    let a = only("Japan's offer to host the talks was welcomed.", "offer");
    assert_eq!(action(&a), Some("host the talks"));
}

/// Invented wire sentences, one or more per verb of the lexicon (none from a corpus).
#[test]
fn invented_wire_sentences_for_the_lexicon() {
    struct Case {
        text: &'static str,
        trigger: &'static str,
        status: Status,
        parties: &'static [&'static str],
        counter: &'static [&'static str],
        instrument: Option<&'static str>,
        action: Option<&'static str>,
    }
    use Status::*;
    let cases = [
        Case {
            text: "Ecuador and Peru agreed to reopen their shared border crossings next month, \
                   the foreign ministry said.",
            trigger: "agreed",
            status: Agreed,
            parties: &["Ecuador", "Peru"],
            counter: &[],
            instrument: None,
            action: Some("reopen their shared border crossings next month"),
        },
        Case {
            text: "Malaysia agreed with Singapore to build a second causeway across the strait.",
            trigger: "agreed",
            status: Agreed,
            parties: &["Malaysia"],
            counter: &["Singapore"],
            instrument: None,
            action: Some("build a second causeway across the strait"),
        },
        Case {
            text: "The rebel commander accepted a ceasefire brokered by Norwegian mediators.",
            trigger: "accepted",
            status: Agreed,
            parties: &["The rebel commander"],
            counter: &[],
            instrument: Some("a ceasefire"),
            action: None,
        },
        Case {
            text: "Workers at the yard voted to accept the management offer of a 6 pct pay rise.",
            trigger: "accept",
            status: Agreed,
            parties: &["Workers at the yard"],
            counter: &[],
            instrument: Some("the management offer"),
            action: None,
        },
        Case {
            text: "The governor consented to the transfer of the prisoners to federal custody.",
            trigger: "consented",
            status: Agreed,
            parties: &["The governor"],
            counter: &[],
            instrument: None,
            action: Some("the transfer of the prisoners to federal custody"),
        },
        Case {
            text: "Donor countries pledged 1.2 billion dlrs in reconstruction aid to Haiti.",
            trigger: "pledged",
            status: Promised,
            parties: &["Donor countries"],
            counter: &["Haiti"],
            instrument: None,
            action: Some("1.2 billion dlrs in reconstruction aid"),
        },
        Case {
            text: "The prime minister vowed to restore electricity to the capital within a week.",
            trigger: "vowed",
            status: Promised,
            parties: &["The prime minister"],
            counter: &[],
            instrument: None,
            action: Some("restore electricity to the capital within a week"),
        },
        Case {
            text: "The central bank governor assured investors that the currency peg would \
                   remain in place.",
            trigger: "assured",
            status: Promised,
            parties: &["The central bank governor"],
            counter: &["investors"],
            instrument: None,
            action: Some("the currency peg would remain in place"),
        },
        Case {
            text: "Acme Corp offered to buy Widget Inc for 18 dlrs a share in cash.",
            trigger: "offered",
            status: Offered,
            parties: &["Acme Corp"],
            counter: &[],
            instrument: None,
            action: Some("buy Widget Inc for 18 dlrs a share in cash"),
        },
        Case {
            text: "Norway proposed a ceasefire to the warring factions on Monday.",
            trigger: "proposed",
            status: Proposed,
            parties: &["Norway"],
            counter: &["the warring factions"],
            instrument: Some("a ceasefire"),
            action: None,
        },
        Case {
            text: "Kenya and Tanzania signed a memorandum of understanding on Friday to share \
                   electricity.",
            trigger: "signed",
            status: Signed,
            parties: &["Kenya", "Tanzania"],
            counter: &[],
            instrument: Some("a memorandum of understanding"),
            action: Some("share electricity"),
        },
        Case {
            text: "Toyota inked a supply deal with a Thai battery maker.",
            trigger: "inked",
            status: Signed,
            parties: &["Toyota"],
            counter: &["a Thai battery maker"],
            instrument: Some("a supply deal"),
            action: None,
        },
        Case {
            text: "Negotiators initialled the draft treaty in Geneva.",
            trigger: "initialled",
            status: Signed,
            parties: &["Negotiators"],
            counter: &[],
            instrument: Some("the draft treaty"),
            action: None,
        },
        Case {
            text: "The parliament approved the free trade agreement with Canada.",
            trigger: "approved",
            status: Ratified,
            parties: &["The parliament"],
            counter: &[],
            instrument: Some("the free trade agreement"),
            action: None,
        },
        Case {
            text: "The airline struck a deal with its pilots to end the strike.",
            trigger: "struck",
            status: Agreed,
            parties: &["The airline"],
            counter: &["its pilots"],
            instrument: Some("a deal"),
            action: Some("end the strike"),
        },
        Case {
            text: "Brazil clinched an accord with the IMF on a 5 billion dlr standby loan.",
            trigger: "clinched",
            status: Agreed,
            parties: &["Brazil"],
            counter: &["the IMF"],
            instrument: Some("an accord"),
            action: Some("a 5 billion dlr standby loan"),
        },
        Case {
            text: "Hamas refused to sign the truce agreement.",
            trigger: "refused",
            status: Rejected,
            parties: &["Hamas"],
            counter: &[],
            instrument: Some("the truce agreement"),
            action: None,
        },
        Case {
            text: "The signing of the MOU by Ghana and Nigeria was held in Abuja.",
            trigger: "signing",
            status: Signed,
            parties: &["Ghana", "Nigeria"],
            counter: &[],
            instrument: Some("the MOU"),
            action: None,
        },
    ];
    for c in cases {
        let a = only(c.text, c.trigger);
        assert_eq!(a.status, c.status, "{}", c.text);
        let (parties, counter) = texts(&a);
        assert_eq!(parties, c.parties, "{}", c.text);
        assert_eq!(counter, c.counter, "{}", c.text);
        assert_eq!(instrument(&a), c.instrument, "{}", c.text);
        assert_eq!(action(&a), c.action, "{}", c.text);
    }
    // a pronoun object of `ratify` stands for the accord
    let a = only(
        "The pact enters into force once the member states have ratified it.",
        "ratified",
    );
    assert_eq!(a.status, Status::Ratified);
    // a hearer before the promised object
    let a = only(
        "The president promised voters a referendum on the new constitution.",
        "promised",
    );
    assert_eq!(texts(&a).1, ["voters"]);
    assert_eq!(action(&a), Some("a referendum on the new constitution"));
    // `the city and the builder` are two parties
    let a = only(
        "The contract was signed on Friday by the city and the builder.",
        "signed",
    );
    assert_eq!(texts(&a).0, ["the city", "the builder"]);
    // the author of an accepted offer, named by a possessive
    let article = parse("Greece accepted the European Union's offer of emergency loans.");
    let a = &article.agreements[0];
    assert_eq!(a.status, Status::Agreed);
    assert_eq!(texts(a).1, ["European Union"]);
    // a participle after a preposition is an adjective
    assert!(
        parse("She leads in both pledged delegates and the popular vote.")
            .agreements
            .is_empty()
    );
    assert!(
        parse("Clinton has a majority of pledged delegates.")
            .agreements
            .is_empty()
    );
    // a refusal of an offer names its author as the counterparty
    let article = parse("The board declined the takeover offer from Apex Holdings.");
    let a = &article.agreements[0];
    assert_eq!(a.status, Status::Rejected);
    assert_eq!(texts(a).1, ["Apex Holdings"]);
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

// ---- 9. Probe of wire copy: modifiers, verbs and nouns the lexicon lacked ---------------

#[test]
fn a_proposed_adjective_stays_inside_the_instrument() {
    let a = only(
        "The utility's directors signed the proposed merger agreement on Tuesday.",
        "signed",
    );
    assert_eq!(a.status, Status::Signed);
    assert_eq!(texts(&a).0, ["The utility's directors"]);
    assert_eq!(instrument(&a), Some("the proposed merger agreement"));

    let a = only(
        "Investors in the mill rejected the proposed deal.",
        "rejected",
    );
    assert_eq!(a.status, Status::Rejected);
    assert_eq!(instrument(&a), Some("the proposed deal"));

    let a = only(
        "Malaysia will not sign a proposed fisheries accord.",
        "sign",
    );
    assert!(a.negated && a.future);
    assert_eq!(texts(&a).0, ["Malaysia"]);
    assert_eq!(instrument(&a), Some("a proposed fisheries accord"));
}

#[test]
fn rejection_verbs_dismiss_veto_rule_out_vote_against() {
    for (text, trigger, party, inst) in [
        (
            "Government spokesman Ivan Petrov dismissed the proposal.",
            "dismissed",
            "Government spokesman Ivan Petrov",
            "the proposal",
        ),
        (
            "The governor vetoed the water-sharing compact.",
            "vetoed",
            "The governor",
            "the water-sharing compact",
        ),
        (
            "The junta ruled out a truce with the rebels.",
            "ruled",
            "The junta",
            "a truce",
        ),
        (
            "Forty senators voted against the treaty.",
            "voted",
            "Forty senators",
            "the treaty",
        ),
    ] {
        let a = only(text, trigger);
        assert_eq!(a.status, Status::Rejected, "{text}");
        assert_eq!(texts(&a).0, [party], "{text}");
        assert_eq!(instrument(&a), Some(inst), "{text}");
    }
    // no particle, no act: `ruled the country`, `voted against the bill`
    assert!(
        parse("The general ruled the country after the accord.")
            .agreements
            .is_empty()
    );
    assert!(
        parse("Forty senators voted against the bill.")
            .agreements
            .is_empty()
    );
}

#[test]
fn plans_roadmaps_initiatives_communiques_and_papers_of_cooperation() {
    let a = only("Norway proposed a peace plan on Monday.", "proposed");
    assert_eq!(a.status, Status::Proposed);
    assert_eq!(texts(&a).0, ["Norway"]);
    assert_eq!(instrument(&a), Some("a peace plan"));

    let a = only("The envoy proposed a roadmap for elections.", "proposed");
    assert_eq!(instrument(&a), Some("a roadmap"));

    let a = only("Ambassador Ruth Ade rejected the initiative.", "rejected");
    assert_eq!(instrument(&a), Some("the initiative"));

    let a = only("The two premiers signed a joint communique.", "signed");
    assert_eq!(instrument(&a), Some("a joint communique"));

    let a = only("Peru and Chile signed 14 cooperation documents.", "signed");
    assert_eq!(texts(&a).0, ["Peru", "Chile"]);
    assert_eq!(instrument(&a), Some("14 cooperation documents"));

    let a = only("Ruto and Hassan exchanged five MoUs.", "exchanged");
    assert_eq!(a.status, Status::Signed);
    assert_eq!(texts(&a).0, ["Ruto", "Hassan"]);
    assert_eq!(instrument(&a), Some("five MoUs"));

    let a = only(
        "The union and the port operator came to terms on Friday.",
        "came",
    );
    assert_eq!(a.status, Status::Agreed);
    assert_eq!(texts(&a).0, ["The union", "the port operator"]);
    assert_eq!(instrument(&a), Some("terms"));
    assert!(
        parse("She came to terms with the loss.")
            .agreements
            .is_empty()
    );
}

#[test]
fn offers_of_training_and_of_an_indefinite_amount() {
    let a = only(
        "Tokyo offered technical training to Kenyan engineers.",
        "offered",
    );
    assert_eq!(a.status, Status::Offered);
    assert_eq!(
        texts(&a),
        (vec!["Tokyo".into()], vec!["Kenyan engineers".into()])
    );
    assert_eq!(action(&a), Some("technical training"));

    let a = only(
        "Canberra has offered an additional $3 billion over four years.",
        "offered",
    );
    assert_eq!(texts(&a), (vec!["Canberra".into()], vec![]));
    assert_eq!(action(&a), Some("an additional $3 billion over four years"));
}

#[test]
fn declining_or_refusing_to_commit() {
    let a = only("The treasurer refused to commit to the deal.", "refused");
    assert_eq!(a.status, Status::Rejected);
    assert_eq!(texts(&a).0, ["The treasurer"]);
    assert_eq!(instrument(&a), Some("the deal"));

    let a = only("The premier declined to commit to new funding.", "commit");
    assert_eq!(a.status, Status::Promised);
    assert!(a.negated);
    assert_eq!(texts(&a).0, ["The premier"]);
    assert_eq!(action(&a), Some("new funding"));
}

#[test]
fn passive_instrument_before_a_participle_phrase_with_its_modifier() {
    let a = only(
        "A Qatar-brokered accord ending the clashes was signed Sunday by Amina Diallo and \
         Jean Mbeki.",
        "signed",
    );
    assert_eq!(texts(&a).0, ["Amina Diallo", "Jean Mbeki"]);
    assert_eq!(instrument(&a), Some("A Qatar-brokered accord"));

    let a = only(
        "A U.S.-mediated truce was signed Sunday by the two commanders.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("A U.S.-mediated truce"));
}

#[test]
fn a_participle_clause_after_a_comma_ends_the_action_and_is_an_act() {
    let article =
        parse("North Korea proposed the talks last week, offering to discuss the sea border.");
    let got: Vec<(&str, Option<&str>)> = article
        .agreements
        .iter()
        .map(|a| (&*a.trigger.text, a.action.as_ref().map(|x| &*x.text)))
        .collect();
    assert_eq!(
        got,
        [
            ("proposed", Some("the talks")),
            ("offering", Some("discuss the sea border"))
        ]
    );
    assert_eq!(texts(&article.agreements[1]).0, ["North Korea"]);

    let article = parse(
        "Republicans struck a deal to end the boycott, with Republicans agreeing to return \
         to the chamber.",
    );
    let got: Vec<(&str, Option<&str>)> = article
        .agreements
        .iter()
        .map(|a| (&*a.trigger.text, a.action.as_ref().map(|x| &*x.text)))
        .collect();
    assert_eq!(
        got,
        [
            ("struck", Some("end the boycott")),
            ("agreeing", Some("return to the chamber"))
        ]
    );

    let a = only(
        "Dockworkers agreed to end the strike, averting a closure of the ports.",
        "agreed",
    );
    assert_eq!(action(&a), Some("end the strike"));
}

#[test]
fn an_arrangement_for_an_accord_and_a_ratification_with_a_counterparty() {
    let a = only(
        "Marcos will sign an implementing arrangement for the visiting forces agreement.",
        "sign",
    );
    assert_eq!(instrument(&a), Some("an implementing arrangement"));

    let a = only(
        "Chile ratified an agreement with the European Union.",
        "ratified",
    );
    assert_eq!(
        texts(&a),
        (vec!["Chile".into()], vec!["the European Union".into()])
    );
    assert_eq!(instrument(&a), Some("an agreement"));
}

#[test]
fn a_percentage_subject_a_self_report_and_a_coordinated_verb_of_saying() {
    let a = only(
        "In a postal ballot, 71% of members voted to accept the deal.",
        "accept",
    );
    assert_eq!(texts(&a).0, ["71% of members"]);
    assert_eq!(instrument(&a), Some("the deal"));

    // the speaker of `declined` is the party, not a source
    let a = only("Morrison declined to commit to funding.", "commit");
    assert!(a.negated);
    assert_eq!(texts(&a).0, ["Morrison"]);
    assert!(a.source.is_none());

    let a = only(
        "The guerrillas agreed to a cease-fire and said they would hand in their weapons.",
        "agreed",
    );
    assert_eq!(action(&a), Some("a cease-fire"));
}

#[test]
fn memorandums_and_undertook() {
    let a = only(
        "India and Oman on Wednesday signed two memorandums of understanding on food security.",
        "signed",
    );
    assert_eq!(texts(&a).0, ["India", "Oman"]);
    assert_eq!(instrument(&a), Some("two memorandums of understanding"));

    let a = only(
        "Turkey undertook to release more water from its dams.",
        "undertook",
    );
    assert_eq!(a.status, Status::Promised);
    assert_eq!(texts(&a).0, ["Turkey"]);
    assert_eq!(action(&a), Some("release more water from its dams"));
}

#[test]
fn a_relative_clause_or_participle_between_subject_and_verb() {
    let a = only(
        "The teachers' federation, known as SINDOC, agreed on Friday to make up the lost \
         school days in August.",
        "agreed",
    );
    assert_eq!(texts(&a).0, ["The teachers' federation"]);
    assert_eq!(action(&a), Some("make up the lost school days in August"));

    let a = only(
        "The Port Pilots Guild, which represents about 1,400 pilots, rejected the pay \
         deal.",
        "rejected",
    );
    assert_eq!(texts(&a).0, ["The Port Pilots Guild"]);

    let article = parse(
        "Finland, which ratified the convention in 2021, has also offered to host the \
         secretariat.",
    );
    let offered = article
        .agreements
        .iter()
        .find(|a| &*a.trigger.text == "offered")
        .expect("offered");
    assert_eq!(texts(offered).0, ["Finland"]);
    assert_eq!(action(offered), Some("host the secretariat"));
}

#[test]
fn coordinated_clauses_each_with_its_own_subject_and_act() {
    let article = parse(
        "Japan promised $300 million over three years, Canada offered 90 million dollars \
         and South Korea pledged $50 million, organisers said.",
    );
    let got: Vec<(&str, Vec<String>, Option<&str>)> = article
        .agreements
        .iter()
        .map(|a| (&*a.trigger.text, texts(a).0, action(a)))
        .collect();
    assert_eq!(
        got,
        [
            (
                "promised",
                vec!["Japan".to_string()],
                Some("$300 million over three years")
            ),
            (
                "offered",
                vec!["Canada".to_string()],
                Some("90 million dollars")
            ),
            (
                "pledged",
                vec!["South Korea".to_string()],
                Some("$50 million")
            ),
        ]
    );
}

#[test]
fn obligations_and_passives_across_an_aside() {
    let a = only(
        "The Chilean Senate still has to approve the accord.",
        "approve",
    );
    assert_eq!(a.status, Status::Ratified);
    assert!(a.future && !a.negated);
    assert_eq!(texts(&a).0, ["The Chilean Senate"]);
    assert_eq!(instrument(&a), Some("the accord"));

    let article = parse(
        "The pact, signed in Lisbon by the two foreign ministers, must still be ratified \
         by both legislatures.",
    );
    let r = article
        .agreements
        .iter()
        .find(|a| &*a.trigger.text == "ratified")
        .expect("ratified");
    assert!(r.future);
    assert_eq!(instrument(r), Some("The pact"));
    assert_eq!(texts(r).0, ["both legislatures", "both legislatures"]);

    let a = only(
        "The treaty was approved by lawmakers with 188 votes in favor and two against.",
        "approved",
    );
    assert!(!a.future);
    assert_eq!(texts(&a), (vec!["lawmakers".to_string()], vec![]));
}

#[test]
fn a_by_phrase_after_a_named_place_with_an_appositive_name() {
    let a = only(
        "The accord was signed at the Casa Rosada by Argentine Foreign Minister Lucia \
         Ferreyra Paz and her Uruguayan counterpart, Martin Olivera Costa.",
        "signed",
    );
    assert_eq!(
        texts(&a).0,
        [
            "Argentine Foreign Minister Lucia Ferreyra Paz",
            "Martin Olivera Costa"
        ]
    );
    assert_eq!(instrument(&a), Some("The accord"));

    let a = only(
        "Kazakhstan has undertaken to guarantee minimum annual grain volumes.",
        "undertaken",
    );
    assert_eq!(a.status, Status::Promised);
    assert_eq!(texts(&a).0, ["Kazakhstan"]);
    assert_eq!(action(&a), Some("guarantee minimum annual grain volumes"));

    // a name that modifies a noun is no place: no act in `as pledged in the X accord`
    let article = parse("Japan must act as pledged in the Paris accord, analysts said.");
    assert!(article.agreements.is_empty());
}

#[test]
fn a_recipient_before_a_bare_object_is_a_counterparty() {
    let a = only(
        "The ministry has offered Brazilian miners access to lithium deposits in the north.",
        "offered",
    );
    assert_eq!(
        texts(&a),
        (
            vec!["The ministry".to_string()],
            vec!["Brazilian miners".to_string()]
        )
    );
    assert_eq!(action(&a), Some("access to lithium deposits in the north"));

    let a = only(
        "Tokyo offered Okinawa additional development funds of 20 billion yen.",
        "offered",
    );
    assert_eq!(texts(&a).1, ["Okinawa"]);
    assert_eq!(
        action(&a),
        Some("additional development funds of 20 billion yen")
    );
}

#[test]
fn an_action_ends_before_a_participle_or_an_appositive_act() {
    let a = only(
        "Nordic energy ministers agreed on Monday to pool their gas reserves, overcoming \
         years of resistance from Norway.",
        "agreed",
    );
    assert_eq!(action(&a), Some("pool their gas reserves"));

    let a = only(
        "Ghana and Togo agreed to share a customs post at Aflao, a deal that both \
         governments hope will cut waiting times.",
        "agreed",
    );
    assert_eq!(action(&a), Some("share a customs post at Aflao"));
}

#[test]
fn urged_acts_and_generic_promises_are_no_acts() {
    let article = parse("The farmers' federation has urged lawmakers to reject the treaty.");
    assert!(
        article
            .agreements
            .iter()
            .all(|a| &*a.trigger.text != "reject"),
        "{:?}",
        article.agreements
    );
    let article =
        parse("Her rival called the vote a betrayal of every promise made during the campaign.");
    assert!(article.agreements.is_empty(), "{:?}", article.agreements);
}

#[test]
fn rejections_of_matters_that_are_no_instrument_nouns() {
    let a = only(
        "The Dockworkers' Federation rejected the reform and called a strike for Monday.",
        "rejected",
    );
    assert_eq!(a.status, Status::Rejected);
    assert_eq!(texts(&a).0, ["The Dockworkers' Federation"]);
    assert_eq!(instrument(&a), Some("the reform"));

    let a = only(
        "Brantwell city council has rejected a motion to postpone the new parking fees.",
        "rejected",
    );
    assert_eq!(instrument(&a), Some("a motion"));

    let a = only(
        "Corvane Group said it had rejected a 1.4 billion euro ($1.5 billion) takeover \
         approach from rival Halder AG.",
        "rejected",
    );
    assert_eq!(
        instrument(&a),
        Some("a 1.4 billion euro ($1.5 billion) takeover approach")
    );

    // a request is rejected as a negotiating state's: its content belongs to it
    let a = only(
        "The Norwegian delegation rejected a Chilean request to extend the quota, an \
         official said.",
        "rejected",
    );
    assert_eq!(
        instrument(&a),
        Some("a Chilean request to extend the quota")
    );
    // an interview request, a new approach: no commitment asked
    for text in [
        "The senator's office declined an interview request on Friday.",
        "The board rejected a new approach to hiring.",
    ] {
        assert!(parse(text).agreements.is_empty(), "{text}");
    }
}

#[test]
fn an_offer_turned_down_in_a_relative_clause() {
    let article = parse(
        "The ministry had offered the town new funds of 5 million euros, an offer that \
         Mayor Ilse Brandauer turned down last week.",
    );
    let a = article
        .agreements
        .iter()
        .find(|a| &*a.trigger.text == "turned")
        .expect("the rejection");
    assert_eq!(a.status, Status::Rejected);
    assert_eq!(texts(a).0, ["Mayor Ilse Brandauer"]);
    assert_eq!(instrument(a), Some("an offer"));
}

#[test]
fn an_offer_rejected_is_the_rejection_s_instrument_not_an_act() {
    for (text, trigger, inst) in [
        (
            "Valdoria on Monday rejected Merania's offer of border talks, calling it a ploy.",
            "rejected",
            "Merania's offer",
        ),
        (
            "The union turned down a Transit Authority offer to raise wages by 3 percent.",
            "turned",
            "a Transit Authority offer",
        ),
        (
            "Kessler's board had rejected two earlier offers from rival Ostrava Steel as too low.",
            "rejected",
            "two earlier offers",
        ),
    ] {
        let a = only(text, trigger);
        assert_eq!(a.status, Status::Rejected, "{text}");
        assert_eq!(instrument(&a), Some(inst), "{text}");
    }
}

#[test]
fn offers_of_land_incentives_and_jobs() {
    let a = only(
        "Officials said the province had offered 200 acres of land at reduced rates to \
         Norvik Motors.",
        "offered",
    );
    assert_eq!(a.status, Status::Offered);
    assert_eq!(action(&a), Some("200 acres of land at reduced rates"));
    assert_eq!(texts(&a).1, ["Norvik Motors"]);

    let a = only(
        "Lagos would offer tax incentives to firms that build plants in the free zone.",
        "offer",
    );
    assert!(a.future);

    // a recipient given as a part of a group
    let a = only(
        "Prosecutors said Brenner had offered one of the inspectors a job at his firm.",
        "offered",
    );
    assert_eq!(texts(&a).1, ["one of the inspectors"]);
    assert_eq!(action(&a), Some("a job at his firm"));
}

#[test]
fn a_signer_for_a_side_in_a_relative_clause() {
    let a = only(
        "Foreign Minister Rosa Almeida, who signed for Brasilia, said the accord would be \
         reviewed after two years.",
        "signed",
    );
    assert_eq!(a.status, Status::Signed);
    assert_eq!(texts(&a).0, ["Foreign Minister Rosa Almeida"]);
    assert_eq!(instrument(&a), None);

    let a = only(
        "Planning Secretary Devika Rao, who signed on behalf of the state, said work would \
         begin in March.",
        "signed",
    );
    assert_eq!(texts(&a).0, ["Planning Secretary Devika Rao"]);
    // a signature for a parcel is no act
    assert!(
        parse("The clerk signed for the parcel at noon.")
            .agreements
            .is_empty()
    );
}

#[test]
fn papers_signed_by_named_sides_and_action_plans() {
    let a = only(
        "The documents were signed in Hanoi by Deputy Minister Tran Van Hieu and his Lao \
         counterpart Somphone Keola.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("The documents"));
    assert_eq!(
        texts(&a).0,
        [
            "Deputy Minister Tran Van Hieu",
            "his Lao counterpart Somphone Keola"
        ]
    );
    // papers with no signer named are no agreement (`signed the documents at the bank`)
    assert!(
        parse("The documents were signed at the bank.")
            .agreements
            .is_empty()
    );

    let a = only(
        "Vietnam and Laos on Friday signed a three-year action plan on river transport.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("a three-year action plan"));
    assert_eq!(texts(&a).0, ["Vietnam", "Laos"]);
}

#[test]
fn a_signing_gerund_with_its_object_is_a_verb() {
    let text = "Ortega said she did not rule out signing a separate accord with the teachers' \
                union.";
    let a = only(text, "signing");
    assert_eq!(a.status, Status::Signed);
    assert!(a.future && !a.negated);
    assert_eq!(texts(&a).0, ["she"]);
    assert_eq!(instrument(&a), Some("a separate accord"));

    let a = only(
        "The minister ruled out signing the treaty this year.",
        "signing",
    );
    assert!(a.future && a.negated);

    let a = only(
        "\"The governor is busy signing MoUs while the roads crumble,\" an opposition \
         lawmaker said.",
        "signing",
    );
    assert_eq!(texts(&a).0, ["The governor"]);
    // a compound noun stays a noun: no act without `of` and a signed paper
    assert!(
        parse("The treaty signing was delayed.")
            .agreements
            .is_empty()
    );
}

#[test]
fn proposals_of_acts_and_of_commitments() {
    let a = only(
        "He said Vilnius had proposed setting up a joint register of seized vessels.",
        "proposed",
    );
    assert_eq!(a.status, Status::Proposed);
    assert_eq!(texts(&a).0, ["Vilnius"]);
    assert_eq!(
        action(&a),
        Some("setting up a joint register of seized vessels")
    );

    let a = only(
        "The employers proposed a one-off payment of 900 euros for seasonal staff.",
        "proposed",
    );
    assert_eq!(
        action(&a),
        Some("a one-off payment of 900 euros for seasonal staff")
    );
    // a noun in `-ing` is no act proposed
    assert!(
        parse("The mayor proposed nothing new on Tuesday.")
            .agreements
            .is_empty()
    );
}

#[test]
fn proposals_presented_and_bids_submitted() {
    let a = only(
        "Transport Minister Ilona Varga, who presented the proposal in May, said talks \
         would resume.",
        "presented",
    );
    assert_eq!(a.status, Status::Proposed);
    assert_eq!(instrument(&a), Some("the proposal"));
    assert_eq!(texts(&a).0, ["Transport Minister Ilona Varga"]);

    let a = only(
        "Nordhavn Energy submitted a bid for the wind farm.",
        "submitted",
    );
    assert_eq!(a.status, Status::Offered);
    // an accord presented to parliament is no proposal of one's own
    assert!(
        parse("The ministry presented the agreement to parliament on Monday.")
            .agreements
            .is_empty()
    );
}

#[test]
fn an_offer_of_anything_to_a_named_side() {
    let a = only(
        "Rome offered Tunisia four patrol boats for the coast guard.",
        "offered",
    );
    assert_eq!(texts(&a).1, ["Tunisia"]);
    assert_eq!(action(&a), Some("four patrol boats for the coast guard"));
    // securities on sale are no commitment
    assert!(
        parse("The fund offered Halvorsen 2.5 mln shares.")
            .agreements
            .is_empty()
    );
}

#[test]
fn endorsements_by_a_body_and_rejected_bids() {
    let a = only(
        "Bhutan's Cabinet on Monday endorsed a power trade agreement with Bangladesh.",
        "endorsed",
    );
    assert_eq!(a.status, Status::Ratified);
    assert_eq!(instrument(&a), Some("a power trade agreement"));
    assert_eq!(texts(&a).0, ["Bhutan's Cabinet"]);
    // a person endorsed is no agreement
    assert!(
        parse("The mayor endorsed Ruiz for governor.")
            .agreements
            .is_empty()
    );

    let a = only(
        "The port authority turned down bids from three foreign operators.",
        "turned",
    );
    assert_eq!(a.status, Status::Rejected);
    assert_eq!(instrument(&a), Some("bids"));
}

#[test]
fn conditions_formulas_and_proposed_frameworks() {
    let a = only(
        "The envoy said Kathmandu had accepted Delhi's condition that Indian firms build the \
         line.",
        "accepted",
    );
    assert_eq!(a.status, Status::Agreed);
    assert!(instrument(&a).is_some_and(|i| i.starts_with("Delhi's condition")));

    let a = only(
        "The unions would never accept the price-linked formula.",
        "accept",
    );
    assert!(a.future && a.negated);
    assert_eq!(instrument(&a), Some("the price-linked formula"));

    let a = only(
        "The chamber has proposed a national framework for tax stability agreements.",
        "proposed",
    );
    assert_eq!(a.status, Status::Proposed);
}

#[test]
fn papers_signed_by_two_named_sides() {
    let a = only(
        "Latvia's Ilze Berzina and Estonia's Kadri Tamm signed the preparatory documents in \
         Riga on Tuesday.",
        "signed",
    );
    assert_eq!(instrument(&a), Some("the preparatory documents"));
    assert_eq!(
        texts(&a).0,
        ["Latvia's Ilze Berzina", "Estonia's Kadri Tamm"]
    );
    // one signer of papers is no agreement
    assert!(
        parse("Mr. Ozols signed the documents at the bank on Tuesday.")
            .agreements
            .is_empty()
    );
}

#[test]
fn a_go_ahead_for_an_accession_named_before_it() {
    let a = only(
        "Ratification of the alliance's enlargement was completed on Monday after Portugal \
         gave its go-ahead.",
        "gave",
    );
    assert_eq!(a.status, Status::Ratified);
    assert_eq!(texts(&a).0, ["Portugal"]);
    // an approval of nothing named is no act
    assert!(
        parse("The coach gave his approval on Monday.")
            .agreements
            .is_empty()
    );
}

#[test]
fn committed_to_a_verb_with_its_object() {
    let article = parse(
        "Oslo and Accra signed a framework accord, with Oslo committing to invest 90 million \
         crowns over five years.",
    );
    let a = article
        .agreements
        .iter()
        .find(|a| &*a.trigger.text == "committing")
        .expect("the promise");
    assert_eq!(a.status, Status::Promised);
    assert_eq!(texts(a).0, ["Oslo"]);
    assert_eq!(action(a), Some("invest 90 million crowns over five years"));
    assert!(
        parse("The firm remains committed to the region.")
            .agreements
            .is_empty()
    );
}

#[test]
fn a_minister_s_portfolio_is_one_party() {
    let a = only(
        "The memorandum was signed by Fisheries and Ocean Affairs Minister Tevita Lolo and \
         Trade Minister Ana Reyes.",
        "signed",
    );
    assert_eq!(
        texts(&a).0,
        [
            "Fisheries and Ocean Affairs Minister Tevita Lolo",
            "Trade Minister Ana Reyes"
        ]
    );
    let a = only(
        "Deputy Minister of Health and Social Welfare Amina Juma signed the accord.",
        "signed",
    );
    assert_eq!(
        texts(&a).0,
        ["Deputy Minister of Health and Social Welfare Amina Juma"]
    );
    // two sides stay two
    let a = only("Tonga and Fiji signed the accord.", "signed");
    assert_eq!(texts(&a).0, ["Tonga", "Fiji"]);
}
