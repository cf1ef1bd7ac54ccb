//! The CloudEvents `source` when `--events-source` does not give one: the
//! repository the scan root belongs to (its `origin` remote, read from
//! `.git/config` without running git), else `file://<root>`.

use std::path::{Path, PathBuf};

/// The default `source` for a scan of `root`.
pub fn default_source(root: &Path) -> String {
    git_remote(root).unwrap_or_else(|| file_uri(root))
}

/// `file:///abs/path`, with characters outside a URI path percent-encoded.
pub fn file_uri(path: &Path) -> String {
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::from("file://");
    let s = abs.to_string_lossy().replace('\\', "/");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:@!$&'()*+,;=".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The `origin` (else the first) remote of the repository holding `root`.
fn git_remote(root: &Path) -> Option<String> {
    let config = git_config(root)?;
    let text = std::fs::read_to_string(config).ok()?;
    let mut section = String::new();
    let mut first = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line.to_string();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        if key.trim() != "url" || !section.starts_with("[remote ") {
            continue;
        }
        let url = normalize_remote(value.trim().trim_matches('"'))?;
        if section == "[remote \"origin\"]" {
            return Some(url);
        }
        first.get_or_insert(url);
    }
    first
}

/// The config file of the repository around `start`: `.git/config`, or for
/// a worktree (`.git` is a file saying `gitdir: …`) the main repository's.
fn git_config(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    for dir in start.ancestors() {
        let dot = dir.join(".git");
        if dot.is_dir() {
            return Some(dot.join("config")).filter(|p| p.is_file());
        }
        if dot.is_file() {
            let text = std::fs::read_to_string(&dot).ok()?;
            let gitdir = text.trim().strip_prefix("gitdir:")?.trim();
            let gitdir = dir.join(gitdir);
            let common = std::fs::read_to_string(gitdir.join("commondir"))
                .map(|c| gitdir.join(c.trim()))
                .unwrap_or(gitdir);
            return Some(common.join("config")).filter(|p| p.is_file());
        }
    }
    None
}

/// A remote as an `https://host/path` URI: scp-style `git@host:org/repo.git`
/// and `ssh://` forms become https, credentials are dropped (a remote URL may
/// embed a token), `.git` is trimmed. A local path remote is not a source.
fn normalize_remote(url: &str) -> Option<String> {
    let (host, path) = if let Some((scheme, rest)) = url.split_once("://") {
        if !matches!(scheme, "https" | "http" | "ssh" | "git" | "git+ssh") {
            return None;
        }
        let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host = authority.rsplit('@').next().unwrap_or(authority);
        // An ssh port is not the web port.
        let host = if scheme.starts_with("http") {
            host
        } else {
            host.split(':').next().unwrap_or(host)
        };
        (host.to_string(), path.to_string())
    } else {
        // scp-like: [user@]host:path
        let (authority, path) = url.split_once(':')?;
        if authority.contains('/') {
            return None;
        }
        let host = authority.rsplit('@').next().unwrap_or(authority);
        (host.to_string(), path.trim_start_matches('/').to_string())
    };
    if host.is_empty() {
        return None;
    }
    let path = path.trim_end_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    Some(format!("https://{host}/{path}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remotes_become_https_uris_without_credentials() {
        for (remote, want) in [
            (
                "git@github.com:acme/shop.git",
                Some("https://github.com/acme/shop"),
            ),
            (
                "https://x-access-token:ghs_secret@github.com/acme/shop.git",
                Some("https://github.com/acme/shop"),
            ),
            (
                "ssh://git@gitlab.example.com:2222/team/app",
                Some("https://gitlab.example.com/team/app"),
            ),
            ("/srv/git/shop.git", None),
            ("../shop", None),
        ] {
            assert_eq!(normalize_remote(remote).as_deref(), want, "{remote}");
        }
    }

    #[test]
    fn origin_is_preferred_and_a_tree_without_git_is_a_file_uri() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let git = dir.path().join(".git");
        std::fs::create_dir_all(&git).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(
            git.join("config"),
            "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/up/shop\n[remote \"origin\"]\n\turl = git@github.com:me/shop.git\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let sub = dir.path().join("k8s");
        std::fs::create_dir_all(&sub).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(default_source(&sub), "https://github.com/me/shop");

        let plain = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let spaced = plain.path().join("a b");
        std::fs::create_dir_all(&spaced).unwrap_or_else(|e| panic!("{e}"));
        let s = default_source(&spaced);
        assert!(s.starts_with("file:///") && s.ends_with("/a%20b"), "{s}");
    }
}
