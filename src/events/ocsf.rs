//! The `data` of a finding event, aligned with OCSF 1.3: a Compliance
//! Finding (class 2003) for IaC, SBOM and scanner-report findings, a
//! Detection Finding (class 2004) for runtime events. What OCSF has no
//! attribute for (file, line, the rule's `response` hint) sits in `unmapped`,
//! where OCSF puts producer-specific fields.

use std::collections::BTreeMap;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::cloudevent::{epoch_millis, EventType};
use crate::finding::{Finding, Level, Severity, Suppression};
use crate::kind::Kind;
use crate::policy::Rule;
use crate::verdict::{Outcome, Verdict};

pub const OCSF_VERSION: &str = "1.3.0";
pub const COMPLIANCE_FINDING: u32 = 2003;
pub const DETECTION_FINDING: u32 = 2004;
/// OCSF category 2: Findings.
const CATEGORY_FINDINGS: u32 = 2;

/// What an event says about a finding. It is also what `--state` keeps for
/// an open finding, so a `resolved` event can describe a finding that no
/// longer exists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub fingerprint: String,
    pub rule_id: String,
    pub severity: Severity,
    pub level: Level,
    pub message: String,
    pub file: String,
    pub line: u32,
    #[serde(default)]
    pub column: u32,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub frameworks: BTreeMap<String, Vec<String>>,
}

impl From<&Finding> for Record {
    fn from(f: &Finding) -> Self {
        Record {
            fingerprint: f.fingerprint.clone(),
            rule_id: f.rule_id.clone(),
            severity: f.severity,
            level: f.level,
            message: f.message.clone(),
            file: f.file.clone(),
            line: f.line,
            column: f.column,
            kind: f.kind.name().to_string(),
            path: f.path.clone(),
            resource: f.resource.clone(),
            remediation: f.remediation.clone(),
            frameworks: f.frameworks.clone(),
        }
    }
}

impl Record {
    fn kind(&self) -> Kind {
        Kind::from_name(&self.kind).unwrap_or(Kind::Json)
    }
}

/// Everything one finding event can carry beyond the record.
#[derive(Default)]
pub struct Detail<'a> {
    pub rule: Option<&'a Rule>,
    pub suppression: Option<&'a Suppression>,
    /// When the finding was first seen (from `--state`).
    pub first_seen: Option<SystemTime>,
    /// The runtime event that raised the finding (`verdict stream`); owned,
    /// as it moves into the event rather than being copied.
    pub evidence: Option<Value>,
    /// Identical findings not sent since the last event for this fingerprint
    /// (`verdict stream --dedupe-window`).
    pub repeats: u64,
    /// Extra fields of the policy's result object.
    pub properties: Option<&'a Map<String, Value>>,
    /// An open finding that became suppressed: an update, not a new finding.
    pub was_open: bool,
}

/// OCSF `severity_id`: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical.
pub fn severity_id(s: Severity) -> (u8, &'static str) {
    match s {
        Severity::Info => (1, "Informational"),
        Severity::Low => (2, "Low"),
        Severity::Medium => (3, "Medium"),
        Severity::High => (4, "High"),
        Severity::Critical => (5, "Critical"),
    }
}

