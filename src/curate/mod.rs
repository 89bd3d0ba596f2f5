//! The curator's commands as data: `init`, `add`, `rehash` and `quotes` return what they did or
//! found, and `render` prints it. Files are written only through `edit`.

pub mod add;
mod init;
mod layout;
mod loaded;
pub mod quotes;
mod read_back;
mod refusal;
mod rehash;
mod slug;

pub use init::{InitReport, init};
pub use layout::Layout;
pub use loaded::{Curated, load};
pub use refusal::Refusal;
pub use rehash::{RehashReport, Rehashed, rehash};
pub use slug::{Ids, article_id, slug, unique};
