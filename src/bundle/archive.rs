//! The tar.gz container: read into memory with every member checked, and
//! written reproducibly. Nothing is ever extracted to disk, so a hostile
//! member name can at worst be refused, never written somewhere.

use std::io::Read;

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use tar::EntryType;

/// One regular file of a bundle, by its path inside the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What a bundle may hold at most; beyond that it is refused, not truncated.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub member_bytes: u64,
    pub total_bytes: u64,
    pub members: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            member_bytes: 64 * 1024 * 1024,
            total_bytes: 512 * 1024 * 1024,
            members: 20_000,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ArchiveError {
    #[error("not a gzip-compressed tar archive: {0}")]
    Format(String),
    #[error("member `{name}`: {why}")]
    Member { name: String, why: String },
    #[error("{0}")]
    Limit(String),
}

fn refuse(name: &str, why: impl Into<String>) -> ArchiveError {
    ArchiveError::Member {
        name: name.to_owned(),
        why: why.into(),
    }
}

/// The regular files of a tar.gz, in archive order. Directories are passed
/// over; links, devices, absolute paths, `..`, duplicates and members over
/// the limits are refused.
pub fn read(bytes: &[u8], limits: Limits) -> Result<Vec<Member>, ArchiveError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(ArchiveError::Format("no gzip header".into()));
    }
    // The decompressed stream is capped as a whole, so a gzip bomb stops at
    // the limit instead of filling memory.
    let capped = GzDecoder::new(bytes).take(limits.total_bytes + 1);
    let mut archive = tar::Archive::new(capped);
    let entries = archive
        .entries()
        .map_err(|e| ArchiveError::Format(e.to_string()))?;
    let mut out: Vec<Member> = Vec::new();
    let mut total: u64 = 0;
    for entry in entries {
        let mut entry = entry.map_err(|e| ArchiveError::Format(e.to_string()))?;
        let raw = entry.path_bytes().into_owned();
        let shown = String::from_utf8_lossy(&raw).into_owned();
        let kind = entry.header().entry_type();
        match kind {
            // Folders, and the global headers `git archive` writes, hold no file.
            EntryType::Directory | EntryType::XGlobalHeader => continue,
            EntryType::Regular | EntryType::Continuous => {}
            EntryType::Symlink | EntryType::Link => {
                return Err(refuse(&shown, "links are not allowed in a bundle"))
            }
            other => {
                return Err(refuse(
                    &shown,
                    format!("only regular files are allowed in a bundle (found {other:?})"),
                ))
            }
        }
        let name = member_name(&raw).map_err(|why| refuse(&shown, why))?;
        let size = entry.header().size().unwrap_or(u64::MAX);
        if size > limits.member_bytes {
            return Err(refuse(
                &name,
                format!("{size} bytes is over the limit of {}", limits.member_bytes),
            ));
        }
        total = total.saturating_add(size);
        if total > limits.total_bytes {
            return Err(ArchiveError::Limit(format!(
                "the bundle holds more than {} bytes",
                limits.total_bytes
            )));
        }
        if out.len() >= limits.members {
            return Err(ArchiveError::Limit(format!(
                "the bundle holds more than {} files",
                limits.members
            )));
        }
        if out.iter().any(|m| m.name == name) {
            return Err(refuse(&name, "appears twice"));
        }
        let mut data = Vec::with_capacity(size as usize);
        (&mut entry)
            .take(limits.member_bytes + 1)
            .read_to_end(&mut data)
            .map_err(|e| refuse(&name, e.to_string()))?;
        if data.len() as u64 != size {
            return Err(refuse(&name, "the archive ends inside this member"));
        }
        out.push(Member { name, bytes: data });
    }
    Ok(out)
}

/// A member's path as the bundle names it: `/`-separated, relative, without
/// `.` steps; or why it is refused.
fn member_name(raw: &[u8]) -> Result<String, String> {
    let text = std::str::from_utf8(raw).map_err(|_| "the name is not UTF-8".to_string())?;
    if text.starts_with('/') || text.starts_with('\\') || text.get(1..2) == Some(":") {
        return Err("absolute paths are not allowed in a bundle".into());
    }
    if text.contains('\\') || text.contains('\0') {
        return Err("the name holds a backslash or NUL".into());
    }
    let mut parts = Vec::new();
    for part in text.split('/') {
        match part {
            "" | "." => {}
            ".." => return Err("`..` is not allowed in a bundle path".into()),
            p => parts.push(p),
        }
    }
    if parts.is_empty() {
        return Err("the name is empty".into());
    }
    Ok(parts.join("/"))
}

