/**
 * Saves a text as a file the way any web page can: a Blob URL on an `<a download>`, clicked. No
 * permission is needed (the `downloads` API would ask for one).
 */

/** How long the Blob URL stays valid: the browser reads it when the download starts, a moment after the click. */
const revokeAfterMs = 60_000;

/** Offers `text` as a download named `fileName`. */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, revokeAfterMs);
}
