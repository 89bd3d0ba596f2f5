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
    /// A directory, FIFO, socket or device: nothing to read as a file, and reading some of them
    /// would wait forever. Named as [`file_kind`] names it.
    NotAFile {
        kind: &'static str,
    },
    TooLarge {
        size: u64,
        limit: u64,
    },
    /// A NUL byte: the file is binary, not text.
    Binary {
        offset: usize,
    },
    /// UTF-16 text: a UTF-16 byte-order mark, or a NUL in every other byte.
    Utf16,
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

/// Reads a file's bytes, refusing files over `limit` before reading them, and anything that is
/// not a regular file before reading from it.
///
/// The file is opened without blocking, so a FIFO with no writer does not hold the open, and the
/// decision is made on the opened handle's own metadata: a file swapped for a FIFO between a
/// look at the path and the open cannot slip through.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    read_opened(open_without_blocking(path)?, limit)
}

/// Opens `path` as [`read_bytes`] does, unless its last component is a symlink (or it cannot be
/// opened at all): then `None`, and the caller resolves the path in full. A file opened here is
/// known not to be a link itself, which saves looking at it before opening it.
#[cfg(unix)]
pub fn open_unless_link(path: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
        .open(path)
        .ok()
}

#[cfg(not(unix))]
pub fn open_unless_link(_path: &Path) -> Option<File> {
    None
}

/// Reads an opened file's bytes, as [`read_bytes`] does: refused unless it is a regular file of
/// at most `limit` bytes. The size the handle's metadata gives is read in one call; a file
/// whose metadata gives no size (as files of `/proc` do) is read to its end, up to the limit.
pub fn read_opened(file: File, limit: u64) -> Result<Vec<u8>, ReadError> {
    let metadata = file.metadata().map_err(ReadError::Io)?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile {
            kind: file_kind(&metadata.file_type()),
        });
    }
    let size = metadata.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Reading stops at the size told, so a file that grows while it is read cannot pass the
    // limit; with no size told, `take` guards the limit instead.
    let wanted = if size > 0 { size } else { limit + 1 };
    file.take(wanted).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> Result<File, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    let opened = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path);
    opened.map_err(|error| {
        // A socket cannot be opened at all (ENXIO); say what it is rather than the errno's text.
        // This look at the path only words the message: nothing is read either way.
        match std::fs::metadata(path) {
            Ok(metadata) if !metadata.is_file() && !metadata.is_dir() => ReadError::NotAFile {
                kind: file_kind(&metadata.file_type()),
            },
            _ => ReadError::Io(error),
        }
    })
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> Result<File, ReadError> {
    File::open(path).map_err(ReadError::Io)
}

/// What a file that is not a regular file is, for a message: "a directory", "a FIFO (named
/// pipe)".
pub fn file_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    if file_type.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// Bytes to text. A leading UTF-8 byte-order mark is dropped: editors add it, and it is not
/// part of the text.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(offset) = memchr_nul(&bytes) {
        return Err(if is_utf16(&bytes) {
            ReadError::Utf16
        } else {
            ReadError::Binary { offset }
        });
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ReadError::Utf16);
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

/// UTF-16 text, with or without a byte-order mark: ASCII characters (all of YAML's syntax) are a
/// NUL and a byte, so in the first bytes one of the two byte positions is nearly all NUL and
/// the other nearly none. A binary file that merely holds NULs is not mistaken for it.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return true;
    }
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 4 {
        return false;
    }
    let pairs = head.len() / 2;
    let nul_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    let mostly = |n: usize| n * 10 >= pairs * 9;
    let hardly = |n: usize| n * 10 <= pairs;
    (mostly(even) && hardly(odd)) || (mostly(odd) && hardly(even))
}

impl ReadError {
    /// Lower-case description for a diagnostic message.
    pub fn describe(&self) -> String {
        match self {
            ReadError::Io(error) => error.to_string().to_lowercase(),
            ReadError::NotAFile { kind } => format!("it is {kind}, not a regular file"),
            ReadError::TooLarge { size, limit } => format!("it is {size} bytes, over the limit of {limit} bytes"),
            ReadError::Binary { offset } => format!("it is a binary file (a NUL byte at offset {offset})"),
            ReadError::Utf16 => "it is UTF-16 text, not UTF-8".to_string(),
            ReadError::NotUtf8 { offset, .. } => format!("it is not UTF-8 text (invalid byte at offset {offset})"),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::{ReadError, decode, open_unless_link, read_bytes, read_opened};

    #[cfg(target_os = "linux")]
    #[test]
    fn a_file_whose_metadata_gives_no_size_is_read_to_its_end_within_the_limit() {
        let path = std::path::Path::new("/proc/self/status");
        assert_eq!(std::fs::metadata(path).unwrap().len(), 0);
        let bytes = read_bytes(path, 1 << 20).unwrap();
        assert!(bytes.starts_with(b"Name:"), "{bytes:?}");
        assert!(matches!(read_bytes(path, 8), Err(ReadError::TooLarge { limit: 8, .. })));
    }

    #[test]
    fn a_file_is_read_whole_at_the_size_its_metadata_gives() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let text = "x".repeat(100_000);
        std::fs::write(&path, &text).unwrap();
        assert_eq!(read_bytes(&path, 1 << 20).unwrap(), text.as_bytes());
        let file = open_unless_link(&path).unwrap();
        assert_eq!(read_opened(file, 1 << 20).unwrap(), text.as_bytes());
        assert!(matches!(
            read_bytes(&path, 99_999),
            Err(ReadError::TooLarge {
                size: 100_000,
                limit: 99_999
            })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_not_opened_unless_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.txt");
        std::fs::write(&target, "text").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(open_unless_link(&target).is_some());
        assert!(open_unless_link(&link).is_none());
        assert!(open_unless_link(&dir.path().join("missing.txt")).is_none());
        assert_eq!(read_bytes(&link, 100).unwrap(), b"text");
    }

    #[cfg(unix)]
    #[test]
    fn refuses_what_is_not_a_regular_file_without_reading_it() {
        let dir = std::env::temp_dir();
        for (path, kind) in [
            (std::path::Path::new("/dev/zero"), "a character device"),
            (dir.as_path(), "a directory"),
        ] {
            let result = read_bytes(path, 1024);
            assert!(
                matches!(result, Err(ReadError::NotAFile { kind: found }) if found == kind),
                "{path:?}: {result:?}"
            );
        }
    }

    fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        if bom {
            bytes.extend(if little_endian { [0xFF, 0xFE] } else { [0xFE, 0xFF] });
        }
        for unit in text.encode_utf16() {
            bytes.extend(if little_endian {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        bytes
    }

    #[test]
    fn tells_utf16_from_binary() {
        let text = "speakers:\n  - id: jos\u{e9}\n    name: Jos\u{e9}\n";
        for (little_endian, bom) in [(true, true), (false, true), (true, false), (false, false)] {
            let result = decode(utf16(text, little_endian, bom));
            assert!(
                matches!(result, Err(ReadError::Utf16)),
                "{little_endian} {bom}: {result:?}"
            );
        }
        assert!(matches!(
            decode(b"\x00\x01\x02binary".to_vec()),
            Err(ReadError::Binary { offset: 0 })
        ));
        let mut one_nul = b"speakers: []\n".to_vec();
        one_nul.insert(5, 0);
        assert!(matches!(decode(one_nul), Err(ReadError::Binary { offset: 5 })));
        assert_eq!(decode(b"\xEF\xBB\xBFa: 1\n".to_vec()).ok().as_deref(), Some("a: 1\n"));
    }
}
