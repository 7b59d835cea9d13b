//! Table-driven tests for the dateline grammar (`newswire::dateline::find`).
//!
//! Every story below is invented. Each case gives the opening of a story and either the
//! dateline that must be found (its exact text, which fixes the span, plus place, region,
//! date and agencies) or `None` when the opening has no dateline.
//!
//! Conventions (see the JSON contract): the span runs from the first character of the
//! dateline to its separator (`—`, `–`, `-`, `--`, `_`, `:`) and ONE following space, with no
//! space when a newline follows; `date` holds only what is printed; agencies are listed in
//! printed order, each agency once.

use newswire::{Agency, Date, Dateline};

/// What a dateline must look like.
struct Want {
    /// The exact dateline text; its first occurrence in the input fixes the span.
    text: &'static str,
    place: Option<&'static str>,
    region: Option<&'static str>,
    date: Option<Date>,
    agencies: &'static [Agency],
}

struct Case {
    input: &'static str,
    want: Option<Want>,
}

const fn md(month: u8, day: u8) -> Option<Date> {
    Some(Date {
        year: None,
        month: Some(month),
        day: Some(day),
    })
}

const fn ymd(year: u16, month: u8, day: u8) -> Option<Date> {
    Some(Date {
        year: Some(year),
        month: Some(month),
        day: Some(day),
    })
}

const NO_DATE: Option<Date> = None;

/// `yes!(input, dateline text, place, region, date, [agencies])`; `-` for an absent place
/// or region.
macro_rules! yes {
    ($input:expr, $text:expr, $place:tt, $region:tt, $date:expr, [$($a:ident),* $(,)?]) => {
        Case {
            input: $input,
            want: Some(Want {
                text: $text,
                place: opt!($place),
                region: opt!($region),
                date: $date,
                agencies: &[$(Agency::$a),*],
            }),
        }
    };
}

macro_rules! opt {
    (-) => {
        None
    };
    ($s:literal) => {
        Some($s)
    };
}

/// An opening with no dateline.
macro_rules! no {
    ($input:expr) => {
        Case {
            input: $input,
            want: None,
        }
    };
}

