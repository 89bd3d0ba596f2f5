//! Sparse grids: entries placed at a (row, column) gathered into rows of the cells that hold
//! something. No empty cell is ever made, so a view costs what its claims cost.

use std::collections::HashMap;

/// A column and the entries in it.
pub type Cell<E> = (usize, Vec<E>);

pub struct Gathered<K, E> {
    /// Each row key once, in order, with its cells in column order: (column, entries).
    /// Columns are numbered anew over the columns that hold anything.
    pub rows: Vec<(K, Vec<Cell<E>>)>,
    /// For each new column number, the column it was placed at.
    pub columns: Vec<usize>,
}

/// `placed` is in the order each cell keeps its entries (the sort is stable).
pub fn gather<K: Ord + Copy, E>(mut placed: Vec<(K, usize, E)>) -> Gathered<K, E> {
    placed.sort_by_key(|&(row, column, _)| (row, column));
    let mut columns: Vec<usize> = placed.iter().map(|&(_, column, _)| column).collect();
    columns.sort_unstable();
    columns.dedup();
    let renumbered: HashMap<usize, usize> = columns.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    let mut rows: Vec<(K, Vec<Cell<E>>)> = Vec::new();
    for (row, column, entry) in placed {
        let column = renumbered.get(&column).copied().unwrap_or_default();
        if rows.last().is_none_or(|(key, _)| *key != row) {
            rows.push((row, Vec::new()));
        }
        let Some((_, cells)) = rows.last_mut() else {
            continue;
        };
        match cells.last_mut() {
            Some((last, entries)) if *last == column => entries.push(entry),
            _ => cells.push((column, vec![entry])),
        }
    }
    Gathered { rows, columns }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cells_with_entries_exist_and_keep_their_order() {
        let gathered = gather(vec![(1, 7, 'a'), (0, 9, 'b'), (1, 7, 'c'), (0, 7, 'd')]);
        assert_eq!(gathered.columns, vec![7, 9]);
        assert_eq!(
            gathered.rows,
            vec![
                (0, vec![(0, vec!['d']), (1, vec!['b'])]),
                (1, vec![(0, vec!['a', 'c'])])
            ]
        );
    }
}
