// Image references: registry/path:tag@digest. A reference without a tag pulls `latest`.

export interface ImageRef {
  /** everything before the tag and digest */
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImage(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  // A colon after the last slash is a tag; before it, it is a registry port (host:5000/app).
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const out: ImageRef = { repository: rest };
  if (tag !== undefined && tag !== '') out.tag = tag;
  if (digest !== undefined && digest !== '') out.digest = digest;
  return out;
}

/** A digest of a known algorithm, e.g. sha256:<64 hex>. */
export const isPinnedDigest = (digest: string | undefined): boolean =>
  digest !== undefined && /^sha(256|384|512):[0-9a-f]{64,128}$/.test(digest);
