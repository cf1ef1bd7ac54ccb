//! The input-kind table: which kinds exist, which syntax each is written in,
//! and how a file's kind is decided — path rules first, then content.

use std::path::Path;

use serde_json::Value;

/// Every input kind a policy can target (`custom.kinds` in METADATA).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Terraform,
    TerraformPlan,
    Kubernetes,
    Cloudformation,
    Dockerfile,
    GithubWorkflow,
    /// An `action.yml` of a GitHub Action (composite, Docker or JavaScript).
    GithubAction,
    DockerCompose,
    Cyclonedx,
    Spdx,
    Sarif,
    Trivy,
    Grype,
    Falco,
    Asff,
    Ocsf,
    Json,
    Yaml,
    Jsonl,
    Toml,
    /// A file of a Helm chart's `templates/` folder: Go templates that only
    /// `helm template` can turn into manifests, so never evaluated as such.
    HelmTemplate,
    /// The cross-document view `--combine` evaluates,
    /// `[{"path", "kind", "contents"}]`: never detected from a file.
    Combined,
}

/// The text format a kind is written in, which picks the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Json,
    /// JSON with comments and trailing commas (`tsconfig.json`, `*.jsonc`).
    Jsonc,
    JsonLines,
    Yaml,
    Toml,
    Hcl,
    Dockerfile,
}

impl Kind {
    pub const ALL: [Kind; 22] = [
        Kind::Terraform,
        Kind::TerraformPlan,
        Kind::Kubernetes,
        Kind::Cloudformation,
        Kind::Dockerfile,
        Kind::GithubWorkflow,
        Kind::GithubAction,
        Kind::DockerCompose,
        Kind::Cyclonedx,
        Kind::Spdx,
        Kind::Sarif,
        Kind::Trivy,
        Kind::Grype,
        Kind::Falco,
        Kind::Asff,
        Kind::Ocsf,
        Kind::Json,
        Kind::Yaml,
        Kind::Jsonl,
        Kind::Toml,
        Kind::HelmTemplate,
        Kind::Combined,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Terraform => "terraform",
            Kind::TerraformPlan => "terraform-plan",
            Kind::Kubernetes => "kubernetes",
            Kind::Cloudformation => "cloudformation",
            Kind::Dockerfile => "dockerfile",
            Kind::GithubWorkflow => "github-workflow",
            Kind::GithubAction => "github-action",
            Kind::DockerCompose => "docker-compose",
            Kind::Cyclonedx => "cyclonedx",
            Kind::Spdx => "spdx",
            Kind::Sarif => "sarif",
            Kind::Trivy => "trivy",
            Kind::Grype => "grype",
            Kind::Falco => "falco",
            Kind::Asff => "asff",
            Kind::Ocsf => "ocsf",
            Kind::Json => "json",
            Kind::Yaml => "yaml",
            Kind::Jsonl => "jsonl",
            Kind::Toml => "toml",
            Kind::HelmTemplate => "helm-template",
            Kind::Combined => "combined",
        }
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The syntax a kind is written in when nothing else says (stdin, `--kind`).
    pub fn natural_syntax(self) -> Syntax {
        match self {
            Kind::Terraform => Syntax::Hcl,
            Kind::Dockerfile => Syntax::Dockerfile,
            Kind::Kubernetes
            | Kind::Cloudformation
            | Kind::GithubWorkflow
            | Kind::GithubAction
            | Kind::DockerCompose
            | Kind::HelmTemplate
            | Kind::Yaml => Syntax::Yaml,
            // JSON falls back to JSON Lines when a second value follows, so a
            // stream and a single pretty-printed event both read.
            Kind::Falco | Kind::Jsonl => Syntax::Json,
            Kind::Toml => Syntax::Toml,
            _ => Syntax::Json,
        }
    }

    /// Runtime events are answered by Detection Findings, not Compliance ones.
    pub fn is_runtime(self) -> bool {
        matches!(self, Kind::Falco)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::from_name(s).ok_or_else(|| {
            let names: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
            format!("unknown kind `{s}` (known: {})", names.join(", "))
        })
    }
}

impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Kind::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown input kind `{name}`")))
    }
}

