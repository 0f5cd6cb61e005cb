/**
 * Starts a download of `text` in the browser (no server round trip). `bom: false` for a text that is
 * already complete (a file the API made).
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8', { bom = true } = {}): void {
  const blob = new Blob(bom ? ['\uFEFF', text] : [text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
