//! The claim-file format as typed data. Everything here is plain data with no I/O; the loader
//! fills it and the checks read it.

mod allowance;
mod article;
mod claim;
mod corpus;
mod date;
mod evidence;
mod file;
mod gaps;
mod id;
mod outlet;
mod schema;
mod speaker;
mod topic;

pub use allowance::{Allowance, AllowedRule};
pub use article::Article;
pub use claim::{Attribution, Certainty, Claim, Mode, Placement, Stance, StanceOn};
pub use corpus::{Corpus, Definition, FileId, Item, ItemPath, LoadedFile, TopicProposition};
pub use date::{DateBounds, PartialDate, Precision};
pub use evidence::{Dated, Evidence, EvidenceKind};
pub use file::ClaimFile;
pub use gaps::{DroppedDefinition, FailedFile};
pub use id::is_valid_id;
pub use outlet::{Outlet, Ownership};
pub use schema::{claim_file_schema, is_language_tag};
pub use speaker::Speaker;
pub use topic::{Proposition, Topic};
