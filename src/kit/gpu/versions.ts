// Version arithmetic for NVIDIA drivers (535.54.03), toolkits (1.17.8, v1.16.2) and VBIOS
// (96.00.A5.00.01, hexadecimal fields). Pure.

const parts = (v: string): string[] => v.trim().replace(/^v/i, '').split(/[.\-+~]/).filter((p) => p !== '');

/**
 * -1, 0 or 1 as `a` is below, equal to or above `b`, field by field; a missing field counts as 0
 * (595.80 = 595.80.0). With `hex`, fields are hexadecimal (VBIOS versions).
 */
export function compareVersions(a: string, b: string, hex = false): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = hex ? parseInt(x, 16) : /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = hex ? parseInt(y, 16) : /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    // a pre-release tag (1.17.0-rc.1) sorts below the release
    if (Number.isNaN(nx) !== Number.isNaN(ny)) return Number.isNaN(nx) ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export const versionBelow = (v: string, fixed: string, hex = false): boolean => compareVersions(v, fixed, hex) < 0;

/** The release branch of a Linux driver version: 535.54.03 -> R535; null when not a driver version. */
export function branchOf(version: string | null | undefined): string | null {
  const m = /^(\d{3})\.\d+/.exec((version ?? '').trim());
  return m ? `R${m[1]}` : null;
}

export const branchNumber = (branch: string): number => Number(/^R(\d+)$/i.exec(branch.trim())?.[1] ?? NaN);

/** The highest of some versions (undefined for none). */
export function maxVersion(versions: readonly string[], hex = false): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || compareVersions(v, best, hex) > 0) best = v;
  return best;
}

/** The version at the start of a field ("610.57.04 [Deprecated; ...]" -> 610.57.04); null when none. */
export function leadingVersion(s: string | null | undefined): string | null {
  const m = /^v?(\d+(?:\.[0-9A-Za-z]+)*)/.exec((s ?? '').trim());
  return m ? m[1]! : null;
}