const CASES: &[Case] = &[
    // ---- AP ------------------------------------------------------------------------------
    yes!(
        "NAIROBI, Kenya (AP) _ Police fired tear gas at traders protesting a new market levy on Tuesday.",
        "NAIROBI, Kenya (AP) _ ",
        "NAIROBI",
        "Kenya",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "NAIROBI, Kenya (AP) — Police fired tear gas at traders protesting a new market levy on Tuesday.",
        "NAIROBI, Kenya (AP) — ",
        "NAIROBI",
        "Kenya",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "NAIROBI, Kenya (AP) -- Police fired tear gas at traders protesting a new market levy on Tuesday.",
        "NAIROBI, Kenya (AP) -- ",
        "NAIROBI",
        "Kenya",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "INDEPENDENCE, MO. (AP)--A library devoted to a former president reopened Friday after a flood.",
        "INDEPENDENCE, MO. (AP)--",
        "INDEPENDENCE",
        "MO.",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "HAVANA (AP ) -- Cuba's government announced new limits on fuel sales Sunday.",
        "HAVANA (AP ) -- ", "HAVANA", -, NO_DATE, [Ap]
    ),
    yes!(
        "CAPE TOWN, South Africa (AP) --\n\nFirefighters battled a blaze on the slopes of Table Mountain.",
        "CAPE TOWN, South Africa (AP) --",
        "CAPE TOWN",
        "South Africa",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "SACRAMENTO, Calif. (AP) — California lawmakers approved a water bond on Thursday.",
        "SACRAMENTO, Calif. (AP) — ",
        "SACRAMENTO",
        "Calif.",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "Senate passes budget bill.\n\nWASHINGTON (AP) — The Senate passed a stopgap budget late Friday.",
        "WASHINGTON (AP) — ", "WASHINGTON", -, NO_DATE, [Ap]
    ),
    yes!(
        "By JANE DOE\nCHICAGO (AP) — A commuter train derailed on the city's South Side on Monday.",
        "CHICAGO (AP) — ", "CHICAGO", -, NO_DATE, [Ap]
    ),
    yes!(
        "ST. LOUIS (AP) — A federal judge blocked the county's new zoning rule.",
        "ST. LOUIS (AP) — ", "ST. LOUIS", -, NO_DATE, [Ap]
    ),
    yes!(
        "WINSTON-SALEM, N.C. (AP) _ A tobacco warehouse burned overnight.",
        "WINSTON-SALEM, N.C. (AP) _ ",
        "WINSTON-SALEM",
        "N.C.",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "JERUSALEM (AP) - Israel's parliament voted to dissolve itself on Wednesday.",
        "JERUSALEM (AP) - ", "JERUSALEM", -, NO_DATE, [Ap]
    ),
    yes!(
        "BOGOTA, Colombia (AP) —  Two mayors were arrested, officials said.",
        "BOGOTA, Colombia (AP) — ",
        "BOGOTA",
        "Colombia",
        NO_DATE,
        [Ap]
    ),
    yes!(
        "LOS ANGELES, Aug. 14 (AP) — Wildfire crews gained ground overnight.",
        "LOS ANGELES, Aug. 14 (AP) — ", "LOS ANGELES", -, md(8, 14), [Ap]
    ),
    // ---- Reuters -------------------------------------------------------------------------
    yes!(
        "SALVADOR, Feb 26 - Brazil's cocoa growers expect a smaller crop this season.",
        "SALVADOR, Feb 26 - ", "SALVADOR", -, md(2, 26), []
    ),
    yes!(
        "PORTLAND, Ore., Feb 26 - A regional utility said it would raise rates by four pct.",
        "PORTLAND, Ore., Feb 26 - ",
        "PORTLAND",
        "Ore.",
        md(2, 26),
        []
    ),
    yes!(
        "NEW YORK (Reuters) - U.S. stocks fell on Tuesday as bond yields climbed.",
        "NEW YORK (Reuters) - ", "NEW YORK", -, NO_DATE, [Reuters]
    ),
    yes!(
        "NEW YORK, March 2 (Reuters) - Oil futures rose for a third straight session.",
        "NEW YORK, March 2 (Reuters) - ", "NEW YORK", -, md(3, 2), [Reuters]
    ),
    yes!(
        "WICHITA, Kan. - March 4 - Prairie Grain Co said it raised its dividend.",
        "WICHITA, Kan. - March 4 - ",
        "WICHITA",
        "Kan.",
        md(3, 4),
        []
    ),
    yes!(
        "Panama city, may 6 - panama said it would refinance 300 mln dlrs of debt.",
        "Panama city, may 6 - ", "Panama city", -, md(5, 6), []
    ),
    no!("Oklahoma city council members voted on Monday to widen the highway."),
    yes!(
        "Dec 29 (Reuters) - Shares of regional lenders slipped in early trade.",
        "Dec 29 (Reuters) - ", -, -, md(12, 29), [Reuters]
    ),
    yes!(
        "AMSTERDAM, 2 March - The Dutch central bank left its forecast unchanged.",
        "AMSTERDAM, 2 March - ", "AMSTERDAM", -, md(3, 2), []
    ),
    yes!(
        "WASHINGTON, March 12, Reuter - The Treasury said it would sell new notes.",
        "WASHINGTON, March 12, Reuter - ", "WASHINGTON", -, md(3, 12), [Reuters]
    ),
    yes!(
        "Caracas, march 17 - Venezuela's oil ministry said output held steady.",
        "Caracas, march 17 - ", "Caracas", -, md(3, 17), []
    ),
    yes!(
        "TOKYO, Sept 30 (Reuters) - The yen weakened against the dollar.",
        "TOKYO, Sept 30 (Reuters) - ", "TOKYO", -, md(9, 30), [Reuters]
    ),
    yes!(
        "HOUSTON, Texas, Jan 8 (Reuters) - A refinery outage pushed up gasoline prices.",
        "HOUSTON, Texas, Jan 8 (Reuters) - ",
        "HOUSTON",
        "Texas",
        md(1, 8),
        [Reuters]
    ),
    yes!(
        "SAO PAULO, Brazil (Reuters) - Brazil's real firmed after the central bank decision.",
        "SAO PAULO, Brazil (Reuters) - ",
        "SAO PAULO",
        "Brazil",
        NO_DATE,
        [Reuters]
    ),
    yes!(
        "FRANKFURT, June 11 (Reuters) - German bond yields edged lower.",
        "FRANKFURT, June 11 (Reuters) - ", "FRANKFURT", -, md(6, 11), [Reuters]
    ),
    // A misspelt month gives no date rather than a wrong one.
    yes!(
        "LONDON, Febuary 3 - Britain's jobless rate fell to 6.1 pct.",
        "LONDON, Febuary 3 - ", "LONDON", -, NO_DATE, []
    ),
    // ---- AFP -----------------------------------------------------------------------------
    yes!(
        "Beirut (AFP) – Lebanon's parliament failed again to elect a president on Thursday.",
        "Beirut (AFP) – ", "Beirut", -, NO_DATE, [Afp]
    ),
    yes!(
        "MEISE, Belgium, Dec 16 (AFP) - Botanists unveiled a restored glasshouse.",
        "MEISE, Belgium, Dec 16 (AFP) - ",
        "MEISE",
        "Belgium",
        md(12, 16),
        [Afp]
    ),
    yes!(
        "PARIS, Oct 3 (AFP) - French unions called a new day of strikes.",
        "PARIS, Oct 3 (AFP) - ", "PARIS", -, md(10, 3), [Afp]
    ),
    yes!(
        "Kabul (AFP) - A roadside bomb killed three people, police said.",
        "Kabul (AFP) - ", "Kabul", -, NO_DATE, [Afp]
    ),
    yes!(
        "DAKAR, Senegal, 21 Nov (AFP) - Senegal's president named a new cabinet.",
        "DAKAR, Senegal, 21 Nov (AFP) - ",
        "DAKAR",
        "Senegal",
        md(11, 21),
        [Afp]
    ),
    yes!(
        "PARIS, Agust 12 (AFP) - The Louvre closed early because of the heat.",
        "PARIS, Agust 12 (AFP) - ", "PARIS", -, NO_DATE, [Afp]
    ),
    // ---- Xinhua --------------------------------------------------------------------------
    yes!(
        "BEIJING, Feb. 4 (Xinhua) -- China's retail sales rose 5 percent in January.",
        "BEIJING, Feb. 4 (Xinhua) -- ", "BEIJING", -, md(2, 4), [Xinhua]
    ),
    yes!(
        "HAVANA, August 7 (Xinhua) --Cuba will expand its solar parks this year.",
        "HAVANA, August 7 (Xinhua) --", "HAVANA", -, md(8, 7), [Xinhua]
    ),
    yes!(
        "<P>\nGAZA, Dec. 1 (Xinhua) -- Aid trucks entered the strip on Sunday.\n</P>",
        "GAZA, Dec. 1 (Xinhua) -- ", "GAZA", -, md(12, 1), [Xinhua]
    ),
    yes!(
        "NAIROBI, Jan. 15 (Xinhua) -- Kenya's tea exports rose last year.",
        "NAIROBI, Jan. 15 (Xinhua) -- ", "NAIROBI", -, md(1, 15), [Xinhua]
    ),
    yes!(
        "UNITED NATIONS, Sept. 9 (Xinhua) -- The Security Council extended a peacekeeping mission.",
        "UNITED NATIONS, Sept. 9 (Xinhua) -- ", "UNITED NATIONS", -, md(9, 9), [Xinhua]
    ),
    // ---- EFE / ACAN ----------------------------------------------------------------------
    yes!(
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- The Salvadoran Army reported clashes in the north.",
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- ", "SAN SALVADOR", -, ymd(1990, 1, 3), [Acan, Efe]
    ),
    yes!(
        "Lima, 20 Dec 88 (EFE) -- Peru's Congress approved the budget.",
        "Lima, 20 Dec 88 (EFE) -- ", "Lima", -, ymd(1988, 12, 20), [Efe]
    ),
    yes!(
        "PANAMA CITY (PANAMA), 8 APR 89 (ACAN) -- Dock workers ended a strike.",
        "PANAMA CITY (PANAMA), 8 APR 89 (ACAN) -- ",
        "PANAMA CITY",
        "PANAMA",
        ymd(1989, 4, 8),
        [Acan]
    ),
    yes!(
        "SAN JOSE (COSTA RICA), 15 FEB 90 (ACAN-EFE) -- Voters went to the polls on Sunday.",
        "SAN JOSE (COSTA RICA), 15 FEB 90 (ACAN-EFE) -- ",
        "SAN JOSE",
        "COSTA RICA",
        ymd(1990, 2, 15),
        [Acan, Efe]
    ),
    yes!(
        "Madrid, 4 Oct (EFE) -- Spain's government approved a housing plan.",
        "Madrid, 4 Oct (EFE) -- ", "Madrid", -, md(10, 4), [Efe]
    ),
    yes!(
        "GUATEMALA CITY, 22 MAR 89 (EFE) -- Coffee growers asked for credit relief.",
        "GUATEMALA CITY, 22 MAR 89 (EFE) -- ", "GUATEMALA CITY", -, ymd(1989, 3, 22), [Efe]
    ),
    // ---- dpa -----------------------------------------------------------------------------
    yes!(
        "MANAGUA, 14 NOV (DPA) -- Nicaragua's electoral council set a date for the vote.",
        "MANAGUA, 14 NOV (DPA) -- ", "MANAGUA", -, md(11, 14), [Dpa]
    ),
    yes!(
        "BERLIN, 2 JUL 90 (DPA) -- East German shops stocked western goods.",
        "BERLIN, 2 JUL 90 (DPA) -- ", "BERLIN", -, ymd(1990, 7, 2), [Dpa]
    ),
    yes!(
        "Hamburg (dpa) - The port reported record container traffic.",
        "Hamburg (dpa) - ", "Hamburg", -, NO_DATE, [Dpa]
    ),
    yes!(
        "BONN, Feb 9 (dpa) -- The cabinet debated a new tax package.",
        "BONN, Feb 9 (dpa) -- ", "BONN", -, md(2, 9), [Dpa]
    ),
    // ---- TASS ----------------------------------------------------------------------------
    yes!(
        "MOSCOW, March 3 (TASS) -- The Soviet grain harvest fell short of the plan.",
        "MOSCOW, March 3 (TASS) -- ", "MOSCOW", -, md(3, 3), [Tass]
    ),
    yes!(
        "MOSCOW, 5 MAY 89 (TASS) -- A delegation left for talks in Geneva.",
        "MOSCOW, 5 MAY 89 (TASS) -- ", "MOSCOW", -, ymd(1989, 5, 5), [Tass]
    ),
    yes!(
        "KIEV, Aug. 2 (ITAR-TASS) -- Ukraine's parliament adopted a currency law.",
        "KIEV, Aug. 2 (ITAR-TASS) -- ", "KIEV", -, md(8, 2), [Tass]
    ),
    yes!(
        "VLADIVOSTOK, Russia (TASS) - A fishing fleet returned to port early.",
        "VLADIVOSTOK, Russia (TASS) - ",
        "VLADIVOSTOK",
        "Russia",
        NO_DATE,
        [Tass]
    ),
    // ---- Kyodo ---------------------------------------------------------------------------
    yes!(
        "YILAN, Taiwan (Kyodo) -- A magnitude 6.1 earthquake shook eastern Taiwan.",
        "YILAN, Taiwan (Kyodo) -- ",
        "YILAN",
        "Taiwan",
        NO_DATE,
        [Kyodo]
    ),
    yes!(
        "TOKYO (JAPAN), 7 DEC 89 (KYODO) -- Japan's trade surplus narrowed.",
        "TOKYO (JAPAN), 7 DEC 89 (KYODO) -- ",
        "TOKYO",
        "JAPAN",
        ymd(1989, 12, 7),
        [Kyodo]
    ),
    yes!(
        "OSAKA, June 21 (Kyodo) -- The prefecture opened a new ferry terminal.",
        "OSAKA, June 21 (Kyodo) -- ", "OSAKA", -, md(6, 21), [Kyodo]
    ),
    yes!(
        "Tokyo, Nov. 2 (Kyodo) - The ruling party picked a new secretary general.",
        "Tokyo, Nov. 2 (Kyodo) - ", "Tokyo", -, md(11, 2), [Kyodo]
    ),
    // ---- ANSA / Telam / Notimex ----------------------------------------------------------
    yes!(
        "BUENOS AIRES, 12 OCT 89 (TELAM-ANSA) -- Argentina's wheat exports rose.",
        "BUENOS AIRES, 12 OCT 89 (TELAM-ANSA) -- ", "BUENOS AIRES", -, ymd(1989, 10, 12), [Telam, Ansa]
    ),
    yes!(
        "ROME, March 4 (ANSA) -- Italy's senate approved a pension reform.",
        "ROME, March 4 (ANSA) -- ", "ROME", -, md(3, 4), [Ansa]
    ),
    yes!(
        "MONTEVIDEO (URUGUAY), 30 AUG 89 (ANSA) -- Port workers called off a strike.",
        "MONTEVIDEO (URUGUAY), 30 AUG 89 (ANSA) -- ",
        "MONTEVIDEO",
        "URUGUAY",
        ymd(1989, 8, 30),
        [Ansa]
    ),
    yes!(
        "MILAN (ANSA) - Fashion week opened with record attendance.",
        "MILAN (ANSA) - ", "MILAN", -, NO_DATE, [Ansa]
    ),
    yes!(
        "MEXICO CITY, 9 SEP 89 (NOTIMEX) -- The peso held steady.",
        "MEXICO CITY, 9 SEP 89 (NOTIMEX) -- ", "MEXICO CITY", -, ymd(1989, 9, 9), [Notimex]
    ),
    yes!(
        "GUADALAJARA, 11 JUL 90 (NOTIMEX) -- A new metro line opened.",
        "GUADALAJARA, 11 JUL 90 (NOTIMEX) -- ", "GUADALAJARA", -, ymd(1990, 7, 11), [Notimex]
    ),
    yes!(
        "ACAPULCO, 1 MAR 90 (NOTIMEX) -- Hotel occupancy reached 90 percent.",
        "ACAPULCO, 1 MAR 90 (NOTIMEX) -- ", "ACAPULCO", -, ymd(1990, 3, 1), [Notimex]
    ),
    yes!(
        "Mexico City, 4 Dec (Notimex) - The senate ratified a trade accord.",
        "Mexico City, 4 Dec (Notimex) - ", "Mexico City", -, md(12, 4), [Notimex]
    ),
    yes!(
        "BUENOS AIRES, 2 JUN 90 (TELAM) -- The government froze utility rates.",
        "BUENOS AIRES, 2 JUN 90 (TELAM) -- ", "BUENOS AIRES", -, ymd(1990, 6, 2), [Telam]
    ),
    yes!(
        "ROSARIO, 6 NOV 89 (TELAM) -- Grain shipments resumed at the port.",
        "ROSARIO, 6 NOV 89 (TELAM) -- ", "ROSARIO", -, ymd(1989, 11, 6), [Telam]
    ),
    yes!(
        "CORDOBA, 18 Apr (Telam) - Teachers ended a week-long strike.",
        "CORDOBA, 18 Apr (Telam) - ", "CORDOBA", -, md(4, 18), [Telam]
    ),
    // ---- CP ------------------------------------------------------------------------------
    yes!(
        "Canadian Press - OTTAWA (CP) - The federal government tabled a budget Tuesday.",
        "Canadian Press - OTTAWA (CP) - ", "OTTAWA", -, NO_DATE, [Cp]
    ),
    yes!(
        "Canadian Press - ST. CATHARINES, Ont. (CP) - A winery fire caused heavy damage.",
        "Canadian Press - ST. CATHARINES, Ont. (CP) - ",
        "ST. CATHARINES",
        "Ont.",
        NO_DATE,
        [Cp]
    ),
    yes!(
        "(CP) - Hockey fans lined up overnight for playoff tickets.",
        "(CP) - ", -, -, NO_DATE, [Cp]
    ),
    yes!(
        "Canadian Press - CANBERRA, Australia (AP) - Australia's prime minister called an election.",
        "Canadian Press - CANBERRA, Australia (AP) - ",
        "CANBERRA",
        "Australia",
        NO_DATE,
        [Cp, Ap]
    ),
    yes!(
        "TORONTO (CP) - The city council approved a transit plan.",
        "TORONTO (CP) - ", "TORONTO", -, NO_DATE, [Cp]
    ),
    // ---- UPI -----------------------------------------------------------------------------
    yes!(
        "BEIRUT, Lebanon, Sept. 20 (UPI) -- Gunmen kidnapped a foreign teacher.",
        "BEIRUT, Lebanon, Sept. 20 (UPI) -- ",
        "BEIRUT",
        "Lebanon",
        md(9, 20),
        [Upi]
    ),
    yes!(
        "FLINT, Mich., Oct. 4 (UPI) — An auto plant laid off 2,000 workers.",
        "FLINT, Mich., Oct. 4 (UPI) — ",
        "FLINT",
        "Mich.",
        md(10, 4),
        [Upi]
    ),
    yes!(
        "WASHINGTON, Jan. 9 (UPI) -- The House passed a farm bill.",
        "WASHINGTON, Jan. 9 (UPI) -- ", "WASHINGTON", -, md(1, 9), [Upi]
    ),
    yes!(
        "LONDON, Nov. 11 (UPI) -- The queen laid a wreath at the Cenotaph.",
        "LONDON, Nov. 11 (UPI) -- ", "LONDON", -, md(11, 11), [Upi]
    ),
    // ---- ANI -----------------------------------------------------------------------------
    yes!(
        "New Delhi [India], February 4 (ANI): The Union Cabinet approved a rail project.",
        "New Delhi [India], February 4 (ANI): ",
        "New Delhi",
        "India",
        md(2, 4),
        [Ani]
    ),
    yes!(
        "Kathmandu [Nepal], October 12 (ANI): Nepal reopened a border crossing.",
        "Kathmandu [Nepal], October 12 (ANI): ",
        "Kathmandu",
        "Nepal",
        md(10, 12),
        [Ani]
    ),
    yes!(
        "Islamabad [Pakistan], January 30 (ANI): Power cuts hit several cities.",
        "Islamabad [Pakistan], January 30 (ANI): ",
        "Islamabad",
        "Pakistan",
        md(1, 30),
        [Ani]
    ),
    yes!(
        "Washington DC [US], May 15 (ANI): The US State Department issued a travel advisory.",
        "Washington DC [US], May 15 (ANI): ",
        "Washington DC",
        "US",
        md(5, 15),
        [Ani]
    ),
    // ---- IANS (no separator: the span ends after ") ") -----------------------------------
    yes!(
        "New Delhi, July 26 (IANS) The monsoon session of Parliament began on Monday.",
        "New Delhi, July 26 (IANS) ", "New Delhi", -, md(7, 26), [Ians]
    ),
    yes!(
        "Kolkata, Jan 3 (IANS) A fire broke out in a market in the city.",
        "Kolkata, Jan 3 (IANS) ", "Kolkata", -, md(1, 3), [Ians]
    ),
    yes!(
        "Chennai, Nov 18 (IANS) Heavy rain shut schools across the city.",
        "Chennai, Nov 18 (IANS) ", "Chennai", -, md(11, 18), [Ians]
    ),
    yes!(
        "Bengaluru, Sep 7 (IANS) The state launched a startup fund.",
        "Bengaluru, Sep 7 (IANS) ", "Bengaluru", -, md(9, 7), [Ians]
    ),
    // ---- PTI (no separator) --------------------------------------------------------------
    yes!(
        "Mumbai, Dec 9 (PTI) The Sensex closed higher for a fourth day.",
        "Mumbai, Dec 9 (PTI) ", "Mumbai", -, md(12, 9), [Pti]
    ),
    yes!(
        "New Delhi, Aug 15 (PTI) The prime minister hoisted the flag at the Red Fort.",
        "New Delhi, Aug 15 (PTI) ", "New Delhi", -, md(8, 15), [Pti]
    ),
    yes!(
        "Chandigarh, Mar 2 (PTI) Farmers blocked a highway for several hours.",
        "Chandigarh, Mar 2 (PTI) ", "Chandigarh", -, md(3, 2), [Pti]
    ),
    yes!(
        "Hyderabad, Oct 21 (PTI) The metro extended its hours for the festival.",
        "Hyderabad, Oct 21 (PTI) ", "Hyderabad", -, md(10, 21), [Pti]
    ),
    // ---- Yonhap --------------------------------------------------------------------------
    yes!(
        "By Kim Soo-jin SEOUL, Nov. 24 (Yonhap) -- South Korea's exports rose 8 percent.",
        "SEOUL, Nov. 24 (Yonhap) -- ", "SEOUL", -, md(11, 24), [Yonhap]
    ),
    yes!(
        "SEOUL, Jan. 3 (Yonhap) -- The central bank kept its key rate unchanged.",
        "SEOUL, Jan. 3 (Yonhap) -- ", "SEOUL", -, md(1, 3), [Yonhap]
    ),
    yes!(
        "By Park Min-ho\nBUSAN, April 8 (Yonhap) -- A film festival announced its lineup.",
        "BUSAN, April 8 (Yonhap) -- ", "BUSAN", -, md(4, 8), [Yonhap]
    ),
    yes!(
        "INCHEON, Sept. 15 (Yonhap) -- The airport opened a third terminal.",
        "INCHEON, Sept. 15 (Yonhap) -- ", "INCHEON", -, md(9, 15), [Yonhap]
    ),
    // ---- Bernama -------------------------------------------------------------------------
    yes!(
        "KUALA LUMPUR, Jan 5 (Bernama) -- The ringgit opened higher against the US dollar.",
        "KUALA LUMPUR, Jan 5 (Bernama) -- ", "KUALA LUMPUR", -, md(1, 5), [Bernama]
    ),
    yes!(
        "PUTRAJAYA, March 18 (Bernama) -- The ministry announced new rice subsidies.",
        "PUTRAJAYA, March 18 (Bernama) -- ", "PUTRAJAYA", -, md(3, 18), [Bernama]
    ),
    yes!(
        "GEORGE TOWN, Aug 29 (Bernama) -- Ferry services resumed after repairs.",
        "GEORGE TOWN, Aug 29 (Bernama) -- ", "GEORGE TOWN", -, md(8, 29), [Bernama]
    ),
    yes!(
        "KOTA KINABALU, Dec 2 (Bernama) -- Floods forced hundreds from their homes.",
        "KOTA KINABALU, Dec 2 (Bernama) -- ", "KOTA KINABALU", -, md(12, 2), [Bernama]
    ),
    // ---- WAM (ordinal days, four-digit years) --------------------------------------------
    yes!(
        "SHARJAH, 17th April, 2026 (WAM) -- The emirate opened a new book fair hall.",
        "SHARJAH, 17th April, 2026 (WAM) -- ", "SHARJAH", -, ymd(2026, 4, 17), [Wam]
    ),
    yes!(
        "ABU DHABI, 3rd March, 2025 (WAM) -- The UAE signed an aviation pact.",
        "ABU DHABI, 3rd March, 2025 (WAM) -- ", "ABU DHABI", -, ymd(2025, 3, 3), [Wam]
    ),
    yes!(
        "DUBAI, 1st January, 2026 (WAM) -- Fireworks lit up the skyline.",
        "DUBAI, 1st January, 2026 (WAM) -- ", "DUBAI", -, ymd(2026, 1, 1), [Wam]
    ),
    yes!(
        "AJMAN, 22nd September, 2025 (WAM) -- The port handled record cargo.",
        "AJMAN, 22nd September, 2025 (WAM) -- ", "AJMAN", -, ymd(2025, 9, 22), [Wam]
    ),
    // ---- NYT news service (no agency printed) --------------------------------------------
    yes!(
        "WASHINGTON _ The Pentagon is weighing cuts to two weapons programs.",
        "WASHINGTON _ ", "WASHINGTON", -, NO_DATE, []
    ),
    yes!(
        "MIAMI _\n\nThe hurricane season ended quietly this year.",
        "MIAMI _", "MIAMI", -, NO_DATE, []
    ),
    yes!(
        "SAN FRANCISCO _ Tech companies are racing to hire engineers.",
        "SAN FRANCISCO _ ", "SAN FRANCISCO", -, NO_DATE, []
    ),
    yes!(
        "BAGHDAD, Iraq _ The electricity ministry promised longer supply hours.",
        "BAGHDAD, Iraq _ ",
        "BAGHDAD",
        "Iraq",
        NO_DATE,
        []
    ),
    // ---- Feed prefixes (agency only) -----------------------------------------------------
    yes!(
        "AP - The Senate voted Tuesday to extend a farm subsidy program.",
        "AP - ", -, -, NO_DATE, [Ap]
    ),
    yes!(
        "Reuters - Oil prices rose on Monday after a pipeline outage.",
        "Reuters - ", -, -, NO_DATE, [Reuters]
    ),
    yes!(
        "AFP - France's prime minister survived a confidence vote.",
        "AFP - ", -, -, NO_DATE, [Afp]
    ),
    yes!(
        "Reuters - U.S. stocks ended mixed as investors awaited jobs data.",
        "Reuters - ", -, -, NO_DATE, [Reuters]
    ),
    // ---- Newspaper datelines -------------------------------------------------------------
    yes!(
        "BOSTON — The city's school board voted to close three buildings.",
        "BOSTON — ", "BOSTON", -, NO_DATE, []
    ),
    yes!(
        "LA CROSSE, Wisc. — A barge struck a bridge pier on the Mississippi.",
        "LA CROSSE, Wisc. — ",
        "LA CROSSE",
        "Wisc.",
        NO_DATE,
        []
    ),
    yes!(
        "NEWARK, N.J. _ Transit officials said trains would run on a holiday schedule.",
        "NEWARK, N.J. _ ",
        "NEWARK",
        "N.J.",
        NO_DATE,
        []
    ),
    yes!(
        "SPRINGFIELD, Ill. — Lawmakers returned for a special session.",
        "SPRINGFIELD, Ill. — ",
        "SPRINGFIELD",
        "Ill.",
        NO_DATE,
        []
    ),
    yes!(
        "DES MOINES, Iowa — Candidates crowded the state fair on Saturday.",
        "DES MOINES, Iowa — ",
        "DES MOINES",
        "Iowa",
        NO_DATE,
        []
    ),
    // ---- An outlet's own credit names no region and no agency --------------------------
    yes!(
        "WASHINGTON (CNN) -- The Senate voted to extend the program on Tuesday.",
        "WASHINGTON (CNN) -- ",
        "WASHINGTON",
        -,
        NO_DATE,
        []
    ),
    yes!(
        "ATLANTA (WSB) -- Firefighters battled a warehouse blaze overnight.",
        "ATLANTA (WSB) -- ",
        "ATLANTA",
        -,
        NO_DATE,
        []
    ),
    yes!(
        "JERUSALEM (ISRAEL) - Officials met late into the night.",
        "JERUSALEM (ISRAEL) - ",
        "JERUSALEM",
        "ISRAEL",
        NO_DATE,
        []
    ),
    // ---- Foreign-language desks and national agencies ------------------------------------
    yes!(
        "MADRID, 3 mar (EFE).- Spain and Portugal renewed their river-sharing pact on Monday.",
        "MADRID, 3 mar (EFE).- ",
        "MADRID",
        -,
        md(3, 3),
        [Efe]
    ),
    yes!(
        "Caracas, 5 ene (EFE) - Lawmakers passed the spending plan after a night session.",
        "Caracas, 5 ene (EFE) - ",
        "Caracas",
        -,
        md(1, 5),
        [Efe]
    ),
    yes!(
        "Lima, 14 dic (EFE).- The central bank left its key rate unchanged.",
        "Lima, 14 dic (EFE).- ",
        "Lima",
        -,
        md(12, 14),
        [Efe]
    ),
    yes!(
        "PARIS, 5 janv 2024 (AFP) - Farmers blocked roads around the capital.",
        "PARIS, 5 janv 2024 (AFP) - ",
        "PARIS",
        -,
        ymd(2024, 1, 5),
        [Afp]
    ),
    yes!(
        "LYON, 12 févr. 2024 (AFP) - Rail workers walked out over pay.",
        "LYON, 12 févr. 2024 (AFP) - ",
        "LYON",
        -,
        ymd(2024, 2, 12),
        [Afp]
    ),
    yes!(
        "LISBOA, 9 ago (Lusa) - The government raised the minimum wage.",
        "LISBOA, 9 ago (Lusa) - ",
        "LISBOA",
        -,
        md(8, 9),
        [Lusa]
    ),
    yes!(
        "ANKARA (AA) - Turkish and Iraqi ministers initialled a water accord.",
        "ANKARA (AA) - ",
        "ANKARA",
        -,
        NO_DATE,
        [Anadolu]
    ),
    yes!(
        "LONDON (PA) - The rail strike planned for next week was called off.",
        "LONDON (PA) - ",
        "LONDON",
        -,
        NO_DATE,
        [Pa]
    ),
    yes!(
        "FRESNO (Calif.) - Growers counted their losses after the frost.",
        "FRESNO (Calif.) - ",
        "FRESNO",
        "Calif.",
        NO_DATE,
        []
    ),
    yes!(
        "Hyderabad (Telangana) [India], January 5 (ANI): The state cabinet cleared the new budget.",
        "Hyderabad (Telangana) [India], January 5 (ANI): ",
        "Hyderabad",
        "Telangana",
        md(1, 5),
        [Ani]
    ),
    yes!(
        "MOSCOW, March 2. /TASS/. The Russian government approved the draft budget on Friday.",
        "MOSCOW, March 2. /TASS/. ",
        "MOSCOW",
        -,
        md(3, 2),
        [Tass]
    ),
    yes!(
        "ISLAMABAD, Feb 3 (APP): The federal cabinet approved the power tariff plan.",
        "ISLAMABAD, Feb 3 (APP): ",
        "ISLAMABAD",
        -,
        md(2, 3),
        [App]
    ),
    yes!(
        "DHAKA, Jan 5 (UNB) - Garment exporters asked for more time to repay loans.",
        "DHAKA, Jan 5 (UNB) - ",
        "DHAKA",
        -,
        md(1, 5),
        [Unb]
    ),
    yes!(
        "RABAT, May 20 (MAP) - Morocco and Spain agreed to reopen two border posts.",
        "RABAT, May 20 (MAP) - ",
        "RABAT",
        -,
        md(5, 20),
        [Map]
    ),
    yes!(
        "PRAGUE, Oct 8 (ČTK) - The coalition agreed on a pension reform.",
        "PRAGUE, Oct 8 (ČTK) - ",
        "PRAGUE",
        -,
        md(10, 8),
        [Ctk]
    ),
    yes!(
        "BEIRUT (NNA) - The cabinet met to discuss the electricity plan.",
        "BEIRUT (NNA) - ",
        "BEIRUT",
        -,
        NO_DATE,
        [Nna]
    ),
    // ---- A colon alone (Indian and Pakistani papers) -------------------------------------
    yes!(
        "NEW DELHI: The Union cabinet on Friday approved a new scheme for rural roads.",
        "NEW DELHI: ",
        "NEW DELHI",
        -,
        NO_DATE,
        []
    ),
    yes!(
        "Cabinet clears rural roads plan\n\nMUMBAI: Prime Minister Narendra Modi on Friday said the plan would work.",
        "MUMBAI: ",
        "MUMBAI",
        -,
        NO_DATE,
        []
    ),
    yes!(
        "KARACHI, Feb 3: The provincial government announced a holiday for the by-election.",
        "KARACHI, Feb 3: ",
        "KARACHI",
        -,
        md(2, 3),
        []
    ),
    no!("EXCLUSIVE: In a memo to lawmakers, officials insist the program works."),
    no!("SHOCKER: Senator Drops Out Of The Race After Poll"),
    no!("SENATOR JONES: We will keep fighting for the farmers of this state."),
    no!("Q: What did the committee decide on Friday?"),
    no!("Fare rise: the city council approved new bus fares on Friday."),
    // ---- The seed's form -----------------------------------------------------------------
    yes!(
        "date 2025-02-04 Washington DC: Secretary Rubio met President Bukele.",
        "date 2025-02-04 Washington DC: ", "Washington DC", -, ymd(2025, 2, 4), []
    ),
    // ---- No dateline ---------------------------------------------------------------------
    no!("The New York Times said in an editorial on Monday, Oct. 26: the plan is unworkable."),
    no!("Lynch: No outside influence in probe"),
    no!("Rep. Welch to back Sanders for president."),
    no!("MALAYSIA's aggressive move into regional chip markets has rattled its neighbours."),
    no!("U.S. Flexes Muscles As Asia Worries"),
    no!("NATO said on Monday it would send more ships to the Baltic."),
    no!("Officials in Nairobi, Kenya, said Monday — after a long delay — that talks would resume."),
    no!("In WASHINGTON, lawmakers left town without a deal."),
    no!("The AP - NORC poll found most adults expect prices to rise."),
    no!(""),
    no!("   \n\t  \n"),
];

