import net from 'node:net';

/** A response read off a raw socket. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function parse(text: string): RawResponse {
  // Skip interim 1xx answers (100 Continue).
  const responses = text.split(/(?=HTTP\/1\.[01] \d{3})/).filter((r) => !/^HTTP\/1\.[01] 1\d\d/.test(r));
  const response = responses[0] ?? '';
  const [head = '', ...rest] = response.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

/**
 * Sends bytes exactly as given (no client library to fix them up) and reads until the server
 * closes the connection; send `Connection: close` in well-formed requests.
 */
export function rawRequest(url: string, request: string): Promise<RawResponse> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parse(text)));
    socket.write(request, 'latin1');
  });
}

/**
 * POSTs `total` bytes in chunked encoding, writing only while the server reads, and stops once
 * an answer arrives. Returns the answer and how many body bytes were sent before it came.
 */
export function chunkedUpload(url: string, total: number): Promise<{ response: RawResponse; sent: number }> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    let text = '';
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const finish = () => resolve({ response: parse(text), sent });
    socket.setEncoding('latin1');
    socket.on('data', (data: string) => {
      text += data;
      if (/HTTP\/1\.1 [2-5]\d\d/.test(text)) answered = true;
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
    const pump = () => {
      while (!answered && sent < total) {
        const head = `${chunk.length.toString(16)}\r\n`;
        sent += chunk.length;
        if (!socket.write(Buffer.concat([Buffer.from(head), chunk, Buffer.from('\r\n')]))) {
          socket.once('drain', pump);
          return;
        }
      }
      if (!answered) socket.write('0\r\n\r\n');
    };
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
        'transfer-encoding: chunked\r\nconnection: close\r\n\r\n',
      pump,
    );
  });
}
