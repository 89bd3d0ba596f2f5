//! The claim-file format as typed data. Everything here is plain data with no I/O; the loader
//! fills it and the checks read it.

mod address;
mod allowance;
mod article;
mod claim;
mod corpus;
mod country;
mod date;
mod evidence;
mod file;
mod gaps;
mod id;
mod outlet;
mod schema;
mod speaker;
mod topic;

pub use address::{is_domain, normalize_url, url_domain, url_problem};
pub use allowance::{Allowance, AllowedRule};
pub use article::{Article, ExternalId};
pub use claim::{Attribution, Certainty, Claim, Mode, Placement, Stance, StanceOn};
pub use corpus::{Corpus, Definition, FileId, Item, ItemPath, LoadedFile, TopicProposition};
pub use country::{assigned as assigned_countries, country_help, is_valid_country};
pub use date::{DateBounds, Day, FORMS as DATE_FORMS, PartialDate, Point, Precision, is_capture_time};
pub use evidence::{Dated, Evidence, EvidenceKind};
pub use file::ClaimFile;
pub use gaps::{DroppedDefinition, FailedFile};
pub use id::is_valid_id;
pub use outlet::{Outlet, Ownership, UNKNOWN_COUNTRY};
pub use schema::{claim_file_schema, is_language_tag};
pub use speaker::Speaker;
pub use topic::{Proposition, Rating, Topic, Verdict};
