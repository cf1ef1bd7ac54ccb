//! Which files a scan reads: explicit files, directory walks that honour
//! `.gitignore` and `--exclude` (but scan hidden folders such as `.github/`),
//! and `-` for stdin. Symlinks are never followed out of the walk's root.

use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use crate::diagnostic::{Code, Diagnostic};
use crate::kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    /// `explicit`: named on the command line, so an undetectable kind is an error.
    File {
        path: PathBuf,
        explicit: bool,
    },
}

#[derive(Debug, Default)]
pub struct Discovered {
    pub inputs: Vec<Input>,
    /// Files of no known kind passed over in directory walks.
    pub skipped: usize,
    pub errors: Vec<Diagnostic>,
    /// Remarks that do not fail the run (a symbolic link that loops).
    pub warnings: Vec<Diagnostic>,
    /// Helm charts whose templates were found (not evaluated: only `helm
    /// template` can render them), with how many template files each has.
    pub charts: std::collections::BTreeMap<PathBuf, usize>,
}

#[derive(Clone)]
pub struct Excludes {
    paths: GlobSet,
    names: GlobSet,
}

impl Excludes {
    /// Patterns with a `/` match the path relative to the walk root; the
    /// others match any single path component, as in `.gitignore`.
    pub fn new(patterns: &[String]) -> Result<Self, String> {
        let mut paths = GlobSetBuilder::new();
        let mut names = GlobSetBuilder::new();
        for p in patterns {
            let trimmed = p.trim_start_matches("./").trim_end_matches('/');
            let glob =
                Glob::new(trimmed).map_err(|e| format!("invalid exclude pattern `{p}`: {e}"))?;
            if trimmed.contains('/') {
                paths.add(glob);
                // `dir/**` style patterns should also prune `dir` itself.
                if let Some(dir) = trimmed.strip_suffix("/**") {
                    paths.add(
                        Glob::new(dir)
                            .map_err(|e| format!("invalid exclude pattern `{p}`: {e}"))?,
                    );
                }
            } else {
                names.add(glob);
            }
        }
        Ok(Excludes {
            paths: paths.build().map_err(|e| e.to_string())?,
            names: names.build().map_err(|e| e.to_string())?,
        })
    }

    /// Nothing excluded.
    pub fn none() -> Self {
        Excludes {
            paths: GlobSet::empty(),
            names: GlobSet::empty(),
        }
    }

    pub fn matches(&self, rel: &Path) -> bool {
        self.paths.is_match(rel)
            || rel.components().any(|c| match c {
                Component::Normal(n) => self.names.is_match(n),
                _ => false,
            })
    }
}

/// `forced_kind`: `--kind` was given, so a file named explicitly is read as
/// that kind even where it sits in a Helm chart's templates.
pub fn discover(paths: &[PathBuf], excludes: &Excludes, forced_kind: bool) -> Discovered {
    let mut out = Discovered::default();
    for p in paths {
        if p.as_os_str() == "-" {
            out.inputs.push(Input::Stdin);
        } else if p.is_dir() {
            walk(p, excludes, &mut out);
        } else if p.exists() {
            if let Some(chart) = crate::helm::chart_of(p).filter(|_| !forced_kind) {
                *out.charts.entry(chart.to_path_buf()).or_default() += 1;
                continue;
            }
            out.inputs.push(Input::File {
                path: p.clone(),
                explicit: true,
            });
        } else {
            out.errors.push(Diagnostic::new(
                Code::ReadError,
                p.display().to_string(),
                "no such file or directory",
            ));
        }
    }
    out
}

fn walk(root: &Path, excludes: &Excludes, out: &mut Discovered) {
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let filter_root = root.to_path_buf();
    let ex = excludes.clone();
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .require_git(false)
        .ignore(true)
        .parents(true)
        .follow_links(false)
        .filter_entry(move |e| {
            if e.file_name() == ".git" {
                return false;
            }
            let rel = e.path().strip_prefix(&filter_root).unwrap_or(e.path());
            if rel.as_os_str().is_empty() {
                return true;
            }
            !ex.matches(rel)
        })
        .build();
    let mut found = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.errors.push(Diagnostic::new(
                    Code::ReadError,
                    root.display().to_string(),
                    e.to_string(),
                ));
                continue;
            }
        };
        let Some(ft) = entry.file_type() else {
            continue;
        };
        let path = entry.into_path();
        if ft.is_symlink() {
            // Follow a link only when it stays inside the root and names a file.
            match path.canonicalize() {
                Ok(target) if target.starts_with(&canonical_root) && target.is_file() => {}
                Ok(_) => continue,
                Err(_) if loops(&path) => {
                    out.warnings.push(Diagnostic::new(
                        Code::SymlinkLoop,
                        path.display().to_string(),
                        "symbolic link loops back on itself; not followed",
                    ));
                    continue;
                }
                Err(_) => continue,
            }
        } else if !ft.is_file() {
            continue;
        }
        // verdict's own configuration is not an input.
        let own = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
            crate::config::CONFIG_NAMES.contains(&n) || n == crate::config::WAIVERS_NAME
        });
        if own {
            continue;
        }
        if let Some(chart) = crate::helm::chart_of(&path) {
            *out.charts.entry(chart.to_path_buf()).or_default() += 1;
        } else if kind::from_path(&path).is_some() {
            found.push(path);
        } else {
            out.skipped += 1;
        }
    }
    found.sort();
    out.inputs.extend(found.into_iter().map(|path| Input::File {
        path,
        explicit: false,
    }));
}

/// Whether a symbolic link's chain of targets comes back to a link it
/// already passed (`a -> a`, `a -> b -> a`).
fn loops(link: &Path) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut current = link.to_path_buf();
    for _ in 0..64 {
        let Ok(target) = std::fs::read_link(&current) else {
            return false;
        };
        let next = match current.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
        if !seen.insert(current) {
            return true;
        }
        current = next;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excludes_match_paths_and_components() {
        let ex = Excludes::new(&[
            "vendor".into(),
            "k8s/legacy/**".into(),
            "*.generated.yaml".into(),
        ]);
        let Ok(ex) = ex else { panic!("patterns") };
        assert!(ex.matches(Path::new("a/vendor/x.yaml")));
        assert!(ex.matches(Path::new("k8s/legacy")));
        assert!(ex.matches(Path::new("k8s/legacy/a.yaml")));
        assert!(ex.matches(Path::new("x/y.generated.yaml")));
        assert!(!ex.matches(Path::new("k8s/app.yaml")));
    }
}
