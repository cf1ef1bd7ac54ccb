//! One root module's tree of module instances, evaluated lazily: a
//! variable, local or output is computed when first referenced and kept, a
//! module call is expanded into instances when first needed. A reference
//! that comes back to itself is unknown, never a hang.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path};
use std::rc::Rc;

use serde_json::{Map, Value};

use super::expr::{get_attr, Eval, Scope};
use super::value::{err, R, V};
use super::{types, Anchor, Call, Config, Inputs, Instance, META_KEY};
use crate::source_map::Segment;

/// Instances of one `count`/`for_each` block evaluated one by one; beyond
/// this the block is read once with the key unknown.
const MAX_EXPAND: usize = 256;
/// Module instances one root module may have.
const MAX_INSTANCES: usize = 1024;
/// Module calls nested deeper than this are not followed.
const MAX_CALL_DEPTH: usize = 16;
/// Variables, locals and outputs referring to each other, nested.
const MAX_REF_DEPTH: usize = 96;
/// Work for one root module's whole tree.
const FUEL: u64 = 50_000_000;
/// Largest file `file()`/`templatefile()` reads.
const MAX_FILE: u64 = 1024 * 1024;

/// Evaluate the root module `root` and every module instance it calls.
/// One root module's instances, and what was cut short on the way (a limit
/// reached, a cycle of calls): said, never silently dropped.
pub struct Evaluation {
    pub instances: Vec<Instance>,
    pub limits: Vec<String>,
}

impl Evaluation {
    /// `--terraform-raw`: the root module as written, one document.
    pub fn as_written(cfg: &Config, root: usize) -> Evaluation {
        Evaluation {
            instances: vec![Instance {
                folder: root,
                address: String::new(),
                chain: Vec::new(),
                value: cfg.folders[root].value.clone(),
                anchors: Vec::new(),
                created: true,
            }],
            limits: Vec::new(),
        }
    }
}

pub fn evaluate(cfg: &Config, root: usize, inputs: &Inputs) -> Evaluation {
    let world = World {
        cfg,
        inputs,
        fuel: Cell::new(FUEL),
        depth: Cell::new(0),
        insts: RefCell::new(Vec::new()),
        limits: RefCell::new(Vec::new()),
    };
    world.add_root(root);
    // Expanding an instance's calls adds instances; walk until none is new.
    let mut i = 0;
    while i < world.insts.borrow().len() {
        let inst = world.inst(i);
        for name in module_names(&cfg.folders[inst.folder].value) {
            world.children(i, &name);
        }
        i += 1;
    }
    let count = world.insts.borrow().len();
    let instances = (0..count).map(|id| world.document(id)).collect();
    if world.fuel.get() == 0 {
        world.limit("the evaluation budget ran out: what was left is unknown".into());
    }
    Evaluation {
        instances,
        limits: world.limits.into_inner(),
    }
}

struct World<'c> {
    cfg: &'c Config,
    inputs: &'c Inputs,
    fuel: Cell<u64>,
    depth: Cell<usize>,
    insts: RefCell<Vec<Rc<Inst>>>,
    limits: RefCell<Vec<String>>,
}

struct Inst {
    folder: usize,
    address: String,
    chain: Vec<Call>,
    /// `path.module`: the folder relative to the root module's folder.
    path_module: String,
    origin: Origin,
    /// False for an instance Terraform would not create (a call with
    /// `count = 0`, or inside one): it is judged as written, unevaluated.
    created: bool,
    memo: RefCell<HashMap<(Kind, String), Slot>>,
    children: RefCell<HashMap<String, Option<Rc<Expansion>>>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Var,
    Local,
    Output,
}

enum Slot {
    Busy,
    /// The result and its weight (see [`V::weight`]): every reference pays
    /// for the copy it gets, so a large value referenced in a loop runs out
    /// of fuel rather than memory.
    Done(R, u64),
}

enum Origin {
    /// A root module: the values given from outside, by variable name.
    Root(HashMap<String, V>),
    /// Called by `parent`'s `module.<name>[block]` block, in this iteration.
    Call {
        parent: usize,
        name: String,
        block: usize,
        iter: Iter,
    },
}

/// `count.index` / `each.key` + `each.value` where a block has them; an
/// unknown value where the block has them but they are not known.
#[derive(Clone, Default)]
struct Iter {
    count: Option<V>,
    each: Option<(V, V)>,
}

