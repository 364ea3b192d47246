import net from 'node:net';
import tls from 'node:tls';

/**
 * neo4j-driver writes a Bolt message in 1,400-byte chunks and leaves Nagle's algorithm on, so
 * any message longer than that (our named queries are ~2 KB) waits for the server's delayed
 * ACK: about 44 ms per query on Linux, measured here (a 1,000-character query took 1.7 ms, a
 * 1,400-character one 46 ms). The driver offers no setting for it, so sockets opened through
 * net.connect / tls.connect get TCP_NODELAY, as Node's own HTTP client does by default.
 */
let installed = false;

export function enableTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const wrap = <F extends (...args: never[]) => net.Socket>(connect: F): F =>
    ((...args: Parameters<F>) => connect(...args).setNoDelay(true)) as F;
  net.connect = wrap(net.connect);
  net.createConnection = wrap(net.createConnection);
  tls.connect = wrap(tls.connect);
}