/// What the path alone says: the syntax to parse with and, when the name is
/// decisive (a Dockerfile, a `.tf`, a workflow), the kind itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathHint {
    pub syntax: Syntax,
    pub kind: Option<Kind>,
}

pub fn from_path(path: &Path) -> Option<PathHint> {
    let name = path.file_name()?.to_str()?;
    let lower = name.to_ascii_lowercase();
    let hint = |syntax, kind| Some(PathHint { syntax, kind });

    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    if is_dockerfile_name(&lower) {
        return hint(Syntax::Dockerfile, Some(Kind::Dockerfile));
    }
    if lower.ends_with(".tf.json")
        || lower.ends_with(".tfvars.json")
        || lower.ends_with(".tftest.json")
    {
        return hint(Syntax::Json, Some(Kind::Terraform));
    }
    if lower.ends_with(".tf")
        || lower.ends_with(".tfvars")
        || lower.ends_with(".tftest.hcl")
        || lower.ends_with(".tfmock.hcl")
    {
        return hint(Syntax::Hcl, Some(Kind::Terraform));
    }
    if is_jsonc_name(&lower) {
        return hint(Syntax::Jsonc, None);
    }
    match ext {
        "yaml" | "yml" => {
            if in_workflows_dir(path) {
                hint(Syntax::Yaml, Some(Kind::GithubWorkflow))
            } else {
                hint(Syntax::Yaml, None)
            }
        }
        "json" | "sarif" => hint(Syntax::Json, None),
        "jsonl" | "ndjson" => hint(Syntax::JsonLines, None),
        "toml" => hint(Syntax::Toml, Some(Kind::Toml)),
        _ => None,
    }
}

/// Extensions that make a `Dockerfile.*` name something else: a template
/// (`Dockerfile.template`, `.j2`), a test fixture (`.golden`), a report or
/// a note about one (`dockerfile.json`, `.md`), a backup, a script.
const NOT_DOCKERFILE: &[&str] = &[
    "template", "tmpl", "tpl", "gotmpl", "j2", "jinja", "jinja2", "mustache", "hbs", "erb",
    "golden", "snap", "json", "jsonl", "yaml", "yml", "toml", "xml", "html", "sarif", "md",
    "markdown", "rst", "txt", "orig", "bak", "backup", "old", "swp", "rej", "diff", "patch", "sh",
    "bash", "ps1", "py", "rego", "lock", "log", "in", "sig", "asc", "sha256",
];

/// `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`, …,
/// but not a name with any extension of [`NOT_DOCKERFILE`].
fn is_dockerfile_name(lower: &str) -> bool {
    let (stem, rest) = match lower.split_once('.') {
        Some((stem, rest)) => (stem, rest),
        None => (lower, ""),
    };
    let parts: Vec<&str> = if rest.is_empty() {
        Vec::new()
    } else {
        rest.split('.').collect()
    };
    let named = matches!(stem, "dockerfile" | "containerfile");
    let suffixed = parts
        .iter()
        .position(|p| *p == "dockerfile" || *p == "containerfile");
    let extensions: &[&str] = match (named, suffixed) {
        (true, _) => &parts,
        (false, Some(i)) => &parts[i + 1..],
        (false, None) => return false,
    };
    !extensions.iter().any(|e| NOT_DOCKERFILE.contains(e))
}

/// JSON files that editors and tools write with comments and trailing
/// commas (TypeScript, VS Code, dev containers).
fn is_jsonc_name(lower: &str) -> bool {
    lower.ends_with(".jsonc")
        || lower.ends_with(".json5")
        || (lower.starts_with("tsconfig") && lower.ends_with(".json"))
        || (lower.starts_with("jsconfig") && lower.ends_with(".json"))
        || lower == ".devcontainer.json"
        || lower == "devcontainer.json"
        || lower == "devcontainer-feature.json"
}

