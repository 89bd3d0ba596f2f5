use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Claim files beyond this size are refused before reading, so a stray dump cannot exhaust
/// memory. A year of one newsroom's claims fits in a handful of files far below it.
pub const MAX_CLAIM_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Source articles beyond this size are refused: stored articles are text, not archives.
pub const MAX_SOURCE_FILE_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// A NUL byte: the file is binary, not text.
    Binary {
        offset: usize,
    },
    /// Bytes that are not UTF-8, at this offset; `valid` is the text before them.
    NotUtf8 {
        offset: usize,
        valid: String,
    },
}

/// Reads a text file with a size limit, refusing binary and non-UTF-8 content.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    decode(read_bytes(path, limit)?)
}

/// Reads a file's bytes, refusing files over `limit` before reading them.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Io)?;
    let size = file.metadata().map_err(ReadError::Io)?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    // `take` guards against a file that grows while it is read.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Bytes to text. A leading UTF-8 byte-order mark is dropped: editors add it, and it is not
/// part of the text.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(offset) = memchr_nul(&bytes) {
        return Err(ReadError::Binary { offset });
    }
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&error.as_bytes()[..offset]).into_owned();
        ReadError::NotUtf8 { offset, valid }
    })
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

impl ReadError {
    /// Lower-case description for a diagnostic message.
    pub fn describe(&self) -> String {
        match self {
            ReadError::Io(error) => error.to_string().to_lowercase(),
            ReadError::TooLarge { size, limit } => format!("it is {size} bytes, over the limit of {limit} bytes"),
            ReadError::Binary { offset } => format!("it is a binary file (a NUL byte at offset {offset})"),
            ReadError::NotUtf8 { offset, .. } => format!("it is not UTF-8 text (invalid byte at offset {offset})"),
        }
    }
}
