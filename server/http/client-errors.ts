/**
 * Requests Node refuses before Express sees them (a URL or headers over 16 KB, a malformed request
 * line) get Node's bare English status line; here they get a status and a Portuguese sentence.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

const REFUSALS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Endereço ou cabeçalhos grandes demais (o limite é de 16 KB).'],
};
const MALFORMED: [number, string] = [400, 'Requisição HTTP malformada.'];

export function answerClientErrorsInPortuguese(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, message] = REFUSALS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ error: message });
    const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
