//! Quote marks: every mark in the text found and classified by shape and role.
//!
//! Straight marks (`"` and `'`) are classified by what stands on either side of them; an
//! apostrophe inside a word (`don't`, `O’Malley`) is told apart from a closing single quote.

use super::search::Three;
use crate::model::Span;

/// The typographic family of a quote mark, which decides what may close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// `"` or `“ ”`.
    Double,
    /// `'` or `‘ ’`.
    Single,
    /// `« »`.
    Guillemet,
    /// `‹ ›`.
    SingleGuillemet,
    /// German low opening double `„`, closed by `“` (or `”`).
    LowDouble,
    /// German low opening single `‚`, closed by `‘` (or `’`).
    LowSingle,
    /// TeX-style `` `` `` opening, closed by `''`.
    Backticks,
    /// `「 」`.
    Corner,
    /// `『 』`.
    WhiteCorner,
}

/// What a mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// It opens a quotation.
    Open,
    /// It closes a quotation.
    Close,
    /// A straight mark whose role its neighbours do not decide.
    Either,
    /// An apostrophe inside a word, not a quote mark.
    Apostrophe,
}

/// One quote mark in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuoteMark {
    /// Where the mark stands (one or two characters).
    pub span: Span,
    /// Its family.
    pub shape: Shape,
    /// What it does here.
    pub role: Role,
}

impl QuoteMark {
    /// Whether this mark is of the double family (double, guillemet, low double, backticks,
    /// corner brackets), as opposed to single marks.
    pub fn is_double(&self) -> bool {
        !matches!(
            self.shape,
            Shape::Single | Shape::LowSingle | Shape::SingleGuillemet
        )
    }

    /// Whether `closer` can close a quotation that this mark opened.
    pub fn closed_by(&self, closer: &QuoteMark) -> bool {
        use Shape::*;
        if closer.role == Role::Open || closer.role == Role::Apostrophe {
            return false;
        }
        match self.shape {
            Double | LowDouble | Backticks => matches!(closer.shape, Double | Backticks),
            Single | LowSingle => closer.shape == Single,
            Guillemet => closer.shape == Guillemet,
            SingleGuillemet => closer.shape == SingleGuillemet,
            Corner => closer.shape == Corner,
            WhiteCorner => closer.shape == WhiteCorner,
        }
    }
}

/// The shape and fixed role of the curly or bracket mark that opens `bytes` (its lead byte
/// `0xC2`, `0xE2` or `0xE3` and the two or one after it), and its length; `None` for any
/// other character. The marks are told by their bytes, without decoding a character:
/// most characters with these lead bytes (dashes, the ellipsis, the no-break space) are
/// no marks.
fn typographic(bytes: &[u8]) -> Option<(Shape, Role, usize)> {
    Some(match *bytes {
        [0xC2, 0xAB, ..] => (Shape::Guillemet, Role::Open, 2),
        [0xC2, 0xBB, ..] => (Shape::Guillemet, Role::Close, 2),
        [0xE2, 0x80, last, ..] => {
            let (shape, role) = match last {
                0x98 => (Shape::Single, Role::Open),
                0x99 => (Shape::Single, Role::Close),
                0x9A => (Shape::LowSingle, Role::Open),
                0x9C => (Shape::Double, Role::Open),
                0x9D => (Shape::Double, Role::Close),
                0x9E => (Shape::LowDouble, Role::Open),
                0xB9 => (Shape::SingleGuillemet, Role::Open),
                0xBA => (Shape::SingleGuillemet, Role::Close),
                _ => return None,
            };
            (shape, role, 3)
        }
        [0xE3, 0x80, last, ..] => {
            let (shape, role) = match last {
                0x8C => (Shape::Corner, Role::Open),
                0x8D => (Shape::Corner, Role::Close),
                0x8E => (Shape::WhiteCorner, Role::Open),
                0x8F => (Shape::WhiteCorner, Role::Close),
                _ => return None,
            };
            (shape, role, 3)
        }
        _ => return None,
    })
}

/// Whether a character may stand before an opening mark (space, start, bracket, dash).
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':'),
    }
}

/// Whether a character may stand after a closing mark (space, end, punctuation).
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '’'
                        | '”'
                        | '"'
                        | '\''
                )
        }
    }
}

