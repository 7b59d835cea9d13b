//! News agencies and the ways copy spells their names.

use crate::lexicon::{WordTable, keys, slots_for};
use std::fmt;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

macro_rules! agencies {
    ($( $(#[$doc:meta])* $variant:ident => $short:literal ),* $(,)?) => {
        /// A news agency (or a paper whose wire is credited like one), by its short name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum Agency {
            $( $(#[$doc])* #[cfg_attr(feature = "serde", serde(rename = $short))] $variant, )*
        }

        impl Agency {
            /// Every agency this crate knows.
            pub const ALL: &'static [Agency] = &[$(Agency::$variant),*];

            /// The short name the contract uses (`"AP"`, `"Reuters"`, `"dpa"`).
            pub const fn short_name(self) -> &'static str {
                match self { $(Agency::$variant => $short,)* }
            }
        }
    };
}

agencies! {
    /// The Associated Press.
    Ap => "AP",
    /// Reuters.
    Reuters => "Reuters",
    /// Agence France-Presse.
    Afp => "AFP",
    /// Xinhua News Agency.
    Xinhua => "Xinhua",
    /// Agencia EFE.
    Efe => "EFE",
    /// Agencia Centroamericana de Noticias.
    Acan => "ACAN",
    /// Deutsche Presse-Agentur.
    Dpa => "dpa",
    /// TASS (ITAR-TASS).
    Tass => "TASS",
    /// Kyodo News.
    Kyodo => "Kyodo",
    /// Agenzia Nazionale Stampa Associata.
    Ansa => "ANSA",
    /// Notimex.
    Notimex => "Notimex",
    /// Télam.
    Telam => "Telam",
    /// The Canadian Press.
    Cp => "CP",
    /// Asian News International.
    Ani => "ANI",
    /// Indo-Asian News Service.
    Ians => "IANS",
    /// Press Trust of India.
    Pti => "PTI",
    /// United Press International.
    Upi => "UPI",
    /// Yonhap News Agency.
    Yonhap => "Yonhap",
    /// Bernama, the Malaysian national news agency.
    Bernama => "Bernama",
    /// Emirates News Agency.
    Wam => "WAM",
    /// Anadolu Agency.
    Anadolu => "Anadolu",
    /// The New York Times news service.
    Nyt => "NYT",
    /// Agence Presse Sénégalaise and other APS.
    Aps => "APS",
    /// Press Association (UK).
    Pa => "PA",
    /// Australian Associated Press.
    Aap => "AAP",
    /// Interfax.
    Interfax => "Interfax",
    /// RIA Novosti.
    Ria => "RIA",
    /// Prensa Latina.
    PrensaLatina => "Prensa Latina",
    /// Agência Brasil / Agencia Brasil.
    Abr => "ABr",
    /// Islamic Republic News Agency.
    Irna => "IRNA",
    /// Jiji Press.
    Jiji => "Jiji",
    /// Antara.
    Antara => "Antara",
    /// Philippine News Agency.
    Pna => "PNA",
    /// Saudi Press Agency.
    Spa => "SPA",
    /// Middle East News Agency.
    Mena => "MENA",
    /// Petra (Jordan).
    Petra => "Petra",
    /// Kuwait News Agency.
    Kuna => "KUNA",
    /// Qatar News Agency.
    Qna => "QNA",
    /// Vietnam News Agency.
    Vna => "VNA",
    /// Korean Central News Agency.
    Kcna => "KCNA",
    /// United News of India.
    Uni => "UNI",
    /// Agence Tunis Afrique Presse.
    Tap => "TAP",
    /// News Agency of Nigeria.
    Nan => "NAN",
    /// Ghana News Agency.
    Gna => "GNA",
    /// Associated Press of Pakistan.
    App => "APP",
    /// United News of Bangladesh.
    Unb => "UNB",
    /// Bangladesh Sangbad Sangstha.
    Bss => "BSS",
    /// Maghreb Arabe Presse (Morocco).
    Map => "MAP",
    /// Syrian Arab News Agency.
    Sana => "SANA",
    /// Lusa (Portugal).
    Lusa => "Lusa",
    /// Polish Press Agency (Polska Agencja Prasowa).
    Pap => "PAP",
    /// Czech News Agency (ČTK).
    Ctk => "CTK",
    /// Hungarian news agency (Magyar Távirati Iroda).
    Mti => "MTI",
    /// Bulgarian News Agency.
    Bta => "BTA",
    /// Tanjug (Serbia).
    Tanjug => "Tanjug",
    /// Croatian News Agency (HINA).
    Hina => "HINA",
    /// Slovenian Press Agency.
    Sta => "STA",
    /// National News Agency (Lebanon).
    Nna => "NNA",
    /// Agerpres (Romania).
    Agerpres => "Agerpres",
    /// Ukrinform (Ukraine).
    Ukrinform => "Ukrinform",
    /// Belga (Belgium).
    Belga => "Belga",
}

/// The words of [`SPELLINGS`], in its order (distinct: a test checks).
const SPELLING_WORDS: [&str; SPELLINGS.len()] = keys(SPELLINGS);

/// [`SPELLING_WORDS`] indexed for lookup (see [`crate::lexicon`]).
static SPELLING_INDEX: WordTable<{ SPELLINGS.len() }, { slots_for(SPELLINGS.len()) }> =
    WordTable::build(&[&SPELLING_WORDS]);

/// Spellings of agency names as copy prints them, lowercased, matched against a whole name.
/// Short forms that are also common words or US state abbreviations (`PA`, `AA`, `UNI`,
/// `SPA`) are left out: those agencies are recognised by their full names only.
pub(crate) const SPELLINGS: &[(&str, Agency)] = &[
    ("associated press", Agency::Ap),
    ("ap", Agency::Ap),
    ("reuters", Agency::Reuters),
    ("reuter", Agency::Reuters),
    ("agence france-presse", Agency::Afp),
    ("agence france presse", Agency::Afp),
    ("afp", Agency::Afp),
    ("xinhua", Agency::Xinhua),
    ("xinhua news agency", Agency::Xinhua),
    ("efe", Agency::Efe),
    ("acan", Agency::Acan),
    ("dpa", Agency::Dpa),
    ("itar-tass", Agency::Tass),
    ("tass", Agency::Tass),
    ("kyodo", Agency::Kyodo),
    ("kyodo news", Agency::Kyodo),
    ("ansa", Agency::Ansa),
    ("notimex", Agency::Notimex),
    ("telam", Agency::Telam),
    ("télam", Agency::Telam),
    ("canadian press", Agency::Cp),
    ("cp", Agency::Cp),
    ("ani", Agency::Ani),
    ("asian news international", Agency::Ani),
    ("ians", Agency::Ians),
    ("indo-asian news service", Agency::Ians),
    ("pti", Agency::Pti),
    ("press trust of india", Agency::Pti),
    ("upi", Agency::Upi),
    ("united press international", Agency::Upi),
    ("yonhap", Agency::Yonhap),
    ("yonhap news agency", Agency::Yonhap),
    ("bernama", Agency::Bernama),
    ("wam", Agency::Wam),
    ("anadolu", Agency::Anadolu),
    ("anadolu agency", Agency::Anadolu),
    ("press association", Agency::Pa),
    ("pa media", Agency::Pa),
    ("united news of india", Agency::Uni),
    ("saudi press agency", Agency::Spa),
    ("nyt", Agency::Nyt),
    ("aps", Agency::Aps),
    ("aap", Agency::Aap),
    ("interfax", Agency::Interfax),
    ("ria novosti", Agency::Ria),
    ("ria", Agency::Ria),
    ("prensa latina", Agency::PrensaLatina),
    ("abr", Agency::Abr),
    ("irna", Agency::Irna),
    ("jiji", Agency::Jiji),
    ("jiji press", Agency::Jiji),
    ("antara", Agency::Antara),
    ("pna", Agency::Pna),
    ("mena", Agency::Mena),
    ("petra", Agency::Petra),
    ("kuna", Agency::Kuna),
    ("qna", Agency::Qna),
    ("vna", Agency::Vna),
    ("kcna", Agency::Kcna),
    ("gna", Agency::Gna),
    ("associated press of pakistan", Agency::App),
    ("united news of bangladesh", Agency::Unb),
    ("bangladesh sangbad sangstha", Agency::Bss),
    ("maghreb arabe presse", Agency::Map),
    ("syrian arab news agency", Agency::Sana),
    ("lusa", Agency::Lusa),
    ("polish press agency", Agency::Pap),
    ("czech news agency", Agency::Ctk),
    ("čtk", Agency::Ctk),
    ("bulgarian news agency", Agency::Bta),
    ("tanjug", Agency::Tanjug),
    ("croatian news agency", Agency::Hina),
    ("slovenian press agency", Agency::Sta),
    ("national news agency", Agency::Nna),
    ("agerpres", Agency::Agerpres),
    ("ukrinform", Agency::Ukrinform),
    ("belga", Agency::Belga),
];

/// Short forms that name an agency only inside a dateline's or a closing tag's
/// parentheses (`ISTANBUL (AA) - `, `ISLAMABAD, Feb 3 (APP): `), where they cannot be a
/// state or a word (sorted: a test checks).
pub(crate) const CREDIT_ONLY: &[(&str, Agency)] = &[
    ("aa", Agency::Anadolu),
    ("app", Agency::App),
    ("bss", Agency::Bss),
    ("bta", Agency::Bta),
    ("ctk", Agency::Ctk),
    ("hina", Agency::Hina),
    ("map", Agency::Map),
    ("mti", Agency::Mti),
    ("nan", Agency::Nan),
    ("nna", Agency::Nna),
    ("pa", Agency::Pa),
    ("pap", Agency::Pap),
    ("pl", Agency::PrensaLatina),
    ("sana", Agency::Sana),
    ("spa", Agency::Spa),
    ("sta", Agency::Sta),
    ("tap", Agency::Tap),
    ("unb", Agency::Unb),
    ("uni", Agency::Uni),
];

impl Agency {
    /// The agency a credit in parentheses names: any spelling [`Agency::from_name`] knows,
    /// or a short form that only a credit uses (`AA`, `PA`).
    pub(crate) fn from_credit(name: &str) -> Option<Agency> {
        let name = name.trim();
        Agency::from_name(name).or_else(|| {
            CREDIT_ONLY
                .iter()
                .find(|(s, _)| s.eq_ignore_ascii_case(name))
                .map(|&(_, a)| a)
        })
    }

    /// The agency a name as printed stands for, ignoring case (`"REUTER"`, `"Associated
    /// Press"`, `"dpa"`); `None` for a name this crate does not know.
    ///
    /// ```
    /// use newswire::Agency;
    /// assert_eq!(Agency::from_name("REUTER"), Some(Agency::Reuters));
    /// assert_eq!(Agency::from_name("Associated Press"), Some(Agency::Ap));
    /// assert_eq!(Agency::from_name("Bloomberg"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Agency> {
        let name = name.trim();
        if name.len() > 24 {
            return None;
        }
        if name.len() < 2 || !name.starts_with(|c: char| c.is_alphabetic()) {
            return None;
        }
        let found = if name.is_ascii() {
            SPELLING_INDEX.index(name).map(|i| &SPELLINGS[i])
        } else {
            let lower = name.to_lowercase();
            SPELLINGS.iter().find(|(s, _)| *s == lower)
        };
        found.map(|&(_, a)| a)
    }
}

impl fmt::Display for Agency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.short_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_are_distinct_and_found_in_any_case() {
        let mut words: Vec<&str> = SPELLINGS.iter().map(|s| s.0).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), SPELLINGS.len());
        for &(w, a) in SPELLINGS.iter().filter(|s| s.0.len() <= 24) {
            assert_eq!(Agency::from_name(w), Some(a), "{w}");
            assert_eq!(Agency::from_name(&w.to_uppercase()), Some(a), "{w}");
        }
        assert_eq!(Agency::from_name("Reuter"), Some(Agency::Reuters));
        assert_eq!(Agency::from_name("Dow Jones"), None);
    }

    #[test]
    fn credit_only_forms_are_sorted_and_found_in_credits_only() {
        assert!(CREDIT_ONLY.windows(2).all(|w| w[0].0 < w[1].0));
        for &(w, a) in CREDIT_ONLY {
            assert_eq!(Agency::from_credit(&w.to_uppercase()), Some(a), "{w}");
            assert_eq!(Agency::from_name(w), None, "{w}");
        }
    }
}
