//! `.verdict.yaml`: found at the scan root (or `--config`), validated against
//! `schemas/verdict-config.schema.json` with errors that name the key and
//! line, and resolved for a `--profile`. Also loads waivers files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use crate::date::Date;
use crate::finding::Severity;
use crate::parse::yaml;
use crate::source_map::{self, PosTree, Position, Segment};
use crate::verdict::FailOn;

const CONFIG_SCHEMA: &str = include_str!("../schemas/verdict-config.schema.json");
const WAIVERS_SCHEMA: &str = include_str!("../schemas/verdict-waivers.schema.json");

pub const CONFIG_NAMES: [&str; 2] = [".verdict.yaml", ".verdict.yml"];
pub const WAIVERS_NAME: &str = ".verdict-waivers.yaml";

/// A configuration or waivers file that is not acceptable, at a place in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct ConfigError {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// Settings from the file; every field optional so a profile can overlay the top level.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Settings {
    pub policies: Option<Vec<String>>,
    pub data: Option<Vec<String>>,
    pub exclude: Option<Vec<String>>,
    pub fail_on: Option<FailOn>,
    pub formats: Option<Vec<String>>,
    pub waivers: Option<Vec<Waiver>>,
    pub waivers_file: Option<String>,
    pub baseline: Option<String>,
    pub severity_overrides: Option<BTreeMap<String, Severity>>,
    pub disabled_rules: Option<Vec<String>>,
    pub inline_ignores: Option<bool>,
    pub allow_permanent_waivers: Option<bool>,
    pub waiver_warn_days: Option<u32>,
    pub terraform: Option<TerraformSettings>,
}

/// `terraform:` — variable values for root modules and the evaluation switch.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct TerraformSettings {
    pub var_files: Option<Vec<String>>,
    pub vars: Option<BTreeMap<String, Value>>,
    pub var_env: Option<bool>,
    pub raw: Option<bool>,
}

impl Settings {
    fn overlay(mut self, top: Settings) -> Settings {
        macro_rules! take {
            ($($f:ident),*) => { $( if top.$f.is_some() { self.$f = top.$f; } )* };
        }
        take!(
            policies,
            data,
            exclude,
            fail_on,
            formats,
            waivers,
            waivers_file,
            baseline,
            severity_overrides,
            disabled_rules,
            inline_ignores,
            allow_permanent_waivers,
            waiver_warn_days,
            terraform
        );
        self
    }
}

/// An accepted exception: which findings, why, who, until when.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Waiver {
    pub rule: String,
    pub path: Option<String>,
    pub resource: Option<String>,
    pub fingerprint: Option<String>,
    pub reason: String,
    pub owner: String,
    #[serde(default, deserialize_with = "de_date")]
    pub expires: Option<Date>,
    /// Where the waiver is written, for messages: `file:line`.
    #[serde(skip)]
    pub source: String,
}

impl Waiver {
    /// In force on `today` (the last day of `expires` included).
    pub fn in_force(&self, today: Date) -> bool {
        self.expires.is_none_or(|e| today <= e)
    }
}

fn de_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    match s {
        None => Ok(None),
        Some(s) => Date::parse(&s).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a calendar date (YYYY-MM-DD)"))
        }),
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    /// Folder the file is in: relative paths in it are relative to this.
    pub dir: PathBuf,
    pub file: String,
    base: Settings,
    profiles: BTreeMap<String, Settings>,
}

impl Config {
    /// The top level with `profile` laid over it.
    pub fn settings(&self, profile: Option<&str>) -> Result<Settings, String> {
        match profile {
            None => Ok(self.base.clone()),
            Some(name) => match self.profiles.get(name) {
                Some(p) => Ok(self.base.clone().overlay(p.clone())),
                None => {
                    let known: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
                    Err(format!(
                        "{}: no profile `{name}` (defined: {})",
                        self.file,
                        if known.is_empty() {
                            "none".to_string()
                        } else {
                            known.join(", ")
                        }
                    ))
                }
            },
        }
    }

    pub fn resolve_path(&self, p: &str) -> PathBuf {
        self.dir.join(p)
    }
}

