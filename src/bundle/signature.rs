//! `.signatures.json` as OPA writes and checks it: one JWT (JWS compact,
//! ES256 over P-256) whose payload lists every file of the bundle with its
//! SHA-256, hashed the way OPA hashes (structured files over a canonical
//! walk of their JSON, other files over their bytes).

use std::path::Path;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use p256::ecdsa::signature::{Signer, Verifier};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use p256::pkcs8::{
    DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, LineEnding,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

pub const FILE_NAME: &str = ".signatures.json";
pub const ALGORITHM: &str = "ES256";

/// One file as the signature lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileDigest {
    pub name: String,
    pub hash: String,
    pub algorithm: String,
}

/// The signed claims: OPA's payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    pub files: Vec<FileDigest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct SignaturesFile {
    signatures: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Header {
    alg: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kid: Option<String>,
}

/// The SHA-256 of one bundle file, as OPA computes it: `.manifest`, `.json`
/// and `.yaml` files over their parsed value (so formatting does not count),
/// everything else over its bytes.
pub fn file_hash(name: &str, bytes: &[u8]) -> Result<String, String> {
    let mut h = Sha256::new();
    let base = name.rsplit('/').next().unwrap_or(name);
    if base == ".manifest" || name.ends_with(".json") {
        let v: Value = serde_json::from_slice(bytes).map_err(|e| format!("{name}: {e}"))?;
        canonical(&v, &mut h);
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        let v = super::structured(name, bytes).map_err(|e| format!("{name}: {e}"))?;
        canonical(&v, &mut h);
    } else {
        h.update(bytes);
    }
    Ok(hex(&h.finalize()))
}

/// OPA's walk: objects by sorted key, arrays in order, primitives as Go's
/// JSON encoder writes them (without HTML escaping).
fn canonical(v: &Value, h: &mut Sha256) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            h.update(b"{");
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    h.update(b",");
                }
                h.update(go_string(k).as_bytes());
                h.update(b":");
                canonical(&map[k.as_str()], h);
            }
            h.update(b"}");
        }
        Value::Array(items) => {
            h.update(b"[");
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    h.update(b",");
                }
                canonical(x, h);
            }
            h.update(b"]");
        }
        Value::String(s) => h.update(go_string(s).as_bytes()),
        other => h.update(other.to_string().as_bytes()),
    }
}

/// A JSON string as Go writes it: serde's escapes plus U+2028/U+2029.
fn go_string(s: &str) -> String {
    serde_json::to_string(s)
        .unwrap_or_default()
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `.signatures.json` for these claims, signed with `key`.
pub fn sign(claims: &Claims, key: &SigningKey) -> Result<Vec<u8>, String> {
    let header = Header {
        alg: ALGORITHM.into(),
        kid: claims.keyid.clone(),
    };
    let signing_input = format!("{}.{}", encode(&header)?, encode(claims)?);
    let signature: Signature = key.sign(signing_input.as_bytes());
    let jwt = format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(signature.to_bytes())
    );
    serde_json::to_vec_pretty(&SignaturesFile {
        signatures: vec![jwt],
    })
    .map_err(|e| e.to_string())
}

/// The claims of a `.signatures.json`, if its one signature verifies with
/// `key`.
pub fn verify(file: &[u8], key: &VerifyingKey) -> Result<Claims, String> {
    let jwt = single_jwt(file)?;
    let mut parts = jwt.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("the signature is not a JWT (three dot-separated parts)".into());
    };
    let header: Header = decode(h).map_err(|e| format!("JWT header: {e}"))?;
    if header.alg != ALGORITHM {
        return Err(format!(
            "the signature uses {}; verdict verifies {ALGORITHM}",
            header.alg
        ));
    }
    let raw = URL_SAFE_NO_PAD
        .decode(s)
        .map_err(|_| "the JWT signature is not base64url".to_string())?;
    let signature =
        Signature::from_slice(&raw).map_err(|_| "the JWT signature is malformed".to_string())?;
    key.verify(format!("{h}.{p}").as_bytes(), &signature)
        .map_err(|_| {
            "the signature does not verify with this key (signed by another key, or edited)"
                .to_string()
        })?;
    decode(p).map_err(|e| format!("JWT payload: {e}"))
}

/// The claims of a `.signatures.json` without checking the signature: what
/// `inspect` shows when no key is given.
pub fn unverified_claims(file: &[u8]) -> Result<Claims, String> {
    let jwt = single_jwt(file)?;
    let payload = jwt
        .split('.')
        .nth(1)
        .ok_or_else(|| "the signature is not a JWT".to_string())?;
    decode(payload)
}

fn single_jwt(file: &[u8]) -> Result<String, String> {
    let parsed: SignaturesFile =
        serde_json::from_slice(file).map_err(|e| format!("{FILE_NAME}: {e}"))?;
    match <[String; 1]>::try_from(parsed.signatures) {
        Ok([jwt]) => Ok(jwt),
        Err(v) => Err(format!(
            "{FILE_NAME} must hold exactly one signature (it holds {})",
            v.len()
        )),
    }
}

