//! Policy bundles in OPA's layout: a tar.gz with `.manifest` (revision,
//! roots, rego_version, verdict metadata), the policies, `data.json`/
//! `data.yaml` files placed by their folder, and `.signatures.json` (one
//! ES256 JWT listing every file's SHA-256). An auditor can tell exactly
//! which policies ran and that nobody edited them.

pub mod archive;
mod command;
pub mod signature;

use std::path::{Path, PathBuf};

use p256::ecdsa::VerifyingKey;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub use archive::Member;
pub use command::{run, BundleArgs};
use signature::Claims;

pub const MANIFEST: &str = ".manifest";

/// A bundle file larger than this is refused before it is read.
const MAX_BUNDLE_BYTES: u64 = 256 * 1024 * 1024;

/// OPA's `.manifest`, plus what verdict records in `metadata.verdict`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    #[serde(default)]
    pub revision: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roots: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rego_version: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Value>,
}

/// A bundle read into memory and checked member by member.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The path it was opened from, as given.
    pub path: String,
    /// `sha256:` of the archive's bytes: what the decision log records.
    pub digest: String,
    /// Every file but `.signatures.json`, in archive order.
    pub members: Vec<Member>,
    pub signatures: Option<Vec<u8>>,
    pub manifest: Manifest,
}

/// How a bundle's signature stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum SignatureStatus {
    Unsigned,
    /// Signed, but no key was given to check it.
    NotVerified {
        keyid: Option<String>,
    },
    Verified {
        keyid: Option<String>,
    },
}

impl SignatureStatus {
    pub fn describe(&self) -> String {
        let kid = |k: &Option<String>| {
            k.as_ref()
                .map(|k| format!(", key id {k}"))
                .unwrap_or_default()
        };
        match self {
            SignatureStatus::Unsigned => "unsigned".into(),
            SignatureStatus::NotVerified { keyid } => format!(
                "signed ({}{}), not verified: pass --key PUB",
                signature::ALGORITHM,
                kid(keyid)
            ),
            SignatureStatus::Verified { keyid } => {
                format!("verified ({}{})", signature::ALGORITHM, kid(keyid))
            }
        }
    }
}

/// Where a loaded bundle came from, for reports and the decision log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleRef {
    pub path: String,
    pub revision: String,
    pub digest: String,
    pub signature: SignatureStatus,
}

/// Why a bundle does not verify: every difference, each naming its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Unsigned,
    BadSignature(String),
    /// In the signature with another digest than the file has.
    Tampered(String),
    /// In the signature, not in the bundle.
    Missing(String),
    /// In the bundle, not in the signature.
    Extra(String),
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Unsigned => write!(f, "unsigned: the bundle has no {}", signature::FILE_NAME),
            Problem::BadSignature(why) => write!(f, "bad signature: {why}"),
            Problem::Tampered(n) => write!(
                f,
                "tampered: {n}: its content differs from the signed SHA-256"
            ),
            Problem::Missing(n) => {
                write!(
                    f,
                    "missing: {n}: listed in the signature, not in the bundle"
                )
            }
            Problem::Extra(n) => {
                write!(f, "extra: {n}: in the bundle, not covered by the signature")
            }
        }
    }
}

/// A data document by OPA's naming: `data.json`/`data.yaml` in any folder.
pub(crate) fn is_data(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    matches!(base, "data.json" | "data.yaml" | "data.yml")
}

/// Is this `--policy` path a bundle rather than a folder or `.rego` file?
pub fn is_bundle(path: &Path) -> bool {
    if !path.is_file() {
        return false;
    }
    let name = path.to_string_lossy();
    if name.ends_with(".tar.gz") || name.ends_with(".tgz") {
        return true;
    }
    let mut magic = [0u8; 2];
    std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic))
        .is_ok()
        && magic == [0x1f, 0x8b]
}

