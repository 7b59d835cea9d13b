//! Table-driven tests for credit lines and trailers (`Article::credit_lines`, `credits`).
//!
//! All stories are invented. A credit's span is checked loosely: it must cover the credit's
//! core text (the line without surrounding brackets, dashes, slashes and white space), and
//! its own text, trimmed the same way, must equal that core. People are checked by name (as
//! printed, with a correct span) and role.

use newswire::{Agency, CreditKind};

struct Line {
    kind: CreditKind,
    /// The credit text without surrounding `()`, `-`, `/`, `.` and white space.
    core: &'static str,
    agency: Option<Agency>,
    /// (name as printed, role).
    people: &'static [(&'static str, &'static str)],
}

struct Case {
    name: &'static str,
    input: &'static str,
    /// `Article::credits`: each agency once, in order of first credit (dateline first).
    credits: &'static [Agency],
    /// `Article::credit_lines`, in document order.
    lines: &'static [Line],
}

const fn tag(core: &'static str, agency: Agency) -> Line {
    Line {
        kind: CreditKind::AgencyTag,
        core,
        agency: Some(agency),
        people: &[],
    }
}

const CASES: &[Case] = &[
    Case {
        name: "(ANI) at the end",
        input: "The minister inaugurated the new bridge over the river on Sunday. (ANI)",
        credits: &[Agency::Ani],
        lines: &[tag("ANI", Agency::Ani)],
    },
    Case {
        name: "(ANI) after an ANI dateline is credited once",
        input: "New Delhi [India], February 4 (ANI): The Union Cabinet approved a rail project \
                linking three states.\n\nThe project will cost Rs 2,000 crore, officials said. (ANI)\n",
        credits: &[Agency::Ani],
        lines: &[tag("ANI", Agency::Ani)],
    },
    Case {
        name: "--IANS on its own line",
        input: "The high court will hear the petition again next week.\n\n--IANS",
        credits: &[Agency::Ians],
        lines: &[tag("IANS", Agency::Ians)],
    },
    Case {
        name: "--IANS after an IANS dateline",
        input: "Chennai, Nov 18 (IANS) Heavy rain shut schools across the city on Monday.\n\n\
                The weather office forecast more rain for Tuesday.\n\n--IANS\n",
        credits: &[Agency::Ians],
        lines: &[tag("IANS", Agency::Ians)],
    },
    Case {
        name: "/PTI",
        input: "The hearing was adjourned to March 3, the lawyer said. /PTI",
        credits: &[Agency::Pti],
        lines: &[tag("PTI", Agency::Pti)],
    },
    Case {
        name: "/PTI on its own line after a PTI dateline",
        input: "Mumbai, Dec 9 (PTI) The Sensex closed higher for a fourth straight day.\n/PTI\n",
        credits: &[Agency::Pti],
        lines: &[tag("PTI", Agency::Pti)],
    },
    Case {
        name: "Reuter trailer on an undated story",
        input: "SALVADOR, Feb 26 - Brazil's cocoa growers expect a smaller crop this season, \
                a trade group said.\n    The group cut its forecast by 10 pct.\n Reuter\n",
        credits: &[Agency::Reuters],
        lines: &[tag("Reuter", Agency::Reuters)],
    },
    Case {
        name: "REUTER trailer in capitals",
        input: "PORTLAND, Ore., Feb 26 - A regional utility said it would raise rates by four \
                pct from April.\n REUTER",
        credits: &[Agency::Reuters],
        lines: &[tag("REUTER", Agency::Reuters)],
    },
    Case {
        name: "Reuters staff line",
        input: "LONDON (Reuters) - British retail sales fell in May.\n\nSales fell 0.4 percent \
                from April, official data showed.\n\n(Reporting by Jane Doe; Editing by John Roe)",
        credits: &[Agency::Reuters],
        lines: &[Line {
            kind: CreditKind::Staff,
            core: "Reporting by Jane Doe; Editing by John Roe",
            agency: None,
            people: &[("Jane Doe", "Reporting"), ("John Roe", "Editing")],
        }],
    },
    Case {
        name: "staff line with places, additional reporting and two editors",
        input: "DUBAI, March 2 (Reuters) - Gulf shares rose on Sunday.\n\n(Reporting by Jane Doe \
                in London; Additional reporting by Ali Khan in Dubai; Editing by John Roe and \
                Mary Poe)\n",
        credits: &[Agency::Reuters],
        lines: &[Line {
            kind: CreditKind::Staff,
            core: "Reporting by Jane Doe in London; Additional reporting by Ali Khan in Dubai; \
                   Editing by John Roe and Mary Poe",
            agency: None,
            people: &[
                ("Jane Doe", "Reporting"),
                ("Ali Khan", "Additional reporting"),
                ("John Roe", "Editing"),
                ("Mary Poe", "Editing"),
            ],
        }],
    },
    Case {
        name: "writing credit",
        input: "Dec 29 (Reuters) - Shares of regional lenders slipped.\n\n(Writing by Tom Lee; \
                Editing by Ann Cole)",
        credits: &[Agency::Reuters],
        lines: &[Line {
            kind: CreditKind::Staff,
            core: "Writing by Tom Lee; Editing by Ann Cole",
            agency: None,
            people: &[("Tom Lee", "Writing"), ("Ann Cole", "Editing")],
        }],
    },
    Case {
        name: "AP slug",
        input: "WASHINGTON (AP) _ The House approved a highway bill Friday.\n\n\
                AP-NY-02-13-98 1426EST\n",
        credits: &[Agency::Ap],
        lines: &[Line {
            kind: CreditKind::Slug,
            core: "AP-NY-02-13-98 1426EST",
            agency: Some(Agency::Ap),
            people: &[],
        }],
    },
    Case {
        name: "AP slug without an AP dateline",
        input: "The fire was brought under control by early evening.\n\nAP-WS-06-03-99 0612EDT",
        credits: &[Agency::Ap],
        lines: &[Line {
            kind: CreditKind::Slug,
            core: "AP-WS-06-03-99 0612EDT",
            agency: Some(Agency::Ap),
            people: &[],
        }],
    },
    Case {
        name: "NDTV syndication disclaimer",
        input: "New Delhi, July 26 (IANS) The monsoon session of Parliament began on Monday.\n\n\
                (Except for the headline, this story has not been edited by NDTV staff and is \
                published from a syndicated feed.)",
        credits: &[Agency::Ians],
        lines: &[Line {
            kind: CreditKind::Disclaimer,
            core: "Except for the headline, this story has not been edited by NDTV staff and \
                   is published from a syndicated feed",
            agency: None,
            people: &[],
        }],
    },
    Case {
        name: "agency tag then disclaimer, in order",
        input: "The minister laid the foundation stone on Sunday. (ANI)\n\n(Except for the \
                headline, this story has not been edited by NDTV staff and is published from a \
                syndicated feed.)\n",
        credits: &[Agency::Ani],
        lines: &[
            tag("ANI", Agency::Ani),
            Line {
                kind: CreditKind::Disclaimer,
                core: "Except for the headline, this story has not been edited by NDTV staff \
                       and is published from a syndicated feed",
                agency: None,
                people: &[],
            },
        ],
    },
    Case {
        name: "byline before an AP dateline",
        input: "By JANE DOE\nCHICAGO (AP) — A commuter train derailed on the city's South Side \
                on Monday.",
        credits: &[Agency::Ap],
        lines: &[Line {
            kind: CreditKind::Byline,
            core: "By JANE DOE",
            agency: None,
            people: &[("JANE DOE", "By")],
        }],
    },
    Case {
        name: "byline on the dateline's line",
        input: "By Kim Soo-jin SEOUL, Nov. 24 (Yonhap) -- South Korea's exports rose 8 percent.",
        credits: &[Agency::Yonhap],
        lines: &[Line {
            kind: CreditKind::Byline,
            core: "By Kim Soo-jin",
            agency: None,
            people: &[("Kim Soo-jin", "By")],
        }],
    },
    Case {
        name: "byline with two names",
        input: "By Maria Lopez and Tom Reed\n\nMIAMI (AP) — Forecasters upgraded the storm to a \
                hurricane.",
        credits: &[Agency::Ap],
        lines: &[Line {
            kind: CreditKind::Byline,
            core: "By Maria Lopez and Tom Reed",
            agency: None,
            people: &[("Maria Lopez", "By"), ("Tom Reed", "By")],
        }],
    },
    Case {
        name: "byline, dateline and staff line together",
        input: "By Jane Doe\n\nLONDON, March 2 (Reuters) - Britain's jobless rate fell.\n\n\
                (Editing by John Roe)",
        credits: &[Agency::Reuters],
        lines: &[
            Line {
                kind: CreditKind::Byline,
                core: "By Jane Doe",
                agency: None,
                people: &[("Jane Doe", "By")],
            },
            Line {
                kind: CreditKind::Staff,
                core: "Editing by John Roe",
                agency: None,
                people: &[("John Roe", "Editing")],
            },
        ],
    },
    // Ordering and dedup of `credits`.
    Case {
        name: "dateline agency first, then trailer agency",
        input: "New Delhi, July 26 (IANS) The monsoon session of Parliament began on Monday. (ANI)",
        credits: &[Agency::Ians, Agency::Ani],
        lines: &[tag("ANI", Agency::Ani)],
    },
    Case {
        name: "two dateline agencies in printed order",
        input: "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- The Salvadoran Army reported clashes in \
                the north.",
        credits: &[Agency::Acan, Agency::Efe],
        lines: &[],
    },
    Case {
        name: "Canadian Press then AP",
        input: "Canadian Press - CANBERRA, Australia (AP) - Australia's prime minister called an \
                early election on Sunday.",
        credits: &[Agency::Cp, Agency::Ap],
        lines: &[],
    },
    Case {
        name: "AP dateline and AP slug credit AP once",
        input: "NAIROBI, Kenya (AP) _ Police fired tear gas at protesters.\n\n\
                AP-NY-11-02-97 0930EST",
        credits: &[Agency::Ap],
        lines: &[Line {
            kind: CreditKind::Slug,
            core: "AP-NY-11-02-97 0930EST",
            agency: Some(Agency::Ap),
            people: &[],
        }],
    },
    Case {
        name: "Xinhua dateline, no trailer",
        input: "BEIJING, Feb. 4 (Xinhua) -- China's retail sales rose 5 percent in January.",
        credits: &[Agency::Xinhua],
        lines: &[],
    },
    // Nothing to credit.
    Case {
        name: "'By' opening an ordinary sentence is no byline",
        input: "By the end of the year, officials said, the bridge would reopen.",
        credits: &[],
        lines: &[],
    },
    Case {
        name: "'reporting by' inside a sentence is no staff line",
        input: "He was reporting by phone from the scene when the line went dead.",
        credits: &[],
        lines: &[],
    },
    Case {
        name: "agency named in running text is no credit",
        input: "The minister told AP and Reuters that talks would resume in March.",
        credits: &[],
        lines: &[],
    },
    Case {
        name: "empty",
        input: "",
        credits: &[],
        lines: &[],
    },
];

