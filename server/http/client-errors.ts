/**
 * Requests Node refuses before Express sees them (a URL or headers over 16 KB, a malformed request
 * line, a request that never finishes arriving) get Node's bare English status line; here they get
 * a status and a Portuguese sentence.
 */
import { type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

const REFUSALS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Endereço ou cabeçalhos grandes demais (o limite é de 16 KB).'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Requisição grande demais.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'A requisição demorou demais para chegar. Tente novamente.'],
};
const MALFORMED: [number, string] = [400, 'Requisição HTTP malformada.'];

export function answerClientErrorsInPortuguese(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A response already under way on this connection cannot be followed by another one.
    const current = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || socket.writableEnded || current?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, message] = REFUSALS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ error: message });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
