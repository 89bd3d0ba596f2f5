//! Adapters at the edges of the model: exports built from a loaded corpus that checks without
//! errors. Each format is one module reading the corpus through [`Input`]; none prints.

pub mod annotations;
pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod import;
mod input;
mod iri;
pub mod jsonl;
pub mod jsonld;
pub mod network;
pub mod passages;
pub mod rows;
pub mod sqlite;
mod xml;

pub use input::Input;
