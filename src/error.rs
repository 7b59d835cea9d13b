//! The ways input can be wrong.

use thiserror::Error;

/// Why an input could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid UTF-8; `offset` is the byte where the first bad sequence starts.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The article is longer than the parser's size limit.
    #[error("article of {len} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// The article's size in bytes.
        len: usize,
        /// The limit in force ([`crate::Parser::max_bytes`]).
        limit: usize,
    },
}

impl Error {
    /// A short, stable name for the kind of error (`"invalid_utf8"`, `"too_large"`), as the
    /// CLI writes it in error lines.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::TooLarge { .. } => "too_large",
        }
    }
}
