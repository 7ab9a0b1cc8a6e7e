// The Kubernetes node-file section (CIS Kubernetes 1.1.x, 4.1.x): mode and owner only, never content.
import { ETCD_MANIFEST, K8S_NODE_STAT_PATHS, K8S_PKI_DIR, PKI_MAX_DEPTH, PKI_MAX_ENTRIES } from '../../kit/k8s-node/paths.js';

// kstat=MODE UID GID USER GROUP RAWMODE PATH; kdenied=PATH when it cannot be stat'd (an
// unsearchable folder on the way, or stat refused). A path that does not exist prints nothing.
// Offline, owner names come from the image's passwd/group (kuser=/kgroup=), not this machine's.
export const K8S_NODE_SECTION = String.raw`
zt_kstat() {
  zt_p=$R$1
  if [ -n "$R" ] && [ -L "$zt_p" ]; then
    zt_t=$(readlink -- "$zt_p" 2>/dev/null)
    case "$zt_t" in /*) zt_p=$R$zt_t ;; esac
  fi
  if [ -e "$zt_p" ]; then
    if zt_s=$(stat -L -c '%a %u %g %U %G %f' -- "$zt_p" 2>/dev/null); then printf 'kstat=%s %s\n' "$zt_s" "$1"; else printf 'kdenied=%s\n' "$1"; fi
    if [ -d "$zt_p" ] && { [ ! -r "$zt_p" ] || [ ! -x "$zt_p" ]; }; then printf 'kdenied=%s/\n' "$1"; fi
  else
    # a search-protected folder hides whether the file exists: that is unknown, not absent
    zt_d=${'${1%/*}'}
    while [ -n "$zt_d" ] && [ ! -e "$R$zt_d" ] && [ ! -L "$R$zt_d" ]; do zt_d=${'${zt_d%/*}'}; done
    if [ -d "$R$zt_d/" ] && [ ! -x "$R$zt_d/" ]; then printf 'kdenied=%s\n' "$1"; fi
  fi
}
s_k8snode() {
  for p in ${K8S_NODE_STAT_PATHS.join(' ')}; do zt_kstat "$p"; done
  # the PKI folder itself and what is below it (a symlinked folder is stat'd, not walked)
  if [ -d "$R${K8S_PKI_DIR}" ] && [ ! -L "$R${K8S_PKI_DIR}" ]; then
    find "$R${K8S_PKI_DIR}" -maxdepth ${PKI_MAX_DEPTH} 2>/dev/null | head -n ${PKI_MAX_ENTRIES} | while IFS= read -r f; do zt_kstat "${'${f#"$R"}'}"; done
    if [ "$(find "$R${K8S_PKI_DIR}" -maxdepth ${PKI_MAX_DEPTH} 2>/dev/null | head -n ${PKI_MAX_ENTRIES + 1} | wc -l)" -gt ${PKI_MAX_ENTRIES} ]; then echo 'kpkitruncated=yes'; fi
  else zt_kstat ${K8S_PKI_DIR}; fi
  # the etcd data directory: the running etcd's --data-dir, else the one its manifest passes
  dd=
  if [ "$MODE" = live ]; then
    for c in $(grep -lx etcd /proc/[0-9]*/comm 2>/dev/null); do
      dd=$(tr '\0' '\n' < "${'${c%/comm}'}/cmdline" 2>/dev/null | sed -n 's/^--data-dir=//p' | head -n 1)
      if [ -n "$dd" ]; then printf 'kdatadir=process %s\n' "$dd"; break; fi
    done
  fi
  if [ -z "$dd" ] && [ -r "$R${ETCD_MANIFEST}" ]; then
    dd=$(sed -n "s/^[[:space:]]*-[[:space:]]*[\"']\{0,1\}--data-dir[= ]\([^[:space:]\"']*\).*/\1/p" "$R${ETCD_MANIFEST}" | head -n 1)
    if [ -n "$dd" ]; then printf 'kdatadir=manifest %s\n' "$dd"; fi
  fi
  case "$dd" in /*) zt_kstat "$dd" ;; esac
  if [ "$MODE" = offline ]; then
    if [ -r "$R/etc/passwd" ]; then awk -F: '$3 ~ /^[0-9]+$/ { print "kuser=" $3 " " $1 }' "$R/etc/passwd"; fi
    if [ -r "$R/etc/group" ]; then awk -F: '$3 ~ /^[0-9]+$/ { print "kgroup=" $3 " " $1 }' "$R/etc/group"; fi
  fi
  return 0
}`;
