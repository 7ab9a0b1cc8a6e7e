import check from '../../../checks/hypervisor/hypervisor.proxmox.migration-secure.js';
import { checkTester } from '../../helpers/check-tester.js';
import { clusterOptions, forbidden } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [
    { 'proxmox.cluster-options': clusterOptions() },
    { facts: { 'proxmox.cluster-options': clusterOptions({ migrationNetwork: '10.10.10.0/24' }) }, name: 'a dedicated network' },
  ],
  fail: [{ facts: { 'proxmox.cluster-options': clusterOptions({ migrationType: 'insecure', migrationNetwork: '10.10.10.0/24' }) }, messageId: 'insecure' }],
  error: [{ 'proxmox.cluster-options': forbidden('/cluster/options') }],
});
