// A small reader for the project's own Markdown documents (the facilitator's guide), enough to
// print them in the kit: headings, paragraphs, lists and tables. Not a general Markdown parser.

export type Block =
  | { t: 'heading'; level: number; text: string }
  | { t: 'para'; text: string }
  | { t: 'item'; text: string; mark: string }
  | { t: 'row'; cells: string[] };

/** Inline marks become plain text: **bold**, `code`, [text](link). */
export function plain(s: string): string {
  return s
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

export function readMarkdown(src: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push({ t: 'para', text: plain(para.join(' ')) });
    para = [];
  };
  for (const raw of src.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      out.push({ t: 'heading', level: heading[1].length, text: plain(heading[2]) });
    } else if (line.startsWith('|')) {
      flush();
      const cells = line.split('|').slice(1, -1).map((c) => plain(c));
      if (!cells.every((c) => /^:?-{3,}:?$/.test(c))) out.push({ t: 'row', cells });
    } else if (item) {
      flush();
      out.push({ t: 'item', mark: item[1] === '-' || item[1] === '*' ? '•' : item[1], text: plain(item[2]) });
    } else if (/^\s{2,}\S/.test(line) && out.at(-1)?.t === 'item' && !para.length) {
      // A list item's continuation line.
      const last = out.at(-1) as { t: 'item'; text: string };
      last.text += ' ' + plain(line);
    } else para.push(line.trim());
  }
  flush();
  return out;
}
