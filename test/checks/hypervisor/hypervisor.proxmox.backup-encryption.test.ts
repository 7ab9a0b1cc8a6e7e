import check from '../../../checks/hypervisor/hypervisor.proxmox.backup-encryption.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, job, storage } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [
    { 'proxmox.backup-jobs': [job('a', { storage: 'pbs' })], 'proxmox.storage': [storage('pbs')] },
    { facts: { 'proxmox.backup-jobs': [job('a', { storage: 'pbs' }), job('b', { storage: 'local', enabled: false })], 'proxmox.storage': [storage('pbs'), storage('local', { type: 'dir', encrypted: false })] }, name: 'a disabled job is not asked' },
  ],
  fail: [
    { facts: { 'proxmox.backup-jobs': [job('a', { storage: 'local' })], 'proxmox.storage': [storage('local', { type: 'dir', encrypted: false })] }, messageId: 'clear' },
    { facts: { 'proxmox.backup-jobs': [job('a', { storage: 'pbs' })], 'proxmox.storage': [storage('pbs', { encrypted: false })] }, messageId: 'clear', name: 'PBS without a key' },
  ],
  notApplicable: [{ 'proxmox.backup-jobs': [], 'proxmox.storage': [storage()] }],
  error: [
    { facts: { 'proxmox.backup-jobs': [job('a', { storage: 'gone' })], 'proxmox.storage': [storage()] }, name: 'a storage not in the list' },
    { 'proxmox.backup-jobs': [job()], 'proxmox.storage': forbidden('/storage') },
  ],
});