fn describe(d: &Dateline<'_>) -> String {
    format!(
        "text {:?} span {} place {:?} region {:?} date {:?} agencies {:?}",
        d.text, d.span, d.place, d.region, d.date, d.agencies
    )
}

/// Checks one case; returns a message per mismatch.
fn check(i: usize, case: &Case) -> Vec<String> {
    let mut errs = Vec::new();
    let input = case.input;
    let got = newswire::dateline::find(input);
    let via_parse = newswire::parse(input).dateline;
    if got != via_parse {
        errs.push(format!(
            "case {i} {input:?}: dateline::find and parse(..).dateline disagree: {got:?} vs {via_parse:?}"
        ));
    }
    match (&case.want, &got) {
        (None, None) => {}
        (None, Some(d)) => errs.push(format!(
            "case {i} {input:?}: expected no dateline, got {}",
            describe(d)
        )),
        (Some(w), None) => errs.push(format!(
            "case {i} {input:?}: expected dateline {:?}, got None",
            w.text
        )),
        (Some(w), Some(d)) => {
            let mut bad = |what: &str, want: String, got: String| {
                if want != got {
                    errs.push(format!(
                        "case {i} {input:?}: {what}: want {want}, got {got}"
                    ));
                }
            };
            let start = input
                .find(w.text)
                .unwrap_or_else(|| panic!("case {i}: table bug: {:?} not in input", w.text));
            let want_span = newswire::Span::new(start, start + w.text.len());
            bad("span", want_span.to_string(), d.span.to_string());
            bad(
                "text is the slice at span",
                format!("{:?}", input.get(d.span.range())),
                format!("{:?}", Some(&*d.text)),
            );
            bad("text", format!("{:?}", w.text), format!("{:?}", d.text));
            bad(
                "place",
                format!("{:?}", w.place),
                format!("{:?}", d.place.as_deref()),
            );
            bad(
                "region",
                format!("{:?}", w.region),
                format!("{:?}", d.region.as_deref()),
            );
            bad("date", format!("{:?}", w.date), format!("{:?}", d.date));
            bad(
                "agencies",
                format!("{:?}", w.agencies),
                format!("{:?}", d.agencies),
            );
        }
    }
    errs
}