/// The credit text without surrounding brackets, dashes, slashes, dots and white space.
fn core(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || "()[]-–—/.".contains(c))
}

fn check(case: &Case) -> Vec<String> {
    let mut errs = Vec::new();
    let input = case.input;
    let article = newswire::parse(input);
    let name = case.name;
    if article.credits != case.credits {
        errs.push(format!(
            "{name}: credits: want {:?}, got {:?}",
            case.credits, article.credits
        ));
    }
    let got = &article.credit_lines;
    if got.len() != case.lines.len() {
        errs.push(format!(
            "{name}: want {} credit lines {:?}, got {}: {:?}",
            case.lines.len(),
            case.lines.iter().map(|l| l.core).collect::<Vec<_>>(),
            got.len(),
            got.iter().map(|c| (c.kind, &c.text)).collect::<Vec<_>>()
        ));
    }
    for w in case.lines {
        let Some(c) = got.iter().find(|c| core(&c.text) == w.core) else {
            errs.push(format!("{name}: no credit line reads {:?}", w.core));
            continue;
        };
        // A byline is sought from the start, a trailer from the end (a dateline may name
        // the same agency earlier).
        let at = if w.kind == CreditKind::Byline {
            input.find(w.core)
        } else {
            input.rfind(w.core)
        }
        .expect("table bug: core not in input");
        let want = newswire::Span::new(at, at + w.core.len());
        if !c.span.contains(want) {
            errs.push(format!(
                "{name}: credit {:?} span {} does not cover {want}",
                w.core, c.span
            ));
        }
        if input.get(c.span.range()) != Some(&*c.text) {
            errs.push(format!("{name}: credit text is not the slice at its span"));
        }
        if c.kind != w.kind {
            errs.push(format!(
                "{name}: {:?}: kind: want {:?}, got {:?}",
                w.core, w.kind, c.kind
            ));
        }
        if c.agency != w.agency {
            errs.push(format!(
                "{name}: {:?}: agency: want {:?}, got {:?}",
                w.core, w.agency, c.agency
            ));
        }
        let people: Vec<(&str, &str)> =
            c.people.iter().map(|p| (&*p.name.text, &*p.role)).collect();
        if people != w.people {
            errs.push(format!(
                "{name}: {:?}: people: want {:?}, got {people:?}",
                w.core, w.people
            ));
        }
        for p in &c.people {
            if input.get(p.name.span.range()) != Some(&*p.name.text) {
                errs.push(format!(
                    "{name}: person {:?} text is not the slice at {}",
                    p.name.text, p.name.span
                ));
            }
            if !c.span.contains(p.name.span) {
                errs.push(format!(
                    "{name}: person {:?} lies outside its credit line",
                    p.name.text
                ));
            }
        }
    }
    // Document order.
    let starts: Vec<usize> = got.iter().map(|c| c.span.start).collect();
    if !starts.is_sorted() {
        errs.push(format!("{name}: credit lines out of order: {starts:?}"));
    }
    let order: Vec<&str> = got.iter().map(|c| core(&c.text)).collect();
    let want_order: Vec<&str> = case.lines.iter().map(|l| l.core).collect();
    if got.len() == case.lines.len() && order != want_order {
        errs.push(format!("{name}: order: want {want_order:?}, got {order:?}"));
    }
    errs
}

