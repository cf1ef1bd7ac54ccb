//! What identifies this verdict build, for anything kept between runs: the
//! version, and the binary's size and modification time, so a rebuilt
//! development binary of the same version never reads what an older one
//! kept (it may parse or judge differently).

/// The folder under a cache directory that this layout of kept results and
/// registries lives in; bumped when their shape changes.
pub const CACHE_LAYOUT: &str = "v1";

pub fn build_id() -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{}:{:?}", m.len(), m.modified().ok()))
        .unwrap_or_default();
    format!("{}|{exe}", env!("CARGO_PKG_VERSION"))
}

/// A SHA-256 of parts, each told from the next by its length.
pub fn digest(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for part in parts {
        h.update(part.len().to_le_bytes());
        h.update(part.as_bytes());
    }
    crate::bundle::signature::hex(&h.finalize())
}
