//! The compliance view: per framework and control, what the scan's findings
//! say about it — fail, waived or pass — and which rules speak for it.
//!
//! A control's rules are the loaded rules whose METADATA maps them to it,
//! plus the rule of any finding that names the control itself (a result can
//! carry its own `frameworks`). Then, over the findings of those rules:
//! any finding that is not suppressed fails the control; findings that are
//! all suppressed leave it waived; no finding at all is a pass.

use std::collections::{BTreeMap, BTreeSet};

use crate::finding::Finding;
use crate::policy::Rule;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Fail,
    Waived,
    Pass,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Fail => "fail",
            Status::Waived => "waived",
            Status::Pass => "pass",
        }
    }
}

#[derive(Debug)]
pub struct Control {
    pub id: String,
    pub status: Status,
    /// Rule ids, sorted.
    pub rules: Vec<String>,
    /// Findings of those rules that are not suppressed.
    pub open: usize,
    pub suppressed: usize,
}

#[derive(Debug)]
pub struct Framework {
    pub name: String,
    /// In natural order: `2.1.2` before `2.1.10`, `AC-3` before `AC-12`.
    pub controls: Vec<Control>,
}

impl Framework {
    pub fn count(&self, status: Status) -> usize {
        self.controls.iter().filter(|c| c.status == status).count()
    }
}

/// Open and suppressed findings of one rule.
#[derive(Clone, Copy, Default)]
struct Tally {
    open: usize,
    suppressed: usize,
}

type Mapping<'a> = BTreeMap<&'a str, BTreeMap<&'a str, BTreeSet<&'a str>>>;

/// Record that `rule` speaks for each of `controls` of `framework`.
fn map_rule<'a>(
    map: &mut Mapping<'a>,
    frameworks: &'a BTreeMap<String, Vec<String>>,
    rule: &'a str,
) {
    for (framework, controls) in frameworks {
        let by_control = map.entry(framework.as_str()).or_default();
        for control in controls {
            by_control.entry(control.as_str()).or_default().insert(rule);
        }
    }
}

pub fn compute(rules: &BTreeMap<String, Rule>, findings: &[Finding]) -> Vec<Framework> {
    let mut map = Mapping::new();
    for rule in rules.values() {
        map_rule(&mut map, &rule.frameworks, &rule.id);
    }
    let mut tally: BTreeMap<&str, Tally> = BTreeMap::new();
    for f in findings {
        map_rule(&mut map, &f.frameworks, &f.rule_id);
        let t = tally.entry(f.rule_id.as_str()).or_default();
        if f.suppression.is_some() {
            t.suppressed += 1;
        } else {
            t.open += 1;
        }
    }

    map.into_iter()
        .filter(|(_, controls)| !controls.is_empty())
        .map(|(name, controls)| {
            let mut controls: Vec<Control> = controls
                .into_iter()
                .map(|(id, rule_ids)| {
                    let (open, suppressed) = rule_ids
                        .iter()
                        .filter_map(|r| tally.get(r))
                        .fold((0, 0), |(o, s), t| (o + t.open, s + t.suppressed));
                    let status = if open > 0 {
                        Status::Fail
                    } else if suppressed > 0 {
                        Status::Waived
                    } else {
                        Status::Pass
                    };
                    Control {
                        id: id.to_owned(),
                        status,
                        rules: rule_ids.into_iter().map(str::to_owned).collect(),
                        open,
                        suppressed,
                    }
                })
                .collect();
            controls.sort_by(|a, b| crate::natural::cmp(&a.id, &b.id));
            Framework {
                name: name.to_owned(),
                controls,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Level, Severity, Suppression, SuppressionKind};
    use crate::report::fixture::finding;
    use crate::report::html::tests::rule;

    fn waived(mut f: Finding) -> Finding {
        f.suppression = Some(Suppression {
            kind: SuppressionKind::Waiver,
            justification: "accepted".into(),
            owner: None,
            expires: None,
            source: None,
        });
        f
    }

    #[test]
    fn a_control_fails_on_an_open_finding_is_waived_when_all_are_suppressed_else_passes() {
        let rules: BTreeMap<String, Rule> = [
            rule("R-OPEN", &[("NIST", &["SC-28", "AC-3"])]),
            rule("R-WAIVED", &[("NIST", &["AC-12"])]),
            rule("R-CLEAN", &[("NIST", &["AC-3", "AU-2"])]),
        ]
        .into_iter()
        .map(|r| (r.id.clone(), r))
        .collect();
        let findings = vec![
            finding("R-OPEN", "a.tf", 1, Level::Error, Severity::High, "x"),
            waived(finding(
                "R-OPEN",
                "b.tf",
                1,
                Level::Error,
                Severity::High,
                "y",
            )),
            waived(finding(
                "R-WAIVED",
                "a.tf",
                2,
                Level::Error,
                Severity::High,
                "z",
            )),
        ];
        let frameworks = compute(&rules, &findings);
        assert_eq!(frameworks.len(), 1);
        let nist = &frameworks[0];
        let rows: Vec<_> = nist
            .controls
            .iter()
            .map(|c| {
                (
                    c.id.as_str(),
                    c.status,
                    c.rules.join(","),
                    c.open,
                    c.suppressed,
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                ("AC-3", Status::Fail, "R-CLEAN,R-OPEN".into(), 1, 1),
                ("AC-12", Status::Waived, "R-WAIVED".into(), 0, 1),
                ("AU-2", Status::Pass, "R-CLEAN".into(), 0, 0),
                ("SC-28", Status::Fail, "R-OPEN".into(), 1, 1),
            ]
        );
        assert_eq!(
            (
                nist.count(Status::Fail),
                nist.count(Status::Waived),
                nist.count(Status::Pass)
            ),
            (2, 1, 1)
        );
    }

    #[test]
    fn a_finding_can_name_a_control_its_rule_does_not() {
        let mut f = finding("R-X", "a.yaml", 1, Level::Error, Severity::Low, "m");
        f.frameworks.insert("PCI".into(), vec!["3.5.1".into()]);
        let frameworks = compute(&BTreeMap::new(), &[f]);
        assert_eq!(frameworks[0].name, "PCI");
        assert_eq!(frameworks[0].controls[0].status, Status::Fail);
    }

    #[test]
    fn controls_sort_as_people_number_them() {
        let mut ids = vec!["2.1.10", "2.1.2", "AC-12", "AC-3", "10.1", "AC-3(1)"];
        ids.sort_by(|a, b| crate::natural::cmp(a, b));
        assert_eq!(ids, ["2.1.2", "2.1.10", "10.1", "AC-3", "AC-3(1)", "AC-12"]);
    }
}
