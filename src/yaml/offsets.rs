//! saphyr-parser counts positions in characters; spans are in bytes. Events arrive in text
//! order, so one cursor walking forward (and rarely a little back) converts every position in a
//! single pass over the text. In ASCII text the two counts agree and nothing is walked.

pub struct Offsets<'t> {
    text: &'t str,
    ascii: bool,
    chars: usize,
    bytes: usize,
}

impl<'t> Offsets<'t> {
    pub fn new(text: &'t str) -> Offsets<'t> {
        Offsets {
            text,
            ascii: text.is_ascii(),
            chars: 0,
            bytes: 0,
        }
    }

    /// The byte offset of the character at index `chars`; the text's length past its end.
    pub fn byte(&mut self, chars: usize) -> usize {
        if self.ascii {
            return chars.min(self.text.len());
        }
        if chars >= self.chars {
            let ahead = chars - self.chars;
            let rest = &self.text[self.bytes..];
            // Most of a claim file is ASCII: a run of it is stepped over at once.
            if rest.as_bytes().get(..ahead).is_some_and(<[u8]>::is_ascii) {
                self.bytes += ahead;
                self.chars = chars;
                return self.bytes;
            }
            match rest.char_indices().nth(ahead) {
                Some((offset, _)) => {
                    self.bytes += offset;
                    self.chars = chars;
                }
                None => {
                    self.chars += rest.chars().count();
                    self.bytes = self.text.len();
                }
            }
        } else {
            let behind = self.chars - chars;
            let before = &self.text[..self.bytes];
            let (offset, _) = before.char_indices().rev().nth(behind - 1).unwrap_or((0, ' '));
            self.bytes = offset;
            self.chars = chars;
        }
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::Offsets;

    #[test]
    fn converts_character_indices_forward_and_back() {
        let text = "a“b”é\nz";
        let mut offsets = Offsets::new(text);
        let expected: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for (chars, &bytes) in expected.iter().enumerate() {
            assert_eq!(offsets.byte(chars), bytes, "{chars}");
        }
        for (chars, &bytes) in expected.iter().enumerate().rev() {
            assert_eq!(offsets.byte(chars), bytes, "{chars}");
        }
        assert_eq!(offsets.byte(3), expected[3]);
        assert_eq!(offsets.byte(100), text.len());
        assert_eq!(offsets.byte(0), 0);
    }

    #[test]
    fn ascii_needs_no_walk() {
        let mut offsets = Offsets::new("abc");
        assert_eq!((offsets.byte(2), offsets.byte(9)), (2, 3));
    }
}
