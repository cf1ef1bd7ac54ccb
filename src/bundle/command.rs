//! `verdict bundle build|inspect|verify|keygen`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use serde_json::json;

use super::archive::{self, Member};
use super::signature::{self, Claims, FileDigest};
use super::{is_data, Bundle, Manifest, SignatureStatus, MANIFEST};
use crate::cli::ListFormat;
use crate::policy::{self, LoadOptions};

#[derive(Debug, Args)]
pub struct BundleArgs {
    #[command(subcommand)]
    pub command: BundleCommand,
}

#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Build an OPA-style bundle from policy folders (`.rego` files and `data.json`/`data.yaml` files), optionally signed.
    Build(BuildArgs),
    /// Show a bundle's revision, digest, signature status and rules.
    Inspect(InspectArgs),
    /// Check a bundle's signature and every file against it; exit 1 naming each difference.
    Verify(VerifyArgs),
    /// Create an ES256 (P-256) key pair for signing bundles: PREFIX.key (private, mode 0600) and PREFIX.pub.
    Keygen(KeygenArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Policy folders (or `.rego` files); their files keep their paths relative to the folder.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// The bundle to write.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// The revision recorded in `.manifest` [default: `sha256:` of the contents, first 16 hex digits].
    #[arg(long, value_name = "R")]
    pub revision: Option<String>,
    /// Sign with this ES256 private key (PEM; `verdict bundle keygen` makes one).
    #[arg(long, value_name = "KEY")]
    pub signing_key: Option<PathBuf>,
    /// The key id recorded in the signature (OPA's `keyid`).
    #[arg(long, value_name = "ID", default_value = "default")]
    pub key_id: String,
    /// The scope recorded in the signature (OPA's `scope`).
    #[arg(long, value_name = "SCOPE")]
    pub scope: Option<String>,
    /// Include `*_test.rego` files (left out by default: a scan never loads them).
    #[arg(long)]
    pub with_tests: bool,
    /// The policies are Rego v0 (recorded as `rego_version: 0`).
    #[arg(long)]
    pub rego_v0: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    pub bundle: PathBuf,
    /// Verify the signature with this public key (PEM); exit 1 if it does not verify.
    #[arg(long, value_name = "PUB", visible_alias = "verification-key")]
    pub key: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    pub bundle: PathBuf,
    /// The public key (PEM) the bundle must be signed with.
    #[arg(long, value_name = "PUB", visible_alias = "verification-key")]
    pub key: PathBuf,
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Write PREFIX.key and PREFIX.pub (a folder: verdict-bundle.key and verdict-bundle.pub in it).
    #[arg(
        short,
        long,
        value_name = "PREFIX",
        default_value = "verdict-bundle",
        visible_alias = "out-dir"
    )]
    pub output: PathBuf,
    /// Where to write the private key instead of PREFIX.key.
    #[arg(long, value_name = "FILE")]
    pub private_key: Option<PathBuf>,
    /// Where to write the public key instead of PREFIX.pub.
    #[arg(long, value_name = "FILE")]
    pub public_key: Option<PathBuf>,
    /// Overwrite existing key files.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: BundleArgs) -> Result<i32> {
    match args.command {
        BundleCommand::Build(a) => build(&a),
        BundleCommand::Inspect(a) => inspect(&a),
        BundleCommand::Verify(a) => verify(&a),
        BundleCommand::Keygen(a) => keygen(&a),
    }
}

