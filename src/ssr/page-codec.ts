/// <reference types="node" />
import { NotRendered } from './cli-errors.js';
import { sniffEncoding, type SniffedEncoding } from './sniff-encoding.js';

/**
 * A page's encoding, both ways. Node decodes every encoding of the Encoding
 * Standard but encodes only UTF-8 and UTF-16, so the single-byte encodings
 * are encoded here with a table read off the decoder, and the multi-byte
 * legacy ones (Shift_JIS, GB18030, Big5, EUC-KR…) are refused: no page is
 * written back in an encoding the CLI cannot reproduce exactly.
 */
export interface PageCodec {
  /** As `TextDecoder` names it, e.g. `windows-1252`. */
  encoding: string;
  /** The byte-order mark the page started with, written back in front. */
  bom: Uint8Array;
  canEncode(codePoint: number): boolean;
  /** `text`, every character of which `canEncode`, in this encoding (no BOM). */
  encode(text: string): Uint8Array;
}

/** The single-byte encodings of the Encoding Standard, as `TextDecoder` names them. */
const SINGLE_BYTE =
  /^(ibm866|iso-8859-(2|3|4|5|6|7|8|8-i|10|13|14|15|16)|koi8-[ru]|macintosh|windows-(874|125[0-8])|x-mac-cyrillic)$/;

const displayName = (encoding: string) => (encoding.startsWith('utf-') ? encoding.toUpperCase() : encoding);

const utf8: Omit<PageCodec, 'bom'> = {
  encoding: 'utf-8',
  canEncode: () => true,
  encode: (text) => Buffer.from(text, 'utf8'),
};
const utf16le: Omit<PageCodec, 'bom'> = {
  encoding: 'utf-16le',
  canEncode: () => true,
  encode: (text) => Buffer.from(text, 'utf16le'),
};
const utf16be: Omit<PageCodec, 'bom'> = {
  encoding: 'utf-16be',
  canEncode: () => true,
  encode: (text) => Buffer.from(text, 'utf16le').swap16(),
};

const singleByteCodecs = new Map<string, Omit<PageCodec, 'bom'>>();

/** Every byte decoded on its own gives the table back; a byte the encoding leaves unassigned is simply not in it. */
function singleByte(encoding: string): Omit<PageCodec, 'bom'> {
  let codec = singleByteCodecs.get(encoding);
  if (codec) return codec;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const byteOf = new Map<number, number>();
  for (let byte = 0; byte < 256; byte++) {
    try {
      const char = decoder.decode(Uint8Array.of(byte));
      // Two bytes for one character would make the way back ambiguous: keep the first.
      if (!byteOf.has(char.codePointAt(0) ?? -1)) byteOf.set(char.codePointAt(0) ?? -1, byte);
    } catch {
      // Unassigned in this encoding.
    }
  }
  codec = {
    encoding,
    canEncode: (codePoint) => byteOf.has(codePoint),
    encode: (text) => {
      const bytes = new Uint8Array(text.length);
      let length = 0;
      for (const char of text) {
        const byte = byteOf.get(char.codePointAt(0) ?? -1);
        if (byte === undefined) throw new Error(`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()} has no ${encoding} byte`);
        bytes[length++] = byte;
      }
      return bytes.subarray(0, length);
    },
  };
  singleByteCodecs.set(encoding, codec);
  return codec;
}

function codecFor(sniffed: SniffedEncoding, bom: Uint8Array): PageCodec {
  const { encoding } = sniffed;
  if (encoding === 'utf-8') return { ...utf8, bom };
  if (encoding === 'utf-16le') return { ...utf16le, bom };
  if (encoding === 'utf-16be') return { ...utf16be, bom };
  if (SINGLE_BYTE.test(encoding)) return { ...singleByte(encoding), bom };
  throw new NotRendered(
    `${encoding} (from ${sniffed.from}) cannot be written back faithfully; the CLI writes UTF-8, UTF-16 and the single-byte encodings (windows-1252, ISO-8859-x, KOI8…)`,
  );
}

/** Where UTF-8 first goes wrong, for the message: Node's decoder does not say. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const char of text) {
    const length = Buffer.byteLength(char);
    // A U+FFFD that is not the bytes EF BF BD is the decoder's, standing for bad bytes.
    if (char === '\ufffd' && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    offset += length;
  }
  return -1;
}

function undecodable(body: Uint8Array, codec: PageCodec, sniffed: SniffedEncoding): NotRendered {
  let where = '';
  if (codec.encoding === 'utf-8') {
    const at = firstInvalidUtf8(body);
    if (at >= 0) where = ` (byte 0x${body[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at + codec.bom.length})`;
  } else if (SINGLE_BYTE.test(codec.encoding)) {
    const at = body.findIndex((byte) => {
      try {
        new TextDecoder(codec.encoding, { fatal: true }).decode(Uint8Array.of(byte));
        return false;
      } catch {
        return true;
      }
    });
    if (at >= 0) where = ` (byte 0x${body[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`;
  }
  const hint =
    sniffed.bomLength || sniffed.from === '<meta charset>'
      ? ''
      : ', and no byte-order mark or <meta charset> names another encoding: add <meta charset="…"> with the page\u2019s encoding';
  const from = sniffed.bomLength || sniffed.from === '<meta charset>' ? ` (from ${sniffed.from})` : '';
  return new NotRendered(`not valid ${displayName(codec.encoding)}${from}${where}${hint}`);
}

/**
 * The page's text, and the codec that writes it back. Throws `NotRendered`
 * when the bytes are not valid in their encoding, when the CLI cannot write
 * that encoding, or when encoding the text again would not give the very
 * same bytes.
 */
export function decodePage(bytes: Uint8Array): { text: string; codec: PageCodec } {
  const sniffed = sniffEncoding(bytes);
  const bom = bytes.subarray(0, sniffed.bomLength);
  const body = bytes.subarray(sniffed.bomLength);
  const codec = codecFor(sniffed, bom);
  let text: string;
  try {
    // The BOM is already off; a second U+FEFF is the page's own.
    text = new TextDecoder(codec.encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw undecodable(body, codec, sniffed);
  }
  if (!Buffer.from(codec.encode(text)).equals(body)) {
    throw new NotRendered(`${displayName(codec.encoding)} (from ${sniffed.from}) does not give the same bytes back once decoded and encoded again`);
  }
  return { text, codec };
}

/** `text` in the codec's encoding, BOM first. Every character must be encodable (see `escapeUnencodable`). */
export function encodePage(text: string, codec: PageCodec): Uint8Array {
  return Buffer.concat([codec.bom, codec.encode(text)]);
}
