//! Searches for any of two or three bytes, set up once and run many times.
//!
//! `memchr::memchr3` picks its routine and spreads its needles over a vector register at
//! every call, which costs as much as reading the short stretch of text between two
//! sentence marks or two quote marks; a searcher built once per text does it once. Where
//! AVX2 is missing (or off x86-64) the searchers fall back on `memchr`'s functions, which
//! find the same bytes.

/// A search for the first of three bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Three {
    /// The bytes searched for.
    needles: [u8; 3],
    /// The AVX2 searcher, where the processor has AVX2.
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Three>,
}

impl Three {
    /// A search for `a`, `b` or `c`.
    pub(crate) fn new(a: u8, b: u8, c: u8) -> Self {
        Three {
            needles: [a, b, c],
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Three::new(a, b, c),
        }
    }

    /// The position of the first of the bytes in `haystack`, as `memchr::memchr3` gives it.
    #[inline]
    pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = &self.avx2 {
            return s.find(haystack);
        }
        let [a, b, c] = self.needles;
        memchr::memchr3(a, b, c, haystack)
    }
}

/// A search for the first of two bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Two {
    /// The bytes searched for.
    needles: [u8; 2],
    /// The AVX2 searcher, where the processor has AVX2.
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::Two>,
}

impl Two {
    /// A search for `a` or `b`.
    pub(crate) fn new(a: u8, b: u8) -> Self {
        Two {
            needles: [a, b],
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::Two::new(a, b),
        }
    }

    /// The position of the first of the bytes in `haystack`, as `memchr::memchr2` gives it.
    #[inline]
    pub(crate) fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(s) = &self.avx2 {
            return s.find(haystack);
        }
        let [a, b] = self.needles;
        memchr::memchr2(a, b, haystack)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searchers_find_what_memchr_finds() {
        let three = Three::new(b'.', b'!', 0xE2);
        let two = Two::new(b'\n', b'\r');
        let pieces = [
            "a",
            ".",
            "!",
            "\n",
            "\r",
            "“",
            " ",
            "é",
            "xxxxxxxxxxxxxxxxxxxxxxx",
        ];
        for t in crate::testing::random_texts(&pieces, 11, 58, 3000) {
            let b = t.as_bytes();
            for at in 0..=b.len() {
                let hay = &b[at..];
                assert_eq!(three.find(hay), memchr::memchr3(b'.', b'!', 0xE2, hay));
                assert_eq!(two.find(hay), memchr::memchr2(b'\n', b'\r', hay));
            }
        }
    }
}
