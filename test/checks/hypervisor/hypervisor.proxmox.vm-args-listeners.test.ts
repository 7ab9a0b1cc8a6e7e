import check from '../../../checks/hypervisor/hypervisor.proxmox.vm-args-listeners.js';
import { checkTester } from '../../helpers/check-tester.js';
import { forbidden, vm, vms } from './proxmox-facts.js';

const args = (a: string) => ({ 'proxmox.vms': vms([vm(200, { args: a })]) });

checkTester.run(check, {
  pass: [
    { 'proxmox.vms': vms([vm(100)]) },
    { facts: args('-global kvm-pit.lost_tick_policy=discard'), name: 'args without a listener' },
    { facts: args('-vnc 127.0.0.1:5 -serial tcp:127.0.0.1:4555,server=on,wait=off'), name: 'loopback only' },
    { facts: args('-vnc unix:/run/qemu-server/200.vnc,password=on'), name: 'a UNIX socket' },
    { facts: args('-chardev socket,id=c0,path=/run/c0.sock,server=on'), name: 'a chardev on a UNIX socket' },
  ],
  fail: [
    { facts: args('-vnc 0.0.0.0:77'), messageId: 'listens' },
    { facts: args('-vnc :1'), name: 'VNC on every address' },
    { facts: args('-serial telnet::4555,server,nowait'), name: 'a telnet serial console' },
    { facts: args('-monitor tcp:192.0.2.5:4444,server,nowait'), name: 'a QEMU monitor on TCP' },
    { facts: args('-chardev socket,id=m0,host=0.0.0.0,port=4444,server=on,wait=off -mon chardev=m0'), name: 'a chardev socket server' },
    { facts: args('-spice port=5930,disable-ticketing=on'), name: 'SPICE on every address' },
  ],
  notApplicable: [{ 'proxmox.vms': vms([]) }],
  error: [{ 'proxmox.vms': forbidden('/nodes/pve1/qemu') }],
});
