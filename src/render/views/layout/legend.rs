use super::symbols::{HEDGED_LEGEND, NO_STANCE, STANCE_LEGEND};
use super::{Block, Line, Repeated};

/// The legend after a view of claims: the symbols, and what every claim shares that the
/// entries leave out.
pub fn legend(no_stance_shown: bool, hedged_shown: bool, repeated: &Repeated) -> Block {
    let mut text = STANCE_LEGEND.to_string();
    if hedged_shown {
        text.push_str(&format!(" · {HEDGED_LEGEND}"));
    }
    if no_stance_shown {
        text.push_str(&format!(" · {NO_STANCE} no stance"));
    }
    for note in repeated.notes() {
        text.push_str("; ");
        text.push_str(&note);
    }
    Block::Legend(Line::plain(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn text(block: &Block) -> String {
        match block {
            Block::Legend(line) => line.text(),
            _ => String::new(),
        }
    }

    #[test]
    fn says_once_what_every_entry_leaves_out() {
        let repeated = Repeated {
            narration: true,
            date: Some(PartialDate::Unknown),
        };
        assert_eq!(
            text(&legend(true, false, &repeated)),
            "▲ supports · ▼ opposes · ● neutral · ○ no stance; every claim is the outlet's own narration; no claim has a known date"
        );
        assert_eq!(text(&legend(false, false, &Repeated::default())), STANCE_LEGEND);
        assert_eq!(
            text(&legend(false, true, &Repeated::default())),
            "▲ supports · ▼ opposes · ● neutral · △ ▽ only probable or possible"
        );
    }
}