#[test]
fn credit_table() {
    let mut errs = Vec::new();
    let mut failed = 0;
    for case in CASES {
        let e = check(case);
        failed += usize::from(!e.is_empty());
        errs.extend(e);
    }
    assert!(
        errs.is_empty(),
        "{failed} of {} credit cases failed:\n{}",
        CASES.len(),
        errs.join("\n")
    );
}

#[test]
fn table_is_well_formed() {
    for case in CASES {
        for l in case.lines {
            assert!(case.input.contains(l.core), "{}: {:?}", case.name, l.core);
            assert_eq!(core(l.core), l.core, "{}: core is not trimmed", case.name);
            for (person, _) in l.people {
                assert!(l.core.contains(person), "{}: {person:?}", case.name);
            }
        }
    }
}

/// `credits` never lists an agency twice, and every agency on a credit line or in the
/// dateline appears in it.
#[test]
fn credits_cover_dateline_and_lines_once() {
    for case in CASES {
        let a = newswire::parse(case.input);
        let mut seen = Vec::new();
        for x in &a.credits {
            assert!(!seen.contains(x), "{}: {x:?} twice", case.name);
            seen.push(*x);
        }
        let from_dateline = a.dateline.iter().flat_map(|d| d.agencies.iter());
        let from_lines = a.credit_lines.iter().filter_map(|c| c.agency.as_ref());
        for x in from_dateline.chain(from_lines) {
            assert!(a.credits.contains(x), "{}: {x:?} missing", case.name);
        }
        if let Some(d) = &a.dateline {
            assert!(a.credits.starts_with(&dedup(&d.agencies)), "{}", case.name);
        }
    }
}

fn dedup(v: &[Agency]) -> Vec<Agency> {
    let mut out = Vec::new();
    for &a in v {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}