fn build(args: &BuildArgs) -> Result<i32> {
    let key = match &args.signing_key {
        Some(k) => Some(signature::read_signing_key(k).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let mut members = collect(&args.dirs, args.with_tests)?;
    if !members.iter().any(|m| m.name.ends_with(".rego")) {
        bail!("no policies (.rego files) found in {}", shown(&args.dirs));
    }
    let revision = match &args.revision {
        Some(r) => r.clone(),
        None => format!("sha256:{}", &content_digest(&members)[..16]),
    };
    let manifest = Manifest {
        revision: revision.clone(),
        roots: Some(roots(&members)),
        rego_version: Some(if args.rego_v0 { 0 } else { 1 }),
        metadata: Some(json!({"verdict": {
            "version": env!("CARGO_PKG_VERSION"),
            "files": members.len(),
        }})),
    };
    members.push(Member {
        name: MANIFEST.into(),
        bytes: serde_json::to_vec_pretty(&manifest)?,
    });
    if let Some(key) = &key {
        let mut files = members
            .iter()
            .map(|m| {
                Ok(FileDigest {
                    name: m.name.clone(),
                    hash: signature::file_hash(&m.name, &m.bytes).map_err(anyhow::Error::msg)?,
                    algorithm: "SHA-256".into(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        files.sort_by(|a, b| a.name.cmp(&b.name));
        let claims = Claims {
            files,
            keyid: Some(args.key_id.clone()),
            scope: args.scope.clone(),
        };
        members.push(Member {
            name: signature::FILE_NAME.into(),
            bytes: signature::sign(&claims, key).map_err(anyhow::Error::msg)?,
        });
    }
    let bytes = archive::write(&members).context("writing the bundle archive")?;
    // The archive is loaded as a scan would load it before it is put in
    // place: a bundle that does not compile is never written.
    let dir = match args.output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .suffix(".tar.gz")
        .tempfile_in(&dir)
        .with_context(|| format!("writing {}", args.output.display()))?;
    std::fs::write(tmp.path(), &bytes)?;
    let set = policy::load(&LoadOptions {
        policies: vec![tmp.path().to_path_buf()],
        rego_v0: args.rego_v0,
        ..LoadOptions::default()
    })
    .map_err(|e| {
        anyhow::anyhow!(
            "{}",
            e.to_string()
                .replace(&tmp.path().display().to_string(), "bundle")
        )
    })
    .context("the policies do not load; no bundle written")?;
    tmp.as_file().sync_all()?;
    tmp.persist(&args.output)
        .map_err(|e| e.error)
        .with_context(|| format!("writing {}", args.output.display()))?;
    let bundle = Bundle::from_bytes(&args.output.display().to_string(), &bytes)
        .map_err(anyhow::Error::msg)?;
    let policies = members.iter().filter(|m| m.name.ends_with(".rego")).count();
    let data = members.iter().filter(|m| is_data(&m.name)).count();
    eprintln!(
        "wrote {}: revision {revision}, {policies} policies, {data} data files, {} rules, {}, {}",
        args.output.display(),
        set.rules.len(),
        match &key {
            Some(_) => format!("signed ({}, key id {})", signature::ALGORITHM, args.key_id),
            None => "unsigned".into(),
        },
        bundle.digest
    );
    Ok(0)
}

fn shown(dirs: &[PathBuf]) -> String {
    let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    names.join(", ")
}

/// The bundle's files from the folders: policies and data files, named
/// relative to their folder; two folders giving the same name is an error.
fn collect(dirs: &[PathBuf], with_tests: bool) -> Result<Vec<Member>> {
    let mut out: Vec<Member> = Vec::new();
    for dir in dirs {
        let files: Vec<(PathBuf, String)> = if dir.is_file() {
            let name = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            vec![(dir.clone(), name)]
        } else if dir.is_dir() {
            let mut found = policy::walkdir(dir).map_err(|e| anyhow::anyhow!("{e}"))?;
            found.sort();
            found
                .into_iter()
                .filter_map(|p| {
                    let rel = p
                        .strip_prefix(dir)
                        .ok()?
                        .to_string_lossy()
                        .replace('\\', "/");
                    Some((p, rel))
                })
                .collect()
        } else {
            bail!("{}: no such file or directory", dir.display());
        };
        for (path, name) in files {
            let wanted = (name.ends_with(".rego") && (with_tests || !name.ends_with("_test.rego")))
                || is_data(&name);
            // Hidden files and folders (.git, .manifest of another bundle) stay out.
            if !wanted || name.split('/').any(|c| c.starts_with('.')) {
                continue;
            }
            if out.iter().any(|m| m.name == name) {
                bail!("{name} is in more than one of {}", shown(dirs));
            }
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            out.push(Member { name, bytes });
        }
    }
    Ok(out)
}

/// A digest over the files' names and bytes, for the default revision.
fn content_digest(members: &[Member]) -> String {
    use sha2::{Digest, Sha256};
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let mut h = Sha256::new();
    for m in sorted {
        h.update(m.name.as_bytes());
        h.update([0]);
        h.update(&m.bytes);
        h.update([0]);
    }
    signature::hex(&h.finalize())
}

/// OPA's `roots`: the top-level names under `data` the bundle owns — the
/// first component of each package, and of each data file's folder (a data
/// file at the bundle root owns everything).
fn roots(members: &[Member]) -> Vec<String> {
    let mut roots = BTreeSet::new();
    for m in members {
        if is_data(&m.name) {
            match m.name.split_once('/') {
                Some((first, _)) => roots.insert(first.to_owned()),
                None => return vec![String::new()],
            };
        } else if m.name.ends_with(".rego") {
            let text = String::from_utf8_lossy(&m.bytes);
            if let Some(first) = package_root(&text) {
                roots.insert(first);
            }
        }
    }
    roots.into_iter().collect()
}

fn package_root(text: &str) -> Option<String> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("package ") || l.starts_with("package\t"))?;
    let name = line["package".len()..].trim();
    let first = name.split(['.', '[']).next()?.trim();
    (!first.is_empty()).then(|| first.to_owned())
}

fn inspect(args: &InspectArgs) -> Result<i32> {
    let bundle = Bundle::open(&args.bundle).map_err(anyhow::Error::msg)?;
    let key = match &args.key {
        Some(k) => Some(signature::read_verifying_key(k).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let status = bundle.signature_status(key.as_ref());
    let set = policy::load(&LoadOptions {
        policies: vec![args.bundle.clone()],
        ..LoadOptions::default()
    })
    .context("loading the bundle's policies")?;
    let rules: Vec<&policy::Rule> = set.rules.values().collect();
    if args.format == ListFormat::Json {
        let files: Vec<_> = bundle
            .members
            .iter()
            .map(|m| {
                json!({
                    "name": m.name,
                    "size": m.bytes.len(),
                    "sha256": signature::file_hash(&m.name, &m.bytes).ok(),
                })
            })
            .collect();
        let signature = match &status {
            Ok(s) => serde_json::to_value(s)?,
            Err(problems) => json!({
                "status": "invalid",
                "problems": problems.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
            }),
        };
        let out = json!({
            "path": bundle.path,
            "digest": bundle.digest,
            "revision": bundle.manifest.revision,
            "roots": bundle.manifest.roots,
            "rego_version": bundle.manifest.rego_version,
            "metadata": bundle.manifest.metadata,
            "signature": signature,
            "files": files,
            "rules": rules,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print!("{}", inspect_text(&bundle, &status, &rules));
    }
    Ok(if status.is_ok() { 0 } else { 1 })
}

fn inspect_text(
    bundle: &Bundle,
    status: &Result<SignatureStatus, Vec<super::Problem>>,
    rules: &[&policy::Rule],
) -> String {
    let m = &bundle.manifest;
    let mut s = format!("bundle:    {}\n", bundle.path);
    s.push_str(&format!(
        "revision:  {}\n",
        if m.revision.is_empty() {
            "(none)"
        } else {
            &m.revision
        }
    ));
    s.push_str(&format!("digest:    {}\n", bundle.digest));
    if let Some(roots) = &m.roots {
        let shown: Vec<String> = roots
            .iter()
            .map(|r| {
                if r.is_empty() {
                    "\"\" (all of data)".into()
                } else {
                    r.clone()
                }
            })
            .collect();
        s.push_str(&format!("roots:     {}\n", shown.join(", ")));
    }
    s.push_str(&format!("rego:      v{}\n", m.rego_version.unwrap_or(1)));
    s.push_str(&format!("files:     {}\n", bundle.members.len()));
    match status {
        Ok(st) => s.push_str(&format!("signature: {}\n", st.describe())),
        Err(problems) => {
            s.push_str("signature: INVALID\n");
            for p in problems {
                s.push_str(&format!("  {p}\n"));
            }
        }
    }
    s.push('\n');
    let kinds = |r: &policy::Rule| r.kinds_label();
    let frameworks = |r: &policy::Rule| {
        let parts: Vec<String> = r
            .frameworks
            .iter()
            .map(|(f, cs)| format!("{f} {}", cs.join(",")))
            .collect();
        if parts.is_empty() {
            "-".into()
        } else {
            parts.join("; ")
        }
    };
    let w_id = rules.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let w_pkg = rules
        .iter()
        .map(|r| r.package.len())
        .max()
        .unwrap_or(7)
        .max(7);
    let w_kinds = rules
        .iter()
        .map(|r| kinds(r).len())
        .max()
        .unwrap_or(5)
        .max(5);
    s.push_str(&format!(
        "{:w_pkg$}  {:w_id$}  {:8}  {:w_kinds$}  FRAMEWORKS\n",
        "PACKAGE", "ID", "SEVERITY", "KINDS"
    ));
    for r in rules {
        s.push_str(&format!(
            "{:w_pkg$}  {:w_id$}  {:8}  {:w_kinds$}  {}\n",
            r.package,
            r.id,
            r.severity.name(),
            kinds(r),
            frameworks(r)
        ));
    }
    s.push_str(&format!("\n{} rules\n", rules.len()));
    s
}

fn verify(args: &VerifyArgs) -> Result<i32> {
    let key = signature::read_verifying_key(&args.key).map_err(anyhow::Error::msg)?;
    let bundle = match Bundle::open(&args.bundle) {
        Ok(b) => b,
        Err(e) => {
            println!("FAIL {e}");
            return Ok(1);
        }
    };
    match bundle.verify(&key) {
        Ok(claims) => {
            println!(
                "OK {}: {} files match the signature ({}{}); revision {}, {}",
                bundle.path,
                claims.files.len(),
                signature::ALGORITHM,
                claims
                    .keyid
                    .map(|k| format!(", key id {k}"))
                    .unwrap_or_default(),
                bundle.manifest.revision,
                bundle.digest
            );
            Ok(0)
        }
        Err(problems) => {
            println!("FAIL {}: does not verify", bundle.path);
            for p in problems {
                println!("  {p}");
            }
            Ok(1)
        }
    }
}

fn keygen(args: &KeygenArgs) -> Result<i32> {
    let prefix = match args.output.is_dir() {
        true => args.output.join("verdict-bundle"),
        false => args.output.clone(),
    };
    let private_path = args
        .private_key
        .clone()
        .unwrap_or_else(|| with_suffix(&prefix, "key"));
    let public_path = args
        .public_key
        .clone()
        .unwrap_or_else(|| with_suffix(&prefix, "pub"));
    for p in [&private_path, &public_path] {
        if p.exists() && !args.force {
            bail!("{} exists; pass --force to overwrite it", p.display());
        }
    }
    let (private, public) = signature::keygen().map_err(anyhow::Error::msg)?;
    write_private(&private_path, &private)?;
    crate::report::write_atomic(&public_path, &public)
        .with_context(|| format!("writing {}", public_path.display()))?;
    // Written through a private temporary file; a public key is for sharing.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&public_path, std::fs::Permissions::from_mode(0o644))?;
    }
    eprintln!(
        "wrote {} (private: keep it secret) and {} (public: give it to `--verification-key`)",
        private_path.display(),
        public_path.display()
    );
    Ok(0)
}

fn with_suffix(prefix: &Path, ext: &str) -> PathBuf {
    let mut s = prefix.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

/// The private key is readable by its owner only, from the moment it exists.
fn write_private(path: &Path, text: &str) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("writing {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::write(tmp.path(), text)?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(name: &str, text: &str) -> Member {
        Member {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn roots_are_the_packages_and_data_folders_owned() {
        let files = [
            m("k8s/a.rego", "# c\npackage verdict.kubernetes.a\n"),
            m("main.rego", "package main"),
            m("lists/data.json", "{}"),
        ];
        assert_eq!(roots(&files), ["lists", "main", "verdict"]);
        assert_eq!(roots(&[m("data.json", "{}")]), [""]);
    }
}
