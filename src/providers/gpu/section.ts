// The GPU section of a Linux host's script: one `nvidia-smi -q -x`, the owners of the processes
// it lists, the loaded kernel module's version, the user-space library's, the Container
// Toolkit's version banners and whether DCGM (exporter or host engine) is there and running.
// Live only: a mounted root (--root) has no running driver to ask.
//
// Output: gpu=offline | smi=missing | smi=PATH and the `smi` command; gproc=PID USER CGROUP;
// nvlib=libnvidia-ml.so.VERSION; dcgm=exporter-installed|hostengine-installed;
// dcgmproc=NAME; the `ctk` / `ccli` commands; then the module version files (files go last: a
// file's body runs to the next mark).
export const GPU_SECTION = String.raw`
s_gpu() {
  if [ "$MODE" = offline ]; then echo 'gpu=offline'; return 0; fi
  if have nvidia-smi; then
    printf 'smi=%s\n' "$(command -v nvidia-smi)"
    zt_o=$(if [ -n "$ZT_TIMEOUT" ]; then "$ZT_TIMEOUT" -k 2 "$ZT_CMD_SECONDS" nvidia-smi -q -x; else nvidia-smi -q -x; fi 2>&1 </dev/null)
    zt_rc=$?
    printf -- '--ZT%s-CMD-- smi\n%s\n\n--ZT%s-RC-- %s\n' "$ZT_N" "$zt_o" "$ZT_N" "$zt_rc"
    for zt_pid in $(printf '%s\n' "$zt_o" | sed -n 's:.*<pid>\([0-9][0-9]*\)</pid>.*:\1:p' | sort -u | head -n 256); do
      zt_u=$(stat -c %U "/proc/$zt_pid" 2>/dev/null)
      zt_cg=$(head -c 400 "/proc/$zt_pid/cgroup" 2>/dev/null | tr '\n' ' ')
      printf 'gproc=%s %s %s\n' "$zt_pid" "$${'{'}zt_u:-?}" "$zt_cg"
    done
  else
    echo 'smi=missing'
  fi
  for zt_l in /usr/lib/x86_64-linux-gnu/libnvidia-ml.so.* /usr/lib/aarch64-linux-gnu/libnvidia-ml.so.* /usr/lib64/libnvidia-ml.so.* /usr/lib/libnvidia-ml.so.* /usr/local/nvidia/lib64/libnvidia-ml.so.*; do
    if [ -f "$zt_l" ] && [ ! -L "$zt_l" ]; then printf 'nvlib=%s\n' "$${'{'}zt_l##*/}"; fi
  done
  if have dcgm-exporter; then echo 'dcgm=exporter-installed'; fi
  if have nv-hostengine; then echo 'dcgm=hostengine-installed'; fi
  for zt_c in $(grep -lx -e dcgm-exporter -e nv-hostengine /proc/[0-9]*/comm 2>/dev/null); do
    printf 'dcgmproc=%s\n' "$(cat "$zt_c" 2>/dev/null)"
  done
  if have nvidia-ctk; then zt_cmd ctk nvidia-ctk --version; fi
  if have nvidia-container-cli; then zt_cmd ccli nvidia-container-cli -V; fi
  zt_file /proc/driver/nvidia/version
  zt_file /sys/module/nvidia/version
  return 0
}`;
