/** Hands a file to the browser's downloads: what export and backup call; tests pass their own. */
export type Download = (blob: Blob, fileName: string) => void;

/**
 * Saves a Blob as a file through an object URL and `<a download>`: an ordinary page download, so the extension needs
 * no `downloads` permission. The URL is revoked a minute later, not at once: Firefox may still be reading it after
 * click() returns, and revoking early cancels the download there.
 */
export const downloadBlob: Download = (blob, fileName) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
