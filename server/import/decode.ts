import iconv from 'iconv-lite';

export type DecodedText = { text: string; encoding: 'utf-8' | 'iso-8859-1' };
export type DecodeProblem = { problem: string };

const EMPTY = 'O arquivo está vazio.';
const UTF16 = 'O arquivo está em UTF-16: salve como CSV UTF-8 ou ISO-8859-1.';
const XLSX =
  'O arquivo não é um texto CSV (parece uma planilha do Excel: envie como .xlsx ou salve como CSV).';
const XLS =
  'O arquivo não é um texto CSV (parece uma planilha do Excel no formato antigo .xls: salve como .xlsx ou CSV).';
const PDF = 'O arquivo é um PDF, não um texto CSV: baixe os dados do TabNet como CSV.';
const BINARY =
  'O arquivo não é um texto CSV (tem conteúdo que não é texto): envie um CSV ou uma planilha .xlsx.';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** UTF-16 without a BOM shows up as a NUL next to nearly every ASCII letter, all on the same side. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNuls++;
    if (bytes[index + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  return (
    pairs > 0 && Math.max(evenNuls, oddNuls) >= pairs * 0.6 && Math.min(evenNuls, oddNuls) <= pairs * 0.1
  );
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Bytes as uploaded → text. Valid UTF-8 is read as UTF-8; anything else as Windows-1252, the
 * superset of ISO-8859-1 that TabNet and Excel pt-BR write (it only differs in 0x80–0x9F, which
 * are control codes in Latin-1 and typographic dashes/quotes in 1252).
 */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeProblem {
  if (bytes.length === 0) return { problem: EMPTY };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { problem: UTF16 };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { problem: XLSX };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { problem: XLS };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { problem: PDF };

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) return { problem: looksLikeUtf16(body) ? UTF16 : BINARY };

  let decoded: DecodedText;
  try {
    decoded = { text: strictUtf8.decode(body), encoding: 'utf-8' };
  } catch {
    decoded = { text: iconv.decode(body, 'windows-1252'), encoding: 'iso-8859-1' };
  }
  return decoded.text.trim() === '' ? { problem: EMPTY } : decoded;
}
