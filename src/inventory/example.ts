// The commented example printed by `ztaudit inventory example` (a test proves it validates).
export const INVENTORY_EXAMPLE = `# ztaudit inventory: the targets of \`ztaudit scan -i FILE\` / \`ztaudit collect -i FILE\`.
# Validate with \`ztaudit inventory validate FILE\`. Relative paths are relative to this file.
# Secrets are never written here: a credential is a reference, {env: NAME} or {file: PATH}.
# (An inline string is accepted, with a warning on stderr.)
version: 1

# Applied to every target unless the target sets its own.
defaults:
  labels:
    owner: platform-team
  user: audit

targets:
  # This machine (no address, transport local).
  - name: localhost
    kind: linux
    labels: { role: workstation }

  # A disk image or container root mounted read-only, audited instead of /.
  - name: golden-image
    kind: linux
    root: ./images/golden-rootfs

  # A Linux host over SSH; key from the agent, or a key file reference.
  - name: web-1
    kind: linux
    address: web-1.example.internal
    port: 22
    transport: ssh
    credentials:
      privateKey: { file: ~/.ssh/id_ed25519 }
    labels: { env: prod, role: web }

  # Behind a bastion, audited as root through sudo -n (never prompts); host keys from a fleet file.
  - name: db-1
    kind: linux
    address: 10.20.0.5
    jump: [audit@bastion.example.internal]
    become: sudo
    knownHosts: ./known_hosts

  # A Windows host over WinRM (HTTPS).
  - name: dc-1
    kind: windows
    address: https://dc-1.example.internal:5986
    user: EXAMPLE\\auditor
    credentials:
      password: { env: DC1_PASSWORD }

  # A live cluster through the Kubernetes API (kubeconfig context).
  - name: prod-cluster
    kind: kubernetes
    kubeconfig: ~/.kube/config
    context: prod

  # Offline manifests: files or folders of YAML/JSON, \`kubectl get -A -o yaml\` dumps.
  - name: staging-manifests
    kind: kubernetes
    manifests: [./k8s/staging]

  # Hypervisors and object storage.
  - name: vcenter
    kind: vsphere
    address: https://vcenter.example.internal
    user: auditor@vsphere.local
    ca: ./vcenter-ca.pem   # the CA that signed its certificate (or --ca FILE)
    credentials:
      password: { env: VCENTER_PASSWORD }
  - name: pve
    kind: proxmox
    address: https://pve.example.internal:8006
    credentials:
      token: { file: /run/secrets/pve-token }
  - name: kvm-1
    kind: libvirt
    address: qemu+ssh://audit@kvm-1.example.internal/system
  - name: backups
    kind: s3
    address: https://s3.example.internal
    credentials:
      accessKeyId: { env: S3_ACCESS_KEY_ID }
      secretAccessKey: { env: S3_SECRET_ACCESS_KEY }
    options:
      buckets: [backups, logs]
`;
