import type http from 'node:http';
import { PortInUseError, portInUseMessage } from './ports';

/** Listens on port/host; a taken port rejects with one line naming it (no unhandled EADDRINUSE). */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      server.off('listening', listening);
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(portInUseMessage('HTTP', port, host, 'PORT'))
          : error,
      );
    };
    const listening = () => {
      server.off('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}
