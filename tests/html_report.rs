//! The HTML report as its readers get it: written by a real scan, opened in
//! a real headless Chromium (driven over W3C WebDriver by chromedriver),
//! checked against the JSON report of the same scan — with JavaScript on
//! (filters narrow the rows) and off (everything is still there).
//!
//! Without `/usr/bin/chromedriver` the browser checks are skipped with a
//! notice, unless `VERDICT_REQUIRE_CHROMIUM=1` says CI has it.

mod common;

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::{json, Value};

/// The Debian packages' paths, else the first of these names on `PATH`.
const CHROMIUM: [&str; 3] = ["/usr/bin/chromium", "chromium", "chromium-browser"];
const CHROMEDRIVER: [&str; 2] = ["/usr/bin/chromedriver", "chromedriver"];

fn installed(candidates: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    candidates.iter().find_map(|c| {
        let c = Path::new(c);
        if c.is_absolute() {
            return c.is_file().then(|| c.to_path_buf());
        }
        std::env::split_paths(&path)
            .map(|dir| dir.join(c))
            .find(|p| p.is_file())
    })
}

/// A tree with findings of several severities in three kinds of input, a
/// waiver and an inline ignore: every section of the report has rows.
fn project() -> tempfile::TempDir {
    let copy = |from: &str| {
        std::fs::read_to_string(root().join(from)).unwrap_or_else(|e| panic!("{from}: {e}"))
    };
    let dockerfile = copy("testdata/dockerfile/Dockerfile.insecure").replace(
        "RUN sudo ",
        "# verdict:ignore[VD-DOCKER-009] the legacy installer needs sudo until 2.0\nRUN sudo ",
    );
    let waivers = "waivers:\n  - rule: VD-K8S-019\n    path: k8s/*.yaml\n    \
                   reason: limits come from the namespace LimitRange\n    \
                   owner: platform-team\n    expires: 2999-01-01\n";
    tree(&[
        ("k8s/stack.yaml", &copy("testdata/lines/k8s/stack.yaml")),
        ("docker/Dockerfile", &dockerfile),
        ("terraform/main.tf", &copy("testdata/iac/terraform/main.tf")),
        (".verdict-waivers.yaml", waivers),
    ])
}

/// One scan written as HTML and as JSON, read back.
struct Scanned {
    code: i32,
    html: String,
    html_path: PathBuf,
    json: Value,
}

fn scan(dir: &Path, out: &Path) -> Scanned {
    std::fs::create_dir_all(out).unwrap_or_else(|e| panic!("mkdir: {e}"));
    let html_path = out.join("report.html");
    let json_path = out.join("report.json");
    let html_arg = format!("html={}", html_path.display());
    let json_arg = format!("json={}", json_path.display());
    let run = verdict_in(dir, &["scan", ".", "-f", &html_arg, "-f", &json_arg], None);
    let html =
        std::fs::read_to_string(&html_path).unwrap_or_else(|e| panic!("report.html: {e}\n{run:?}"));
    Scanned {
        code: run.code,
        html,
        html_path,
        json: read_json(&json_path),
    }
}

/// Findings the JSON report lists as not suppressed.
fn open_findings(json: &Value) -> Vec<&Value> {
    json["findings"]
        .as_array()
        .map(|a| a.iter().filter(|f| f["suppressed"].is_null()).collect())
        .unwrap_or_default()
}

fn count_by<'a>(findings: &[&'a Value], key: &str) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for f in findings {
        *counts
            .entry(f[key].as_str().unwrap_or_default())
            .or_default() += 1;
    }
    counts
}

/// Where this test leaves its screenshots and reports for a person to see.
fn output_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("html_report")
}

/// The page loads nothing: no stylesheet links, no `src` at all, no CSS
/// imports or `url(...)`. `<a href>` documentation links are allowed:
/// they are followed only when clicked.
fn assert_self_contained(html: &str) {
    for load in [
        "<link", "src=", "@import", "url(", "<iframe", "<object", "<embed",
    ] {
        assert!(!html.contains(load), "the report contains `{load}`");
    }
    // An attribute holding a web address is a link's target, nothing else.
    for (i, _) in html.match_indices("=\"http") {
        assert!(
            html[..i].ends_with("<a href"),
            "a web address outside a link: …{}…",
            &html[i.saturating_sub(60)..(i + 60).min(html.len())]
        );
    }
}