/// The `data` of an opened, waived or resolved event.
pub fn finding_data(ty: EventType, r: &Record, mut d: Detail<'_>, now: SystemTime) -> Value {
    let kind = r.kind();
    let runtime = kind.is_runtime();
    let (class_uid, class_name) = if runtime {
        (DETECTION_FINDING, "Detection Finding")
    } else {
        (COMPLIANCE_FINDING, "Compliance Finding")
    };
    // activity: 1 Create, 2 Update, 3 Close; status: 1 New, 3 Suppressed, 4 Resolved.
    let (activity_id, activity_name, status_id, status) = match ty {
        EventType::Resolved => (3, "Close", 4, "Resolved"),
        EventType::Waived if d.was_open => (2, "Update", 3, "Suppressed"),
        EventType::Waived => (1, "Create", 3, "Suppressed"),
        EventType::Opened | EventType::Gate => (1, "Create", 1, "New"),
    };
    let (sev_id, sev_name) = severity_id(r.severity);
    let now_ms = epoch_millis(now);
    let rule = d.rule;
    let title = rule
        .and_then(|x| x.title.clone())
        .unwrap_or_else(|| r.message.clone());
    let desc = rule
        .and_then(|x| x.description.clone())
        .unwrap_or_else(|| r.message.clone());

    let mut info = Map::new();
    info.insert("uid".into(), r.fingerprint.clone().into());
    info.insert("title".into(), title.into());
    info.insert("desc".into(), desc.into());
    info.insert(
        "analytic".into(),
        json!({
            "uid": r.rule_id,
            "name": rule.and_then(|x| x.title.clone()).unwrap_or_else(|| r.rule_id.clone()),
            "type_id": 1,
            "type": "Rule",
        }),
    );
    info.insert("types".into(), json!([kind.name()]));
    if let Some(t) = d.first_seen {
        info.insert("first_seen_time".into(), epoch_millis(t).into());
    }
    info.insert("last_seen_time".into(), now_ms.into());
    if let Some(url) = rule.and_then(|x| x.related_resources.first()) {
        info.insert("src_url".into(), url.clone().into());
    }

    let mut data = Map::new();
    data.insert("class_uid".into(), class_uid.into());
    data.insert("class_name".into(), class_name.into());
    data.insert("category_uid".into(), CATEGORY_FINDINGS.into());
    data.insert("category_name".into(), "Findings".into());
    data.insert("activity_id".into(), activity_id.into());
    data.insert("activity_name".into(), activity_name.into());
    data.insert("type_uid".into(), (class_uid * 100 + activity_id).into());
    data.insert(
        "type_name".into(),
        format!("{class_name}: {activity_name}").into(),
    );
    data.insert("severity_id".into(), sev_id.into());
    data.insert("severity".into(), sev_name.into());
    data.insert("status_id".into(), status_id.into());
    data.insert("status".into(), status.into());
    data.insert("time".into(), now_ms.into());
    data.insert("message".into(), r.message.clone().into());
    if d.repeats > 0 {
        // OCSF `count`: occurrences this event stands for.
        data.insert("count".into(), (d.repeats + 1).into());
    }
    data.insert("metadata".into(), metadata());
    data.insert("finding_info".into(), Value::Object(info));
    if runtime {
        data.insert("is_alert".into(), (ty == EventType::Opened).into());
    } else {
        data.insert("compliance".into(), compliance(ty, r));
    }
    let remediation = r
        .remediation
        .clone()
        .or_else(|| rule.and_then(|x| x.remediation.clone()));
    if let Some(desc) = remediation {
        let mut rem = Map::new();
        rem.insert("desc".into(), desc.into());
        if let Some(x) = rule.filter(|x| !x.related_resources.is_empty()) {
            rem.insert("references".into(), json!(x.related_resources));
        }
        data.insert("remediation".into(), Value::Object(rem));
    }
    data.insert("resources".into(), json!([resource(r, kind)]));
    if let Some(ev) = d.evidence.take() {
        data.insert("evidences".into(), json!([{ "data": ev }]));
    }
    data.insert("unmapped".into(), unmapped(r, &d));
    Value::Object(data)
}

fn compliance(ty: EventType, r: &Record) -> Value {
    // The check itself: it passes once resolved; a warn rule fails softly.
    let (status_id, status) = match (ty, r.level) {
        (EventType::Resolved, _) => (1, "Pass"),
        (_, Level::Warning) => (2, "Warning"),
        (_, Level::Error) => (3, "Fail"),
    };
    let standards: Vec<&String> = r.frameworks.keys().collect();
    let requirements: Vec<String> = r
        .frameworks
        .iter()
        .flat_map(|(std, ctls)| ctls.iter().map(move |c| format!("{std} {c}")))
        .collect();
    let mut c = Map::new();
    c.insert("control".into(), r.rule_id.clone().into());
    c.insert("standards".into(), json!(standards));
    if !requirements.is_empty() {
        c.insert("requirements".into(), json!(requirements));
    }
    c.insert("status_id".into(), status_id.into());
    c.insert("status".into(), status.into());
    Value::Object(c)
}

