/**
 * Every internal link goes through `url()`, so the site works both at `/` and under a base path
 * (BASE_PATH at build time). Example: url('papers/huang2021gloria/') -> '/base/papers/huang2021gloria/'.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

export function url(path = ''): string {
  return `${BASE}/${path.startsWith('/') ? path.replace(/^\/+/, '') : path}`;
}