#[test]
fn the_report_reads_the_same_as_the_json_in_a_real_browser_with_and_without_javascript() {
    let dir = project();
    let out = output_dir();
    let s = scan(dir.path(), &out);
    assert_eq!(s.code, 1, "the project fails the default gate");
    assert_self_contained(&s.html);
    let open = open_findings(&s.json);
    let summary = &s.json["summary"];
    let by_severity = count_by(&open, "severity");
    assert!(
        by_severity.len() >= 3,
        "several severities: {by_severity:?}"
    );
    assert!(summary["suppressed"].as_u64() >= Some(3), "{summary}");

    let Some(driver) = Driver::start(&out) else {
        return;
    };

    // JavaScript on: the page matches the JSON, and the filters narrow it.
    let page = driver.session(true);
    page.open(&s.html_path);
    let state = page.state();
    assert_eq!(state["verdict"], s.json["verdict"]["result"], "{state}");
    assert_eq!(state["badge"], "FAIL", "{state}");
    assert_eq!(
        state["findings"],
        summary["findings"].to_string(),
        "{state}"
    );
    assert_eq!(state["shown"], open.len().to_string(), "{state}");
    assert_eq!(state["visible"], open.len(), "{state}");
    assert_eq!(state["suppressedRows"], summary["suppressed"], "{state}");
    assert_eq!(state["script"], true, "the script ran under the page's CSP");
    assert_eq!(
        state["styled"], true,
        "the stylesheet applied under the CSP"
    );
    assert_eq!(state["loads"], 0, "the page loaded a resource: {state}");
    let shot = page.screenshot(&out.join("report.png"), true);
    println!("screenshot: {}", shot.display());

    // Pick a severity through the select as a person would.
    let (&severity, &expected) = by_severity
        .iter()
        .find(|(_, &n)| n > 0 && n < open.len())
        .unwrap_or_else(|| panic!("no severity narrows the list: {by_severity:?}"));
    let option = page.find(&format!("#filter-severity option[value=\"{severity}\"]"));
    page.click(&option);
    let state = page.state();
    assert_eq!(state["visible"], expected, "{severity}: {state}");
    assert_eq!(state["shown"], expected.to_string(), "{severity}: {state}");
    assert!(
        state["visibleSeverities"]
            .as_array()
            .is_some_and(|s| s.iter().all(|v| v == severity)),
        "{state}"
    );
    let shot = page.screenshot(&out.join(format!("report-{severity}.png")), false);
    println!("screenshot: {}", shot.display());

    // The same filter holds in the by-rule view.
    page.click(&page.find("#tab-by-rule"));
    let state = page.state();
    assert_eq!(state["visible"], expected, "by rule, {severity}: {state}");
    assert_eq!(state["activeView"], "by-rule", "{state}");
    page.script(
        "document.getElementById('findings').scrollIntoView();",
        json!([]),
    );
    let shot = page.screenshot(&out.join(format!("report-by-rule-{severity}.png")), false);
    println!("screenshot: {}", shot.display());

    // A rule filter and a search, combined with nothing else.
    page.click(&page.find("#filter-reset"));
    let by_rule = count_by(&open, "rule_id");
    let (&rule, &n) = by_rule
        .iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
        .unwrap_or_else(|| panic!("no rules"));
    page.script(
        "const s = document.getElementById('filter-rule'); s.value = arguments[0]; \
         s.dispatchEvent(new Event('change'));",
        json!([rule]),
    );
    assert_eq!(page.state()["visible"], n, "rule {rule}");
    page.click(&page.find("#filter-reset"));
    let resource = open
        .iter()
        .find_map(|f| f["resource"].as_str())
        .unwrap_or_else(|| panic!("no finding with a resource"));
    let matching = open
        .iter()
        .filter(|f| {
            // A row's text holds its message, resource, file and rule.
            [
                "message",
                "resource",
                "file",
                "rule_id",
                "title",
                "remediation",
            ]
            .iter()
            .any(|k| {
                f[*k]
                    .as_str()
                    .is_some_and(|v| v.to_lowercase().contains(&resource.to_lowercase()))
            })
        })
        .count();
    page.type_into(&page.find("#filter-search"), resource);
    assert_eq!(page.state()["visible"], matching, "search {resource:?}");
    page.close();

    // JavaScript off: the verdict, the counts and every row are in the page.
    let page = driver.session(false);
    page.open(&s.html_path);
    let state = page.state();
    assert_eq!(state["script"], false, "scripts are really off: {state}");
    assert_eq!(state["verdict"], s.json["verdict"]["result"], "{state}");
    assert_eq!(state["badge"], "FAIL", "{state}");
    assert_eq!(
        state["findings"],
        summary["findings"].to_string(),
        "{state}"
    );
    assert_eq!(state["shown"], open.len().to_string(), "{state}");
    // Both views are listed, one after the other.
    assert_eq!(state["visible"], 2 * open.len(), "{state}");
    assert_eq!(state["byFileVisible"], open.len(), "{state}");
    assert_eq!(
        state["toolbarShown"], false,
        "filters need the script: {state}"
    );
    assert_eq!(state["chartBars"], by_severity.len(), "{state}");
    let shot = page.screenshot(&out.join("report-no-js.png"), false);
    println!("screenshot: {}", shot.display());
    page.close();
}

