// The host storage sections of the collection script. Every path is a constant; nothing from an
// inventory is spliced in. Secrets are reduced to "set" / "empty" here, on the host, before the
// text leaves it: CHAP credentials of iscsid.conf and saveconfig.json, Ceph keys and secrets,
// CIFS mount passwords. Comment lines of iscsid.conf and ceph.conf are dropped for the same reason
// (Debian's iscsid.conf carries commented example passwords).

/** zt_st_file PATH SED: like zt_file, the content through `sed -E -e SED` (a fixed mask below). */
const FILTERED_FILE = String.raw`
zt_st_file() {
  zt_p=$R$1
  if [ -n "$R" ] && [ -L "$zt_p" ]; then
    zt_t=$(readlink -- "$zt_p" 2>/dev/null)
    case "$zt_t" in /*) zt_p=$R$zt_t ;; esac
  fi
  if [ -e "$zt_p" ]; then
    if [ -r "$zt_p" ] && [ ! -d "$zt_p" ]; then
      printf -- '--ZT%s-FILE-- %s\n' "$ZT_N" "$1"; sed -E -e "$2" "$zt_p" 2>/dev/null; printf '\n'
    else printf -- '--ZT%s-DENIED-- %s\n' "$ZT_N" "$1"; fi
  else printf -- '--ZT%s-NOFILE-- %s\n' "$ZT_N" "$1"; fi
}`;

/** fstab / mount table: pass=, password=, password2= option values (a doubled comma is part of a CIFS password). */
export const MOUNT_MASK = String.raw`s/(^|[[:space:],])(pass|password|password2)=(,,|[^,[:space:]])+/\1\2=set/g; s/(^|[[:space:],])(pass|password|password2)=([,[:space:]]|$)/\1\2=empty\3/g`;
/** iscsid.conf: comment lines dropped; any *username* / *password* value reduced. */
export const ISCSI_MASK = String.raw`/^[[:space:]]*#/d; s/^([[:space:]]*[^=[:space:]]*(password|username)[^=[:space:]]*[[:space:]]*=)[[:space:]]*[^[:space:]].*$/\1 set/; s/^([[:space:]]*[^=[:space:]]*(password|username)[^=[:space:]]*[[:space:]]*=)[[:space:]]*$/\1 empty/`;
/** saveconfig.json: the string value of any key naming a password or a CHAP user id. */
export const JSON_MASK = String.raw`s/("[A-Za-z_]*(password|userid)[A-Za-z_]*"[[:space:]]*:[[:space:]]*)"([^"\\]|\\.)+"/\1"set"/g; s/("[A-Za-z_]*(password|userid)[A-Za-z_]*"[[:space:]]*:[[:space:]]*)""/\1"empty"/g`;
/** ceph.conf: comment lines dropped; options named *key, *keys, *secret, *password reduced. */
export const CEPH_MASK = String.raw`/^[[:space:]]*[#;]/d; s/^([[:space:]]*([^=]*[[:space:]_-])?(key|keys|secret|password|passwd)[[:space:]]*=)[[:space:]]*[^[:space:]].*$/\1 set/; s/^([[:space:]]*([^=]*[[:space:]_-])?(key|keys|secret|password|passwd)[[:space:]]*=)[[:space:]]*$/\1 empty/`;

const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export const STORAGE_SECTIONS = {
  nfs: String.raw`
s_nfs() {
  zt_file /etc/exports
  if [ -d "$R/etc/exports.d" ] && { [ ! -r "$R/etc/exports.d" ] || [ ! -x "$R/etc/exports.d" ]; }; then echo 'denied=/etc/exports.d'; fi
  zt_glob '/etc/exports.d/*.exports'
}`,
  netmounts: `${FILTERED_FILE}
s_netmounts() {
  zt_st_file /etc/fstab ${q(MOUNT_MASK)}
  if [ "$MODE" = live ]; then zt_st_file /proc/self/mounts ${q(MOUNT_MASK)}; fi
  return 0
}`,
  smb: String.raw`
zt_st_smbinc() {
  case " $3 " in *" $1 "*) printf 'includeloop=%s\n' "$1"; return 0 ;; esac
  if [ "$2" -gt 8 ]; then printf 'includedepth=%s\n' "$1"; return 0; fi
  zt_file "$1"
  zt_q=$R$1
  if [ -n "$R" ] && [ -L "$zt_q" ]; then
    zt_t=$(readlink -- "$zt_q" 2>/dev/null)
    case "$zt_t" in /*) zt_q=$R$zt_t ;; esac
  fi
  if [ ! -f "$zt_q" ] || [ ! -r "$zt_q" ]; then return 0; fi
  sed -n 's/^[[:space:]]*[Ii][Nn][Cc][Ll][Uu][Dd][Ee][[:space:]]*=[[:space:]]*//p' "$zt_q" | sed 's/[[:space:]]*$//' | while IFS= read -r zt_i; do
    case "$zt_i" in
      *%*) printf 'includemacro=%s\n' "$zt_i" ;;
      /*) zt_st_smbinc "$zt_i" $(($2 + 1)) "$3 $1" ;;
      *) printf 'includerelative=%s\n' "$zt_i" ;;
    esac
  done
}
s_smb() {
  zt_st_smbinc /etc/samba/smb.conf 0 ''
  # the target's own Samba tells its effective values and defaults; a mounted root is read by the parser
  if [ "$MODE" = live ] && [ -f /etc/samba/smb.conf ]; then
    if have testparm; then zt_cmd testparm testparm -s -v /etc/samba/smb.conf; else echo 'testparm=absent'; fi
  fi
  return 0
}`,
  iscsi: `${FILTERED_FILE}
s_iscsi() {
  zt_st_file /etc/iscsi/iscsid.conf ${q(ISCSI_MASK)}
  zt_st_file /etc/target/saveconfig.json ${q(JSON_MASK)}
}`,
  luks: String.raw`${FILTERED_FILE}
s_luks() {
  zt_st_file /etc/fstab ${q(MOUNT_MASK)}
  zt_file /etc/crypttab
  if [ "$MODE" = live ]; then
    printf 'rootmount=%s\n' "$(awk '$5 == "/" { for (i = 7; i <= NF; i++) if ($i == "-") { print $(i+1), $(i+2); exit } }' /proc/self/mountinfo 2>/dev/null)"
    if have lsblk; then
      if lsblk -J -o MOUNTPOINTS >/dev/null 2>&1; then zt_cmd lsblk lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINTS
      else zt_cmd lsblk lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINT; fi
    fi
  fi
  return 0
}`,
  ceph: `${FILTERED_FILE}
s_ceph() {
  if [ -d "$R/etc/ceph" ] && { [ ! -r "$R/etc/ceph" ] || [ ! -x "$R/etc/ceph" ]; }; then echo 'denied=/etc/ceph'; fi
  for zt_c in "$R"/etc/ceph/*.conf; do
    if [ -f "$zt_c" ]; then zt_st_file "${'${zt_c#"$R"}'}" ${q(CEPH_MASK)}; fi
  done
  return 0
}`,
} as const satisfies Record<string, string>;
