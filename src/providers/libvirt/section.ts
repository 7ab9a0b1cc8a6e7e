// The libvirt section of a host script (POSIX sh). The connection URI arrives as the script's
// second argument ("$2", from the kind's scriptArgs), read at the top level where "$2" is the
// script's own; a Linux host's facet passes none and gets qemu:///system.
// Output, attributes first (a key=value line after a file would read as its content): uri=,
// conf=yes|no, socket=UNIT for each remote-access socket enabled, virsh=yes|no|offline; then the
// commands list, capabilities, dumpxml.N (each after a domain=NAME line), or offline the persisted
// definitions; then the daemon and driver files. Graphics passwords are masked here, on the host,
// before the output leaves it.
export const LIBVIRT_SECTION = String.raw`
ZT_URI=${'${2:-qemu:///system}'}
zt_virsh() {
  zt_vn=$1; shift
  printf -- '--ZT%s-CMD-- %s\n' "$ZT_N" "$zt_vn"
  if [ -n "$ZT_TIMEOUT" ]; then zt_vo=$("$ZT_TIMEOUT" -k 2 "$ZT_CMD_SECONDS" virsh -q -c "$ZT_URI" "$@" 2>&1 </dev/null); else zt_vo=$(virsh -q -c "$ZT_URI" "$@" 2>&1 </dev/null); fi
  zt_vr=$?
  printf '%s\n' "$zt_vo" | sed -e "s/passwd='[^']*'/passwd='(masked)'/g" -e 's/passwd="[^"]*"/passwd="(masked)"/g'
  printf '\n--ZT%s-RC-- %s\n' "$ZT_N" "$zt_vr"
}
s_libvirt() {
  printf 'uri=%s\n' "$ZT_URI"
  # host files belong to the host whose daemon the URI names: not a remote one, not the test driver
  case "$ZT_URI" in test:*|*://[!/]*) zt_conf=no ;; *) zt_conf=yes ;; esac
  printf 'conf=%s\n' "$zt_conf"
  if [ "$zt_conf" = yes ]; then
    for zt_u in libvirtd-tcp.socket libvirtd-tls.socket virtproxyd-tcp.socket virtproxyd-tls.socket; do
      # an enabled unit is a link in a .wants folder (its target may lie outside a mounted root)
      for zt_w in sockets.target.wants libvirtd.service.wants virtproxyd.service.wants; do
        if [ -e "$R/etc/systemd/system/$zt_w/$zt_u" ] || [ -L "$R/etc/systemd/system/$zt_w/$zt_u" ]; then printf 'socket=%s\n' "$zt_u"; break; fi
      done
    done
  fi
  if [ "$MODE" = offline ]; then
    echo 'virsh=offline'
    zt_glob '/etc/libvirt/qemu/*.xml'
  elif have virsh; then
    echo 'virsh=yes'
    zt_virsh list list --all --name
    if [ "$zt_vr" = 0 ]; then
      zt_names=$zt_vo
      zt_virsh capabilities capabilities
      zt_i=0
      printf '%s\n' "$zt_names" | head -n 1000 | while IFS= read -r zt_d; do
        [ -n "$zt_d" ] || continue
        zt_i=$((zt_i + 1))
        printf 'domain=%s\n' "$zt_d"
        zt_virsh "dumpxml.$zt_i" dumpxml --security-info --domain "$zt_d"
      done
    fi
  else
    echo 'virsh=no'
  fi
  # files last: key=value lines after a file would read as its content
  if [ "$zt_conf" = yes ]; then
    for zt_f in libvirtd virtqemud virtproxyd qemu; do zt_file "/etc/libvirt/$zt_f.conf"; done
  fi
  return 0
}`;
