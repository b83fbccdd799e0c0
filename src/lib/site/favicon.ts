/**
 * The site's icon (public/favicon.svg) as a data: URL. Pages inline it rather than link the file: it costs no
 * request, and browsers re-fetch a linked icon whenever the search page rewrites its URL. The OpenSearch
 * description gives browsers the same image.
 */
import faviconSvg from '../../../public/favicon.svg?raw';

export const FAVICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(faviconSvg.trim())}`;
