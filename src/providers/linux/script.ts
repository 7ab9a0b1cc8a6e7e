// The Linux host sections: fixed POSIX-sh text that reads what the Linux checks need and prints it
// in the grammar of shell/prelude.ts. Composed only from the constants in this file; nothing from
// an inventory is ever spliced in. The audited root is the script's first argument ("$1").
// Nothing is written anywhere: every command is a read.

/** Kernel parameters read from /proc/sys (live) or looked for in sysctl files (offline). */
export const SYSCTL_KEYS = [
  'kernel.randomize_va_space',
  'kernel.kptr_restrict',
  'kernel.dmesg_restrict',
  'kernel.unprivileged_bpf_disabled',
  'kernel.yama.ptrace_scope',
  'kernel.perf_event_paranoid',
  'kernel.sysrq',
  'fs.suid_dumpable',
  'fs.protected_hardlinks',
  'fs.protected_symlinks',
  'net.ipv4.ip_forward',
  'net.ipv6.conf.all.forwarding',
  'net.ipv4.conf.all.send_redirects',
  'net.ipv4.conf.default.send_redirects',
  'net.ipv4.conf.all.accept_redirects',
  'net.ipv4.conf.default.accept_redirects',
  'net.ipv6.conf.all.accept_redirects',
  'net.ipv6.conf.default.accept_redirects',
  'net.ipv4.conf.all.secure_redirects',
  'net.ipv4.conf.default.secure_redirects',
  'net.ipv4.conf.all.rp_filter',
  'net.ipv4.conf.default.rp_filter',
  'net.ipv4.conf.all.accept_source_route',
  'net.ipv4.conf.default.accept_source_route',
  'net.ipv6.conf.all.accept_source_route',
  'net.ipv6.conf.default.accept_source_route',
  'net.ipv4.conf.all.log_martians',
  'net.ipv4.conf.default.log_martians',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.icmp_echo_ignore_broadcasts',
  'net.ipv4.icmp_ignore_bogus_error_responses',
  'net.ipv6.conf.all.accept_ra',
  'net.ipv6.conf.default.accept_ra',
] as const;

/** Programs whose presence under the audited root is reported (installed = executable exists). */
export const PROGRAMS = [
  'sshd', 'auditd', 'auditctl', 'chronyd', 'ntpd', 'openntpd', 'systemd-timesyncd', 'unattended-upgrade',
  'dnf-automatic', 'apt-get', 'dnf', 'yum', 'zypper', 'apparmor_parser', 'aa-status', 'sestatus',
  'mokutil', 'nft', 'iptables', 'ufw', 'firewalld', 'systemd-coredump', 'in.telnetd', 'telnetd',
  'in.rshd', 'in.rlogind', 'in.rexecd', 'in.tftpd', 'vsftpd', 'xinetd', 'inetd', 'talkd', 'in.talkd',
  'ypserv', 'rsh-server', 'lynis',
] as const;

/** Folders searched for PROGRAMS (systemd's helpers live under lib/systemd). */
const PROGRAM_DIRS = '/usr/sbin /sbin /usr/bin /bin /usr/local/sbin /usr/local/bin /lib/systemd /usr/lib/systemd';

/** Files whose mode and owner are reported. */
export const STAT_PATHS = [
  '/etc/passwd', '/etc/passwd-', '/etc/shadow', '/etc/shadow-', '/etc/group', '/etc/group-', '/etc/gshadow',
  '/etc/gshadow-', '/etc/ssh/sshd_config', '/etc/crontab', '/boot/grub/grub.cfg', '/tmp', '/var/tmp',
] as const;