/// The kinds a file at this path can turn out to be once its content is
/// read: a walk need not parse a file that no loaded policy could read.
pub fn candidates(path: &Path) -> Vec<Kind> {
    use Kind::*;
    let reports = [
        TerraformPlan,
        Kubernetes,
        Cloudformation,
        GithubWorkflow,
        GithubAction,
        Cyclonedx,
        Spdx,
        Sarif,
        Trivy,
        Grype,
        Falco,
        Asff,
        Ocsf,
    ];
    match from_path(path) {
        None => Vec::new(),
        Some(PathHint { kind: Some(k), .. }) => vec![k],
        Some(PathHint { syntax, .. }) => match syntax {
            Syntax::Json => reports.into_iter().chain([Json, Jsonl]).collect(),
            Syntax::Yaml => reports.into_iter().chain([DockerCompose, Yaml]).collect(),
            Syntax::Jsonc => vec![Json],
            Syntax::JsonLines => vec![Falco, Ocsf, Jsonl],
            Syntax::Toml => vec![Toml],
            Syntax::Hcl => vec![Terraform],
            Syntax::Dockerfile => vec![Dockerfile],
        },
    }
}

fn in_workflows_dir(path: &Path) -> bool {
    let mut parents = path.parent().into_iter().flat_map(|p| p.components().rev());
    let wf = parents.next().map(|c| c.as_os_str() == "workflows");
    let gh = parents.next().map(|c| c.as_os_str() == ".github");
    wf == Some(true) && gh == Some(true)
}

fn is_compose_name(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    (name.starts_with("compose") || name.starts_with("docker-compose"))
        && (name.ends_with(".yml") || name.ends_with(".yaml"))
}

/// Decide a kind from the syntax, the path and the parsed documents.
pub fn from_content(syntax: Syntax, path: &Path, docs: &[&Value]) -> Kind {
    let first = docs.first().copied();
    match syntax {
        Syntax::Jsonc => Kind::Json,
        Syntax::Hcl => Kind::Terraform,
        Syntax::Dockerfile => Kind::Dockerfile,
        Syntax::Toml => Kind::Toml,
        Syntax::JsonLines => match first {
            Some(v) if is_falco(v) => Kind::Falco,
            Some(v) if is_ocsf(v) => Kind::Ocsf,
            _ => Kind::Jsonl,
        },
        Syntax::Json | Syntax::Yaml => {
            let generic = if syntax == Syntax::Json {
                Kind::Json
            } else {
                Kind::Yaml
            };
            let Some(v) = first else { return generic };
            if let Some(k) = json_report_kind(v) {
                return k;
            }
            if is_cloudformation(v) {
                Kind::Cloudformation
            } else if docs.iter().any(|d| is_kubernetes(d)) {
                Kind::Kubernetes
            } else if is_workflow(v) {
                Kind::GithubWorkflow
            } else if is_action_name(path) && is_action(v) {
                Kind::GithubAction
            } else if is_compose_name(path) && v.get("services").is_some_and(Value::is_object) {
                Kind::DockerCompose
            } else if v.get("terraform_version").is_some()
                && v.get("values").is_some()
                && v.get("format_version").is_some()
            {
                // `terraform show -json` of a state: the same resource shapes as a plan.
                Kind::TerraformPlan
            } else {
                generic
            }
        }
    }
}

/// Scanner reports, SBOMs and plans: detected from their top-level keys.
fn json_report_kind(v: &Value) -> Option<Kind> {
    let has = |k: &str| v.get(k).is_some();
    let str_is = |k: &str, s: &str| v.get(k).and_then(Value::as_str) == Some(s);
    if has("format_version") && (has("planned_values") || has("resource_changes")) {
        return Some(Kind::TerraformPlan);
    }
    if str_is("bomFormat", "CycloneDX") {
        return Some(Kind::Cyclonedx);
    }
    if has("spdxVersion") {
        return Some(Kind::Spdx);
    }
    if v.get("version").and_then(Value::as_str) == Some("2.1.0")
        && v.get("runs").is_some_and(Value::is_array)
    {
        return Some(Kind::Sarif);
    }
    if has("SchemaVersion") && (has("Results") || has("ArtifactName")) {
        return Some(Kind::Trivy);
    }
    if v.get("matches").is_some_and(Value::is_array) && has("descriptor") {
        return Some(Kind::Grype);
    }
    if is_asff(v) {
        return Some(Kind::Asff);
    }
    if is_falco(v) {
        return Some(Kind::Falco);
    }
    if is_ocsf(v) {
        return Some(Kind::Ocsf);
    }
    None
}

