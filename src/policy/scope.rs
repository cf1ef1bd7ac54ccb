//! Engines scoped to one input kind. regorus's cost per evaluation, and the
//! cost of preparing an engine, grow with the number of modules loaded; a
//! scan that meets only Kubernetes manifests should pay for the Kubernetes
//! packages and the helpers they reach, not for the whole library. Each
//! kind's engine is built on first use and shared by every worker.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use regorus::Engine;
use serde_json::Value;

use super::{
    aggregate_module, build, reachable, Aggregate, LoadOptions, ModuleInfo, Package, PolicyFile,
    PolicySet, Rule, AGGREGATE_PACKAGE,
};
use crate::finding::Severity;
use crate::kind::Kind;

/// A prepared engine and the registry of the packages it holds.
pub struct Prepared {
    pub engine: Engine,
    pub packages: Vec<Package>,
    pub rules: BTreeMap<String, Rule>,
    pub aggregates: HashMap<Kind, Aggregate>,
}

/// What a policy set was loaded from, to load part of it again.
pub(super) struct Basis {
    pub files: Vec<PolicyFile>,
    pub infos: Vec<ModuleInfo>,
    pub data: Vec<(String, Value)>,
    pub opts: LoadOptions,
}

/// The engines of one policy set as evaluation uses them: one slot per
/// kind, and one for the whole set (`--combine`, and any kind whose scoped
/// engine cannot be built). Cheap to clone: every worker holds one.
#[derive(Clone)]
pub struct Scopes(Arc<Inner>);

struct Inner {
    slots: Vec<OnceLock<Arc<Prepared>>>,
    /// The whole set, unprepared.
    engine: Engine,
    packages: Vec<Package>,
    rules: BTreeMap<String, Rule>,
    aggregates: HashMap<Kind, Aggregate>,
    basis: Arc<Basis>,
    disabled: Vec<String>,
    severities: BTreeMap<String, Severity>,
}

impl PolicySet {
    /// The engines that evaluate this set, shared by every holder.
    pub fn scopes(&self) -> Scopes {
        self.scopes
            .get_or_init(|| {
                Scopes(Arc::new(Inner {
                    slots: (0..=Kind::ALL.len()).map(|_| OnceLock::new()).collect(),
                    engine: self.engine.clone(),
                    packages: self.packages.clone(),
                    rules: self.rules.clone(),
                    aggregates: self.aggregates.clone(),
                    basis: Arc::clone(&self.basis),
                    disabled: self.disabled.clone(),
                    severities: self.severities.clone(),
                }))
            })
            .clone()
    }

    /// The engine that evaluates documents of `kind` (`None`: every package).
    pub fn prepared(&self, kind: Option<Kind>) -> Arc<Prepared> {
        self.scopes().prepared(kind)
    }
}

impl Scopes {
    /// The engine that evaluates documents of `kind` (`None`: every
    /// package), built on first use.
    pub fn prepared(&self, kind: Option<Kind>) -> Arc<Prepared> {
        let inner = &self.0;
        let slot = |k: Option<Kind>| {
            let i = k.and_then(|k| Kind::ALL.iter().position(|&x| x == k));
            &inner.slots[i.unwrap_or(Kind::ALL.len())]
        };
        let whole = || Arc::clone(slot(None).get_or_init(|| Arc::new(inner.whole())));
        match kind {
            None => whole(),
            Some(k) => Arc::clone(
                slot(Some(k)).get_or_init(|| inner.scoped(k).map_or_else(whole, Arc::new)),
            ),
        }
    }
}

impl Inner {
    fn whole(&self) -> Prepared {
        let mut engine = self.engine.clone();
        // Errors here were reported at load (user policies) or cannot occur
        // (the tested library); evaluation reports them per document if not.
        let _ = engine.eval_query("true".to_string(), false);
        Prepared {
            engine,
            packages: self.packages.clone(),
            rules: self.rules.clone(),
            aggregates: self.aggregates.clone(),
        }
    }

    /// The files `kind`'s packages need, loaded on their own; `None` when
    /// that is everything or cannot be built (the whole set serves instead).
    fn scoped(&self, kind: Kind) -> Option<Prepared> {
        let b = &self.basis;
        let keep = reachable(&b.files, &b.infos, &self.packages, kind);
        if keep.len() == b.files.len() {
            return None;
        }
        let (mut engine, (mut packages, mut rules)) = build(&keep, &b.data, &b.opts).ok()?;
        for pkg in &mut packages {
            pkg.rules.retain(|r| !self.disabled.contains(&r.id));
        }
        packages.retain(|p| !p.rules.is_empty());
        rules.retain(|id, _| !self.disabled.contains(id));
        for (id, sev) in &self.severities {
            if let Some(r) = rules.get_mut(id) {
                r.severity = *sev;
            }
        }
        let (text, aggregates) = aggregate_module(AGGREGATE_PACKAGE, &packages);
        engine
            .add_policy(format!("<{AGGREGATE_PACKAGE}>"), text)
            .ok()?;
        engine.eval_query("true".to_string(), false).ok()?;
        Some(Prepared {
            engine,
            packages,
            rules,
            aggregates,
        })
    }
}
