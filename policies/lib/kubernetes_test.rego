package verdict.lib.kubernetes_img_test
import data.verdict.lib.kubernetes as k8s
import rego.v1
test_refs if {
	k8s.image_ref("nginx") == {"registry": "docker.io", "name": "docker.io/library/nginx", "tag": "", "digest": ""}
	k8s.image_ref("bitnami/redis:7") == {"registry": "docker.io", "name": "docker.io/bitnami/redis", "tag": "7", "digest": ""}
	k8s.image_ref("registry.local:5000/team/app:1.2@sha256:ab") == {"registry": "registry.local:5000", "name": "registry.local:5000/team/app", "tag": "1.2", "digest": "sha256:ab"}
	k8s.image_ref("index.docker.io/library/nginx:1") == {"registry": "docker.io", "name": "docker.io/library/nginx", "tag": "1", "digest": ""}
	k8s.image_ref("localhost/app") == {"registry": "localhost", "name": "localhost/app", "tag": "", "digest": ""}
	k8s.image_ref("ghcr.io/org/app@sha256:ab").tag == ""
	k8s.image_ref("docker.io/library/nginx:1.27").name == "docker.io/library/nginx"
	k8s.image_ref("docker.io/nginx").name == "docker.io/library/nginx"
	k8s.image_ref("docker.io/bitnami/redis:7").name == "docker.io/bitnami/redis"
	k8s.image_ref("index.docker.io/nginx").name == "docker.io/library/nginx"
}

apiserver := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [
	{"name": "sidecar", "image": "x:1", "command": ["/bin/agent", "--profiling=true"]},
	{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": ["kube-apiserver", "--profiling=true", "--anonymous-auth"], "args": ["--profiling=false", "--authorization-mode=Node, RBAC"]},
]}}

test_flags_of_the_apiserver_container if {
	cs := k8s.apiserver_containers with input as apiserver
	count(cs) == 1
	some c in cs
	f := k8s.flag(c, "profiling") with input as apiserver
	f.value == "false"
	f.path == ["spec", "containers", 1, "args", 0]
	k8s.flag(c, "anonymous-auth").bare with input as apiserver
	k8s.flag_list(k8s.flag(c, "authorization-mode")) == {"Node", "RBAC"} with input as apiserver
	k8s.command_path(c) == ["spec", "containers", 1, "command"]
	not k8s.flag(c, "token-auth-file")
}

test_hyperkube_runs_the_apiserver if {
	hk := {"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "hyperkube:v1.17", "command": ["/hyperkube", "apiserver"]}]}}
	count(k8s.apiserver_containers) == 1 with input as hk
	count(k8s.apiserver_containers) == 0 with input as {"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "x", "args": "kube-apiserver"}]}}
}

test_space_separated_flag_values if {
	pod := {"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "x", "command": ["kube-apiserver", "--authorization-mode", "Node,RBAC", "--secure-port", 6443, "--profiling", "--v=2"]}]}}
	some c in k8s.apiserver_containers with input as pod
	k8s.flag_list(k8s.flag(c, "authorization-mode")) == {"Node", "RBAC"} with input as pod
	k8s.flag_value(k8s.flag(c, "secure-port")) == "" with input as pod
	k8s.flag(c, "profiling").bare with input as pod
	k8s.flag(c, "v").path == ["spec", "containers", 0, "command", 6] with input as pod
}

test_apiserver_detection if {
	image_only := {"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "args": ["--anonymous-auth=false"]}]}}
	count(k8s.apiserver_containers) == 1 with input as image_only
	flag_path := {"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "x:1", "command": ["/bin/agent", "--cert-dir=/etc/kubernetes/pki/kube-apiserver"]}]}}
	count(k8s.apiserver_containers) == 0 with input as flag_path
}

test_command_path_falls_back_to_args_then_container if {
	args_only := {"kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "args": ["--v=2"]}]}}
	some c in k8s.apiserver_containers with input as args_only
	k8s.command_path(c) == ["spec", "containers", 0, "args"]
	k8s.command_path({"path": ["spec", "containers", 1], "container": {"name": "b"}}) == ["spec", "containers", 1]
}