/// The thing the finding is about: a Kubernetes `Kind/namespace/name` is
/// split into its parts; anything else is named as the policy named it; a
/// finding about no particular resource is about its file.
fn resource(r: &Record, kind: Kind) -> Value {
    let mut out = Map::new();
    match &r.resource {
        Some(res) => {
            out.insert("uid".into(), res.clone().into());
            let parts: Vec<&str> = res.split('/').collect();
            match (kind, parts.as_slice()) {
                (Kind::Kubernetes, [k, ns, name]) => {
                    out.insert("type".into(), (*k).into());
                    out.insert("namespace".into(), (*ns).into());
                    out.insert("name".into(), (*name).into());
                }
                (Kind::Kubernetes, [k, name]) => {
                    out.insert("type".into(), (*k).into());
                    out.insert("name".into(), (*name).into());
                }
                _ => {
                    out.insert("type".into(), kind.name().into());
                    out.insert("name".into(), res.clone().into());
                }
            }
        }
        None => {
            out.insert("uid".into(), r.file.clone().into());
            out.insert("type".into(), "file".into());
            out.insert("name".into(), r.file.clone().into());
        }
    }
    Value::Object(out)
}

fn unmapped(r: &Record, d: &Detail<'_>) -> Value {
    let mut u = Map::new();
    u.insert("file".into(), r.file.clone().into());
    u.insert("line".into(), r.line.into());
    u.insert("column".into(), r.column.into());
    if let Some(p) = &r.path {
        u.insert("path".into(), p.clone().into());
    }
    u.insert("kind".into(), r.kind.clone().into());
    u.insert("rule_id".into(), r.rule_id.clone().into());
    u.insert("level".into(), r.level.name().into());
    u.insert("severity".into(), r.severity.name().into());
    if let Some(resp) = d.rule.and_then(|x| x.response.as_ref()) {
        u.insert("response".into(), response(resp));
    }
    if let Some(s) = d.suppression {
        let mut m = Map::new();
        m.insert("kind".into(), s.kind.name().into());
        m.insert("justification".into(), s.justification.clone().into());
        for (k, v) in [
            ("owner", &s.owner),
            ("expires", &s.expires),
            ("source", &s.source),
        ] {
            if let Some(v) = v {
                m.insert(k.into(), v.clone().into());
            }
        }
        u.insert("suppression".into(), Value::Object(m));
    }
    if d.repeats > 0 {
        u.insert("suppressed_duplicates".into(), d.repeats.into());
    }
    if let Some(p) = d.properties.filter(|p| !p.is_empty()) {
        u.insert("properties".into(), Value::Object(p.clone()));
    }
    Value::Object(u)
}

/// The rule's `custom.response` with `requires_approval` always present, so
/// an automation can rely on the field: an action is held for a person unless
/// the rule says otherwise explicitly.
fn response(v: &Value) -> Value {
    match v {
        Value::Object(o) => {
            let mut o = o.clone();
            let approval = o
                .get("requires_approval")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            o.insert("requires_approval".into(), approval.into());
            Value::Object(o)
        }
        Value::String(action) => json!({"action": action, "requires_approval": true}),
        other => json!({"action": other.to_string(), "requires_approval": true}),
    }
}

fn metadata() -> Value {
    json!({
        "version": OCSF_VERSION,
        "product": {
            "name": "verdict",
            "vendor_name": "verdict",
            "version": env!("CARGO_PKG_VERSION"),
        },
    })
}

