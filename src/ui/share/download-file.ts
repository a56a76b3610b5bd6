/**
 * Offers text (or a Blob, such as a PNG) to the user as a downloaded file. (A file side effect: it
 * belongs with the other browser I/O in src/platform and moves there when that folder takes new
 * modules.)
 *
 * @example
 * downloadTextFile('production.reachmap.json', writeWorkspaceFile(workspace));
 */
export function downloadTextFile(
  name: string,
  text: string | Blob,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is more than it needs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