/** The host sections, by name; each defines `s_<name>` (see shell/prelude.ts for the helpers). */
export const LINUX_SECTIONS = {
  meta: String.raw`
s_meta() {
  printf 'mode=%s\n' "$MODE"
  printf 'uid=%s\n' "$UID0"
  printf 'path=%s\n' "$ZT_PATH"
  if [ "$MODE" = live ]; then
    printf 'hostname=%s\n' "$(hostname 2>/dev/null || cat /proc/sys/kernel/hostname 2>/dev/null)"
    printf 'kernel=%s\n' "$(uname -r 2>/dev/null)"
  fi
  if [ -e "$R/etc/os-release" ]; then zt_file /etc/os-release; else zt_file /usr/lib/os-release; fi
}`,
  programs: String.raw`
s_programs() {
  for p in ${PROGRAMS.join(' ')}; do
    for d in ${PROGRAM_DIRS}; do
      if [ -x "$R$d/$p" ] && [ ! -d "$R$d/$p" ]; then printf 'installed=%s\n' "$p"; break; fi
    done
  done
}`,
  sshd: String.raw`
s_sshd() {
  bin=
  for b in /usr/sbin/sshd /usr/local/sbin/sshd /sbin/sshd /usr/bin/sshd; do
    if [ -x "$R$b" ]; then bin=$b; break; fi
  done
  printf 'binary=%s\n' "$bin"
  if [ "$MODE" = live ] && [ -n "$bin" ]; then
    if [ "$UID0" = 0 ]; then zt_cmd sshd-T "$bin" -T; else printf 'sshd-T=needs root\n'; fi
  fi
  todo=/etc/ssh/sshd_config; seen=' '; depth=0
  while [ -n "$todo" ] && [ "$depth" -lt 6 ]; do
    next=
    for f in $todo; do
      case "$seen" in *" $f "*) continue ;; esac
      seen="$seen$f "
      zt_file "$f"
      [ -r "$R$f" ] || continue
      for inc in $(sed -n 's/#.*//; s/^[[:space:]]*[Ii][Nn][Cc][Ll][Uu][Dd][Ee][[:space:]=]*//p' "$R$f"); do
        case "$inc" in /*) ;; *) inc=/etc/ssh/$inc ;; esac
        for g in "$R"$inc; do
          [ -f "$g" ] && next="$next ${'${g#"$R"}'}"
        done
      done
    done
    todo=$next; depth=$((depth + 1))
  done
}`,
  sysctl: String.raw`
s_sysctl() {
  if [ "$MODE" = live ]; then
    if [ ! -d /proc/sys ]; then echo 'error=/proc/sys is not mounted'; return 1; fi
    # no process per key: dots become slashes by field splitting, the value is read by the shell
    for k in ${SYSCTL_KEYS.join(' ')}; do
      zt_ifs=$IFS; IFS=.; set -- $k; IFS=$zt_ifs
      f=/proc/sys; for part in "$@"; do f=$f/$part; done
      # dash's read answers 1 on some /proc files although it read the value: the value decides
      v=; if [ -r "$f" ]; then IFS= read -r v < "$f"; [ -n "$v" ] && printf 'value=%s=%s\n' "$k" "$v"; fi
    done
  else
    for d in /usr/lib/sysctl.d /lib/sysctl.d /run/sysctl.d /etc/sysctl.d; do zt_glob "$d/*.conf"; done
    zt_file /etc/sysctl.conf
  fi
}`,
  accounts: String.raw`
s_accounts() {
  zt_file /etc/passwd
  zt_file /etc/login.defs
  if [ -r "$R/etc/shadow" ]; then
    # password hashes never leave the target: only their state and the ageing fields do
    printf -- '--ZT%s-CMD-- shadow-state\n' "$ZT_N"
    awk -F: '{ s = $2; st = "set";
      if (s == "") st = "empty"; else if (s ~ /^!/) st = "locked"; else if (s ~ /^\*/ || length(s) < 13 && s !~ /^\$/) st = "none";
      print $1 ":" st ":" $3 ":" $4 ":" $5 ":" $6 ":" $7 }' "$R/etc/shadow"
    printf '\n--ZT%s-RC-- %s\n' "$ZT_N" "$?"
  elif [ -e "$R/etc/shadow" ]; then printf -- '--ZT%s-DENIED-- /etc/shadow\n' "$ZT_N"
  else printf -- '--ZT%s-NOFILE-- /etc/shadow\n' "$ZT_N"; fi
}`,
  files: String.raw`
s_files() {
  # one stat for every file that exists, run inside the audited root: %n is ./etc/passwd and is
  # printed as /etc/passwd (names collected as arguments, never re-split)
  set --
  for p in ${STAT_PATHS.join(' ')}; do
    if [ -e "$R$p" ]; then set -- "$@" ".$p"; fi
  done
  for k in "$R"/etc/ssh/ssh_host_*_key; do
    if [ -f "$k" ]; then set -- "$@" ".${'${k#"$R"}'}"; fi
  done
  if [ $# -gt 0 ]; then (cd "$R/" && stat -c 'stat=%n %a %u %g %U %G' -- "$@" 2>/dev/null) | sed 's:^stat=\./:stat=/:'; fi
  dirs=
  if [ "$MODE" = live ]; then dirs=$ZT_PATH; fi
  if [ -r "$R/etc/login.defs" ]; then
    for v in $(sed -n 's/^[[:space:]]*ENV_S\{0,1\}U\{0,1\}PATH[[:space:]]\{1,\}PATH=//p' "$R/etc/login.defs"); do dirs="$dirs:$v"; done
  fi
  printf '%s\n' "$dirs" | tr ':' '\n' | sort -u | while IFS= read -r d; do
    case "$d" in
      '') ;;
      /*) if [ -d "$R$d" ]; then printf 'pathdir=%s ' "$d"; stat -L -c '%a %u' -- "$R$d" 2>&1; else printf 'pathdir=%s missing\n' "$d"; fi ;;
      *) printf 'pathdir=%s relative\n' "$d" ;;
    esac
  done
}`,
  firewall: String.raw`
s_firewall() {
  if [ "$MODE" = live ]; then
    if have nft; then zt_cmd nft nft list ruleset; fi
    if have iptables; then zt_cmd iptables iptables -S; fi
  fi
  zt_file /etc/nftables.conf
  zt_glob '/etc/nftables.d/*.nft'
  zt_file /etc/iptables/rules.v4
  zt_file /etc/sysconfig/iptables
  zt_file /etc/ufw/ufw.conf
  zt_file /etc/default/ufw
}`,
  audit: String.raw`
s_audit() {
  if [ "$MODE" = live ] && have auditctl; then
    if [ "$UID0" = 0 ]; then zt_cmd auditctl auditctl -l; zt_cmd auditctl-status auditctl -s; else printf 'auditctl=needs root\n'; fi
  fi
  zt_file /etc/audit/audit.rules
  zt_glob '/etc/audit/rules.d/*.rules'
}`,
  services: String.raw`
s_services() {
  for l in "$R"/etc/systemd/system/*.wants/* "$R"/etc/systemd/system/*.requires/*; do
    if [ -e "$l" ] || [ -L "$l" ]; then printf 'enabled=%s\n' "${'${l##*/}'}"; fi
  done
  for l in "$R"/etc/rc2.d/S* "$R"/etc/rc3.d/S* "$R"/etc/rc5.d/S*; do
    if [ -e "$l" ] || [ -L "$l" ]; then printf 'sysv=%s\n' "${'${l##*/}'}"; fi
  done
  if [ "$MODE" = live ]; then
    if [ -d /run/systemd/system ] && have systemctl; then
      zt_cmd running systemctl list-units --type=service --state=running --no-legend --plain --no-pager
      if have timedatectl; then zt_cmd ntp-sync timedatectl show -p NTPSynchronized --value; fi
    else
      printf 'running=systemd is not running (PID 1 is %s)\n' "$(cat /proc/1/comm 2>/dev/null || echo unknown)"
    fi
  fi
}`,
  updates: String.raw`
s_updates() {
  # one grep over the folder, not one per file
  set --
  for f in "$R"/etc/apt/apt.conf.d/*; do
    if [ -f "$f" ]; then set -- "$@" "$f"; fi
  done
  if [ $# -gt 0 ]; then
    grep -l 'Periodic' -- "$@" 2>/dev/null | while IFS= read -r f; do zt_file "${'${f#"$R"}'}"; done
  fi
  zt_file /etc/dnf/automatic.conf
}`,
  storage: String.raw`
s_storage() {
  if [ "$MODE" = live ]; then
    printf 'rootmount=%s\n' "$(awk '$5 == "/" { for (i = 7; i <= NF; i++) if ($i == "-") { print $(i+1), $(i+2); exit } }' /proc/self/mountinfo 2>/dev/null)"
    if have lsblk; then
      zt_cmd lsblk lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINTS
    fi
  fi
  zt_file /etc/fstab
  zt_file /etc/crypttab
}`,
  mac: String.raw`
s_mac() {
  if [ "$MODE" = live ]; then
    zt_file /sys/module/apparmor/parameters/enabled
    zt_file /sys/kernel/security/apparmor/profiles
    zt_file /sys/fs/selinux/enforce
    zt_file /proc/cmdline
  else
    zt_file /etc/default/grub
  fi
  zt_file /etc/selinux/config
}`,
  coredump: String.raw`
s_coredump() {
  zt_file /etc/security/limits.conf
  zt_glob '/etc/security/limits.d/*.conf'
  zt_file /etc/systemd/coredump.conf
  zt_glob '/etc/systemd/coredump.conf.d/*.conf'
}`,
  secureboot: String.raw`
s_secureboot() {
  if [ "$MODE" != live ]; then echo 'observable=no'; return 0; fi
  if [ -d /sys/firmware/efi ]; then echo 'efi=yes'; else echo 'efi=no'; fi
  if have mokutil; then zt_cmd mokutil mokutil --sb-state; fi
  for f in /sys/firmware/efi/efivars/SecureBoot-*; do
    if [ -r "$f" ]; then printf 'efivar='; od -An -t u1 "$f" 2>/dev/null | tr -s ' \n' '  '; printf '\n'; fi
  done
}`,
} as const satisfies Record<string, string>;
