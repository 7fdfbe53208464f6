/**
 * A fast streaming scanner for the plain XML that XES writers produce: an XML declaration, comments,
 * elements with quoted attributes (the five predefined entities and character references), whitespace
 * between them. Anything else — a DOCTYPE, CDATA, another processing instruction, a tab or line break
 * inside an attribute value (XML would normalize it), a character XML forbids, any malformation — throws
 * `OutsideSubset`, and the caller parses the file again with a full XML parser, which either reads it or
 * names the error. So for every file the result is the full parser's.
 */

/** The scanner met something it does not handle; a full XML parser must read the file. */
export class OutsideSubset extends Error {}

/** Receives the elements in document order; only the attributes `key` and `value` are passed on. */
export interface TagSink {
  open(name: string, key: string | undefined, value: string | undefined): void;
  close(name: string): void;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][\w.-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>$/;
const SPECIAL = /[<&\t\n\r]/;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
// ASCII names only; other names are legal XML but go to the full parser.
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/** The end of the name starting at `from` (`from` itself when there is none). */
function nameEnd(s: string, from: number): number {
  if (from >= s.length || !isNameStart(s.charCodeAt(from))) return from;
  let j = from + 1;
  while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
  return j;
}
const fail = (what: string): never => {
  throw new OutsideSubset(what);
};

function isXmlChar(cp: number): boolean {
  return (
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** An attribute value as XML reads it, or `OutsideSubset`. */
function attributeValue(raw: string): string {
  if (!SPECIAL.test(raw)) return raw;
  if (raw.includes('<')) fail('< in an attribute value');
  if (/[\t\n\r]/.test(raw)) fail('whitespace to normalize in an attribute value');
  if (!raw.includes('&')) return raw;
  const value = raw.replace(REFERENCE, (_, named?: string, dec?: string, hex?: string) => {
    if (named) return NAMED[named] ?? fail('entity');
    const cp = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return isXmlChar(cp) ? String.fromCodePoint(cp) : fail('character reference');
  });
  if (raw.replace(REFERENCE, '').includes('&')) fail('entity');
  return value;
}

/** Feeds text chunks in order, then `end()`. Keeps only an unfinished tag between chunks. */
export class XmlScanner {
  private rest = '';
  private readonly stack: string[] = [];
  private rootSeen = false;
  private atStart = true;
  private readonly seen: string[] = [];

  constructor(private readonly sink: TagSink) {}

  write(chunk: string): void {
    if (FORBIDDEN.test(chunk)) fail('forbidden character');
    const s = this.rest + chunk;
    const n = s.length;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Keep two characters: a "]]>" may straddle chunks.
        const keep = Math.max(i, n - 2);
        this.text(s, i, keep);
        i = keep;
        break;
      }
      this.text(s, i, lt);
      const end = this.markup(s, lt);
      if (end < 0) {
        i = lt;
        break;
      }
      i = end;
      this.atStart = false;
    }
    this.rest = s.slice(i);
  }

  end(): void {
    this.text(this.rest, 0, this.rest.length);
    if (this.rest.includes('<') || this.stack.length > 0 || !this.rootSeen) fail('unfinished document');
  }

  /** Character data between markup: ignored, but it must be what the full parser would accept. */
  private text(s: string, from: number, to: number): void {
    for (let j = from; j < to; j++) {
      if (isSpace(s.charCodeAt(j))) continue;
      if (this.stack.length === 0) fail('text outside the root element');
      const t = s.slice(j, to);
      if (t.includes('&') || t.includes(']]>')) fail('reference or ]]> in text');
      return;
    }
  }

  /** Reads the markup at `lt`; returns the index after it, or −1 when the chunk ends inside it. */
  private markup(s: string, lt: number): number {
    const n = s.length;
    if (lt + 1 >= n) return -1;
    const next = s.charCodeAt(lt + 1);
    if (next === 47 /* / */) return this.closeTag(s, lt);
    if (next === 33 /* ! */) {
      if (lt + 4 > n) return -1;
      if (!s.startsWith('<!--', lt)) fail('DOCTYPE or CDATA');
      const close = s.indexOf('-->', lt + 4);
      if (close < 0) return -1;
      if (s.slice(lt + 4, close).includes('--') || s.charCodeAt(close - 1) === 45) fail('-- in a comment');
      return close + 3;
    }
    if (next === 63 /* ? */) {
      const close = s.indexOf('?>', lt + 2);
      if (close < 0) return -1;
      if (!this.atStart || lt !== 0 || !DECLARATION.test(s.slice(lt, close + 2)))
        fail('processing instruction');
      return close + 2;
    }
    return this.openTag(s, lt);
  }

  private closeTag(s: string, lt: number): number {
    const gt = s.indexOf('>', lt + 2);
    if (gt < 0) return -1;
    const end = nameEnd(s, lt + 2);
    if (end === lt + 2) fail('close tag');
    const name = s.slice(lt + 2, end);
    for (let j = end; j < gt; j++) if (!isSpace(s.charCodeAt(j))) fail('close tag');
    if (this.stack.pop() !== name) fail('mismatched close tag');
    this.sink.close(name);
    return gt + 1;
  }

  private openTag(s: string, lt: number): number {
    const n = s.length;
    let j = nameEnd(s, lt + 1);
    if (j === lt + 1) fail('tag name');
    if (j >= n) return -1;
    const name = s.slice(lt + 1, j);
    let key: string | undefined;
    let value: string | undefined;
    // Names of the attributes read so far, to reject duplicates; tags rarely have more than a few.
    const seen = this.seen;
    let count = 0;
    for (;;) {
      const before = j;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const c = s.charCodeAt(j);
      if (c === 62 /* > */ || c === 47 /* / */) {
        if (c === 47) {
          if (j + 1 >= n) return -1;
          if (s.charCodeAt(j + 1) !== 62) fail('tag end');
        }
        if (this.stack.length === 0 && this.rootSeen) fail('second root element');
        this.rootSeen = true;
        this.sink.open(name, key, value);
        if (c === 47) this.sink.close(name);
        else this.stack.push(name);
        return j + (c === 47 ? 2 : 1);
      }
      if (j === before) fail('attributes without whitespace between them');
      const attrEnd = nameEnd(s, j);
      if (attrEnd === j) fail('attribute name');
      if (attrEnd >= n) return -1;
      const attr = s.slice(j, attrEnd);
      j = attrEnd;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      if (s.charCodeAt(j) !== 61 /* = */) fail('attribute without =');
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const quote = s[j];
      if (quote !== '"' && quote !== "'") return fail('unquoted attribute');
      const close = s.indexOf(quote, j + 1);
      if (close < 0) return -1;
      for (let a = 0; a < count; a++) if (seen[a] === attr) fail('duplicate attribute');
      seen[count++] = attr;
      if (attr === 'key') key = attributeValue(s.slice(j + 1, close));
      else if (attr === 'value') value = attributeValue(s.slice(j + 1, close));
      else attributeValue(s.slice(j + 1, close));
      j = close + 1;
    }
  }
}
