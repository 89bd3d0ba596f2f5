use super::Grid;
use super::fit::fits;

/// Which way a table of claims runs: one column per outlet (or topic), or one row per outlet
/// (or speaker) with its claims beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    Columns,
    Rows,
    /// Columns when they fit `width` as one table, else rows.
    Auto {
        width: usize,
    },
}

impl Arrangement {
    /// Whether the columns grid is the one to show.
    pub fn columns(self, grid: &Grid) -> bool {
        match self {
            Arrangement::Columns => true,
            Arrangement::Rows => false,
            Arrangement::Auto { width } => fits(grid, width),
        }
    }

    /// Whether `count` columns could fit at all: a quick no before building a grid that
    /// would only be thrown away.
    pub fn may_fit(self, count: usize) -> bool {
        match self {
            Arrangement::Columns => true,
            Arrangement::Rows => false,
            // Each column needs a character and its chrome.
            Arrangement::Auto { width } => count * (1 + super::fit::COLUMN_CHROME) < width,
        }
    }
}
