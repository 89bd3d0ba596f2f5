//! How wide each column of a table is drawn at a given total width. The arithmetic is
//! comfy-table's dynamic arrangement, step for step, so that a table looks as it always has:
//! columns narrower than their share keep their width, capped columns take their cap, a column
//! that needs less once wrapped gives the rest back, and what is left is shared evenly.

use super::measured::Measured;

/// The padding on each side of a cell's text.
pub const PADDING: usize = 1;

/// The text width of each column. `rows` is every row, header first, each cell as its lines;
/// `caps` bounds some columns' widths, padding included; `width` is the whole table's,
/// borders included.
pub fn content_widths(rows: &mut [Vec<Vec<Measured>>], caps: &[Option<u16>], width: usize) -> Vec<u16> {
    let mut state = State::new(caps, width);
    let widest = widest_lines(rows, caps.len());
    fit_into_average(&mut state, &widest);
    if state.remaining_columns > 0 {
        shrink_after_split(&mut state, rows);
    }
    if state.remaining_columns > 0 {
        share_what_is_left(&mut state);
    }
    state.decided.into_iter().map(|w| w.unwrap_or(1)).collect()
}

/// What is still to share, and which columns already have their width.
struct State<'c> {
    caps: &'c [Option<u16>],
    decided: Vec<Option<u16>>,
    remaining_width: usize,
    remaining_columns: usize,
}

impl<'c> State<'c> {
    fn new(caps: &'c [Option<u16>], width: usize) -> Self {
        let columns = caps.len();
        // The outer borders and one line between each two columns.
        let borders = 2 + columns.saturating_sub(1);
        let remaining_width = width.saturating_sub(borders).saturating_sub(columns * 2 * PADDING);
        State {
            caps,
            decided: vec![None; columns],
            remaining_width,
            remaining_columns: columns,
        }
    }

    fn average(&self) -> usize {
        self.remaining_width.checked_div(self.remaining_columns).unwrap_or(0)
    }

    /// Gives a column its width; false when no column is left without one.
    fn fix(&mut self, column: usize, width: u16) -> bool {
        self.decided[column] = Some(width.max(1));
        self.remaining_width = self.remaining_width.saturating_sub(usize::from(width));
        self.remaining_columns -= 1;
        self.remaining_columns > 0
    }
}

/// Each column's widest line, at least 1 for any column that has a cell.
fn widest_lines(rows: &[Vec<Vec<Measured>>], columns: usize) -> Vec<u16> {
    let mut widest = vec![0u16; columns];
    for row in rows {
        for (column, lines) in row.iter().enumerate() {
            let width = lines.iter().map(|line| line.line.width).max().unwrap_or(0);
            let width = u16::try_from(width).unwrap_or(u16::MAX).max(1);
            if let Some(w) = widest.get_mut(column) {
                *w = (*w).max(width);
            }
        }
    }
    widest
}

/// Columns whose content, or whose cap, fits in the average share take just that, which
/// raises the average for the others; repeated until none does.
fn fit_into_average(state: &mut State, widest: &[u16]) {
    let padding = 2 * PADDING as u16;
    let mut found = true;
    while found {
        found = false;
        if state.remaining_columns == 0 || state.average() == 0 {
            break;
        }
        for (column, &content) in widest.iter().enumerate() {
            if state.decided[column].is_some() {
                continue;
            }
            if let Some(cap) = state.caps[column] {
                let average_with_padding = state.average() + usize::from(padding);
                if usize::from(cap) <= average_with_padding && content.saturating_add(padding) >= cap {
                    let width = cap.saturating_sub(padding).max(1);
                    if !state.fix(column, width) {
                        break;
                    }
                    found = true;
                    continue;
                }
            }
            if usize::from(content) <= state.average() {
                if !state.fix(column, content) {
                    break;
                }
                found = true;
            }
        }
    }
}

/// A column wider than its share may need less once its lines are wrapped at that share: it
/// takes what its longest wrapped line needs when that leaves at least three columns over.
fn shrink_after_split(state: &mut State, rows: &mut [Vec<Vec<Measured>>]) {
    let mut found = true;
    while found {
        found = false;
        for column in 0..state.caps.len() {
            if state.decided[column].is_some() {
                continue;
            }
            let average = state.average();
            let longest = longest_after_split(rows, column, average);
            if average.saturating_sub(longest) >= 3 {
                if !state.fix(column, u16::try_from(longest).unwrap_or(u16::MAX)) {
                    break;
                }
                found = true;
            }
        }
    }
}

/// The widest line of a column once its lines are wrapped at `average`.
fn longest_after_split(rows: &mut [Vec<Vec<Measured>>], column: usize, average: usize) -> usize {
    let wrap_at = usize::from(u16::try_from(average).unwrap_or(u16::MAX).max(1));
    let mut longest = 0;
    for lines in rows.iter_mut().filter_map(|row| row.get_mut(column)) {
        for line in lines {
            if line.line.width > average {
                longest = line
                    .broken(wrap_at)
                    .iter()
                    .map(|part| part.width)
                    .fold(longest, usize::max);
            } else {
                longest = longest.max(line.line.width);
            }
        }
    }
    longest
}

/// The columns still without a width share what is left evenly, the first ones a column more
/// when it does not divide; each gets at least one.
fn share_what_is_left(state: &mut State) {
    let count = state.remaining_columns;
    let width = state.remaining_width.max(count);
    let share = width / count;
    let excess = width - share * count;
    let mut undecided = 0;
    for column in 0..state.caps.len() {
        if state.decided[column].is_some() {
            continue;
        }
        let width = if undecided < excess { share + 1 } else { share };
        state.decided[column] = Some(u16::try_from(width).unwrap_or(u16::MAX).max(1));
        undecided += 1;
    }
}
