#!/usr/bin/env python3
"""The verdict benchmark: seeded synthetic workloads and the real corpus,
scanned with the release build; writes the table to bench/RESULTS.md.

    python3 bench/run.py                 # everything (about 10 minutes on 2 cores)
    python3 bench/run.py --only W1,W5    # some workloads
    python3 bench/run.py --runs 5        # more runs per figure (the median is shown)

Workloads (generated under --work, default a temporary folder, from --seed):
  W1  10,000 Kubernetes manifests, mixed kinds, about 1 KB each
      (and W1x2, twice the files, for how memory grows)
  W2  3,000 Terraform files: stacks calling modules, for_each, count,
      dynamic blocks and heredocs
  W3  200 CycloneDX SBOMs of 2,000 components each
  W4  the real files of ../shared/corpus (all kinds), when present
  W5  one small manifest with the full library (the pre-commit case)

For each: wall time (median of --runs), files/s, MB/s and peak RSS (the
child's ru_maxrss, as /usr/bin/time -v reports it), with -j1 and -j2, the
parse-only floor (--no-eval: every file read, detected and parsed, no
policy run), and a warm re-scan with the result cache against the cold one
(--no-cache). Checkov 3.3.30 is compared on ../shared/corpus/kubernetes when
`checkov` is on PATH (pip install checkov==3.3.30 "packaging>=23,<24"), and
`verdict stream` through examples/stream_bench.rs.
"""

import argparse
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "verdict")
# Checkov passes over a tree named through `..` (0 resources): a real path.
CORPUS = os.path.realpath(os.path.join(ROOT, "..", "shared", "corpus"))


# ---------------------------------------------------------------- workloads

