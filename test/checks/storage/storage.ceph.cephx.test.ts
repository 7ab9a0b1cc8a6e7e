import check from '../../../checks/storage/storage.ceph.cephx.js';
import { checkTester } from '../../helpers/check-tester.js';
import { ceph, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [
    { 'storage.ceph': ceph('[global]\nauth_cluster_required = cephx\nauth service required = cephx\nauth-client-required = cephx') },
    { facts: { 'storage.ceph': ceph('[global]\nfsid = x') }, name: 'cephx is the default' },
  ],
  fail: [
    { facts: { 'storage.ceph': ceph('[global]\nauth cluster required = none') }, messageId: 'none', count: 1 },
    { facts: { 'storage.ceph': ceph('[global]\nauth_client_required = cephx\n[client.rgw]\nauth_client_required = none') }, messageId: 'none', count: 1, name: 'a section overrides [global]' },
    { facts: { 'storage.ceph': ceph('[global]\nauth_client_required = none\n[client.rgw]\nauth_client_required = none') }, messageId: 'none', count: 2, name: 'the same option in two sections: two results' },
    { facts: { 'storage.ceph': ceph('[global]\nauth_service_required = cephx, none ; either') }, messageId: 'none', name: 'a list that admits none' },
  ],
  notApplicable: [{ 'storage.ceph': notApplicable('no /etc/ceph/*.conf: this host is not a Ceph node or client') }],
  error: [{ 'storage.ceph': notCollected('cannot read /etc/ceph/ceph.conf') }],
});