impl Bundle {
    pub fn open(path: &Path) -> Result<Bundle, String> {
        let shown = path.display().to_string();
        let size = std::fs::metadata(path)
            .map_err(|e| format!("{shown}: {e}"))?
            .len();
        if size > MAX_BUNDLE_BYTES {
            return Err(format!(
                "{shown}: {size} bytes is over the bundle limit of {MAX_BUNDLE_BYTES}"
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| format!("{shown}: {e}"))?;
        Bundle::from_bytes(&shown, &bytes)
    }

    pub fn from_bytes(shown: &str, bytes: &[u8]) -> Result<Bundle, String> {
        let mut members = archive::read(bytes, archive::Limits::default())
            .map_err(|e| format!("{shown}: refused: {e}"))?;
        let signatures = members
            .iter()
            .position(|m| m.name == signature::FILE_NAME)
            .map(|i| members.remove(i).bytes);
        let manifest = match members.iter().find(|m| m.name == MANIFEST) {
            Some(m) => {
                serde_json::from_slice(&m.bytes).map_err(|e| format!("{shown}: {MANIFEST}: {e}"))?
            }
            None => Manifest::default(),
        };
        Ok(Bundle {
            path: shown.to_owned(),
            digest: format!("sha256:{}", signature::hex(&Sha256::digest(bytes))),
            members,
            signatures,
            manifest,
        })
    }

    /// Check the signature with `key` and every file against it; every
    /// difference is listed, not only the first.
    pub fn verify(&self, key: &VerifyingKey) -> Result<Claims, Vec<Problem>> {
        let Some(sig) = &self.signatures else {
            return Err(vec![Problem::Unsigned]);
        };
        let claims = signature::verify(sig, key).map_err(|why| vec![Problem::BadSignature(why)])?;
        let mut problems = Vec::new();
        for listed in &claims.files {
            match self.members.iter().find(|m| m.name == listed.name) {
                None => problems.push(Problem::Missing(listed.name.clone())),
                Some(m) => {
                    let same = listed.algorithm.eq_ignore_ascii_case("SHA-256")
                        && signature::file_hash(&m.name, &m.bytes).as_deref()
                            == Ok(listed.hash.as_str());
                    if !same {
                        problems.push(Problem::Tampered(m.name.clone()));
                    }
                }
            }
        }
        for m in &self.members {
            if !claims.files.iter().any(|f| f.name == m.name) {
                problems.push(Problem::Extra(m.name.clone()));
            }
        }
        match problems.is_empty() {
            true => Ok(claims),
            false => Err(problems),
        }
    }

    /// The signature's standing: verified with `key` (or the problems), or
    /// only read when no key is given.
    pub fn signature_status(
        &self,
        key: Option<&VerifyingKey>,
    ) -> Result<SignatureStatus, Vec<Problem>> {
        match (key, &self.signatures) {
            (Some(key), _) => self
                .verify(key)
                .map(|c| SignatureStatus::Verified { keyid: c.keyid }),
            (None, None) => Ok(SignatureStatus::Unsigned),
            (None, Some(sig)) => Ok(SignatureStatus::NotVerified {
                keyid: signature::unverified_claims(sig).ok().and_then(|c| c.keyid),
            }),
        }
    }

    /// The name a policy of this bundle is reported under.
    pub fn source_name(&self, member: &str) -> String {
        format!("{}:{member}", self.path)
    }

    /// The policies (tests left out), as `(member name, text)`.
    pub fn policies(&self) -> Result<Vec<(String, String)>, String> {
        let mut out = Vec::new();
        for m in &self.members {
            if m.name.ends_with(".rego") && !m.name.ends_with("_test.rego") {
                let text = String::from_utf8(m.bytes.clone())
                    .map_err(|_| format!("{}: {} is not UTF-8", self.path, m.name))?;
                out.push((m.name.clone(), text));
            }
        }
        Ok(out)
    }

    /// The data documents, each placed under `data` by its folder as OPA
    /// places them (`a/b/data.json` → `data.a.b`).
    pub fn data(&self) -> Result<Vec<(String, Value)>, String> {
        let mut out = Vec::new();
        for m in &self.members {
            if !is_data(&m.name) {
                continue;
            }
            let dir = m.name.rsplit_once('/').map_or("", |(d, _)| d);
            let shown = format!("{}:{}", self.path, m.name);
            let value = structured(&m.name, &m.bytes).map_err(|e| format!("{shown}: {e}"))?;
            if !value.is_object() && dir.is_empty() {
                return Err(format!(
                    "{shown}: a data document at the bundle root must be an object"
                ));
            }
            let placed = dir
                .split('/')
                .filter(|s| !s.is_empty())
                .rev()
                .fold(value, |v, key| {
                    let mut o = serde_json::Map::new();
                    o.insert(key.to_owned(), v);
                    Value::Object(o)
                });
            out.push((shown, placed));
        }
        Ok(out)
    }

    /// The reference reports and the decision log carry.
    pub fn reference(&self, signature: SignatureStatus) -> BundleRef {
        BundleRef {
            path: self.path.clone(),
            revision: self.manifest.revision.clone(),
            digest: self.digest.clone(),
            signature,
        }
    }
}

/// A JSON or YAML data file's value.
pub(crate) fn structured(name: &str, bytes: &[u8]) -> Result<Value, String> {
    if name.ends_with(".json") {
        return serde_json::from_slice(bytes).map_err(|e| e.to_string());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8".to_string())?;
    let parsed = crate::parse::parse(text, Path::new(name), None).map_err(|e| e.to_string())?;
    match parsed.documents.len() {
        0 => Ok(Value::Object(Default::default())),
        1 => Ok(parsed
            .documents
            .into_iter()
            .next()
            .map(|d| d.value)
            .unwrap_or_default()),
        n => Err(format!(
            "a data file holds one document (this one holds {n})"
        )),
    }
}

/// Open the bundle at `path` for loading: with a key, it must verify
/// (nothing of an unverified bundle is used); without one, it is read as is.
pub fn open_for_loading(path: &Path, key: Option<&PathBuf>) -> Result<(Bundle, BundleRef), String> {
    let bundle = Bundle::open(path)?;
    let key = match key {
        Some(k) => Some(signature::read_verifying_key(k)?),
        None => None,
    };
    match bundle.signature_status(key.as_ref()) {
        Ok(status) => {
            let reference = bundle.reference(status);
            Ok((bundle, reference))
        }
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            Err(format!(
                "{}: the bundle does not verify with the --verification-key; refusing to load it:\n{}",
                bundle.path,
                list.join("\n")
            ))
        }
    }
}