def k8s_manifest(rng, i):
    """One manifest of a random kind, about 1 KB, with a random mix of good
    and bad settings."""
    name = f"app-{i:05d}"
    ns = f"team-{i % 37:02d}"
    image = rng.choice([
        "nginx:latest", "nginx", f"registry.example.com/{name}:1.{i % 9}.{i % 7}",
        "redis:7.2@sha256:" + "%064x" % rng.getrandbits(256),
        f"ghcr.io/example/{name}:v{i % 5}",
    ])

    def container(c):
        sc = {}
        if rng.random() < 0.3:
            sc["privileged"] = rng.random() < 0.5
        if rng.random() < 0.6:
            sc["runAsNonRoot"] = rng.random() < 0.7
        if rng.random() < 0.5:
            sc["readOnlyRootFilesystem"] = rng.random() < 0.6
        if rng.random() < 0.5:
            sc["allowPrivilegeEscalation"] = rng.random() < 0.3
        if rng.random() < 0.3:
            sc["capabilities"] = {rng.choice(["add", "drop"]): rng.sample(
                ["NET_ADMIN", "SYS_ADMIN", "ALL", "NET_BIND_SERVICE", "CHOWN"], 2)}
        lines = [
            f"      - name: {name}-{c}",
            f"        image: {image}",
            "        ports:",
            f"          - containerPort: {8000 + i % 1000}",
        ]
        if rng.random() < 0.7:
            lines += [
                "        resources:",
                "          requests:",
                f"            cpu: {rng.choice(['100m', '250m', '500m'])}",
                f"            memory: {rng.choice(['64Mi', '128Mi', '256Mi'])}",
            ]
            if rng.random() < 0.6:
                lines += ["          limits:", "            cpu: '1'", "            memory: 512Mi"]
        if rng.random() < 0.5:
            lines += ["        livenessProbe:", "          httpGet:", "            path: /healthz",
                      f"            port: {8000 + i % 1000}"]
        if sc:
            lines.append("        securityContext:")
            for k, v in sc.items():
                if isinstance(v, dict):
                    (op, caps), = v.items()
                    lines += [f"          {k}:", f"            {op}: [{', '.join(caps)}]"]
                else:
                    lines.append(f"          {k}: {str(v).lower()}")
        lines += ["        env:", "          - name: LOG_LEVEL", f"            value: {rng.choice(['info', 'debug'])}",
                  "          - name: REGION", f"            value: {rng.choice(['eu-west-1', 'us-east-1'])}"]
        if rng.random() < 0.1:
            lines += ["          - name: DB_PASSWORD", "            value: hunter2"]
        return lines

    def pod_spec(indent):
        body = ["    spec:"]
        if rng.random() < 0.1:
            body.append("      hostNetwork: true")
        if rng.random() < 0.05:
            body.append("      hostPID: true")
        if rng.random() < 0.3:
            body.append("      serviceAccountName: default")
        if rng.random() < 0.2:
            body += ["      volumes:", "        - name: host", "          hostPath:", "            path: /var/run/docker.sock"]
        body.append("      containers:")
        for c in range(1 if rng.random() < 0.7 else 2):
            body += container(c)
        return [(" " * indent) + l[4:] if indent != 4 else l for l in body]

    meta = ["metadata:", f"  name: {name}", f"  namespace: {ns}", "  labels:",
            f"    app: {name}", f"    tier: {rng.choice(['web', 'api', 'worker', 'db'])}",
            "    app.kubernetes.io/managed-by: bench", "  annotations:",
            f"    example.com/owner: team-{i % 37:02d}@example.com",
            f"    example.com/revision: \"{'%040x' % rng.getrandbits(160)}\"",
            f"    example.com/description: workload {i} of the seeded benchmark tree"]
    kind = rng.choices(
        ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "Service",
         "ConfigMap", "Ingress", "Role", "RoleBinding", "NetworkPolicy"],
        weights=[30, 6, 4, 4, 4, 8, 14, 10, 6, 5, 5, 4])[0]
    api = {"Deployment": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1",
           "Job": "batch/v1", "CronJob": "batch/v1", "Pod": "v1", "Service": "v1",
           "ConfigMap": "v1", "Ingress": "networking.k8s.io/v1",
           "Role": "rbac.authorization.k8s.io/v1", "RoleBinding": "rbac.authorization.k8s.io/v1",
           "NetworkPolicy": "networking.k8s.io/v1"}[kind]
    out = [f"apiVersion: {api}", f"kind: {kind}"] + meta
    if kind in ("Deployment", "StatefulSet", "DaemonSet"):
        out += ["spec:"]
        if kind != "DaemonSet":
            out.append(f"  replicas: {rng.choice([1, 2, 3])}")
        out += ["  selector:", "    matchLabels:", f"      app: {name}", "  template:",
                "    metadata:", "      labels:", f"        app: {name}"]
        out += pod_spec(4)
    elif kind == "Job":
        out += ["spec:", "  backoffLimit: 2", "  template:"] + pod_spec(4)
    elif kind == "CronJob":
        out += ["spec:", "  schedule: '*/5 * * * *'", "  jobTemplate:", "    spec:", "      template:"]
        out += ["    " + l for l in pod_spec(4)]
    elif kind == "Pod":
        out += [l[4:] for l in pod_spec(4)]
    elif kind == "Service":
        out += ["spec:", f"  type: {rng.choice(['ClusterIP', 'NodePort', 'LoadBalancer'])}",
                "  selector:", f"    app: {name}", "  ports:"]
        for p in range(rng.randint(1, 4)):
            out += [f"    - name: port-{p}", f"      port: {80 + p}", f"      targetPort: {8000 + p}",
                    "      protocol: TCP"]
    elif kind == "ConfigMap":
        out += ["data:"]
        for k in range(rng.randint(8, 20)):
            out.append(f"  key_{k}: \"{'%032x' % rng.getrandbits(128)}\"")
    elif kind == "Ingress":
        out += ["spec:", "  rules:", f"    - host: {name}.example.com", "      http:", "        paths:",
                "          - path: /", "            pathType: Prefix", "            backend:",
                "              service:", f"                name: {name}", "                port:",
                "                  number: 80"]
        if rng.random() < 0.5:
            out += ["  tls:", f"    - hosts: [{name}.example.com]", f"      secretName: {name}-tls"]
    elif kind == "Role":
        out += ["rules:"]
        for r in range(rng.randint(2, 5)):
            group = rng.choice(["", "apps", "batch"])
            resources = rng.choice(["pods", "secrets", '"*"', "deployments"])
            verbs = rng.choice(["get, list", '"*"', "create, delete", "watch"])
            out += [f'  - apiGroups: ["{group}"]', f"    resources: [{resources}]",
                    f"    verbs: [{verbs}]"]
    elif kind == "RoleBinding":
        out += ["roleRef:", "  apiGroup: rbac.authorization.k8s.io", "  kind: Role", f"  name: {name}",
                "subjects:", "  - kind: ServiceAccount", f"    name: {name}", f"    namespace: {ns}"]
    else:
        out += ["spec:", "  podSelector:", "    matchLabels:", f"      app: {name}", "  policyTypes: [Ingress]",
                "  ingress:", "    - from:", "        - podSelector:", "            matchLabels:",
                f"              tier: {rng.choice(['web', 'api'])}"]
    return "\n".join(out) + "\n"


