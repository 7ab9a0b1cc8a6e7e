import check from '../../../checks/hypervisor/hypervisor.proxmox.backup-jobs.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, job, vm, vms } from './proxmox-facts.js';

checkTester.run(check, {
  pass: [
    { 'proxmox.backup-jobs': [job()], 'proxmox.vms': vms([vm(100), vm(101)]) },
    { facts: { 'proxmox.backup-jobs': [job('b', { all: false, vmids: [100, 101] })], 'proxmox.vms': vms([vm(100), vm(101), vm(9000, { template: true })]) }, name: 'by id; templates are not asked' },
  ],
  fail: [
    { facts: { 'proxmox.backup-jobs': [], 'proxmox.vms': vms() }, messageId: 'none' },
    { facts: { 'proxmox.backup-jobs': [job('a', { enabled: false })], 'proxmox.vms': vms() }, messageId: 'none', name: 'only a disabled job' },
    { facts: { 'proxmox.backup-jobs': [job('a', { all: false, vmids: [100] })], 'proxmox.vms': vms([vm(100), vm(101)]) }, messageId: 'uncovered' },
    { facts: { 'proxmox.backup-jobs': [job('a', { exclude: [101] })], 'proxmox.vms': vms([vm(100), vm(101)]) }, messageId: 'uncovered', name: 'excluded from an all job' },
  ],
  error: [
    { facts: { 'proxmox.backup-jobs': [job('a', { all: false, pool: 'prod' })], 'proxmox.vms': vms([vm(100)]) }, name: 'a pool job cannot be resolved' },
    { 'proxmox.backup-jobs': forbidden('/cluster/backup'), 'proxmox.vms': vms() },
  ],
});
