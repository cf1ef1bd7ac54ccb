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
}