def gen_w1(dest, n, seed):
    rng = random.Random(seed)
    for i in range(n):
        d = os.path.join(dest, f"ns-{i % 100:02d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"app-{i:05d}.yaml"), "w") as f:
            f.write(k8s_manifest(rng, i))


MODULES = {
    "bucket": {
        "variables.tf": '''variable "name" {
  type = string
}

variable "versioning" {
  type    = bool
  default = false
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "rules" {
  type = list(object({ id = string, days = number }))
  default = []
}
''',
        "main.tf": '''resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags = {
    Name = var.name
  }
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = var.kms_key_arn == null ? 0 : 1
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  dynamic "rule" {
    for_each = var.rules
    content {
      id     = rule.value.id
      status = "Enabled"
      expiration {
        days = rule.value.days
      }
    }
  }
}
''',
        "outputs.tf": '''output "arn" {
  value = aws_s3_bucket.this.arn
}
''',
    },
    "sg": {
        "variables.tf": '''variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ingress" {
  type = list(object({ port = number, cidr = string }))
}
''',
        "main.tf": '''resource "aws_security_group" "this" {
  name        = var.name
  description = "Managed by Terraform"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.ingress
    content {
      description = "port ${ingress.value.port}"
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
''',
    },
    "role": {
        "variables.tf": '''variable "name" {
  type = string
}

variable "actions" {
  type    = list(string)
  default = ["s3:GetObject"]
}
''',
        "main.tf": '''resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"Service": "ec2.amazonaws.com"},
        "Action": "sts:AssumeRole"
      }]
    }
  EOT
}

resource "aws_iam_role_policy" "this" {
  name   = "${var.name}-inline"
  role   = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = var.actions
      Resource = "*"
    }]
  })
}
''',
    },
}


def tf_stack(rng, s):
    """Ten files of one root module that calls the shared modules."""
    cidr = rng.choice(["0.0.0.0/0", "10.0.0.0/8", "192.168.0.0/16"])
    enc = str(rng.random() < 0.5).lower()
    f = {}
    f["variables.tf"] = f'''variable "env" {{
  type    = string
  default = "{rng.choice(['dev', 'stage', 'prod'])}"
}}

variable "encrypted" {{
  type    = bool
  default = {enc}
}}

variable "instance_type" {{
  type    = string
  default = "{rng.choice(['t3.micro', 't3.large', 'm5.xlarge'])}"
}}

variable "buckets" {{
  type    = map(bool)
  default = {{ logs = {str(rng.random() < 0.5).lower()}, data = true, tmp = false }}
}}
'''
    f["locals.tf"] = f'''locals {{
  name   = "stack-{s:04d}-${{var.env}}"
  tags   = {{ Stack = "{s:04d}", Env = var.env, Owner = "team-{s % 17}" }}
  ports  = [22, 80, 443, {rng.choice([3306, 5432, 6379, 8080])}]
  public = {str(rng.random() < 0.3).lower()}
}}
'''
    f["network.tf"] = f'''resource "aws_vpc" "main" {{
  cidr_block           = "10.{s % 250}.0.0/16"
  enable_dns_hostnames = true
  tags                 = local.tags
}}

resource "aws_subnet" "private" {{
  count                   = 3
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  map_public_ip_on_launch = local.public
  tags                    = merge(local.tags, {{ Tier = "private-${{count.index}}" }})
}}

resource "aws_flow_log" "main" {{
  count        = var.env == "prod" ? 1 : 0
  vpc_id       = aws_vpc.main.id
  traffic_type = "ALL"
}}
'''
    f["security.tf"] = f'''module "web_sg" {{
  source = "../../modules/sg"
  name   = "${{local.name}}-web"
  vpc_id = aws_vpc.main.id
  ingress = [for p in local.ports : {{ port = p, cidr = "{cidr}" }}]
}}

resource "aws_security_group_rule" "ssh" {{
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["{rng.choice(['0.0.0.0/0', '10.0.0.0/8'])}"]
  security_group_id = module.web_sg.id
}}
'''
    f["storage.tf"] = '''module "bucket" {
  source     = "../../modules/bucket"
  for_each   = var.buckets
  name       = "${local.name}-${each.key}"
  versioning = each.value
  kms_key_arn = var.encrypted ? "arn:aws:kms:eu-west-1:111122223333:key/abcd" : null
  rules = [
    { id = "expire", days = 90 },
    { id = "archive", days = 30 },
  ]
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = module.bucket["logs"].arn
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = !local.public
  restrict_public_buckets = true
}
'''
    f["iam.tf"] = f'''module "app_role" {{
  source  = "../../modules/role"
  name    = "${{local.name}}-app"
  actions = {rng.choice(['["s3:GetObject", "s3:PutObject"]', '["*"]', '["s3:*"]'])}
}}

resource "aws_iam_policy" "deploy" {{
  name   = "${{local.name}}-deploy"
  policy = <<EOF
{{
  "Version": "2012-10-17",
  "Statement": [
    {{
      "Effect": "Allow",
      "Action": ["{rng.choice(['ec2:*', 'ec2:DescribeInstances', 'iam:PassRole'])}"],
      "Resource": "*"
    }}
  ]
}}
EOF
}}
'''
    f["compute.tf"] = f'''resource "aws_instance" "app" {{
  count         = {rng.randint(1, 3)}
  ami           = "ami-0abcdef1234567890"
  instance_type = var.instance_type
  subnet_id     = aws_subnet.private[count.index].id
  monitoring    = {str(rng.random() < 0.5).lower()}

  metadata_options {{
    http_tokens = "{rng.choice(['required', 'optional'])}"
  }}

  root_block_device {{
    encrypted   = var.encrypted
    volume_size = 20
  }}

  dynamic "ebs_block_device" {{
    for_each = var.env == "prod" ? ["/dev/sdf", "/dev/sdg"] : []
    content {{
      device_name = ebs_block_device.value
      encrypted   = var.encrypted
      volume_size = 100
    }}
  }}

  user_data = <<-EOT
    #!/bin/bash
    echo "stack {s}" > /etc/motd
  EOT
  tags = local.tags
}}
'''
    f["db.tf"] = f'''resource "aws_db_instance" "main" {{
  identifier              = "${{local.name}}-db"
  engine                  = "{rng.choice(['postgres', 'mysql'])}"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  storage_encrypted       = var.encrypted
  publicly_accessible     = local.public
  backup_retention_period = {rng.choice([0, 1, 7, 35])}
  deletion_protection     = var.env == "prod"
  skip_final_snapshot     = true
  username                = "admin"
  password                = "{rng.choice(['change-me-please', 'var-managed'])}"
}}
'''
    f["logs.tf"] = f'''resource "aws_cloudwatch_log_group" "app" {{
  name              = "/app/${{local.name}}"
  retention_in_days = {rng.choice([0, 7, 30, 365])}
}}

resource "aws_kms_key" "logs" {{
  description         = "logs of ${{local.name}}"
  enable_key_rotation = {str(rng.random() < 0.6).lower()}
}}
'''
    f["outputs.tf"] = '''output "vpc_id" {
  value = aws_vpc.main.id
}

output "buckets" {
  value = { for k, b in module.bucket : k => b.arn }
}
'''
    return f


def gen_w2(dest, n_files, seed):
    rng = random.Random(seed)
    written = 0
    for m, files in MODULES.items():
        d = os.path.join(dest, "modules", m)
        os.makedirs(d, exist_ok=True)
        for name, text in files.items():
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
            written += 1
    s = 0
    while written < n_files:
        d = os.path.join(dest, "stacks", f"s{s:04d}")
        os.makedirs(d, exist_ok=True)
        for name, text in tf_stack(rng, s).items():
            if written >= n_files:
                break
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
            written += 1
        s += 1


LICENSES = ["MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "GPL-3.0-only", "AGPL-3.0-only", "MPL-2.0", None]


def gen_w3(dest, n, comps, seed):
    rng = random.Random(seed)
    os.makedirs(dest, exist_ok=True)
    for i in range(n):
        components = []
        for c in range(comps):
            eco = rng.choice(["npm", "pypi", "maven", "golang"])
            name = f"pkg-{rng.getrandbits(24):06x}"
            version = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
            comp = {
                "type": "library",
                "bom-ref": f"{eco}:{name}@{version}",
                "name": name,
                "version": version,
                "purl": f"pkg:{eco}/{name}@{version}",
                "hashes": [{"alg": "SHA-256", "content": "%064x" % rng.getrandbits(256)}],
            }
            lic = rng.choice(LICENSES)
            if lic:
                comp["licenses"] = [{"license": {"id": lic}}]
            if rng.random() < 0.3:
                comp["supplier"] = {"name": f"vendor-{c % 50}"}
            components.append(comp)
        bom = {
            "bomFormat": "CycloneDX",
            "specVersion": "1.5",
            "serialNumber": "urn:uuid:%08x-%04x-4%03x-8%03x-%012x" % (
                rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                rng.getrandbits(12), rng.getrandbits(48)),
            "version": 1,
            "metadata": {
                "timestamp": "2026-11-01T00:00:00Z",
                "component": {"type": "application", "name": f"service-{i:03d}", "version": "1.0.0"},
            },
            "components": components,
            "dependencies": [
                {"ref": components[j]["bom-ref"],
                 "dependsOn": [components[(j + 1) % comps]["bom-ref"]]}
                for j in range(0, comps, 4)
            ],
        }
        with open(os.path.join(dest, f"service-{i:03d}.cdx.json"), "w") as f:
            json.dump(bom, f, indent=1)


# -------------------------------------------------------------- measurement

def size_of(path):
    files, total = 0, 0
    for dirpath, _, names in os.walk(path):
        for n in names:
            files += 1
            total += os.path.getsize(os.path.join(dirpath, n))
    return files, total


NOISE = ("This 2-core machine is noisy: between two runs of the same commit the -j2 "
         "figures moved by up to 25% (W1 -j2 vs -j1 1.42× in one run, 1.82× in the "
         "next; W3 1.84× and 1.43×). Compare ratios within one run; rerun before "
         "reading a change of less than that.")

GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def spawn(cmd, cwd=None, env=None, ok=(0, 1)):
    """Run once; (wall seconds, peak RSS in MB, exit code).

    The peak comes from GNU time when present: a child forked from this
    Python process carries the parent's resident set into its own
    ru_maxrss (Linux keeps the pre-exec high-water mark), which would
    inflate small figures. Without GNU time, wait4's figure is used."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as rss_file:
        full = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + cmd if GNU_TIME else cmd
        start = time.perf_counter()
        p = subprocess.Popen(full, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            err.seek(0)
            sys.exit(f"{' '.join(cmd)} exited {code}:\n{err.read().decode(errors='replace')[-2000:]}")
        kb = usage.ru_maxrss
        if GNU_TIME:
            lines = [l for l in rss_file.read().split() if l.isdigit()]
            kb = int(lines[-1]) if lines else kb
    return wall, kb / 1024, code


def measure(cmd, runs, before=None, ok=(0, 1)):
    walls, rss = [], []
    for _ in range(runs):
        if before:
            before()
        w, m, _ = spawn(cmd, ok=ok)
        walls.append(w)
        rss.append(m)
    return statistics.median(walls), max(rss)


def scan_cmd(path, *extra, report=None):
    cmd = [BIN, "scan", path, "--fail-on", "never", "-f", f"json={report or os.devnull}"]
    return cmd + list(extra)


class Table:
    def __init__(self):
        self.rows = []

    def add(self, workload, mode, files, size, wall, rss, note=""):
        self.rows.append((workload, mode, files, size, wall, rss, note))
        print(f"  {workload:6} {mode:28} {wall:8.3f} s  {files / wall:9.0f} files/s  "
              f"{size / wall / 1e6:7.1f} MB/s  {rss:6.0f} MB  {note}", flush=True)

    def markdown(self):
        out = ["| workload | run | wall | files/s | MB/s | peak RSS | |",
               "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
        for w, mode, files, size, wall, rss, note in self.rows:
            out.append(f"| {w} | {mode} | {wall:.3f} s | {files / wall:,.0f} | "
                       f"{size / wall / 1e6:.1f} | {rss:.0f} MB | {note} |")
        return "\n".join(out)


def findings_of(path, runs_dir, ok):
    report = os.path.join(runs_dir, "report.json")
    spawn(scan_cmd(path, "--no-cache", report=report), ok=ok)
    with open(report) as f:
        return json.load(f)["summary"]


def bench_tree(table, ratios, name, path, runs, work, with_j1=True, broken=False):
    """`broken`: the tree holds files that are truly broken (the real
    corpus keeps other tools' invalid test inputs), so the gate exits 2."""
    ok = (0, 1, 2) if broken else (0, 1)
    files, size = size_of(path)
    summary = findings_of(path, work, ok)
    print(f"{name}: {files} files, {size / 1e6:.1f} MB, {summary['findings']} findings, "
          f"{summary['input_errors']} input errors", flush=True)
    cold2 = measure(scan_cmd(path, "--no-cache", "-j", "2"), runs, ok=ok)
    note = f"{summary['findings']} findings"
    if summary.get("input_errors"):
        note += f", {summary['input_errors']} broken input files (exit 2)"
    table.add(name, "full, -j2, --no-cache", files, size, *cold2, note)
    floor2 = measure(scan_cmd(path, "--no-eval", "--no-cache", "-j", "2"), runs, ok=ok)
    table.add(name, "parse-only floor, -j2", files, size, *floor2)
    ratios.append((f"{name} full vs parse-only floor (-j2)", cold2[0] / floor2[0], "≤ 2.5×"))
    if with_j1:
        cold1 = measure(scan_cmd(path, "--no-cache", "-j", "1"), runs, ok=ok)
        table.add(name, "full, -j1, --no-cache", files, size, *cold1)
        floor1 = measure(scan_cmd(path, "--no-eval", "--no-cache", "-j", "1"), runs, ok=ok)
        table.add(name, "parse-only floor, -j1", files, size, *floor1)
        ratios.append((f"{name} -j2 vs -j1 throughput", cold1[0] / cold2[0], "≥ 1.7× (W1)"))
    cache = os.path.join(work, f"cache-{name}")
    shutil.rmtree(cache, ignore_errors=True)
    first = measure(scan_cmd(path, "--cache", cache, "-j", "2"), runs,
                    before=lambda: shutil.rmtree(cache, ignore_errors=True), ok=ok)
    table.add(name, "first scan filling the cache", files, size, *first)
    spawn(scan_cmd(path, "--cache", cache), ok=ok)
    warm = measure(scan_cmd(path, "--cache", cache, "-j", "2"), runs, ok=ok)
    table.add(name, "warm re-scan (cache)", files, size, *warm)
    ratios.append((f"{name} warm re-scan vs cold", warm[0] / cold2[0], "≤ 0.2× (W1)"))
    return cold2


def bench_w5(table, ratios, path, work, runs):
    size = os.path.getsize(path)
    cache = os.path.join(work, "cache-W5")
    shutil.rmtree(cache, ignore_errors=True)
    cold = measure(scan_cmd(path, "--no-cache"), runs)
    table.add("W5", "full, --no-cache", 1, size, *cold)
    spawn(scan_cmd(path, "--cache", cache))
    warm = measure(scan_cmd(path, "--cache", cache), runs)
    table.add("W5", "unchanged, warm cache", 1, size, *warm)
    # The pre-commit case: the file just changed (its result is not kept),
    # the library's registry is.
    edited = os.path.join(work, "w5-edited.yaml")
    shutil.copy(path, edited)
    def edit():
        # Never a content seen before (a kept --work may hold an older run's).
        with open(edited, "a") as f:
            f.write(f"# edit {time.time_ns()}\n")

    changed = measure(scan_cmd(edited, "--cache", cache), runs, before=edit)
    table.add("W5", "changed file, warm cache", 1, size, *changed)
    floor = measure(scan_cmd(path, "--no-eval", "--no-cache"), runs)
    table.add("W5", "parse-only floor", 1, size, *floor)
    ratios.append(("W5 wall time, --no-cache (ms)", cold[0] * 1000, "≤ 40 ms"))
    ratios.append(("W5 wall time, the file changed, cache on (ms)", changed[0] * 1000, "≤ 40 ms"))
    ratios.append(("W5 wall time, unchanged, cache on (ms)", warm[0] * 1000, "≤ 40 ms"))


def bench_checkov(table, ratios, runs):
    k8s = os.path.join(CORPUS, "kubernetes")
    checkov = shutil.which("checkov")
    if not os.path.isdir(k8s):
        print("notice: ../shared/corpus/kubernetes is absent; no Checkov comparison")
        return
    if not checkov:
        print('notice: checkov is not on PATH (pip install checkov==3.3.30 "packaging>=23,<24"); '
              "no Checkov comparison")
        return
    files, size = size_of(k8s)
    ours = measure(scan_cmd(k8s, "--no-cache"), runs)
    table.add("k8s", "verdict, --no-cache", files, size, *ours)
    cmd = [checkov, "--framework", "kubernetes", "--skip-download", "--quiet", "-o", "json", "-d", k8s]
    theirs = measure(cmd, 1)
    table.add("k8s", "Checkov 3.3.30", files, size, *theirs)
    ratios.append(("corpus/kubernetes: Checkov wall / verdict wall", theirs[0] / ours[0], "≥ 100×"))
    ratios.append(("corpus/kubernetes: Checkov RSS / verdict RSS", theirs[1] / ours[1], "≥ 10×"))


def bench_stream(ratios, lines):
    cmd = ["cargo", "run", "--release", "-q", "--example", "stream_bench"]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        print(f"notice: stream_bench failed:\n{p.stderr[-1000:]}")
        return
    cold = False
    for line in p.stdout.splitlines():
        print("  stream: " + line)
        lines.append(line)
        if "--decision-cache 0" in line:
            cold = True
            rate = re.search(r"([\d.]+) input events/s", line)
            if rate:
                ratios.append(("stream --decision-cache 0: input events/s", float(rate.group(1)), "≥ 20,000"))
        elif cold and "p99" in line:
            p99 = re.search(r"p99 ([\d.]+) ms", line)
            if p99:
                ratios.append(("stream --decision-cache 0: p99 (ms)", float(p99.group(1)), "≤ 5 ms"))
            cold = False


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True).stdout.strip()
    return f"{os.cpu_count()} × {cpu}{mem}, {platform.system()} {platform.release()}; verdict at {rev or 'unknown'}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median shown)")
    ap.add_argument("--only", default="W1,W1x2,W2,W3,W4,W5,checkov,stream")
    ap.add_argument("--work", help="where workloads are generated (default: a temporary folder)")
    ap.add_argument("--results", default=os.path.join(ROOT, "bench", "RESULTS.md"))
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    only = set(args.only.split(","))

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    work = args.work or tempfile.mkdtemp(prefix="verdict-bench-")
    os.makedirs(work, exist_ok=True)
    table, ratios, stream_lines = Table(), [], []
    started = time.time()

    def workload(name, gen):
        path = os.path.join(work, name)
        if not os.path.isdir(path):
            t = time.time()
            gen(path)
            print(f"generated {name} in {time.time() - t:.1f} s", flush=True)
        return path

    w1 = None
    if only & {"W1", "W1x2", "W5"}:
        w1 = workload("w1", lambda p: gen_w1(p, 10_000, args.seed))
    if "W1" in only:
        bench_tree(table, ratios, "W1", w1, args.runs, work)
    if "W1x2" in only:
        w1x2 = workload("w1x2", lambda p: gen_w1(p, 20_000, args.seed))
        files, size = size_of(w1x2)
        big = measure(scan_cmd(w1x2, "--no-cache", "-j", "2"), args.runs)
        table.add("W1x2", "full, -j2, --no-cache", files, size, *big)
        w1_rss = next((r[5] for r in table.rows if r[0] == "W1" and r[1].startswith("full, -j2")), None)
        if w1_rss:
            ratios.append(("peak RSS, W1 at 2× the files vs W1", big[1] / w1_rss, "≤ 1.2×"))
    if "W2" in only:
        w2 = workload("w2", lambda p: gen_w2(p, 3_000, args.seed))
        bench_tree(table, ratios, "W2", w2, args.runs, work)
    if "W3" in only:
        w3 = workload("w3", lambda p: gen_w3(p, 200, 2_000, args.seed))
        bench_tree(table, ratios, "W3", w3, args.runs, work)
    if "W4" in only:
        if os.path.isdir(CORPUS):
            bench_tree(table, ratios, "W4", os.path.realpath(CORPUS), args.runs, work, broken=True)
        else:
            print(f"notice: {CORPUS} is absent; skipping W4")
    if "W5" in only and w1:
        small = os.path.join(w1, "ns-00", "app-00000.yaml")
        bench_w5(table, ratios, small, work, max(args.runs, 10))
    if "checkov" in only:
        bench_checkov(table, ratios, args.runs)
    if "stream" in only:
        bench_stream(ratios, stream_lines)

    rss_w1 = [r for r in table.rows if r[0] == "W1" and r[1].startswith("full, -j2")]
    if rss_w1:
        ratios.insert(0, ("peak RSS on W1 (MB)", rss_w1[0][5], "≤ 150 MB"))
    summary = ["| measure | this run | target |", "| --- | ---: | --- |"]
    for what, value, target in ratios:
        summary.append(f"| {what} | {value:,.2f} | {target} |")
    text = "\n".join([
        "# Benchmark results",
        "",
        f"`python3 bench/run.py` (seed {args.seed}, median of {args.runs} runs; W5 of "
        f"{max(args.runs, 10)}), {time.strftime('%Y-%m-%d')}, {time.time() - started:.0f} s.",
        "",
        f"Machine: {machine()}.",
        "",
        "## Targets",
        "",
        NOISE,
        "",
        "\n".join(summary),
        "",
        "## Every run",
        "",
        "Files and MB are what the workload holds (a walk passes over files of kinds no",
        "policy reads). Peak RSS is the process's maximum resident set.",
        "",
        table.markdown(),
        "",
    ] + (["## verdict stream (examples/stream_bench.rs)", "", "```"] + stream_lines + ["```", ""]
         if stream_lines else []))
    with open(args.results, "w") as f:
        f.write(text)
    print(f"\nwrote {args.results}")
    print("\n".join(summary))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
