// A file the page hands to the browser to save (an export, a report, an edition): one helper for all
// of them, so each saves the same way (a link clicked once; the object URL released afterwards).

export function saveFile(name: string, body: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([body], { type: type.includes('charset') || type === 'application/json' ? type : `${type};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
