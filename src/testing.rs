//! Helpers shared by the crate's unit tests.

/// `count` random texts made of `pieces`, each of up to `u64::MAX >> shift` pieces, drawn by
/// a fixed linear congruential generator from `seed`: the same texts on every run.
pub(crate) fn random_texts<'p>(
    pieces: &'p [&'p str],
    seed: u64,
    shift: u32,
    count: usize,
) -> impl Iterator<Item = String> + 'p {
    let mut seed = seed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed
    };
    (0..count).map(move |_| {
        let mut t = String::new();
        for _ in 0..(next() >> shift) {
            t.push_str(pieces[(next() >> 33) as usize % pieces.len()]);
        }
        t
    })
}