impl Iter {
    fn unknown(meta: Meta) -> Iter {
        match meta {
            Meta::None => Iter::default(),
            Meta::Count => Iter {
                count: Some(V::unknown()),
                each: None,
            },
            Meta::ForEach => Iter {
                count: None,
                each: Some((V::unknown(), V::unknown())),
            },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Meta {
    None,
    Count,
    ForEach,
}

/// A module call's instances: the keys Terraform would create (unknown when
/// `count`/`for_each` is), each with the instance that evaluates it (one
/// instance stands for all keys when the arguments do not depend on them).
struct Expansion {
    meta: Meta,
    keys: Option<Vec<(V, usize)>>,
    /// For `Meta::None`, or when the keys are unknown.
    single: Option<usize>,
}

/// Where expressions are evaluated: an instance, with the iteration of the
/// block they are in and the iterators of enclosing `dynamic` blocks.
#[derive(Clone)]
struct Ctx<'w, 'c> {
    w: &'w World<'c>,
    inst: usize,
    iter: Iter,
    dynamic: Vec<(String, V, V)>,
}

impl Scope for Ctx<'_, '_> {
    fn reference(&self, root: &str, attr: &str) -> R {
        if let Some((_, key, value)) = self.dynamic.iter().rev().find(|(n, _, _)| n == root) {
            return match attr {
                "key" => Ok(key.clone()),
                "value" => Ok(value.clone()),
                _ => err(format!("{root}.{attr}: an iterator has only key and value")),
            };
        }
        match root {
            "var" => self.w.var(self.inst, attr),
            "local" => self.w.local(self.inst, attr),
            "module" => Ok(self.w.module_value(self.inst, attr)),
            "count" if attr == "index" => Ok(self.iter.count.clone().unwrap_or(V::unknown())),
            "each" => match (&self.iter.each, attr) {
                (Some((k, _)), "key") => Ok(k.clone()),
                (Some((_, v)), "value") => Ok(v.clone()),
                _ => Ok(V::unknown()),
            },
            "path" => Ok(match attr {
                "module" => V::Str(self.w.inst(self.inst).path_module.clone()),
                "root" => V::Str(".".into()),
                // `path.cwd` is the machine's absolute path.
                _ => V::unknown(),
            }),
            // Resources, data sources, `self`, `terraform.workspace`: known
            // only to a plan.
            _ => Ok(V::unknown()),
        }
    }

    fn name(&self, name: &str) -> R {
        if let Some((_, key, value)) = self.dynamic.iter().rev().find(|(n, _, _)| n == name) {
            return Ok(V::Map(BTreeMap::from([
                ("key".to_owned(), key.clone()),
                ("value".to_owned(), value.clone()),
            ])));
        }
        Ok(V::unknown())
    }

    fn call(&self, name: &str, args: &[V]) -> Option<R> {
        match name {
            "file" | "fileexists" | "filebase64" | "templatefile" => {
                Some(self.w.file_function(self.inst, name, args))
            }
            _ => None,
        }
    }
}

impl<'c> World<'c> {
    fn inst(&self, id: usize) -> Rc<Inst> {
        Rc::clone(&self.insts.borrow()[id])
    }

    fn ctx(&self, inst: usize, iter: Iter) -> Ctx<'_, 'c> {
        Ctx {
            w: self,
            inst,
            iter,
            dynamic: Vec::new(),
        }
    }

    fn push(&self, inst: Inst) -> usize {
        let mut insts = self.insts.borrow_mut();
        insts.push(Rc::new(inst));
        insts.len() - 1
    }

    fn add_root(&self, folder: usize) -> usize {
        let doc = &self.cfg.folders[folder].value;
        let mut given: HashMap<String, V> = HashMap::new();
        let declared = |name: &str| variable(doc, name).is_some();
        let typed_text = |name: &str, text: &str| -> V {
            let ty = variable(doc, name)
                .and_then(|d| d.get("type"))
                .and_then(Value::as_str)
                .and_then(types::parse);
            if types::is_primitive(ty.as_ref()) {
                return V::Str(text.to_owned());
            }
            constant_text(text).unwrap_or_else(|| V::Str(text.to_owned()))
        };
        // Terraform's precedence, lowest first.
        for (name, text) in &self.inputs.env {
            if declared(name) {
                given.insert(name.clone(), typed_text(name, text));
            }
        }
        let files = self.cfg.folders[folder]
            .tfvars
            .iter()
            .chain(&self.inputs.var_files);
        for file in files {
            if let Value::Object(map) = file {
                for (name, v) in map {
                    if declared(name) {
                        given.insert(name.clone(), V::from_json(v));
                    }
                }
            }
        }
        for (name, text) in &self.inputs.vars {
            if declared(name) {
                given.insert(name.clone(), typed_text(name, text));
            }
        }
        self.push(Inst {
            folder,
            address: String::new(),
            chain: Vec::new(),
            path_module: ".".into(),
            origin: Origin::Root(given),
            created: true,
            memo: RefCell::default(),
            children: RefCell::default(),
        })
    }

    /// Evaluate a named thing once per instance; a reference back to itself
    /// while it is being evaluated is unknown.
    fn memo(&self, id: usize, kind: Kind, name: &str, f: impl FnOnce() -> R) -> R {
        let inst = self.inst(id);
        let key = (kind, name.to_owned());
        match inst.memo.borrow().get(&key) {
            Some(Slot::Done(r, weight)) => {
                self.burn(*weight)?;
                return r.clone();
            }
            Some(Slot::Busy) => return Ok(V::unknown()),
            None => {}
        }
        if self.depth.get() >= MAX_REF_DEPTH {
            return err("references nested too deeply");
        }
        inst.memo.borrow_mut().insert(key.clone(), Slot::Busy);
        self.depth.set(self.depth.get() + 1);
        let r = f();
        self.depth.set(self.depth.get() - 1);
        let weight = r.as_ref().map_or(1, V::weight);
        inst.memo
            .borrow_mut()
            .insert(key, Slot::Done(r.clone(), weight));
        r
    }

    fn limit(&self, what: String) {
        let mut limits = self.limits.borrow_mut();
        if !limits.contains(&what) {
            limits.push(what);
        }
    }

    fn burn(&self, n: u64) -> Result<(), super::value::EvalError> {
        super::value::burn(&self.fuel, n)
    }

    fn var(&self, id: usize, name: &str) -> R {
        self.memo(id, Kind::Var, name, || self.var_uncached(id, name))
    }

    fn var_uncached(&self, id: usize, name: &str) -> R {
        let inst = self.inst(id);
        let doc = &self.cfg.folders[inst.folder].value;
        let Some(decl) = variable(doc, name) else {
            return err(format!("no variable \"{name}\" is declared"));
        };
        let given = match &inst.origin {
            Origin::Root(given) => given.get(name).cloned().map(Ok),
            Origin::Call {
                parent,
                name: call,
                block,
                iter,
            } => {
                let parent_doc = &self.cfg.folders[self.inst(*parent).folder].value;
                module_block(parent_doc, call, *block)
                    .and_then(|b| b.get(name))
                    .map(|raw| self.eval_json(raw, &self.ctx(*parent, iter.clone())))
            }
        };
        let nullable = decl.get("nullable").and_then(Value::as_bool) != Some(false);
        let default = || match decl.get("default") {
            Some(d) => self.eval_json(d, &self.ctx(id, Iter::default())),
            // A required variable nobody set: `terraform plan` would ask.
            None => Ok(V::unknown()),
        };
        let v = match given {
            Some(Ok(V::Null)) if !nullable => default()?,
            Some(r) => r?,
            None => default()?,
        };
        let ty = decl
            .get("type")
            .and_then(Value::as_str)
            .and_then(types::parse);
        Ok(match ty {
            Some(t) => types::apply(v, &t, 0),
            None => v,
        })
    }

    fn local(&self, id: usize, name: &str) -> R {
        self.memo(id, Kind::Local, name, || {
            let doc = &self.cfg.folders[self.inst(id).folder].value;
            let raw = match doc.get("locals") {
                Some(Value::Array(blocks)) => blocks.iter().find_map(|b| b.get(name)),
                _ => None,
            };
            match raw {
                Some(raw) => self.eval_json(raw, &self.ctx(id, Iter::default())),
                None => err(format!("no local value \"{name}\"")),
            }
        })
    }

    fn output(&self, id: usize, name: &str) -> R {
        self.memo(id, Kind::Output, name, || {
            let doc = &self.cfg.folders[self.inst(id).folder].value;
            match first_block(doc, "output", name).and_then(|b| b.get("value")) {
                Some(raw) => self.eval_json(raw, &self.ctx(id, Iter::default())),
                None => err(format!("no output \"{name}\"")),
            }
        })
    }

    /// `module.<name>` in instance `id`: the called instance's outputs (a
    /// list or map of them with `count`/`for_each`).
    fn module_value(&self, id: usize, name: &str) -> V {
        let Some(exp) = self.children(id, name) else {
            return V::unknown();
        };
        let outputs = |child: usize| -> V {
            let doc = &self.cfg.folders[self.inst(child).folder].value;
            let names: Vec<String> = match doc.get("output") {
                Some(Value::Object(m)) => m.keys().cloned().collect(),
                _ => Vec::new(),
            };
            V::Map(
                names
                    .into_iter()
                    .map(|n| {
                        let v = self.output(child, &n).unwrap_or(V::unknown());
                        (n, v)
                    })
                    .collect(),
            )
        };
        match (exp.meta, &exp.keys, exp.single) {
            (Meta::None, _, Some(child)) => outputs(child),
            (Meta::Count, Some(keys), _) => {
                V::List(keys.iter().map(|(_, c)| outputs(*c)).collect())
            }
            (Meta::ForEach, Some(keys), _) => V::Map(
                keys.iter()
                    .filter_map(|(k, c)| Some((k.as_string().ok()??, outputs(*c))))
                    .collect(),
            ),
            _ => V::unknown(),
        }
    }

    /// The instances of module call `name` in instance `id`, created on first
    /// use. `None`: not a local module of this scan, or not followed (a
    /// cycle, too deep, too many).
    fn children(&self, id: usize, name: &str) -> Option<Rc<Expansion>> {
        let inst = self.inst(id);
        if let Some(known) = inst.children.borrow().get(name) {
            return known.clone();
        }
        // Mark as in progress: a `count` that reads this module's own
        // outputs must not recurse.
        inst.children.borrow_mut().insert(name.to_owned(), None);
        let exp = self.expand(id, &inst, name).map(Rc::new);
        inst.children
            .borrow_mut()
            .insert(name.to_owned(), exp.clone());
        exp
    }

    fn expand(&self, id: usize, inst: &Inst, name: &str) -> Option<Expansion> {
        let target = *self.cfg.links.get(&(inst.folder, name.to_owned()))?;
        let here = match inst.address.as_str() {
            "" => format!("module.{name}"),
            a => format!("{a}.module.{name}"),
        };
        let cycle = target == inst.folder || inst.chain.iter().any(|c| c.caller == target);
        if cycle {
            self.limit(format!(
                "{here} calls a module already on its call chain: not followed"
            ));
            return None;
        }
        if inst.chain.len() >= MAX_CALL_DEPTH {
            self.limit(format!(
                "{here}: module calls nested deeper than {MAX_CALL_DEPTH}: not followed"
            ));
            return None;
        }
        let doc = &self.cfg.folders[inst.folder].value;
        let body = module_block(doc, name, 0)?;
        let (meta, keys) = if inst.created {
            self.instance_keys(body, &self.ctx(id, Iter::default()))
        } else {
            (Meta::None, None)
        };
        // `count = 0`: Terraform makes no instance and references see an
        // empty list (or map); the module is still judged, as written, so
        // its literal settings are not lost.
        let created = inst.created && !keys.as_ref().is_some_and(Vec::is_empty);
        let per_key = keys
            .as_ref()
            .filter(|k| !k.is_empty() && k.len() <= MAX_EXPAND && depends_on_iteration(body));
        if keys.as_ref().is_some_and(|k| k.len() > MAX_EXPAND) {
            self.limit(format!(
                "{here}: more than {MAX_EXPAND} instances: judged once, with the key unknown"
            ));
        }
        let new = |key: Option<String>, iter: Iter| -> Option<usize> {
            if self.insts.borrow().len() >= MAX_INSTANCES {
                self.limit(format!(
                    "more than {MAX_INSTANCES} module instances: {here} and later calls not followed"
                ));
                return None;
            }
            let call = Call {
                caller: inst.folder,
                name: name.to_owned(),
                block: 0,
                key,
            };
            let address = match inst.address.as_str() {
                "" => call.address(),
                parent => format!("{parent}.{}", call.address()),
            };
            let mut chain = inst.chain.clone();
            chain.push(call);
            Some(self.push(Inst {
                folder: target,
                address,
                chain,
                path_module: relative_dir(
                    &self.cfg.folders[self.root_folder(inst)].dir,
                    &self.cfg.folders[target].dir,
                ),
                origin: Origin::Call {
                    parent: id,
                    name: name.to_owned(),
                    block: 0,
                    iter,
                },
                created,
                memo: RefCell::default(),
                children: RefCell::default(),
            }))
        };
        match per_key {
            Some(keys) => {
                let mut out = Vec::with_capacity(keys.len());
                for (k, iter) in keys {
                    out.push((k.clone(), new(Some(key_suffix(k)), iter.clone())?));
                }
                Some(Expansion {
                    meta,
                    keys: Some(out),
                    single: None,
                })
            }
            None => {
                let child = new(None, Iter::unknown(meta))?;
                Some(Expansion {
                    meta,
                    keys: keys.map(|ks| ks.into_iter().map(|(k, _)| (k, child)).collect()),
                    single: created.then_some(child),
                })
            }
        }
    }

    fn root_folder(&self, inst: &Inst) -> usize {
        inst.chain.first().map_or(inst.folder, |c| c.caller)
    }

    /// A block's `count`/`for_each` and, when known, each instance's key and
    /// iteration.
    fn instance_keys(&self, body: &Value, ctx: &Ctx<'_, 'c>) -> (Meta, Option<Vec<(V, Iter)>>) {
        if let Some(raw) = body.get("count") {
            let n = self
                .eval_json(raw, ctx)
                .ok()
                .and_then(|v| v.as_number().ok().flatten());
            // Past the expansion bound the keys are not listed (their number
            // would be wrong): unknown, read once.
            let keys = n
                .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= MAX_EXPAND as f64)
                .map(|n| {
                    (0..(n as usize))
                        .map(|i| {
                            let k = V::Num(i as f64);
                            let iter = Iter {
                                count: Some(k.clone()),
                                each: None,
                            };
                            (k, iter)
                        })
                        .collect()
                });
            return (Meta::Count, keys);
        }
        if let Some(raw) = body.get("for_each") {
            let each = |k: V, v: V| Iter {
                count: None,
                each: Some((k, v)),
            };
            let keys = match self.eval_json(raw, ctx) {
                Ok(V::Map(m)) if m.values().all(|v| !v.is_unknown()) || m.is_empty() => Some(
                    m.into_iter()
                        .map(|(k, v)| (V::Str(k.clone()), each(V::Str(k), v)))
                        .collect(),
                ),
                Ok(V::List(items)) if items.iter().all(V::is_known) => {
                    let set = super::expr::as_set(V::List(items));
                    match set {
                        V::List(items) => items
                            .into_iter()
                            .map(|i| {
                                let k = i.as_string().ok().flatten().map(V::Str);
                                k.map(|k| (k.clone(), each(k.clone(), k)))
                            })
                            .collect::<Option<Vec<_>>>(),
                        _ => None,
                    }
                }
                _ => None,
            };
            return (Meta::ForEach, keys);
        }
        (Meta::None, None)
    }

    fn eval_json(&self, raw: &Value, ctx: &Ctx<'_, 'c>) -> R {
        Ok(match raw {
            Value::String(s) => return self.eval_string(s, ctx).unwrap_or(Ok(V::Str(s.clone()))),
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.eval_json(i, ctx)?);
                }
                V::List(out)
            }
            Value::Object(map) => {
                let mut out = BTreeMap::new();
                for (k, v) in map {
                    out.insert(k.clone(), self.eval_json(v, ctx)?);
                }
                V::Map(out)
            }
            other => V::from_json(other),
        })
    }

    /// A string of the hcl2json shape as the template it was written as.
    /// `None`: a plain string (or text that is no template, such as an IAM
    /// `${aws:username}` written escaped).
    fn eval_string(&self, s: &str, scope: &dyn Scope) -> Option<R> {
        if !(s.contains("${") || s.contains("%{")) {
            return None;
        }
        let (template, renamed) =
            crate::parse::hcl::parse_lenient(s, hcl_edit::parser::parse_template).ok()?;
        let mut eval = Eval::new(scope, s, &self.fuel).with_renamed(&renamed);
        Some(eval.template(&template))
    }

    /// What policies see of a string: its value when any of it is known.
    fn resolve_string(&self, s: &str, ctx: &Ctx<'_, 'c>) -> Value {
        match self.eval_string(s, ctx) {
            Some(Ok(v)) if !v.is_unknown() => v.to_json(),
            _ => Value::String(s.to_owned()),
        }
    }

    fn file_function(&self, id: usize, name: &str, args: &[V]) -> R {
        let Some(path) = args.first().map(V::as_string).transpose()?.flatten() else {
            return Ok(V::unknown());
        };
        let inst = self.inst(id);
        let root_dir = &self.cfg.folders[self.root_folder(&inst)].dir;
        let text = self.read_file(root_dir, &path);
        match name {
            "fileexists" => Ok(text.map_or(V::unknown(), |_| V::Bool(true))),
            "file" => Ok(text.map_or(V::unknown(), V::Str)),
            "filebase64" => {
                use base64::Engine;
                Ok(text.map_or(V::unknown(), |t| {
                    V::Str(base64::engine::general_purpose::STANDARD.encode(t))
                }))
            }
            _ => {
                let Some(text) = text else {
                    return Ok(V::unknown());
                };
                let vars = match args.get(1) {
                    Some(V::Map(m)) => m.clone(),
                    Some(V::Null) | None => BTreeMap::new(),
                    Some(_) => return Ok(V::unknown()),
                };
                struct TemplateVars(BTreeMap<String, V>);
                impl Scope for TemplateVars {
                    fn reference(&self, root: &str, attr: &str) -> R {
                        match self.0.get(root) {
                            Some(v) => get_attr(v, attr),
                            None => Ok(V::unknown()),
                        }
                    }
                    fn name(&self, name: &str) -> R {
                        Ok(self.0.get(name).cloned().unwrap_or(V::unknown()))
                    }
                }
                let scope = TemplateVars(vars);
                let Ok((template, renamed)) =
                    crate::parse::hcl::parse_lenient(&text, hcl_edit::parser::parse_template)
                else {
                    return Ok(V::unknown());
                };
                Eval::new(&scope, &text, &self.fuel)
                    .with_renamed(&renamed)
                    .template(&template)
            }
        }
    }

    /// A file a configuration reads, relative to the root module's folder,
    /// only inside `files_root` and only when small and UTF-8.
    fn read_file(&self, root_dir: &Path, path: &str) -> Option<String> {
        let allowed = self.inputs.files_root.as_ref()?.canonicalize().ok()?;
        let full = root_dir.join(path).canonicalize().ok()?;
        // Not a repository's own metadata: `.git/config` may hold a token.
        let in_git = full
            .strip_prefix(&allowed)
            .ok()?
            .components()
            .any(|c| c.as_os_str() == ".git");
        if in_git || std::fs::metadata(&full).ok()?.len() > MAX_FILE {
            return None;
        }
        std::fs::read_to_string(full).ok()
    }

    /// The evaluated document of one instance, with where its parts come from.
    fn document(&self, id: usize) -> Instance {
        let inst = self.inst(id);
        let doc = &self.cfg.folders[inst.folder].value;
        if !inst.created {
            return self.as_written(&inst);
        }
        let ctx = self.ctx(id, Iter::default());
        let mut anchors = Vec::new();
        let mut addresses = Map::new();
        let mut expanded = false;
        let mut out = Map::new();
        if let Value::Object(top) = doc {
            for (key, v) in top {
                let value = match key.as_str() {
                    // Types, defaults and validations are not expressions of
                    // this instance.
                    "variable" => v.clone(),
                    "resource" | "data" => {
                        let (value, table, any) = self.blocks(&inst, id, key, v, &mut anchors);
                        addresses.insert(key.clone(), table);
                        expanded |= any;
                        value
                    }
                    _ => {
                        let mut path = vec![Segment::Key(key.clone())];
                        self.walk(v, &ctx, &mut path.clone(), &mut path, &mut anchors)
                    }
                };
                out.insert(key.clone(), value);
            }
        }
        if !inst.address.is_empty() || expanded {
            out.insert(
                META_KEY.to_owned(),
                serde_json::json!({"module": inst.address, "addresses": addresses}),
            );
        }
        Instance {
            folder: inst.folder,
            address: inst.address.clone(),
            chain: inst.chain.clone(),
            value: Value::Object(out),
            anchors,
            created: true,
        }
    }

    /// An instance Terraform would not create, as written: what raw mode
    /// shows, under the instance's address.
    fn as_written(&self, inst: &Inst) -> Instance {
        let mut value = self.cfg.folders[inst.folder].value.clone();
        let mut addresses = Map::new();
        for kind in ["resource", "data"] {
            let Some(Value::Object(types)) = value.get(kind) else {
                continue;
            };
            let prefix = match kind {
                "data" => format!("{}.data.", inst.address),
                _ => format!("{}.", inst.address),
            };
            let table: Map<String, Value> = types
                .iter()
                .filter_map(|(ty, names)| {
                    let names = names.as_object()?;
                    let by_name = names
                        .iter()
                        .map(|(name, bodies)| {
                            let n = bodies.as_array().map_or(0, Vec::len);
                            let address = Value::String(format!("{prefix}{ty}.{name}"));
                            (name.clone(), Value::Array(vec![address; n]))
                        })
                        .collect();
                    Some((ty.clone(), Value::Object(by_name)))
                })
                .collect();
            addresses.insert(kind.to_owned(), Value::Object(table));
        }
        if let Value::Object(top) = &mut value {
            top.insert(
                META_KEY.to_owned(),
                serde_json::json!({"module": inst.address, "addresses": addresses}),
            );
        }
        Instance {
            folder: inst.folder,
            address: inst.address.clone(),
            chain: inst.chain.clone(),
            value,
            anchors: Vec::new(),
            created: false,
        }
    }

    /// `resource` or `data`: every body evaluated, once per instance where
    /// its arguments depend on `count.index`/`each`. Returns the evaluated
    /// blocks, each body's address, and whether any block was expanded.
    fn blocks(
        &self,
        inst: &Inst,
        id: usize,
        kind: &str,
        v: &Value,
        anchors: &mut Vec<Anchor>,
    ) -> (Value, Value, bool) {
        let Value::Object(types) = v else {
            return (v.clone(), Value::Null, false);
        };
        let prefix = match (inst.address.as_str(), kind) {
            ("", "data") => "data.".to_owned(),
            ("", _) => String::new(),
            (m, "data") => format!("{m}.data."),
            (m, _) => format!("{m}."),
        };
        let mut expanded = false;
        let mut out_types = Map::new();
        let mut table = Map::new();
        for (ty, names) in types {
            let Value::Object(names) = names else {
                out_types.insert(ty.clone(), names.clone());
                continue;
            };
            let mut out_names = Map::new();
            let mut type_table = Map::new();
            for (name, bodies) in names {
                let Value::Array(bodies) = bodies else {
                    out_names.insert(name.clone(), bodies.clone());
                    continue;
                };
                let mut out_bodies = Vec::new();
                let mut addrs = Vec::new();
                let base = format!("{prefix}{ty}.{name}");
                for (i, body) in bodies.iter().enumerate() {
                    let raw = vec![
                        Segment::Key(kind.to_owned()),
                        Segment::Key(ty.clone()),
                        Segment::Key(name.clone()),
                        Segment::Index(i),
                    ];
                    let (meta, keys) = self.instance_keys(body, &self.ctx(id, Iter::default()));
                    // `count = 0`, an empty `for_each`: Terraform creates
                    // nothing; the block is judged as written, so literal
                    // settings stay covered and nothing is resolved into it.
                    if keys.as_ref().is_some_and(Vec::is_empty) {
                        let mut evaluated = raw.clone();
                        if let Some(Segment::Index(at)) = evaluated.last_mut() {
                            *at = out_bodies.len();
                        }
                        if evaluated != raw {
                            anchors.push(Anchor { evaluated, raw });
                        }
                        out_bodies.push(body.clone());
                        addrs.push(Value::String(base.clone()));
                        continue;
                    }
                    let per_key = keys.filter(|k| {
                        !k.is_empty() && k.len() <= MAX_EXPAND && depends_on_iteration(body)
                    });
                    let instances: Vec<(Option<String>, Iter)> = match per_key {
                        Some(keys) => {
                            expanded = true;
                            keys.into_iter()
                                .map(|(k, iter)| (Some(key_suffix(&k)), iter))
                                .collect()
                        }
                        None => vec![(None, Iter::unknown(meta))],
                    };
                    for (key, iter) in instances {
                        let mut evaluated = raw.clone();
                        if let Some(Segment::Index(at)) = evaluated.last_mut() {
                            *at = out_bodies.len();
                        }
                        if evaluated != raw {
                            anchors.push(Anchor {
                                evaluated: evaluated.clone(),
                                raw: raw.clone(),
                            });
                        }
                        let ctx = self.ctx(id, iter);
                        let mut raw_path = raw.clone();
                        out_bodies.push(self.walk(
                            body,
                            &ctx,
                            &mut evaluated,
                            &mut raw_path,
                            anchors,
                        ));
                        addrs.push(Value::String(format!(
                            "{base}{}",
                            key.as_deref().unwrap_or("")
                        )));
                    }
                }
                if !out_bodies.is_empty() {
                    out_names.insert(name.clone(), Value::Array(out_bodies));
                    type_table.insert(name.clone(), Value::Array(addrs));
                }
            }
            if !out_names.is_empty() {
                out_types.insert(ty.clone(), Value::Object(out_names));
                table.insert(ty.clone(), Value::Object(type_table));
            }
        }
        (Value::Object(out_types), Value::Object(table), expanded)
    }

    /// A part of a document with every expression string evaluated in
    /// `ctx`; `dynamic` blocks with a known `for_each` become the blocks they
    /// generate. `evaluated`/`raw` are the paths of `v` in the evaluated and
    /// in the folder's document.
    fn walk(
        &self,
        v: &Value,
        ctx: &Ctx<'_, 'c>,
        evaluated: &mut Vec<Segment>,
        raw: &mut Vec<Segment>,
        anchors: &mut Vec<Anchor>,
    ) -> Value {
        match v {
            Value::String(s) => self.resolve_string(s, ctx),
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        evaluated.push(Segment::Index(i));
                        raw.push(Segment::Index(i));
                        let out = self.walk(item, ctx, evaluated, raw, anchors);
                        evaluated.pop();
                        raw.pop();
                        out
                    })
                    .collect(),
            ),
            Value::Object(map) => {
                let mut out = Map::new();
                for (k, child) in map {
                    if k == "dynamic" && child.is_object() {
                        continue;
                    }
                    evaluated.push(Segment::Key(k.clone()));
                    raw.push(Segment::Key(k.clone()));
                    out.insert(k.clone(), self.walk(child, ctx, evaluated, raw, anchors));
                    evaluated.pop();
                    raw.pop();
                }
                if let Some(Value::Object(dynamics)) = map.get("dynamic") {
                    self.dynamic(dynamics, &mut out, ctx, evaluated, raw, anchors);
                }
                Value::Object(out)
            }
            other => other.clone(),
        }
    }

    fn dynamic(
        &self,
        dynamics: &Map<String, Value>,
        out: &mut Map<String, Value>,
        ctx: &Ctx<'_, 'c>,
        evaluated: &[Segment],
        raw: &[Segment],
        anchors: &mut Vec<Anchor>,
    ) {
        let mut kept = Map::new();
        for (block_type, blocks) in dynamics {
            let Value::Array(blocks) = blocks else {
                kept.insert(block_type.clone(), blocks.clone());
                continue;
            };
            let mut kept_blocks = Vec::new();
            for (j, d) in blocks.iter().enumerate() {
                let content = match d.get("content") {
                    Some(Value::Array(c)) => c.first().filter(|c| c.is_object()),
                    _ => None,
                };
                let items = content.and_then(|_| self.dynamic_items(d, ctx));
                let target_ok = !matches!(out.get(block_type), Some(v) if !v.is_array());
                match (items, content) {
                    (Some(items), Some(content)) if target_ok => {
                        let iterator = d
                            .get("iterator")
                            .and_then(Value::as_str)
                            .and_then(|s| s.strip_prefix("${")?.strip_suffix('}'))
                            .map_or(block_type.clone(), |s| s.trim().to_owned());
                        for (key, value) in items {
                            let mut inner = ctx.clone();
                            inner.dynamic.push((iterator.clone(), key, value));
                            let len = match out
                                .entry(block_type.clone())
                                .or_insert_with(|| Value::Array(Vec::new()))
                            {
                                Value::Array(a) => a.len(),
                                _ => continue,
                            };
                            let mut ev = evaluated.to_vec();
                            ev.extend([Segment::Key(block_type.clone()), Segment::Index(len)]);
                            let mut rw = raw.to_vec();
                            rw.extend([
                                Segment::Key("dynamic".into()),
                                Segment::Key(block_type.clone()),
                                Segment::Index(j),
                                Segment::Key("content".into()),
                                Segment::Index(0),
                            ]);
                            anchors.push(Anchor {
                                evaluated: ev.clone(),
                                raw: rw.clone(),
                            });
                            let body = self.walk(content, &inner, &mut ev, &mut rw, anchors);
                            if let Some(Value::Array(a)) = out.get_mut(block_type) {
                                a.push(body);
                            }
                        }
                    }
                    _ => {
                        let at = kept_blocks.len();
                        let mut ev = evaluated.to_vec();
                        ev.extend([
                            Segment::Key("dynamic".into()),
                            Segment::Key(block_type.clone()),
                            Segment::Index(at),
                        ]);
                        let mut rw = raw.to_vec();
                        rw.extend([
                            Segment::Key("dynamic".into()),
                            Segment::Key(block_type.clone()),
                            Segment::Index(j),
                        ]);
                        if at != j {
                            anchors.push(Anchor {
                                evaluated: ev.clone(),
                                raw: rw.clone(),
                            });
                        }
                        kept_blocks.push(self.walk(d, ctx, &mut ev, &mut rw, anchors));
                    }
                }
            }
            if !kept_blocks.is_empty() {
                kept.insert(block_type.clone(), Value::Array(kept_blocks));
            }
        }
        if !kept.is_empty() {
            out.insert("dynamic".into(), Value::Object(kept));
        }
    }

    /// A `dynamic` block's iterations, when its `for_each` is known.
    fn dynamic_items(&self, d: &Value, ctx: &Ctx<'_, 'c>) -> Option<Vec<(V, V)>> {
        let for_each = self.eval_json(d.get("for_each")?, ctx).ok()?;
        let items = super::value::pairs(for_each).ok()??;
        (items.len() <= MAX_EXPAND).then_some(items)
    }
}

