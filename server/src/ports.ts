import net from 'node:net';

/** Thrown when a port this process needs is taken; the message is one line naming it. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** The one line for a port that is taken. */
export function portInUseMessage(what: string, port: number, host: string, variable: string): string {
  return `${what} port ${port} on ${host} is already in use by another program; stop it or set ${variable} to a free port.`;
}

/** Resolves when `port` can be bound on `host` right now, so a JVM is not started for nothing. */
export function assertPortFree(what: string, port: number, host: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(portInUseMessage(what, port, host, variable))
          : error,
      ),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
