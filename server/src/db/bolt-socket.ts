import { createRequire } from 'node:module';
import type net from 'node:net';

/**
 * Two fixes to how neo4j-driver writes to its Bolt sockets; the driver has a setting for neither.
 *
 * - It leaves Nagle's algorithm on, so any message longer than one 1,400-byte chunk (our named
 *   queries are 1–5 KB) waited for the server's delayed ACK: about 44 ms per query on Linux,
 *   measured here (a 1,000-character query took 1.7 ms, a 1,400-character one 46 ms).
 *   TCP_NODELAY goes on every Bolt socket.
 * - With Nagle off, each 1,400-byte chunk of a message was its own write system call; on
 *   loopback the sender pays for the receiver's TCP processing too, so writing the 4.8 KB
 *   neighbourhood query took ~0.6 ms of the server's CPU per request (12% of a CPU profile under
 *   sequential load). The socket is corked on the first write of a tick and uncorked on the next
 *   one, so a message (and a RUN with its PULL) leaves in one `writev`.
 *
 * Scoped to the driver's own sockets: every Bolt socket is made in the constructor of
 * neo4j-driver-bolt-connection's NodeChannel, which hands it straight to
 * `_setupConnectionTimeout(config, socket)`, and every write goes through NodeChannel's `write`.
 * Nothing else in the process is touched (net.connect is left alone). The module is resolved
 * from neo4j-driver itself, so it is the copy the driver uses.
 */
interface NodeChannelClass {
  prototype: {
    _conn?: net.Socket;
    _setupConnectionTimeout(config: unknown, socket: net.Socket): unknown;
    write(buffer: unknown): void;
  };
}

let installed = false;

export function tuneBoltSockets(): void {
  if (installed) return;
  installed = true;
  const fromDriver = createRequire(require.resolve('neo4j-driver'));
  const channel = fromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
    default: NodeChannelClass;
  };
  const proto = channel.default.prototype;
  const { _setupConnectionTimeout: setup, write } = proto;
  if (typeof setup !== 'function' || typeof write !== 'function') {
    throw new Error('neo4j-driver changed its NodeChannel: revisit server/src/db/bolt-socket.ts');
  }
  proto._setupConnectionTimeout = function (config, socket) {
    socket.setNoDelay(true);
    return setup.call(this, config, socket);
  };
  proto.write = function (buffer) {
    const socket = this._conn;
    if (socket && socket.writableCorked === 0) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    write.call(this, buffer);
  };
}
