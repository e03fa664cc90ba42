// Text fragments (`#p5:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): build the directive for a quote,
// and read one back. Pure string functions, no DOM: the reader's quote tools and the fallback marking use them.

/** One text directive: `text=[prefix-,]start[,end][,-suffix]`, its parts decoded. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** A quote of at most this many words is written out whole; a longer one as its first and last words (start,end). */
export const wholeQuoteWords = 8;
/** Words of a long quote kept at each end; words of context kept as prefix and suffix. */
export const endWords = 4;
export const contextWords = 3;

/**
 * Percent-encode one part of a directive: `encodeURIComponent` (which encodes `&`, `,`, space, `#`, `%`) and `-`,
 * which the spec reserves for prefix/suffix markers (§ 3.3.1, "text directive parameters": `-`, `&` and `,` must be
 * percent-encoded in the terms).
 */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => collapse(s).split(' ').filter(Boolean);

/**
 * The directive for `quote`, with up to `contextWords` words of `before` and `after` (the text of the same
 * paragraph before and after it) as prefix and suffix, so that the first match in the page is this one. A quote of
 * more than `wholeQuoteWords` words becomes start,end (its first and last `endWords` words), which keeps links short.
 * Throws on an empty quote.
 */
export function buildTextDirective(quote: string, before = '', after = ''): TextDirective {
  const q = words(quote);
  if (q.length === 0) throw new Error('buildTextDirective: the quote has no words');
  const directive: TextDirective =
    q.length > wholeQuoteWords ? { start: q.slice(0, endWords).join(' '), end: q.slice(-endWords).join(' ') } : { start: q.join(' ') };
  const prefix = words(before).slice(-contextWords).join(' ');
  const suffix = words(after).slice(0, contextWords).join(' ');
  if (prefix) directive.prefix = prefix;
  if (suffix) directive.suffix = suffix;
  return directive;
}

/** `text=…` for a directive, every part percent-encoded. */
export function formatTextDirective(d: TextDirective): string {
  return (
    'text=' +
    (d.prefix ? `${encodeTerm(d.prefix)}-,` : '') +
    encodeTerm(d.start) +
    (d.end ? `,${encodeTerm(d.end)}` : '') +
    (d.suffix ? `,-${encodeTerm(d.suffix)}` : '')
  );
}

/** Decode a term; a malformed escape gives null (the directive is then ignored, as browsers do). */
function decodeTerm(term: string): string | null {
  try {
    return decodeURIComponent(term);
  } catch {
    return null;
  }
}

/**
 * The text directives of a URL fragment (`#p5:~:text=a-,b,c,-d&text=e`), decoded; malformed ones are left out.
 * Any part of the fragment before `:~:` is not a directive.
 */
export function parseTextDirectives(fragment: string): TextDirective[] {
  const at = fragment.indexOf(':~:');
  if (at < 0) return [];
  return fragment
    .slice(at + 3)
    .split('&')
    .flatMap((param): TextDirective[] => {
      if (!param.startsWith('text=')) return [];
      const parts = param.slice(5).split(',');
      const prefix = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
      const suffix = parts.length > 1 && parts[parts.length - 1].startsWith('-') ? parts.pop()!.slice(1) : undefined;
      if (parts.length < 1 || parts.length > 2 || !parts[0]) return [];
      const decoded = [prefix, parts[0], parts[1], suffix].map((p) => (p === undefined ? undefined : decodeTerm(p)));
      if (decoded.some((p) => p === null)) return [];
      const [pre, start, end, suf] = decoded as (string | undefined)[];
      const d: TextDirective = { start: start! };
      if (pre) d.prefix = pre;
      if (end) d.end = end;
      if (suf) d.suffix = suf;
      return [d];
    });
}

/**
 * Where a directive matches in `text` (already whitespace-collapsed), as [start, end) offsets, or null. Matching is
 * case-insensitive and at word boundaries, the prefix and suffix separated from the match by whitespace only, as the
 * spec's "find a range from a text directive" does within one document's text.
 */
export function matchTextDirective(text: string, d: TextDirective): [number, number] | null {
  const hay = text.toLowerCase();
  const find = (needle: string, from: number) => hay.indexOf(collapse(needle).toLowerCase(), from);
  const isBoundary = (i: number) => i <= 0 || i >= hay.length || !/[\p{L}\p{N}]/u.test(hay[i - 1]) || !/[\p{L}\p{N}]/u.test(hay[i]);
  const skipSpace = (i: number) => (hay[i] === ' ' ? i + 1 : i);
  for (let from = 0; ;) {
    let at: number;
    if (d.prefix) {
      const p = find(d.prefix, from);
      if (p < 0) return null;
      from = p + 1;
      at = skipSpace(p + collapse(d.prefix).length);
      if (!hay.startsWith(collapse(d.start).toLowerCase(), at)) continue;
    } else {
      at = find(d.start, from);
      if (at < 0) return null;
      from = at + 1;
    }
    let stop = at + collapse(d.start).length;
    if (d.end) {
      const e = find(d.end, stop);
      if (e < 0) return null;
      stop = e + collapse(d.end).length;
    }
    if (!isBoundary(at) || !isBoundary(stop)) continue;
    if (d.suffix && !hay.startsWith(collapse(d.suffix).toLowerCase(), skipSpace(stop))) continue;
    return [at, stop];
  }
}