/// The positions of the bytes that can start a quote mark, in order: `"`, `'`, `` ` ``,
/// `0xE2` (U+2018..U+203A), `0xC2` (`«` `»`) and `0xE3` (corner brackets). Two searches
/// for three bytes each ([`Three`], set up once) merged, so that the text between marks is
/// skipped at memchr's speed.
struct MarkLeads<'b> {
    bytes: &'b [u8],
    /// The two searches, set up once for the text.
    searches: [Three; 2],
    /// For each search, its first hit at or after the last position asked for (`None`
    /// when there is none).
    next: [Option<usize>; 2],
}

impl<'b> MarkLeads<'b> {
    fn new(bytes: &'b [u8]) -> Self {
        let mut leads = MarkLeads {
            bytes,
            searches: [Three::new(b'"', b'\'', 0xE2), Three::new(b'`', 0xC2, 0xE3)],
            next: [None, None],
        };
        leads.next = [leads.search(0, 0), leads.search(1, 0)];
        leads
    }

    fn search(&self, k: usize, from: usize) -> Option<usize> {
        let hay = self.bytes.get(from..)?;
        self.searches.get(k)?.find(hay).map(|o| from + o)
    }

    /// The first lead byte at or after `at`; `at` never decreases between calls.
    fn next_from(&mut self, at: usize) -> Option<usize> {
        for k in 0..2 {
            if self.next[k].is_some_and(|n| n < at) {
                self.next[k] = self.search(k, at);
            }
        }
        match self.next {
            [Some(a), Some(b)] => Some(a.min(b)),
            [a, b] => a.or(b),
        }
    }
}