fn decode<T: for<'de> Deserialize<'de>>(part: &str) -> Result<T, String> {
    let bytes = URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| "not base64url".to_string())?;
    serde_json::from_slice(&bytes).map_err(|e| e.to_string())
}

fn encode<T: Serialize>(value: &T) -> Result<String, String> {
    let json = serde_json::to_vec(value).map_err(|e| e.to_string())?;
    Ok(URL_SAFE_NO_PAD.encode(json))
}

/// A new P-256 key pair as PEM: (PKCS#8 private key, SPKI public key).
pub fn keygen() -> Result<(String, String), String> {
    let key = SigningKey::random(&mut rand_core::OsRng);
    let private = key
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| e.to_string())?
        .to_string();
    let public = key
        .verifying_key()
        .to_public_key_pem(LineEnding::LF)
        .map_err(|e| e.to_string())?;
    Ok((private, public))
}

/// A private key from PEM: PKCS#8 (`PRIVATE KEY`, what `bundle keygen` and
/// `openssl genpkey` write) or SEC1 (`EC PRIVATE KEY`, `openssl ecparam`).
pub fn read_signing_key(path: &Path) -> Result<SigningKey, String> {
    let text = read_pem(path)?;
    if text.contains("BEGIN EC PRIVATE KEY") {
        return p256::SecretKey::from_sec1_pem(&text)
            .map(SigningKey::from)
            .map_err(|e| format!("{}: not a P-256 EC private key: {e}", path.display()));
    }
    SigningKey::from_pkcs8_pem(&text).map_err(|e| {
        format!(
            "{}: not a P-256 private key in PKCS#8 PEM (ES256 is the algorithm verdict signs with): {e}",
            path.display()
        )
    })
}

/// A public key from SPKI PEM (`PUBLIC KEY`).
pub fn read_verifying_key(path: &Path) -> Result<VerifyingKey, String> {
    let text = read_pem(path)?;
    VerifyingKey::from_public_key_pem(&text).map_err(|e| {
        format!(
            "{}: not a P-256 public key in PEM (`-----BEGIN PUBLIC KEY-----`, ES256): {e}",
            path.display()
        )
    })
}

fn read_pem(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| format!("{}: not a PEM text file", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> Claims {
        Claims {
            files: vec![FileDigest {
                name: "p.rego".into(),
                hash: file_hash("p.rego", b"package p").unwrap(),
                algorithm: "SHA-256".into(),
            }],
            keyid: Some("default".into()),
            scope: None,
        }
    }

    #[test]
    fn a_signature_verifies_with_its_key_only() {
        let key = SigningKey::random(&mut rand_core::OsRng);
        let file = sign(&claims(), &key).unwrap();
        assert_eq!(verify(&file, key.verifying_key()).unwrap(), claims());
        let other = SigningKey::random(&mut rand_core::OsRng);
        assert!(verify(&file, other.verifying_key())
            .unwrap_err()
            .contains("does not verify"));
    }

    #[test]
    fn an_edited_payload_fails_verification() {
        let key = SigningKey::random(&mut rand_core::OsRng);
        let file = sign(&claims(), &key).unwrap();
        let mut edited = claims();
        edited.files[0].hash = "0".repeat(64);
        let text = String::from_utf8(file).unwrap();
        let jwt = single_jwt(text.as_bytes()).unwrap();
        let parts: Vec<&str> = jwt.split('.').collect();
        let forged = format!(
            "{}.{}.{}",
            parts[0],
            URL_SAFE_NO_PAD.encode(serde_json::to_vec(&edited).unwrap()),
            parts[2]
        );
        let forged_file = text.replace(&jwt, &forged);
        assert!(verify(forged_file.as_bytes(), key.verifying_key()).is_err());
    }

    #[test]
    fn structured_files_hash_over_their_value_like_opa() {
        // OPA's walk of {"b":1,"a":[true,"x"]} hashes `{"a":[true,"x"],"b":1}`.
        let expected = hex(&Sha256::digest(br#"{"a":[true,"x"],"b":1}"#));
        assert_eq!(
            file_hash("data.json", br#"{ "b": 1, "a": [true, "x"] }"#).unwrap(),
            expected
        );
        assert_eq!(
            file_hash("x/.manifest", br#"{"b":1,"a":[true,"x"]}"#).unwrap(),
            expected
        );
        assert_eq!(
            file_hash("p.rego", b"package p").unwrap(),
            hex(&Sha256::digest(b"package p"))
        );
        assert!(file_hash("data.json", b"{oops").is_err());
    }

    #[test]
    fn generated_keys_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let (private, public) = keygen().unwrap();
        std::fs::write(dir.path().join("k"), private).unwrap();
        std::fs::write(dir.path().join("k.pub"), public).unwrap();
        let key = read_signing_key(&dir.path().join("k")).unwrap();
        let pubkey = read_verifying_key(&dir.path().join("k.pub")).unwrap();
        assert_eq!(key.verifying_key(), &pubkey);
        assert!(read_verifying_key(&dir.path().join("k")).is_err());
    }
}
