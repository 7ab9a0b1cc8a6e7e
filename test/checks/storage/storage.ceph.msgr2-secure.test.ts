import check from '../../../checks/storage/storage.ceph.msgr2-secure.js';
import { checkTester } from '../../helpers/check-tester.js';
import { ceph, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [{ 'storage.ceph': ceph('[global]\nms_cluster_mode = secure\nms service mode = secure\nms-client-mode = secure') }],
  fail: [
    { facts: { 'storage.ceph': ceph('[global]\nfsid = x') }, messageId: 'plain', count: 3, name: 'the default is "crc secure"' },
    { facts: { 'storage.ceph': ceph('[global]\nms_cluster_mode = secure\nms_service_mode = secure\nms_client_mode = crc secure') }, messageId: 'plain', count: 1 },
    { facts: { 'storage.ceph': ceph('[global]\nms_cluster_mode = secure\nms_service_mode = secure\nms_client_mode = \\\n  secure\n[osd]\nms_cluster_mode = crc') }, messageId: 'plain', count: 1, name: 'continuation line; an [osd] override' },
  ],
  notApplicable: [{ 'storage.ceph': notApplicable() }],
  error: [{ 'storage.ceph': notCollected() }],
});