/// Finds and classifies every quote mark in `text`, in order.
///
/// ```
/// use newswire::text::{quote_marks, Role};
/// let marks = quote_marks("\"Don't,\" she said.");
/// assert_eq!(marks.len(), 3);
/// assert_eq!(marks[0].role, Role::Open);
/// assert_eq!(marks[1].role, Role::Apostrophe);
/// assert_eq!(marks[2].role, Role::Close);
/// ```
pub fn quote_marks(text: &str) -> Vec<QuoteMark> {
    let bytes = text.as_bytes();
    // (room for a mark per 64 bytes: news copy has one per hundred bytes or so, and a
    // vector grown as it fills is copied each time)
    let mut out = Vec::with_capacity(bytes.len() / 64);
    let mut i = 0;
    let mut leads = MarkLeads::new(bytes);
    while i < bytes.len() {
        let Some(at) = leads.next_from(i) else {
            break;
        };
        let Some(&lead) = bytes.get(at) else {
            break;
        };
        if lead >= 0x80 {
            // (a lead byte outside ASCII starts a character: the bytes after it are read
            // in place, and the search goes on past them)
            let Some((shape, role, len)) = typographic(&bytes[at..]) else {
                i = at + 1;
                continue;
            };
            i = at + len;
            out.push(QuoteMark {
                span: Span::new(at, at + len),
                shape,
                role: curly_role(text, at, at + len, role),
            });
            continue;
        }
        i = at + 1;
        let prev = char_before(text, at);
        let next = char_at(text, at + 1);
        match lead {
            b'"' => out.push(QuoteMark {
                span: Span::new(at, at + 1),
                shape: Shape::Double,
                role: straight_role(prev, next),
            }),
            b'`' => {
                let double = next == Some('`');
                let end = if double { at + 2 } else { at + 1 };
                i = end;
                out.push(QuoteMark {
                    span: Span::new(at, end),
                    shape: if double {
                        Shape::Backticks
                    } else {
                        Shape::Single
                    },
                    role: Role::Open,
                });
            }
            b'\'' => {
                if next == Some('\'') {
                    // '' closes a ``-opened quotation (or opens one in some feeds).
                    let after = char_at(text, at + 2);
                    i = at + 2;
                    out.push(QuoteMark {
                        span: Span::new(at, at + 2),
                        shape: Shape::Backticks,
                        role: match straight_role(prev, after) {
                            Role::Open => Role::Open,
                            _ => Role::Close,
                        },
                    });
                } else {
                    let role = if prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphanumeric)
                        || elided_decade(&bytes[at + 1..])
                    {
                        Role::Apostrophe
                    } else {
                        straight_role(prev, next)
                    };
                    out.push(QuoteMark {
                        span: Span::new(at, at + 1),
                        shape: Shape::Single,
                        role,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// The role of the curly single mark `‘` or `’` between bytes `at` and `end` of `text`,
/// whose shape gives it `role`: an apostrophe inside a word (`O’Malley`; a `‘` glued
/// after a letter is a mis-typed one) or before an elided decade (`’90s`). Other curly
/// and bracket marks keep the role of their shape.
fn curly_role(text: &str, at: usize, end: usize, role: Role) -> Role {
    let bytes = text.as_bytes();
    // (`‘` and `’` are E2 80 98 and E2 80 99; only they may be apostrophes)
    if !matches!(bytes.get(at..end), Some([0xE2, 0x80, 0x98 | 0x99])) {
        return role;
    }
    let inside_word = char_before(text, at).is_some_and(char::is_alphanumeric)
        && char_at(text, end).is_some_and(char::is_alphabetic);
    if inside_word || elided_decade(&bytes[end..]) {
        Role::Apostrophe
    } else {
        role
    }
}

/// The character that starts at byte `at` of `text` (an ASCII byte taken as it is, without
/// decoding); `None` at the end.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(at..)?.chars().next(),
    }
}

/// The character that ends at byte `at` of `text` (an ASCII byte taken as it is, without
/// decoding); `None` at the start.
#[inline]
fn char_before(text: &str, at: usize) -> Option<char> {
    match at.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(..at)?.chars().next_back(),
    }
}

/// The role of a straight mark from its neighbours.
fn straight_role(prev: Option<char>, next: Option<char>) -> Role {
    let open = opens_after(prev) && next.is_some_and(|c| !c.is_whitespace());
    let close = closes_before(next) && prev.is_some_and(|c| !c.is_whitespace());
    match (open, close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Whether the text after a single mark is a year or decade with its century left out
/// (`'70s`, `’16`): two digits and no third, so the mark is an apostrophe.
fn elided_decade(b: &[u8]) -> bool {
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && !b.get(2).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(Shape, Role)> {
        quote_marks(text)
            .iter()
            .map(|m| (m.shape, m.role))
            .collect()
    }

    #[test]
    fn curly_double_open_and_close() {
        assert_eq!(
            roles("“Yes,” he said."),
            [(Shape::Double, Role::Open), (Shape::Double, Role::Close)]
        );
    }

    #[test]
    fn straight_double_by_context() {
        assert_eq!(
            roles("He said \"no\" twice."),
            [(Shape::Double, Role::Open), (Shape::Double, Role::Close)]
        );
    }

    #[test]
    fn apostrophes_inside_words() {
        assert_eq!(
            roles("O’Malley didn't"),
            [
                (Shape::Single, Role::Apostrophe),
                (Shape::Single, Role::Apostrophe)
            ]
        );
    }

    #[test]
    fn guillemets_low_and_corner_marks() {
        assert_eq!(
            roles("«oui» „ja“ ‚ja‘ 「はい」 『はい』"),
            [
                (Shape::Guillemet, Role::Open),
                (Shape::Guillemet, Role::Close),
                (Shape::LowDouble, Role::Open),
                (Shape::Double, Role::Open),
                (Shape::LowSingle, Role::Open),
                (Shape::Single, Role::Open),
                (Shape::Corner, Role::Open),
                (Shape::Corner, Role::Close),
                (Shape::WhiteCorner, Role::Open),
                (Shape::WhiteCorner, Role::Close),
            ]
        );
        let m = quote_marks("„ja“");
        assert!(m[0].closed_by(&QuoteMark {
            role: Role::Close,
            ..m[1]
        }));
    }

    #[test]
    fn tex_style_marks() {
        let m = quote_marks("``Hello,'' she said.");
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].shape, m[0].role, m[0].span),
            (Shape::Backticks, Role::Open, Span::new(0, 2))
        );
        assert_eq!(
            (m[1].shape, m[1].role, m[1].span),
            (Shape::Backticks, Role::Close, Span::new(8, 10))
        );
        assert!(m[0].closed_by(&m[1]));
    }

    #[test]
    fn adjacent_closers() {
        // single inside double: .’”
        let m = quote_marks("“He said ‘go.’” Then");
        let r: Vec<Role> = m.iter().map(|m| m.role).collect();
        assert_eq!(r, [Role::Open, Role::Open, Role::Close, Role::Close]);
    }
}