#[test]
fn dateline_table() {
    let mut errs: Vec<String> = Vec::new();
    let mut failed = 0;
    for (i, case) in CASES.iter().enumerate() {
        let e = check(i, case);
        failed += usize::from(!e.is_empty());
        errs.extend(e);
    }
    assert!(
        errs.is_empty(),
        "{failed} of {} dateline cases failed:\n{}",
        CASES.len(),
        errs.join("\n")
    );
}

/// The table itself is sound: every expected text occurs in its input, starts the
/// dateline's line (after any byline or markup) and ends where the convention says.
#[test]
fn table_is_well_formed() {
    for (i, case) in CASES.iter().enumerate() {
        let Some(w) = &case.want else { continue };
        let start = case.input.find(w.text);
        assert!(start.is_some(), "case {i}: {:?} not in input", w.text);
        let rest = &case.input[start.unwrap() + w.text.len()..];
        // One following space is taken when there is one; none before a newline.
        if !w.text.ends_with(' ') {
            assert!(
                !rest.starts_with(' '),
                "case {i}: dateline text stops before a space: {:?}",
                w.text
            );
        }
    }
    assert!(CASES.len() >= 90, "only {} cases", CASES.len());
}

/// Spans are byte offsets: a dateline after multi-byte text still slices correctly.
#[test]
fn span_is_in_bytes_after_multibyte_text() {
    let input = "Ça bouge à Genève.\n\nGENEVA, Switzerland (AP) — Négociations reprises.";
    let d = newswire::dateline::find(input).expect("a dateline");
    let start = input.find("GENEVA").unwrap();
    assert_eq!(d.span.start, start);
    assert_eq!(&input[d.span.range()], "GENEVA, Switzerland (AP) — ");
    assert_eq!(d.text, "GENEVA, Switzerland (AP) — ");
    assert_eq!(d.region.as_deref(), Some("Switzerland"));
}

