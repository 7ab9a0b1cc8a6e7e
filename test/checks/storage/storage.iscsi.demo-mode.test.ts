import check from '../../../checks/storage/storage.iscsi.demo-mode.js';
import { checkTester } from '../../helpers/check-tester.js';
import { iscsi, lio, notApplicable, notCollected } from './storage-facts.js';

checkTester.run(check, {
  pass: [{ 'storage.iscsi': iscsi({ save: lio({ authentication: 1, generate_node_acls: 0 }) }) }, { 'storage.iscsi': iscsi({ save: lio({}) }) }],
  fail: [
    { facts: { 'storage.iscsi': iscsi({ save: lio({ generate_node_acls: 1, demo_mode_write_protect: 1 }) }) }, messageId: 'demo' },
    { facts: { 'storage.iscsi': iscsi({ save: lio({ generate_node_acls: 1, demo_mode_write_protect: 0 }) }) }, messageId: 'demo' },
  ],
  notApplicable: [{ 'storage.iscsi': iscsi({ conf: '' }) }, { 'storage.iscsi': notApplicable() }],
  error: [{ 'storage.iscsi': notCollected() }],
});