/// A tar.gz of these files, the same bytes for the same files: sorted,
/// mode 0644, owner 0, time 0.
pub fn write(members: &[Member]) -> std::io::Result<Vec<u8>> {
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut builder = tar::Builder::new(gz);
    builder.mode(tar::HeaderMode::Deterministic);
    for m in sorted {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(EntryType::Regular);
        header.set_size(m.bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_uid(0);
        header.set_gid(0);
        builder.append_data(&mut header, &m.name, m.bytes.as_slice())?;
    }
    builder.into_inner()?.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(name: &str, text: &str) -> Member {
        Member {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    /// A tar.gz whose one member has this raw name and type, as a hostile
    /// tool would write it (the tar crate refuses to build such names).
    fn raw_archive(name: &[u8], kind: EntryType, body: &[u8]) -> Vec<u8> {
        let mut header = tar::Header::new_ustar();
        header.as_old_mut().name[..name.len()].copy_from_slice(name);
        header.set_entry_type(kind);
        header.set_size(body.len() as u64);
        header.set_mode(0o644);
        if kind == EntryType::Symlink {
            header.set_link_name("/etc/passwd").unwrap();
        }
        header.set_cksum();
        let mut tar = header.as_bytes().to_vec();
        tar.extend_from_slice(body);
        tar.resize(tar.len().div_ceil(512) * 512 + 1024, 0);
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, &tar).unwrap();
        gz.finish().unwrap()
    }

    #[test]
    fn what_is_written_reads_back_the_same_and_reproducibly() {
        let files = vec![member("b/x.rego", "package b"), member(".manifest", "{}")];
        let bytes = write(&files).unwrap();
        assert_eq!(bytes, write(&files).unwrap(), "same files, same bytes");
        let back = read(&bytes, Limits::default()).unwrap();
        let names: Vec<&str> = back.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, [".manifest", "b/x.rego"]);
        assert_eq!(back[1].bytes, b"package b");
    }

    #[test]
    fn hostile_members_are_refused_by_name() {
        for (name, why) in [
            (&b"../x.rego"[..], "`..`"),
            (b"a/../../x.rego", "`..`"),
            (b"/etc/cron.d/x", "absolute"),
            (b"C:/x.rego", "absolute"),
        ] {
            let err = read(
                &raw_archive(name, EntryType::Regular, b"x"),
                Limits::default(),
            )
            .unwrap_err();
            assert!(err.to_string().contains(why), "{err}");
        }
        let link = raw_archive(b"policy.rego", EntryType::Symlink, b"");
        assert!(read(&link, Limits::default())
            .unwrap_err()
            .to_string()
            .contains("links are not allowed"));
        let fifo = raw_archive(b"p", EntryType::Fifo, b"");
        assert!(read(&fifo, Limits::default()).is_err());
    }

    #[test]
    fn oversized_members_and_bombs_are_refused() {
        let big = write(&[member("data.json", &"x".repeat(4096))]).unwrap();
        let small = Limits {
            member_bytes: 1024,
            ..Limits::default()
        };
        assert!(read(&big, small)
            .unwrap_err()
            .to_string()
            .contains("over the limit"));
        let tiny_total = Limits {
            total_bytes: 2048,
            ..Limits::default()
        };
        assert!(read(&big, tiny_total).is_err());
        assert!(read(b"not gzip", Limits::default()).is_err());
    }

    #[test]
    fn git_archive_global_headers_are_passed_over() {
        let mut builder =
            tar::Builder::new(GzEncoder::new(Vec::new(), flate2::Compression::fast()));
        let comment = b"52 comment=0123456789abcdef0123456789abcdef01234567\n";
        let mut g = tar::Header::new_ustar();
        g.set_entry_type(EntryType::XGlobalHeader);
        g.set_size(comment.len() as u64);
        builder
            .append_data(&mut g, "pax_global_header", &comment[..])
            .unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_size(9);
        builder
            .append_data(&mut h, "p/a.rego", &b"package p"[..])
            .unwrap();
        let bytes = builder.into_inner().unwrap().finish().unwrap();
        let read = read(&bytes, Limits::default()).unwrap();
        assert_eq!(read, vec![member("p/a.rego", "package p")]);
    }

    #[test]
    fn dot_steps_are_dropped_and_duplicates_refused() {
        let bytes = raw_archive(b"./a/./p.rego", EntryType::Regular, b"package a");
        assert_eq!(read(&bytes, Limits::default()).unwrap()[0].name, "a/p.rego");
        assert!(member_name(b"a//b").is_ok());
        assert!(member_name(b"").is_err());
        let twice = write(&[
            member("a.rego", "package a"),
            member("./a.rego", "package b"),
        ]);
        assert!(read(&twice.unwrap(), Limits::default())
            .unwrap_err()
            .to_string()
            .contains("appears twice"));
    }
}
