//! A cell's line measured once, and broken once per width it is tried at.

use super::split::split_line;
use super::width::text_width;

/// A piece of text and its display width.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    pub text: &'a str,
    pub width: usize,
}

impl<'a> Part<'a> {
    pub fn of(text: &'a str) -> Part<'a> {
        Part {
            text,
            width: text_width(text),
        }
    }
}

/// One line of a cell, with the parts it was last broken into and the width they fit. The
/// arrangement breaks a column's lines at the width it tries last, and that is nearly always
/// the width the column is drawn at: keeping the parts spares breaking every line twice.
#[derive(Debug)]
pub struct Measured<'a> {
    pub line: Part<'a>,
    broken: Option<(usize, Vec<Part<'a>>)>,
}

impl<'a> Measured<'a> {
    pub fn new(text: &'a str) -> Measured<'a> {
        Measured {
            line: Part::of(text),
            broken: None,
        }
    }

    /// The line's parts at most `width` wide: the line itself when it fits.
    pub fn parts(&mut self, width: usize) -> &[Part<'a>] {
        if self.line.width <= width {
            return std::slice::from_ref(&self.line);
        }
        self.broken(width)
    }

    /// The line broken at `width`, even if it fits (a line of spaces has no parts).
    pub fn broken(&mut self, width: usize) -> &[Part<'a>] {
        if self.broken.as_ref().is_none_or(|(at, _)| *at != width) {
            let mut texts = Vec::new();
            split_line(self.line.text, width, &mut texts);
            let parts = texts.into_iter().map(Part::of).collect();
            self.broken = Some((width, parts));
        }
        self.broken.as_ref().map_or(&[], |(_, parts)| parts.as_slice())
    }
}