fn is_asff_finding(v: &Value) -> bool {
    v.get("SchemaVersion").is_some() && v.get("ProductArn").is_some() && v.get("Id").is_some()
}

fn is_asff(v: &Value) -> bool {
    match v {
        Value::Object(_) => match v.get("Findings") {
            Some(Value::Array(items)) => items.first().is_some_and(is_asff_finding),
            _ => is_asff_finding(v),
        },
        Value::Array(items) => items.first().is_some_and(is_asff_finding),
        _ => false,
    }
}

fn is_falco(v: &Value) -> bool {
    v.get("rule").is_some_and(Value::is_string)
        && v.get("priority").is_some_and(Value::is_string)
        && (v.get("output_fields").is_some() || v.get("output").is_some())
}

fn is_ocsf(v: &Value) -> bool {
    v.get("class_uid").is_some_and(Value::is_number)
        && (v.get("category_uid").is_some() || v.get("metadata").is_some())
}

fn is_cloudformation(v: &Value) -> bool {
    if v.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    let Some(Value::Object(resources)) = v.get("Resources") else {
        return false;
    };
    resources.values().any(|r| {
        r.get("Type").and_then(Value::as_str).is_some_and(|t| {
            t.starts_with("AWS::") || t.starts_with("Custom::") || t.starts_with("Alexa::")
        })
    })
}

fn is_kubernetes(v: &Value) -> bool {
    v.get("apiVersion").is_some_and(Value::is_string) && v.get("kind").is_some_and(Value::is_string)
}

/// GitHub reads an action's metadata only from `action.yml` or `action.yaml`.
fn is_action_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| matches!(n, "action.yml" | "action.yaml"))
}

fn is_action(v: &Value) -> bool {
    v.get("runs")
        .and_then(|r| r.get("using"))
        .is_some_and(Value::is_string)
}

