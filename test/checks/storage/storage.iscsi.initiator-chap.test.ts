import check from '../../../checks/storage/storage.iscsi.initiator-chap.js';
import { checkTester } from '../../helpers/check-tester.js';
import { iscsi, notApplicable, notCollected } from './storage-facts.js';

const chap = 'node.session.auth.authmethod = CHAP\nnode.session.auth.username = set\nnode.session.auth.password = set\n';

checkTester.run(check, {
  pass: [{ 'storage.iscsi': iscsi({ conf: chap }) }, { 'storage.iscsi': iscsi({ conf: `${chap}node.session.auth.password_in = set` }) }],
  fail: [
    { facts: { 'storage.iscsi': iscsi({ conf: 'node.session.auth.authmethod = None' }) }, messageId: 'noChap' },
    { facts: { 'storage.iscsi': iscsi({ conf: 'node.startup = automatic\n#node.session.auth.authmethod = CHAP' }) }, messageId: 'noChap', name: 'None is the default' },
    { facts: { 'storage.iscsi': iscsi({ conf: 'node.session.auth.authmethod = CHAP\nnode.session.auth.username = set\nnode.session.auth.password = empty' }) }, messageId: 'noSecret' },
    { facts: { 'storage.iscsi': iscsi({ conf: 'node.session.auth.authmethod = CHAP' }) }, messageId: 'noSecret', count: 2, name: 'no user name and no secret: two results' },
  ],
  notApplicable: [{ 'storage.iscsi': iscsi({ save: { targets: [] } }) }, { 'storage.iscsi': notApplicable() }],
  error: [{ 'storage.iscsi': notCollected() }],
});