/// Months as AP and others print them, each in a Reuters-style dateline.
#[test]
fn month_spellings() {
    const MONTHS: &[(&str, u8)] = &[
        ("Jan.", 1),
        ("January", 1),
        ("JAN", 1),
        ("Feb.", 2),
        ("February", 2),
        ("FEB", 2),
        ("March", 3),
        ("Mar.", 3),
        ("MAR", 3),
        ("April", 4),
        ("Apr.", 4),
        ("APR", 4),
        ("May", 5),
        ("MAY", 5),
        ("June", 6),
        ("JUN", 6),
        ("July", 7),
        ("JUL", 7),
        ("Aug.", 8),
        ("August", 8),
        ("AUG", 8),
        ("Sept.", 9),
        ("Sep.", 9),
        ("September", 9),
        ("SEP", 9),
        ("Oct.", 10),
        ("October", 10),
        ("OCT", 10),
        ("Nov.", 11),
        ("November", 11),
        ("NOV", 11),
        ("Dec.", 12),
        ("December", 12),
        ("DEC", 12),
    ];
    let mut errs = Vec::new();
    for &(month, n) in MONTHS {
        let input =
            format!("BRUSSELS, {month} 9 (Reuters) - European ministers met to discuss energy.");
        let got = newswire::dateline::find(&input).and_then(|d| d.date);
        if got != md(n, 9) {
            errs.push(format!("{input:?}: want month {n} day 9, got {got:?}"));
        }
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

/// Two-digit years are read as 19xx; four-digit years as printed.
#[test]
fn years() {
    for (input, year) in [
        ("QUITO, 4 JUN 88 (EFE) -- Ecuador devalued the sucre.", 1988),
        ("QUITO, 4 JUN 90 (EFE) -- Ecuador devalued the sucre.", 1990),
        ("DUBAI, 4th June, 2024 (WAM) -- The expo drew crowds.", 2024),
    ] {
        let d = newswire::dateline::find(input).expect(input);
        assert_eq!(d.date, ymd(year, 6, 4), "{input:?}");
    }
}
