//! Myers' bit-parallel edit distance, in Hyyrö's multi-word (block) formulation so patterns of
//! any length work. One text char advances all pattern rows with a handful of word operations
//! per 64 rows, which is what makes an approximate scan of a whole article cheap.
//!
//! Works over `char`s: the pattern's distinct chars are mapped to a small alphabet, and every
//! text char not in the pattern uses an all-zero match vector.

use std::collections::HashMap;

const WORD: usize = 64;
const TOP_BIT: u64 = 1 << (WORD - 1);

/// Where an alignment may begin in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Start {
    /// Anywhere (Sellers' semi-global search: `D[0][j] = 0`).
    Anywhere,
    /// Only at the first text char (`D[0][j] = j`), so column `j` holds the distance between
    /// the pattern and the first `j` text chars.
    First,
}

/// A pattern prepared for bit-parallel scanning.
pub(crate) struct Pattern {
    len: usize,
    blocks: usize,
    /// Match vectors, `blocks` words per symbol; the last symbol is all zeros for chars that
    /// do not occur in the pattern.
    peq: Vec<u64>,
    /// Symbols of ASCII chars, looked up without hashing since most text is ASCII.
    ascii: [usize; 128],
    other: HashMap<char, usize>,
    absent: usize,
}

impl Pattern {
    pub(crate) fn new(pattern: &[char]) -> Pattern {
        let blocks = pattern.len().div_ceil(WORD);
        let mut symbols: HashMap<char, usize> = HashMap::new();
        for &c in pattern {
            let next = symbols.len();
            symbols.entry(c).or_insert(next);
        }
        let absent = symbols.len();
        let mut peq = vec![0u64; (absent + 1) * blocks];
        for (i, c) in pattern.iter().enumerate() {
            if let Some(&s) = symbols.get(c) {
                peq[s * blocks + i / WORD] |= 1 << (i % WORD);
            }
        }
        let mut ascii = [absent; 128];
        let mut other = HashMap::new();
        for (c, s) in symbols {
            match usize::try_from(u32::from(c)) {
                Ok(code) if code < ascii.len() => ascii[code] = s,
                _ => {
                    other.insert(c, s);
                }
            }
        }
        Pattern {
            len: pattern.len(),
            blocks,
            peq,
            ascii,
            other,
            absent,
        }
    }

    fn symbol(&self, c: char) -> usize {
        let code = u32::from(c) as usize;
        match self.ascii.get(code) {
            Some(&s) => s,
            None => self.other.get(&c).copied().unwrap_or(self.absent),
        }
    }

    /// Scans `text`, calling `visit(j, d)` after the `j`-th char (1-based) with `d`, the edit
    /// distance of the whole pattern to the best text passage ending there (where it may start
    /// is given by `start`).
    pub(crate) fn scan(&self, text: impl IntoIterator<Item = char>, start: Start, mut visit: impl FnMut(usize, usize)) {
        // The top row's horizontal step: 0 when a match may start anywhere, +1 otherwise.
        let top: i64 = match start {
            Start::Anywhere => 0,
            Start::First => 1,
        };
        // Pv/Mv: vertical deltas of the current column are all +1 (D[i][0] = i).
        let mut state = vec![(!0u64, 0u64); self.blocks];
        // Rows past the pattern in the last block are padding: bits only ever flow upwards
        // (shifts and carries), so reading the delta at the last real row is exact.
        let last_row = match self.len % WORD {
            0 => TOP_BIT,
            r => 1 << (r - 1),
        };
        let last_block = self.blocks.saturating_sub(1);
        let mut score = self.len;
        for (j, c) in text.into_iter().enumerate() {
            let base = self.symbol(c) * self.blocks;
            let eqs = self.peq.get(base..base + self.blocks).unwrap_or_default();
            let mut carry = top;
            for (b, ((pv, mv), &eq)) in state.iter_mut().zip(eqs).enumerate() {
                let high = if b == last_block { last_row } else { TOP_BIT };
                carry = advance(pv, mv, eq, carry, high);
            }
            // With no pattern rows, the bottom row is the top row.
            score = score.wrapping_add_signed(carry as isize);
            visit(j + 1, score);
        }
    }
}

