//! Writing claim files: the only code that changes a file the user keeps.
//!
//! Edits are byte-range replacements on the text as read ([`splice`]), placed by the YAML
//! locations in [`locate`]; new list entries are serialized by the same serde_yaml that reads
//! them ([`entry`]) and placed after the last one ([`append`]). Files are written through a
//! temporary file in the same directory and a rename, keeping their permissions, refusing
//! symlinks that lead out of the project and files that changed on disk since they were read
//! ([`file`]); exports write their files through the same staging ([`Staged`]). Every write is
//! reported, so a command can say exactly what it wrote.

mod append;
mod batch;
mod entry;
mod file;
mod locate;
mod splice;
mod staged;

pub use append::{AppendError, append_item};
pub use batch::create_all;
pub use entry::sequence_item;
pub use file::{EditError, Original, Written, WrittenKind, create, write_back};
pub use locate::{scalar_value, scalar_values};
pub use splice::{Edit, apply};
pub use staged::Staged;