/// Whether a block's expressions use `count.index` or `each`, so that its
/// instances differ.
fn depends_on_iteration(v: &Value) -> bool {
    match v {
        Value::String(s) => s.contains("count.index") || s.contains("each."),
        Value::Array(items) => items.iter().any(depends_on_iteration),
        Value::Object(map) => map.values().any(depends_on_iteration),
        _ => false,
    }
}

/// `[0]` for a `count` instance, `["key"]` for a `for_each` one.
fn key_suffix(k: &V) -> String {
    match k {
        V::Num(n) => format!("[{}]", super::value::format_number(*n)),
        V::Str(s) => format!("[{}]", Value::String(s.clone())),
        other => format!("[{}]", other.to_json()),
    }
}

fn variable<'v>(doc: &'v Value, name: &str) -> Option<&'v Value> {
    first_block(doc, "variable", name)
}

fn first_block<'v>(doc: &'v Value, kind: &str, name: &str) -> Option<&'v Value> {
    doc.get(kind)?.get(name)?.as_array()?.first()
}

fn module_block<'v>(doc: &'v Value, name: &str, block: usize) -> Option<&'v Value> {
    doc.get("module")?.get(name)?.as_array()?.get(block)
}

fn module_names(doc: &Value) -> Vec<String> {
    match doc.get("module") {
        Some(Value::Object(m)) => m.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// A constant HCL expression given as text (`--tf-var 'tags={a="b"}'`).
fn constant_text(text: &str) -> Option<V> {
    struct Constants;
    impl Scope for Constants {
        fn reference(&self, _: &str, _: &str) -> R {
            Ok(V::unknown())
        }
    }
    let expr = hcl_edit::parser::parse_expr(text).ok()?;
    let fuel = Cell::new(100_000);
    Eval::new(&Constants, text, &fuel).expr(&expr).ok()
}

/// `to` relative to `from`, both folders, with `/` separators (what
/// Terraform's `path.module` is for a local module).
fn relative_dir(from: &Path, to: &Path) -> String {
    let norm = |p: &Path| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in p.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir => {
                    if out.last().is_some_and(|l| l != "..") {
                        out.pop();
                    } else {
                        out.push("..".into());
                    }
                }
                other => out.push(other.as_os_str().to_string_lossy().into_owned()),
            }
        }
        out
    };
    let (a, b) = (norm(from), norm(to));
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_owned(), a.len() - common).collect();
    parts.extend(b[common..].iter().cloned());
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

/// Lexical normalisation for the unit tests' folder links.
#[cfg(test)]
pub(super) fn tests_normalize(p: &Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
