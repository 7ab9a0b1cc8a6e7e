// The shell prelude every composed host script starts with: the audited root in $R ("$1"), the
// observation mode, and the helpers sections use to print the output grammar (sections.ts).
// Output grammar:
//   ==ZT== <section>                 start of a section
//   --ZT-FILE-- <path>               the file's content follows (path inside the audited root)
//   --ZT-NOFILE-- <path>             the file does not exist
//   --ZT-DENIED-- <path>             the file exists but cannot be read
//   --ZT-CMD-- <name>                a command's stdout+stderr follow ...
//   --ZT-RC-- <code>                 ... and its exit status
//   ==ZT-END== <section> <code>      end of a section, with the section's exit status
// Lines of the form key=value outside files/commands are section attributes.

export const PRELUDE = String.raw`
ZT_PATH=$PATH
PATH=$PATH:/usr/sbin:/sbin:/usr/bin:/bin
LC_ALL=C
export PATH LC_ALL
R=$1
case "$R" in
  ''|/) R= ;;
  */) R=$(printf '%s' "$R" | sed 's:/*$::') ;;
esac
if [ -z "$R" ]; then MODE=live; else MODE=offline; fi
if [ -n "$R" ] && [ ! -d "$R/" ]; then printf 'ztaudit: %s is not a directory\n' "$1" >&2; exit 3; fi
UID0=$(id -u 2>/dev/null)
ZT_TIMEOUT=$(command -v timeout 2>/dev/null)
ZT_CMD_SECONDS=15
zt_begin() { printf '\n==ZT%s== %s\n' "$ZT_N" "$1"; }
zt_end() { printf '\n==ZT%s-END== %s %s\n' "$ZT_N" "$1" "$2"; }
have() { command -v "$1" >/dev/null 2>&1; }
zt_file() {
  zt_p=$R$1
  # in a mounted root an absolute symlink points into that root, not into this machine
  if [ -n "$R" ] && [ -L "$zt_p" ]; then
    zt_t=$(readlink -- "$zt_p" 2>/dev/null)
    case "$zt_t" in /*) zt_p=$R$zt_t ;; esac
  fi
  if [ -e "$zt_p" ]; then
    if [ -r "$zt_p" ] && [ ! -d "$zt_p" ]; then
      printf -- '--ZT%s-FILE-- %s\n' "$ZT_N" "$1"; cat -- "$zt_p" 2>/dev/null; printf '\n'
    else printf -- '--ZT%s-DENIED-- %s\n' "$ZT_N" "$1"; fi
  else printf -- '--ZT%s-NOFILE-- %s\n' "$ZT_N" "$1"; fi
}
zt_glob() {
  for zt_g in "$R"$1; do
    [ -f "$zt_g" ] && zt_file "${'${zt_g#"$R"}'}"
  done
  return 0
}
zt_cmd() {
  zt_n=$1; shift
  printf -- '--ZT%s-CMD-- %s\n' "$ZT_N" "$zt_n"
  # one hung tool must not starve the other sections of the time budget
  if [ -n "$ZT_TIMEOUT" ]; then "$ZT_TIMEOUT" -k 2 "$ZT_CMD_SECONDS" "$@" 2>&1 </dev/null; else "$@" 2>&1 </dev/null; fi
  printf '\n--ZT%s-RC-- %s\n' "$ZT_N" "$?"
}
zt_section() { zt_begin "$1"; ( "s_$1" ); zt_end "$1" "$?"; }
`;
