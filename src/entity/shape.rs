//! The shape of a word or a name as written: capitalised, in capitals, a compound
//! adjective; a name's first and last words.

/// Whether `w` is a capitalised word (or an initial, or an acronym).
#[inline]
pub(super) fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        Some(_) => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `w` is a compound adjective on a name (`Calgary-based`, `Vancouver-bound`).
pub(super) fn is_compound_adjective(w: &str) -> bool {
    w.rsplit_once('-')
        .is_some_and(|(_, tail)| tail.len() > 2 && tail.chars().all(char::is_lowercase))
}

/// Whether `w` is written in capitals (`CNN`, `NATO`): two letters or more.
pub(super) fn is_acronym(w: &str) -> bool {
    // ASCII words byte by byte: a lower-case letter refuses the word at once.
    let mut capitals = 0;
    for &b in w.as_bytes() {
        if b >= 0x80 {
            return is_acronym_unicode(w);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        capitals += usize::from(b.is_ascii_uppercase());
    }
    capitals >= 2
}

/// [`is_acronym`] over any characters.
fn is_acronym_unicode(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// The first word of `name` (split at white space, as [`str::split_whitespace`] does) when
/// it has two words or more.
pub(super) fn first_of_several(name: &str) -> Option<&str> {
    if !name.is_ascii() {
        let mut words = name.split_whitespace();
        return match (words.next(), words.next()) {
            (Some(first), Some(_)) => Some(first),
            _ => None,
        };
    }
    // (The ASCII characters of white space: tab to carriage return, and space.)
    let space = |c: &u8| matches!(c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ');
    let b = name.as_bytes();
    let start = b.iter().position(|c| !space(c))?;
    let end = start + b[start..].iter().position(space)?;
    b[end..]
        .iter()
        .any(|c| !space(c))
        .then(|| &name[start..end])
}

pub(super) fn last_word(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}
