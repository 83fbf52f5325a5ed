// Waits for web fonts and for the images in the document to decode, at most
// the given milliseconds.
(async (ms) => {
  const limit = new Promise((r) => setTimeout(r, ms));
  for (const img of document.querySelectorAll('img[loading="lazy"]')) img.loading = 'eager';
  const images = Array.from(document.images, (i) => (i.complete ? null : i.decode().catch(() => null)));
  await Promise.race([Promise.all([document.fonts.ready, ...images]), limit]);
  return document.fonts.status;
})