/// `.verdict.yaml` (or `.yml`) in `root`, if there is one.
pub fn find(root: &Path) -> Option<PathBuf> {
    CONFIG_NAMES
        .iter()
        .map(|n| root.join(n))
        .find(|p| p.is_file())
}

pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let file = path.display().to_string();
    let (value, tree) = read_validated(path, CONFIG_SCHEMA)?;
    let err_at = error_at(&file, &value, &tree);
    let mut profiles = BTreeMap::new();
    if let Some(Value::Object(ps)) = value.get("profiles") {
        for (name, p) in ps {
            let at = [Segment::Key("profiles".into()), Segment::Key(name.clone())];
            let s = settings_from(p.clone(), &at, &err_at)?;
            profiles.insert(name.clone(), with_sources(s, &value, &tree, &file, &at));
        }
    }
    let mut top = value.clone();
    if let Value::Object(m) = &mut top {
        m.remove("profiles");
    }
    let base = with_sources(settings_from(top, &[], &err_at)?, &value, &tree, &file, &[]);
    Ok(Config {
        dir: path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from(".")),
        file: file.clone(),
        base,
        profiles,
    })
}

/// A waiver must say when it ends unless permanent ones are allowed.
pub fn refuse_permanent(waivers: &[Waiver], allowed: bool) -> Result<(), String> {
    match waivers.iter().find(|w| w.expires.is_none()) {
        Some(w) if !allowed => Err(format!(
            "{}: the waiver for {} has no `expires` date; give it one or pass --allow-permanent-waivers",
            w.source, w.rule
        )),
        _ => Ok(()),
    }
}

/// A waivers file: `waivers: [...]`.
pub fn load_waivers(path: &Path) -> Result<Vec<Waiver>, ConfigError> {
    let file = path.display().to_string();
    let (value, tree) = read_validated(path, WAIVERS_SCHEMA)?;
    let err_at = error_at(&file, &value, &tree);
    let s = settings_from(value.clone(), &[], &err_at)?;
    Ok(with_sources(s, &value, &tree, &file, &[])
        .waivers
        .unwrap_or_default())
}

/// Errors placed where a path into the file points.
fn error_at<'a>(
    file: &'a str,
    value: &'a Value,
    tree: &'a PosTree,
) -> impl Fn(&[Segment], String) -> ConfigError + 'a {
    move |segs, message| {
        let pos = source_map::resolve(value, tree, segs).pos;
        ConfigError {
            file: file.to_string(),
            line: pos.line,
            column: pos.column,
            message,
        }
    }
}

fn settings_from(
    v: Value,
    at: &[Segment],
    err_at: &dyn Fn(&[Segment], String) -> ConfigError,
) -> Result<Settings, ConfigError> {
    // The schema has checked shapes; what is left is what serde adds: dates.
    if let Some(Value::Array(ws)) = v.get("waivers") {
        for (i, w) in ws.iter().enumerate() {
            if let Some(s) = w.get("expires").and_then(Value::as_str) {
                if Date::parse(s).is_none() {
                    let mut p = at.to_vec();
                    p.extend([
                        Segment::Key("waivers".into()),
                        Segment::Index(i),
                        Segment::Key("expires".into()),
                    ]);
                    return Err(err_at(
                        &p,
                        format!("`expires: {s}` is not a calendar date (YYYY-MM-DD)"),
                    ));
                }
            }
        }
    }
    serde_json::from_value(v).map_err(|e| err_at(at, e.to_string()))
}

fn with_sources(
    mut s: Settings,
    value: &Value,
    tree: &PosTree,
    file: &str,
    at: &[Segment],
) -> Settings {
    if let Some(ws) = &mut s.waivers {
        for (i, w) in ws.iter_mut().enumerate() {
            let mut p = at.to_vec();
            p.extend([Segment::Key("waivers".into()), Segment::Index(i)]);
            let pos = source_map::resolve(value, tree, &p).pos;
            w.source = format!("{file}:{}", pos.line);
        }
    }
    s
}

