//! Generated inputs for tests and benchmarks: varied Terraform and
//! Dockerfiles (modules, dynamic blocks, heredocs, for expressions,
//! multi-stage builds) from a seed, so runs are reproducible.
#![doc(hidden)]

use std::fmt::Write;
use std::path::{Path, PathBuf};

/// A small deterministic generator (xorshift), enough to vary shapes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One Terraform file; `i` selects the mix of constructs.
pub fn terraform(i: usize) -> String {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15 ^ (i as u64 + 1));
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# generated file {i}\nterraform {{\n  required_version = \">= 1.5\"\n}}\n"
    );
    let _ = writeln!(
        s,
        "variable \"name_{i}\" {{\n  type    = string\n  default = \"app-{i}\"\n}}\n"
    );
    let _ = writeln!(
        s,
        "locals {{\n  tags = {{\n    team = \"t{}\"\n    env  = var.env\n  }}\n  names = [for n in var.names : upper(n) if n != \"\"]\n}}\n",
        r.pick(9)
    );
    for k in 0..(2 + r.pick(4)) {
        match r.pick(6) {
            0 => {
                let _ = writeln!(
                    s,
                    "resource \"aws_s3_bucket\" \"b{k}\" {{\n  bucket = \"${{var.name_{i}}}-{k}\"\n  tags   = local.tags\n}}\n"
                );
            }
            1 => {
                let _ = writeln!(
                    s,
                    "resource \"aws_security_group\" \"sg{k}\" {{\n  name = \"sg-{k}\"\n  dynamic \"ingress\" {{\n    for_each = var.ports\n    content {{\n      from_port   = ingress.value\n      to_port     = ingress.value\n      protocol    = \"tcp\"\n      cidr_blocks = [\"10.0.0.0/8\", \"192.168.0.0/16\"]\n    }}\n  }}\n  egress {{\n    from_port = 0\n    to_port   = 0\n    protocol  = \"-1\"\n  }}\n}}\n"
                );
            }
            2 => {
                let _ = writeln!(
                    s,
                    "resource \"aws_iam_policy\" \"p{k}\" {{\n  name   = \"p{k}\"\n  policy = <<-EOT\n    {{\n      \"Version\": \"2012-10-17\",\n      \"Statement\": [{{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}]\n    }}\n  EOT\n}}\n"
                );
            }
            3 => {
                let _ = writeln!(
                    s,
                    "module \"vpc{k}\" {{\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"~> 5.0\"\n  azs     = [for z in [\"a\", \"b\"] : \"${{var.region}}${{z}}\"]\n  count   = var.enabled ? 1 : 0\n}}\n"
                );
            }
            4 => {
                let _ = writeln!(
                    s,
                    "resource \"aws_instance\" \"vm{k}\" {{\n  ami           = data.aws_ami.ubuntu.id\n  instance_type = \"t3.micro\"\n  user_data     = <<EOF\n#!/bin/bash\necho hello {k}\nEOF\n  metadata_options {{\n    http_tokens = \"required\"\n  }}\n  root_block_device {{\n    encrypted = true\n  }}\n}}\n"
                );
            }
            _ => {
                let _ = writeln!(
                    s,
                    "output \"o{k}\" {{\n  value = {{ for k, v in aws_s3_bucket.b0 : k => v.arn }}\n}}\n"
                );
            }
        }
    }
    s
}

/// One Dockerfile; `i` selects the mix of constructs.
pub fn dockerfile(i: usize) -> String {
    let mut r = Rng(0x2545_f491_4f6c_dd1d ^ (i as u64 + 7));
    let mut s = String::from("# syntax=docker/dockerfile:1\n");
    let _ = writeln!(
        s,
        "ARG VERSION=1.{}\nFROM golang:1.22 AS build\nWORKDIR /src",
        r.pick(30)
    );
    let _ = writeln!(s, "COPY --chown=1000:1000 go.mod go.sum ./\nRUN go mod download && \\\n    go build -o /out/app ./cmd/app");
    if r.pick(2) == 0 {
        let _ = writeln!(s, "RUN <<EOF\nset -e\necho building {i}\nEOF");
    }
    let _ = writeln!(
        s,
        "FROM alpine:3.19 AS runtime\nRUN apk add --no-cache ca-certificates \\\n    tzdata"
    );
    let _ = writeln!(
        s,
        "COPY --from=build /out/app /usr/local/bin/app\nENV APP_MODE=prod LOG_LEVEL=info"
    );
    if r.pick(3) == 0 {
        let _ = writeln!(s, "ONBUILD RUN echo child build");
    }
    let _ = writeln!(s, "EXPOSE 8080\nUSER 1000\nHEALTHCHECK CMD [\"app\", \"health\"]\nENTRYPOINT [\"app\"]\nCMD [\"serve\", \"--port\", \"8080\"]");
    s
}

/// Write `tf` Terraform files and `docker` Dockerfiles under `dir`.
pub fn write_tree(dir: &Path, tf: usize, docker: usize) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for i in 0..tf {
        let d = dir.join(format!("tf/m{}", i / 100));
        std::fs::create_dir_all(&d)?;
        let p = d.join(format!("main{i}.tf"));
        std::fs::write(&p, terraform(i))?;
        out.push(p);
    }
    for i in 0..docker {
        let d = dir.join(format!("docker/s{i}"));
        std::fs::create_dir_all(&d)?;
        let p = d.join("Dockerfile");
        std::fs::write(&p, dockerfile(i))?;
        out.push(p);
    }
    Ok(out)
}
