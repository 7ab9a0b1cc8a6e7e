// The S3 provider of the s3 kind: the AWS SDK loads only when an s3 target is collected.
import type { ApiProvider } from '../types.js';

export const S3_PROVIDER: ApiProvider = {
  type: 'api',
  id: 's3.api',
  kinds: ['s3'],
  facet: 'api',
  facts: ['s3.buckets'],
  async collect(target, _transport, ctx) {
    const { collectS3 } = await import('./collect.js');
    return collectS3(target, ctx);
  },
};
