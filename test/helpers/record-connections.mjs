// Preloaded with `node --import` by the no-network test: every attempt the process makes to reach
// the network (TCP or TLS connect, UDP socket, DNS lookup) is appended to $ZT_NET_LOG before it
// goes ahead, so the test sees attempts even where the network namespace would refuse them.
import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.ZT_NET_LOG;
const note = (what) => {
  if (log) appendFileSync(log, `${what}\n`);
};
const describe = (args) => {
  const a = args[0];
  if (Array.isArray(a)) return describe(a);
  if (a && typeof a === 'object') return a.path ? `unix:${a.path}` : `${a.host ?? 'localhost'}:${a.port}`;
  if (typeof a === 'string' && !/^\d+$/.test(a)) return `unix:${a}`;
  return `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${a}`;
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  note(`connect ${describe(args)}`);
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function (host, ...rest) {
  note(`dns ${host}`);
  return lookup.call(this, host, ...rest);
};
const plookup = dns.promises.lookup;
dns.promises.lookup = function (host, ...rest) {
  note(`dns ${host}`);
  return plookup.call(this, host, ...rest);
};
const createSocket = dgram.createSocket;
dgram.createSocket = function (...args) {
  note('udp socket');
  return createSocket.apply(this, args);
};
