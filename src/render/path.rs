use std::path::Path;

/// A path with forward slashes, as CI services and URIs expect on every platform.
pub fn slashed(path: &Path) -> String {
    let text = path.to_string_lossy();
    if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}