/// Advances one 64-row block by one text column. `hin` is the horizontal delta entering the
/// block's top row from above; returns the delta leaving its row marked by `high`.
#[inline(always)]
fn advance(pv: &mut u64, mv: &mut u64, eq: u64, hin: i64, high: u64) -> i64 {
    let hin_neg = u64::from(hin < 0);
    let hin_pos = u64::from(hin > 0);
    let xv = eq | *mv;
    // A -1 arriving from above behaves like a match on the diagonal for the first row.
    let eq = eq | hin_neg;
    let xh = ((eq & *pv).wrapping_add(*pv) ^ *pv) | eq;
    let ph = *mv | !(xh | *pv);
    let mh = *pv & xh;
    let hout = i64::from(ph & high != 0) - i64::from(mh & high != 0);
    let ph = (ph << 1) | hin_pos;
    let mh = (mh << 1) | hin_neg;
    *pv = mh | !(xv | ph);
    *mv = ph & xv;
    hout
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn myers(pattern: &[char], text: &[char], start: Start) -> Vec<usize> {
        let mut out = Vec::new();
        Pattern::new(pattern).scan(text.iter().copied(), start, |_, d| out.push(d));
        out
    }

    /// The textbook O(n*m) dynamic program: the bottom row for every text column.
    fn naive(pattern: &[char], text: &[char], start: Start) -> Vec<usize> {
        let mut prev: Vec<usize> = (0..=pattern.len()).collect();
        let mut out = Vec::new();
        for (j, &t) in text.iter().enumerate() {
            let mut col = vec![0; pattern.len() + 1];
            col[0] = match start {
                Start::Anywhere => 0,
                Start::First => j + 1,
            };
            for (i, &p) in pattern.iter().enumerate() {
                let diagonal = prev[i] + usize::from(p != t);
                col[i + 1] = diagonal.min(prev[i + 1] + 1).min(col[i] + 1);
            }
            out.push(col[pattern.len()]);
            prev = col;
        }
        out
    }

    #[test]
    fn finds_an_exact_substring_at_distance_zero() {
        let d = myers(&chars("abc"), &chars("xxabcxx"), Start::Anywhere);
        assert_eq!(d, vec![3, 3, 2, 1, 0, 1, 2]);
    }

    #[test]
    fn computes_a_global_distance_from_the_first_char() {
        let d = myers(&chars("kitten"), &chars("sitting"), Start::First);
        assert_eq!(d.last(), Some(&3));
    }

    #[test]
    fn treats_chars_outside_the_pattern_as_mismatches() {
        let d = myers(&chars("\u{e9}t\u{e9}"), &chars("ete\u{e9}t\u{e9}"), Start::Anywhere);
        assert_eq!(d, vec![3, 2, 2, 2, 1, 0]);
    }

    #[test]
    fn handles_patterns_spanning_several_words() {
        // 130 chars: two full blocks and a partial one; one substitution in the middle.
        let pattern: Vec<char> = (0..130).map(|i| ['a', 'b', 'c'][i % 3]).collect();
        let mut text = vec!['z'; 20];
        text.extend(&pattern);
        text[20 + 70] = 'x';
        text.extend(['z'; 20]);
        let d = myers(&pattern, &text, Start::Anywhere);
        assert_eq!(d.iter().min(), Some(&1));
        assert_eq!(d[20 + 130 - 1], 1);
    }

    #[test]
    fn scans_an_empty_pattern() {
        assert_eq!(myers(&[], &chars("ab"), Start::Anywhere), vec![0, 0]);
        assert_eq!(myers(&[], &chars("ab"), Start::First), vec![1, 2]);
    }

    fn string(max: usize) -> impl Strategy<Value = Vec<char>> {
        // A small alphabet makes matches and near matches common; multi-byte chars check
        // that the alphabet mapping is not byte based.
        proptest::collection::vec(
            prop::sample::select(vec!['a', 'b', 'c', '\u{e9}', '\u{65e5}', ' ']),
            0..max,
        )
    }

    proptest! {
        #[test]
        fn agrees_with_the_naive_program_on_short_patterns(p in string(64), t in string(120)) {
            prop_assert_eq!(myers(&p, &t, Start::Anywhere), naive(&p, &t, Start::Anywhere));
            prop_assert_eq!(myers(&p, &t, Start::First), naive(&p, &t, Start::First));
        }

        #[test]
        fn agrees_with_the_naive_program_on_long_patterns(p in string(220), t in string(260)) {
            prop_assert_eq!(myers(&p, &t, Start::Anywhere), naive(&p, &t, Start::Anywhere));
            prop_assert_eq!(myers(&p, &t, Start::First), naive(&p, &t, Start::First));
        }

        #[test]
        fn agrees_on_a_text_that_contains_the_pattern_with_edits(
            p in string(200),
            left in string(40),
            right in string(40),
            edits in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..3), 0..8),
        ) {
            // Random text rarely comes close to a long pattern; embed an edited copy so the
            // low-distance region of the matrix, where carries between blocks matter, is hit.
            let mut middle = p.clone();
            for (at, kind) in edits {
                if middle.is_empty() { break; }
                let i = at.index(middle.len());
                match kind {
                    0 => { middle.remove(i); }
                    1 => middle.insert(i, 'x'),
                    _ => middle[i] = 'y',
                }
            }
            let t: Vec<char> = left.into_iter().chain(middle).chain(right).collect();
            prop_assert_eq!(myers(&p, &t, Start::Anywhere), naive(&p, &t, Start::Anywhere));
            prop_assert_eq!(myers(&p, &t, Start::First), naive(&p, &t, Start::First));
        }
    }
}