fn read_validated(path: &Path, schema: &str) -> Result<(Value, PosTree), ConfigError> {
    let file = path.display().to_string();
    let at = |pos: Position, message: String| ConfigError {
        file: file.clone(),
        line: pos.line,
        column: pos.column,
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| at(Position::new(1, 1), e.to_string()))?;
    let docs = yaml::parse(&text, &yaml::keep_tag)
        .map_err(|e| at(Position::new(e.line, e.column), e.message))?;
    let (value, tree) = match docs.into_iter().next() {
        Some(d) => (d.value, d.positions),
        None => (
            Value::Object(Default::default()),
            PosTree::leaf(Position::new(1, 1)),
        ),
    };
    let schema: Value =
        serde_json::from_str(schema).map_err(|e| at(Position::new(1, 1), e.to_string()))?;
    let validator = jsonschema::options()
        .build(&schema)
        .map_err(|e| at(Position::new(1, 1), format!("internal schema error: {e}")))?;
    let mut errors: Vec<ConfigError> = validator
        .iter_errors(&value)
        .map(|e| {
            let mut segs = source_map::parse_pointer(e.instance_path().as_str());
            let message = match e.kind() {
                jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                    if let Some(k) = unexpected.first() {
                        segs.push(Segment::Key(k.clone()));
                    }
                    let shown: Vec<String> = unexpected.iter().map(|k| format!("`{k}`")).collect();
                    format!("unknown key {}", shown.join(", "))
                }
                _ => {
                    let key = segs.last().map(|s| format!("`{s}`: ")).unwrap_or_default();
                    format!("{key}{e}")
                }
            };
            at(source_map::resolve(&value, &tree, &segs).pos, message)
        })
        .collect();
    errors.sort_by_key(|e| (e.line, e.column));
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok((value, tree)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let p = dir.path().join(".verdict.yaml");
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("{e}"));
        (dir, p)
    }

    #[test]
    fn profiles_overlay_the_top_level() {
        let (_d, p) = write("fail_on: error\nexclude: [vendor]\nprofiles:\n  dev:\n    fail_on: never\n  prod:\n    fail_on: high\n");
        let c = load(&p).unwrap_or_else(|e| panic!("{e}"));
        let dev = c.settings(Some("dev")).unwrap_or_default();
        assert_eq!(dev.fail_on, Some(FailOn::Never));
        assert_eq!(dev.exclude, Some(vec!["vendor".to_string()]));
        assert_eq!(
            c.settings(None).unwrap_or_default().fail_on,
            Some(FailOn::Error)
        );
        assert!(c.settings(Some("staging")).is_err());
    }

    #[test]
    fn errors_name_the_key_and_line() {
        let cases = [
            ("fail_on: high\nfial_on: low\n", 2, "unknown key `fial_on`"),
            ("exclude: vendor\n", 1, "exclude"),
            ("profiles:\n  dev:\n    fail_on: sometimes\n", 3, "fail_on"),
            (
                "waivers:\n  - rule: VD-1\n    reason: r\n    owner: o\n    expires: 2026-02-30\n",
                5,
                "not a calendar date",
            ),
            ("waivers:\n  - rule: VD-1\n    owner: o\n", 2, "reason"),
        ];
        for (text, line, needle) in cases {
            let (_d, p) = write(text);
            match load(&p) {
                Ok(_) => panic!("accepted: {text}"),
                Err(e) => {
                    assert_eq!(e.line, line, "{text}: {e}");
                    assert!(e.message.contains(needle), "{text}: {e}");
                }
            }
        }
    }

    #[test]
    fn waivers_know_where_they_are_written() {
        let (_d, p) = write(
            "waivers:\n  - rule: VD-1\n    reason: r\n    owner: o\n    expires: 2026-12-31\n",
        );
        let s = load(&p)
            .map(|c| c.settings(None))
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        let w = s.waivers.unwrap_or_default();
        assert_eq!(w.len(), 1);
        assert!(w[0].source.ends_with(".verdict.yaml:2"), "{}", w[0].source);
        assert_eq!(
            w[0].expires.map(|d| d.to_string()),
            Some("2026-12-31".to_string())
        );
    }
}