/// How many events of each type one run emitted (the gate event's tally).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub opened: usize,
    pub resolved: usize,
    pub waived: usize,
    /// Findings still open that needed no event (`--state`).
    pub unchanged: usize,
}

/// The `data` of the gate verdict event: verdict's own shape (OCSF has no
/// class for a gate decision), with OCSF's `metadata`, `time`, `severity_id`
/// and `status_id` so the same routing rules apply.
pub fn gate_data(
    v: &Verdict,
    files: usize,
    documents: usize,
    tally: Tally,
    now: SystemTime,
) -> Value {
    let (status_id, status) = match v.outcome {
        Outcome::Pass => (1, "Success"),
        Outcome::Fail | Outcome::Error => (2, "Failure"),
    };
    let severity_id = match v.outcome {
        Outcome::Pass => 1,
        Outcome::Fail => 4,
        Outcome::Error => 5,
    };
    json!({
        "outcome": match v.outcome {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Error => "error",
        },
        "exit_code": v.outcome.exit_code(),
        "fail_on": v.fail_on.name(),
        "status_id": status_id,
        "status": status,
        "severity_id": severity_id,
        "time": epoch_millis(now),
        "metadata": metadata(),
        "summary": {
            "files": files,
            "documents": documents,
            "findings": v.findings,
            "errors": v.errors,
            "warnings": v.warnings,
            "suppressed": v.suppressed,
            "failing": v.failing,
            "input_errors": v.input_errors,
        },
        "events": {
            "opened": tally.opened,
            "resolved": tally.resolved,
            "waived": tally.waived,
            "unchanged": tally.unchanged,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, resource: Option<&str>) -> Record {
        Record {
            fingerprint: "fp".into(),
            rule_id: "VD-K8S-001".into(),
            severity: Severity::High,
            level: Level::Error,
            message: "privileged".into(),
            file: "k8s/web.yaml".into(),
            line: 20,
            column: 13,
            kind: kind.into(),
            path: None,
            resource: resource.map(String::from),
            remediation: Some("drop it".into()),
            frameworks: BTreeMap::from([("NIST-800-53".into(), vec!["AC-6".into()])]),
        }
    }

    #[test]
    fn iac_findings_are_compliance_findings_and_runtime_ones_detections() {
        let r = record("kubernetes", Some("Deployment/shop/web"));
        let d = finding_data(
            EventType::Opened,
            &r,
            Detail::default(),
            SystemTime::UNIX_EPOCH,
        );
        assert_eq!(d["class_uid"], 2003);
        assert_eq!(d["type_uid"], 200301);
        assert_eq!(d["severity_id"], 4);
        assert_eq!(d["compliance"]["status_id"], 3);
        assert_eq!(d["compliance"]["requirements"][0], "NIST-800-53 AC-6");
        assert_eq!(d["resources"][0]["namespace"], "shop");
        assert_eq!(d["unmapped"]["line"], 20);

        let closed = finding_data(
            EventType::Resolved,
            &r,
            Detail::default(),
            SystemTime::UNIX_EPOCH,
        );
        assert_eq!(closed["type_uid"], 200303);
        assert_eq!(closed["status_id"], 4);
        assert_eq!(closed["compliance"]["status_id"], 1);

        let rt = finding_data(
            EventType::Opened,
            &record("falco", None),
            Detail::default(),
            SystemTime::UNIX_EPOCH,
        );
        assert_eq!(rt["class_uid"], 2004);
        assert_eq!(rt["type_uid"], 200401);
        assert!(rt.get("compliance").is_none());
        assert_eq!(rt["resources"][0]["type"], "file");
    }

    #[test]
    fn a_response_hint_always_says_whether_it_needs_approval() {
        assert_eq!(
            response(&json!({"action": "kill-process"})),
            json!({"action": "kill-process", "requires_approval": true})
        );
        assert_eq!(
            response(&json!({"action": "notify", "requires_approval": false}))["requires_approval"],
            false
        );
        assert_eq!(response(&json!("isolate-pod"))["action"], "isolate-pod");
    }
}
