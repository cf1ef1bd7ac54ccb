package verdict.cloudformation.secrets_manager_rotation_test

import data.verdict.cloudformation.secrets_manager_rotation as rot
import rego.v1

secret := {"S": {"Type": "AWS::SecretsManager::Secret", "Properties": {"GenerateSecretString": {"PasswordLength": 32}}}}

schedule(id) := {"Rot": {"Type": "AWS::SecretsManager::RotationSchedule", "Properties": {"SecretId": id, "RotationRules": {"ScheduleExpression": "rate(30 days)"}}}}

test_unrotated_fires if {
	some r in rot.deny with input as {"Resources": secret}
	r.path == ["Resources", "S", "Properties"]
	r.resource == "S"
}

test_rotated_passes if {
	count(rot.deny) == 0 with input as {"Resources": object.union(secret, schedule({"Ref": "S"}))}
}

test_unknown_passes if {
	count(rot.deny) == 0 with input as {"Resources": object.union(secret, schedule({"Ref": "SecretArnParam"}))}
	count(rot.deny) == 0 with input as {"Resources": object.union(secret, schedule({"Fn::ImportValue": "secret"}))}
}

test_module_is_unknown if {
	count(rot.deny) == 0 with input as {"Resources": object.union(secret, {"M": {"Type": "Acme::Secrets::Rotation::MODULE", "Properties": {}}})}
}
