use crate::error::Error;
use crate::model::claim_file_schema;

use super::artifact;

/// `crossclaim schema`: prints the JSON Schema of claim files.
pub fn run() -> Result<u8, Error> {
    artifact::print(claim_file_schema().as_bytes())
}
