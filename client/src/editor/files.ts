import { saveFile } from '../components/save-file';
import { checkEdition, type Problem } from '../../../shared/edition/check';
import type { Edition } from '../../../shared/edition/format';
import { fileName, fileText } from './model';

// The edition leaving and entering the page: a download, and the server's store under a code
// (server/edition-route.ts). What the server sends back is checked like any upload.

export function download(e: Edition, doc: Document = document): void {
  saveFile(fileName(e), fileText(e), 'application/json', doc);
}

export type SaveResult = { ok: true; code: string } | { ok: false; reason: 'problems'; problems: Problem[] } | { ok: false; reason: 'busy' | 'down' };
export type OpenResult = { ok: true; edition: Edition } | { ok: false; reason: 'problems'; problems: Problem[] } | { ok: false; reason: 'missing' | 'down' };

export async function saveOnServer(endpoint: string, e: Edition): Promise<SaveResult> {
  try {
    const res = await fetch(`${endpoint}/api/editions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e) });
    if (res.status === 201) return { ok: true, code: String(((await res.json()) as { code: string }).code) };
    if (res.status === 429) return { ok: false, reason: 'busy' };
    if (res.status === 400 || res.status === 413) return { ok: false, reason: 'problems', problems: ((await res.json()) as { problems: Problem[] }).problems };
    return { ok: false, reason: 'down' };
  } catch {
    return { ok: false, reason: 'down' };
  }
}

export async function openFromServer(endpoint: string, code: string): Promise<OpenResult> {
  const clean = code.trim().toUpperCase().replace(/[\s-]+/g, '');
  if (!/^[A-Z0-9]{4,12}$/.test(clean)) return { ok: false, reason: 'missing' };
  try {
    const res = await fetch(`${endpoint}/api/editions/${encodeURIComponent(clean)}`);
    if (res.status === 404) return { ok: false, reason: 'missing' };
    if (!res.ok) return { ok: false, reason: 'down' };
    const checked = checkEdition(await res.json());
    return checked.ok ? { ok: true, edition: checked.edition } : { ok: false, reason: 'problems', problems: checked.problems };
  } catch {
    return { ok: false, reason: 'down' };
  }
}
