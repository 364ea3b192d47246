import { createRequire } from 'node:module';
import type net from 'node:net';

/**
 * neo4j-driver writes a Bolt message in 1,400-byte chunks and leaves Nagle's algorithm on, so
 * any message longer than that (our named queries are ~2 KB) waits for the server's delayed
 * ACK: about 44 ms per query on Linux, measured here (a 1,000-character query took 1.7 ms, a
 * 1,400-character one 46 ms). The driver has no setting for it.
 *
 * Scoped to the driver's own sockets: every Bolt socket is made in the constructor of
 * neo4j-driver-bolt-connection's NodeChannel, which hands it straight to
 * `_setupConnectionTimeout(config, socket)`. Wrapping that one method sets TCP_NODELAY on those
 * sockets (plain and TLS) and on nothing else in the process (net.connect is left alone).
 * The module is resolved from neo4j-driver itself, so it is the copy the driver uses.
 */
interface NodeChannelClass {
  prototype: { _setupConnectionTimeout(config: unknown, socket: net.Socket): unknown };
}

let installed = false;

export function enableTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const fromDriver = createRequire(require.resolve('neo4j-driver'));
  const channel = fromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
    default: NodeChannelClass;
  };
  const proto = channel.default.prototype;
  const setup = proto._setupConnectionTimeout;
  if (typeof setup !== 'function') {
    throw new Error('neo4j-driver changed its NodeChannel: revisit server/src/db/tcp-nodelay.ts');
  }
  proto._setupConnectionTimeout = function (config, socket) {
    socket.setNoDelay(true);
    return setup.call(this, config, socket);
  };
}