#[test]
fn an_input_that_cannot_be_evaluated_is_an_error_verdict_in_the_page() {
    let dir = tree(&[
        (
            "k8s/stack.yaml",
            &std::fs::read_to_string(root().join("testdata/lines/k8s/stack.yaml"))
                .unwrap_or_default(),
        ),
        (
            "k8s/broken.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n   bad: indent\n",
        ),
    ]);
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let s = scan(dir.path(), out.path());
    assert_eq!(s.code, 2, "a gate fails closed");
    assert_eq!(s.json["verdict"]["result"], "error");
    assert_self_contained(&s.html);
    assert!(s.html.contains(r#"<main id="report" data-verdict="error""#));
    assert!(s
        .html
        .contains(r#"id="verdict" data-verdict="error">ERROR</span>"#));
    let errors = s.json["errors"].as_array().cloned().unwrap_or_default();
    assert_eq!(errors.len(), 1, "{}", s.json["errors"]);
    let row = format!(
        r#"<tr class="diagnostic" data-code="{}" data-file="k8s&#x2f;broken.yaml"><td><code>k8s&#x2f;broken.yaml:{}</code>"#,
        errors[0]["code"].as_str().unwrap_or_default(),
        errors[0]["line"]
    );
    assert!(s.html.contains(&row), "{row} not in the page");
    // The rest of the scan is still reported.
    let open = open_findings(&s.json);
    assert!(!open.is_empty());
    assert_eq!(
        s.html.matches(r#"<tr class="finding""#).count(),
        2 * open.len(),
        "each open finding in both views"
    );
}

#[test]
fn the_same_scan_writes_the_same_page() {
    let dir = project();
    let a = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let b = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let (first, second) = (scan(dir.path(), a.path()), scan(dir.path(), b.path()));
    assert!(first.html == second.html, "two runs of one scan differ");
}

/// chromedriver, started on a free port; killed when dropped.
struct Driver {
    child: Child,
    chromium: PathBuf,
    base: String,
    agent: ureq::Agent,
    profiles: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    /// None (with a notice) when Chromium is not installed and CI did not
    /// ask for it.
    fn start(out: &Path) -> Option<Driver> {
        let required = std::env::var("VERDICT_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
        let (Some(chromedriver), Some(chromium)) = (installed(&CHROMEDRIVER), installed(&CHROMIUM))
        else {
            assert!(
                !required,
                "VERDICT_REQUIRE_CHROMIUM=1 but chromedriver or chromium is missing \
                 (Debian: apt-get install chromium chromium-driver)"
            );
            eprintln!(
                "notice: chromedriver is not installed (Debian: chromium chromium-driver); \
                 skipping the browser checks of the HTML report"
            );
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or_else(|e| panic!("no free port: {e}"));
        let log = std::fs::File::create(out.join("chromedriver.log"))
            .unwrap_or_else(|e| panic!("chromedriver.log: {e}"));
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", chromedriver.display()));
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let driver = Driver {
            child,
            chromium,
            base: format!("http://127.0.0.1:{port}"),
            agent,
            profiles: tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")),
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let ready = driver
                .agent
                .get(format!("{}/status", driver.base))
                .call()
                .ok()
                .and_then(|mut r| r.body_mut().read_to_string().ok())
                .and_then(|b| serde_json::from_str::<Value>(&b).ok())
                .is_some_and(|v| v["value"]["ready"] == true);
            if ready {
                return Some(driver);
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// A W3C WebDriver command; the `value` of its answer.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let answer = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self
                .agent
                .post(&url)
                .header("content-type", "application/json")
                .send(body.unwrap_or_else(|| json!({})).to_string()),
        };
        let mut response = answer.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = response.status();
        let text = response
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let v: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {text}"));
        assert!(status.is_success(), "{method} {path}: {status} {v}");
        v["value"].clone()
    }

    fn session(&self, javascript: bool) -> Session<'_> {
        let profile =
            tempfile::tempdir_in(self.profiles.path()).unwrap_or_else(|e| panic!("profile: {e}"));
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--window-size=1400,1000".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        if !javascript {
            args.push("--blink-settings=scriptEnabled=false".into());
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": self.chromium, "args": args},
        }}});
        let v = self.call("POST", "/session", Some(caps));
        let id = v["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id: {v}"))
            .to_owned();
        Session {
            driver: self,
            id,
            _profile: profile,
        }
    }
}

/// One browser; closed when dropped.
struct Session<'a> {
    driver: &'a Driver,
    id: String,
    _profile: tempfile::TempDir,
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// What the tests read from the page, in one round trip: works with page
/// scripts off too, since WebDriver runs it outside the page's settings.
const STATE: &str = r##"
const main = document.querySelector("main");
const shownRows = (sel) => Array.from(document.querySelectorAll(sel))
    .filter((el) => el.getClientRects().length > 0);
const visible = shownRows("tr.finding");
const active = document.querySelector(".view.active");
const toolbar = document.getElementById("filters");
const sheet = document.styleSheets[0];
return {
  verdict: main.dataset.verdict,
  findings: main.dataset.findings,
  badge: document.getElementById("verdict").textContent.trim(),
  shown: document.getElementById("shown-count").textContent.trim(),
  visible: visible.length,
  visibleSeverities: Array.from(new Set(visible.map((r) => r.dataset.severity))),
  byFileVisible: shownRows("#by-file tr.finding").length,
  suppressedRows: shownRows("tr.suppressed-finding").length,
  activeView: document.documentElement.classList.contains("js") && active ? active.id : null,
  script: document.documentElement.classList.contains("js"),
  styled: !!sheet && sheet.cssRules.length > 0
      && getComputedStyle(document.querySelector(".masthead")).color === "rgb(255, 255, 255)",
  toolbarShown: !!toolbar && toolbar.getClientRects().length > 0,
  chartBars: document.querySelectorAll("#severity-chart rect.bar:not(.bar-suppressed)").length,
  loads: performance.getEntriesByType("resource").length,
  height: document.documentElement.scrollHeight,
};
"##;

impl Session<'_> {
    fn path(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.id)
    }

    fn open(&self, file: &Path) {
        let url = format!("file://{}", file.display());
        self.driver
            .call("POST", &self.path("/url"), Some(json!({ "url": url })));
    }

    fn script(&self, script: &str, args: Value) -> Value {
        self.driver.call(
            "POST",
            &self.path("/execute/sync"),
            Some(json!({"script": script, "args": args})),
        )
    }

    fn state(&self) -> Value {
        self.script(STATE, json!([]))
    }

    fn find(&self, css: &str) -> String {
        let v = self.driver.call(
            "POST",
            &self.path("/element"),
            Some(json!({"using": "css selector", "value": css})),
        );
        v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_owned()
    }

    fn click(&self, element: &str) {
        self.driver.call(
            "POST",
            &self.path(&format!("/element/{element}/click")),
            None,
        );
    }

    fn type_into(&self, element: &str, text: &str) {
        self.driver.call(
            "POST",
            &self.path(&format!("/element/{element}/value")),
            Some(json!({ "text": text })),
        );
    }

    /// A PNG of the window, or of the whole page (the window grown to its
    /// height first).
    fn screenshot(&self, file: &Path, full_page: bool) -> PathBuf {
        use base64::Engine as _;
        if full_page {
            let height = self.state()["height"].as_u64().unwrap_or(1000).min(16000);
            self.driver.call(
                "POST",
                &self.path("/window/rect"),
                Some(json!({"width": 1400, "height": height})),
            );
        }
        let png = self.driver.call("GET", &self.path("/screenshot"), None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().unwrap_or_default())
            .unwrap_or_else(|e| panic!("screenshot is not base64: {e}"));
        assert!(bytes.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        std::fs::write(file, bytes).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        if full_page {
            self.driver.call(
                "POST",
                &self.path("/window/rect"),
                Some(json!({"width": 1400, "height": 1000})),
            );
        }
        file.to_path_buf()
    }

    fn close(self) {}
}

impl Drop for Session<'_> {
    fn drop(&mut self) {
        let _ = self
            .driver
            .agent
            .delete(format!("{}/session/{}", self.driver.base, self.id))
            .call();
    }
}
