// One read-only call's answer as a fact: a value, the setting's "not configured" answer as a value
// (each call names its own: NoSuchBucketPolicy...), an API the endpoint does not implement as
// not_implemented, anything else (AccessDenied, a 500, a lost connection) as an error with the reason.
import type { S3Read } from '../../kit/s3/facts.js';
import { UnexpectedAnswer } from './answer-root.js';

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Error codes of endpoints that do not implement a sub-resource (AWS NotImplemented, 501; some gateways 405). */
const NOT_IMPLEMENTED = new Set(['NotImplemented', 'UnsupportedOperation', 'MethodNotAllowed', 'XNotImplemented']);

export const httpStatusOf = (err: unknown): number | undefined => (err as SdkError | undefined)?.$metadata?.httpStatusCode;

/** True when the call never got an HTTP answer (refused, certificate, timeout). */
export const isNetworkError = (err: unknown): boolean => !(err instanceof UnexpectedAnswer) && httpStatusOf(err) === undefined;

export const errorCode = (err: unknown): string => {
  const e = err as SdkError;
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error');
};

/** One line: "GetBucketPolicy: AccessDenied (HTTP 403): Access Denied". */
export function reasonOf(op: string, err: unknown, scrub: (s: string) => string): string {
  const e = err as SdkError;
  const status = httpStatusOf(err);
  const message = (e.message ?? '').split('\n')[0]!.trim();
  const code = errorCode(err);
  const text = `${op}: ${code}${status ? ` (HTTP ${status})` : ''}${message && message !== code && !/^UnknownError$/.test(message) ? `: ${message}` : ''}`;
  return scrub(text);
}

/**
 * Run one call. `absent` names the error codes that mean "the bucket has no such configuration";
 * they yield `none` (null for most settings, {} for tags).
 */
export async function readS3<T>(op: string, call: () => Promise<T>, absent: readonly string[], none: T, scrub: (s: string) => string): Promise<S3Read<T>> {
  try {
    return { state: 'ok', value: await call() };
  } catch (err) {
    const code = errorCode(err);
    if (absent.includes(code)) return { state: 'ok', value: none };
    if (err instanceof UnexpectedAnswer) return { state: 'not_implemented', reason: scrub(`${op}: ${err.message}`) };
    if (NOT_IMPLEMENTED.has(code) || httpStatusOf(err) === 501) return { state: 'not_implemented', reason: `${reasonOf(op, err, scrub)}; the endpoint does not implement this API` };
    return { state: 'error', reason: reasonOf(op, err, scrub) };
  }
}

/** A scrubber that masks each secret wherever it appears (an error text never carries a key). */
export function scrubber(secrets: readonly (string | undefined)[]): (s: string) => string {
  const list = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (s) => list.reduce((acc, secret) => acc.split(secret).join('***'), s);
}
