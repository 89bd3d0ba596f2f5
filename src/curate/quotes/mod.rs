//! `crossclaim quotes [ARTICLE-ID]`: what an article's source quotes and reports, and which of
//! it the claims cover. The text analysis ([`analyse`]) knows nothing of claims; coverage comes
//! from the passages `check` anchors the claims' quotes to.

mod attribution;
mod coverage;
mod cues;
mod marks;
mod sentences;
mod speaker;
mod stubs;

pub use attribution::{Analysis, Attributed, Quoted, Reported, analyse};
pub use coverage::{ArticleQuotes, Item, Kind, QuotesReport, list};
pub use marks::{Quotation, quotations};
pub use stubs::Stub;
