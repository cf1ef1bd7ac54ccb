//! `scan --shard K/N`: a deterministic share of a scan's inputs, so a CI
//! matrix or a Kubernetes Indexed Job can fan one scan out across machines
//! and `verdict merge` can put it back together.
//!
//! An input belongs to a shard by a hash of its path relative to the scan
//! root, never by its position in a walk: the same file lands in the same
//! shard whatever order the file system lists it in, on every machine.

use std::path::{Component, Path};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The name a shard decides by: `path` relative to the scan root, `.` for
/// the root itself and `../` steps for a folder outside it — never an
/// absolute path, so every machine, whatever its checkout folder, agrees.
pub fn key(path: &Path, root: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let names = |p: &Path| -> Vec<String> {
        p.components()
            .filter_map(|c| match c {
                Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                Component::ParentDir => Some("..".to_owned()),
                _ => None,
            })
            .collect()
    };
    let (to, from) = (names(&path), names(root));
    let common = to.iter().zip(&from).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<&str> = vec![".."; from.len() - common];
    parts.extend(to[common..].iter().map(String::as_str));
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}

/// Shard `index` (0-based) of `count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    /// 1-based, as users write it (`--shard 2/4`).
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// `K/N` with 1 ≤ K ≤ N, or `auto` resolved from the runner's
    /// environment (`env` looks a variable up).
    pub fn parse(
        spec: &str,
        count: Option<u32>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Shard, String> {
        if spec == "auto" {
            return Shard::from_runner(count, env);
        }
        let (k, n) = spec
            .split_once('/')
            .ok_or_else(|| format!("--shard takes K/N (e.g. 2/4) or auto, got `{spec}`"))?;
        let number = |s: &str| {
            s.trim()
                .parse::<u32>()
                .map_err(|_| format!("--shard takes K/N with whole numbers, got `{spec}`"))
        };
        Shard::new(number(k)?, number(n)?)
    }

    /// Whether a shard read back from a report makes sense.
    pub fn is_valid(&self) -> bool {
        self.count >= 1 && (1..=self.count).contains(&self.index)
    }

    fn new(index: u32, count: u32) -> Result<Shard, String> {
        if count == 0 || index == 0 || index > count {
            return Err(format!(
                "--shard {index}/{count}: K must be between 1 and N (N at least 1)"
            ));
        }
        Ok(Shard { index, count })
    }

    /// GitLab's parallel jobs say `CI_NODE_INDEX` (1-based) and
    /// `CI_NODE_TOTAL`; a Kubernetes Indexed Job says `JOB_COMPLETION_INDEX`
    /// (0-based) and leaves the count to `--shard-count`.
    fn from_runner(
        count: Option<u32>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Shard, String> {
        let read = |name: &str| -> Result<Option<u32>, String> {
            match env(name) {
                None => Ok(None),
                Some(v) => v
                    .trim()
                    .parse::<u32>()
                    .map(Some)
                    .map_err(|_| format!("--shard auto: {name}={v} is not a whole number")),
            }
        };
        if let Some(k) = read("CI_NODE_INDEX")? {
            let n = match count {
                Some(n) => n,
                None => read("CI_NODE_TOTAL")?
                    .ok_or("--shard auto: CI_NODE_INDEX is set but CI_NODE_TOTAL is not")?,
            };
            return Shard::new(k, n);
        }
        if let Some(k) = read("JOB_COMPLETION_INDEX")? {
            let n = count.ok_or(
                "--shard auto: JOB_COMPLETION_INDEX is set; give the number of shards with --shard-count (the Job's completions)",
            )?;
            return Shard::new(k + 1, n);
        }
        Err("--shard auto: no shard index in the environment (CI_NODE_INDEX, JOB_COMPLETION_INDEX); pass --shard K/N".into())
    }

    /// Whether the input (or unit of inputs) named `key` — a path relative
    /// to the scan root — is this shard's to evaluate.
    pub fn owns(&self, key: &str) -> bool {
        let digest = Sha256::digest(key.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(first) % u64::from(self.count) == u64::from(self.index - 1)
    }

    /// The shard that reports what belongs to no input (counts of files
    /// the walk passed over).
    pub fn is_first(&self) -> bool {
        self.index == 1
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn every_path_belongs_to_exactly_one_shard() {
        let shards: Vec<Shard> = (1..=4).map(|k| Shard::new(k, 4).unwrap()).collect();
        let mut sizes = [0usize; 4];
        for i in 0..2000 {
            let path = format!("k8s/app-{i}/deployment.yaml");
            let owners: Vec<usize> = (0..4).filter(|&s| shards[s].owns(&path)).collect();
            assert_eq!(owners.len(), 1, "{path} owned by {owners:?}");
            sizes[owners[0]] += 1;
        }
        // A hash spreads the work: no shard is idle or holds most of it.
        assert!(sizes.iter().all(|&n| (350..650).contains(&n)), "{sizes:?}");
    }

    #[test]
    fn keys_do_not_depend_on_the_checkout_folder() {
        let root = Path::new("/builds/runner-7/group/repo");
        assert_eq!(key(root, root), ".");
        assert_eq!(key(&root.join("infra/prod"), root), "infra/prod");
        assert_eq!(
            key(Path::new("/builds/runner-7/group/modules/vpc"), root),
            "../modules/vpc"
        );
        assert_eq!(
            key(Path::new("/builds/modules/vpc"), root),
            "../../../modules/vpc"
        );
        let other = Path::new("/home/ci/job@2/repo");
        assert_eq!(
            key(&other.join("infra/prod"), other),
            key(&root.join("infra/prod"), root)
        );
    }

    #[test]
    fn the_spec_is_checked() {
        assert_eq!(
            Shard::parse("2/4", None, no_env),
            Ok(Shard { index: 2, count: 4 })
        );
        assert_eq!(
            Shard::parse("1/1", None, no_env),
            Ok(Shard { index: 1, count: 1 })
        );
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", "-1/3"] {
            assert!(Shard::parse(bad, None, no_env).is_err(), "{bad}");
        }
    }

    #[test]
    fn auto_reads_gitlab_and_kubernetes_indexes() {
        let gitlab = |k: &str| match k {
            "CI_NODE_INDEX" => Some("3".to_owned()),
            "CI_NODE_TOTAL" => Some("5".to_owned()),
            _ => None,
        };
        assert_eq!(
            Shard::parse("auto", None, gitlab),
            Ok(Shard { index: 3, count: 5 })
        );
        // Kubernetes counts from 0 and does not tell the count.
        let k8s = |k: &str| (k == "JOB_COMPLETION_INDEX").then(|| "0".to_owned());
        assert_eq!(
            Shard::parse("auto", Some(4), k8s),
            Ok(Shard { index: 1, count: 4 })
        );
        let err = Shard::parse("auto", None, k8s).unwrap_err();
        assert!(err.contains("--shard-count"), "{err}");
        assert!(Shard::parse("auto", None, no_env).is_err());
    }
}