fn is_workflow(v: &Value) -> bool {
    v.get("jobs").is_some_and(Value::is_object) && v.get("on").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn kind_of(path: &str, v: Value) -> Kind {
        let p = Path::new(path);
        let syntax = from_path(p).map_or(Syntax::Json, |h| h.syntax);
        from_content(syntax, p, &[&v])
    }

    #[test]
    fn names_decide_dockerfiles_terraform_and_workflows() {
        let k = |p: &str| from_path(Path::new(p)).and_then(|h| h.kind);
        assert_eq!(k("app/Dockerfile"), Some(Kind::Dockerfile));
        assert_eq!(k("Dockerfile.prod"), Some(Kind::Dockerfile));
        assert_eq!(k("api.dockerfile"), Some(Kind::Dockerfile));
        assert_eq!(k("Containerfile"), Some(Kind::Dockerfile));
        assert_eq!(
            k("dockerfile.json"),
            None,
            "a scanner report about a Dockerfile"
        );
        assert_eq!(k("main.tf"), Some(Kind::Terraform));
        assert_eq!(k("x.tf.json"), Some(Kind::Terraform));
        assert_eq!(k("prod.tfvars"), Some(Kind::Terraform));
        assert_eq!(k(".github/workflows/ci.yml"), Some(Kind::GithubWorkflow));
        assert_eq!(k("ci.yml"), None);
        assert_eq!(k("README.md"), None);
        assert_eq!(k("tests/main.tftest.hcl"), Some(Kind::Terraform));
    }

    /// Names that only look like a Dockerfile are something else.
    #[test]
    fn dockerfile_names_ignore_template_fixture_and_backup_suffixes() {
        let docker =
            |p: &str| from_path(Path::new(p)).and_then(|h| h.kind) == Some(Kind::Dockerfile);
        for yes in [
            "Dockerfile",
            "Dockerfile.prod",
            "Dockerfile.dev",
            "dockerfile.alpine",
            "api.Dockerfile",
            "web.dockerfile",
            "Containerfile.fedora",
            "Dockerfile.ubuntu.22",
        ] {
            assert!(docker(yes), "{yes} is a Dockerfile");
        }
        for no in [
            "Dockerfile.template",
            "dockerfile.json.golden",
            "Dockerfile.j2",
            "Dockerfile.jinja",
            "Dockerfile.tmpl",
            "Dockerfile.md",
            "Dockerfile.orig",
            "Dockerfile.bak",
            "Dockerfile.sh",
            "api.Dockerfile.j2",
            "dockerfile.json",
            "Dockerfile.txt",
            "Dockerfiles",
            "dockerfile_lint.py",
        ] {
            assert!(!docker(no), "{no} is not a Dockerfile");
        }
    }

    #[test]
    fn jsonc_names_are_read_with_comments() {
        let syntax = |p: &str| from_path(Path::new(p)).map(|h| h.syntax);
        assert_eq!(syntax("tsconfig.json"), Some(Syntax::Jsonc));
        assert_eq!(syntax("tsconfig.build.json"), Some(Syntax::Jsonc));
        assert_eq!(syntax(".devcontainer.json"), Some(Syntax::Jsonc));
        assert_eq!(
            syntax(".devcontainer/devcontainer.json"),
            Some(Syntax::Jsonc)
        );
        assert_eq!(syntax("settings.jsonc"), Some(Syntax::Jsonc));
        assert_eq!(syntax("package.json"), Some(Syntax::Json));
    }

    #[test]
    fn content_decides_reports_and_manifests() {
        assert_eq!(
            kind_of("a.json", json!({"bomFormat":"CycloneDX"})),
            Kind::Cyclonedx
        );
        assert_eq!(
            kind_of("a.json", json!({"spdxVersion":"SPDX-2.3"})),
            Kind::Spdx
        );
        assert_eq!(
            kind_of("a.sarif", json!({"version":"2.1.0","runs":[]})),
            Kind::Sarif
        );
        assert_eq!(
            kind_of("a.json", json!({"SchemaVersion":2,"Results":[]})),
            Kind::Trivy
        );
        assert_eq!(
            kind_of("a.json", json!({"matches":[],"descriptor":{}})),
            Kind::Grype
        );
        assert_eq!(
            kind_of(
                "a.json",
                json!({"format_version":"1.2","planned_values":{}})
            ),
            Kind::TerraformPlan
        );
        assert_eq!(
            kind_of(
                "a.yaml",
                json!({"Resources":{"B":{"Type":"AWS::S3::Bucket"}}})
            ),
            Kind::Cloudformation
        );
        assert_eq!(
            kind_of("a.yaml", json!({"apiVersion":"v1","kind":"Pod"})),
            Kind::Kubernetes
        );
        assert_eq!(
            kind_of("x.yml", json!({"on":"push","jobs":{}})),
            Kind::GithubWorkflow
        );
        let composite = json!({"name":"a","runs":{"using":"composite","steps":[]}});
        assert_eq!(
            kind_of("x/action.yml", composite.clone()),
            Kind::GithubAction
        );
        assert_eq!(
            kind_of("action.yaml", composite.clone()),
            Kind::GithubAction
        );
        // GitHub reads no other name; a `runs:` elsewhere is just YAML.
        assert_eq!(kind_of("my-action.yml", composite), Kind::Yaml);
        assert_eq!(
            kind_of("action.yml", json!({"name":"not an action"})),
            Kind::Yaml
        );
        assert_eq!(
            kind_of("compose.yaml", json!({"services":{"web":{}}})),
            Kind::DockerCompose
        );
        assert_eq!(
            kind_of(
                "e.json",
                json!({"rule":"r","priority":"Critical","output_fields":{}})
            ),
            Kind::Falco
        );
        assert_eq!(
            kind_of(
                "f.json",
                json!({"Findings":[{"SchemaVersion":"2018-10-08","ProductArn":"a","Id":"x"}]})
            ),
            Kind::Asff
        );
        assert_eq!(
            kind_of("o.json", json!({"class_uid":2003,"category_uid":2})),
            Kind::Ocsf
        );
        assert_eq!(kind_of("other.yaml", json!({"a":1})), Kind::Yaml);
        assert_eq!(kind_of("other.json", json!([1])), Kind::Json);
    }

    #[test]
    fn kind_names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.name().parse::<Kind>(), Ok(k));
        }
        assert!("nope".parse::<Kind>().is_err());
    }
}
