import check from '../../../checks/storage/storage.iscsi.target-auth.js';
import { checkTester } from '../../helpers/check-tester.js';
import { iscsi, lio, notApplicable, notCollected } from './storage-facts.js';

const acl = (password: string) => ({ node_wwn: 'iqn.1993-08.org.debian:01:c1', chap_userid: 'set', chap_password: password });

checkTester.run(check, {
  pass: [{ 'storage.iscsi': iscsi({ save: lio({ authentication: 1, generate_node_acls: 0 }, [acl('set')]) }) }],
  fail: [
    { facts: { 'storage.iscsi': iscsi({ save: lio({ authentication: 0, generate_node_acls: 0 }, [acl('set')]) }) }, messageId: 'authOff' },
    { facts: { 'storage.iscsi': iscsi({ save: lio({ generate_node_acls: 0 }) }) }, messageId: 'authOff', name: 'authentication not in the file' },
    { facts: { 'storage.iscsi': iscsi({ save: lio({ authentication: 1 }, [acl('empty')]) }) }, messageId: 'aclNoChap' },
  ],
  notApplicable: [
    { 'storage.iscsi': iscsi({ conf: 'node.session.auth.authmethod = CHAP' }) },
    { 'storage.iscsi': iscsi({ save: lio({ authentication: 0 }, [], { enable: false }) }) },
    { 'storage.iscsi': notApplicable() },
  ],
  error: [{ 'storage.iscsi': notCollected('/etc/target/saveconfig.json is not valid JSON: Unexpected end of JSON input') }],
});
